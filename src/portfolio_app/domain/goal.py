"""Shared goals with a partner, with an optional KPI and a history of updates."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import GoalId, GoalUpdateId, PartnerId
from portfolio_app.domain.text import free_text, optional_line, required_line


class GoalStatus(enum.StrEnum):
    """How a goal is doing."""

    PLANNED = "planned"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


@dataclass(frozen=True, slots=True)
class Kpi:
    """A measurable indicator: from ``baseline`` towards ``target``, now at ``current``."""

    unit: str
    baseline: Decimal
    target: Decimal
    current: Decimal | None = None

    def progress(self) -> float | None:
        """Share of the way from baseline to target (0..1, clamped), if measurable."""
        if self.current is None or self.target == self.baseline:
            return None
        share = (self.current - self.baseline) / (self.target - self.baseline)
        return float(min(max(share, Decimal(0)), Decimal(1)))


@dataclass(frozen=True, slots=True)
class SharedGoal:
    """Something both sides want to reach together."""

    id: GoalId | None
    partner_id: PartnerId
    title: str
    description: str = ""
    owner: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.PLANNED
    kpi: Kpi | None = None

    def is_overdue(self, today: date) -> bool:
        """Whether the target date has passed while the goal is neither achieved nor dropped."""
        return (
            self.target_date is not None
            and self.target_date < today
            and self.status not in (GoalStatus.ACHIEVED, GoalStatus.DROPPED)
        )

    def validated(self) -> SharedGoal:
        """Return a cleaned copy.

        Raises:
            ValidationError: A field breaks a rule; ``field`` names it.
        """
        kpi = self.kpi
        if kpi is not None:
            if kpi.target == kpi.baseline:
                raise ValidationError("goal.kpi.no_range", str(kpi.target), field="kpi_target")
            kpi = dataclasses.replace(
                kpi, unit=optional_line(kpi.unit, "goal.kpi.unit", "kpi_unit", 30)
            )
        return dataclasses.replace(
            self,
            title=required_line(self.title, "goal.title", "title"),
            description=free_text(self.description, "goal.description", "description"),
            owner=optional_line(self.owner, "goal.owner", "owner"),
            kpi=kpi,
        )


@dataclass(frozen=True, slots=True)
class GoalUpdate:
    """One entry in a goal's history: a status change, a new KPI value, or both."""

    id: GoalUpdateId | None
    goal_id: GoalId
    on: date
    status: GoalStatus | None = None
    value: Decimal | None = None
    comment: str = ""
    created: bool = False
    """True for the entry recorded when the goal was set."""

    def validated(self) -> GoalUpdate:
        """Return a copy with a cleaned comment.

        Raises:
            ValidationError: ``goal.progress.empty`` if it holds neither a value, nor a
                status, nor a comment; ``goal.progress.comment.too_long``.
        """
        comment = free_text(self.comment, "goal.progress.comment", "comment")
        if self.value is None and self.status is None and not comment:
            raise ValidationError("goal.progress.empty", "nothing to record", field="value")
        return dataclasses.replace(self, comment=comment)


def progress_entry(
    goal: SharedGoal,
    on: date,
    today: date,
    *,
    value: Decimal | None = None,
    status: GoalStatus | None = None,
    comment: str = "",
) -> GoalUpdate:
    """A validated history entry for progress on ``goal`` recorded for the day ``on``.

    Raises:
        ValidationError: ``goal.progress.empty``, ``goal.progress.no_kpi`` (a value for a
            goal without KPI), ``goal.progress.future`` (``on`` after ``today``) or
            ``goal.progress.comment.too_long``.
    """
    assert goal.id is not None, "progress needs a stored goal"
    if on > today:
        raise ValidationError("goal.progress.future", on.isoformat(), field="on")
    if value is not None and goal.kpi is None:
        raise ValidationError("goal.progress.no_kpi", str(value), field="value")
    update = GoalUpdate(
        id=None, goal_id=goal.id, on=on, status=status, value=value, comment=comment
    )
    return update.validated()


def with_progress(
    goal: SharedGoal, update: GoalUpdate, history: Sequence[GoalUpdate]
) -> SharedGoal:
    """The goal after ``update`` joined its (earlier stored) ``history``.

    The goal's current KPI value and status follow the newest entry by date: an update
    recorded for an earlier day than a stored value (or status) leaves that one in place.
    """
    kpi, status = goal.kpi, goal.status
    if update.value is not None and kpi is not None and _newest(update, history, "value"):
        kpi = dataclasses.replace(kpi, current=update.value)
    if update.status is not None and _newest(update, history, "status"):
        status = update.status
    return dataclasses.replace(goal, kpi=kpi, status=status)


def _newest(update: GoalUpdate, history: Sequence[GoalUpdate], field: str) -> bool:
    """Whether no stored entry holding ``field`` is dated after ``update``."""
    return all(entry.on <= update.on for entry in history if getattr(entry, field) is not None)


def newest_first(updates: Sequence[GoalUpdate]) -> list[GoalUpdate]:
    """History entries newest first (by day, then by the order they were stored)."""
    return sorted(updates, key=lambda entry: (entry.on, entry.id or 0), reverse=True)


def changes_between(before: SharedGoal, after: SharedGoal, on: date) -> GoalUpdate | None:
    """The history entry that an edit from ``before`` to ``after`` deserves, if any."""
    assert after.id is not None
    status = after.status if after.status != before.status else None
    old_value = before.kpi.current if before.kpi else None
    new_value = after.kpi.current if after.kpi else None
    value = new_value if new_value != old_value else None
    if status is None and value is None:
        return None
    return GoalUpdate(id=None, goal_id=after.id, on=on, status=status, value=value)
