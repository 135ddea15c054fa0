"""Pragmas, file identity (application_id, user_version) and owner-only files."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage import opening
from portfolio_app.storage.location import LocationRisk
from portfolio_app.storage.migrate import head_revision, schema_version
from portfolio_app.storage.opening import OpenDatabase, journal_mode_for, open_database
from portfolio_app.storage.pragmas import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    JournalMode,
    connection_pragmas,
    pragma_report,
)
from tests.integration.safety_data import digest, files_in, fill, new_database

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
ON_MAC = 1 if sys.platform == "darwin" else 0


@pytest.fixture
def database(db_path: Path) -> Iterator[OpenDatabase]:
    opened = open_database(db_path, create=True)
    yield opened
    opened.close()


def header_journal_bytes(path: Path) -> bytes:
    """Header bytes 18-19: 1/1 for a rollback journal, 2/2 for WAL."""
    return path.read_bytes()[18:20]


def test_every_pragma_the_app_relies_on_is_in_force(database: OpenDatabase) -> None:
    report = pragma_report(database.engine)

    assert {key: value for key, value in report.items() if key != "sqlite_version"} == {
        "busy_timeout": BUSY_TIMEOUT_MS,
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "trusted_schema": 0,
        "cell_size_check": 1,
        "mmap_size": 0,
        "fullfsync": ON_MAC,
        "checkpoint_fullfsync": ON_MAC,
        "application_id": APPLICATION_ID,
        "user_version": schema_version(head_revision()),
    }


def test_every_pooled_connection_gets_the_pragmas(database: OpenDatabase) -> None:
    with database.engine.connect() as first, database.engine.connect() as second:
        values = [
            (
                c.exec_driver_sql("PRAGMA foreign_keys").scalar(),
                c.exec_driver_sql("PRAGMA cell_size_check").scalar(),
            )
            for c in (first, second)
        ]

    assert values == [(1, 1), (1, 1)]


def test_macos_adds_full_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")

    pragmas = connection_pragmas(JournalMode.WAL)

    assert "PRAGMA fullfsync = ON" in pragmas
    assert "PRAGMA checkpoint_fullfsync = ON" in pragmas


@pytest.mark.parametrize(
    ("risk", "mode"),
    [
        (LocationRisk.LOCAL, "wal"),
        (LocationRisk.CLOUD_SYNC, "wal"),
        (LocationRisk.NETWORK, "delete"),
        (LocationRisk.REMOVABLE, "delete"),
    ],
)
def test_the_journal_mode_follows_the_location(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, risk: LocationRisk, mode: str
) -> None:
    monkeypatch.setattr(opening, "classify_location", lambda path: risk)

    database = open_database(db_path, create=True)
    try:
        report = pragma_report(database.engine)
    finally:
        database.close()

    assert (database.location, report["journal_mode"]) == (risk, mode)
    assert journal_mode_for(risk) == JournalMode(mode)


def test_a_wal_file_moved_to_a_network_share_is_switched_to_a_rollback_journal(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_database(db_path)
    assert header_journal_bytes(db_path) == b"\x02\x02"
    monkeypatch.setattr(opening, "classify_location", lambda path: LocationRisk.NETWORK)

    open_database(db_path, create=False).close()

    assert header_journal_bytes(db_path) == b"\x01\x01"
    assert files_in(db_path.parent) == [db_path.name]


def test_schema_version_is_the_number_of_the_revision() -> None:
    assert schema_version("0001") == 1
    assert schema_version("0002") == 2


def test_a_file_of_another_program_with_its_own_application_id_is_refused(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA application_id = 1234")
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.commit()
    before = digest(db_path)

    with pytest.raises(StorageError) as caught:
        open_database(db_path, create=False)

    assert caught.value.code == "db.not_ours"
    assert digest(db_path) == before
    assert files_in(db_path.parent) == [db_path.name]


def test_a_file_from_before_the_application_id_gets_it_stamped(db_path: Path) -> None:
    new_database(db_path)
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA application_id = 0")
        connection.execute("PRAGMA user_version = 0")
        connection.commit()

    database = open_database(db_path, create=False)
    try:
        report = pragma_report(database.engine)
    finally:
        database.close()

    assert report["application_id"] == APPLICATION_ID
    assert report["user_version"] == schema_version(head_revision())


def test_reopening_a_stamped_current_file_leaves_it_byte_identical(db_path: Path) -> None:
    new_database(db_path)
    before = digest(db_path)

    open_database(db_path, create=False).close()

    assert digest(db_path) == before


# --- owner-only files ---------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask, as on many desktops: modes must not rely on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX_ONLY
@pytest.mark.usefixtures("open_umask")
def test_a_new_database_and_its_wal_and_shm_are_owner_only(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    try:
        fill(db_path, partners=1)
        modes = {path.name: mode(path) for path in db_path.parent.iterdir() if path.is_file()}
    finally:
        database.close()

    assert modes == {
        "portfolio.sqlite3": 0o600,
        "portfolio.sqlite3-wal": 0o600,
        "portfolio.sqlite3-shm": 0o600,
        "portfolio.sqlite3.open": 0o600,
    }


@POSIX_ONLY
@pytest.mark.usefixtures("open_umask")
def test_an_existing_database_keeps_the_mode_its_owner_gave_it(db_path: Path) -> None:
    new_database(db_path)
    db_path.chmod(0o640)

    open_database(db_path, create=False).close()

    assert mode(db_path) == 0o640
