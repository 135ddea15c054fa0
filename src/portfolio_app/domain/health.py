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

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.note import CommunicationNote, Mood

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
    cadence = DEFAULT_CADENCE_DAYS if cadence_days is None else cadence_days
    if cadence <= 0:
        raise ValueError(f"cadence_days must be positive, not {cadence}")
    if overdue_promises < 0:
        raise ValueError(f"overdue_promises must not be negative, not {overdue_promises}")
    notes = _notes_until(dossier.notes, today, tz)
    factors = (
        _recency_factor(notes, today, cadence),
        _follow_up_factor(notes, today),
        _goal_factor(dossier.goals, dossier.goal_updates, today),
        _misunderstanding_factor(notes),
        _mood_factor(notes, today),
        _length_factor(dossier.partner.partner_since, today),
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

    Promises are not replayed (their history is not known here).

    Raises:
        ValueError: ``cadence_days`` is not positive.
    """
    return [
        (day, health_score(dossier, day, cadence_days=cadence_days, tz=tz).score) for day in days
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


def _factor(kind: HealthFactorKind, points: float, **detail: int | float | str) -> HealthFactor:
    low, high = FACTOR_BOUNDS[kind]
    clamped = float(min(max(points, low), high))
    return HealthFactor(kind, clamped, max(abs(low), abs(high)), dict(detail))


def _counted(kind: HealthFactorKind, per_item: float, count: int, name: str) -> HealthFactor:
    return _factor(kind, per_item * count, **{name: count})


def _half_up(value: float) -> float:
    return float(math.floor(value + 0.5))


def _recency_factor(notes: list[_LocalNote], today: date, cadence: int) -> HealthFactor:
    kind = HealthFactorKind.CONTACT_RECENCY
    if not notes:
        return _factor(kind, RECENCY_NO_NOTES, cadence_days=cadence, notes=0)
    days_since = (today - max(on for on, _ in notes)).days
    if days_since <= cadence:
        points = RECENCY_REGULAR
    else:
        span = (RECENCY_WORST_MULTIPLE - 1) * cadence
        share = min((days_since - cadence) / span, 1.0)
        points = _half_up(RECENCY_REGULAR + share * (RECENCY_WORST - RECENCY_REGULAR))
    return _factor(kind, points, cadence_days=cadence, notes=len(notes), days_since=days_since)


def _follow_up_factor(notes: list[_LocalNote], today: date) -> HealthFactor:
    overdue = 0
    for _, note in notes:
        follow_up = note.follow_up
        if follow_up and not follow_up.done and follow_up.due and follow_up.due < today:
            overdue += 1
    return _counted(HealthFactorKind.FOLLOW_UPS, FOLLOW_UP_PENALTY, overdue, "overdue")


def _misunderstanding_factor(notes: list[_LocalNote]) -> HealthFactor:
    unresolved = sum(
        1 for _, note in notes if note.misunderstanding and not note.resolution.strip()
    )
    return _counted(
        HealthFactorKind.MISUNDERSTANDINGS, MISUNDERSTANDING_PENALTY, unresolved, "unresolved"
    )


def _mood_factor(notes: list[_LocalNote], today: date) -> HealthFactor:
    recent = [note for on, note in notes if (today - on).days <= MOOD_WINDOW_DAYS]
    considered = recent[-MOOD_NOTES:]
    counts = {mood: sum(1 for note in considered if note.mood is mood) for mood in Mood}
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
