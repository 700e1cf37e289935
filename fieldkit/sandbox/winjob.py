"""Windows: a Job Object caps a sandbox child's memory and CPU time and kills it when fieldkit goes away.

Windows has no rlimits, namespaces or seccomp; a Job Object is what it offers without administrator rights
(documented in docs/store.md). Untested on this project's CI machines (Linux); kept small and by the book:
CreateJobObjectW, SetInformationJobObject(JobObjectExtendedLimitInformation), AssignProcessToJobObject.
"""

from __future__ import annotations

import ctypes
import subprocess
from ctypes import wintypes
from typing import Any

from fieldkit.config import AnalysisLimits

_JOB_OBJECT_LIMIT_PROCESS_TIME = 0x00000002  # not a limit: a Win32 flag value
_JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100  # not a limit: a Win32 flag value
_JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000  # not a limit: a Win32 flag value
_JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400  # not a limit: a Win32 flag value
_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9  # not a limit: a Win32 information class


class _IoCounters(ctypes.Structure):
    _fields_ = [(name, ctypes.c_ulonglong) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]  # fmt: skip


class _BasicLimits(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", wintypes.DWORD),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", wintypes.DWORD),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", wintypes.DWORD),
        ("SchedulingClass", wintypes.DWORD),
    ]


class _ExtendedLimits(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


_jobs: list[Any] = []  # job handles live as long as fieldkit: closing one kills its children


def confine_process(process: subprocess.Popen[bytes], limits: AnalysisLimits) -> None:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise OSError(ctypes.get_last_error(), "CreateJobObjectW failed")  # type: ignore[attr-defined]
    info = _ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = (
        _JOB_OBJECT_LIMIT_PROCESS_MEMORY
        | _JOB_OBJECT_LIMIT_PROCESS_TIME
        | _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        | _JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    # CPU time over the child's whole life (100 ns units): a pooled child that has used it up is replaced.
    info.BasicLimitInformation.PerProcessUserTimeLimit = limits.cpu_s * 10_000_000 * 50
    info.ProcessMemoryLimit = limits.memory_bytes
    if not kernel32.SetInformationJobObject(
        job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info)
    ):
        raise OSError(ctypes.get_last_error(), "SetInformationJobObject failed")  # type: ignore[attr-defined]
    if not kernel32.AssignProcessToJobObject(job, wintypes.HANDLE(process._handle)):  # type: ignore[attr-defined]
        raise OSError(ctypes.get_last_error(), "AssignProcessToJobObject failed")  # type: ignore[attr-defined]
    _jobs.append(job)
