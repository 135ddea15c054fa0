"""Goal progress: the KPI fraction, the overdue rule and progress updates."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.goal import (
    GoalStatus,
    GoalUpdate,
    Kpi,
    SharedGoal,
    newest_first,
    progress_entry,
    with_progress,
)
from portfolio_app.domain.ids import GoalId, GoalUpdateId, PartnerId

TODAY = date(2026, 11, 29)
TONS = Kpi("t", Decimal(0), Decimal(60), Decimal(42))
GOAL = SharedGoal(GoalId(3), PartnerId(1), "Recycle paper", status=GoalStatus.ON_TRACK, kpi=TONS)


@pytest.mark.parametrize(
    ("baseline", "target", "current", "share"),
    [
        (0, 60, 42, 0.7),
        (0, 60, 0, 0.0),
        (0, 60, 75, 1.0),  # beyond the target: clamped
        (10, 20, 5, 0.0),  # below the baseline: clamped
        (24, 4, 14, 0.5),  # decreasing KPI: fewer hours is better
        (24, 4, 4, 1.0),
        (24, 4, 30, 0.0),  # worse than the baseline
        (24, 4, 0, 1.0),  # better than the target
    ],
)
def test_progress_is_the_share_of_the_way_from_baseline_to_target(
    baseline: int, target: int, current: int, share: float
) -> None:
    kpi = Kpi("x", Decimal(baseline), Decimal(target), Decimal(current))

    assert kpi.progress() == pytest.approx(share)


def test_progress_is_unknown_without_a_current_value() -> None:
    assert dataclasses.replace(TONS, current=None).progress() is None


@pytest.mark.parametrize(
    ("target_date", "status", "overdue"),
    [
        (TODAY - timedelta(days=1), GoalStatus.ON_TRACK, True),
        (TODAY - timedelta(days=1), GoalStatus.PLANNED, True),
        (TODAY - timedelta(days=1), GoalStatus.AT_RISK, True),
        (TODAY - timedelta(days=1), GoalStatus.ACHIEVED, False),
        (TODAY - timedelta(days=1), GoalStatus.DROPPED, False),
        (TODAY, GoalStatus.ON_TRACK, False),  # due today is not late yet
        (TODAY + timedelta(days=30), GoalStatus.AT_RISK, False),
        (None, GoalStatus.AT_RISK, False),
    ],
)
def test_a_goal_is_overdue_past_its_target_date_unless_achieved_or_dropped(
    target_date: date | None, status: GoalStatus, overdue: bool
) -> None:
    goal = dataclasses.replace(GOAL, target_date=target_date, status=status)

    assert goal.is_overdue(TODAY) is overdue


def test_a_progress_entry_keeps_day_value_status_and_a_cleaned_comment() -> None:
    entry = progress_entry(
        GOAL,
        TODAY - timedelta(days=2),
        TODAY,
        value=Decimal(45),
        status=GoalStatus.AT_RISK,
        comment="  Second press delivered \n",
    )

    assert entry == GoalUpdate(
        None,
        GOAL.id or GoalId(0),
        TODAY - timedelta(days=2),
        GoalStatus.AT_RISK,
        Decimal(45),
        "Second press delivered",
    )


def test_a_comment_alone_is_a_valid_update() -> None:
    entry = progress_entry(GOAL, TODAY, TODAY, comment="Talked about it")

    assert (entry.value, entry.status, entry.comment) == (None, None, "Talked about it")


@pytest.mark.parametrize(
    ("goal", "on", "value", "comment", "code", "field"),
    [
        (GOAL, TODAY, None, "   ", "goal.progress.empty", "value"),
        (
            dataclasses.replace(GOAL, kpi=None),
            TODAY,
            Decimal(3),
            "",
            "goal.progress.no_kpi",
            "value",
        ),
        (GOAL, TODAY + timedelta(days=1), Decimal(3), "", "goal.progress.future", "on"),
        (GOAL, TODAY, None, "x" * 100_001, "goal.progress.comment.too_long", "comment"),
    ],
)
def test_bad_progress_is_rejected_with_a_code_and_field(
    goal: SharedGoal, on: date, value: Decimal | None, comment: str, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        progress_entry(goal, on, TODAY, value=value, comment=comment)

    assert (caught.value.code, caught.value.field) == (code, field)


def entry(day: int, *, value: int | None = None, status: GoalStatus | None = None) -> GoalUpdate:
    return GoalUpdate(
        GoalUpdateId(day),
        GoalId(3),
        date(2026, 11, day),
        status,
        Decimal(value) if value is not None else None,
    )


def test_the_newest_update_sets_the_current_value_and_status() -> None:
    history = [entry(1, value=30, status=GoalStatus.ON_TRACK)]

    after = with_progress(GOAL, entry(20, value=50, status=GoalStatus.AT_RISK), history)

    assert after.kpi is not None
    assert (after.kpi.current, after.status) == (Decimal(50), GoalStatus.AT_RISK)


def test_a_back_dated_update_leaves_newer_values_in_place() -> None:
    history = [entry(1, value=30), entry(20, value=42, status=GoalStatus.ON_TRACK)]

    after = with_progress(GOAL, entry(10, value=35, status=GoalStatus.AT_RISK), history)

    assert after == GOAL


def test_a_value_only_update_keeps_the_status() -> None:
    after = with_progress(GOAL, entry(20, value=50), [])

    assert after.status is GoalStatus.ON_TRACK
    assert after.kpi == dataclasses.replace(TONS, current=Decimal(50))


def test_newest_first_orders_by_day_then_by_storage_order() -> None:
    first, same_day, later = entry(5), dataclasses.replace(entry(5), id=GoalUpdateId(9)), entry(7)

    assert newest_first([same_day, later, first]) == [later, same_day, first]
