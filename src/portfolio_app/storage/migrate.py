"""Bring a database file to the schema this build expects, with Alembic."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from portfolio_app.domain.errors import StorageError


def alembic_config() -> Config:
    """Alembic configuration pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(files("portfolio_app.storage") / "migrations"))
    return config


def upgrade_database(engine: Engine) -> None:
    """Apply every pending revision in one transaction, foreign keys checked at the end.

    Raises:
        StorageError: ``db.not_ours`` if the file holds tables of another program,
            ``db.too_new`` if a newer version of this app wrote it, ``db.migration_failed``
            if the upgrade broke a foreign key (nothing is changed then).
    """
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
    if current is None and tables:
        raise StorageError("db.not_ours", ", ".join(sorted(tables)[:5]))
    known = {revision.revision for revision in script.walk_revisions()}
    if current is not None and current not in known:
        raise StorageError("db.too_new", current)
    if current == script.get_current_head():
        return
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # table rebuilds must not cascade
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError("db.migration_failed", repr(broken[:5]))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def preflight(path: Path) -> None:
    """Refuse a file this build must not migrate, reading it without changing a byte.

    Raises:
        StorageError: ``db.not_ours``, ``db.too_new`` or ``db.corrupt``.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as raw:
            tables = {
                row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                found = raw.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
    except sqlite3.DatabaseError as error:
        raise StorageError("db.corrupt", f"{path}: {error}") from error
    tables.discard("alembic_version")
    if revision is None and tables:
        raise StorageError("db.not_ours", ", ".join(sorted(tables)[:5]))
    script = ScriptDirectory.from_config(alembic_config())
    if revision is not None and revision not in {r.revision for r in script.walk_revisions()}:
        raise StorageError("db.too_new", revision)


def _read_only_uri(path: Path) -> str:
    """A URI that reads ``path`` without creating or changing any file.

    ``immutable`` keeps SQLite from creating ``-wal``/``-shm`` files; it is only safe while
    no write-ahead log exists, otherwise the log (and its index) are read as usual.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def current_revision(engine: Engine) -> str | None:
    """The revision the file is at, or ``None`` for an empty file."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
