"""GoalService: every add and every change of status or KPI value goes into history."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, ItemKind, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.services.goals import GoalService
from portfolio_app.services.partners import PartnerService
from tests.unit.services.fakes import FakeUnitOfWork

NOON = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 29)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def clock() -> list[datetime]:
    """The moment the service sees; a test may replace ``clock[0]``."""
    return [NOON]


@pytest.fixture
def service(uow: FakeUnitOfWork, clock: list[datetime]) -> GoalService:
    return GoalService(uow.factory, lambda: clock[0])


@pytest.fixture
def partner_id(uow: FakeUnitOfWork) -> PartnerId:
    created = PartnerService(uow.factory).add_partner(Partner(id=None, name="Acme")).created
    assert created is not None
    return PartnerId(created.id)


@pytest.fixture
def berlin_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make Europe/Berlin the process's local time zone for one test."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def history(uow: FakeUnitOfWork, goal_id: GoalId) -> list[GoalUpdate]:
    with uow:
        return uow.goal_updates.list_for_goals([goal_id])


def add_goal(service: GoalService, goal: SharedGoal) -> SharedGoal:
    created = service.add(goal).created
    assert created is not None
    return service.get(created.id)


def goal_for(partner_id: PartnerId) -> SharedGoal:
    return SharedGoal(
        id=None,
        partner_id=partner_id,
        title="Faster answers",
        status=GoalStatus.ON_TRACK,
        kpi=Kpi("hours", Decimal(24), Decimal(4), Decimal(20)),
    )


def test_add_reports_the_created_goal(service: GoalService, partner_id: PartnerId) -> None:
    changes = service.add(goal_for(partner_id))

    assert changes.created is not None
    assert changes.created.kind is ItemKind.GOAL
    assert changes.partners == {partner_id}


def test_add_records_a_creation_entry_with_status_and_kpi_value(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, goal_for(partner_id))

    assert goal.id is not None
    assert [dataclasses.replace(entry, id=None) for entry in history(uow, goal.id)] == [
        GoalUpdate(
            id=None,
            goal_id=goal.id,
            on=TODAY,
            status=GoalStatus.ON_TRACK,
            value=Decimal(20),
            created=True,
        )
    ]


def test_add_without_kpi_records_a_creation_entry_without_value(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, dataclasses.replace(goal_for(partner_id), kpi=None))

    assert goal.id is not None
    (entry,) = history(uow, goal.id)
    assert (entry.created, entry.value) == (True, None)


def test_add_and_its_history_entry_are_one_commit(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    commits_before = uow.commits

    service.add(goal_for(partner_id))

    assert uow.commits == commits_before + 1


@pytest.mark.usefixtures("berlin_local_time")
def test_history_entries_are_dated_on_the_local_day(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId, clock: list[datetime]
) -> None:
    clock[0] = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)  # already Nov 30 in Berlin

    goal = add_goal(service, goal_for(partner_id))

    assert goal.id is not None
    assert [entry.on for entry in history(uow, goal.id)] == [date(2026, 11, 30)]


def test_status_change_records_an_entry_with_the_new_status(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, goal_for(partner_id))
    assert goal.id is not None

    service.update(dataclasses.replace(goal, status=GoalStatus.AT_RISK))

    latest = history(uow, goal.id)[-1]
    assert (latest.created, latest.status, latest.value) == (False, GoalStatus.AT_RISK, None)


def test_kpi_change_records_an_entry_with_the_new_value(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, goal_for(partner_id))
    assert goal.id is not None
    assert goal.kpi is not None

    service.update(dataclasses.replace(goal, kpi=dataclasses.replace(goal.kpi, current=Decimal(9))))

    latest = history(uow, goal.id)[-1]
    assert (latest.created, latest.status, latest.value) == (False, None, Decimal(9))


def test_title_only_edit_records_no_entry(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, goal_for(partner_id))
    assert goal.id is not None

    service.update(dataclasses.replace(goal, title="Much faster answers"))

    assert len(history(uow, goal.id)) == 1
    assert service.get(goal.id).title == "Much faster answers"


def test_deleting_a_goal_reports_its_partner(service: GoalService, partner_id: PartnerId) -> None:
    goal = add_goal(service, goal_for(partner_id))
    assert goal.id is not None

    changes = service.delete(goal.id)

    assert changes.partners == {partner_id}
