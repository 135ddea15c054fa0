"""Deadlines of agreements: current term, last notice day, renewal, and their urgency.

Pure date arithmetic; "today" is always passed in. The calendar rules themselves (BGB
§ 188 terms, notice counted backwards, working days) live in
:mod:`portfolio_app.domain.calendar_math` and are re-exported here.

How :func:`schedule` reads an agreement:

* The first term ends on ``end_date`` if set, else ``minimum_term_months`` after
  ``start_date``. With ``renewal_months`` the agreement renews by terms of that length, each
  starting the day after the previous term's end, as often as needed to reach today.
* Possible ends: with anchor END_OF_TERM the term ends; with any other anchor every anchor
  day (any day, last day of a month, last day of a quarter) on or after the earliest
  possible end, which is the end of the minimum term, else the start date, else unbounded.
  The renewal terms then only describe the current term; they do not restrict the ends.
* A fixed ``end_date`` without renewal is a hard end: the agreement ends there by itself,
  without notice, and no later end is possible. Anchor days before it remain possible ends
  with notice (early cancellation).
* The next end is the first possible end whose last notice day is today or later (for a
  hard end: which is today or later). Without a notice period no last notice day is known:
  the next end is then the first possible end on or after today.
* A minimum term without renewal and with anchor END_OF_TERM has exactly one possible end;
  once its notice day has passed ``next_end`` is ``None`` (the agreement runs on without a
  defined end) and the schedule is not ``ended``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticeAnchor,
    NoticePeriod,
)
from portfolio_app.domain.calendar_math import (
    ONE_DAY,
    earliest_end_for_notice,
    month_end,
    notice_deadline,
    quarter_end,
    subtract_working_days,
    term_end,
)
from portfolio_app.domain.ids import ItemRef, PartnerId

__all__ = [
    "DEFAULT_MARGIN_WORKING_DAYS",
    "SOON_DAYS",
    "AgreementSchedule",
    "Deadline",
    "DeadlineKind",
    "Urgency",
    "has_possible_end",
    "notice_deadline",
    "schedule",
    "subtract_working_days",
    "term_end",
    "urgency",
]

SOON_DAYS = 14
"""A deadline at most this many days ahead is :attr:`Urgency.SOON`."""

DEFAULT_MARGIN_WORKING_DAYS = 3
"""Working days allowed for a notice to reach the partner."""


class Urgency(enum.StrEnum):
    """How pressing a deadline is, seen from today."""

    OVERDUE = "overdue"
    SOON = "soon"
    LATER = "later"


class DeadlineKind(enum.StrEnum):
    """What a deadline is about."""

    NOTICE = "notice"
    """Last day the notice must reach the partner."""
    AGREEMENT_END = "agreement_end"
    RENEWAL = "renewal"
    """The day a renewal term starts."""
    FOLLOW_UP = "follow_up"
    """An open follow-up of a note (its due date)."""
    GOAL_OVERDUE = "goal_overdue"
    """An open goal past its target date."""
    PROMISE_WE_OWE = "promise_we_owe"
    """An open promise we owe the partner (its due date)."""
    PROMISE_THEY_OWE = "promise_they_owe"
    """An open promise the partner owes us (its due date)."""


def urgency(day: date, today: date) -> Urgency:
    """OVERDUE before today, SOON up to :data:`SOON_DAYS` days ahead, LATER after that."""
    if day < today:
        return Urgency.OVERDUE
    if day <= today + timedelta(days=SOON_DAYS):
        return Urgency.SOON
    return Urgency.LATER


@dataclass(frozen=True, slots=True)
class Deadline:
    """One dated item of the deadline list; ``ref`` is what opens when it is activated.

    ``send_by`` and ``deputy`` are only filled for :attr:`DeadlineKind.NOTICE`.
    """

    day: date
    kind: DeadlineKind
    urgency: Urgency
    partner_id: PartnerId
    partner_name: str
    title: str
    ref: ItemRef
    send_by: date | None = None
    deputy: str = ""


@dataclass(frozen=True, slots=True)
class AgreementSchedule:
    """Where an agreement stands on a given day.

    Attributes:
        term_start: Start of the current term.
        term_end: End of the current term; ``None`` when open-ended without a term.
        has_renewed: At least one automatic renewal has happened by today.
        next_end: The next end the user can still reach (its notice day is today or later);
            for a terminated agreement the end the notice was given for.
        last_notice_day: The notice must reach the partner by this day to end at
            ``next_end``; ``None`` for a hard end or when no notice period is known.
        send_by: ``last_notice_day`` minus the delivery margin in working days.
        renews_on: The day the next renewal term starts if nobody cancels.
        renewal_months: Length of a renewal term; ``None`` without (further) renewal.
        ended: Nothing more to do: draft, expired, terminated and past, or past a hard end.
    """

    term_start: date | None
    term_end: date | None
    has_renewed: bool
    next_end: date | None
    last_notice_day: date | None
    send_by: date | None
    renews_on: date | None
    renewal_months: int | None
    ended: bool


_NOTHING_DUE = AgreementSchedule(None, None, False, None, None, None, None, None, ended=True)


def schedule(
    agreement: Agreement, today: date, *, margin_working_days: int = DEFAULT_MARGIN_WORKING_DAYS
) -> AgreementSchedule:
    """Compute the current term, the next reachable end and its notice days.

    See the module docstring for the rules. DRAFT and EXPIRED agreements have nothing due.
    A TERMINATED agreement has no notice day and no renewal; its ``next_end`` is the first
    possible end whose notice day is on or after the day the notice was received (else
    sent), else its ``end_date``, else the first possible end on or after today.

    Raises:
        ValueError: ``margin_working_days`` is negative.
    """
    if margin_working_days < 0:
        raise ValueError(f"negative delivery margin: {margin_working_days}")
    if agreement.status in (AgreementStatus.DRAFT, AgreementStatus.EXPIRED):
        return _NOTHING_DUE
    rules = _Rules.of(agreement)
    term_start, current_end, renewals = rules.current_term(today)
    # Every term before the current one ends before today, so the search for the next end
    # (never before today) may start at the current term instead of the first.
    current = None if current_end is None else (term_start, current_end)
    if agreement.status is AgreementStatus.TERMINATED:
        end = _terminated_end(agreement, rules, today)
        return AgreementSchedule(
            term_start,
            current_end,
            has_renewed=renewals > 0,
            next_end=end,
            last_notice_day=None,
            send_by=None,
            renews_on=None,
            renewal_months=None,
            ended=end is not None and end < today,
        )
    end = rules.next_end(today, current=current)
    notice_day = None if end is None else rules.notice_day(end)
    send_by = None
    if notice_day is not None:
        send_by = subtract_working_days(notice_day, margin_working_days)
    return AgreementSchedule(
        term_start,
        current_end,
        has_renewed=renewals > 0,
        next_end=end,
        last_notice_day=notice_day,
        send_by=send_by,
        renews_on=None if rules.renewal is None or current_end is None else current_end + ONE_DAY,
        renewal_months=rules.renewal,
        ended=rules.hard_end is not None and today > rules.hard_end,
    )


def has_possible_end(agreement: Agreement) -> bool:
    """Whether the agreement can ever have a next end, a notice day or a renewal.

    Not when notice is to the end of the term but there is no term: no end date, and no
    minimum term counted from a start date. Such an agreement has nothing due on any day
    (its schedule has no end, no notice day and no renewal), so portfolio-wide deadline
    reads may leave it out.
    """
    if agreement.notice_anchor is not NoticeAnchor.END_OF_TERM or agreement.end_date is not None:
        return True
    return agreement.start_date is not None and (agreement.minimum_term_months or 0) > 0


def _terminated_end(agreement: Agreement, rules: _Rules, today: date) -> date | None:
    received = agreement.receipt_confirmed_on or agreement.notice_sent_on
    if received is not None:
        end = rules.next_end(received)
        if end is not None:
            return end
    if agreement.end_date is not None:
        return agreement.end_date
    return rules.next_end(today, by_notice=False)


@dataclass(frozen=True, slots=True)
class _Rules:
    """The parts of an agreement that decide its terms and possible ends."""

    start: date | None
    first_end: date | None
    renewal: int | None
    earliest: date | None
    hard_end: date | None
    anchor: NoticeAnchor
    notice: NoticePeriod | None

    @classmethod
    def of(cls, agreement: Agreement) -> _Rules:
        start = agreement.start_date
        minimum = agreement.minimum_term_months or 0
        renewal = agreement.renewal_months if (agreement.renewal_months or 0) > 0 else None
        minimum_end = term_end(start, minimum) if start is not None and minimum > 0 else None
        first_end = agreement.end_date or minimum_end
        return cls(
            start=start,
            first_end=first_end,
            renewal=renewal,
            earliest=minimum_end or start,
            hard_end=agreement.end_date if renewal is None else None,
            anchor=agreement.notice_anchor,
            notice=agreement.notice_period,
        )

    def terms(
        self, current: tuple[date | None, date] | None = None
    ) -> Iterator[tuple[date | None, date]]:
        """(start, end) of the first term and, with renewal, of every renewal term.

        ``current``: one of these terms (from :meth:`current_term`) to start from.
        """
        if self.first_end is None:
            return
        start, end = current or (self.start, self.first_end)
        yield start, end
        while self.renewal is not None:
            start = end + ONE_DAY
            end = term_end(start, self.renewal)
            yield start, end

    def current_term(self, today: date) -> tuple[date | None, date | None, int]:
        """(start, end, number of renewals) of the term today lies in (or the first term)."""
        if self.first_end is None:
            return self.start, None, 0
        for renewals, (start, end) in enumerate(self.terms()):
            if end >= today:
                return start, end, renewals
        if self.hard_end is not None:
            return self.start, self.hard_end, 0
        return self.first_end + ONE_DAY, None, 0

    def notice_day(self, end: date) -> date | None:
        """Last day the notice must arrive to end on ``end``; ``None`` if none is needed."""
        if self.notice is None or end == self.hard_end:
            return None
        return notice_deadline(end, self.notice)

    def next_end(
        self,
        reference: date,
        *,
        by_notice: bool = True,
        current: tuple[date | None, date] | None = None,
    ) -> date | None:
        """First possible end whose notice day (or, without notice, itself) >= ``reference``.

        ``current``: a term every earlier term of which ends before ``reference``; the
        search through the terms starts there.
        """
        lowest = reference
        if by_notice and self.notice is not None:
            lowest = earliest_end_for_notice(reference, self.notice)
        if self.anchor is NoticeAnchor.END_OF_TERM:
            if self.hard_end is not None:
                return self.hard_end if self.hard_end >= reference else None
            start_at = current if lowest >= reference else None
            return next((end for _, end in self.terms(start_at) if end >= lowest), None)
        candidate = _anchor_day(self.anchor, max(lowest, self.earliest or lowest))
        if self.hard_end is not None and candidate >= self.hard_end:
            return self.hard_end if self.hard_end >= reference else None
        return candidate


def _anchor_day(anchor: NoticeAnchor, day: date) -> date:
    """The first anchor day on or after ``day``."""
    if anchor is NoticeAnchor.END_OF_MONTH:
        return month_end(day)
    if anchor is NoticeAnchor.END_OF_QUARTER:
        return quarter_end(day)
    return day
