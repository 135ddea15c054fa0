"""restore_backup: verified copy, old file and sidecars aside together, no stale log."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

import pytest

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.backup import BackupInfo, create_backup, default_backup_folder
from portfolio_app.storage.restore import restore_backup
from tests.integration.safety_data import (
    counts,
    crash_after,
    digest,
    dump,
    files_in,
    fill,
    filled_database,
    opened,
)

NOW = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
LATER = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
ASIDE = "portfolio.sqlite3.before-restore-20261203-080000"


@pytest.fixture
def backup(db_path: Path) -> BackupInfo:
    filled_database(db_path, partners=4, notes=3)
    return create_backup(db_path, default_backup_folder(db_path), reason="manual", now=NOW)


def restore(backup: Path, database: Path) -> Path | None:
    return restore_backup(backup, database, now=LATER)


def test_a_restore_brings_back_every_record_of_the_backup(
    backup: BackupInfo, db_path: Path
) -> None:
    expected = dump(backup.path)
    fill(db_path, partners=2, notes=1, first=50)
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("DELETE FROM communication_note WHERE partner_id = 1")
        connection.commit()

    restore(backup.path, db_path)

    assert dump(db_path) == expected
    database = opened(db_path)
    try:
        assert database.integrity.wait().ok
    finally:
        database.close()
    assert counts(db_path) == (4, 12)


def test_the_previous_file_is_kept_beside_it(backup: BackupInfo, db_path: Path) -> None:
    fill(db_path, partners=1, first=50)
    previous_content = dump(db_path)

    moved = restore(backup.path, db_path)

    assert moved == db_path.with_name(ASIDE)
    assert dump(moved) == previous_content
    assert files_in(db_path.parent) == sorted([db_path.name, ASIDE, "backups"])


def test_the_previous_file_moves_together_with_its_log(backup: BackupInfo, db_path: Path) -> None:
    crash_after(
        db_path,
        "INSERT INTO tag (name, name_key, created_at, updated_at) "
        "VALUES ('nur im Log', 'nur im log', '2026-12-01', '2026-12-01')",
    )
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    moved = restore(backup.path, db_path)

    assert moved is not None
    assert sorted(path.name for path in db_path.parent.glob(ASIDE + "*")) == [
        ASIDE,
        ASIDE + "-shm",
        ASIDE + "-wal",
    ]
    with closing(sqlite3.connect(moved)) as connection:  # the log pairs with its own file
        tags = connection.execute("SELECT name FROM tag").fetchall()
    assert tags == [("nur im Log",)]


def test_a_stale_log_of_another_database_never_mixes_into_the_restored_file(
    backup: BackupInfo, db_path: Path, tmp_path: Path
) -> None:
    other = filled_database(tmp_path / "other" / "portfolio.sqlite3", partners=9, notes=1)
    crash_after(other, "DELETE FROM communication_note", "UPDATE partner SET name = 'FREMD'")
    for suffix in ("-wal", "-shm"):
        shutil.copyfile(
            other.with_name(other.name + suffix), db_path.with_name(db_path.name + suffix)
        )
    expected = dump(backup.path)

    restore(backup.path, db_path)

    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert not db_path.with_name(db_path.name + "-shm").exists()
    assert dump(db_path) == expected
    database = opened(db_path)
    try:
        assert database.integrity.wait().ok
    finally:
        database.close()
    assert dump(db_path) == expected


def test_restoring_where_no_database_is_left_just_puts_the_backup_there(
    backup: BackupInfo, db_path: Path
) -> None:
    db_path.unlink()

    assert restore(backup.path, db_path) is None
    assert dump(db_path) == dump(backup.path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_restored_file_is_owner_only(backup: BackupInfo, db_path: Path) -> None:
    backup.path.chmod(0o644)

    restore(backup.path, db_path)

    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_an_invalid_backup_is_refused_and_nothing_changes(
    backup: BackupInfo, db_path: Path, tmp_path: Path
) -> None:
    crafted = tmp_path / "crafted.sqlite3"
    shutil.copyfile(backup.path, crafted)
    with closing(sqlite3.connect(crafted)) as connection:
        connection.execute(
            "CREATE TRIGGER steal AFTER UPDATE ON partner BEGIN DELETE FROM partner; END"
        )
        connection.commit()
    before = (digest(db_path), files_in(db_path.parent))

    with pytest.raises(StorageError) as caught:
        restore(crafted, db_path)

    assert caught.value.code == "backup.invalid"
    assert (digest(db_path), files_in(db_path.parent)) == before


def test_a_missing_backup_is_refused(db_path: Path, tmp_path: Path) -> None:
    filled_database(db_path)
    before = files_in(db_path.parent)

    with pytest.raises(StorageError) as caught:
        restore(tmp_path / "missing.sqlite3", db_path)

    assert caught.value.code == "restore.failed"
    assert files_in(db_path.parent) == before


def test_too_little_space_for_the_copy_is_reported_and_nothing_changes(
    backup: BackupInfo, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Usage(NamedTuple):
        total: int
        used: int
        free: int

    before = (digest(db_path), files_in(db_path.parent))
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10**9, 10**9 - 10, 10))

    with pytest.raises(StorageError) as caught:
        restore(backup.path, db_path)

    assert caught.value.code == "restore.disk_full"
    assert (digest(db_path), files_in(db_path.parent)) == before


def test_every_retained_backup_restores(db_path: Path, tmp_path: Path) -> None:
    """The restore drill: each backup in the folder restores to exactly its content."""
    filled_database(db_path, partners=1)
    folder = default_backup_folder(db_path)
    made = []
    for day in range(1, 4):
        fill(db_path, partners=1, first=100 + day)
        made.append(create_backup(db_path, folder, reason="auto", now=NOW.replace(day=day)))
    drill = tmp_path / "drill" / "portfolio.sqlite3"
    drill.parent.mkdir()

    for info in made:
        restore_backup(info.path, drill, now=info.created)
        assert dump(drill) == dump(info.path)
        assert counts(drill)[0] == info.counts["partners"]


def test_negative_control_a_plain_copy_over_the_file_lets_the_stale_log_mix_in(
    backup: BackupInfo, db_path: Path, tmp_path: Path
) -> None:
    """Shows that the stale-log test above can fail: the naive restore goes wrong."""
    other = filled_database(tmp_path / "other" / "portfolio.sqlite3", partners=9, notes=1)
    crash_after(other, "DELETE FROM communication_note", "UPDATE partner SET name = 'FREMD'")
    for suffix in ("-wal", "-shm"):
        shutil.copyfile(
            other.with_name(other.name + suffix), db_path.with_name(db_path.name + suffix)
        )

    shutil.copyfile(backup.path, db_path)  # what a naive restore does

    try:
        mixed = dump(db_path)
    except sqlite3.DatabaseError:
        return  # "malformed": mixed in and broken
    assert mixed != dump(backup.path)
