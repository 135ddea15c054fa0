"""Revision 0005 (promises, follow-up owner) on a 0004 file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect

from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.promise import Promise
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import alembic_config, current_revision, upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW
from tests.integration.test_migration_0003 import engine_at
from tests.integration.test_trash_migration import OLD_TABLES, ROWS_0001, columns_of, dump


@pytest.fixture
def old_engine(db_path: Path) -> Iterator[Engine]:
    """A file at revision 0004 with two partners and their records."""
    engine = engine_at(db_path, "0004", ROWS_0001)
    yield engine
    engine.dispose()


def table_names(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_upgrading_keeps_every_value_of_every_old_column(old_engine: Engine) -> None:
    before = {
        table: (columns_of(old_engine, table), dump(old_engine, table)) for table in OLD_TABLES
    }

    upgrade_database(old_engine)

    assert current_revision(old_engine) not in {"0004", None}
    for table, (columns, rows) in before.items():
        assert sorted(dump(old_engine, table, columns)) == sorted(rows), table


def test_old_notes_get_no_follow_up_owner_and_the_register_starts_empty(
    old_engine: Engine,
) -> None:
    notes = len(dump(old_engine, "communication_note"))

    upgrade_database(old_engine)

    assert dump(old_engine, "communication_note", ["follow_up_owner"]) == [("",)] * notes
    assert "promises" in table_names(old_engine)
    assert dump(old_engine, "promises") == []


def test_old_notes_take_promises_after_the_upgrade(old_engine: Engine) -> None:
    upgrade_database(old_engine)
    session_factory = create_session_factory(old_engine)
    services = build_services(lambda: SqlUnitOfWork(session_factory), clock=lambda: FIXED_NOW)
    note_id = int(str(dump(old_engine, "communication_note", ["id"])[0][0]))

    services.promises.from_note(
        NoteId(note_id), [Promise(None, PartnerId(0), "Angebot", due=date(2026, 12, 15))]
    )

    [row] = dump(old_engine, "promises", ["text", "note_id", "state", "deleted_at"])
    assert row == ("Angebot", note_id, "open", None)


def test_downgrading_to_0004_drops_the_register_and_keeps_the_rest(db_path: Path) -> None:
    old_engine = engine_at(db_path, "0004", ROWS_0001)
    old_columns = columns_of(old_engine, "communication_note")
    upgrade_database(old_engine)
    before = dump(old_engine, "communication_note", old_columns)
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
                command.downgrade(config, "0004")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys = ON")

        assert broken == []
        assert current_revision(engine) == "0004"
        assert "promises" not in table_names(engine)
        assert columns_of(engine, "communication_note") == old_columns
        assert dump(engine, "communication_note") == before
    finally:
        engine.dispose()
