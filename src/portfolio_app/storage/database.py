"""Opening SQLite files: checks before touching them, engine, pragmas, sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage import search_index
from portfolio_app.storage.files import create_private_file, sidecars
from portfolio_app.storage.pragmas import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from portfolio_app.storage.pragmas import (
    JournalMode,
    apply_pragmas,
    apply_read_pragmas,
    harden_untrusted,
)

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# What a read-only EXCLUSIVE reader gets for a WAL-format file without its -wal.
_NOT_FOR_EXCLUSIVE = ("SQLITE_IOERR", "SQLITE_CANTOPEN")
_RECOVERY_NEEDED = frozenset({"SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY"})


def check_database_file(path: Path, *, create: bool) -> None:
    """Refuse a path that is not an SQLite file we may open, before anything writes to it.

    An empty file counts as a new database. With ``create`` a missing file is allowed
    (its folder is created); without it a missing file is an error.

    Raises:
        StorageError: ``db.not_found``, ``db.not_a_file``, ``db.unreadable``,
            ``db.read_only`` or ``db.not_sqlite``; ``detail`` is the path.
    """
    if not path.exists():
        if not create:
            raise StorageError("db.not_found", str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError("db.unreadable", f"{path}: {error}") from error
        return
    if not path.is_file():
        raise StorageError("db.not_a_file", str(path))
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError("db.unreadable", f"{path}: {error}") from error
    if header and header != SQLITE_HEADER:
        raise StorageError("db.not_sqlite", str(path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageError("db.read_only", str(path))


def create_database_file(path: Path) -> None:
    """Create an empty, owner-only (0600) file for a new database.

    SQLite gives ``-wal``, ``-shm`` and ``-journal`` files the mode of the main file, so
    they are owner-only too.
    """
    create_private_file(path)


def create_sqlite_engine(path: Path, *, journal_mode: JournalMode = JournalMode.WAL) -> Engine:
    """An engine for ``path`` with the pragmas and transaction handling this app relies on.

    pysqlite on Python 3.11 does not open transactions before DDL; SQLAlchemy's documented
    recipe (autocommit driver, explicit ``BEGIN``) makes every unit of work and every
    migration atomic.
    """
    engine = create_engine(f"sqlite:///{path}")

    def on_connect(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection, journal_mode)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions keep loaded values after commit; nothing lazy-loads outside storage."""
    factory = sessionmaker(engine, expire_on_commit=False)
    search_index.keep_in_sync(factory)
    return factory


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating or changing any file.

    ``immutable`` keeps SQLite from creating ``-wal``/``-shm`` files and from looking at
    a journal; it is only used while no write-ahead log exists, otherwise the log (and its
    index) are read as usual.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if sidecars(path)[0].exists() else uri + "&immutable=1"


def connect_untrusted(path: Path) -> sqlite3.Connection:
    """Read a file of unknown origin: immutable, read-only, hardened; sidecars ignored.

    Raises:
        sqlite3.Error: SQLite cannot open it.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        harden_untrusted(connection)
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def connect_reader(path: Path) -> sqlite3.Connection:
    """Read one of our database files as its writers see it, changing none of its pages.

    Never reads the file with plain file I/O: closing any other descriptor of a file
    drops this process's POSIX locks on it (SQLite "How to corrupt", 2.2.1), and the app
    may hold the file open while a backup runs.

    * ``-wal`` present: the file is open in WAL mode (or a crash left the log); SQLite
      reads the log and locks as usual.
    * Otherwise a rollback-journal file is read with ``locking_mode=EXCLUSIVE``, so no
      ``-shm`` is made; SQLite refuses that for a WAL-format file, which with no ``-wal``
      is open nowhere and is then read ``immutable`` (again no sidecar is made).
    * A hot rollback journal left by a crash must be rolled back before anyone can read
      the file; only then a read-write connection is used (SQLite's own recovery).

    Raises:
        sqlite3.Error: SQLite cannot open or read it.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if sidecars(path)[0].exists():
        return _reader(path, uri, exclusive=False)
    try:
        return _reader(path, uri, exclusive=True)
    except sqlite3.OperationalError as error:
        if not getattr(error, "sqlite_errorname", "").startswith(_NOT_FOR_EXCLUSIVE):
            raise
    return _reader(path, uri + "&immutable=1", exclusive=False)


def _reader(path: Path, uri: str, *, exclusive: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        apply_read_pragmas(connection)
        if exclusive:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchall()
    except sqlite3.OperationalError as error:
        connection.close()
        if getattr(error, "sqlite_errorname", "") not in _RECOVERY_NEEDED:
            raise
        logger.info("rolling back the hot journal of %s before reading it", path)
        connection = sqlite3.connect(path, isolation_level=None)
        apply_read_pragmas(connection)
    except sqlite3.Error:
        connection.close()
        raise
    return connection
