"""Opening SQLite files: checks before touching them, engine, pragmas, sessions."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


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


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for ``path`` with the pragmas and transaction handling this app relies on.

    pysqlite on Python 3.11 does not open transactions before DDL; SQLAlchemy's documented
    recipe (autocommit driver, explicit ``BEGIN``) makes every unit of work and every
    migration atomic.
    """
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions keep loaded values after commit; nothing lazy-loads outside storage."""
    return sessionmaker(engine, expire_on_commit=False)


def _on_connect(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None
    for pragma in (
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA trusted_schema = OFF",
    ):
        dbapi_connection.execute(pragma).fetchall()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")
