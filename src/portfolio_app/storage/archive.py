"""The portfolio archive: every stored row in one versioned zip, to move to a new computer.

Layout (format 1)::

    manifest.json        {"format": 1, "app_version", "revision", "created",
                          "counts": {table: rows}, "sha256": {member: hex digest}}
    <table>.json         {"table", "columns": [...], "rows": [[...], ...]}

One member per table of the schema (``alembic_version`` excepted), every column, rows
ordered by primary key, values exactly as SQLite stores them: integers (booleans as
0/1), text (dates, moments and decimals in their stored text form) and ``null``. An
export → import → export therefore gives byte-identical table members.

An archive to import is untrusted input. Before anything touches the target database:
the file and every member are size-capped (zip bombs), member names must be exactly the
expected set (no path is ever used, nothing is extracted to disk), hashes, format and
revision must match, every value must have its column's type. The rows are then written
in one transaction with foreign keys checked at the end, and read back through the
app's own mappers, so that a file the app could not display is refused: all or nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, column, insert, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from portfolio_app import __version__
from portfolio_app.domain.errors import PortfolioError, StorageError
from portfolio_app.storage import mappers, schema, search_index
from portfolio_app.storage.database import connect_reader
from portfolio_app.storage.files import (
    fsync_folder,
    is_disk_full,
    make_private,
    private_temp_file,
    remove_quietly,
)
from portfolio_app.storage.migrate import head_revision, preflight
from portfolio_app.storage.opening import open_database
from portfolio_app.storage.types import DecimalText, UtcDateTime

logger = logging.getLogger(__name__)

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
MAX_TOTAL_BYTES = 500 * 1024 * 1024
"""Cap on the archive file and on the sum of its uncompressed members."""
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024

# What zipfile raises for damaged or crafted files (zlib.error: a broken deflate stream;
# ValueError, NotImplementedError, RuntimeError: odd headers, methods, encryption flags).
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SQLITE_INT = range(-(2**63), 2**63)
# Every domain type the app reads back from a table, and how (tags come with partners).
_READ_BACK: tuple[tuple[type[Any], Callable[[Any], object]], ...] = (
    (schema.PartnerRecord, mappers.partner_to_domain),
    (schema.ContactRecord, mappers.contact_to_domain),
    (schema.AgreementRecord, mappers.agreement_to_domain),
    (schema.GoalRecord, mappers.goal_to_domain),
    (schema.GoalUpdateRecord, mappers.goal_update_to_domain),
    (schema.NoteRecord, mappers.note_to_domain),
    (schema.PromiseRecord, mappers.promise_to_domain),
    (schema.AuditEntryRecord, mappers.audit_entry_to_domain),
    (schema.ReminderStateRecord, mappers.reminder_state_to_domain),
)


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Size caps for reading an archive (tests use small ones)."""

    total_bytes: int = MAX_TOTAL_BYTES
    member_bytes: int = MAX_MEMBER_BYTES
    manifest_bytes: int = MAX_MANIFEST_BYTES


def archive_tables() -> list[Table]:
    """The tables an archive holds, parents before children."""
    return list(schema.Base.metadata.sorted_tables)


def archive_columns(archived: Table) -> list[Column[Any]]:
    """The columns of ``archived`` in archive order: the primary key first."""
    key = list(archived.primary_key.columns)
    return key + [column for column in archived.columns if column not in key]


def member_name(table_name: str) -> str:
    """The zip member holding ``table_name``."""
    return f"{table_name}.json"


def export_archive(database: Path, target: Path, *, now: datetime | None = None) -> dict[str, int]:
    """Write every row of ``database`` into the archive ``target``; return rows per table.

    Reads one consistent snapshot through a read-only connection, so the app may keep
    the file open meanwhile. ``target`` is replaced atomically and is owner-only.

    Raises:
        StorageError: ``db.not_found``, ``db.not_ours``, ``db.too_new``, ``db.corrupt``,
            ``db.unreadable`` (the database cannot be read); ``archive.revision`` (the
            file is not at this build's schema: open it in the app first);
            ``archive.write_failed`` (the target cannot be written; nothing is left).
    """
    if not database.is_file():
        raise StorageError("db.not_found", str(database))
    revision = preflight(database)
    if revision != head_revision():
        raise StorageError("archive.revision", f"{database}: {revision} != {head_revision()}")
    contents = _read_tables(database)
    members = {member_name(name): _table_json(name, *rows) for name, rows in contents.items()}
    counts = {name: len(rows[1]) for name, rows in contents.items()}
    created = (now or datetime.now(UTC)).astimezone(UTC)
    manifest = {
        "format": ARCHIVE_FORMAT,
        "app_version": __version__,
        "revision": revision,
        "created": created.isoformat(timespec="seconds"),
        "counts": counts,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    _write_zip(target, {MANIFEST: manifest_bytes, **members}, created)
    logger.info("archived %s into %s: %s", database, target, counts)
    return counts


def import_archive(
    source: Path, database: Path, *, limits: ArchiveLimits | None = None
) -> dict[str, int]:
    """Load the archive ``source`` into ``database``, which must hold no rows yet.

    ``database`` is created if missing and migrated like any file the app opens; the
    archive is fully checked before that. Returns rows per table.

    Raises:
        StorageError: ``archive.invalid`` (not an archive of this app, damaged or
            inconsistent; ``detail`` says what), ``archive.too_large``,
            ``archive.revision`` (written by a build with another schema),
            ``archive.target_not_empty``; or an error of ``open_database``. In every
            case the database holds no row from the archive.
    """
    contents = read_archive(source, limits or ArchiveLimits())
    opened = open_database(database, create=True)
    try:
        with opened.engine.connect() as connection:
            _ensure_empty(connection)
            _insert_all(connection, contents)
    finally:
        opened.close()
    counts = {name: len(rows) for name, (_columns, rows) in contents.items()}
    logger.info("imported %s into %s: %s", source, database, counts)
    return counts


def read_archive(
    source: Path, limits: ArchiveLimits
) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """The checked tables of an archive: name -> (columns, rows). Touches no database.

    Raises:
        StorageError: ``archive.invalid``, ``archive.too_large`` or ``archive.revision``.
    """
    try:
        size = source.stat().st_size
    except OSError as error:
        raise StorageError("archive.invalid", f"{source}: {error.strerror or error}") from error
    if size > limits.total_bytes:
        raise StorageError("archive.too_large", f"{source}: {size} bytes")
    try:
        with zipfile.ZipFile(source) as archive:
            members = _read_members(archive, limits)
    except _DAMAGED_ZIP as error:
        raise StorageError("archive.invalid", f"{source}: {error}") from error
    manifest = _manifest(members.pop(MANIFEST))
    return {
        table.name: _table_rows(table, members[member_name(table.name)], manifest)
        for table in archive_tables()
    }


# ---- Export


def _read_tables(database: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    try:
        with closing(connect_reader(database)) as connection:
            connection.execute("BEGIN")  # one snapshot for every table
            contents = {table.name: _select_all(connection, table) for table in archive_tables()}
            connection.execute("COMMIT")
    except sqlite3.Error as error:
        raise StorageError("db.unreadable", f"{database}: {error}") from error
    return contents


def _select_all(connection: sqlite3.Connection, table: Table) -> tuple[list[str], list[Any]]:
    # Names come from our own schema, never from the file.
    names = [column.name for column in archive_columns(table)]
    order = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
    fields = ", ".join(f'"{name}"' for name in names)
    rows = connection.execute(f'SELECT {fields} FROM "{table.name}" ORDER BY {order}').fetchall()
    for row in rows:
        for value in row:
            if value is not None and not isinstance(value, int | str):
                raise StorageError("db.unreadable", f"{table.name}: unexpected {type(value)}")
    return names, rows


def _table_json(name: str, columns: list[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """One member: readable, one row per line, byte-identical for identical rows."""
    lines = ",\n".join(json.dumps(list(row), ensure_ascii=False) for row in rows)
    head = json.dumps({"table": name, "columns": columns}, ensure_ascii=False)[:-1]
    return f'{head}, "rows": [\n{lines}\n]}}\n'.encode()


def _write_zip(target: Path, members: Mapping[str, bytes], created: datetime) -> None:
    stamp = created.timetuple()[:6]
    try:
        temporary = private_temp_file(target.parent, prefix=f".{target.name}.")
    except OSError as error:
        raise StorageError("archive.write_failed", f"{target}: {error}") from error
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        make_private(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except OSError as error:
        remove_quietly(temporary)
        raise StorageError("archive.write_failed", f"{target}: {error}") from error


# ---- Import: reading and checking the file


def _read_members(archive: zipfile.ZipFile, limits: ArchiveLimits) -> dict[str, bytes]:
    expected = {MANIFEST} | {member_name(table.name) for table in archive_tables()}
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if len(names) != len(set(names)):
        raise StorageError("archive.invalid", "a member name occurs twice")
    if set(names) != expected:
        unexpected = sorted(set(names) - expected)[:5]
        missing = sorted(expected - set(names))[:5]
        raise StorageError(
            "archive.invalid", f"members: unexpected {unexpected}, missing {missing}"
        )
    if sum(info.file_size for info in infos) > limits.total_bytes:
        raise StorageError("archive.too_large", "members add up to more than the limit")
    members: dict[str, bytes] = {}
    for info in infos:
        cap = limits.manifest_bytes if info.filename == MANIFEST else limits.member_bytes
        members[info.filename] = _read_member(archive, info, cap)
    if sum(len(data) for data in members.values()) > limits.total_bytes:
        raise StorageError("archive.too_large", "members add up to more than the limit")
    return members


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    if info.flag_bits & 0x1:
        raise StorageError("archive.invalid", f"{info.filename}: encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise StorageError("archive.invalid", f"{info.filename}: compression {info.compress_type}")
    if info.file_size > cap:
        raise StorageError("archive.too_large", f"{info.filename}: {info.file_size} bytes")
    with archive.open(info) as stream:
        data = stream.read(cap + 1)  # the declared size may lie; never read past the cap
    if len(data) > cap:
        raise StorageError("archive.too_large", f"{info.filename}: more than {cap} bytes")
    return data


@dataclass(frozen=True, slots=True)
class _Manifest:
    counts: dict[str, int]
    hashes: dict[str, str]


def _manifest(data: bytes) -> _Manifest:
    document = _json(MANIFEST, data)
    if not isinstance(document, dict) or document.get("format") != ARCHIVE_FORMAT:
        found = document.get("format") if isinstance(document, dict) else None
        raise StorageError("archive.invalid", f"format {found!r} is not {ARCHIVE_FORMAT}")
    revision = document.get("revision")
    if revision != head_revision():
        raise StorageError("archive.revision", f"{revision!r} != {head_revision()}")
    tables = {table.name for table in archive_tables()}
    counts, hashes = document.get("counts"), document.get("sha256")
    if not (
        isinstance(counts, dict)
        and set(counts) == tables
        and all(type(count) is int for count in counts.values())
        and isinstance(hashes, dict)
        and set(hashes) == {member_name(name) for name in tables}
        and all(isinstance(digest, str) and _SHA256.match(digest) for digest in hashes.values())
    ):
        raise StorageError("archive.invalid", "manifest: counts or hashes do not fit the schema")
    return _Manifest(counts, hashes)


def _json(name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise StorageError("archive.invalid", f"{name}: {error}") from error


def _table_rows(
    table: Table, data: bytes, manifest: _Manifest
) -> tuple[list[str], list[list[Any]]]:
    name = member_name(table.name)
    if hashlib.sha256(data).hexdigest() != manifest.hashes[name]:
        raise StorageError("archive.invalid", f"{name}: checksum does not match")
    document = _json(name, data)
    table_columns = archive_columns(table)
    columns = [column.name for column in table_columns]
    if not (
        isinstance(document, dict)
        and set(document) == {"table", "columns", "rows"}
        and document["table"] == table.name
        and document["columns"] == columns
        and isinstance(document["rows"], list)
    ):
        raise StorageError("archive.invalid", f"{name}: not the table {table.name!r}")
    rows: list[list[Any]] = document["rows"]
    if len(rows) != manifest.counts[table.name]:
        raise StorageError("archive.invalid", f"{name}: {len(rows)} rows, manifest says otherwise")
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(columns):
            raise StorageError("archive.invalid", f"{name}: row {number} has the wrong shape")
        for value, table_column in zip(row, table_columns, strict=True):
            if not _fits(value, table_column.type, nullable=bool(table_column.nullable)):
                raise StorageError(
                    "archive.invalid", f"{name}: row {number}, {table_column.name}={value!r}"
                )
    return columns, rows


def _fits(value: Any, column_type: Any, *, nullable: bool) -> bool:
    """Whether ``value`` is what the app stores in a column of ``column_type``."""
    if value is None:
        return nullable
    if isinstance(column_type, Boolean):
        return type(value) is int and value in (0, 1)
    if isinstance(column_type, Integer):
        return type(value) is int and value in _SQLITE_INT
    if not isinstance(value, str):
        return False
    if isinstance(column_type, UtcDateTime):
        return _parses(datetime.fromisoformat, value) and len(value) >= len("2000-01-01 00:00")
    if isinstance(column_type, Date):
        return bool(_DATE.match(value)) and _parses(date.fromisoformat, value)
    if isinstance(column_type, DecimalText):
        return _parses(Decimal, value) and Decimal(value).is_finite()
    return isinstance(column_type, String)  # Text is a String


def _parses(parse: Any, value: str) -> bool:
    try:
        parse(value)
    except (ValueError, InvalidOperation):
        return False
    return True


# ---- Import: writing


def _ensure_empty(connection: Connection) -> None:
    for archived in archive_tables():
        if connection.execute(select(1).select_from(archived).limit(1)).first() is not None:
            raise StorageError("archive.target_not_empty", f"table {archived.name} holds rows")
    connection.rollback()


def _insert_all(
    connection: Connection, contents: Mapping[str, tuple[list[str], list[list[Any]]]]
) -> None:
    try:
        with connection.begin():
            # Checked at the end instead of row by row; the commit fails if any is broken.
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for archived in archive_tables():
                names, rows = contents[archived.name]
                if rows:
                    # Untyped columns: the stored text forms go in exactly as they are.
                    plain = table(archived.name, *(column(name) for name in names))
                    connection.execute(
                        insert(plain), [dict(zip(names, row, strict=True)) for row in rows]
                    )
            search_index.rebuild(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StorageError("archive.invalid", f"foreign keys: {broken[:5]!r}")
            _read_back(connection)
    except DBAPIError as error:
        if error.orig is not None and is_disk_full(error.orig):
            raise StorageError("db.disk_full", str(error.orig)) from error
        raise StorageError("archive.invalid", f"{type(error).__name__}: {error.orig}") from error
    except SQLAlchemyError as error:
        raise StorageError("archive.invalid", f"{type(error).__name__}: {error}") from error


def _read_back(connection: Connection) -> None:
    """Map every row to its domain object, as the app will, inside the open transaction."""
    with _joined_session(connection) as session:
        for record_type, to_domain in _READ_BACK:
            try:
                for record in session.scalars(select(record_type)):
                    to_domain(record)
            except (PortfolioError, ValueError, TypeError, KeyError, AttributeError) as error:
                # Mappers and column types raise these on values the app never writes
                # (an unknown status, a malformed change list …).
                detail = f"{record_type.__tablename__}: {type(error).__name__}: {error}"
                raise StorageError("archive.invalid", detail) from error


@contextmanager
def _joined_session(connection: Connection) -> Iterator[Session]:
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    try:
        yield session
    finally:
        session.close()
