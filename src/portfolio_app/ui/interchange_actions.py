"""File › Import… and Export…, and Edit › Undo Import, for the main window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.imports import ImportUndo
from portfolio_app.services.catalog import Services
from portfolio_app.services.imports import ImportReport
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents

STATUS_MILLISECONDS = 8000


class InterchangeActions(QObject):
    """Owns the import, export and undo-import actions of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        events: AppEvents,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._events = events
        self._today = today
        self._last_import: ImportUndo | None = None
        self.import_action = self._action(self.tr("&Import…"), "actionImport", "Ctrl+I")
        self.import_action.triggered.connect(self.import_file)
        self.export_action = self._action(self.tr("E&xport…"), "actionExport")
        self.export_action.triggered.connect(self.export_table)
        self.undo_import_action = self._action(self.tr("&Undo Import"), "actionUndoImport")
        self.undo_import_action.setEnabled(False)
        self.undo_import_action.triggered.connect(self.undo_import)

    @Slot()
    def import_file(self) -> None:
        """Run the import wizard (File › Import…)."""
        from portfolio_app.ui.dialogs.import_wizard import ImportWizard

        ImportWizard.run(self._window, self._services, self._events, on_imported=self._on_imported)

    @Slot()
    def export_table(self) -> None:
        """Ask what to export and write it in the background (File › Export…)."""
        from portfolio_app.ui.dialogs.export_dialog import ExportDialog

        ExportDialog.run(self._window, self._services, self._today())

    @Slot()
    def undo_import(self) -> None:
        """Take back the last import (Edit › Undo Import)."""
        undo = self._last_import
        if undo is None:
            return
        try:
            changes = self._services.imports.undo(undo)
        except PortfolioError as error:
            confirm.show_error(self._window, self.tr("Could Not Undo the Import"), error)
            return
        self._forget_import()
        self._events.changes_applied.emit(changes)
        self._window.statusBar().showMessage(self.tr("The import was undone."), STATUS_MILLISECONDS)

    def _on_imported(self, report: ImportReport) -> None:
        if report.undo is None:
            return
        self._last_import = report.undo
        rows = report.created + report.updated
        self.undo_import_action.setText(
            self.tr("&Undo Import of 1 row")
            if rows == 1
            else self.tr("&Undo Import of %1 rows").replace("%1", str(rows))
        )
        self.undo_import_action.setEnabled(True)

    def _forget_import(self) -> None:
        self._last_import = None
        self.undo_import_action.setText(self.tr("&Undo Import"))
        self.undo_import_action.setEnabled(False)

    def _action(self, text: str, name: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action
