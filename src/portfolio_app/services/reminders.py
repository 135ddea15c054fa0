"""Notice reminders: which are due today, and snoozing or acknowledging them."""

from __future__ import annotations

from datetime import date

from portfolio_app.domain.deadlines import DEFAULT_MARGIN_WORKING_DAYS, schedule
from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.reminders import (
    Reminder,
    ReminderState,
    may_need_notice,
    notice_due,
    parse_reminder_key,
    reminder_for,
    reminder_key,
)
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.ports import UnitOfWork, UnitOfWorkFactory
from portfolio_app.services.schedules import running_agreements


class ReminderService:
    """Reminders of notice deadlines in stages; they repeat until marked done."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock = system_clock,
        margin_working_days: int = DEFAULT_MARGIN_WORKING_DAYS,
    ) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._margin = margin_working_days

    def due(self) -> list[Reminder]:
        """Reminders whose first stage is reached, neither done nor snoozed past today.

        Sorted by last notice day, then partner name, then agreement title.
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            names = {p.id: p.name for p in uow.partners.list_all() if p.id is not None}
            candidates = []
            for agreement in running_agreements(uow, with_possible_end=True):
                if agreement.partner_id not in names or agreement.id is None:
                    continue
                if not may_need_notice(agreement):
                    continue
                plan = schedule(agreement, today, margin_working_days=self._margin)
                day = notice_due(agreement, plan)
                if day is not None:
                    candidates.append((agreement, plan, reminder_key(agreement.id, day)))
            states = uow.reminder_states.for_keys([key for _, _, key in candidates])
        found = [
            reminder
            for agreement, plan, key in candidates
            if (
                reminder := reminder_for(
                    agreement, names[agreement.partner_id], plan, today, states.get(key)
                )
            )
            is not None
        ]
        return sorted(
            found,
            key=lambda r: (r.last_notice_day, r.partner_name.casefold(), r.title.casefold()),
        )

    def snooze(self, key: str, until: date) -> Changes:
        """Hide the reminder until ``until`` (it shows again on that day).

        Raises:
            ValidationError: ``reminder.snooze.not_future`` (field ``until``): ``until`` is
                not after today.
            NotFoundError: ``reminder.not_found`` for a malformed key, or the agreement
                does not exist (any more).
        """
        if until <= local_today(self._clock):
            raise ValidationError("reminder.snooze.not_future", str(until), field="until")
        with self._uow_factory() as uow:
            state = _state(uow, key)
            changes = _save(uow, ReminderState(key, state.agreement_id, until, state.done_at))
            uow.commit()
        return changes

    def done(self, key: str) -> Changes:
        """Acknowledge the reminder: no more reminders for this notice deadline.

        Raises:
            NotFoundError: ``reminder.not_found`` for a malformed key, or the agreement
                does not exist (any more).
        """
        with self._uow_factory() as uow:
            state = _state(uow, key)
            changes = _save(
                uow, ReminderState(key, state.agreement_id, state.snoozed_until, self._clock())
            )
            uow.commit()
        return changes


def _state(uow: UnitOfWork, key: str) -> ReminderState:
    """The stored state of ``key``, or a fresh one; the agreement must exist."""
    agreement_id, _day = parse_reminder_key(key)
    stored = uow.reminder_states.for_keys([key]).get(key)
    return stored or ReminderState(key, agreement_id)


def _save(uow: UnitOfWork, state: ReminderState) -> Changes:
    try:
        agreement = uow.agreements.get(state.agreement_id)
    except NotFoundError:
        raise NotFoundError("reminder.not_found", state.key) from None
    uow.reminder_states.save(state)
    return Changes.of(ItemKind.AGREEMENT, state.agreement_id, agreement.partner_id)
