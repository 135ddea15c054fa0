"""Removing a goal's progress entry on a real SQLite file (the undo of recording it)."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, GoalUpdateId, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import Services
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.astimezone().date()


def _rows(path: Path, sql: str, *arguments: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return [tuple(row) for row in connection.execute(sql, arguments).fetchall()]


@pytest.fixture
def goal_id(services: Services) -> GoalId:
    partner = services.partners.add_partner(Partner(id=None, name="Kopierwerk Süd GmbH"))
    assert partner.created is not None
    goal = SharedGoal(
        None,
        PartnerId(partner.created.id),
        "Druckkosten senken",
        status=GoalStatus.ON_TRACK,
        kpi=Kpi("%", Decimal(0), Decimal(30), Decimal("12.5")),
    )
    created = services.goals.add(goal).created
    assert created is not None
    return GoalId(created.id)


def test_the_repository_gets_and_deletes_one_entry(
    session_factory: sessionmaker[Session], goal_id: GoalId, db_path: Path
) -> None:
    uow = SqlUnitOfWork(session_factory)
    entry = GoalUpdate(None, goal_id, TODAY, GoalStatus.AT_RISK, Decimal("14.25"), "Lieferung")
    with uow:
        entry_id = GoalUpdateId(uow.goal_updates.add(entry))
        uow.commit()

    with uow:
        assert uow.goal_updates.get(entry_id) == GoalUpdate(
            entry_id, goal_id, TODAY, GoalStatus.AT_RISK, Decimal("14.25"), "Lieferung"
        )
        uow.goal_updates.delete(entry_id)
        uow.commit()

    assert _rows(db_path, "SELECT count(*) FROM goal_update WHERE id = ?", entry_id) == [(0,)]
    with uow, pytest.raises(NotFoundError) as raised:
        uow.goal_updates.get(entry_id)
    assert raised.value.code == "goal_update.not_found"
    with uow, pytest.raises(NotFoundError):
        uow.goal_updates.delete(entry_id)


def test_removing_progress_restores_the_stored_goal_and_audits_it(
    services: Services, goal_id: GoalId, db_path: Path
) -> None:
    goal_sql = "SELECT status, kpi_current FROM shared_goal WHERE id = ?"
    before = _rows(db_path, goal_sql, goal_id)
    history = _rows(db_path, "SELECT id FROM goal_update ORDER BY id")
    update_id, _ = services.goals.add_progress(
        goal_id, TODAY, value=Decimal("18"), status=GoalStatus.AT_RISK, comment="Neue Presse"
    )
    assert _rows(db_path, goal_sql, goal_id) != before

    services.goals.remove_progress(update_id)

    assert _rows(db_path, goal_sql, goal_id) == before
    assert _rows(db_path, "SELECT id FROM goal_update ORDER BY id") == history
    audit = _rows(
        db_path,
        "SELECT action, changes FROM audit_entry WHERE item_kind = 'goal' ORDER BY id DESC",
    )
    action, changes = audit[0]
    assert action == "updated"
    assert str(changes).index('"18"') < str(changes).index('"12.5"'), changes
    assert str(changes).index('"at_risk"') < str(changes).index('"on_track"'), changes
