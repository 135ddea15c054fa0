"""Revision 0002 (trash and audit trail) on a file that holds data of revision 0001."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_database,
)
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW

T = "2026-01-02 03:04:05.000006"
ROWS_0001 = [
    "INSERT INTO partner (id, name, name_key, category, status, partner_since, website, address, "
    "description, values_expectations, archived, created_at, updated_at) VALUES "
    f"(1, 'Müller Druck', 'müller druck', 'print', 'active', '2019-04-01', 'https://m.de', "
    f"'Hauptstr. 5', 'Flyer', 'Pünktlich', 0, '{T}', '{T}'), "
    f"(2, 'Globex', 'globex', 'other', 'paused', NULL, '', '', '', '', 1, '{T}', '{T}')",
    f"INSERT INTO tag (id, name, name_key, created_at, updated_at) VALUES (1, 'Print', 'print', "
    f"'{T}', '{T}')",
    "INSERT INTO partner_tag (partner_id, tag_id) VALUES (1, 1)",
    "INSERT INTO contact_person (id, partner_id, name, role, email, phone, is_primary, notes, "
    f"created_at, updated_at) VALUES (1, 1, 'Jürgen Weiß', 'CEO', 'j@m.de', '0711', 1, '', "
    f"'{T}', '{T}')",
    "INSERT INTO agreement (id, partner_id, title, kind, status, start_date, end_date, "
    "minimum_term_months, notice_amount, notice_unit, notice_anchor, renewal_months, value_minor, "
    "currency, billing_period, document_link, notes, created_at, updated_at) VALUES (1, 1, "
    "'Leasing Kopierer', 'lease', 'active', '2024-01-01', '2026-12-31', 24, 3, 'months', "
    f"'end_of_term', 12, 24990, 'EUR', 'monthly', '', 'Wartung inkl.', '{T}', '{T}')",
    "INSERT INTO shared_goal (id, partner_id, title, description, owner, target_date, status, "
    "kpi_unit, kpi_baseline, kpi_target, kpi_current, created_at, updated_at) VALUES (1, 1, "
    f"'Druckkosten senken', '', 'Anna', '2026-12-31', 'on_track', '%', '0', '20', '5', '{T}', "
    f"'{T}')",
    'INSERT INTO goal_update (id, goal_id, "on", status, value, comment, is_creation, '
    f"created_at, updated_at) VALUES (1, 1, '2026-01-02', 'planned', '0', '', 1, '{T}', '{T}')",
    "INSERT INTO communication_note (id, partner_id, happened_at, channel, participants, subject, "
    "body, outcome, mood, misunderstanding, resolution, follow_up_text, follow_up_due, "
    f"follow_up_done, created_at, updated_at) VALUES (1, 1, '{T}', 'call', 'Anna', "
    "'Jahresgespräch', 'Neue Geräte', '', 'good', 0, '', 'Angebot', '2026-02-01', 0, "
    f"'{T}', '{T}')",
]
OLD_TABLES = (
    "partner",
    "tag",
    "partner_tag",
    "contact_person",
    "agreement",
    "shared_goal",
    "goal_update",
    "communication_note",
)


@pytest.fixture
def old_engine(db_path: Path) -> Iterator[Engine]:
    """A file at revision 0001 holding one filled and one bare partner."""
    engine = create_sqlite_engine(db_path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        for statement in ROWS_0001:
            connection.execute(text(statement))
    yield engine
    engine.dispose()


def dump(engine: Engine, table: str, columns: list[str] | None = None) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        names = columns or [
            row[1] for row in connection.execute(text(f"PRAGMA table_info({table})"))
        ]
        quoted = ", ".join(f'"{name}"' for name in names)
        return [tuple(row) for row in connection.execute(text(f"SELECT {quoted} FROM {table}"))]


def columns_of(engine: Engine, table: str) -> list[str]:
    with engine.connect() as connection:
        return [row[1] for row in connection.execute(text(f"PRAGMA table_info({table})"))]


def test_upgrading_keeps_every_value_of_every_old_column(old_engine: Engine) -> None:
    before = {
        table: (columns_of(old_engine, table), dump(old_engine, table)) for table in OLD_TABLES
    }

    upgrade_database(old_engine)

    assert current_revision(old_engine) == head_revision()
    for table, (columns, rows) in before.items():
        assert sorted(dump(old_engine, table, columns)) == sorted(rows), table


def test_upgrading_leaves_every_existing_row_live_and_the_history_empty(
    old_engine: Engine,
) -> None:
    upgrade_database(old_engine)

    for table in ("partner", "contact_person", "agreement", "shared_goal", "communication_note"):
        assert dump(old_engine, table, ["deleted_at"]) == [(None,)] * len(
            dump(old_engine, table, ["id"])
        )
    assert dump(old_engine, "audit_entry") == []


def test_old_data_can_be_used_and_trashed_after_the_upgrade(old_engine: Engine) -> None:
    upgrade_database(old_engine)
    services = build_services(
        lambda: SqlUnitOfWork(create_session_factory(old_engine)), clock=lambda: FIXED_NOW
    )

    dossier = services.partners.dossier(PartnerId(1))
    services.partners.delete_partner(PartnerId(1))
    services.partners.add_partner(Partner(None, "MÜLLER DRUCK"))

    assert (len(dossier.contacts), len(dossier.agreements), len(dossier.goal_updates)) == (1, 1, 1)
    assert dossier.partner.tags == ("Print",)
    assert [item.ref for item in services.trash.list_items()] == [ItemRef(ItemKind.PARTNER, 1)]


def test_downgrading_purges_the_trash_and_keeps_live_data(old_engine: Engine) -> None:
    upgrade_database(old_engine)
    services = build_services(
        lambda: SqlUnitOfWork(create_session_factory(old_engine)), clock=lambda: FIXED_NOW
    )
    services.partners.delete_partner(PartnerId(1))
    old_engine.dispose()
    engine = create_sqlite_engine(Path(str(old_engine.url.database)))
    config = alembic_config()
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            with connection.begin():
                config.attributes["connection"] = connection
                command.downgrade(config, "0001")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys = ON")

        assert broken == []
        assert dump(engine, "partner", ["name"]) == [("Globex",)]
        for table in OLD_TABLES[2:]:
            assert dump(engine, table) == [], table
        assert "deleted_at" not in columns_of(engine, "partner")
    finally:
        engine.dispose()
