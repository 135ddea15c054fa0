"""The whole application as a user starts it: command line, files, first window."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from portfolio_app import __version__, app
from portfolio_app.application import Application
from portfolio_app.paths import AppPaths
from portfolio_app.ui import confirm


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(confirm, "show_message", lambda _p, _t, text: messages.append(text))
    return messages


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run_main(args: list[str]) -> int:
    return app.main(args, exec_loop=lambda _qt_app: 0)


def test_version_prints_the_version_and_exits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        app.main(["--version"])

    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"Partner Portfolio {__version__}"


def test_unknown_option_exits_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        app.main(["--colour"])

    assert raised.value.code == 2
    assert "unrecognized arguments: --colour" in capsys.readouterr().err


def test_missing_db_file_exits_2_with_one_line_and_creates_nothing(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], shown_messages: list[str]
) -> None:
    missing = tmp_path / "nowhere.sqlite3"

    code = _run_main(["--db", str(missing), "--base-dir", str(tmp_path / "base")])

    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("portfolio-app: error: The database file does not exist.")
    assert not missing.exists()
    assert len(shown_messages) == 1
    assert "does not exist" in shown_messages[0]


def test_a_text_file_as_db_is_refused_and_left_unchanged(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], shown_messages: list[str]
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    notes = folder / "notes.txt"
    notes.write_text("Einkaufsliste: Kaffee, Toner\n", encoding="utf-8")
    before = _digest(notes)

    code = _run_main(["--db", str(notes), "--base-dir", str(tmp_path / "base")])

    assert code == 2
    assert "not a Partner Portfolio database" in capsys.readouterr().err
    assert _digest(notes) == before
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_another_programs_database_is_refused_byte_for_byte(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], shown_messages: list[str]
) -> None:
    foreign = tmp_path / "crm.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    before = _digest(foreign)

    code = _run_main(["--db", str(foreign), "--base-dir", str(tmp_path / "base")])

    assert code == 2
    assert "belongs to another program" in capsys.readouterr().err
    assert _digest(foreign) == before
    assert not (tmp_path / "crm.db-wal").exists()


def test_a_database_from_a_newer_version_is_refused(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], shown_messages: list[str]
) -> None:
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    before = _digest(newer)

    code = _run_main(["--db", str(newer), "--base-dir", str(tmp_path / "base")])

    assert code == 2
    assert "newer version" in capsys.readouterr().err
    assert _digest(newer) == before


def test_garbage_after_a_valid_header_is_reported_as_damaged(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], shown_messages: list[str]
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    before = _digest(broken)

    code = _run_main(["--db", str(broken), "--base-dir", str(tmp_path / "base")])

    assert code == 2
    assert "damaged" in capsys.readouterr().err
    assert _digest(broken) == before


def test_first_start_creates_the_users_database_and_shows_the_welcome(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path)
    application = Application(paths)

    runtime = application.open(paths.database_file, create=True)

    assert paths.database_file.exists()
    assert runtime.window.showing_empty_state()
    assert runtime.window.empty_state.new_button.isVisible()
    assert runtime.window.empty_state.demo_button.isVisible()
    application.shutdown()


def test_open_demo_from_the_welcome_page_switches_to_the_demo_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path)
    application = Application(paths)
    first = application.open(paths.database_file, create=True)

    first.window.empty_state.demo_button.click()

    runtime = application.runtime
    assert runtime is not None
    assert runtime is not first
    assert runtime.database.path == paths.demo_database_file
    assert not runtime.window.showing_empty_state()
    assert len(runtime.window.partner_list.visible_names()) >= 20
    with sqlite3.connect(paths.database_file) as connection:
        assert connection.execute("SELECT count(*) FROM partner").fetchone() == (0,)
    application.shutdown()


def test_main_with_demo_opens_the_demo_window(qtbot: QtBot, tmp_path: Path) -> None:
    windows: list[object] = []

    def loop(_qt_app: object) -> int:

        windows.extend(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        return 0

    code = app.main(["--demo", "--base-dir", str(tmp_path)], exec_loop=loop)

    assert code == 0
    assert windows
    assert (tmp_path / "data" / "demo-portfolio.sqlite3").exists()
    assert not (tmp_path / "data" / "portfolio.sqlite3").exists()
