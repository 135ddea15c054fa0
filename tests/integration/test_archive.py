"""The portfolio archive: exact round trip, and untrusted archives refused untouched."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import warnings
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from portfolio_app import __version__
from portfolio_app.demo import populate_demo
from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.ids import ItemKind
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.archive import (
    ARCHIVE_FORMAT,
    MANIFEST,
    ArchiveLimits,
    archive_tables,
    export_archive,
    import_archive,
    member_name,
    read_archive,
)
from portfolio_app.storage.migrate import head_revision
from portfolio_app.storage.opening import open_database
from tests.integration.safety_data import digest, dump

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
TABLES = [table.name for table in archive_tables()]

Members = dict[str, bytes]


def _demo_database(path: Path) -> Path:
    """The demo portfolio plus trash and reminder states, so every table holds rows."""
    opened = open_database(path, create=True)
    try:
        populate_demo(opened.unit_of_work, today=TODAY)
        services = build_services(opened.unit_of_work, clock=lambda: NOW)
        first, *_others, last = services.partners.list_partners()
        assert first.id is not None
        assert last.id is not None
        services.partners.delete_partner(last.id)
        note = services.partners.dossier(first.id).notes[0]
        assert note.id is not None
        services.notes.delete(note.id)
        reminders = services.reminders.due()
        services.reminders.done(reminders[0].key)
        services.reminders.snooze(reminders[1].key, TODAY + timedelta(days=3))
    finally:
        opened.close()
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo database file (shared: tests copy it before changing anything)."""
    return _demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture(scope="module")
def archive(demo: Path) -> Path:
    """The demo database's archive (shared, read-only)."""
    target = demo.with_name("demo.portfolio.zip")
    export_archive(demo, target, now=NOW)
    return target


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """Where an import goes: a file that does not exist yet."""
    return tmp_path / "new" / "portfolio.sqlite3"


def _members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zipped:
        return {name: zipped.read(name) for name in zipped.namelist()}


def _manifest(members: Members) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(members[MANIFEST])
    return document


def _zip(path: Path, members: Members | list[tuple[str, bytes]]) -> Path:
    items = members.items() if isinstance(members, dict) else members
    with (
        warnings.catch_warnings(),  # zipfile warns about the forged duplicate name
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zipped,
    ):
        warnings.simplefilter("ignore", UserWarning)
        for name, data in items:
            zipped.writestr(name, data)
    return path


def _rehashed(members: Members) -> Members:
    """``members`` with a manifest whose hashes and counts fit them (a careful forger)."""
    manifest = _manifest(members)
    for table in TABLES:
        data = members[member_name(table)]
        manifest["sha256"][member_name(table)] = hashlib.sha256(data).hexdigest()
        manifest["counts"][table] = len(json.loads(data)["rows"])
    return {**members, MANIFEST: json.dumps(manifest).encode()}


def _edit_table(members: Members, table: str, change: Callable[[dict[str, Any]], None]) -> Members:
    document = json.loads(members[member_name(table)])
    change(document)
    return _rehashed({**members, member_name(table): json.dumps(document).encode()})


def _set_cell(table: str, column: str, value: object, row: int = 0) -> Callable[[Members], Members]:
    def edit(members: Members) -> Members:
        def change(document: dict[str, Any]) -> None:
            document["rows"][row][document["columns"].index(column)] = value

        return _edit_table(members, table, change)

    return edit


def _content(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted (link tables have no meaningful physical order)."""
    with closing(sqlite3.connect(database)) as connection:
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in [*TABLES, "alembic_version"]
        }


def _row_count(database: Path) -> int:
    with closing(sqlite3.connect(database)) as connection:
        return sum(
            connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in TABLES
        )


# ---- Round trip


def test_export_import_export_gives_identical_content(
    demo: Path, archive: Path, target: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.zip"

    imported = import_archive(archive, target)
    exported = export_archive(target, again, now=NOW + timedelta(days=1))

    first, second = _members(archive), _members(again)
    assert imported == exported == _manifest(first)["counts"]
    assert _manifest(first)["counts"] == _manifest(second)["counts"]
    assert _manifest(first)["sha256"] == _manifest(second)["sha256"]
    assert {name: data for name, data in first.items() if name != MANIFEST} == {
        name: data for name, data in second.items() if name != MANIFEST
    }
    assert _content(target) == _content(demo)


def test_every_table_is_archived_with_rows(archive: Path) -> None:
    counts = _manifest(_members(archive))["counts"]

    assert list(counts) == TABLES
    assert "alembic_version" not in counts
    assert all(counts[table] > 0 for table in TABLES), counts


def test_the_manifest_names_format_version_revision_time_and_hashes(archive: Path) -> None:
    members = _members(archive)
    manifest = _manifest(members)

    assert manifest["format"] == ARCHIVE_FORMAT
    assert manifest["app_version"] == __version__
    assert manifest["revision"] == head_revision()
    assert manifest["created"] == "2026-11-29T10:00:00+00:00"
    for table in TABLES:
        data = members[member_name(table)]
        assert manifest["sha256"][member_name(table)] == hashlib.sha256(data).hexdigest()


def test_values_are_stored_exactly_as_sqlite_holds_them(demo: Path, archive: Path) -> None:
    document = json.loads(_members(archive)["agreement.json"])
    with closing(sqlite3.connect(demo)) as connection:
        columns = ", ".join(f'"{name}"' for name in document["columns"])
        stored = connection.execute(f"SELECT {columns} FROM agreement ORDER BY id").fetchall()

    assert document["table"] == "agreement"
    assert document["columns"][0] == "id"
    assert [tuple(row) for row in document["rows"]] == stored
    assert any(isinstance(value, str) and "." in value for value in document["rows"][0])


def test_the_import_keeps_trash_and_reminder_states(archive: Path, target: Path) -> None:
    import_archive(archive, target)

    opened = open_database(target, create=False)
    try:
        services = build_services(opened.unit_of_work, clock=lambda: NOW)
        trashed = services.trash.list_items()
        partners = services.partners.list_partners()
    finally:
        opened.close()
    assert {item.ref.kind for item in trashed} == {ItemKind.PARTNER, ItemKind.NOTE}
    assert len(partners) == 24


def test_an_import_into_an_existing_empty_database_works(archive: Path, target: Path) -> None:
    target.parent.mkdir()
    open_database(target, create=True).close()

    counts = import_archive(archive, target)

    assert counts["partner"] == 25


def test_the_archive_is_owner_only_and_no_temporary_file_is_left(
    demo: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "portfolio.zip"
    target.write_bytes(b"old")

    export_archive(demo, target, now=NOW)

    assert zipfile.is_zipfile(target)
    assert list(folder.iterdir()) == [target]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_export_reads_a_database_the_app_has_open(tmp_path: Path) -> None:
    database = tmp_path / "open.sqlite3"
    opened = open_database(database, create=True)
    try:
        populate_demo(opened.unit_of_work, today=TODAY)

        counts = export_archive(database, tmp_path / "open.zip", now=NOW)
    finally:
        opened.close()

    assert counts["partner"] == 25


def test_export_of_an_older_schema_asks_to_open_it_first(demo: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.sqlite3"
    shutil.copy(demo, older)
    with closing(sqlite3.connect(older)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
        connection.commit()

    with pytest.raises(StorageError) as caught:
        export_archive(older, tmp_path / "older.zip")

    assert caught.value.code == "archive.revision"
    assert not (tmp_path / "older.zip").exists()


def test_export_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        export_archive(tmp_path / "missing.sqlite3", tmp_path / "x.zip")

    assert caught.value.code == "db.not_found"


def test_export_into_a_missing_folder_fails_cleanly(demo: Path, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        export_archive(demo, tmp_path / "missing" / "x.zip")

    assert caught.value.code == "archive.write_failed"


# ---- Refused archives: checked before the target is touched


def _traversal(members: Members) -> list[tuple[str, bytes]]:
    return [*members.items(), ("../../evil.json", b"{}")]


def _duplicate(members: Members) -> list[tuple[str, bytes]]:
    return [*members.items(), ("partner.json", members["partner.json"])]


def _without(name: str) -> Callable[[Members], Members]:
    return lambda members: {key: value for key, value in members.items() if key != name}


def _manifest_with(**changes: object) -> Callable[[Members], Members]:
    def edit(members: Members) -> Members:
        return {**members, MANIFEST: json.dumps({**_manifest(members), **changes}).encode()}

    return edit


def _tampered(members: Members) -> Members:
    data = members["partner.json"].replace(b"GmbH", b"AG", 1)
    return {**members, "partner.json": data}


def _rows_dropped(members: Members) -> Members:
    """A row removed and the hash fixed, but the count left as it was."""
    counts = _manifest(members)["counts"]
    forged = _edit_table(members, "contact_person", lambda document: document["rows"].pop())
    return _manifest_with(counts=counts)(forged)


def _extra_column(members: Members) -> Members:
    def change(document: dict[str, Any]) -> None:
        document["columns"].append("secret")
        for row in document["rows"]:
            row.append(None)

    return _edit_table(members, "partner", change)


@pytest.mark.parametrize(
    ("forge", "code"),
    [
        (_traversal, "archive.invalid"),
        (lambda members: [*members.items(), ("readme.txt", b"hi")], "archive.invalid"),
        (_duplicate, "archive.invalid"),
        (_without("shared_goal.json"), "archive.invalid"),
        (_without(MANIFEST), "archive.invalid"),
        (_tampered, "archive.invalid"),
        (_rows_dropped, "archive.invalid"),
        (_manifest_with(format=2), "archive.invalid"),
        (_manifest_with(format="1"), "archive.invalid"),
        (_manifest_with(revision="9999"), "archive.revision"),
        (_manifest_with(revision=None), "archive.revision"),
        (_manifest_with(counts={"partner": 1}), "archive.invalid"),
        (_extra_column, "archive.invalid"),
        (_set_cell("partner", "partner_since", "31.12.2020"), "archive.invalid"),
        (_set_cell("partner", "archived", 2), "archive.invalid"),
        (_set_cell("partner", "archived", True), "archive.invalid"),
        (_set_cell("partner", "name", None), "archive.invalid"),
        (_set_cell("partner", "id", 2**63), "archive.invalid"),
        (_set_cell("partner", "created_at", "yesterday"), "archive.invalid"),
        (_set_cell("shared_goal", "kpi_target", "NaN"), "archive.invalid"),
        (_set_cell("agreement", "value_minor", 12.5), "archive.invalid"),
        (_set_cell("agreement", "title", ["a", "list"]), "archive.invalid"),
    ],
    ids=[
        "path-traversal",
        "extra-member",
        "duplicate-member",
        "missing-member",
        "missing-manifest",
        "wrong-hash",
        "count-mismatch",
        "newer-format",
        "format-as-text",
        "unknown-revision",
        "no-revision",
        "counts-incomplete",
        "extra-column",
        "german-date",
        "boolean-2",
        "json-true",
        "null-name",
        "integer-overflow",
        "bad-moment",
        "nan-decimal",
        "float-money",
        "list-value",
    ],
)
def test_a_forged_archive_is_refused_before_the_target_exists(
    archive: Path,
    target: Path,
    tmp_path: Path,
    forge: Callable[[Members], Members | list[tuple[str, bytes]]],
    code: str,
) -> None:
    forged = _zip(tmp_path / "forged.zip", forge(_members(archive)))

    with pytest.raises(StorageError) as caught:
        import_archive(forged, target)

    assert caught.value.code == code
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "content", [b"", b"not a zip at all", b"PK\x03\x04 truncated", b"PK\x05\x06" + b"\0" * 18]
)
def test_a_file_that_is_no_zip_is_invalid(target: Path, tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "broken.zip"
    source.write_bytes(content)

    with pytest.raises(StorageError) as caught:
        import_archive(source, target)

    assert caught.value.code == "archive.invalid"
    assert not target.parent.exists()


def test_a_damaged_archive_only_ever_gives_an_archive_error(
    archive: Path, target: Path, tmp_path: Path
) -> None:
    data = archive.read_bytes()
    rng = random.Random(5)
    codes = set()
    for _ in range(300):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        source = tmp_path / "damaged.zip"
        source.write_bytes(bytes(damaged[: rng.choice([len(damaged), rng.randrange(len(data))])]))
        try:
            read_archive(source, ArchiveLimits())
        except StorageError as error:
            codes.add(error.code)

    assert "archive.invalid" in codes
    assert codes <= {"archive.invalid", "archive.too_large", "archive.revision"}


def test_a_missing_archive_is_invalid(target: Path, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        import_archive(tmp_path / "missing.zip", target)

    assert caught.value.code == "archive.invalid"


def test_a_zip_bomb_member_is_refused(archive: Path, target: Path, tmp_path: Path) -> None:
    members = _members(archive)
    bomb = b'{"table": "tag", "columns": [], "rows": [' + b" " * 3_000_000 + b"]}"
    source = _zip(tmp_path / "bomb.zip", _rehashed({**members, "tag.json": bomb}))
    assert source.stat().st_size < 200_000

    with pytest.raises(StorageError) as caught:
        import_archive(source, target, limits=ArchiveLimits(member_bytes=1_000_000))

    assert caught.value.code == "archive.too_large"
    assert not target.parent.exists()


def test_a_member_larger_than_it_claims_is_refused(
    archive: Path, target: Path, tmp_path: Path
) -> None:
    members = _members(archive)
    source = _zip(tmp_path / "liar.zip", members)
    # Shrink the declared size in the central directory and the local header.
    with zipfile.ZipFile(source) as zipped:
        info = zipped.getinfo("audit_entry.json")
    data = bytearray(source.read_bytes())
    real = info.file_size.to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    assert data.count(real) >= 2
    source.write_bytes(bytes(data).replace(real, small))

    with pytest.raises(StorageError) as caught:
        import_archive(source, target, limits=ArchiveLimits(member_bytes=100_000))

    assert caught.value.code in ("archive.invalid", "archive.too_large")
    assert not target.parent.exists()


def test_the_total_size_is_capped(archive: Path, target: Path) -> None:
    with pytest.raises(StorageError) as caught:
        import_archive(archive, target, limits=ArchiveLimits(total_bytes=100_000))

    assert caught.value.code == "archive.too_large"


# ---- Refused archives: found while writing, rolled back


@pytest.mark.parametrize(
    "forge",
    [
        _set_cell("contact_person", "partner_id", 999_999),
        _set_cell("partner", "status", "hacked"),
        _set_cell("audit_entry", "changes", "not json"),
        _set_cell("agreement", "notice_unit", "fortnights"),
        lambda members: _set_cell("tag", "name_key", "same", row=1)(
            _set_cell("tag", "name_key", "same", row=0)(members)
        ),
    ],
    ids=["dangling-foreign-key", "unknown-status", "broken-audit-json", "unknown-unit", "unique"],
)
def test_an_inconsistent_archive_leaves_the_database_empty(
    archive: Path, target: Path, tmp_path: Path, forge: Callable[[Members], Members]
) -> None:
    forged = _zip(tmp_path / "forged.zip", forge(_members(archive)))

    with pytest.raises(StorageError) as caught:
        import_archive(forged, target)

    assert caught.value.code == "archive.invalid"
    assert _row_count(target) == 0


# ---- Target


def test_a_target_with_data_is_refused_and_left_alone(
    archive: Path, demo: Path, tmp_path: Path
) -> None:
    database = tmp_path / "mine.sqlite3"
    shutil.copy(demo, database)
    before = dump(database)

    with pytest.raises(StorageError) as caught:
        import_archive(archive, database)

    assert caught.value.code == "archive.target_not_empty"
    assert dump(database) == before


def test_a_refused_archive_leaves_an_existing_target_byte_for_byte(
    archive: Path, target: Path, tmp_path: Path
) -> None:
    target.parent.mkdir()
    open_database(target, create=True).close()
    before = digest(target)
    forged = _zip(tmp_path / "forged.zip", _tampered(_members(archive)))

    with pytest.raises(StorageError):
        import_archive(forged, target)

    assert digest(target) == before
    assert sorted(path.name for path in target.parent.iterdir()) == ["portfolio.sqlite3"]
