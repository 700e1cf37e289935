"""What a sandbox child does to itself before it reads a single byte of evidence.

Decision: the child confines itself (not the parent through preexec_fn, which is unsafe in a threaded program and
absent on Windows), at start-up while it is still one thread, in the order that keeps each step possible:

1. Protocol pipes moved off fds 0 and 1, which then point at /dev/null: a decoder that prints cannot corrupt the
   protocol, and nothing a decoder prints reaches a terminal or a log (stderr is /dev/null too, set by the parent).
2. Resource limits (POSIX): address space (RLIMIT_AS), no core dumps (a core file would be plaintext evidence on
   disk), no file writes of any size (RLIMIT_FSIZE 0), few open files. CPU time is limited per request (pool.py).
3. Linux: a new user and network namespace (unshare): the child has no network interface at all, not even loopback.
4. Linux: a seccomp filter (libseccomp through pyseccomp): no sockets, no exec, no opening a file for writing or
   creating one, no renaming, deleting or linking, no ptrace. What stays allowed: reading files (Python's own
   modules), memory, threads, and the two pipes.

Windows gets the parent's Job Object instead (pool.py: memory and CPU-time limits, kill on close); it has no
namespace or seccomp equivalent here, which docs/store.md states.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import sys
from typing import BinaryIO

from fieldkit.config import AnalysisLimits

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
# Syscalls that change the file system without opening a file for writing. Not a limit.
_FILESYSTEM_CHANGES = (
    "creat", "truncate", "unlink", "unlinkat", "rename", "renameat", "renameat2", "mkdir", "mkdirat", "rmdir",
    "link", "linkat", "symlink", "symlinkat", "chmod", "fchmodat", "chown", "fchownat", "lchown", "mknod", "mknodat",
    "utime", "utimes", "utimensat", "futimesat",
)  # fmt: skip
_PROCESS_ESCAPES = (
    "execve", "execveat", "ptrace", "process_vm_writev", "process_vm_readv", "mount", "umount2", "pivot_root",
    "chroot", "setns", "unshare", "kexec_load", "init_module", "finit_module", "bpf", "perf_event_open", "keyctl",
    "add_key", "request_key", "userfaultfd", "io_uring_setup",
)  # fmt: skip
_NETWORK = ("socket", "socketpair", "connect", "bind", "listen", "accept", "accept4")


def take_protocol_pipes() -> tuple[BinaryIO, BinaryIO]:
    """Move the request and response pipes off fds 0 and 1, which then read from and write to /dev/null."""
    requests = os.fdopen(os.dup(0), "rb", buffering=1 << 16)
    responses = os.fdopen(os.dup(1), "wb", buffering=1 << 16)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    sys.stdin = open(os.devnull)  # noqa: SIM115 - lives as long as the process
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    return requests, responses


def _limit_resources(limits: AnalysisLimits) -> list[str]:
    import resource

    applied = []
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    applied.append("no core dumps")
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    applied.append("no file writes")
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    cap = 256 if hard == resource.RLIM_INFINITY else min(256, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (cap, cap))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    applied.append(f"memory {limits.memory_bytes >> 20} MiB")
    # Analysis is background work: the window (and an import, which is the operator waiting) get the processor
    # first. Without this, decoding 200 photos on a two-core laptop kept the UI thread waiting for a core.
    with contextlib.suppress(OSError):
        os.nice(10)
        applied.append("low priority")
    return applied


def _leave_the_network() -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET)) == 0


def _filter_syscalls() -> bool:
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError):  # libseccomp missing: the namespace and the limits still hold
        return False
    deny = seccomp.ERRNO(errno.EPERM)
    rules = seccomp.SyscallFilter(seccomp.ALLOW)
    for name in (*_FILESYSTEM_CHANGES, *_PROCESS_ESCAPES, *_NETWORK):
        try:
            rules.add_rule(deny, name)
        except (RuntimeError, OSError, ValueError):  # not a syscall on this architecture
            continue
    # open/openat for writing or creating: the access mode and O_CREAT are in the flags argument.
    for name, flags_arg in (("open", 1), ("openat", 2)):
        for mask, value in ((os.O_ACCMODE, os.O_WRONLY), (os.O_ACCMODE, os.O_RDWR), (os.O_CREAT, os.O_CREAT)):
            try:
                rules.add_rule(deny, name, seccomp.Arg(flags_arg, seccomp.MASKED_EQ, mask, value))
            except (RuntimeError, OSError, ValueError):
                continue
    # openat2 passes its flags in a struct seccomp cannot read: refuse it, glibc falls back to openat.
    with contextlib.suppress(RuntimeError, OSError, ValueError):
        rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "openat2")
    rules.load()
    return True


def confine(limits: AnalysisLimits) -> list[str]:
    """Apply every confinement this platform offers; return what was applied (reported by 'fieldkit analyse')."""
    applied: list[str] = []
    if os.name == "posix":
        applied += _limit_resources(limits)
    if sys.platform.startswith("linux"):
        if _leave_the_network():
            applied.append("no network (own network namespace)")
        if _filter_syscalls():
            applied.append("seccomp: no sockets, exec or writes")
    return applied
