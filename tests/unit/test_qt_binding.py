"""Guards against known-bad Qt bindings (no QApplication needed)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    # PySide6 6.12.0 on CPython 3.11 dropped one reference to None per call that returns
    # nothing; after a few thousand paints the interpreter aborted ("deallocating None").
    font = QFont()
    before = sys.getrefcount(None)

    for _ in range(1000):
        font.setBold(True)

    assert sys.getrefcount(None) - before >= 0
