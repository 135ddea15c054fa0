"""Edit › Preferences…: language, theme, deadline horizon, backup folder, database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.settings import Settings
from portfolio_app.ui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from portfolio_app.ui.theme import Theme, apply_theme, is_dark
from tests.conftest import FIXED_NOW
from tests.ui.dialogs.support import child, open_dialog, type_text
from tests.ui.modal import while_modal


@pytest.fixture(autouse=True)
def _system_theme_afterwards() -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.ini")


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path, settings: Settings) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW, settings=settings)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.window.close()
    runtime.database.close()
    runtime.guard.release()


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def _preferences(folder: Path | None = None) -> Preferences:
    return Preferences(None, Theme.SYSTEM, 90, folder)


def test_edit_menu_offers_preferences_with_the_platform_shortcut(runtime: Runtime) -> None:
    action = runtime.window.desktop.preferences_action
    edit_menu = next(a.menu() for a in runtime.window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit_menu, QMenu)
    assert action in edit_menu.actions()
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence("Ctrl+,")
    ]
    assert action.shortcuts() == expected


def test_choices_are_stored_and_applied_at_once(
    qtbot: QtBot, runtime: Runtime, settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "USB-Stick"
    folder.mkdir()
    window = runtime.window
    before_dark = is_dark(QGuiApplication.palette())

    def fill(modal: QWidget) -> None:
        assert modal.objectName() == "preferencesDialog"
        assert child(modal, QLineEdit, "preferencesDatabase").text() == str(runtime.database.path)
        _choose(child(modal, QComboBox, "preferencesLanguage"), "Deutsch")
        _choose(child(modal, QComboBox, "preferencesTheme"), "Dark")
        _choose(child(modal, QComboBox, "preferencesHorizon"), "180 days")
        type_text(child(modal, QLineEdit, "preferencesBackupFolder"), str(folder))
        child(modal, QPushButton, "preferencesOk").click()

    while_modal(window.desktop.preferences_action.trigger, fill)

    assert settings.language() == "de"
    assert settings.theme() == "dark"
    assert settings.horizon_days() == 180
    assert settings.backup_folder() == folder
    assert window.deadlines.horizon_days() == 180
    assert not before_dark
    assert is_dark(QGuiApplication.palette())
    assert runtime.maintenance.backup_folder == folder


def test_theme_and_horizon_come_back_on_the_next_start(
    qtbot: QtBot, db_path: Path, settings: Settings
) -> None:
    settings.set_theme("dark")
    settings.set_horizon_days(365)

    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW, settings=settings)
    qtbot.addWidget(runtime.window)
    try:
        assert is_dark(QGuiApplication.palette())
        assert runtime.window.deadlines.horizon_days() == 365
    finally:
        runtime.window.close()
        runtime.database.close()
        runtime.guard.release()


def test_a_missing_backup_folder_keeps_the_dialog_open_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(_preferences(), tmp_path / "p.sqlite3", tmp_path / "backups")
    open_dialog(qtbot, dialog)
    _choose(dialog.theme_combo, "Dark")
    type_text(dialog.backup_folder_edit, str(tmp_path / "nirgendwo"))

    qtbot.mouseClick(child(dialog, QPushButton, "preferencesOk"), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.chosen() is None
    error = child(dialog, QLabel, "preferencesError")
    assert error.isVisible()
    assert "does not exist" in error.text()
    assert not is_dark(QGuiApplication.palette())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_read_only_backup_folder_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        dialog = PreferencesDialog(_preferences(), tmp_path / "p.sqlite3", None)
        open_dialog(qtbot, dialog)
        type_text(dialog.backup_folder_edit, str(folder))
        child(dialog, QPushButton, "preferencesOk").click()

        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "cannot be written" in dialog.error_label.text()
    finally:
        folder.chmod(0o700)


def test_an_empty_backup_folder_means_the_default(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(_preferences(tmp_path), tmp_path / "p.sqlite3", tmp_path / "backups")
    open_dialog(qtbot, dialog)
    dialog.backup_folder_edit.clear()

    child(dialog, QPushButton, "preferencesOk").click()

    assert dialog.chosen() == _preferences(None)


def test_cancel_changes_nothing(qtbot: QtBot, runtime: Runtime, settings: Settings) -> None:
    def cancel(modal: QWidget) -> None:
        _choose(child(modal, QComboBox, "preferencesTheme"), "Dark")
        _choose(child(modal, QComboBox, "preferencesHorizon"), "30 days")
        child(modal, QPushButton, "preferencesCancel").click()

    while_modal(runtime.window.desktop.preferences_action.trigger, cancel)

    assert settings.theme() == "system"
    assert settings.horizon_days() is None
    assert runtime.window.deadlines.horizon_days() == 90
    assert not is_dark(QGuiApplication.palette())


def test_copy_path_puts_the_database_path_on_the_clipboard(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(_preferences(), tmp_path / "Portfolio.sqlite3", None)
    open_dialog(qtbot, dialog)
    QGuiApplication.clipboard().clear()

    child(dialog, QPushButton, "preferencesCopyPath").click()

    assert QGuiApplication.clipboard().text() == str(tmp_path / "Portfolio.sqlite3")
