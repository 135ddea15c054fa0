"""create_backup, verify_database_file, list_backups and needs_automatic_backup."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage import backup as backup_module
from portfolio_app.storage.backup import (
    BackupInfo,
    create_backup,
    default_backup_folder,
    list_backups,
    needs_automatic_backup,
    verify_database_file,
)
from portfolio_app.storage.migrate import head_revision
from portfolio_app.storage.opening import OpenDatabase, open_database
from portfolio_app.storage.pragmas import JournalMode
from tests.integration.safety_data import (
    counts,
    digest,
    dump,
    files_in,
    fill,
    filled_database,
    new_database,
)

NOW = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def database(db_path: Path) -> Path:
    return filled_database(db_path, partners=6, notes=5)


@pytest.fixture
def folder(db_path: Path) -> Path:
    return default_backup_folder(db_path)


@pytest.fixture
def made(database: Path, folder: Path) -> BackupInfo:
    return create_backup(database, folder, reason="auto", now=NOW)


def refusal(path: Path) -> StorageError:
    with pytest.raises(StorageError) as caught:
        verify_database_file(path)
    assert caught.value.code == "backup.invalid"
    return caught.value


def modified_copy(source: Path, target: Path, *statements: str) -> Path:
    shutil.copyfile(source, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)
    return target


# --- create_backup ------------------------------------------------------------------------


def test_a_backup_is_named_after_the_database_the_time_and_the_reason(
    made: BackupInfo, folder: Path
) -> None:
    assert made.path == folder / "portfolio-20261129-101500-auto.sqlite3"
    assert (made.created, made.reason, made.revision) == (NOW, "auto", head_revision())


def test_a_backup_reports_what_it_holds(made: BackupInfo) -> None:
    assert made.counts == {"partners": 6, "contacts": 0, "agreements": 0, "goals": 0, "notes": 30}
    assert made.size == made.path.stat().st_size


def test_a_backup_holds_exactly_the_databases_content(made: BackupInfo, database: Path) -> None:
    assert dump(made.path) == dump(database)


def test_a_backup_is_in_rollback_journal_mode_so_it_opens_from_read_only_media(
    made: BackupInfo,
) -> None:
    assert made.path.read_bytes()[18:20] == b"\x01\x01"


def test_a_backup_leaves_only_the_backup_behind(made: BackupInfo, database: Path) -> None:
    assert files_in(made.path.parent) == [made.path.name]
    assert files_in(database.parent) == ["backups", database.name]


def test_a_backup_does_not_change_the_database(database: Path, folder: Path) -> None:
    before = digest(database)

    create_backup(database, folder, reason="manual", now=NOW)

    assert digest(database) == before


def test_two_backups_in_the_same_second_get_different_names(database: Path, folder: Path) -> None:
    first = create_backup(database, folder, reason="auto", now=NOW)
    second = create_backup(database, folder, reason="auto", now=NOW)

    assert second.path.name == "portfolio-20261129-101500-auto-2.sqlite3"
    assert first.path.exists()


def test_a_backup_to_a_chosen_file_is_written_exactly_there(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "for-the-auditor.sqlite3"
    target.parent.mkdir()

    info = create_backup(database, tmp_path / "unused", reason="manual", now=NOW, target=target)

    assert info.path == target
    assert dump(target) == dump(database)
    assert files_in(target.parent) == [target.name]
    assert not (tmp_path / "unused").exists()


def test_a_backup_never_overwrites_a_chosen_file(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite3"
    target.write_text("the user's own file")

    with pytest.raises(StorageError) as caught:
        create_backup(database, tmp_path, reason="manual", now=NOW, target=target)

    assert (caught.value.code, caught.value.detail) == ("backup.exists", str(target))
    assert target.read_text() == "the user's own file"


def test_too_little_free_space_is_reported_before_writing(
    database: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Usage(NamedTuple):
        total: int
        used: int
        free: int

    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10**9, 10**9 - 1000, 1000))

    with pytest.raises(StorageError) as caught:
        create_backup(database, folder, reason="auto", now=NOW)

    assert caught.value.code == "backup.disk_full"
    assert files_in(folder) == []


def test_a_backup_that_fails_its_check_is_removed(
    database: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise StorageError("backup.invalid", "simulated")

    monkeypatch.setattr(backup_module, "inspect_database_file", broken)

    with pytest.raises(StorageError) as caught:
        create_backup(database, folder, reason="auto", now=NOW)

    assert caught.value.code == "backup.failed"
    assert files_in(folder) == []


def test_an_unreadable_database_gives_a_failed_backup_and_no_file(
    db_path: Path, folder: Path
) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)

    with pytest.raises(StorageError) as caught:
        create_backup(db_path, folder, reason="auto", now=NOW)

    assert caught.value.code == "backup.failed"
    assert files_in(folder) == []


@pytest.mark.parametrize("journal_mode", [JournalMode.WAL, JournalMode.DELETE])
def test_a_backup_while_another_connection_writes_is_a_consistent_snapshot(
    db_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, journal_mode: JournalMode
) -> None:
    monkeypatch.setattr("portfolio_app.storage.opening.journal_mode_for", lambda _: journal_mode)
    opened = open_database(db_path, create=True)
    try:
        fill(db_path, partners=3, notes=2)
        committed = dump(db_path)
        with closing(sqlite3.connect(db_path, isolation_level=None, timeout=5)) as writer:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("UPDATE communication_note SET body = 'half-done'")
            writer.execute("DELETE FROM communication_note WHERE id > 2")

            info = create_backup(db_path, folder, reason="auto", now=NOW)

            writer.execute("COMMIT")
        assert counts(db_path) == (3, 2)
    finally:
        opened.close()

    assert dump(info.path) == committed
    assert info.counts["notes"] == 6


def test_a_backup_of_a_closed_database_creates_no_sidecars(database: Path, folder: Path) -> None:
    create_backup(database, folder, reason="auto", now=NOW)

    assert files_in(database.parent) == ["backups", database.name]


def test_a_backup_while_the_app_has_the_file_open_sees_every_commit(
    db_path: Path, folder: Path
) -> None:
    opened = open_database(db_path, create=True)
    try:
        fill(db_path, partners=2, notes=1)  # stays in the -wal: the app holds the file open

        info = create_backup(db_path, folder, reason="manual", now=NOW)
    finally:
        opened.close()

    assert info.counts["partners"] == 2
    assert dump(info.path) == dump(db_path)


@POSIX_ONLY
def test_backups_are_owner_only_in_an_owner_only_folder(database: Path, folder: Path) -> None:
    previous = os.umask(0o022)
    try:
        info = create_backup(database, folder, reason="auto", now=NOW)
    finally:
        os.umask(previous)

    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


# --- verify_database_file: untrusted input ---------------------------------------------


def test_a_backup_verifies_with_its_counts(made: BackupInfo) -> None:
    assert verify_database_file(made.path) == made.counts


def test_a_file_from_before_the_application_id_verifies(made: BackupInfo, tmp_path: Path) -> None:
    older = modified_copy(made.path, tmp_path / "old.sqlite3", "PRAGMA application_id = 0")

    assert verify_database_file(older) == made.counts


@pytest.mark.parametrize(
    ("statements", "reason"),
    [
        (
            [
                "CREATE TRIGGER wipe AFTER INSERT ON partner BEGIN "
                "DELETE FROM communication_note; END"
            ],
            "trigger",
        ),
        (["CREATE VIEW partner_names AS SELECT name FROM partner"], "view"),
        (["PRAGMA application_id = 1234"], "application_id"),
        (["UPDATE alembic_version SET version_num = 'ffff9999'"], "ffff9999"),
        (["DELETE FROM alembic_version"], "alembic_version"),
        (["CREATE TABLE extra (x)"], "extra"),
        (["DROP TABLE goal_update"], "missing ['goal_update']"),
        (["CREATE INDEX sneaky ON partner (name)"], "sneaky"),
    ],
)
def test_a_file_that_is_not_a_plain_backup_of_ours_is_invalid(
    made: BackupInfo, tmp_path: Path, statements: list[str], reason: str
) -> None:
    crafted = modified_copy(made.path, tmp_path / "crafted.sqlite3", *statements)

    assert reason in refusal(crafted).detail


def test_a_virtual_table_is_invalid(made: BackupInfo, tmp_path: Path) -> None:
    target = tmp_path / "virtual.sqlite3"
    try:
        modified_copy(made.path, target, "CREATE VIRTUAL TABLE partner_fts USING fts5(name)")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no FTS5")

    assert "virtual" in refusal(target).detail


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", b"SQLite format 3\x00", b"SQLite format 3\x00" + b"\x00" * 5000],
)
def test_garbage_is_invalid(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(content)

    refusal(path)


def test_a_truncated_backup_is_invalid(made: BackupInfo, tmp_path: Path) -> None:
    path = tmp_path / "truncated.sqlite3"
    path.write_bytes(made.path.read_bytes()[: made.size // 2])

    refusal(path)


def test_a_missing_file_is_invalid(tmp_path: Path) -> None:
    refusal(tmp_path / "missing.sqlite3")


def test_verifying_creates_no_files_and_changes_none(made: BackupInfo) -> None:
    before = digest(made.path)

    verify_database_file(made.path)

    assert digest(made.path) == before
    assert files_in(made.path.parent) == [made.path.name]


# --- list_backups -------------------------------------------------------------------------


def test_backups_are_listed_newest_first_and_other_files_ignored(
    database: Path, folder: Path
) -> None:
    older = create_backup(database, folder, reason="manual", now=NOW - timedelta(days=3))
    newer = create_backup(database, folder, reason="auto", now=NOW)
    (folder / "notes.txt").write_text("not a backup")
    (folder / "portfolio-20261130-000000-auto.sqlite3").write_bytes(b"unreadable garbage")

    assert list_backups(folder) == [newer, older]


def test_a_missing_folder_has_no_backups(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "missing") == []


# --- needs_automatic_backup ---------------------------------------------------------------


@pytest.fixture
def live(db_path: Path) -> Iterator[OpenDatabase]:
    opened = open_database(db_path, create=True)
    fill(db_path, partners=2, notes=1)
    yield opened
    opened.close()


def test_a_backup_is_due_when_there_is_none(live: OpenDatabase, folder: Path) -> None:
    assert needs_automatic_backup(live.path, folder, now=NOW)


def test_no_backup_is_due_within_a_day(live: OpenDatabase, folder: Path) -> None:
    create_backup(live.path, folder, reason="auto", now=NOW)
    fill(live.path, partners=1, first=100)

    assert not needs_automatic_backup(live.path, folder, now=NOW + timedelta(hours=23))


def test_no_backup_is_due_for_unchanged_data(live: OpenDatabase, folder: Path) -> None:
    create_backup(live.path, folder, reason="auto", now=NOW)

    assert not needs_automatic_backup(live.path, folder, now=NOW + timedelta(days=30))


@pytest.mark.parametrize(
    "change",
    [
        "INSERT INTO tag (name, name_key, created_at, updated_at) "
        "VALUES ('Neu', 'neu', '2026-11-30 08:00:00', '2026-11-30 08:00:00')",
        "UPDATE partner SET name = 'Renamed', updated_at = '2026-11-30 08:00:00' WHERE id = 1",
        "DELETE FROM communication_note WHERE id = 1",
        "INSERT INTO partner_tag (partner_id, tag_id) SELECT 1, id FROM tag",
    ],
)
def test_a_backup_is_due_a_day_later_when_data_changed(
    live: OpenDatabase, folder: Path, change: str
) -> None:
    with closing(sqlite3.connect(live.path, isolation_level=None)) as connection:
        connection.execute(
            "INSERT INTO tag (name, name_key, created_at, updated_at) "
            "VALUES ('Alt', 'alt', '2026-11-29 08:00:00', '2026-11-29 08:00:00')"
        )
    create_backup(live.path, folder, reason="auto", now=NOW)
    with closing(sqlite3.connect(live.path, isolation_level=None)) as connection:
        connection.execute(change)

    assert needs_automatic_backup(live.path, folder, now=NOW + timedelta(days=1))


def test_an_unreadable_newest_backup_does_not_count(live: OpenDatabase, folder: Path) -> None:
    create_backup(live.path, folder, reason="auto", now=NOW - timedelta(days=2))
    (folder / "portfolio-20261129-101500-auto.sqlite3").write_bytes(b"garbage")

    assert not needs_automatic_backup(live.path, folder, now=NOW)
    fill(live.path, partners=1, first=100)
    assert needs_automatic_backup(live.path, folder, now=NOW)


def test_a_new_empty_database_needs_its_first_backup(db_path: Path, folder: Path) -> None:
    new_database(db_path)

    assert needs_automatic_backup(db_path, folder, now=NOW)
