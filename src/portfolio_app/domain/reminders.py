"""Reminders of notice deadlines: in stages (120, 60, … days before), until acknowledged.

A reminder belongs to one notice deadline of one agreement; its key names both, so the
next term's deadline starts with fresh reminders. It becomes due when the first stage is
reached and stays due, stage after stage, until it is marked done. A snooze hides it up to
(not including) the snooze date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from portfolio_app.domain.agreement import Agreement, AgreementStatus
from portfolio_app.domain.deadlines import AgreementSchedule
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.ids import AgreementId, PartnerId


@dataclass(frozen=True, slots=True)
class Reminder:
    """A notice deadline the user should act on now.

    ``stage`` is the reminder stage reached: the smallest configured day count that is at
    least ``days_left`` (e.g. 30 when 21 days are left with the default stages).
    """

    key: str
    agreement_id: AgreementId
    partner_id: PartnerId
    partner_name: str
    title: str
    last_notice_day: date
    send_by: date | None
    days_left: int
    stage: int
    deputy: str


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What the user did about one reminder: snoozed it, or marked it done."""

    key: str
    agreement_id: AgreementId
    snoozed_until: date | None = None
    done_at: datetime | None = None

    def hides_on(self, today: date) -> bool:
        """Whether the reminder stays hidden on ``today``."""
        if self.done_at is not None:
            return True
        return self.snoozed_until is not None and self.snoozed_until > today


def reminder_key(agreement_id: AgreementId, last_notice_day: date) -> str:
    """The stable key of the reminders for one notice deadline of one agreement."""
    return f"{agreement_id}:{last_notice_day.isoformat()}"


def parse_reminder_key(key: str) -> tuple[AgreementId, date]:
    """The agreement and the last notice day a key stands for.

    Raises:
        NotFoundError: ``reminder.not_found`` for a key this module did not make.
    """
    agreement_part, _, day_part = key.partition(":")
    try:
        return AgreementId(int(agreement_part)), date.fromisoformat(day_part)
    except ValueError:
        raise NotFoundError("reminder.not_found", key) from None


def reminder_stage(days_left: int, reminder_days: Sequence[int]) -> int | None:
    """The stage reached ``days_left`` days before the deadline, or ``None`` if none yet."""
    reached = [days for days in reminder_days if days >= days_left]
    return min(reached) if reached else None


def may_need_notice(agreement: Agreement) -> bool:
    """Whether :func:`notice_due` can give a day at all, whatever the schedule.

    Only active agreements without a fixed end can; portfolio-wide reads skip computing
    the schedule of the others.
    """
    if agreement.status is not AgreementStatus.ACTIVE:
        return False
    return agreement.end_date is None or agreement.renewal_months is not None


def notice_due(agreement: Agreement, schedule: AgreementSchedule) -> date | None:
    """The last notice day the user still has to decide about, if any.

    None for terminated, draft and expired agreements, for ended ones, and for a fixed end
    without renewal (it ends anyway; no notice needed).
    """
    if not may_need_notice(agreement) or schedule.ended:
        return None
    return schedule.last_notice_day


def reminder_for(
    agreement: Agreement,
    partner_name: str,
    schedule: AgreementSchedule,
    today: date,
    state: ReminderState | None,
) -> Reminder | None:
    """The reminder due on ``today`` for the agreement's notice deadline, if any."""
    last_notice_day = notice_due(agreement, schedule)
    if last_notice_day is None or agreement.id is None:
        return None
    days_left = (last_notice_day - today).days
    stage = reminder_stage(days_left, agreement.reminder_days)
    if stage is None or (state is not None and state.hides_on(today)):
        return None
    return Reminder(
        key=reminder_key(agreement.id, last_notice_day),
        agreement_id=agreement.id,
        partner_id=agreement.partner_id,
        partner_name=partner_name,
        title=agreement.title,
        last_notice_day=last_notice_day,
        send_by=schedule.send_by,
        days_left=days_left,
        stage=stage,
        deputy=agreement.deputy,
    )
