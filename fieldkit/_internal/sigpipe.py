"""Keep SIGPIPE ignored at the OS level, whatever a native library did to it.

Python ignores SIGPIPE at start-up, so a write to a closed socket or pipe raises BrokenPipeError. Some native code
sets it back to the default action, which kills the whole process silently: SANE's backends do during a scan
(measured with the `test` backend), after which the window's next upload to a cut connection, or any write to a
sandbox child that died, would end fieldkit with no message and unsaved work lost. ``signal.signal`` only works on
the main thread, and Python's own record would still say "ignored" (it does not see what C code changed), so this
asks libc directly, from any thread, after every call into such a library.
"""

from __future__ import annotations

import ctypes
import os
import signal

_SIG_IGN = 1  # not a limit: the C value of SIG_IGN


def ignore_sigpipe() -> None:
    """Set SIGPIPE's disposition back to "ignore" (POSIX; nothing to do elsewhere)."""
    if os.name != "posix":
        return
    libc = ctypes.CDLL(None)
    libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.signal.restype = ctypes.c_void_p
    libc.signal(int(signal.SIGPIPE), _SIG_IGN)
