"""Give the memory a large read freed back to the operating system (glibc only).

A portfolio-wide read builds tens of thousands of short-lived objects on a worker
thread. Python frees them, but glibc keeps the emptied heap pages mapped, so the app's
resident size stays at the peak of the largest read. ``malloc_trim(0)`` returns those
pages; on other C libraries and systems this does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, …)
        return None
    return trim


def release_free_memory() -> bool:
    """Return freed heap memory to the system; whether that was possible here."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
