"""GoalService.add_progress and remove_progress: a progress entry taken back again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from portfolio_app.domain.audit import AuditAction, FieldChange
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, GoalUpdateId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.services.goals import GoalService
from portfolio_app.services.partners import PartnerService
from tests.unit.services.fakes import FakeUnitOfWork

NOON = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
TODAY = NOON.astimezone().date()


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def service(uow: FakeUnitOfWork) -> GoalService:
    return GoalService(uow.factory, lambda: NOON)


@pytest.fixture
def goal(service: GoalService, uow: FakeUnitOfWork) -> SharedGoal:
    created = PartnerService(uow.factory).add_partner(Partner(id=None, name="Acme")).created
    assert created is not None
    goal = SharedGoal(
        None,
        PartnerId(created.id),
        "Recycle paper",
        status=GoalStatus.ON_TRACK,
        kpi=Kpi("t", Decimal(0), Decimal(60), Decimal(20)),
    )
    added = service.add(goal).created
    assert added is not None
    return service.get(added.id)


def _id(goal: SharedGoal) -> GoalId:
    assert goal.id is not None
    return GoalId(goal.id)


def test_add_progress_returns_the_new_entry_s_id(service: GoalService, goal: SharedGoal) -> None:
    update_id, changes = service.add_progress(_id(goal), TODAY, value=Decimal(42))

    assert service.history(_id(goal))[-1].id == update_id
    assert changes.items == {ItemRef(ItemKind.GOAL, _id(goal))}


def test_removing_the_newest_entry_puts_the_goal_back(
    service: GoalService, uow: FakeUnitOfWork, goal: SharedGoal
) -> None:
    history = service.history(_id(goal))
    update_id, _ = service.add_progress(
        _id(goal), TODAY, value=Decimal(42), status=GoalStatus.AT_RISK, comment="late"
    )
    assert service.get(_id(goal)) != goal
    commits = uow.commits

    changes = service.remove_progress(update_id)

    assert uow.commits == commits + 1
    assert service.get(_id(goal)) == goal
    assert service.history(_id(goal)) == history
    assert changes.items == {ItemRef(ItemKind.GOAL, _id(goal))}
    assert changes.partners == {goal.partner_id}


def test_the_removal_is_audited_as_a_change_of_the_goal(
    service: GoalService, uow: FakeUnitOfWork, goal: SharedGoal
) -> None:
    update_id, _ = service.add_progress(_id(goal), TODAY, value=Decimal(42))

    service.remove_progress(update_id)

    newest = max(uow.committed.audit.values(), key=lambda entry: entry.id or 0)
    assert newest.item == ItemRef(ItemKind.GOAL, _id(goal))
    assert newest.action is AuditAction.UPDATED
    assert newest.changes == (FieldChange("kpi.current", "42", "20"),)


def test_removing_an_entry_that_a_newer_one_overrides_leaves_the_goal(
    service: GoalService, goal: SharedGoal
) -> None:
    older_id, _ = service.add_progress(_id(goal), TODAY - timedelta(days=3), value=Decimal(30))
    service.add_progress(_id(goal), TODAY, value=Decimal(45), status=GoalStatus.AT_RISK)
    current = service.get(_id(goal))

    service.remove_progress(older_id)

    assert service.get(_id(goal)) == current
    assert [entry.value for entry in service.history(_id(goal))] == [Decimal(20), Decimal(45)]


def test_removing_the_newest_of_several_goes_back_to_the_one_before(
    service: GoalService, goal: SharedGoal
) -> None:
    service.add_progress(_id(goal), TODAY, value=Decimal(30), status=GoalStatus.AT_RISK)
    same_day_id, _ = service.add_progress(_id(goal), TODAY, value=Decimal(35))

    service.remove_progress(same_day_id)

    stored = service.get(_id(goal))
    assert stored.kpi is not None
    assert stored.kpi.current == Decimal(30)
    assert stored.status is GoalStatus.AT_RISK


def test_an_entry_for_an_earlier_day_is_undone_without_touching_the_goal(
    service: GoalService, goal: SharedGoal
) -> None:
    update_id, _ = service.add_progress(
        _id(goal), TODAY - timedelta(days=400), status=GoalStatus.PLANNED, comment="Kick-off"
    )
    assert service.get(_id(goal)) == goal

    service.remove_progress(update_id)

    assert service.get(_id(goal)) == goal
    assert len(service.history(_id(goal))) == 1


def test_the_entry_that_set_the_goal_cannot_be_removed(
    service: GoalService, goal: SharedGoal
) -> None:
    (created,) = service.history(_id(goal))
    assert created.id is not None

    with pytest.raises(NotFoundError) as raised:
        service.remove_progress(created.id)

    assert raised.value.code == "goal_update.not_found"
    assert service.history(_id(goal)) == [created]


def test_removing_an_unknown_entry_is_not_found(service: GoalService) -> None:
    with pytest.raises(NotFoundError) as raised:
        service.remove_progress(GoalUpdateId(999))

    assert raised.value.code == "goal_update.not_found"


def test_an_entry_of_a_goal_in_the_trash_stays(service: GoalService, goal: SharedGoal) -> None:
    update_id, _ = service.add_progress(_id(goal), TODAY, value=Decimal(42))
    service.delete(_id(goal))

    with pytest.raises(NotFoundError):
        service.remove_progress(update_id)
