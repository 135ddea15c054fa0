"""File-system helpers for data safety: owner-only modes, fsync, sidecars, atomic moves.

SQLite keeps a database in up to four files: the main file and its ``-wal``, ``-shm`` and
``-journal`` sidecars. Pairing a database with another file's sidecar corrupts it, so
every move here takes the sidecars along and every swap removes stale ones first.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")

_POSIX = os.name == "posix"
_DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code
)
# SQLITE_FULL, and SQLITE_IOERR_WRITE: what a write past RLIMIT_FSIZE or a quota reports.
_DISK_FULL_SQLITE = frozenset({"SQLITE_FULL", "SQLITE_IOERR_WRITE"})


def sidecars(database: Path) -> tuple[Path, ...]:
    """The ``-wal``, ``-shm`` and ``-journal`` paths that belong to ``database``."""
    return tuple(database.with_name(database.name + suffix) for suffix in SIDECAR_SUFFIXES)


def make_private(path: Path) -> None:
    """Give ``path`` the owner-only mode 0600 (no-op outside POSIX)."""
    if _POSIX:
        path.chmod(PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner; fails if it exists already."""
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(descriptor)


def private_temp_file(folder: Path, *, prefix: str) -> Path:
    """An empty owner-only file with a unique name in ``folder`` (mkstemp uses 0600)."""
    descriptor, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(descriptor)
    return Path(name)


def ensure_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing; a folder made here gets mode 0700."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, mode=PRIVATE_FOLDER_MODE, exist_ok=True)
    if _POSIX:
        folder.chmod(PRIVATE_FOLDER_MODE)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s contents to the disk (on macOS through the drive cache too)."""
    descriptor = os.open(path, os.O_RDONLY if _POSIX else os.O_RDWR)
    try:
        _full_sync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Make renames and deletions in ``folder`` durable (POSIX; Windows has no such call)."""
    if not _POSIX:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        _full_sync(descriptor)
    finally:
        os.close(descriptor)


def free_name(path: Path) -> Path:
    """``path`` itself if nothing is there, else the first free ``name-2``, ``name-3`` and so on."""
    if not _taken(path):
        return path
    number = 2
    while _taken(candidate := path.with_name(f"{path.name}-{number}")):
        number += 1
    return candidate


def aside_path(database: Path, label: str, now: datetime) -> Path:
    """A free name beside ``database`` to move it aside to.

    For example ``portfolio.sqlite3.damaged-20261129-101500`` (UTC time).
    """
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return free_name(database.with_name(f"{database.name}.{label}-{stamp}"))


def move_with_sidecars(database: Path, destination: Path) -> Path:
    """Rename ``database`` and its existing sidecars to ``destination`` (+ same suffixes).

    The pair stays openable under the new name because SQLite finds sidecars by name.
    If one rename fails, the ones already done are undone before the error propagates.

    Raises:
        OSError: A file could not be moved; everything is back where it was.
    """
    pairs = [(database, destination)] + [
        (sidecar, destination.with_name(destination.name + suffix))
        for sidecar, suffix in zip(sidecars(database), SIDECAR_SUFFIXES, strict=True)
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            if source.exists():
                if target.exists():
                    raise FileExistsError(errno.EEXIST, "destination exists", str(target))
                os.replace(source, target)
                done.append((source, target))
    except OSError:
        for source, target in reversed(done):
            os.replace(target, source)
        raise
    fsync_folder(database.parent)
    if destination.parent != database.parent:
        fsync_folder(destination.parent)
    return destination


def remove_quietly(path: Path) -> None:
    """Delete ``path`` if it exists; log instead of raising (cleanup after a failure)."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        logger.warning("could not remove %s: %s", path, error)


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error`` means the disk (or the file size limit) is full."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorname", "") in _DISK_FULL_SQLITE or (
            "disk is full" in str(error)
        )
    return isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS


def _taken(path: Path) -> bool:
    return path.exists() or any(sidecar.exists() for sidecar in sidecars(path))


def _full_sync(descriptor: int) -> None:
    if sys.platform == "darwin":
        import fcntl  # POSIX only; imported here so Windows never needs it

        try:
            fcntl.fcntl(descriptor, fcntl.F_FULLFSYNC)
        except OSError:
            os.fsync(descriptor)  # some file systems (e.g. SMB) lack F_FULLFSYNC
        else:
            return
    os.fsync(descriptor)
