"""Checking database files we did not just write ourselves: backups, restore candidates.

A restore candidate is untrusted input: it may be truncated, corrupt, another program's
file, one from a newer build, or crafted to carry triggers or views that run as soon as
the app writes. :func:`verify_database_file` reads it without trusting anything in it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.database import SQLITE_HEADER, connect_untrusted
from portfolio_app.storage.migrate import check_identity, schema_names

# What BackupInfo.counts reports: key -> table.
COUNTED_TABLES = {
    "partners": "partner",
    "contacts": "contact_person",
    "agreements": "agreement",
    "goals": "shared_goal",
    "notes": "communication_note",
}
# Tables SQLite itself may add to one of our files.
_SQLITE_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})
_MIN_SIZE = 512  # the smallest page size: a real database file is never shorter


@dataclass(frozen=True, slots=True)
class VerifiedFile:
    """What a verified file holds."""

    counts: dict[str, int]
    revision: str


def verify_database_file(path: Path) -> dict[str, int]:
    """Check that ``path`` is a sound portfolio file this build can open; return counts.

    Reads it ``immutable`` and read-only with ``trusted_schema=OFF``, ``mmap_size=0``,
    ``cell_size_check=ON`` and tight limits; its ``-wal``/``-journal`` files, if any, are
    ignored. Requires: ``integrity_check`` "ok"; our ``application_id`` (or 0 with an
    Alembic revision); a revision this build knows; exactly the tables of that revision,
    no triggers, no views, no virtual tables, no foreign indexes.

    Returns:
        Live records per kind (see :data:`COUNTED_TABLES`; items in the trash not counted).

    Raises:
        StorageError: ``backup.invalid``; ``detail`` says what is wrong.
    """
    return inspect_database_file(path).counts


def inspect_database_file(path: Path) -> VerifiedFile:
    """:func:`verify_database_file`, also returning the file's schema revision.

    Raises:
        StorageError: ``backup.invalid``; ``detail`` says what is wrong.
    """
    _check_header(path)
    try:
        connection = connect_untrusted(path)
    except sqlite3.Error as error:
        raise StorageError("backup.invalid", f"{path}: {error}") from error
    try:
        _check_integrity(connection)
        revision = _check_identity(connection)
        _check_schema(connection, revision)
        return VerifiedFile(record_counts(connection), revision)
    except sqlite3.Error as error:
        raise StorageError("backup.invalid", f"{path}: {error}") from error
    finally:
        connection.close()


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError("backup.invalid", f"{path}: {error}") from error
    if header != SQLITE_HEADER or size < _MIN_SIZE:
        raise StorageError("backup.invalid", f"{path}: not an SQLite database")


def _check_integrity(connection: sqlite3.Connection) -> None:
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        raise StorageError("backup.invalid", "integrity: " + "; ".join(map(str, rows[:5])))


def _check_identity(connection: sqlite3.Connection) -> str:
    application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    revision = None
    if "alembic_version" in tables:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(found) != 1:
            raise StorageError("backup.invalid", f"alembic_version holds {len(found)} rows")
        revision = str(found[0][0])
    try:
        check_identity(application_id, revision, tables)
    except StorageError as error:
        raise StorageError("backup.invalid", f"{error.code}: {error.detail}") from error
    if revision is None:
        raise StorageError("backup.invalid", "no schema revision")
    return revision


def _check_schema(connection: sqlite3.Connection, revision: str) -> None:
    expected = schema_names(revision)
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    tables = set()
    for kind, name, table, sql in rows:
        if kind in ("trigger", "view"):
            raise StorageError("backup.invalid", f"unexpected {kind} {name!r}")
        if kind == "table":
            virtual = str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
            if virtual and name not in expected.virtual_tables:
                raise StorageError("backup.invalid", f"unexpected virtual table {name!r}")
            tables.add(name)
        elif kind == "index" and not _is_our_index(name, table, expected.indexes):
            raise StorageError("backup.invalid", f"unexpected index {name!r}")
    if tables - _SQLITE_TABLES != expected.tables:
        extra = sorted(tables - _SQLITE_TABLES - expected.tables)
        missing = sorted(expected.tables - tables)
        raise StorageError("backup.invalid", f"tables: extra {extra}, missing {missing}")


def _is_our_index(name: str, table: str, expected: frozenset[str]) -> bool:
    if name in expected:
        return True
    return name.startswith(f"sqlite_autoindex_{table}_")


def record_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Live records per kind (rows with ``deleted_at`` set are in the trash)."""
    counts = {}
    for key, table in COUNTED_TABLES.items():
        live = " WHERE deleted_at IS NULL" if "deleted_at" in _columns(connection, table) else ""
        counts[key] = int(connection.execute(f'SELECT count(*) FROM "{table}"{live}').fetchone()[0])
    return counts


def content_fingerprint(connection: sqlite3.Connection) -> str:
    """A cheap digest that changes whenever the data changes through the app.

    Per table: the row count, the highest row id and the newest ``updated_at`` (every
    write through the app sets it). Tables without ``updated_at`` (link tables such as
    ``partner_tag``) are small and are hashed whole. Plus the schema revision.
    """
    digest = hashlib.sha256()
    names = connection.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    for (table,) in names:
        columns = _columns(connection, table)
        if "updated_at" in columns:
            query = f'SELECT count(*), max(rowid), max(updated_at) FROM "{table}"'
        else:
            order = ", ".join(str(position) for position in range(1, len(columns) + 1))
            query = f'SELECT * FROM "{table}" ORDER BY {order}'
        digest.update(table.encode())
        for row in connection.execute(query):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
