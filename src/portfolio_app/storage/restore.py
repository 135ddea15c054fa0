"""Put a backup in place of the database, keeping the previous file and its sidecars.

The order protects against the two classic restore failures: a stale ``-wal`` replayed
into the restored file (Trilium #1835, Zotero fb20a84ab7), and a half-copied file under
the database's name. The backup is copied and verified beside the database first; then
the old file moves aside *together with* its ``-wal``/``-shm``/``-journal``; only then is
the verified copy renamed into place.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.files import (
    aside_path,
    fsync_file,
    fsync_folder,
    is_disk_full,
    make_private,
    move_with_sidecars,
    private_temp_file,
    remove_quietly,
    sidecars,
)
from portfolio_app.storage.verify import inspect_database_file

logger = logging.getLogger(__name__)

ASIDE_LABEL = "before-restore"
_MARGIN = 1024 * 1024


def restore_backup(backup: Path, database: Path, *, now: datetime) -> Path | None:
    """Replace ``database`` by a verified copy of ``backup``; the engine must be closed.

    Returns:
        Where the previous database went (``<name>.before-restore-YYYYMMDD-HHMMSS``, its
        sidecars beside it with the same suffixes), or ``None`` if there was none.

    Raises:
        StorageError: ``backup.invalid`` (the backup failed verification: untrusted
            input), ``restore.disk_full`` or ``restore.failed``; the database is then
            unchanged.
    """
    temp = _verified_copy(backup, database.parent)
    try:
        previous = None
        if database.exists() or any(sidecar.exists() for sidecar in sidecars(database)):
            previous = move_with_sidecars(database, aside_path(database, ASIDE_LABEL, now))
    except OSError as error:
        remove_quietly(temp)
        raise StorageError("restore.failed", f"{database}: {error}") from error
    try:
        os.replace(temp, database)
    except OSError as error:
        remove_quietly(temp)
        if previous is not None:
            move_with_sidecars(previous, database)
        raise StorageError("restore.failed", f"{database}: {error}") from error
    fsync_folder(database.parent)
    _remove_stray_sidecars(database)
    logger.info("restored %s from %s; previous file at %s", database, backup, previous)
    return previous


def _verified_copy(backup: Path, folder: Path) -> Path:
    """Copy ``backup`` into ``folder`` (owner-only), fsync it, verify the copy's bytes."""
    try:
        needed = backup.stat().st_size + _MARGIN
        if shutil.disk_usage(folder).free < needed:
            raise StorageError("restore.disk_full", f"{folder}: {needed} bytes needed")
        temp = private_temp_file(folder, prefix=".partial-restore-")
    except OSError as error:
        raise StorageError("restore.failed", f"{backup}: {error}") from error
    try:
        with backup.open("rb") as source, temp.open("r+b") as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
        fsync_file(temp)
        make_private(temp)
        inspect_database_file(temp)  # the bytes that go live, not the original
    except OSError as error:
        remove_quietly(temp)
        code = "restore.disk_full" if is_disk_full(error) else "restore.failed"
        raise StorageError(code, f"{backup}: {error}") from error
    except StorageError as error:
        remove_quietly(temp)
        raise StorageError(error.code, f"{backup}: {error.detail}") from error
    return temp


def _remove_stray_sidecars(database: Path) -> None:
    """No log or journal may pair with the restored file (none should exist by now)."""
    for sidecar in sidecars(database):
        if sidecar.exists():
            logger.warning("removing stray %s after the restore", sidecar)
            remove_quietly(sidecar)
