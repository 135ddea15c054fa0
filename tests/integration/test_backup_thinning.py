"""thin_backups: the 12 daily / 10 weekly / 9 monthly plan over a 400-day history."""

from __future__ import annotations

import os
import shutil
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from portfolio_app.storage.backup import create_backup, thin_backups
from tests.integration.safety_data import files_in, filled_database

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)  # a Sunday


def name(day: date, reason: str = "auto", at: str = "101500") -> str:
    return f"portfolio-{day:%Y%m%d}-{at}-{reason}.sqlite3"


def history(folder: Path, days: int = 400) -> list[str]:
    """One automatic backup per day for ``days`` days up to NOW; cheap empty files."""
    folder.mkdir(exist_ok=True)
    names = [name(NOW.date() - timedelta(days=back)) for back in range(days)]
    for each in names:
        (folder / each).touch()
    return names


@pytest.fixture
def real_backup(tmp_path: Path) -> Path:
    """A genuine, verifiable backup file to copy under other names."""
    database = filled_database(tmp_path / "source" / "portfolio.sqlite3", partners=1, notes=1)
    return create_backup(database, tmp_path / "made", reason="auto", now=NOW).path


# Newest first, each backup is offered to the daily, then the weekly, then the monthly tier
# (Anki's BackupFilter); a tier takes it if its period is older than the last kept one's.
EXPECTED_KEPT = [
    # 12 daily: the newest of each of the last 12 days
    *[date(2026, 11, day) for day in range(18, 30)],
    # 10 weekly: the newest (Sunday) of each older ISO week, from 2026-W46 down
    *[date(2026, 11, 15), date(2026, 11, 8), date(2026, 11, 1)],
    *[date(2026, 10, 25), date(2026, 10, 18), date(2026, 10, 11), date(2026, 10, 4)],
    *[date(2026, 9, 27), date(2026, 9, 20), date(2026, 9, 13)],
    # 9 monthly: a month's last day where it opens an older month than the last kept one
    # (31 Oct and 30 Sep fall in an already kept week), then one per month down to February
    date(2026, 10, 31),
    date(2026, 9, 30),
    *[date(2026, 8, 31), date(2026, 7, 31), date(2026, 6, 30), date(2026, 5, 31)],
    *[date(2026, 4, 30), date(2026, 3, 31), date(2026, 2, 28)],
]


def test_a_400_day_history_is_thinned_to_12_daily_10_weekly_9_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = history(folder)

    deleted = thin_backups(folder, now=NOW)

    kept = sorted(name(day) for day in EXPECTED_KEPT)
    assert files_in(folder) == kept
    assert sorted(path.name for path in deleted) == sorted(set(made) - set(kept))
    assert len(kept) == 31


def test_thinning_twice_deletes_nothing_more(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    history(folder)
    thin_backups(folder, now=NOW)

    assert thin_backups(folder, now=NOW) == []


def test_of_several_backups_a_day_the_newest_is_kept(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    day = NOW.date()
    for at in ("080000", "120000", "170000"):
        (folder / name(day, at=at)).touch()

    thin_backups(folder, now=NOW)

    assert files_in(folder) == [name(day, at="170000")]


def test_manual_and_pre_migration_backups_are_never_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    history(folder)
    old = NOW.date() - timedelta(days=399)
    keepers = [name(old, "manual"), name(old, "pre-migration"), name(NOW.date(), "manual")]
    for each in keepers:
        (folder / each).touch()

    thin_backups(folder, now=NOW, daily=0, weekly=0, monthly=0)

    assert files_in(folder) == sorted(keepers)


def test_the_newest_verified_backup_survives_even_outside_the_plan(
    tmp_path: Path, real_backup: Path
) -> None:
    folder = tmp_path / "backups"
    history(folder, days=10)  # all empty files: none of them verifies
    good = folder / name(NOW.date() - timedelta(days=20))
    shutil.copyfile(real_backup, good)
    older_good = folder / name(NOW.date() - timedelta(days=30))
    shutil.copyfile(real_backup, older_good)

    thin_backups(folder, now=NOW, daily=1, weekly=0, monthly=0)

    assert files_in(folder) == sorted([name(NOW.date()), good.name])


def test_files_not_named_like_backups_are_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    history(folder, days=3)
    strangers = ["notes.txt", "portfolio.sqlite3", "portfolio-2026-11-01-auto.sqlite3"]
    for each in strangers:
        (folder / each).touch()

    thin_backups(folder, now=NOW, daily=1, weekly=0, monthly=0)

    assert files_in(folder) == sorted([*strangers, name(NOW.date())])


def test_stale_partial_files_are_cleaned_up_but_fresh_ones_are_not(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".partial-backup-abc.tmp"
    stale.touch()
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    fresh = folder / ".partial-backup-def.tmp"  # another process may be writing it now
    fresh.touch()

    deleted = thin_backups(folder, now=NOW)

    assert deleted == [stale]
    assert files_in(folder) == [fresh.name]


def test_a_missing_folder_is_nothing_to_thin(tmp_path: Path) -> None:
    assert thin_backups(tmp_path / "missing", now=NOW) == []
