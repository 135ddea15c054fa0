"""The one broadcast every page listens to after a change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Application-wide signals."""

    changes_applied = Signal(object)
    """A service call succeeded; payload: its ``Changes``."""
