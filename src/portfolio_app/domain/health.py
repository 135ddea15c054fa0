"""A partner's health score (0–100), built from transparent, bounded factors.

The score starts at :data:`BASE_SCORE` (70); every factor adds or subtracts a whole
number of points within its own bounds, and the score is ``BASE_SCORE + sum(points)``
clamped to 0..100. Each :class:`HealthFactor` carries exactly its contribution, so the UI
can list "+10 regular contact", "−12 two follow-ups overdue" and the numbers add up.

Factors (``C`` is the expected contact cadence in days, :data:`DEFAULT_CADENCE_DAYS` if the
partner has none):

* contact recency, −25..+10: days since the last note ``d``; ``d <= C`` gives +10, then
  linearly down to −25 at ``3·C`` and beyond; no notes at all gives −15.
* follow-ups, −24..0: −6 per open follow-up whose due date has passed.
* goals, −24..+8: −8 per goal at risk, −6 per open goal past its target date (a goal can
  be both), +4 per goal achieved within the last 365 days.
* misunderstandings, −30..0: −10 per misunderstanding without a resolution.
* mood, −16..+8: the last 5 notes of the past 180 days; good +2, neutral 0, tense −4.
* partnership length, 0..+10: +2.5 per year since ``partner_since``, up to 4 years.
* promises, −20..0: −5 per overdue promise (counted elsewhere and passed in).

Fractions (recency, length) are rounded half up to whole points. Only records dated on or
before the day being scored count (notes by their local day, goal updates by ``on``), so
:func:`health_history` can replay the score for past days. For a past day, a goal's status
is rebuilt from its history; a goal whose history starts after that day did not exist yet.
Follow-ups have no record of when they were done, so their current ``done`` flag is used.
Ended or archived partners are scored like any other.
"""

from __future__ import annotations

import bisect
import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.note import CommunicationNote, Mood
from portfolio_app.domain.partner import Partner

BASE_SCORE = 70
DEFAULT_CADENCE_DAYS = 42

RECENCY_REGULAR = 10.0
RECENCY_WORST = -25.0
RECENCY_NO_NOTES = -15.0
RECENCY_WORST_MULTIPLE = 3
FOLLOW_UP_PENALTY = -6.0
GOAL_AT_RISK_PENALTY = -8.0
GOAL_OVERDUE_PENALTY = -6.0
GOAL_ACHIEVED_BONUS = 4.0
GOAL_ACHIEVED_WINDOW_DAYS = 365
MISUNDERSTANDING_PENALTY = -10.0
MOOD_POINTS = {Mood.GOOD: 2.0, Mood.NEUTRAL: 0.0, Mood.TENSE: -4.0}
MOOD_NOTES = 5
MOOD_WINDOW_DAYS = 180
LENGTH_POINTS_PER_YEAR = 2.5
LENGTH_MAX_YEARS = 4
PROMISE_PENALTY = -5.0
DAYS_PER_YEAR = 365.25


class HealthFactorKind(enum.StrEnum):
    """What a contribution to the health score is about."""

    CONTACT_RECENCY = "contact_recency"
    FOLLOW_UPS = "follow_ups"
    GOALS = "goals"
    MISUNDERSTANDINGS = "misunderstandings"
    MOOD = "mood"
    PARTNERSHIP_LENGTH = "partnership_length"
    PROMISES = "promises"


FACTOR_BOUNDS: dict[HealthFactorKind, tuple[float, float]] = {
    HealthFactorKind.CONTACT_RECENCY: (RECENCY_WORST, RECENCY_REGULAR),
    HealthFactorKind.FOLLOW_UPS: (-24.0, 0.0),
    HealthFactorKind.GOALS: (-24.0, 8.0),
    HealthFactorKind.MISUNDERSTANDINGS: (-30.0, 0.0),
    HealthFactorKind.MOOD: (-16.0, 8.0),
    HealthFactorKind.PARTNERSHIP_LENGTH: (0.0, LENGTH_POINTS_PER_YEAR * LENGTH_MAX_YEARS),
    HealthFactorKind.PROMISES: (-20.0, 0.0),
}
"""Lowest and highest points each factor can contribute."""


class HealthBand(enum.StrEnum):
    """A coarse reading of the score, for colours."""

    GOOD = "good"
    WATCH = "watch"
    POOR = "poor"


@dataclass(frozen=True, slots=True)
class HealthFactor:
    """One factor's signed contribution; ``detail`` holds numbers for the UI to phrase."""

    kind: HealthFactorKind
    points: float
    weight_max: float
    """The largest number of points (either sign) this factor can contribute."""
    detail: dict[str, int | float | str]


@dataclass(frozen=True, slots=True)
class HealthScore:
    """The score (0..100), the factors that make it up, and its band."""

    score: int
    factors: tuple[HealthFactor, ...]
    band: HealthBand


def band_for(score: int) -> HealthBand:
    """The band a score falls into: good from 70, watch from 40, poor below."""
    if score >= 70:
        return HealthBand.GOOD
    if score >= 40:
        return HealthBand.WATCH
    return HealthBand.POOR


def health_score(
    dossier: PartnerDossier,
    today: date,
    *,
    cadence_days: int | None = None,
    overdue_promises: int = 0,
    tz: tzinfo | None = None,
) -> HealthScore:
    """Score a partner as of ``today``.

    Notes are placed on their day in ``tz`` (the system's local zone when ``None``).

    Raises:
        ValueError: ``cadence_days`` is not positive or ``overdue_promises`` is negative.
    """
    return score_from_facts(
        dossier.partner,
        dossier.goals,
        dossier.goal_updates,
        note_facts(dossier.notes, today, tz),
        today,
        cadence_days=cadence_days,
        overdue_promises=overdue_promises,
    )


@dataclass(frozen=True, slots=True)
class NoteFacts:
    """What the score reads from a partner's notes dated on or before the day scored.

    Storage can compute these with a few aggregate queries for every partner at once
    instead of reading every note; :func:`note_facts` computes them from the notes.
    """

    count: int = 0
    last_day: date | None = None
    """The local day of the newest note."""
    overdue_follow_ups: int = 0
    """Follow-ups not done whose due date is before the day scored."""
    unresolved_misunderstandings: int = 0
    """Notes flagged as a misunderstanding whose resolution is blank."""
    recent_moods: tuple[Mood, ...] = ()
    """Moods of the newest :data:`MOOD_NOTES` notes of the last :data:`MOOD_WINDOW_DAYS`
    days, oldest first."""


def note_facts(
    notes: Sequence[CommunicationNote], today: date, tz: tzinfo | None = None
) -> NoteFacts:
    """The facts of ``notes`` as of ``today``, each note on its local day in ``tz``."""
    return _facts_of(_notes_until(notes, today, tz), today)


def _facts_of(dated: Sequence[tuple[date, CommunicationNote]], today: date) -> NoteFacts:
    """The facts of notes already placed on their days (all on or before ``today``)."""
    if not dated:
        return NoteFacts()
    overdue = 0
    for _, note in dated:
        follow_up = note.follow_up
        if follow_up and not follow_up.done and follow_up.due and follow_up.due < today:
            overdue += 1
    recent = [note for on, note in dated if (today - on).days <= MOOD_WINDOW_DAYS]
    return NoteFacts(
        count=len(dated),
        last_day=max(on for on, _ in dated),
        overdue_follow_ups=overdue,
        unresolved_misunderstandings=sum(
            1 for _, note in dated if note.misunderstanding and not note.resolution.strip()
        ),
        recent_moods=tuple(note.mood for note in recent[-MOOD_NOTES:]),
    )


def score_from_facts(
    partner: Partner,
    goals: Sequence[SharedGoal],
    goal_updates: Sequence[GoalUpdate],
    facts: NoteFacts,
    today: date,
    *,
    cadence_days: int | None = None,
    overdue_promises: int = 0,
) -> HealthScore:
    """Score a partner from its goals (with history) and the facts of its notes.

    Raises:
        ValueError: ``cadence_days`` is not positive or ``overdue_promises`` is negative.
    """
    cadence = DEFAULT_CADENCE_DAYS if cadence_days is None else cadence_days
    if cadence <= 0:
        raise ValueError(f"cadence_days must be positive, not {cadence}")
    if overdue_promises < 0:
        raise ValueError(f"overdue_promises must not be negative, not {overdue_promises}")
    factors = (
        _recency_factor(facts, today, cadence),
        _counted(
            HealthFactorKind.FOLLOW_UPS, FOLLOW_UP_PENALTY, facts.overdue_follow_ups, "overdue"
        ),
        _goal_factor(goals, goal_updates, today),
        _counted(
            HealthFactorKind.MISUNDERSTANDINGS,
            MISUNDERSTANDING_PENALTY,
            facts.unresolved_misunderstandings,
            "unresolved",
        ),
        _mood_factor(facts.recent_moods),
        _length_factor(partner.partner_since, today),
        _counted(HealthFactorKind.PROMISES, PROMISE_PENALTY, overdue_promises, "overdue"),
    )
    total = BASE_SCORE + sum(factor.points for factor in factors)
    score = int(min(max(total, 0), 100))
    return HealthScore(score=score, factors=factors, band=band_for(score))


def health_history(
    dossier: PartnerDossier,
    days: Sequence[date],
    *,
    cadence_days: int | None = None,
    tz: tzinfo | None = None,
) -> list[tuple[date, int]]:
    """The score as it was on each of ``days``, from the records dated up to that day.

    Promises are not replayed (their history is not known here). The notes are placed on
    their local days once; each day then takes the notes up to it.

    Raises:
        ValueError: ``cadence_days`` is not positive.
    """
    dated = _notes_until(dossier.notes, date.max, tz)
    ends = [on for on, _ in dated]
    partner, goals, updates = dossier.partner, dossier.goals, dossier.goal_updates
    return [
        (
            day,
            score_from_facts(
                partner,
                goals,
                updates,
                _facts_of(dated[: bisect.bisect_right(ends, day)], day),
                day,
                cadence_days=cadence_days,
            ).score,
        )
        for day in days
    ]


# ---- factors


_LocalNote = tuple[date, CommunicationNote]


def _notes_until(
    notes: Sequence[CommunicationNote], day: date, tz: tzinfo | None
) -> list[_LocalNote]:
    """Notes on or before ``day`` with their local day, oldest first."""
    dated = [(note.when.astimezone(tz).date(), note) for note in notes]
    dated = [(on, note) for on, note in dated if on <= day]
    dated.sort(key=lambda pair: (pair[1].when, pair[1].id or 0))
    return dated


_WEIGHT_MAX = {kind: max(abs(low), abs(high)) for kind, (low, high) in FACTOR_BOUNDS.items()}


def _factor(kind: HealthFactorKind, points: float, **detail: int | float | str) -> HealthFactor:
    low, high = FACTOR_BOUNDS[kind]
    clamped = float(min(max(points, low), high))
    return HealthFactor(kind, clamped, _WEIGHT_MAX[kind], detail)


def _counted(kind: HealthFactorKind, per_item: float, count: int, name: str) -> HealthFactor:
    return _factor(kind, per_item * count, **{name: count})


def _half_up(value: float) -> float:
    return float(math.floor(value + 0.5))


def _recency_factor(facts: NoteFacts, today: date, cadence: int) -> HealthFactor:
    kind = HealthFactorKind.CONTACT_RECENCY
    if facts.last_day is None:
        return _factor(kind, RECENCY_NO_NOTES, cadence_days=cadence, notes=0)
    days_since = (today - facts.last_day).days
    if days_since <= cadence:
        points = RECENCY_REGULAR
    else:
        span = (RECENCY_WORST_MULTIPLE - 1) * cadence
        share = min((days_since - cadence) / span, 1.0)
        points = _half_up(RECENCY_REGULAR + share * (RECENCY_WORST - RECENCY_REGULAR))
    return _factor(kind, points, cadence_days=cadence, notes=facts.count, days_since=days_since)


_MOODS = tuple(Mood)


def _mood_factor(moods: Sequence[Mood]) -> HealthFactor:
    counts = {mood: sum(1 for seen in moods if seen is mood) for mood in _MOODS}
    points = sum(MOOD_POINTS[mood] * count for mood, count in counts.items())
    return _factor(
        HealthFactorKind.MOOD,
        points,
        good=counts[Mood.GOOD],
        neutral=counts[Mood.NEUTRAL],
        tense=counts[Mood.TENSE],
    )


def _length_factor(since: date | None, today: date) -> HealthFactor:
    kind = HealthFactorKind.PARTNERSHIP_LENGTH
    if since is None:
        return _factor(kind, 0.0, years=0.0, known=0)
    years = max((today - since).days, 0) / DAYS_PER_YEAR
    points = _half_up(min(years, LENGTH_MAX_YEARS) * LENGTH_POINTS_PER_YEAR)
    return _factor(kind, points, years=round(years, 1), known=1)


# ---- goals


_OPEN = frozenset({GoalStatus.PLANNED, GoalStatus.ON_TRACK, GoalStatus.AT_RISK})


def _goal_factor(
    goals: Sequence[SharedGoal], updates: Sequence[GoalUpdate], today: date
) -> HealthFactor:
    by_goal: dict[object, list[GoalUpdate]] = {}
    for update in sorted(updates, key=lambda u: (u.on, u.id or 0)):
        by_goal.setdefault(update.goal_id, []).append(update)
    at_risk = overdue = achieved = 0
    for goal in goals:
        history = by_goal.get(goal.id, [])
        status = _status_on(goal, history, today)
        if status is None:
            continue
        at_risk += status is GoalStatus.AT_RISK
        overdue += status in _OPEN and goal.target_date is not None and goal.target_date < today
        achieved += status is GoalStatus.ACHIEVED and _achieved_recently(history, today)
    points = (
        GOAL_AT_RISK_PENALTY * at_risk
        + GOAL_OVERDUE_PENALTY * overdue
        + GOAL_ACHIEVED_BONUS * achieved
    )
    return _factor(
        HealthFactorKind.GOALS, points, at_risk=at_risk, overdue=overdue, achieved=achieved
    )


def _status_on(goal: SharedGoal, history: list[GoalUpdate], day: date) -> GoalStatus | None:
    """The goal's status on ``day``; ``None`` if it did not exist or is unknown then."""
    if all(update.on <= day for update in history):
        return goal.status
    if any(update.created and update.on > day for update in history):
        return None
    known = [u.status for u in history if u.on <= day and u.status is not None]
    return known[-1] if known else None


def _achieved_recently(history: list[GoalUpdate], day: date) -> bool:
    """Whether the goal was (last) marked achieved within the window before ``day``."""
    marked = [u.on for u in history if u.on <= day and u.status is GoalStatus.ACHIEVED]
    return bool(marked) and (day - marked[-1]).days <= GOAL_ACHIEVED_WINDOW_DAYS
