"""Migrations never lose data: a forced backup first, one transaction, every old schema.

The canonical data set is generated from the schema of each revision (``PRAGMA
table_info``), so a new migration is covered as soon as it exists: every value of every
column that existed before the upgrade must come through unchanged.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.storage import migrate
from portfolio_app.storage.backup import (
    default_backup_folder,
    list_backups,
    thin_backups,
    verify_database_file,
)
from portfolio_app.storage.database import create_sqlite_engine
from portfolio_app.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    schema_version,
    script_directory,
    upgrade_database,
)
from portfolio_app.storage.opening import open_database
from portfolio_app.storage.pragmas import APPLICATION_ID
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.integration.safety_data import digest, dump, files_in, fill

NOW = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
REVISIONS = [revision.revision for revision in reversed(list(script_directory().walk_revisions()))]
RICH_TEXT = "Müller & Söhne — Grüße aus Köln 🤝🚀 · שלום עולם · مرحبا · 日本語 · e\u0301"
BODY = ("Protokoll: Übergabe geklärt ✅ — נקודה חשובה — 🙂\n" * 2500)[:100_000]
BIG_CENTS = 99_999_999_999_999  # 999 999 999 999.99 in cents


def database_at(path: Path, revision: str) -> Path:
    """A file at ``revision``, as an older build of the app left it (no application_id)."""
    engine = create_sqlite_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    return path


# --- the canonical data set ---------------------------------------------------------------

# column -> value for the rows "rich", "zero" and "null" (None = NULL where allowed).
KNOWN: dict[str, tuple[Any, Any, Any]] = {
    "category": ("it_services", "other", "marketing"),
    "partner.status": ("active", "prospect", "ended"),
    "agreement.status": ("active", "draft", "expired"),
    "shared_goal.status": ("on_track", "planned", "dropped"),
    "goal_update.status": ("at_risk", "achieved", None),
    "kind": ("service_contract", "nda", "lease"),
    "notice_unit": ("months", "days", None),
    "notice_anchor": ("end_of_quarter", "any_day", "end_of_term"),
    "billing_period": ("yearly", "one_off", "monthly"),
    "currency": ("EUR", "EUR", None),
    "value_minor": (BIG_CENTS, 0, None),
    "minimum_term_months": (1200, 0, None),
    "notice_amount": (24, 0, None),
    "renewal_months": (120, 0, None),
    "kpi_unit": ("%", "", None),
    "kpi_baseline": ("0.1", "0", None),
    "kpi_target": ("999999999999.999999", "-0.000001", None),
    "kpi_current": ("0.1", "0", None),
    "value": ("0.1", "0", None),
    "channel": ("video", "email", "on_site"),
    "mood": ("tense", "good", "neutral"),
    "body": (BODY, "", ""),
    "partner_since": ("2024-02-29", "0001-01-01", None),
    "start_date": ("0001-01-01", "2024-02-29", None),
    "end_date": ("9999-12-31", "0001-01-01", None),
    "target_date": ("2028-02-29", "9999-12-31", None),
    "deleted_at": (None, None, None),  # in the trash the repositories would skip them
    "notice_form": ("text", "written", "written"),
    "decision": ("renegotiate", "cancel", None),
    "reminder_days": ("3650,120,1", "", "1"),
    "criticality": ("high", "low", "medium"),
    "contact_cadence_days": (730, 1, None),
}
BY_TYPE: dict[str, tuple[Any, Any, Any]] = {
    "BOOLEAN": (1, 0, 0),
    "DATE": ("9999-12-31", "0001-01-01", "2024-02-29"),
    "DATETIME": ("9999-12-31 23:59:59.999999", "0001-01-01 00:00:00.000000", "2024-02-29 12:00:00"),
    "INTEGER": (9_223_372_036_854_775_807, 0, -1),
}


def tables_parents_first(connection: sqlite3.Connection) -> list[str]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' "
            # The search index is derived from the other tables (and rebuilt from them).
            "AND name NOT LIKE 'search_index%' ORDER BY name"
        )
    ]
    parents = {
        name: {row[2] for row in connection.execute(f'PRAGMA foreign_key_list("{name}")')}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ordered += [
            name for name in names if name not in ordered and parents[name] <= {*ordered, name}
        ]
    return ordered


def canonical_value(table: str, column: tuple[Any, ...], foreign: set[str], row: int) -> Any:
    _, name, declared, notnull, _, primary = column
    if name == "id" and primary:
        return row + 1
    if name in foreign:
        return row + 1
    known = KNOWN.get(f"{table}.{name}") or KNOWN.get(name)
    if known is not None:
        value = known[row]
    elif row == 2 and not notnull:
        value = None
    else:
        kind = str(declared).split("(")[0].upper()
        by_type = BY_TYPE.get(kind)
        value = by_type[row] if by_type else (f"{RICH_TEXT} #{row}", "", f"∅ {row}")[row]
    if value is None and notnull:
        value = BY_TYPE.get(str(declared).upper(), ("", "", f"∅ {row}"))[row]
    return value


def insert_canonical_data(path: Path) -> None:
    """Three rows per table: every boundary ("rich"), zeros and empties, NULLs."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("BEGIN")
        for table in tables_parents_first(connection):
            columns = list(connection.execute(f'PRAGMA table_info("{table}")'))
            foreign = {row[3] for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')}
            names = ", ".join(f'"{column[1]}"' for column in columns)
            marks = ", ".join("?" for _ in columns)
            for row in range(3):
                values = [canonical_value(table, column, foreign, row) for column in columns]
                connection.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        connection.execute("COMMIT")


def snapshot(path: Path) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """table -> column -> [(rowid, typeof, value)], for every table and column."""
    found: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        for table in tables_parents_first(connection):
            found[table] = {
                column[1]: connection.execute(
                    f'SELECT rowid, typeof("{column[1]}"), "{column[1]}" FROM "{table}" '
                    "ORDER BY rowid"
                ).fetchall()
                for column in connection.execute(f'PRAGMA table_info("{table}")')
            }
    return found


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_value_of_every_older_schema_survives_the_upgrade(
    db_path: Path, revision: str
) -> None:
    database_at(db_path, revision)
    insert_canonical_data(db_path)
    before = snapshot(db_path)

    database = open_database(db_path, create=False, now=NOW)
    try:
        after = snapshot(db_path)
        assert current_revision(database.engine) == head_revision()
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            version = connection.exec_driver_sql("PRAGMA user_version").scalar()
            assert version == schema_version(head_revision())
        for table, columns in before.items():
            for column, values in columns.items():
                assert after[table][column] == values, f"{table}.{column} changed"
        read_back_through_the_repositories(database.session_factory)
    finally:
        database.close()
    backups = list_backups(default_backup_folder(db_path))
    if revision == head_revision():
        assert backups == []
    else:
        assert [(info.reason, info.revision) for info in backups] == [("pre-migration", revision)]


def read_back_through_the_repositories(session_factory: Any) -> None:
    """The app's own read path understands every migrated value."""
    with SqlUnitOfWork(session_factory) as uow:
        partners = {partner.id: partner for partner in uow.partners.list_all()}
        assert partners[PartnerId(1)].name == f"{RICH_TEXT} #0"
        assert partners[PartnerId(1)].partner_since == date(2024, 2, 29)
        assert partners[PartnerId(3)].partner_since is None
        notes = uow.notes.list_for_partner(PartnerId(1))
        assert [note.body for note in notes] == [BODY]
        assert notes[0].when == datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
        rich, zero, empty = (uow.agreements.list_for_partner(PartnerId(n))[0] for n in (1, 2, 3))
        assert rich.value is not None
        assert rich.value.amount == Decimal("999999999999.99")
        assert (rich.start_date, rich.end_date) == (date(1, 1, 1), date(9999, 12, 31))
        assert zero.value is not None
        assert zero.value.amount == Decimal("0.00")
        assert (empty.value, empty.notice_period, empty.end_date) == (None, None, None)
        goal = uow.goals.list_for_partner(PartnerId(1))[0]
        assert goal.kpi is not None
        assert goal.kpi.baseline == Decimal("0.1")
        assert goal.target_date == date(2028, 2, 29)


# --- the forced pre-migration backup ------------------------------------------------------


@pytest.fixture
def old_file(db_path: Path) -> Path:
    """A file at the first revision with data, left by an older build."""
    database_at(db_path, REVISIONS[0])
    fill(db_path, partners=3, notes=2)
    return db_path


needs_two_revisions = pytest.mark.skipif(len(REVISIONS) < 2, reason="only one revision")


@needs_two_revisions
def test_a_verified_backup_is_made_before_the_schema_changes(old_file: Path) -> None:
    content = dump(old_file)

    open_database(old_file, create=False, now=NOW).close()

    folder = default_backup_folder(old_file)
    [info] = list_backups(folder)
    assert info.path.name == "portfolio-20261129-101500-pre-migration.sqlite3"
    assert (info.reason, info.revision, info.counts["notes"]) == ("pre-migration", "0001", 6)
    assert verify_database_file(info.path) == info.counts
    assert dump(info.path) == content


@needs_two_revisions
def test_the_pre_migration_backup_survives_thinning(old_file: Path) -> None:
    open_database(old_file, create=False, now=NOW).close()
    folder = default_backup_folder(old_file)

    thin_backups(folder, now=NOW.replace(year=2030), daily=0, weekly=0, monthly=0)

    assert len(list_backups(folder)) == 1


def test_no_backup_is_made_when_nothing_is_migrated(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    fill(db_path, partners=1)

    open_database(db_path, create=False).close()

    assert not default_backup_folder(db_path).exists()


@needs_two_revisions
def test_without_a_backup_there_is_no_migration(old_file: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    before = digest(old_file)

    with pytest.raises(StorageError) as caught:
        open_database(old_file, create=False, backup_folder=blocked, now=NOW)

    assert caught.value.code == "db.backup_before_migration_failed"
    assert caught.value.detail.startswith("backup.failed")
    assert digest(old_file) == before
    assert files_in(old_file.parent) == sorted([old_file.name, blocked.name])


# --- a migration that fails half-way ------------------------------------------------------

_FAILING_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("scratch", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO scratch (id) VALUES (1)")
    with op.batch_alter_table("partner") as batch_op:
        batch_op.add_column(sa.Column("half_done", sa.Integer(), nullable=True))
        batch_op.alter_column(
            "website", existing_type=sa.String(500), type_=sa.Text(), existing_nullable=False
        )
    op.execute("UPDATE partner SET half_done = 1")
    op.execute("DELETE FROM communication_note")
    raise RuntimeError("simulated failure half-way through a migration")


def downgrade() -> None:
    pass
"""


@pytest.fixture
def failing_migrations(current_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped migrations plus one that creates, rebuilds, deletes, then raises.

    Patched in after ``current_file`` was made with the shipped ones.
    """
    location = tmp_path / "migrations"
    shutil.copytree(Path(alembic_config().get_main_option("script_location") or ""), location)
    head = head_revision()
    (location / "versions" / "0099_fail.py").write_text(_FAILING_REVISION.format(head=head))

    def patched() -> Config:
        config = Config()
        config.set_main_option("script_location", str(location))
        return config

    monkeypatch.setattr(migrate, "alembic_config", patched)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "0099")  # a build with one more migration
    return location


@pytest.fixture
def current_file(tmp_path: Path) -> Path:
    """A file at the shipped head with data, closed (fully checkpointed)."""
    path = tmp_path / "data" / "portfolio.sqlite3"
    open_database(path, create=True).close()
    fill(path, partners=4, notes=3)
    return path


@pytest.mark.usefixtures("failing_migrations")
def test_a_failing_migration_leaves_the_file_byte_for_byte_unchanged(current_file: Path) -> None:
    before = (digest(current_file), dump(current_file))

    with pytest.raises(StorageError) as caught:
        open_database(current_file, create=False, now=NOW)

    assert caught.value.code == "db.migration_failed"
    assert "simulated failure" in caught.value.detail
    assert (digest(current_file), dump(current_file)) == before
    assert files_in(current_file.parent) == ["backups", current_file.name]


@pytest.mark.usefixtures("failing_migrations")
def test_a_failing_migration_keeps_its_verified_pre_migration_backup(current_file: Path) -> None:
    content = dump(current_file)

    with pytest.raises(StorageError):
        open_database(current_file, create=False, now=NOW)

    [info] = list_backups(default_backup_folder(current_file))
    assert (info.reason, info.revision) == ("pre-migration", REVISIONS[-1])
    assert dump(info.path) == content


@pytest.mark.usefixtures("failing_migrations")
def test_upgrade_database_rolls_back_a_failing_migration_completely(current_file: Path) -> None:
    before = dump(current_file)
    engine = create_sqlite_engine(current_file)
    try:
        with pytest.raises(StorageError):
            upgrade_database(engine)
        assert current_revision(engine) == REVISIONS[-1]
    finally:
        engine.dispose()

    assert dump(current_file) == before


@pytest.mark.usefixtures("failing_migrations")
def test_negative_control_without_the_begin_recipe_the_failure_leaves_partial_ddl(
    current_file: Path,
) -> None:
    """pysqlite's own transaction handling commits DDL: what the recipe protects against."""
    engine = create_engine(f"sqlite:///{current_file}")
    config = migrate.alembic_config()

    def upgrade() -> None:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    try:
        with pytest.raises(RuntimeError):
            upgrade()
    finally:
        engine.dispose()

    with closing(sqlite3.connect(current_file)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    assert "scratch" in tables
