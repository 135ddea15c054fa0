"""How urgency looks: text colour and a light row tint (always next to an urgency text)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from portfolio_app.domain.deadlines import Urgency

_FOREGROUND = {
    Urgency.OVERDUE: QColor("#b91c1c"),
    Urgency.SOON: QColor("#9a4a00"),
}
_BACKGROUND = {
    Urgency.OVERDUE: QColor("#fdecea"),
    Urgency.SOON: QColor("#fff3dc"),
}
_MARKERS = {Urgency.OVERDUE: "●", Urgency.SOON: "◐", Urgency.LATER: "○"}


def urgency_foreground(urgency: Urgency) -> QColor | None:
    """Text colour for dates of this urgency (``None``: the palette's text colour)."""
    return _FOREGROUND.get(urgency)


def urgency_background(urgency: Urgency) -> QColor | None:
    """A light tint for rows of this urgency (``None``: no tint)."""
    return _BACKGROUND.get(urgency)


def urgency_marker(urgency: Urgency) -> str:
    """A shape that tells the urgency apart without colour (filled, half, empty)."""
    return _MARKERS[urgency]
