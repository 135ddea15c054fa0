"""File › Export Calendar…: the next year's deadlines as an iCalendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.interchange.calendar import write_ics
from portfolio_app.services.deadlines import DeadlineService
from portfolio_app.ui import confirm

EXPORT_HORIZON_DAYS = 365


class CalendarExport(QObject):
    """Owns the export action of one main window."""

    def __init__(
        self,
        window: QMainWindow,
        deadlines: DeadlineService,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._deadlines = deadlines
        self._now = now
        self.action = QAction(self.tr("Export &Calendar…"), window)
        self.action.setObjectName("actionExportCalendar")
        self.action.setToolTip(
            self.tr("Save the deadlines of the next 12 months for Outlook, Thunderbird or a phone")
        )
        self.action.triggered.connect(self.export)

    @Slot()
    def export(self) -> None:
        """Ask where to save, write the file, and confirm in the status bar."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Calendar"),
            str(Path(folder) / self.tr("deadlines.ics")),
            self.tr("iCalendar files (*.ics)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        try:
            deadlines = self._deadlines.upcoming(horizon_days=EXPORT_HORIZON_DAYS)
            write_ics(deadlines, target, now=self._now())
        except PortfolioError as error:
            confirm.show_error(self._window, self.tr("Export Calendar"), error)
            return
        except OSError as error:
            self._tell_failure(target, error)
            return
        count = len(deadlines)
        text = (
            self.tr("1 deadline exported to %1.")
            if count == 1
            else self.tr("%2 deadlines exported to %1.").replace("%2", str(count))
        )
        self._window.statusBar().showMessage(text.replace("%1", str(target)), 12000)

    def _tell_failure(self, target: Path, error: OSError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export Calendar"),
            self.tr(
                "The calendar could not be saved as %1:\n%2\n\nNothing was changed. Choose "
                "another folder, or check that the disk is not full."
            )
            .replace("%1", str(target))
            .replace("%2", error.strerror or str(error)),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
