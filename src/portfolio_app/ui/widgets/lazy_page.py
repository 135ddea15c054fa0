"""A whole-window view that reads its data when shown, and again after changes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from portfolio_app.services.changes import Changes
from portfolio_app.ui.events import AppEvents


class LazyPage(QWidget):
    """Calls :meth:`reload` when shown if anything changed since the last read.

    A change while the page is shown reads again at once; while hidden, when it is shown
    next. Subclasses implement :meth:`reload` (and may read more often).
    """

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        events.changes_applied.connect(self._on_changes_applied)

    def reload(self) -> None:
        """Read the data again and show it."""
        raise NotImplementedError

    @Slot()
    def refresh(self) -> None:
        """Read again now if shown, else as soon as it is shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def _on_changes_applied(self, _changes: Changes) -> None:
        self.refresh()
