"""File › Back up now…, Restore from backup…, Backup folder…: the data-safety actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.maintenance import BackupSummary
from portfolio_app.services.maintenance import MaintenanceService
from portfolio_app.settings import Settings
from portfolio_app.ui import confirm
from portfolio_app.ui.formatting import format_moment
from portfolio_app.ui.tasks import run_in_background


class MaintenanceActions(QObject):
    """Owns the backup and restore actions of one main window."""

    restore_requested = Signal(object)
    """The user chose and confirmed a backup file (``Path``) to restore."""
    backup_finished = Signal(object)
    """A backup was written and verified; payload: its ``BackupSummary``."""

    def __init__(
        self, window: QMainWindow, maintenance: MaintenanceService, settings: Settings | None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._maintenance = maintenance
        self._settings = settings
        self.back_up_action = QAction(self.tr("&Back Up Now…"), window)
        self.back_up_action.setObjectName("actionBackUp")
        self.back_up_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.restore_action = QAction(self.tr("&Restore from Backup…"), window)
        self.restore_action.setObjectName("actionRestore")
        self.folder_action = QAction(self.tr("Backup &Folder…"), window)
        self.folder_action.setObjectName("actionBackupFolder")
        self.folder_action.setEnabled(settings is not None)
        self.back_up_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.choose_restore)
        self.folder_action.triggered.connect(self.choose_folder)

    def actions(self) -> list[QAction]:
        """In menu order."""
        return [self.back_up_action, self.restore_action, self.folder_action]

    @Slot()
    def back_up_now(self) -> None:
        """Write a verified backup off the GUI thread and report it in the status bar."""
        self.back_up_action.setEnabled(False)
        run_in_background(
            self._window,
            self.tr("Writing and verifying the backup…"),
            self._maintenance.back_up_now,
            self._on_backup_done,
            self._on_backup_failed,
        )

    @Slot()
    def choose_restore(self) -> None:
        """Let the user pick a backup, confirm, then ask for the restore."""
        try:
            backups = self._maintenance.backups()
        except PortfolioError as error:
            confirm.show_error(self._window, self.tr("Restore from Backup"), error)
            return
        from portfolio_app.ui.dialogs.restore_dialog import RestoreDialog  # when first needed

        chosen = RestoreDialog.ask(self._window, backups, self._maintenance.backup_folder)
        if chosen is None:
            return
        question = self.tr(
            "Replace the data you see now by the backup “%1”?\n\n"
            "The current database file is kept aside next to it, not deleted."
        ).replace("%1", chosen.name)
        if confirm.ask_confirmation(
            self._window, self.tr("Restore from Backup"), question, self.tr("Restore")
        ):
            self.restore_requested.emit(chosen)

    @Slot()
    def choose_folder(self) -> None:
        """Choose where backups go (e.g. a USB disk or a network share)."""
        if self._settings is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Backup Folder"), str(self._maintenance.backup_folder)
        )
        if folder:
            self._settings.set_backup_folder(Path(folder))
            self._window.statusBar().showMessage(
                self.tr("Backups now go to %1.").replace("%1", folder), 8000
            )

    def _on_backup_done(self, result: object) -> None:
        assert isinstance(result, BackupSummary)
        self.back_up_action.setEnabled(True)
        self._window.statusBar().showMessage(
            self.tr("Backup saved and verified: %1 (%2)")
            .replace("%1", result.path.name)
            .replace("%2", format_moment(result.created)),
            12000,
        )
        self.backup_finished.emit(result)

    def _on_backup_failed(self, error: Exception) -> None:
        self.back_up_action.setEnabled(True)
        if not isinstance(error, PortfolioError):
            raise error
        confirm.show_error(self._window, self.tr("Backup Failed"), error)
