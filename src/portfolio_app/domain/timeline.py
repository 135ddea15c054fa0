"""The graphical timeline's data: lanes (one per partner) and dated items on them.

An agreement is a span from its start to its end (open-ended when it has none) with a
tick where each automatic renewal term begins; notes, goal updates, goal target dates
and the last day to give notice are markers on one day.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from portfolio_app.domain.agreement import Agreement, AgreementStatus, BillingPeriod
from portfolio_app.domain.calendar_math import add_months, term_end
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel

MAX_RENEWAL_TICKS = 600
"""Guard against absurd data: at most this many renewal ticks per agreement."""

_ONE_DAY = timedelta(days=1)
_schedule = functools.lru_cache(maxsize=20_000)(schedule)
"""Windows next to each other read the same agreements again: work their terms out once."""
_OPEN_GOALS = (GoalStatus.PLANNED, GoalStatus.ON_TRACK, GoalStatus.AT_RISK)


class MarkKind(enum.StrEnum):
    """What an item on the timeline is."""

    AGREEMENT = "agreement"
    NOTE = "note"
    GOAL_UPDATE = "goal_update"
    GOAL_DUE = "goal_due"
    NOTICE = "notice"


class GroupBy(enum.StrEnum):
    """How the portfolio timeline groups its lanes."""

    NONE = "none"
    CATEGORY = "category"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class LaneFilter:
    """Which partners get a lane; ``None`` fields do not filter."""

    category: str | None = None
    status: str | None = None
    tag: str | None = None
    partner_id: PartnerId | None = None
    group_by: GroupBy = GroupBy.NONE


@dataclass(frozen=True, slots=True)
class TimelineLane:
    """One partner's row."""

    partner_id: PartnerId
    name: str
    category: str
    status: str

    def group_key(self, group_by: GroupBy) -> str:
        """The value lanes are grouped by (``""`` when not grouped)."""
        if group_by is GroupBy.CATEGORY:
            return self.category
        if group_by is GroupBy.STATUS:
            return self.status
        return ""


@dataclass(frozen=True, slots=True)
class NoteHeader:
    """The part of a note the timeline shows (the body stays in the database)."""

    id: int
    partner_id: PartnerId
    when: datetime
    subject: str
    channel: Channel


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """A span (agreements) or a one-day marker on a partner's lane.

    Attributes:
        kind: What it is; decides shape and colour.
        ref: What opens when the user activates it.
        partner_id: The lane it lies on.
        start: First day (the day of a marker).
        end: Last day of a span; ``None`` for markers and open-ended spans.
        title: Agreement title, note subject or goal title.
        open_ended: A span that runs on without an end.
        renewals: Days on which a renewal term begins (spans only).
        value: The agreement's value per billing period.
        billing: The agreement's billing period.
        moment: When a note happened (aware, local).
        detail: A machine value the UI words (a channel, a goal status), or ``""``.
    """

    kind: MarkKind
    ref: ItemRef
    partner_id: PartnerId
    start: date
    end: date | None
    title: str
    open_ended: bool = False
    renewals: tuple[date, ...] = ()
    value: Money | None = None
    billing: BillingPeriod | None = None
    moment: datetime | None = None
    detail: str = ""

    @property
    def last_day(self) -> date:
        """The last day the item covers (``date.max`` for open-ended spans)."""
        if self.open_ended:
            return date.max
        return self.end or self.start

    def overlaps(self, first: date, last: date) -> bool:
        """Whether the item touches the days ``first`` to ``last`` (inclusive)."""
        return self.start <= last and self.last_day >= first


def renewal_starts(
    agreement: Agreement, until: date, since: date | None = None
) -> tuple[date, ...]:
    """Days on which a renewal term of ``agreement`` begins, from ``since`` to ``until``.

    The first term lasts the minimum term (else one renewal term); each renewal term
    begins the day after the previous term ends. Nothing without automatic renewal.
    Terms that begin on day 1 to 28 of a month all begin on that day of the month, so
    the days before ``since`` are skipped without walking through them.
    """
    months = agreement.renewal_months
    start = agreement.start_date
    if months is None or start is None:
        return ()
    stop = min(until, agreement.end_date) if agreement.end_date else until
    term_start = term_end(start, agreement.minimum_term_months or months) + _ONE_DAY
    if since is not None and term_start < since and term_start.day <= 28:
        behind = (since.year - term_start.year) * 12 + since.month - term_start.month
        term_start = add_months(term_start, max(0, behind // months - 1) * months)
    days: list[date] = []
    while term_start <= stop and len(days) < MAX_RENEWAL_TICKS:
        if since is None or term_start >= since:
            days.append(term_start)
        term_start = term_end(term_start, months) + _ONE_DAY
    return tuple(days)


def agreement_items(
    agreement: Agreement, until: date, today: date, since: date | None = None
) -> list[TimelineItem]:
    """The agreement's span and, while it can still be cancelled, its last notice day.

    Renewal ticks are listed from ``since`` (all when ``None``) to ``until``.
    """
    assert agreement.id is not None
    ref = ItemRef(ItemKind.AGREEMENT, agreement.id)
    plan = _schedule(agreement, today)
    start = agreement.start_date or agreement.end_date or today
    end = agreement.end_date
    if end is None and agreement.status is AgreementStatus.TERMINATED:
        end = plan.next_end
    items = [
        TimelineItem(
            MarkKind.AGREEMENT,
            ref,
            agreement.partner_id,
            start,
            end,
            agreement.title,
            open_ended=end is None,
            renewals=renewal_starts(agreement, until, since),
            value=agreement.value,
            billing=agreement.billing_period,
            detail=agreement.status.value,
        )
    ]
    if plan.last_notice_day is not None and not plan.ended:
        items.append(
            TimelineItem(
                MarkKind.NOTICE,
                ref,
                agreement.partner_id,
                plan.last_notice_day,
                None,
                agreement.title,
                detail=(plan.next_end or plan.last_notice_day).isoformat(),
            )
        )
    return items


def note_item(note: NoteHeader, tz: tzinfo | None = None) -> TimelineItem:
    """A note's marker on its local day (``tz``; the system zone when ``None``)."""
    local = note.when.astimezone(tz)
    return TimelineItem(
        MarkKind.NOTE,
        ItemRef(ItemKind.NOTE, note.id),
        note.partner_id,
        local.date(),
        None,
        note.subject,
        moment=local,
        detail=note.channel.value,
    )


def goal_update_item(goal: SharedGoal, update: GoalUpdate) -> TimelineItem:
    """A goal history entry's marker; it opens the goal."""
    assert goal.id is not None
    return TimelineItem(
        MarkKind.GOAL_UPDATE,
        ItemRef(ItemKind.GOAL, goal.id),
        goal.partner_id,
        update.on,
        None,
        goal.title,
        detail=(update.status or goal.status).value,
    )


def goal_due_item(goal: SharedGoal) -> TimelineItem | None:
    """An open goal's target date, or ``None`` (no target, or achieved/dropped)."""
    if goal.target_date is None or goal.status not in _OPEN_GOALS:
        return None
    assert goal.id is not None
    return TimelineItem(
        MarkKind.GOAL_DUE,
        ItemRef(ItemKind.GOAL, goal.id),
        goal.partner_id,
        goal.target_date,
        None,
        goal.title,
        detail=goal.status.value,
    )


def sort_key(item: TimelineItem) -> tuple[int, int, int]:
    """Spans before markers, then by day and id: a stable painting order."""
    return (0 if item.kind is MarkKind.AGREEMENT else 1, item.start.toordinal(), item.ref.id)
