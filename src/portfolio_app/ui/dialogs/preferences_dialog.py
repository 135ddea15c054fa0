"""Edit › Preferences…: language, theme, deadline horizon, backup folder, the database file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from portfolio_app.ui.deadlines_page import HORIZONS
from portfolio_app.ui.theme import Theme


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the dialog edits; ``None`` means "the default" (system language, default folder)."""

    language: str | None
    theme: Theme
    horizon_days: int
    backup_folder: Path | None


class PreferencesDialog(QDialog):
    """Shows the current preferences; OK returns all of them at once, or nothing."""

    def __init__(
        self,
        current: Preferences,
        database_path: Path,
        default_backup_folder: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setAccessibleDescription(
            self.tr("Language, theme, deadline horizon, backup folder and the database in use")
        )
        self._result: Preferences | None = None
        self._default_folder = default_backup_folder
        self._build_fields(current, database_path, default_backup_folder)
        self._error = QLabel(self)
        self._error.setObjectName("preferencesError")
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c0392b;")
        self._error.hide()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._describe_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self._error)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._browse.clicked.connect(self._on_browse_clicked)
        self._copy_path.clicked.connect(self._on_copy_path_clicked)
        self.resize(560, 0)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current: Preferences,
        database_path: Path,
        default_backup_folder: Path | None,
    ) -> Preferences | None:
        """Show the dialog; the chosen preferences, or ``None`` if cancelled."""
        dialog = cls(current, database_path, default_backup_folder, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.chosen()

    def chosen(self) -> Preferences | None:
        """What OK accepted (``None`` until then)."""
        return self._result

    # ---- widgets the tests and the window use

    @property
    def language_combo(self) -> QComboBox:
        """System default / Deutsch / English."""
        return self._language

    @property
    def theme_combo(self) -> QComboBox:
        """System / Light / Dark."""
        return self._theme

    @property
    def horizon_combo(self) -> QComboBox:
        """How many days ahead the deadlines view looks."""
        return self._horizon

    @property
    def backup_folder_edit(self) -> QLineEdit:
        """The backup folder (empty: the default beside the database)."""
        return self._folder

    @property
    def error_label(self) -> QLabel:
        """Why OK did not close the dialog."""
        return self._error

    @property
    def button_box(self) -> QDialogButtonBox:
        """OK and Cancel."""
        return self._buttons

    # ---- Qt overrides

    @override
    def accept(self) -> None:
        folder_text = self._folder.text().strip()
        folder = Path(folder_text).expanduser() if folder_text else None
        problem = self._folder_problem(folder)
        if problem:
            self._error.setText(problem)
            self._error.show()
            self._folder.setFocus()
            self._folder.selectAll()
            return
        self._result = Preferences(
            language=self._language.currentData() or None,
            theme=Theme(str(self._theme.currentData())),
            horizon_days=int(self._horizon.currentData()),
            backup_folder=folder,
        )
        super().accept()

    # ---- building

    def _build_fields(
        self, current: Preferences, database_path: Path, default_backup_folder: Path | None
    ) -> None:
        self._language = self._combo(
            "preferencesLanguage",
            self.tr("Language"),
            self.tr("The language of menus and dialogs; takes effect when the app restarts"),
            [(self.tr("System default"), ""), ("Deutsch", "de"), ("English", "en")],
            current.language or "",
        )
        restart = QLabel(self.tr("Takes effect on restart."), self)
        restart.setObjectName("preferencesLanguageNote")
        restart.setEnabled(False)
        self._theme = self._combo(
            "preferencesTheme",
            self.tr("Theme"),
            self.tr("Light or dark colours; System follows the colour scheme of the desktop"),
            [
                (self.tr("System"), Theme.SYSTEM.value),
                (self.tr("Light"), Theme.LIGHT.value),
                (self.tr("Dark"), Theme.DARK.value),
            ],
            current.theme.value,
        )
        self._horizon = self._combo(
            "preferencesHorizon",
            self.tr("Deadline horizon"),
            self.tr("How many days ahead the deadlines view looks"),
            [(self.tr("%1 days").replace("%1", str(days)), days) for days in HORIZONS],
            current.horizon_days,
        )
        self._folder = self._line_edit(
            "preferencesBackupFolder",
            self.tr("Backup folder"),
            self.tr("The folder backups are written to; empty: the default folder"),
        )
        self._folder.setText(str(current.backup_folder) if current.backup_folder else "")
        if default_backup_folder is not None:
            self._folder.setPlaceholderText(
                self.tr("Default: %1").replace("%1", str(default_backup_folder))
            )
        self._browse = self._button(
            "preferencesBrowse", self.tr("&Browse…"), self.tr("Choose the backup folder")
        )
        self._database = self._line_edit(
            "preferencesDatabase",
            self.tr("Database file"),
            self.tr("The database file in use (read-only)"),
        )
        self._database.setReadOnly(True)
        self._database.setText(str(database_path))
        self._copy_path = self._button(
            "preferencesCopyPath",
            self.tr("&Copy Path"),
            self.tr("Copy the path of the database file to the clipboard"),
        )
        self._form = QFormLayout()
        self._add_row(self.tr("&Language:"), self._language)
        self._form.addRow("", restart)
        self._add_row(self.tr("&Theme:"), self._theme)
        self._add_row(self.tr("&Deadline horizon:"), self._horizon)
        self._add_row(self.tr("Backup &folder:"), self._folder, self._browse)
        self._add_row(self.tr("Database &file:"), self._database, self._copy_path)

    def _add_row(self, text: str, field: QWidget, button: QPushButton | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        if button is None:
            self._form.addRow(label, field)
            return
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        self._form.addRow(label, row)

    def _combo(
        self,
        name: str,
        accessible: str,
        description: str,
        items: list[tuple[str, object]],
        current: object,
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(description)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def _line_edit(self, name: str, accessible: str, description: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setAccessibleDescription(description)
        return edit

    def _button(self, name: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setAutoDefault(False)
        return button

    def _describe_buttons(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("preferencesOk")
        ok.setAccessibleName(self.tr("OK"))
        ok.setAccessibleDescription(self.tr("Apply the preferences and close"))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("preferencesCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAccessibleDescription(self.tr("Close without changing anything"))

    def _folder_problem(self, folder: Path | None) -> str:
        if folder is None:
            return ""
        if not folder.is_absolute():
            return self.tr("Please enter the full path of the backup folder.")
        if not folder.is_dir():
            return self.tr(
                "The backup folder “%1” does not exist. Please choose a folder."
            ).replace("%1", str(folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            return self.tr(
                "Backups cannot be written to “%1”. Please choose a folder you may write to."
            ).replace("%1", str(folder))
        return ""

    # ---- slots

    @Slot()
    def _on_browse_clicked(self) -> None:
        start = self._folder.text().strip() or str(self._default_folder or "")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup Folder"), start)
        if chosen:
            self._folder.setText(chosen)
            self._error.hide()

    @Slot()
    def _on_copy_path_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._database.text())
