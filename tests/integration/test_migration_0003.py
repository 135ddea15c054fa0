"""Revision 0003 (deadline fields, reminder states) on files of revisions 0001 and 0002."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from portfolio_app.domain.agreement import DEFAULT_REMINDER_DAYS, NoticeForm
from portfolio_app.domain.deadlines import DeadlineKind
from portfolio_app.domain.ids import PartnerId
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.integration.test_trash_migration import OLD_TABLES, ROWS_0001, columns_of, dump

NOW = datetime.fromisoformat("2026-11-30T12:00:00+00:00")
IN_AUGUST = datetime.fromisoformat("2027-08-01T12:00:00+00:00")
T = "2026-01-02 03:04:05.000006"
ROWS_0002 = [
    f"UPDATE contact_person SET deleted_at = '{T}' WHERE id = 1",
    "INSERT INTO audit_entry (id, at, partner_id, item_kind, item_id, action, title, changes, "
    f"created_at, updated_at) VALUES (1, '{T}', 1, 'contact', 1, 'deleted', 'Jürgen Weiß', '[]', "
    f"'{T}', '{T}')",
]
NEW_COLUMNS = [
    "contract_number",
    "customer_number",
    "notice_address",
    "notice_form",
    "deputy",
    "reminder_days",
    "decision",
    "decision_reasons",
    "notice_sent_on",
    "notice_sent_via",
    "receipt_confirmed_on",
]


def engine_at(db_path: Path, revision: str, statements: list[str]) -> Engine:
    engine = create_sqlite_engine(db_path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in statements:
            connection.execute(text(statement))
    return engine


@pytest.fixture(params=["0001", "0002"])
def old_engine(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Engine]:
    """A file at revision 0001 or 0002 with data (0002: a trashed contact, an audit entry)."""
    revision = str(request.param)
    statements = ROWS_0001 + (ROWS_0002 if revision == "0002" else [])
    engine = engine_at(db_path, revision, statements)
    yield engine
    engine.dispose()


def test_upgrading_keeps_every_value_of_every_old_column(old_engine: Engine) -> None:
    tables = [*OLD_TABLES, "audit_entry"] if "audit_entry" in tables_of(old_engine) else OLD_TABLES
    before = {table: (columns_of(old_engine, table), dump(old_engine, table)) for table in tables}

    upgrade_database(old_engine)

    assert current_revision(old_engine) == head_revision()
    for table, (columns, rows) in before.items():
        assert sorted(dump(old_engine, table, columns)) == sorted(rows), table


def test_old_agreements_get_the_defaults_and_no_reminder_states(old_engine: Engine) -> None:
    upgrade_database(old_engine)

    assert dump(old_engine, "agreement", NEW_COLUMNS) == [
        ("", "", "", "written", "", "120,60,30,14,7,1", None, "", None, "", None)
    ]
    assert dump(old_engine, "reminder_state") == []


def test_old_data_reads_as_agreements_with_default_fields(old_engine: Engine) -> None:
    upgrade_database(old_engine)
    services = build_services(
        lambda: SqlUnitOfWork(create_session_factory(old_engine)), clock=lambda: NOW
    )

    [agreement] = services.partners.dossier(PartnerId(1)).agreements

    assert agreement.title == "Leasing Kopierer"
    assert (agreement.contract_number, agreement.notice_form, agreement.decision) == (
        "",
        NoticeForm.WRITTEN,
        None,
    )
    assert agreement.reminder_days == DEFAULT_REMINDER_DAYS


def test_old_data_feeds_the_deadline_reminder_and_cost_services(old_engine: Engine) -> None:
    upgrade_database(old_engine)
    services = build_services(
        lambda: SqlUnitOfWork(create_session_factory(old_engine)), clock=lambda: NOW
    )

    later = build_services(
        lambda: SqlUnitOfWork(create_session_factory(old_engine)), clock=lambda: IN_AUGUST
    )

    upcoming = services.deadlines.upcoming(horizon_days=400)
    overview = services.costs.overview()
    [reminder] = later.reminders.due()
    later.reminders.done(reminder.key)

    assert {item.kind for item in upcoming} == {
        DeadlineKind.FOLLOW_UP,
        DeadlineKind.NOTICE,
        DeadlineKind.RENEWAL,
    }
    assert str(overview.total_per_year["EUR"]) == "2998.80"
    assert (reminder.key, reminder.stage) == ("1:2027-09-30", 60)
    assert later.reminders.due() == []
    assert len(dump(old_engine, "reminder_state")) == 1


def test_downgrading_to_0002_drops_the_new_columns_and_keeps_the_rest(db_path: Path) -> None:
    old_engine = engine_at(db_path, "0002", ROWS_0001 + ROWS_0002)
    old_columns = columns_of(old_engine, "agreement")
    upgrade_database(old_engine)
    before = dump(old_engine, "agreement", old_columns)
    old_engine.dispose()
    engine = create_sqlite_engine(db_path)
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                command.downgrade(config, "0002")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys = ON")

        assert broken == []
        assert current_revision(engine) == "0002"
        assert "reminder_state" not in tables_of(engine)
        assert not set(NEW_COLUMNS) & set(columns_of(engine, "agreement"))
        assert columns_of(engine, "agreement") == old_columns
        assert dump(engine, "agreement") == before
    finally:
        engine.dispose()


def tables_of(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name FROM sqlite_schema WHERE type = 'table'"))
        return {row[0] for row in rows}
