"""Thinning backups: 12 daily, 10 weekly, 9 monthly, Anki-style; some are never deleted."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.backup_names import (
    KEPT_REASONS,
    TEMP_PREFIX,
    NamedBackup,
    named_backups,
)
from portfolio_app.storage.files import fsync_folder
from portfolio_app.storage.verify import verify_database_file

logger = logging.getLogger(__name__)

_STALE_TEMP_SECONDS = 3600


def thin_backups(
    folder: Path, *, now: datetime, daily: int = 12, weekly: int = 10, monthly: int = 9
) -> list[Path]:
    """Delete automatic backups the retention plan does not keep; return what was deleted.

    Newest first, an automatic backup is kept if it is the newest of a day older than the
    last kept one (``daily`` times), else of an ISO week older than the last kept one
    (``weekly`` times), else of a month older than the last kept one (``monthly`` times).
    Manual and pre-migration backups are always kept, and so is the newest backup that
    passes :func:`verify_database_file`. Partial temp files older than an hour go too.
    ``now`` is accepted for a uniform API; the plan depends on the backups' own dates.
    """
    named = named_backups(folder)
    keep = _retained(
        [item for item in named if item.reason not in KEPT_REASONS], daily, weekly, monthly
    )
    keep |= {item.path for item in named if item.reason in KEPT_REASONS}
    doomed = [item.path for item in named if item.path not in keep]
    if doomed:
        newest_good = _newest_verified(named)
        doomed = [path for path in doomed if path != newest_good]
    doomed += _stale_temp_files(folder)
    deleted = []
    for path in doomed:
        try:
            path.unlink()
        except OSError as error:
            logger.warning("could not delete old backup %s: %s", path, error)
        else:
            deleted.append(path)
    if deleted:
        fsync_folder(folder)
    logger.info("thinned %d backups at %s", len(deleted), now.isoformat())
    return deleted


def _retained(autos: list[NamedBackup], daily: int, weekly: int, monthly: int) -> set[Path]:
    keep: set[Path] = set()
    left = [daily, weekly, monthly]
    last: tuple[int, int, int] | None = None
    for item in autos:
        current = _periods(item.created)
        tier = next(
            (
                index
                for index in range(3)
                if left[index] > 0 and (last is None or current[index] < last[index])
            ),
            None,
        )
        if tier is not None:
            left[tier] -= 1
            keep.add(item.path)
            last = current
    return keep


def _periods(created: datetime) -> tuple[int, int, int]:
    """(day, ISO week, month) of ``created`` as sortable numbers."""
    day = created.date()
    iso = day.isocalendar()
    return day.toordinal(), iso.year * 100 + iso.week, day.year * 100 + day.month


def _newest_verified(named: list[NamedBackup]) -> Path | None:
    for item in named:
        try:
            verify_database_file(item.path)
        except StorageError:
            continue
        return item.path
    return None


def _stale_temp_files(folder: Path) -> list[Path]:
    limit = time.time() - _STALE_TEMP_SECONDS
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*.tmp"))
    except OSError:
        return []
    return [path for path in candidates if path.stat().st_mtime < limit]
