"""check_integrity, the unclean-shutdown marker, a clean close, moving damage aside."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.integrity import (
    SessionMarker,
    check_integrity,
    checkpoint_and_close,
    marker_path,
    move_aside,
)
from portfolio_app.storage.opening import open_database
from tests.integration.safety_data import (
    counts,
    crash_after,
    digest,
    dump,
    files_in,
    fill,
    filled_database,
    new_database,
    opened,
)

NOW = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
PAGE = 4096


@pytest.fixture
def populated(db_path: Path) -> Path:
    """Enough rows for many b-tree pages (about 1.3 MB)."""
    return filled_database(db_path, partners=40, notes=25, body=1000)


def corrupted_copy(source: Path, target: Path) -> Path:
    """A copy with one page in the middle of the note table overwritten."""
    shutil.copyfile(source, target)
    with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'communication_note'"
        ).fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    victim = (root + pages) // 2  # well inside the file, past the schema
    with target.open("r+b") as stream:
        stream.seek((victim - 1) * PAGE + 8)
        stream.write(bytes(range(256)) * ((PAGE - 16) // 256))
    return target


def test_a_sound_file_passes_both_checks(populated: Path) -> None:
    quick = check_integrity(populated, full=False)
    full = check_integrity(populated, full=True)

    assert (quick.ok, quick.messages, quick.full) == (True, (), False)
    assert (full.ok, full.messages, full.full) == (True, (), True)


def test_checking_changes_no_byte_and_creates_no_file(populated: Path) -> None:
    before = (digest(populated), files_in(populated.parent))

    check_integrity(populated, full=True)

    assert (digest(populated), files_in(populated.parent)) == before


@pytest.mark.parametrize("full", [False, True], ids=["quick", "full"])
def test_a_corrupted_copy_is_detected(populated: Path, tmp_path: Path, full: bool) -> None:
    damaged = corrupted_copy(populated, tmp_path / "damaged.sqlite3")

    result = check_integrity(damaged, full=full)

    assert not result.ok
    assert result.messages


def test_opening_a_corrupted_copy_is_refused_without_changing_it(
    populated: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    damaged = corrupted_copy(populated, folder / "portfolio.sqlite3")
    before = digest(damaged)

    with pytest.raises(StorageError) as caught:
        open_database(damaged, create=False)

    assert caught.value.code == "db.corrupt"
    assert digest(damaged) == before
    assert files_in(folder) == [damaged.name]


def test_a_broken_foreign_key_fails_the_check(populated: Path) -> None:
    with closing(sqlite3.connect(populated)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE communication_note SET partner_id = 999 WHERE id = 1")
        connection.commit()

    result = check_integrity(populated, full=False)

    assert not result.ok
    assert result.messages == (
        "foreign key: communication_note row 1 refers to a missing partner row",
    )


def test_a_file_sqlite_cannot_read_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    result = check_integrity(path, full=False)

    assert not result.ok
    assert "DatabaseError" in result.messages[0]


def test_a_hot_journal_left_by_a_crash_is_rolled_back_before_checking(db_path: Path) -> None:
    filled_database(db_path, partners=3)
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    crash_after(
        db_path,
        "PRAGMA cache_size = 1",
        "BEGIN",
        "UPDATE communication_note SET body = randomblob(3000)",
        journal_mode="DELETE",
    )
    assert db_path.with_name(db_path.name + "-journal").stat().st_size > 0

    result = check_integrity(db_path, full=True)

    assert result.ok
    assert counts(db_path) == (3, 12)


# --- the session marker -------------------------------------------------------------------


def test_a_clean_session_leaves_no_marker_and_the_next_start_is_clean(db_path: Path) -> None:
    first = open_database(db_path, create=True)
    assert marker_path(db_path).exists()
    first.close()
    assert not marker_path(db_path).exists()

    second = open_database(db_path, create=False)
    second.close()

    assert (first.unclean_shutdown, second.unclean_shutdown) == (False, False)
    assert (second.integrity.wait().ok, second.integrity.wait().full) == (True, False)


def test_a_left_marker_means_an_unclean_shutdown_and_a_full_check(db_path: Path) -> None:
    new_database(db_path)
    marker_path(db_path).write_text("4711 2026-11-28T22:00:00+00:00\n")

    database = opened(db_path)
    database.close()

    assert database.unclean_shutdown
    assert (database.integrity.wait().ok, database.integrity.wait().full) == (True, True)
    assert not marker_path(db_path).exists()


def test_a_non_empty_log_means_an_unclean_shutdown(db_path: Path) -> None:
    new_database(db_path)
    crash_after(
        db_path,
        "INSERT INTO tag (name, name_key, created_at, updated_at) "
        "VALUES ('committed', 'committed', '2026-11-29', '2026-11-29')",
    )

    database = opened(db_path)
    try:
        with database.engine.connect() as connection:
            tags = connection.exec_driver_sql("SELECT name FROM tag").fetchall()
    finally:
        database.close()

    assert database.unclean_shutdown
    assert database.integrity.wait().full
    assert [tuple(row) for row in tags] == [("committed",)]


def test_a_failed_open_removes_only_its_own_marker(populated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    damaged = corrupted_copy(populated, folder / "portfolio.sqlite3")
    marker_path(damaged).write_text("left by a crash\n")

    with pytest.raises(StorageError):
        open_database(damaged, create=False)

    assert marker_path(damaged).read_text() == "left by a crash\n"


def test_the_marker_reports_a_previous_unfinished_session(db_path: Path) -> None:
    new_database(db_path)
    first, second = SessionMarker(), SessionMarker()

    assert first.start(db_path) is False
    assert second.start(db_path) is True
    second.finish()

    assert not marker_path(db_path).exists()
    assert not second.active


def test_closing_twice_is_harmless(db_path: Path) -> None:
    database = open_database(db_path, create=True)

    database.close()
    database.close()

    assert files_in(db_path.parent) == [db_path.name]


# --- clean close and moving aside ---------------------------------------------------------


def test_a_clean_close_leaves_a_self_contained_file(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, create=True)
    fill(db_path, partners=3, notes=2)
    expected = dump(db_path)

    checkpoint_and_close(database.engine)
    database.marker.finish()

    assert files_in(db_path.parent) == [db_path.name]
    alone = tmp_path / "alone" / "copy.sqlite3"
    alone.parent.mkdir()
    shutil.copyfile(db_path, alone)  # the main file only, as a user or sync client would
    assert dump(alone) == expected


def test_move_aside_takes_the_sidecars_along(db_path: Path) -> None:
    new_database(db_path)
    crash_after(
        db_path,
        "INSERT INTO tag (name, name_key, created_at, updated_at) "
        "VALUES ('im Log', 'im log', '2026-11-29', '2026-11-29')",
    )

    moved = move_aside(db_path, now=NOW)

    assert moved.name == "portfolio.sqlite3.damaged-20261129-101500"
    assert files_in(db_path.parent) == [moved.name, moved.name + "-shm", moved.name + "-wal"]
    with closing(sqlite3.connect(moved)) as connection:
        assert connection.execute("SELECT name FROM tag").fetchall() == [("im Log",)]


def test_move_aside_never_overwrites_an_earlier_one(db_path: Path) -> None:
    new_database(db_path)
    first = move_aside(db_path, now=NOW)
    new_database(db_path)

    second = move_aside(db_path, now=NOW, label="damaged")

    assert (first.exists(), second.name) == (True, first.name + "-2")


def test_a_file_that_cannot_be_moved_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        move_aside(tmp_path / "missing.sqlite3", now=NOW)

    assert caught.value.code == "db.move_failed"
