"""Shared goals, which keep a history of their status and KPI values."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from portfolio_app.domain.audit import updated_entry
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.goal import (
    GoalStatus,
    GoalUpdate,
    SharedGoal,
    changes_between,
    progress_entry,
    with_progress,
)
from portfolio_app.domain.ids import GoalId, GoalUpdateId, ItemKind
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, local_today
from portfolio_app.services.ports import UnitOfWork, UnitOfWorkFactory
from portfolio_app.services.records import RecordService


class GoalService(RecordService[SharedGoal]):
    """Goals: every add and every change of status or KPI value is recorded in history.

    The goal history is the goal's own story, not an audit record: the audit entry of the
    add or update already covers it. A goal in the trash keeps its history.
    """

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        super().__init__(uow_factory, ItemKind.GOAL, lambda uow: uow.goals, clock)

    def record_progress(
        self,
        goal_id: GoalId,
        on: date,
        *,
        value: Decimal | None = None,
        status: GoalStatus | None = None,
        comment: str = "",
    ) -> Changes:
        """Store a progress update for the day ``on`` and bring the goal up to date.

        The entry keeps its date and comment; the goal's current KPI value and status
        become the update's unless the history holds a newer one (see
        :func:`~portfolio_app.domain.goal.with_progress`). One transaction; the same as
        :meth:`add_progress` without the new entry's id.

        Raises:
            ValidationError: Nothing to record, a value for a goal without KPI, a day
                after today, or a comment that is too long.
            NotFoundError: No such goal (or it is in the trash).
        """
        _update_id, changes = self.add_progress(
            goal_id, on, value=value, status=status, comment=comment
        )
        return changes

    def add_progress(
        self,
        goal_id: GoalId,
        on: date,
        *,
        value: Decimal | None = None,
        status: GoalStatus | None = None,
        comment: str = "",
    ) -> tuple[GoalUpdateId, Changes]:
        """:meth:`record_progress`, returning the id of the new history entry as well.

        Raises:
            ValidationError: As :meth:`record_progress`.
            NotFoundError: No such goal (or it is in the trash).
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            before = uow.goals.get(goal_id)
            update = progress_entry(before, on, today, value=value, status=status, comment=comment)
            history = uow.goal_updates.list_for_goals([goal_id])
            after = with_progress(before, update, history)
            update_id = GoalUpdateId(uow.goal_updates.add(update))
            self._store(uow, before, after)
            uow.commit()
        return update_id, Changes.of(ItemKind.GOAL, goal_id, before.partner_id)

    def remove_progress(self, update_id: GoalUpdateId) -> Changes:
        """Take one progress entry out of the goal's history again (e.g. to undo it).

        The goal's current KPI value and status go back to the newest remaining entry
        that holds one, if the removed entry was the one they followed; otherwise the
        goal stays as it is. A change of the goal is audited like any edit. One
        transaction.

        Raises:
            NotFoundError: No such progress entry (``goal_update.not_found``; the entry
                recorded when the goal was set is none), or its goal is gone or in the
                trash.
        """
        with self._uow_factory() as uow:
            removed = uow.goal_updates.get(update_id)
            if removed.created:
                raise NotFoundError("goal_update.not_found", f"{update_id} sets the goal")
            before = uow.goals.get(removed.goal_id)
            uow.goal_updates.delete(update_id)
            remaining = uow.goal_updates.list_for_goals([removed.goal_id])
            self._store(uow, before, _without_progress(before, removed, remaining))
            uow.commit()
        return Changes.of(ItemKind.GOAL, removed.goal_id, before.partner_id)

    def _store(self, uow: UnitOfWork, before: SharedGoal, after: SharedGoal) -> None:
        """Save the goal brought up to date by its history, with an audit entry."""
        if after == before:
            return
        uow.goals.update(after)
        entry = updated_entry(before, after, self._clock())
        if entry is not None:
            uow.audit.add(entry)

    def history(self, goal_id: GoalId) -> list[GoalUpdate]:
        """The goal's history, oldest first (by day, then in the order recorded).

        Raises:
            NotFoundError: No such goal (or it is in the trash).
        """
        with self._uow_factory() as uow:
            uow.goals.get(goal_id)
            return uow.goal_updates.list_for_goals([goal_id])

    def _after_add(self, uow: UnitOfWork, record: SharedGoal, record_id: int) -> None:
        uow.goal_updates.add(
            GoalUpdate(
                id=None,
                goal_id=GoalId(record_id),
                on=local_today(self._clock),
                status=record.status,
                value=record.kpi.current if record.kpi else None,
                created=True,
            )
        )

    def _after_update(self, uow: UnitOfWork, before: SharedGoal, after: SharedGoal) -> None:
        update = changes_between(before, after, local_today(self._clock))
        if update is not None:
            uow.goal_updates.add(update)


def _without_progress(
    goal: SharedGoal, removed: GoalUpdate, remaining: Sequence[GoalUpdate]
) -> SharedGoal:
    """The goal once ``removed`` left its history (the reverse of ``with_progress``).

    A field the removed entry set follows the newest remaining entry holding it, by day
    and then by the order recorded; a field that a newer entry set stays as it is.
    """
    kpi, status = goal.kpi, goal.status
    if removed.value is not None and kpi is not None and _was_newest(removed, remaining, "value"):
        kpi = dataclasses.replace(kpi, current=_newest_value(remaining))
    if removed.status is not None and _was_newest(removed, remaining, "status"):
        status = _newest_status(remaining) or status
    return dataclasses.replace(goal, kpi=kpi, status=status)


def _order(entry: GoalUpdate) -> tuple[date, int]:
    return entry.on, entry.id or 0


def _was_newest(removed: GoalUpdate, remaining: Sequence[GoalUpdate], field: str) -> bool:
    """Whether no remaining entry holding ``field`` is newer than ``removed``."""
    return all(
        _order(entry) < _order(removed) for entry in remaining if getattr(entry, field) is not None
    )


def _newest_value(history: Sequence[GoalUpdate]) -> Decimal | None:
    held = [entry for entry in history if entry.value is not None]
    return max(held, key=_order).value if held else None


def _newest_status(history: Sequence[GoalUpdate]) -> GoalStatus | None:
    held = [entry for entry in history if entry.status is not None]
    return max(held, key=_order).status if held else None
