"""The partner health score: each factor at its boundaries, the sum, bands and history."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.health import (
    BASE_SCORE,
    DEFAULT_CADENCE_DAYS,
    FACTOR_BOUNDS,
    HealthBand,
    HealthFactorKind,
    HealthScore,
    band_for,
    health_history,
    health_score,
)
from portfolio_app.domain.ids import GoalId, GoalUpdateId, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Partner, PartnerStatus

TODAY = date(2026, 6, 15)
PARTNER_ID = PartnerId(1)
PARTNER = Partner(id=PARTNER_ID, name="Acme")
Kind = HealthFactorKind


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def note(
    note_id: int,
    on: date,
    *,
    mood: Mood = Mood.NEUTRAL,
    misunderstanding: bool = False,
    resolution: str = "",
    follow_up: FollowUp | None = None,
) -> CommunicationNote:
    return CommunicationNote(
        id=NoteId(note_id),
        partner_id=PARTNER_ID,
        when=datetime.combine(on, time(12), UTC),
        subject=f"Note {note_id}",
        mood=mood,
        misunderstanding=misunderstanding,
        resolution=resolution,
        follow_up=follow_up,
    )


def goal(
    goal_id: int, status: GoalStatus = GoalStatus.ON_TRACK, target: date | None = None
) -> SharedGoal:
    return SharedGoal(
        id=GoalId(goal_id),
        partner_id=PARTNER_ID,
        title=f"Goal {goal_id}",
        target_date=target,
        status=status,
    )


def update(
    update_id: int, goal_id: int, on: date, status: GoalStatus, *, created: bool = False
) -> GoalUpdate:
    return GoalUpdate(
        id=GoalUpdateId(update_id), goal_id=GoalId(goal_id), on=on, status=status, created=created
    )


def dossier(
    *notes: CommunicationNote,
    goals: tuple[SharedGoal, ...] = (),
    updates: tuple[GoalUpdate, ...] = (),
    partner: Partner = PARTNER,
) -> PartnerDossier:
    return PartnerDossier(partner=partner, goals=goals, goal_updates=updates, notes=notes)


def score(
    the_dossier: PartnerDossier,
    today: date = TODAY,
    *,
    cadence_days: int | None = None,
    overdue_promises: int = 0,
) -> HealthScore:
    return health_score(
        the_dossier, today, cadence_days=cadence_days, overdue_promises=overdue_promises, tz=UTC
    )


def points(result: HealthScore, kind: HealthFactorKind) -> float:
    (factor,) = [factor for factor in result.factors if factor.kind is kind]
    return factor.points


def detail(result: HealthScore, kind: HealthFactorKind) -> dict[str, int | float | str]:
    (factor,) = [factor for factor in result.factors if factor.kind is kind]
    return factor.detail


# ---- contact recency


def test_no_notes_at_all_costs_fifteen() -> None:
    result = score(dossier())
    assert points(result, Kind.CONTACT_RECENCY) == -15
    assert detail(result, Kind.CONTACT_RECENCY) == {"cadence_days": 42, "notes": 0}


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, 10),
        (DEFAULT_CADENCE_DAYS, 10),  # cadence exactly met
        (DEFAULT_CADENCE_DAYS + 1, 10),  # 9.58 rounds to 10
        (63, 1),  # halfway from cadence to 2x: 10 - 8.75
        (2 * DEFAULT_CADENCE_DAYS, -7),  # -7.5 rounds half up to -7
        (3 * DEFAULT_CADENCE_DAYS - 1, -25),  # -24.58
        (3 * DEFAULT_CADENCE_DAYS, -25),  # 3x cadence
        (10 * DEFAULT_CADENCE_DAYS, -25),  # no further down
    ],
)
def test_recency_falls_linearly_from_cadence_to_three_times_cadence(
    days: int, expected: float
) -> None:
    result = score(dossier(note(1, days_ago(days + 30)), note(2, days_ago(days))))
    assert points(result, Kind.CONTACT_RECENCY) == expected
    assert detail(result, Kind.CONTACT_RECENCY)["days_since"] == days
    assert detail(result, Kind.CONTACT_RECENCY)["notes"] == 2


def test_recency_uses_the_given_cadence() -> None:
    the_dossier = dossier(note(1, days_ago(20)))
    assert points(score(the_dossier, cadence_days=20), Kind.CONTACT_RECENCY) == 10
    assert points(score(the_dossier, cadence_days=10), Kind.CONTACT_RECENCY) == -7
    assert points(score(the_dossier, cadence_days=5), Kind.CONTACT_RECENCY) == -25
    assert detail(score(the_dossier, cadence_days=5), Kind.CONTACT_RECENCY)["cadence_days"] == 5


def test_notes_after_today_do_not_count() -> None:
    result = score(dossier(note(1, TODAY + timedelta(days=1))))
    assert points(result, Kind.CONTACT_RECENCY) == -15


def test_notes_are_placed_on_their_local_day() -> None:
    late = CommunicationNote(
        id=NoteId(1),
        partner_id=PARTNER_ID,
        when=datetime.combine(days_ago(1), time(23, 30), UTC),
        subject="Late call",
    )
    berlin = health_score(dossier(late), days_ago(1), tz=ZoneInfo("Europe/Berlin"))
    utc = health_score(dossier(late), days_ago(1), tz=UTC)
    assert points(berlin, Kind.CONTACT_RECENCY) == -15  # already the next day in Berlin
    assert points(utc, Kind.CONTACT_RECENCY) == 10


@pytest.mark.parametrize("cadence", [0, -1])
def test_a_cadence_must_be_positive(cadence: int) -> None:
    with pytest.raises(ValueError, match="cadence"):
        score(dossier(), cadence_days=cadence)


# ---- follow-ups


def overdue_follow_ups(count: int) -> PartnerDossier:
    due = FollowUp("Send offer", due=days_ago(1))
    return dossier(*(note(n, days_ago(2), follow_up=due) for n in range(1, count + 1)))


@pytest.mark.parametrize(("count", "expected"), [(0, 0), (1, -6), (4, -24), (5, -24)])
def test_each_overdue_follow_up_costs_six_up_to_twenty_four(count: int, expected: float) -> None:
    result = score(overdue_follow_ups(count))
    assert points(result, Kind.FOLLOW_UPS) == expected
    assert detail(result, Kind.FOLLOW_UPS) == {"overdue": count}


def test_follow_ups_due_today_done_or_undated_are_not_overdue() -> None:
    result = score(
        dossier(
            note(1, days_ago(3), follow_up=FollowUp("Call back", due=TODAY)),
            note(2, days_ago(3), follow_up=FollowUp("Call back", due=days_ago(1), done=True)),
            note(3, days_ago(3), follow_up=FollowUp("Call back")),
        )
    )
    assert points(result, Kind.FOLLOW_UPS) == 0


# ---- goals


def test_a_goal_at_risk_costs_eight() -> None:
    result = score(dossier(goals=(goal(1, GoalStatus.AT_RISK),)))
    assert points(result, Kind.GOALS) == -8
    assert detail(result, Kind.GOALS) == {"at_risk": 1, "overdue": 0, "achieved": 0}


def test_an_open_goal_past_its_target_costs_six() -> None:
    past, due_today = goal(1, target=days_ago(1)), goal(2, target=TODAY)
    assert points(score(dossier(goals=(past,))), Kind.GOALS) == -6
    assert points(score(dossier(goals=(due_today,))), Kind.GOALS) == 0


def test_a_goal_at_risk_and_overdue_counts_twice() -> None:
    result = score(dossier(goals=(goal(1, GoalStatus.AT_RISK, days_ago(1)),)))
    assert points(result, Kind.GOALS) == -14


@pytest.mark.parametrize("status", [GoalStatus.ACHIEVED, GoalStatus.DROPPED])
def test_closed_goals_past_their_target_are_not_overdue(status: GoalStatus) -> None:
    result = score(dossier(goals=(goal(1, status, days_ago(400)),)))
    assert points(result, Kind.GOALS) == 0


@pytest.mark.parametrize(("achieved_days_ago", "expected"), [(0, 4), (365, 4), (366, 0)])
def test_a_goal_achieved_within_a_year_adds_four(achieved_days_ago: int, expected: float) -> None:
    history = (
        update(1, 1, days_ago(500), GoalStatus.PLANNED, created=True),
        update(2, 1, days_ago(achieved_days_ago), GoalStatus.ACHIEVED),
    )
    result = score(dossier(goals=(goal(1, GoalStatus.ACHIEVED),), updates=history))
    assert points(result, Kind.GOALS) == expected


def test_an_achieved_goal_without_history_adds_nothing() -> None:
    assert points(score(dossier(goals=(goal(1, GoalStatus.ACHIEVED),))), Kind.GOALS) == 0


def test_goal_points_are_clamped() -> None:
    at_risk = tuple(goal(n, GoalStatus.AT_RISK, days_ago(1)) for n in range(1, 4))
    achieved = tuple(goal(n, GoalStatus.ACHIEVED) for n in range(1, 4))
    history = tuple(update(n, n, days_ago(10), GoalStatus.ACHIEVED) for n in range(1, 4))
    assert points(score(dossier(goals=at_risk)), Kind.GOALS) == -24
    assert points(score(dossier(goals=achieved, updates=history)), Kind.GOALS) == 8
    assert detail(score(dossier(goals=achieved, updates=history)), Kind.GOALS)["achieved"] == 3


# ---- misunderstandings


@pytest.mark.parametrize(("count", "expected"), [(0, 0), (1, -10), (3, -30), (4, -30)])
def test_each_unresolved_misunderstanding_costs_ten_up_to_thirty(
    count: int, expected: float
) -> None:
    notes = (note(n, days_ago(5), misunderstanding=True) for n in range(1, count + 1))
    result = score(dossier(*notes))
    assert points(result, Kind.MISUNDERSTANDINGS) == expected
    assert detail(result, Kind.MISUNDERSTANDINGS) == {"unresolved": count}


def test_resolved_misunderstandings_do_not_count_but_blank_resolutions_do() -> None:
    resolved = note(1, days_ago(5), misunderstanding=True, resolution="Clarified by phone")
    blank = note(2, days_ago(5), misunderstanding=True, resolution="  ")
    assert points(score(dossier(resolved)), Kind.MISUNDERSTANDINGS) == 0
    assert points(score(dossier(blank)), Kind.MISUNDERSTANDINGS) == -10


# ---- mood


def moods(*values: Mood, start_days_ago: int = 10) -> PartnerDossier:
    return dossier(
        *(note(n, days_ago(start_days_ago - n), mood=mood) for n, mood in enumerate(values))
    )


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ((), 0),
        ((Mood.NEUTRAL,) * 5, 0),
        ((Mood.GOOD,), 2),
        ((Mood.GOOD,) * 4, 8),
        ((Mood.GOOD,) * 5, 8),  # 10, clamped
        ((Mood.TENSE,), -4),
        ((Mood.TENSE,) * 4, -16),
        ((Mood.TENSE,) * 5, -16),  # -20, clamped
        ((Mood.GOOD, Mood.TENSE, Mood.GOOD, Mood.NEUTRAL), 0),
    ],
)
def test_mood_of_recent_notes(values: tuple[Mood, ...], expected: float) -> None:
    assert points(score(moods(*values)), Kind.MOOD) == expected


def test_only_the_last_five_notes_count_for_mood() -> None:
    result = score(moods(Mood.TENSE, Mood.TENSE, *(Mood.GOOD,) * 3, *(Mood.NEUTRAL,) * 2))
    assert points(result, Kind.MOOD) == 6
    assert detail(result, Kind.MOOD) == {"good": 3, "neutral": 2, "tense": 0}


@pytest.mark.parametrize(("age", "expected"), [(180, -4), (181, 0)])
def test_mood_looks_back_one_hundred_eighty_days(age: int, expected: float) -> None:
    assert points(score(dossier(note(1, days_ago(age), mood=Mood.TENSE))), Kind.MOOD) == expected


# ---- partnership length


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        (None, 0),
        (TODAY + timedelta(days=30), 0),
        (TODAY, 0),
        (days_ago(366), 3),  # 1.002 years * 2.5 = 2.505, rounds up
        (days_ago(731), 5),
        (days_ago(1461), 10),  # four years
        (days_ago(4000), 10),
    ],
)
def test_partnership_length_adds_two_and_a_half_per_year_up_to_four(
    since: date | None, expected: float
) -> None:
    partner = Partner(id=PARTNER_ID, name="Acme", partner_since=since)
    result = score(dossier(partner=partner))
    assert points(result, Kind.PARTNERSHIP_LENGTH) == expected
    assert detail(result, Kind.PARTNERSHIP_LENGTH)["known"] == (0 if since is None else 1)


# ---- promises


@pytest.mark.parametrize(("count", "expected"), [(0, 0), (1, -5), (4, -20), (5, -20)])
def test_each_overdue_promise_costs_five_up_to_twenty(count: int, expected: float) -> None:
    result = score(dossier(), overdue_promises=count)
    assert points(result, Kind.PROMISES) == expected
    assert detail(result, Kind.PROMISES) == {"overdue": count}


def test_overdue_promises_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="promises"):
        score(dossier(), overdue_promises=-1)


# ---- the sum and the bands


def test_every_factor_appears_once_with_its_weight() -> None:
    result = score(dossier())
    assert [factor.kind for factor in result.factors] == list(HealthFactorKind)
    weights = {factor.kind: factor.weight_max for factor in result.factors}
    assert weights == {
        Kind.CONTACT_RECENCY: 25,
        Kind.FOLLOW_UPS: 24,
        Kind.GOALS: 24,
        Kind.MISUNDERSTANDINGS: 30,
        Kind.MOOD: 16,
        Kind.PARTNERSHIP_LENGTH: 10,
        Kind.PROMISES: 20,
    }
    assert set(FACTOR_BOUNDS) == set(HealthFactorKind)


def test_a_new_partner_without_notes_is_on_watch() -> None:
    result = score(dossier())
    assert result.score == BASE_SCORE - 15 == 55
    assert result.band is HealthBand.WATCH


def test_the_score_is_the_base_plus_the_factor_points() -> None:
    partner = Partner(id=PARTNER_ID, name="Acme", partner_since=days_ago(731))
    the_dossier = dossier(
        note(1, days_ago(50), mood=Mood.GOOD),
        note(2, days_ago(2), mood=Mood.TENSE, follow_up=FollowUp("Offer", due=days_ago(1))),
        goals=(goal(1, GoalStatus.AT_RISK),),
        partner=partner,
    )
    result = score(the_dossier, overdue_promises=1)
    # +10 recency, -6 follow-up, -8 goal, 0 misunderstandings, -2 mood, +5 length, -5 promise
    assert [factor.points for factor in result.factors] == [10, -6, -8, 0, -2, 5, -5]
    assert result.score == 70 + 10 - 6 - 8 - 2 + 5 - 5 == 64


def test_the_score_is_clamped_at_both_ends() -> None:
    long_ago = Partner(id=PARTNER_ID, name="Acme", partner_since=days_ago(3000))
    achieved = tuple(goal(n, GoalStatus.ACHIEVED) for n in range(1, 3))
    history = tuple(update(n, n, days_ago(10), GoalStatus.ACHIEVED) for n in range(1, 3))
    best = dossier(
        *moods(*(Mood.GOOD,) * 5).notes, goals=achieved, updates=history, partner=long_ago
    )
    assert score(best).score == 100  # 70 + 10 + 8 + 8 + 10 = 106

    trouble = FollowUp("Refund", due=days_ago(200))
    worst_notes = (
        note(n, days_ago(400), misunderstanding=True, follow_up=trouble) for n in range(1, 6)
    )
    worst = dossier(*worst_notes, goals=tuple(goal(n, GoalStatus.AT_RISK) for n in range(1, 4)))
    result = score(worst, overdue_promises=4)
    assert sum(factor.points for factor in result.factors) == -25 - 24 - 24 - 30 - 20
    assert result.score == 0
    assert result.band is HealthBand.POOR


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (100, HealthBand.GOOD),
        (70, HealthBand.GOOD),
        (69, HealthBand.WATCH),
        (40, HealthBand.WATCH),
        (39, HealthBand.POOR),
        (0, HealthBand.POOR),
    ],
)
def test_bands(value: int, band: HealthBand) -> None:
    assert band_for(value) is band


@pytest.mark.parametrize("status", [PartnerStatus.ENDED, PartnerStatus.PAUSED])
def test_ended_and_archived_partners_are_scored_too(status: PartnerStatus) -> None:
    partner = Partner(id=PARTNER_ID, name="Acme", status=status, archived=True)
    assert score(dossier(note(1, days_ago(1)), partner=partner)).score == 80


# ---- history


def history(the_dossier: PartnerDossier, *days: date) -> list[tuple[date, int]]:
    return health_history(the_dossier, days, tz=UTC)


def test_a_note_raises_only_the_days_from_its_own_on() -> None:
    days = [days_ago(30), days_ago(20), days_ago(10), TODAY]
    before = history(dossier(), *days)
    after = history(dossier(note(1, days_ago(20))), *days)
    assert before == [(day, 55) for day in days]
    assert after == [(days[0], 55), (days[1], 80), (days[2], 80), (days[3], 80)]


def test_history_on_today_matches_the_score() -> None:
    the_dossier = dossier(note(1, days_ago(70), mood=Mood.TENSE), goals=(goal(1),))
    assert history(the_dossier, TODAY) == [(TODAY, score(the_dossier).score)]


def test_history_replays_goal_status_from_its_updates() -> None:
    goals = (goal(1, GoalStatus.AT_RISK), goal(2, GoalStatus.AT_RISK))
    updates = (
        update(1, 1, days_ago(60), GoalStatus.ON_TRACK, created=True),
        update(2, 1, days_ago(30), GoalStatus.AT_RISK),
        update(3, 2, days_ago(10), GoalStatus.AT_RISK, created=True),
    )
    the_dossier = dossier(note(1, days_ago(90)), goals=goals, updates=updates)
    on = [days_ago(90), days_ago(70), days_ago(40), days_ago(20), days_ago(10)]
    # 0, 20, 50, 70 and 80 days after the note: 10 - 35 * (days - 42) / 84 past the cadence
    recency = [10, 10, 7, -2, -6]
    goals_points = [0, 0, 0, -8, -16]  # goal 2 did not exist before it was created
    expected = [70 + r + g for r, g in zip(recency, goals_points, strict=True)]
    assert health_history(the_dossier, on, tz=UTC) == list(zip(on, expected, strict=True))


def test_history_counts_follow_ups_only_once_they_are_due() -> None:
    the_dossier = dossier(note(1, days_ago(20), follow_up=FollowUp("Offer", due=days_ago(10))))
    assert history(the_dossier, days_ago(10), days_ago(9)) == [
        (days_ago(10), 80),
        (days_ago(9), 74),
    ]
