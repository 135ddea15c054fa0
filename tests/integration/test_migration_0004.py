"""Revision 0004 (owner, criticality and contact cadence of partners) on a 0003 file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine

from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Criticality
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.integration.test_migration_0003 import engine_at
from tests.integration.test_trash_migration import OLD_TABLES, ROWS_0001, columns_of, dump

NEW_COLUMNS = ["internal_owner", "criticality", "contact_cadence_days"]


@pytest.fixture
def old_engine(db_path: Path) -> Iterator[Engine]:
    """A file at revision 0003 with two partners and their records."""
    engine = engine_at(db_path, "0003", ROWS_0001)
    yield engine
    engine.dispose()


def test_upgrading_keeps_every_value_of_every_old_column(old_engine: Engine) -> None:
    before = {
        table: (columns_of(old_engine, table), dump(old_engine, table)) for table in OLD_TABLES
    }

    upgrade_database(old_engine)

    assert current_revision(old_engine) == head_revision()
    for table, (columns, rows) in before.items():
        assert sorted(dump(old_engine, table, columns)) == sorted(rows), table


def test_old_partners_get_no_owner_medium_criticality_and_no_cadence(old_engine: Engine) -> None:
    upgrade_database(old_engine)

    assert dump(old_engine, "partner", NEW_COLUMNS) == [("", "medium", None), ("", "medium", None)]


def test_old_partners_read_back_with_the_defaults_and_store_new_values(
    old_engine: Engine,
) -> None:
    upgrade_database(old_engine)
    session_factory = create_session_factory(old_engine)

    with SqlUnitOfWork(session_factory) as uow:
        partner = uow.partners.get(PartnerId(1))
        assert (partner.internal_owner, partner.criticality, partner.contact_cadence_days) == (
            "",
            Criticality.MEDIUM,
            None,
        )
        uow.partners.update(
            dataclasses.replace(
                partner,
                internal_owner="Frank Schäufele",
                criticality=Criticality.HIGH,
                contact_cadence_days=42,
            )
        )
        uow.commit()

    with SqlUnitOfWork(session_factory) as uow:
        stored = uow.partners.get(PartnerId(1))
    assert (stored.internal_owner, stored.criticality, stored.contact_cadence_days) == (
        "Frank Schäufele",
        Criticality.HIGH,
        42,
    )


def test_downgrading_to_0003_drops_the_new_columns_and_keeps_the_rest(db_path: Path) -> None:
    old_engine = engine_at(db_path, "0003", ROWS_0001)
    old_columns = columns_of(old_engine, "partner")
    upgrade_database(old_engine)
    before = dump(old_engine, "partner", old_columns)
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
                command.downgrade(config, "0003")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys = ON")

        assert broken == []
        assert current_revision(engine) == "0003"
        assert columns_of(engine, "partner") == old_columns
        assert dump(engine, "partner") == before
    finally:
        engine.dispose()
