"""Bring a database file to the schema this build expects, with Alembic.

Alembic is imported only when a file has to be migrated (or a schema built in memory):
opening a file that is already at :data:`HEAD_REVISION` reads one table and moves on,
which keeps Alembic's import (about 0.15 s) off the app's start.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.database import read_only_uri
from portfolio_app.storage.files import is_disk_full
from portfolio_app.storage.pragmas import APPLICATION_ID, harden_untrusted

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_ALEMBIC_RUN = threading.Lock()
"""Alembic keeps the running migration in module globals (``alembic.context``, ``op``): two
runs at once (a backup's check building a schema in memory on a worker thread while the
window migrates a file) would trip over each other, so every run takes this lock."""

HEAD_REVISION = "0007"
"""The newest migration's revision id: the schema this build writes.

The migrations are numbered ``0001`` … in one chain; a test checks this constant and
:func:`known_revisions` against the scripts, so a new migration cannot forget it.
"""


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("portfolio_app.storage") / "migrations"))
    return config


def script_directory() -> ScriptDirectory:
    """The revisions this build knows (read once per scripts folder, then cached)."""
    return _script_directory(alembic_config().get_main_option("script_location") or "")


@functools.cache
def _script_directory(location: str) -> ScriptDirectory:
    # The shipped scripts never change while the app runs; reading them once also lets a
    # process that dropped its privileges (or lost access to the install folder) go on.
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", location)
    return ScriptDirectory.from_config(config)


def head_revision() -> str:
    """The newest revision: the schema this build writes (:data:`HEAD_REVISION`)."""
    return HEAD_REVISION


def known_revisions() -> frozenset[str]:
    """Every revision of this build, oldest to newest included (``0001`` … the head)."""
    return frozenset(f"{number:04d}" for number in range(1, int(HEAD_REVISION) + 1))


def schema_version(revision: str) -> int:
    """The number stored in ``PRAGMA user_version`` for ``revision`` ("0002" gives 2).

    A revision id that is not a number counts its position in the chain instead.
    """
    if revision.isdigit():
        return int(revision)
    chain = [rev.revision for rev in script_directory().walk_revisions("base", revision)]
    return len(chain)


def check_identity(application_id: int, revision: str | None, tables: set[str]) -> None:
    """Refuse a file another program wrote, or one a newer build of this app wrote.

    Files of this app from before ``application_id`` was stamped carry 0 and an
    ``alembic_version`` table; they are accepted.

    Raises:
        StorageError: ``db.not_ours`` (detail: the id or a few table names) or
            ``db.too_new`` (detail: the unknown revision).
    """
    if application_id not in (0, APPLICATION_ID):
        raise StorageError("db.not_ours", f"application_id {application_id:#010x}")
    others = tables - {"alembic_version"}
    if revision is None and others:
        raise StorageError("db.not_ours", ", ".join(sorted(others)[:5]))
    if revision is not None and revision not in known_revisions():
        raise StorageError("db.too_new", revision)


def upgrade_database(engine: Engine) -> None:
    """Apply every pending revision in one transaction, foreign keys checked at the end.

    Foreign keys are off while revisions run, so a table rebuild cannot cascade-delete
    child rows; ``PRAGMA foreign_key_check`` must come back empty before the commit. The
    same transaction stamps ``application_id`` and ``user_version``, so a failure leaves
    the file exactly as it was.

    Raises:
        StorageError: ``db.not_ours``, ``db.too_new``, ``db.disk_full`` (no space for the
            upgrade) or ``db.migration_failed`` (a revision failed or broke a foreign key);
            nothing is changed then.
    """
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = _stored_revision(connection, tables)
        application_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        user_version = connection.exec_driver_sql("PRAGMA user_version").scalar()
    check_identity(int(application_id or 0), current, tables)
    head = head_revision()
    if current == head:
        if application_id != APPLICATION_ID or user_version != schema_version(head):
            with engine.begin() as connection:
                _stamp(connection, head)
        return
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction
        try:
            _upgrade_in_one_transaction(connection, head)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _stored_revision(connection: Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return str(found[0]) if found else None


def _upgrade_in_one_transaction(connection: Connection, head: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    try:
        with connection.begin(), _ALEMBIC_RUN:
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError("db.migration_failed", f"foreign keys: {broken[:5]!r}")
            _stamp(connection, head)
    except StorageError:
        raise
    except DBAPIError as error:
        full = error.orig is not None and is_disk_full(error.orig)
        code = "db.disk_full" if full else "db.migration_failed"
        raise StorageError(code, str(error.orig)) from error
    except Exception as error:
        raise StorageError("db.migration_failed", f"{type(error).__name__}: {error}") from error


def _stamp(connection: Connection, revision: str) -> None:
    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.exec_driver_sql(f"PRAGMA user_version = {schema_version(revision)}")


def preflight(path: Path) -> str | None:
    """Refuse a file this build must not migrate, reading it without changing a byte.

    Returns:
        The file's revision, ``None`` for a missing, empty or never-migrated file.

    Raises:
        StorageError: ``db.not_ours``, ``db.too_new`` or ``db.corrupt``.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as raw:
            harden_untrusted(raw)
            tables = {
                row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            application_id = raw.execute("PRAGMA application_id").fetchone()[0]
            revision = None
            if "alembic_version" in tables:
                found = raw.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
    except sqlite3.DatabaseError as error:
        raise StorageError("db.corrupt", f"{path}: {error}") from error
    check_identity(int(application_id), revision, tables)
    return revision


def current_revision(engine: Engine) -> str | None:
    """The revision the file is at, or ``None`` for an empty file."""
    with engine.connect() as connection:
        return _stored_revision(connection, set(inspect(connection).get_table_names()))


@dataclass(frozen=True, slots=True)
class SchemaNames:
    """The tables and indexes a database at one revision holds."""

    tables: frozenset[str]
    indexes: frozenset[str]
    virtual_tables: frozenset[str]


def schema_names(revision: str) -> SchemaNames:
    """What the migrations create up to ``revision``, found by running them in memory.

    Raises:
        StorageError: ``db.too_new`` for a revision this build does not know.
    """
    if revision not in known_revisions():
        raise StorageError("db.too_new", revision)
    location = alembic_config().get_main_option("script_location") or ""
    return _schema_names(location, revision)


@functools.cache
def _schema_names(location: str, revision: str) -> SchemaNames:
    from alembic import command

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.set_main_option("script_location", location)
            config.attributes["connection"] = connection
            with _ALEMBIC_RUN:
                command.upgrade(config, revision)
            rows = connection.exec_driver_sql(
                "SELECT type, name, sql FROM sqlite_schema"
            ).fetchall()
    finally:
        engine.dispose()
    return SchemaNames(
        tables=frozenset(name for kind, name, _ in rows if kind == "table"),
        indexes=frozenset(name for kind, name, _ in rows if kind == "index"),
        virtual_tables=frozenset(
            name
            for kind, name, sql in rows
            if kind == "table" and str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
        ),
    )
