"""Verified backups: consistent snapshots, written atomically, thinned Anki-style.

A backup is ``VACUUM INTO`` a private temp file next to its destination (a consistent
snapshot even while the app holds connections, in rollback-journal mode so it opens from
read-only media), fsynced, verified like any untrusted file, then renamed into place.
Nothing partial is ever left under a backup's name.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.backup_names import (
    REASONS,
    TEMP_PREFIX,
    free_backup_path,
    named_backups,
    parse_backup_name,
)
from portfolio_app.storage.database import connect_reader, connect_untrusted
from portfolio_app.storage.files import (
    ensure_private_folder,
    fsync_file,
    fsync_folder,
    is_disk_full,
    make_private,
    private_temp_file,
    remove_quietly,
    sidecars,
)
from portfolio_app.storage.retention import thin_backups as thin_backups
from portfolio_app.storage.verify import (
    content_fingerprint,
    inspect_database_file,
    record_counts,
)
from portfolio_app.storage.verify import verify_database_file as verify_database_file

logger = logging.getLogger(__name__)

FREE_SPACE_MARGIN = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was made, what it holds."""

    path: Path
    created: datetime
    reason: str
    counts: dict[str, int]
    size: int
    revision: str | None


def default_backup_folder(database: Path) -> Path:
    """Where a database's backups go unless the user chose another folder."""
    return database.parent / "backups"


def create_backup(
    database: Path, folder: Path, *, reason: str, now: datetime, target: Path | None = None
) -> BackupInfo:
    """Write a verified snapshot of ``database`` into ``folder`` (or exactly to ``target``).

    The name is ``<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite3`` in UTC. The file is owner-only.

    Raises:
        StorageError: ``backup.exists`` (``target`` is taken), ``backup.disk_full`` (not
            enough space, checked before and detected while writing), ``backup.failed``
            (anything else); no partial file is left.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    destination = target.parent if target is not None else folder
    if target is not None and target.exists():
        raise StorageError("backup.exists", str(target))
    try:
        if target is None:
            ensure_private_folder(folder)
        _check_free_space(database, destination)
        temp = private_temp_file(destination, prefix=TEMP_PREFIX)
    except OSError as error:
        raise _failure(error, destination) from error
    try:
        _snapshot(database, temp)
        fsync_file(temp)
        verified = inspect_database_file(temp)
        final = target if target is not None else free_backup_path(folder, database, reason, now)
        _publish(temp, final)
        make_private(final)
        fsync_folder(destination)
    except StorageError as error:
        remove_quietly(temp)
        if error.code == "backup.invalid":
            detail = f"the new backup failed its check: {error.detail}"
            raise StorageError("backup.failed", detail) from error
        raise
    except (OSError, sqlite3.Error) as error:
        remove_quietly(temp)
        raise _failure(error, database) from error
    created = now.astimezone(UTC) if target is not None else parse_backup_name(final.name)[0]
    logger.info("backup %s written (%s)", final, reason)
    return BackupInfo(
        final, created, reason, verified.counts, final.stat().st_size, verified.revision
    )


def _check_free_space(database: Path, destination: Path) -> None:
    needed = sum(path.stat().st_size for path in (database, sidecars(database)[0]) if path.exists())
    needed += FREE_SPACE_MARGIN
    free = shutil.disk_usage(destination).free
    if free < needed:
        raise StorageError("backup.disk_full", f"{destination}: {free} bytes free, {needed} needed")


def _snapshot(database: Path, temp: Path) -> None:
    """``VACUUM INTO`` the (empty, private) temp file: one consistent read transaction."""
    with closing(connect_reader(database)) as connection:
        connection.execute("VACUUM INTO ?", (str(temp),))


def _publish(temp: Path, final: Path) -> None:
    """Give ``temp`` the name ``final``, never replacing a file that appeared meanwhile."""
    try:
        os.link(temp, final)
    except FileExistsError as error:
        raise StorageError("backup.exists", str(final)) from error
    except OSError:  # no hard links here (FAT/exFAT sticks, some shares): rename instead
        if final.exists():
            raise StorageError("backup.exists", str(final)) from None
        os.rename(temp, final)
        return
    temp.unlink()


def _failure(error: BaseException, where: Path) -> StorageError:
    code = "backup.disk_full" if is_disk_full(error) else "backup.failed"
    return StorageError(code, f"{where}: {error}")


def list_backups(folder: Path) -> list[BackupInfo]:
    """Readable backups in ``folder``, newest first (cheap read, no integrity check).

    Files not named like backups are ignored; files that cannot be read are skipped.
    """
    found = []
    for named in named_backups(folder):
        try:
            with closing(connect_untrusted(named.path)) as connection:
                counts = record_counts(connection)
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            size = named.path.stat().st_size
        except (sqlite3.Error, OSError) as error:
            logger.warning("skipping unreadable backup %s: %s", named.path, error)
            continue
        revision = str(row[0]) if row else None
        found.append(BackupInfo(named.path, named.created, named.reason, counts, size, revision))
    return found


def needs_automatic_backup(database: Path, folder: Path, *, now: datetime) -> bool:
    """Whether an automatic backup is due.

    True when there is no readable backup, or the newest is a day old or older and the
    data changed since (by :func:`content_fingerprint`; an unchanged file is not backed up
    again, Zotero #6027).
    """
    for named in named_backups(folder):
        try:
            with closing(connect_untrusted(named.path)) as connection:
                saved = content_fingerprint(connection)
        except sqlite3.Error:
            continue
        if now - named.created < timedelta(days=1):
            return False
        try:
            with closing(connect_reader(database)) as connection:
                return content_fingerprint(connection) != saved
        except sqlite3.Error as error:
            logger.warning("cannot fingerprint %s: %s", database, error)
            return True
    return True
