"""The timeline's keyboard: zoom, pan, scroll through lanes, today, open the selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from portfolio_app.ui.timeline.canvas import TimelineCanvas

ZOOM_STEP = 1.25
"""One wheel notch or key press zooms by this factor."""
ZOOM_IN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
"""``+`` (also with Ctrl, and ``=`` for keyboards where ``+`` needs Shift)."""
ZOOM_OUT_KEYS = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def handle_key(canvas: TimelineCanvas, event: QKeyEvent) -> bool:
    """Act on a key press; returns whether the key was one of the timeline's.

    ``+``/``-`` (with or without Ctrl) zoom around the centre; Left/Right pan by an
    eighth of the width (Shift: nearly a page); Up/Down and PageUp/PageDown scroll
    through the lanes; Home shows today; Enter opens the selected item.
    """
    key = event.key()
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    scroll = canvas.scroll_value()
    if key in ZOOM_IN_KEYS:
        canvas.zoom(ZOOM_STEP)
    elif key in ZOOM_OUT_KEYS:
        canvas.zoom(1 / ZOOM_STEP)
    elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        step = (canvas.width() - canvas.metrics.label_width) * (0.9 if shift else 0.125)
        canvas.pan(step if key == Qt.Key.Key_Left else -step)
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        row = canvas.metrics.row_height
        canvas.set_scroll(scroll + (row if key == Qt.Key.Key_Down else -row))
    elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        page = canvas.page_height()
        canvas.set_scroll(scroll + (page if key == Qt.Key.Key_PageDown else -page))
    elif key == Qt.Key.Key_Home:
        canvas.go_to_today()
    elif key in ENTER_KEYS and canvas.selected() is not None:
        selected = canvas.selected()
        assert selected is not None
        canvas.activate(selected)
    else:
        return False
    event.accept()
    return True
