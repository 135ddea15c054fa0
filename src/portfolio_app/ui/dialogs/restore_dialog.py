"""Choose a backup to restore: the verified backups with date and contents, or any file."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.maintenance import BackupReason, BackupSummary
from portfolio_app.ui.formatting import format_moment

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    """Lists backups newest first; the caller restores the chosen file."""

    def __init__(
        self, backups: Sequence[BackupSummary], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self._chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The current database is not deleted: it is "
                "moved aside next to it, so nothing is lost even if you pick the wrong one."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self._list = QTreeWidget(self)
        self._list.setObjectName("backupList")
        self._list.setAccessibleName(self.tr("Backups"))
        self._list.setAccessibleDescription(
            self.tr("The verified backups, newest first, with their date and contents")
        )
        self._list.setRootIsDecorated(False)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setHeaderLabels(
            [self.tr("Created"), self.tr("Kind"), self.tr("Contents"), self.tr("Size")]
        )
        for backup in backups:
            self._list.addTopLevelItem(self._item(backup))
        for column in range(4):
            self._list.resizeColumnToContents(column)
        first = self._list.topLevelItem(0)
        if first is not None:
            self._list.setCurrentItem(first)
        folder_label = QLabel(self.tr("Backup folder: %1").replace("%1", str(folder)), self)
        folder_label.setTextFormat(Qt.TextFormat.PlainText)
        folder_label.setWordWrap(True)
        folder_label.setObjectName("backupFolderLabel")
        empty = QLabel(self.tr("There are no backups in this folder yet."), self)
        empty.setVisible(not backups)

        self._buttons = QDialogButtonBox(self)
        self._restore = self._buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._restore.setObjectName("restoreButton")
        self._restore.setAccessibleName(self._restore.text().replace("&", ""))
        self._restore.setAccessibleDescription(
            self.tr("Replaces the current data by the selected backup, after asking")
        )
        self._restore.setEnabled(bool(backups))
        other = QPushButton(self.tr("Other &file…"), self)
        other.setObjectName("restoreOtherFile")
        other.setAccessibleName(self.tr("Restore from another file"))
        other.setAccessibleDescription(self.tr("Choose a backup file from another folder"))
        self._buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))  # Qt's own translation
        cancel.setAccessibleDescription(self.tr("Closes the dialog without restoring"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._list, 1)
        layout.addWidget(empty)
        layout.addWidget(folder_label)
        layout.addWidget(self._buttons)
        self.resize(640, 380)

        self._restore.clicked.connect(self._on_restore_clicked)
        other.clicked.connect(self._on_other_clicked)
        self._buttons.rejected.connect(self.reject)
        self._list.itemDoubleClicked.connect(self._on_restore_clicked)

    @classmethod
    def ask(
        cls, parent: QWidget | None, backups: Sequence[BackupSummary], folder: Path
    ) -> Path | None:
        """Run the dialog; the chosen backup file, or ``None``."""
        dialog = cls(backups, folder, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None

    def chosen(self) -> Path | None:
        """The file the user picked."""
        return self._chosen

    @Slot()
    def _on_restore_clicked(self) -> None:
        item = self._list.currentItem()
        if item is not None:
            self._chosen = Path(str(item.data(0, _PATH_ROLE)))
            self.accept()

    @Slot()
    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from File"),
            "",
            self.tr("Partner Portfolio databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self._chosen = Path(name)
            self.accept()

    def _item(self, backup: BackupSummary) -> QTreeWidgetItem:
        counts = backup.counts
        contents = (
            self.tr("%1 partners, %2 agreements, %3 notes")
            .replace("%1", str(counts.get("partners", 0)))
            .replace("%2", str(counts.get("agreements", 0)))
            .replace("%3", str(counts.get("notes", 0)))
        )
        item = QTreeWidgetItem(
            [
                format_moment(backup.created),
                self._reason(backup.reason),
                contents,
                self.tr("%1 KB").replace("%1", str(max(1, backup.size // 1024))),
            ]
        )
        item.setData(0, _PATH_ROLE, str(backup.path))
        item.setToolTip(0, f"<p>{html.escape(str(backup.path))}</p>")
        return item

    def _reason(self, reason: BackupReason) -> str:
        return {
            BackupReason.AUTO: self.tr("automatic"),
            BackupReason.MANUAL: self.tr("on request"),
            BackupReason.PRE_MIGRATION: self.tr("before an upgrade"),
        }[reason]
