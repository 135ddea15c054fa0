"""Reads for the graphical timeline: the lanes, and the items of a window of time.

The timeline asks only for what it shows (plus a margin): the partners of the visible
lanes and the visible days. Storage answers that with a fixed number of indexed queries
(:class:`TimelineQueries`); with a unit of work that lacks them (the in-memory fakes)
the service reads each partner's records instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol, runtime_checkable

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import GoalId, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.timeline import (
    GroupBy,
    LaneFilter,
    NoteHeader,
    TimelineItem,
    TimelineLane,
    agreement_items,
    goal_due_item,
    goal_update_item,
    note_item,
    sort_key,
)
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.ports import UnitOfWork, UnitOfWorkFactory

_ONE_DAY = timedelta(days=1)
_ZONE_MARGIN = timedelta(days=1)
"""Notes are stored in UTC; a day more on each side covers every local zone."""


@runtime_checkable
class TimelineQueries(Protocol):
    """Optional ``timeline`` property of a unit of work: windowed reads, one query each.

    Records in the trash and partners in the trash are left out.
    """

    def lanes(self, lane_filter: LaneFilter) -> list[TimelineLane]:
        """Partners that pass ``lane_filter``, in no particular order."""
        ...

    def agreements(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[Agreement]:
        """Agreements of the partners that run on any day from ``first`` to ``last``."""
        ...

    def notes(
        self, partner_ids: Sequence[PartnerId], since: datetime, before: datetime
    ) -> list[NoteHeader]:
        """Notes of the partners from ``since`` (inclusive) to ``before`` (exclusive)."""
        ...

    def goal_updates(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[tuple[SharedGoal, GoalUpdate]]:
        """Goal history entries of the partners' goals dated ``first`` to ``last``."""
        ...

    def goals_due(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[SharedGoal]:
        """The partners' goals whose target date lies from ``first`` to ``last``."""
        ...


class TimelineWindowService:
    """Lanes and windowed items for the timeline views."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock, tz: tzinfo | None = None
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._tz = tz

    def lanes(self, lane_filter: LaneFilter) -> list[TimelineLane]:
        """The lanes that pass the filter, sorted by group, then by name."""
        with self._uow_factory() as uow:
            queries = _queries(uow)
            if queries is not None:
                lanes = queries.lanes(lane_filter)
            else:
                lanes = [_lane(p) for p in uow.partners.list_all() if _passes(p, lane_filter)]
        group_by = lane_filter.group_by
        return sorted(lanes, key=lambda lane: _lane_order(lane, group_by))

    def items(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[TimelineItem]:
        """Everything on the partners' lanes that touches the days ``first`` to ``last``.

        Spans come before markers, then by day. Renewal ticks are computed up to ``last``.
        """
        if not partner_ids or last < first:
            return []
        today = local_today(self._clock)
        since = datetime.combine(first, time.min, UTC) - _ZONE_MARGIN
        before = datetime.combine(last, time.min, UTC) + _ONE_DAY + _ZONE_MARGIN
        with self._uow_factory() as uow:
            queries = _queries(uow)
            if queries is not None:
                agreements = queries.agreements(partner_ids, first, last)
                notes = queries.notes(partner_ids, since, before)
                updates = queries.goal_updates(partner_ids, first, last)
                goals = queries.goals_due(partner_ids, first, last)
            else:
                agreements, notes, updates, goals = _read_records(uow, partner_ids)
        items: list[TimelineItem] = []
        for agreement in agreements:
            items.extend(agreement_items(agreement, last, today, first))
        items.extend(note_item(note, self._tz) for note in notes)
        items.extend(goal_update_item(goal, update) for goal, update in updates)
        items.extend(item for item in map(goal_due_item, goals) if item is not None)
        return sorted((item for item in items if item.overlaps(first, last)), key=sort_key)


def _queries(uow: UnitOfWork) -> TimelineQueries | None:
    queries = getattr(uow, "timeline", None)
    return queries if isinstance(queries, TimelineQueries) else None


def _lane(partner: Partner) -> TimelineLane:
    assert partner.id is not None
    return TimelineLane(partner.id, partner.name, partner.category, partner.status.value)


def _passes(partner: Partner, lane_filter: LaneFilter) -> bool:
    checks = (
        lane_filter.partner_id is None or partner.id == lane_filter.partner_id,
        lane_filter.category is None or partner.category == lane_filter.category,
        lane_filter.status is None or partner.status.value == lane_filter.status,
        lane_filter.tag is None or lane_filter.tag in partner.tags,
    )
    return all(checks)


def _lane_order(lane: TimelineLane, group_by: GroupBy) -> tuple[str, str, int]:
    return (lane.group_key(group_by), lane.name.casefold(), lane.partner_id)


def _read_records(
    uow: UnitOfWork, partner_ids: Sequence[PartnerId]
) -> tuple[
    list[Agreement], list[NoteHeader], list[tuple[SharedGoal, GoalUpdate]], list[SharedGoal]
]:
    """Everything of each partner, one partner at a time (units of work without queries)."""
    agreements: list[Agreement] = []
    notes: list[NoteHeader] = []
    updates: list[tuple[SharedGoal, GoalUpdate]] = []
    goals: list[SharedGoal] = []
    for partner_id in partner_ids:
        agreements.extend(uow.agreements.list_for_partner(partner_id))
        for note in uow.notes.list_for_partner(partner_id):
            assert note.id is not None
            notes.append(NoteHeader(note.id, partner_id, note.when, note.subject, note.channel))
        partner_goals = uow.goals.list_for_partner(partner_id)
        goals.extend(partner_goals)
        by_id = {goal.id: goal for goal in partner_goals if goal.id is not None}
        ids: list[GoalId] = list(by_id)
        for update in uow.goal_updates.list_for_goals(ids):
            updates.append((by_id[update.goal_id], update))
    return agreements, notes, updates, goals
