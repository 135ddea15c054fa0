"""``portfolio-app backup | backups | restore | check`` on real files."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from portfolio_app import app
from portfolio_app.domain.partner import Partner
from portfolio_app.instance import InstanceGuard
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import open_database

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _seed(path: Path, *names: str) -> None:
    database = open_database(path, create=True)
    services = build_services(database.unit_of_work, lambda: NOW)
    for name in names:
        services.partners.add_partner(Partner(None, name))
    database.close()


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [r[0] for r in connection.execute("SELECT name FROM partner ORDER BY name")]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.sqlite3"
    _seed(path, "Alpha Marketing AG", "Müller Druck GmbH")
    return path


def test_backup_writes_a_verified_copy_beside_the_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "backup", "--db", str(db), "--base-dir", str(tmp_path / "b"))

    assert code == 0, err
    assert out.startswith("backup written and verified: ")
    assert "2 partners" in out
    [made] = list((tmp_path / "backups").glob("*-manual.sqlite3"))
    assert _names(made) == ["Alpha Marketing AG", "Müller Druck GmbH"]


def test_backup_to_a_file_refuses_to_overwrite(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "usb" / "sicherung.sqlite3"
    target.parent.mkdir()
    assert _run(capsys, "backup", "--db", str(db), "--to", str(target))[0] == 0
    before = hashlib.sha256(target.read_bytes()).hexdigest()

    code, _out, err = _run(capsys, "backup", "--db", str(db), "--to", str(target))

    assert code == 2
    assert err.startswith("portfolio-app backup: error: A file with that name already exists")
    assert err.count("\n") == 1
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_backups_lists_what_is_there(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "backup", "--db", str(db), "--base-dir", str(tmp_path / "b"))

    code, out, _err = _run(capsys, "backups", "--db", str(db), "--base-dir", str(tmp_path / "b"))

    assert code == 0
    assert "manual" in out
    assert "2 partners" in out


def test_restore_replaces_the_data_and_keeps_the_old_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.sqlite3"
    _run(capsys, "backup", "--db", str(db), "--to", str(saved))
    _seed(db, "Später GmbH")

    code, out, err = _run(capsys, "restore", str(saved), "--db", str(db))

    assert code == 0, err
    assert _names(db) == ["Alpha Marketing AG", "Müller Druck GmbH"]
    kept = Path(out.strip().splitlines()[-1].rsplit(" ", 1)[1])
    assert "Später GmbH" in _names(kept)


def test_restore_refuses_a_file_that_is_not_a_backup(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    with sqlite3.connect(bogus) as connection:
        connection.execute("CREATE TABLE partner (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("CREATE TRIGGER evil AFTER INSERT ON partner BEGIN SELECT 1; END")
    before = db.read_bytes()

    code, _out, err = _run(capsys, "restore", str(bogus), "--db", str(db))

    assert code == 2
    assert "not a valid Partner Portfolio backup" in err
    assert db.read_bytes() == before


def test_restore_refuses_while_the_app_has_the_file_open(
    qapp: object, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.sqlite3"
    _run(capsys, "backup", "--db", str(db), "--to", str(saved))
    running = InstanceGuard(db)
    assert running.acquire()

    code, _out, err = _run(capsys, "restore", str(saved), "--db", str(db))

    running.release()
    assert code == 2
    assert "open in another Partner Portfolio window" in err


def test_check_reports_ok(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "check", "--db", str(db))

    assert code == 0
    assert out.strip().endswith("ok (full integrity check, foreign keys)")


def test_check_reports_a_damaged_file_with_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "big.sqlite3"
    _seed(db, *(f"Partner {n:04d} " + "x" * 150 for n in range(400)))
    data = bytearray(db.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x00\x13" * 2048
    db.write_bytes(bytes(data))

    code, _out, err = _run(capsys, "check", "--db", str(db))

    assert code == 1
    assert "DAMAGED" in err
    assert db.read_bytes() == bytes(data)


def test_a_missing_database_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(capsys, "check", "--db", str(tmp_path / "nope.sqlite3"))

    assert code == 2
    assert err == (
        "portfolio-app check: error: The database file does not exist. "
        f"({tmp_path / 'nope.sqlite3'})\n"
    )
