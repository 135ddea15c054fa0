"""GoalService.record_progress and history; HealthService.history."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.goals import GoalService
from portfolio_app.services.health import HealthService
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
def partner_id(uow: FakeUnitOfWork) -> PartnerId:
    created = PartnerService(uow.factory).add_partner(Partner(id=None, name="Acme")).created
    assert created is not None
    return PartnerId(created.id)


def add_goal(service: GoalService, partner_id: PartnerId, *, kpi: bool = True) -> SharedGoal:
    goal = SharedGoal(
        None,
        partner_id,
        "Recycle paper",
        status=GoalStatus.ON_TRACK,
        kpi=Kpi("t", Decimal(0), Decimal(60), Decimal(20)) if kpi else None,
    )
    created = service.add(goal).created
    assert created is not None
    return service.get(created.id)


def goal_id(goal: SharedGoal) -> GoalId:
    assert goal.id is not None
    return GoalId(goal.id)


def test_progress_is_stored_with_date_and_comment_and_updates_the_goal(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, partner_id)
    commits = uow.commits

    changes = service.record_progress(
        goal_id(goal),
        TODAY,
        value=Decimal(42),
        status=GoalStatus.AT_RISK,
        comment="Press 2 delivered late",
    )

    assert uow.commits == commits + 1
    assert changes.items == {ItemRef(ItemKind.GOAL, goal_id(goal))}
    assert changes.partners == {partner_id}
    latest = service.history(goal_id(goal))[-1]
    assert (latest.on, latest.value, latest.status, latest.comment, latest.created) == (
        TODAY,
        Decimal(42),
        GoalStatus.AT_RISK,
        "Press 2 delivered late",
        False,
    )
    stored = service.get(goal_id(goal))
    assert stored.kpi is not None
    assert (stored.kpi.current, stored.status) == (Decimal(42), GoalStatus.AT_RISK)


def test_progress_that_changes_the_goal_is_audited(
    service: GoalService, uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    goal = add_goal(service, partner_id)
    with uow:
        before = len(uow.audit.list_for_partner(partner_id))

    service.record_progress(goal_id(goal), TODAY, value=Decimal(30))

    with uow:
        assert len(uow.audit.list_for_partner(partner_id)) == before + 1


def test_a_comment_only_update_goes_into_history_and_leaves_the_goal(
    service: GoalService, partner_id: PartnerId
) -> None:
    goal = add_goal(service, partner_id)

    service.record_progress(goal_id(goal), TODAY, comment="Kick-off with the printer")

    assert service.get(goal_id(goal)) == goal
    assert service.history(goal_id(goal))[-1].comment == "Kick-off with the printer"


@pytest.mark.parametrize(
    ("kpi", "on", "value", "status", "code"),
    [
        (True, TODAY, None, None, "goal.progress.empty"),
        (False, TODAY, Decimal(5), None, "goal.progress.no_kpi"),
        (True, TODAY + timedelta(days=1), Decimal(5), None, "goal.progress.future"),
    ],
)
def test_bad_progress_is_rejected_and_nothing_is_stored(
    service: GoalService,
    uow: FakeUnitOfWork,
    partner_id: PartnerId,
    kpi: bool,
    on: date,
    value: Decimal | None,
    status: GoalStatus | None,
    code: str,
) -> None:
    goal = add_goal(service, partner_id, kpi=kpi)
    commits = uow.commits

    with pytest.raises(ValidationError) as caught:
        service.record_progress(goal_id(goal), on, value=value, status=status)

    assert caught.value.code == code
    assert uow.commits == commits
    assert len(service.history(goal_id(goal))) == 1
    assert service.get(goal_id(goal)) == goal


def test_progress_on_a_missing_goal_is_not_found(service: GoalService) -> None:
    with pytest.raises(NotFoundError):
        service.record_progress(GoalId(99), TODAY, comment="lost")


def test_history_is_ordered_by_day_then_by_recording(
    service: GoalService, partner_id: PartnerId
) -> None:
    goal = add_goal(service, partner_id)
    gid = goal_id(goal)
    service.record_progress(gid, TODAY - timedelta(days=1), value=Decimal(30), comment="b")
    service.record_progress(gid, TODAY - timedelta(days=10), value=Decimal(25), comment="a")
    service.record_progress(gid, TODAY - timedelta(days=1), comment="c")

    history = service.history(gid)

    assert [(entry.on, entry.comment) for entry in history] == [
        (TODAY - timedelta(days=10), "a"),
        (TODAY - timedelta(days=1), "b"),
        (TODAY - timedelta(days=1), "c"),
        (TODAY, ""),
    ]


def test_health_history_has_one_point_a_week_ending_today(
    uow: FakeUnitOfWork, partner_id: PartnerId
) -> None:
    with uow:
        uow.notes.add(CommunicationNote(None, partner_id, NOON - timedelta(days=100), "Meeting"))
        uow.commit()
    health = HealthService(uow.factory, lambda: NOON)

    history = health.history(partner_id, 365)

    assert len(history) == 53
    assert history[-1][0] == TODAY
    assert history[0][0] == TODAY - timedelta(weeks=52)
    assert {b[0] - a[0] for a, b in itertools.pairwise(history)} == {timedelta(weeks=1)}
    assert history[-1][1] == health.for_partner(partner_id).score
    before_the_note = [score for day, score in history if day < TODAY - timedelta(days=100)]
    after_the_note = [score for day, score in history if day > TODAY - timedelta(days=100)]
    assert before_the_note[-1] != after_the_note[0]


def test_health_history_of_a_missing_partner_is_not_found(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotFoundError):
        HealthService(uow.factory, lambda: NOON).history(PartnerId(42))


def test_history_of_a_trashed_goal_is_not_found(
    service: GoalService, partner_id: PartnerId
) -> None:
    goal = add_goal(service, partner_id)
    service.delete(goal_id(goal))

    with pytest.raises(NotFoundError):
        service.history(goal_id(goal))


def test_progress_is_dated_as_given_not_as_today(
    service: GoalService, partner_id: PartnerId
) -> None:
    goal = add_goal(service, partner_id)
    day = TODAY - timedelta(days=40)

    service.record_progress(goal_id(goal), day, status=GoalStatus.AT_RISK)

    assert [entry.on for entry in service.history(goal_id(goal))] == [day, TODAY]
    assert service.get(goal_id(goal)) == goal  # the creation entry of today is newer
