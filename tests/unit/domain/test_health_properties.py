"""Property tests: the health score stays in range and is exactly base plus factor points."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import (
    BASE_SCORE,
    FACTOR_BOUNDS,
    HealthFactorKind,
    band_for,
    health_history,
    health_score,
)
from portfolio_app.domain.ids import GoalId, GoalUpdateId, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner, PartnerStatus

TODAY = date(2026, 6, 15)
PARTNER_ID = PartnerId(7)
OFFSETS = st.integers(min_value=-60, max_value=2000)
"""Days before ``TODAY``; negative offsets lie in the future."""


def on(offset: int) -> date:
    return TODAY - timedelta(days=offset)


@st.composite
def follow_ups(draw: st.DrawFn) -> FollowUp | None:
    if not draw(st.booleans()):
        return None
    due = draw(st.none() | OFFSETS.map(on))
    return FollowUp("Follow up", due=due, done=draw(st.booleans()))


@st.composite
def notes(draw: st.DrawFn, note_id: int) -> CommunicationNote:
    return CommunicationNote(
        id=NoteId(note_id),
        partner_id=PARTNER_ID,
        when=datetime.combine(on(draw(OFFSETS)), time(draw(st.integers(0, 23))), UTC),
        subject=f"Note {note_id}",
        mood=draw(st.sampled_from(Mood)),
        misunderstanding=draw(st.booleans()),
        resolution=draw(st.sampled_from(["", " ", "Cleared up"])),
        follow_up=draw(follow_ups()),
    )


@st.composite
def goals_with_history(draw: st.DrawFn, goal_id: int) -> tuple[SharedGoal, list[GoalUpdate]]:
    goal = SharedGoal(
        id=GoalId(goal_id),
        partner_id=PARTNER_ID,
        title=f"Goal {goal_id}",
        target_date=draw(st.none() | OFFSETS.map(on)),
        status=draw(st.sampled_from(GoalStatus)),
    )
    offsets = draw(st.lists(OFFSETS, max_size=4))
    updates = [
        GoalUpdate(
            id=GoalUpdateId(goal_id * 10 + index),
            goal_id=GoalId(goal_id),
            on=on(offset),
            status=draw(st.none() | st.sampled_from(GoalStatus)),
            created=index == 0,
        )
        for index, offset in enumerate(sorted(offsets, reverse=True))
    ]
    return goal, updates


@st.composite
def dossiers(draw: st.DrawFn) -> PartnerDossier:
    partner = Partner(
        id=PARTNER_ID,
        name="Acme",
        status=draw(st.sampled_from(PartnerStatus)),
        partner_since=draw(st.none() | OFFSETS.map(on)),
        archived=draw(st.booleans()),
    )
    note_count = draw(st.integers(0, 12))
    goal_count = draw(st.integers(0, 6))
    the_goals = [draw(goals_with_history(n)) for n in range(1, goal_count + 1)]
    return PartnerDossier(
        partner=partner,
        goals=tuple(goal for goal, _ in the_goals),
        goal_updates=tuple(update for _, updates in the_goals for update in updates),
        notes=tuple(draw(notes(n)) for n in range(1, note_count + 1)),
    )


CADENCES = st.none() | st.integers(min_value=1, max_value=400)


@settings(max_examples=300, deadline=None)
@given(dossiers(), CADENCES, st.integers(min_value=0, max_value=10))
def test_score_is_base_plus_points_clamped_and_in_range(
    dossier: PartnerDossier, cadence: int | None, promises: int
) -> None:
    result = health_score(dossier, TODAY, cadence_days=cadence, overdue_promises=promises, tz=UTC)
    assert 0 <= result.score <= 100
    assert [factor.kind for factor in result.factors] == list(HealthFactorKind)
    for factor in result.factors:
        low, high = FACTOR_BOUNDS[factor.kind]
        assert low <= factor.points <= high
        assert factor.points == int(factor.points)  # whole points, so the list adds up
        assert factor.weight_max == max(-low, high)
    total = BASE_SCORE + sum(factor.points for factor in result.factors)
    assert result.score == min(max(total, 0), 100)
    assert result.band is band_for(result.score)


@settings(max_examples=100, deadline=None)
@given(dossiers(), CADENCES, st.lists(OFFSETS.map(on), max_size=8))
def test_history_is_the_score_of_each_day(
    dossier: PartnerDossier, cadence: int | None, days: list[date]
) -> None:
    expected = [
        (day, health_score(dossier, day, cadence_days=cadence, tz=UTC).score) for day in days
    ]
    assert health_history(dossier, days, cadence_days=cadence, tz=UTC) == expected


@settings(max_examples=150, deadline=None)
@given(dossiers(), st.integers(min_value=0, max_value=400))
def test_records_after_a_day_do_not_change_its_score(dossier: PartnerDossier, back: int) -> None:
    day = on(back)
    kept = tuple(note for note in dossier.notes if note.when.date() <= day)
    trimmed = PartnerDossier(
        partner=dossier.partner,
        goals=dossier.goals,
        goal_updates=dossier.goal_updates,
        notes=kept,
    )
    assert health_score(trimmed, day, tz=UTC) == health_score(dossier, day, tz=UTC)


@settings(max_examples=150, deadline=None)
@given(dossiers(), st.integers(min_value=1, max_value=10))
def test_more_overdue_promises_never_raise_the_score(
    dossier: PartnerDossier, promises: int
) -> None:
    fewer = health_score(dossier, TODAY, overdue_promises=promises - 1, tz=UTC)
    more = health_score(dossier, TODAY, overdue_promises=promises, tz=UTC)
    assert more.score <= fewer.score
