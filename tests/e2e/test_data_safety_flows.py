"""Backups, restore, recovery and the location warning, as a person meets them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app import app
from portfolio_app.application import Application
from portfolio_app.domain.partner import Partner
from portfolio_app.paths import AppPaths
from portfolio_app.services.catalog import build_services
from portfolio_app.storage import backup
from portfolio_app.storage.location import LocationRisk
from portfolio_app.storage.opening import open_database
from portfolio_app.ui import confirm
from portfolio_app.ui.main_window import MainWindow
from tests.ui.modal import press_button, while_modal

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT name FROM partner WHERE deleted_at IS NULL ORDER BY name"
        ).fetchall()
    return [row[0] for row in rows]


def _seed(path: Path, *names: str) -> None:
    database = open_database(path, create=True)
    services = build_services(database.unit_of_work, lambda: NOW)
    for name in names:
        services.partners.add_partner(Partner(None, name))
    database.close()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path)


@pytest.fixture
def application(paths: AppPaths) -> Iterator[Application]:
    application = Application(paths, clock=lambda: NOW)
    yield application
    application.shutdown()


def _open(qtbot: QtBot, application: Application, path: Path) -> MainWindow:
    # The application owns its windows (it replaces them on restore); no qtbot.addWidget.
    return application.open(path, create=True).window


def test_first_start_with_data_writes_an_automatic_backup(
    qtbot: QtBot, application: Application, paths: AppPaths
) -> None:
    _seed(paths.database_file, "Müller Druck GmbH")
    window = _open(qtbot, application, paths.database_file)
    folder = backup.default_backup_folder(paths.database_file)

    qtbot.waitUntil(lambda: bool(backup.list_backups(folder)), timeout=10000)

    [made] = backup.list_backups(folder)
    assert made.reason == "auto"
    assert made.counts["partners"] == 1
    qtbot.waitUntil(lambda: "Automatic backup saved" in window.statusBar().currentMessage())


def test_with_the_deferred_check_the_window_shows_first_and_writes_follow_the_verdict(
    qtbot: QtBot, paths: AppPaths
) -> None:
    _seed(paths.database_file, "Müller Druck GmbH")
    application = Application(paths, clock=lambda: NOW, defer_check=True)
    try:
        window = _open(qtbot, application, paths.database_file)
        runtime = application.runtime
        assert runtime is not None
        assert runtime.database.integrity.deferred
        assert window.partner_list.visible_names() == ["Müller Druck GmbH"]
        folder = backup.default_backup_folder(paths.database_file)

        qtbot.waitUntil(lambda: bool(backup.list_backups(folder)), timeout=10000)
        runtime.services.partners.add_partner(Partner(None, "Später AG"))
    finally:
        application.shutdown()

    assert runtime.database.integrity.wait().ok
    assert sorted(_names(paths.database_file)) == ["Müller Druck GmbH", "Später AG"]


def test_back_up_now_from_the_file_menu(
    qtbot: QtBot, application: Application, paths: AppPaths
) -> None:
    _seed(paths.database_file, "Alpha Marketing AG")
    window = _open(qtbot, application, paths.database_file)
    folder = backup.default_backup_folder(paths.database_file)
    qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 1, timeout=10000)
    actions = application.runtime.window.maintenance_actions  # type: ignore[union-attr]
    assert actions is not None

    actions.back_up_action.trigger()

    qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 2, timeout=10000)
    assert {b.reason for b in backup.list_backups(folder)} == {"auto", "manual"}
    qtbot.waitUntil(lambda: "verified" in window.statusBar().currentMessage())
    for made in backup.list_backups(folder):
        assert made.path.stat().st_mode & 0o077 == 0


def test_restore_from_the_file_menu_brings_back_the_old_data(
    qtbot: QtBot, application: Application, paths: AppPaths
) -> None:
    _seed(paths.database_file, "Alpha Marketing AG")
    _open(qtbot, application, paths.database_file)
    folder = backup.default_backup_folder(paths.database_file)
    qtbot.waitUntil(lambda: len(backup.list_backups(folder)) == 1, timeout=10000)
    runtime = application.runtime
    assert runtime is not None
    runtime.services.partners.add_partner(Partner(None, "Später GmbH"))
    assert _names(paths.database_file) == ["Alpha Marketing AG", "Später GmbH"]

    def choose_first(modal: QWidget) -> None:
        assert modal.objectName() == "restoreDialog"
        modal.findChild(QPushButton, "restoreButton").click()  # type: ignore[union-attr]

    def read_notice(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        assert "previous database was kept" in modal.text()
        modal.accept()

    actions = runtime.window.maintenance_actions
    assert actions is not None
    while_modal(actions.restore_action.trigger, choose_first, press_button("Restore"), read_notice)

    reopened = application.runtime
    assert reopened is not None
    assert reopened.window.partner_list.visible_names() == ["Alpha Marketing AG"]
    assert _names(paths.database_file) == ["Alpha Marketing AG"]
    aside = [
        p
        for p in paths.data_dir.glob("portfolio.sqlite3.before-restore-*")
        if not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    assert len(aside) == 1
    assert "Später GmbH" in _names(aside[0])


def test_a_damaged_database_is_detected_and_the_newest_backup_offered(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(paths.database_file, *(f"Partner {n:04d} " + "x" * 150 for n in range(400)))
    folder = backup.default_backup_folder(paths.database_file)
    backup.create_backup(paths.database_file, folder, reason="manual", now=NOW - timedelta(hours=2))
    data = bytearray(paths.database_file.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x00\x13" * 2048
    paths.database_file.write_bytes(bytes(data))
    offered: list[str] = []

    def accept_offer(_parent: object, _damaged: Path, chosen: Path, _created: datetime) -> bool:
        offered.append(chosen.name)
        return True

    monkeypatch.setattr("portfolio_app.ui.prompts.ask_recover", accept_offer)
    monkeypatch.setattr("portfolio_app.ui.prompts.tell_recovered", lambda *_a: None)
    shown: list[object] = []

    def loop(_qt_app: object) -> int:
        from PySide6.QtWidgets import QApplication

        # The app checks a cleanly closed file while its window shows; the offer follows.
        qtbot.waitUntil(lambda: bool(offered), timeout=10000)
        shown.extend(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        return 0

    code = app.main(["--base-dir", str(paths.data_dir.parent)], exec_loop=loop)

    assert code == 0
    assert len(offered) == 1
    assert len(_names(paths.database_file)) == 400
    damaged = [
        p
        for p in paths.data_dir.glob("portfolio.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    assert len(damaged) == 1
    assert damaged[0].read_bytes() == bytes(data)
    assert shown


def test_a_damaged_database_without_backups_is_left_alone_with_a_message(
    qtbot: QtBot,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _seed(paths.database_file, *(f"Partner {n:04d} " + "x" * 150 for n in range(400)))
    data = bytearray(paths.database_file.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x00\x13" * 2048
    paths.database_file.write_bytes(bytes(data))
    messages: list[str] = []
    monkeypatch.setattr(confirm, "show_message", lambda _p, _t, text: messages.append(text))

    # The check runs while the window shows; on damage the app leaves its event loop.
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(exits.append))

    def loop(_qt_app: QApplication) -> int:
        qtbot.waitUntil(lambda: bool(exits), timeout=10000)
        return exits[0]

    code = app.main(["--base-dir", str(paths.data_dir.parent)], exec_loop=loop)

    assert code == 2
    assert "damaged" in capsys.readouterr().err
    assert len(messages) == 1
    assert paths.database_file.read_bytes() == bytes(data)


def test_a_database_in_a_synced_folder_can_be_moved_to_this_computer(
    qtbot: QtBot, application: Application, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = paths.data_dir.parent / "OneDrive" / "Firma" / "portfolio.sqlite3"
    synced.parent.mkdir(parents=True)
    _seed(synced, "Alpha Marketing AG")
    monkeypatch.setattr(
        "portfolio_app.storage.opening.classify_location",
        lambda path, **_k: (
            LocationRisk.CLOUD_SYNC if "OneDrive" in str(path) else LocationRisk.LOCAL
        ),
    )
    questions: list[str] = []

    def move(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        questions.append(modal.text())
        press_button("Move to This Computer")(modal)

    def accept_notice(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        modal.accept()

    def open_synced() -> None:
        _open(qtbot, application, synced)
        qtbot.waitUntil(
            lambda: application.runtime is not None and application.runtime.database.path != synced,
            timeout=10000,
        )

    while_modal(open_synced, move, accept_notice)

    runtime = application.runtime
    assert runtime is not None
    assert "cloud service" in questions[0]
    assert runtime.database.path == paths.data_dir / "portfolio.sqlite3"
    assert runtime.window.partner_list.visible_names() == ["Alpha Marketing AG"]
    assert _names(synced) == ["Alpha Marketing AG"]


def test_keeping_a_database_in_a_synced_folder_is_remembered(
    qtbot: QtBot, application: Application, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = paths.data_dir.parent / "Dropbox" / "portfolio.sqlite3"
    synced.parent.mkdir(parents=True)
    _seed(synced, "Alpha Marketing AG")
    monkeypatch.setattr(
        "portfolio_app.storage.opening.classify_location",
        lambda path, **_k: LocationRisk.CLOUD_SYNC,
    )

    def open_and_wait() -> None:
        _open(qtbot, application, synced)
        qtbot.waitUntil(
            lambda: str(synced) in application.settings.accepted_locations(), timeout=10000
        )

    while_modal(open_and_wait, press_button("Keep It There"))

    assert application.runtime is not None
    assert application.runtime.database.path == synced
