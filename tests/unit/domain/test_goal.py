"""Shared goals, their KPIs and the history entries an edit deserves."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal, changes_between
from portfolio_app.domain.ids import GoalId, PartnerId

TODAY = date(2026, 11, 29)
GOAL = SharedGoal(
    id=GoalId(7),
    partner_id=PartnerId(1),
    title="Faster answers",
    status=GoalStatus.ON_TRACK,
    kpi=Kpi("hours", Decimal(24), Decimal(4), Decimal(14)),
)


def test_blank_title_is_rejected() -> None:
    goal = dataclasses.replace(GOAL, title="   ")

    with pytest.raises(ValidationError) as caught:
        goal.validated()

    assert caught.value.code == "goal.title.empty"
    assert caught.value.field == "title"


def test_kpi_whose_target_equals_its_baseline_is_rejected() -> None:
    goal = dataclasses.replace(GOAL, kpi=Kpi("%", Decimal("50"), Decimal("50.0")))

    with pytest.raises(ValidationError) as caught:
        goal.validated()

    assert caught.value.code == "goal.kpi.no_range"
    assert caught.value.field == "kpi_target"


def test_kpi_unit_longer_than_thirty_characters_is_rejected() -> None:
    goal = dataclasses.replace(GOAL, kpi=Kpi("x" * 31, Decimal(0), Decimal(1)))

    with pytest.raises(ValidationError) as caught:
        goal.validated()

    assert caught.value.code == "goal.kpi.unit.too_long"
    assert caught.value.field == "kpi_unit"


def test_validated_cleans_title_owner_and_kpi_unit() -> None:
    goal = dataclasses.replace(
        GOAL,
        title=" Faster \n answers ",
        owner="  Jörg ",
        kpi=Kpi("  hours ", Decimal(24), Decimal(4)),
    )

    clean = goal.validated()

    assert (clean.title, clean.owner, clean.kpi) == (
        "Faster answers",
        "Jörg",
        Kpi("hours", Decimal(24), Decimal(4)),
    )


def test_goal_without_kpi_is_valid() -> None:
    assert dataclasses.replace(GOAL, kpi=None).validated().kpi is None


@pytest.mark.parametrize(
    ("current", "expected"),
    [("0", 0.0), ("25", 0.25), ("100", 1.0), ("-10", 0.0), ("130", 1.0)],
)
def test_kpi_progress_is_the_share_of_the_way_clamped_to_zero_and_one(
    current: str, expected: float
) -> None:
    kpi = Kpi("%", Decimal(0), Decimal(100), Decimal(current))

    assert kpi.progress() == expected


def test_kpi_progress_works_for_a_falling_target() -> None:
    kpi = Kpi("hours", Decimal(24), Decimal(4), Decimal(14))

    assert kpi.progress() == 0.5


def test_kpi_progress_of_a_falling_target_is_zero_when_it_got_worse() -> None:
    kpi = Kpi("hours", Decimal(24), Decimal(4), Decimal(30))

    assert kpi.progress() == 0.0


def test_kpi_without_current_value_has_no_progress() -> None:
    assert Kpi("%", Decimal(0), Decimal(100)).progress() is None


def test_kpi_without_range_has_no_progress() -> None:
    assert Kpi("%", Decimal(5), Decimal(5), Decimal(5)).progress() is None


def test_status_change_deserves_an_entry_with_the_new_status_only() -> None:
    after = dataclasses.replace(GOAL, status=GoalStatus.AT_RISK)

    entry = changes_between(GOAL, after, TODAY)

    assert entry == GoalUpdate(id=None, goal_id=GoalId(7), on=TODAY, status=GoalStatus.AT_RISK)


def test_new_kpi_value_deserves_an_entry_with_the_value_only() -> None:
    assert GOAL.kpi is not None
    after = dataclasses.replace(GOAL, kpi=dataclasses.replace(GOAL.kpi, current=Decimal(9)))

    entry = changes_between(GOAL, after, TODAY)

    assert entry == GoalUpdate(id=None, goal_id=GoalId(7), on=TODAY, value=Decimal(9))


def test_status_and_kpi_change_together_make_one_entry() -> None:
    assert GOAL.kpi is not None
    after = dataclasses.replace(
        GOAL,
        status=GoalStatus.ACHIEVED,
        kpi=dataclasses.replace(GOAL.kpi, current=Decimal(4)),
    )

    entry = changes_between(GOAL, after, TODAY)

    assert entry is not None
    assert (entry.status, entry.value) == (GoalStatus.ACHIEVED, Decimal(4))


def test_first_kpi_value_on_a_goal_without_kpi_deserves_an_entry() -> None:
    before = dataclasses.replace(GOAL, kpi=None)

    entry = changes_between(before, GOAL, TODAY)

    assert entry is not None
    assert entry.value == Decimal(14)


def test_title_and_description_edits_deserve_no_entry() -> None:
    after = dataclasses.replace(GOAL, title="Much faster answers", description="Within a day")

    assert changes_between(GOAL, after, TODAY) is None


def test_the_same_kpi_value_written_differently_deserves_no_entry() -> None:
    assert GOAL.kpi is not None
    after = dataclasses.replace(GOAL, kpi=dataclasses.replace(GOAL.kpi, current=Decimal("14.00")))

    assert changes_between(GOAL, after, TODAY) is None
