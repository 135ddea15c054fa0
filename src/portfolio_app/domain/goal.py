"""Shared goals with a partner, with an optional KPI and a history of updates."""

from __future__ import annotations

import dataclasses
import enum
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
