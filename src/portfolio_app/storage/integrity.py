"""Integrity checks, the unclean-shutdown marker, a clean close, moving damage aside."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.database import connect_reader
from portfolio_app.storage.files import (
    PRIVATE_FILE_MODE,
    aside_path,
    fsync_folder,
    move_with_sidecars,
    remove_quietly,
    sidecars,
)

logger = logging.getLogger(__name__)

MARKER_SUFFIX = ".open"
_MAX_MESSAGES = 100


@dataclass(frozen=True)
class IntegrityResult:
    """What a check found: ``messages`` is empty when ``ok``."""

    ok: bool
    messages: tuple[str, ...]
    full: bool


def check_integrity(path: Path, *, full: bool) -> IntegrityResult:
    """Check ``path`` read-only: ``integrity_check`` if ``full``, else ``quick_check``.

    Foreign-key violations count as failures too. A file SQLite cannot read at all is a
    failure with SQLite's message. Only a hot journal left by a crash is rolled back
    first (SQLite's own recovery; see :func:`connect_reader`).
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(connect_reader(path)) as connection:
            found = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}({_MAX_MESSAGES})")]
            messages = [] if found == ["ok"] else found
            messages += [
                f"foreign key: {table} row {rowid} refers to a missing {parent} row"
                for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check")
            ][:_MAX_MESSAGES]
    except sqlite3.Error as error:
        messages = [f"{type(error).__name__}: {error}"]
    if messages:
        logger.warning("%s of %s failed: %s", pragma, path, messages[:5])
    return IntegrityResult(not messages, tuple(messages), full)


def marker_path(database: Path) -> Path:
    """The unclean-shutdown marker of ``database``: ``<name>.open``."""
    return database.with_name(database.name + MARKER_SUFFIX)


class SessionMarker:
    """A file beside the database that exists exactly while a session has it open.

    Finding it at start means the previous session did not end cleanly (crash, kill,
    power cut), so a full integrity check is due. A second live instance could leave the
    same trace; the app's single-instance lock rules that out.
    """

    def __init__(self) -> None:
        self._path: Path | None = None
        self._created = False

    @property
    def active(self) -> bool:
        """Whether a session is running (started, not finished or abandoned)."""
        return self._path is not None

    def start(self, database: Path) -> bool:
        """Create the marker; return whether the last session ended uncleanly.

        Also unclean: a non-empty ``-wal`` or ``-journal`` (a clean close truncates the
        log and a finished transaction deletes the journal).
        """
        path = marker_path(database)
        existed = path.exists()
        unclean = existed or any(
            sidecar.exists() and sidecar.stat().st_size > 0
            for sidecar in (sidecars(database)[0], sidecars(database)[2])
        )
        if not existed:
            _write_marker(path)
        self._path, self._created = path, not existed
        return unclean

    def finish(self) -> None:
        """Remove the marker: this session ended cleanly."""
        if self._path is not None:
            remove_quietly(self._path)
            self._path = None

    def abandon(self) -> None:
        """Undo :meth:`start` after the open failed: remove the marker only if we made it."""
        if self._path is not None and self._created:
            remove_quietly(self._path)
        self._path = None


def _write_marker(path: Path) -> None:
    """Create the marker durably (it must survive the power cut it is meant to reveal)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        os.write(descriptor, f"{os.getpid()} {datetime.now(UTC).isoformat()}\n".encode())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    fsync_folder(path.parent)


def checkpoint_and_close(engine: Engine) -> None:
    """Fold the write-ahead log into the file and release every connection.

    ``wal_checkpoint(TRUNCATE)`` leaves the database file complete on its own, so a copy
    of it alone (by the user, a sync client) misses nothing. A no-op in rollback mode.
    """
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                logger.warning("checkpoint incomplete: a connection is still reading")
    except (SQLAlchemyError, sqlite3.Error) as error:
        logger.warning("checkpoint on close failed: %s", error)
    finally:
        engine.dispose()


def move_aside(database: Path, *, now: datetime, label: str = "damaged") -> Path:
    """Rename ``database`` and its sidecars to ``<name>.<label>-YYYYMMDD-HHMMSS`` (UTC).

    The moved files stay together, so the moved database still opens with its log.

    Raises:
        StorageError: ``db.move_failed``; nothing was moved then.
    """
    if not database.is_file():
        raise StorageError("db.move_failed", f"{database}: no such file")
    destination = aside_path(database, label, now)
    try:
        return move_with_sidecars(database, destination)
    except OSError as error:
        raise StorageError("db.move_failed", f"{database}: {error}") from error
