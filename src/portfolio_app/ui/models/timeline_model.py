"""A partner's timeline as a two-level Qt model: months, and the events in each."""

from __future__ import annotations

import enum
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from typing_extensions import override

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, SharedGoal
from portfolio_app.domain.ids import ItemRef
from portfolio_app.domain.note import CommunicationNote, Mood
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.timeline import EventKind, TimelineEvent
from portfolio_app.ui.formatting import format_date, format_decimal, format_money, format_month
from portfolio_app.ui.labels import category_label, label

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Event rows: the ``TimelineEvent``; month rows: ``None``."""
ITEM_REF_ROLE = Qt.ItemDataRole.UserRole + 2
"""Event rows: the ``ItemRef`` the event opens; month rows: ``None``."""
IS_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
"""``True`` for month rows, ``False`` for event rows."""
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 4
"""Event rows: the second line, starting with the date (and time for notes)."""
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 5
"""Event rows: the second line without the date (views that show the date apart)."""
DATE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 6
"""Event rows: the day in the locale's short format."""
WHEN_HINT_ROLE = Qt.ItemDataRole.UserRole + 7
"""Event rows: "in 12 days" when upcoming, "Overdue", or the time of a note."""
IS_UPCOMING_ROLE = Qt.ItemDataRole.UserRole + 8
"""Events after today; months whose events all lie after today."""
TONE_ROLE = Qt.ItemDataRole.UserRole + 9
"""Event rows: the ``EventTone`` a view colours the event with.

Qt hands ``StrEnum`` values back as plain ``str``: rebuild with ``EventTone(value)``.
"""
KIND_ROLE = Qt.ItemDataRole.UserRole + 10
"""Event rows: the ``EventKind`` (comes back as ``str``; rebuild with ``EventKind(value)``)."""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 11
"""Month rows: how many events the month holds."""
MONTH_ROLE = Qt.ItemDataRole.UserRole + 12
"""Month rows: the first day of the month (``date``)."""

_Index = QModelIndex | QPersistentModelIndex
_MONTH_ID = 0
"""``internalId`` of month rows; event rows carry their month's row + 1."""
_TOOLTIP_EXCERPT = 300
_PLACEHOLDER = re.compile(r"%(\d)")


class EventTone(enum.StrEnum):
    """What an event means at a glance; views pick a colour for each."""

    PARTNERSHIP = "partnership"
    AGREEMENT = "agreement"
    AGREEMENT_ENDED = "agreement_ended"
    DEADLINE = "deadline"
    OVERDUE = "overdue"
    NOTE_GOOD = "note_good"
    NOTE_NEUTRAL = "note_neutral"
    NOTE_TENSE = "note_tense"
    GOAL = "goal"
    GOAL_AT_RISK = "goal_at_risk"


_NOTE_TONES = {
    Mood.GOOD: EventTone.NOTE_GOOD,
    Mood.NEUTRAL: EventTone.NOTE_NEUTRAL,
    Mood.TENSE: EventTone.NOTE_TENSE,
}


@dataclass(frozen=True, slots=True)
class _Month:
    first_day: date
    events: tuple[TimelineEvent, ...]


def _fill(template: str, *values: str) -> str:
    """Replace ``%1``, ``%2`` … in a translated template in one pass.

    One pass keeps a ``%2`` typed by a user inside the first value from being replaced.
    """
    return _PLACEHOLDER.sub(lambda match: values[int(match.group(1)) - 1], template)


class TimelineModel(QAbstractItemModel):
    """Months (newest first) with the partner's events below them (newest first).

    The owner replaces everything with ``set_events``; the model never loads data.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._months: list[_Month] = []
        self._today = date.today()
        self._previous_values: dict[GoalUpdate, Decimal] = {}

    # ---- Public API

    def set_events(self, events: Sequence[TimelineEvent], today: date) -> None:
        """Replace all rows with ``events``; ``today`` decides what counts as upcoming."""
        self.beginResetModel()
        self._today = today
        self._months = _group_by_month(events)
        self._previous_values = _previous_kpi_values(events)
        self.endResetModel()

    def event_count(self) -> int:
        """How many events the model holds across all months."""
        return sum(len(month.events) for month in self._months)

    def find(self, kind: EventKind, ref: ItemRef) -> QModelIndex:
        """The first event row of ``kind`` that opens ``ref``; invalid if there is none."""
        for month_row, month in enumerate(self._months):
            for row, event in enumerate(month.events):
                if event.kind == kind and event.opens == ref:
                    return self.index(row, 0, self.index(month_row, 0))
        return QModelIndex()

    # ---- Qt overrides

    @override
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _MONTH_ID)
        return self.createIndex(row, column, parent.row() + 1)

    @override
    def parent(self, child: _Index | None = None) -> Any:
        # Qt overloads parent(): without an index it is QObject's owner.
        if child is None:
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == _MONTH_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _MONTH_ID)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._months)
        if parent.column() != 0 or parent.internalId() != _MONTH_ID:
            return 0
        return len(self._months[parent.row()].events)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 1

    @override
    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _MONTH_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _MONTH_ID:
            return self._month_data(self._months[index.row()], role)
        event = self._months[index.internalId() - 1].events[index.row()]
        return self._event_data(event, role)

    # ---- Month rows

    def _month_data(self, month: _Month, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return format_month(month.first_day)
        if role == IS_MONTH_ROLE:
            return True
        if role == COUNT_ROLE:
            return len(month.events)
        if role == MONTH_ROLE:
            return month.first_day
        if role == IS_UPCOMING_ROLE:
            return all(event.day > self._today for event in month.events)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._entries_text(len(month.events))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_month(month.first_day)}, {self._entries_text(len(month.events))}"
        return None

    def _entries_text(self, count: int) -> str:
        return self._plural("%n entries", count) if count != 1 else self.tr("1 entry")

    # ---- Event rows

    def _event_data(self, event: TimelineEvent, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(event)
        if role == SUBTITLE_ROLE:
            return self._subtitle(event)
        if role == DETAIL_ROLE:
            return " · ".join(self._details(event))
        if role == DATE_TEXT_ROLE:
            return format_date(event.day)
        if role == WHEN_HINT_ROLE:
            return self._when_hint(event)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._title(event)}. {self._subtitle(event)}"
        return self._event_value(event, role)

    def _event_value(self, event: TimelineEvent, role: int) -> Any:
        if role == EVENT_ROLE:
            return event
        if role == ITEM_REF_ROLE:
            return event.opens
        if role == IS_MONTH_ROLE:
            return False
        if role == IS_UPCOMING_ROLE:
            return event.day > self._today
        if role == TONE_ROLE:
            return self._tone(event)
        if role == KIND_ROLE:
            return event.kind
        return None

    def _title(self, event: TimelineEvent) -> str:
        subject = event.subject
        kind = event.kind
        if isinstance(subject, Agreement):
            if kind is EventKind.AGREEMENT_STARTED:
                return _fill(self.tr("Agreement started: %1"), subject.title)
            if kind is EventKind.AGREEMENT_ENDS:
                return _fill(self.tr("Agreement ends: %1"), subject.title)
            return _fill(self.tr("Agreement ended: %1"), subject.title)
        if isinstance(subject, CommunicationNote):
            return _fill(self.tr("%1: %2"), label(subject.channel), subject.subject)
        if isinstance(subject, GoalUpdate):
            return self._goal_update_title(event, subject)
        if isinstance(subject, SharedGoal):
            return _fill(self.tr("Goal due: %1"), subject.title)
        return self.tr("Partnership began")

    def _goal_update_title(self, event: TimelineEvent, update: GoalUpdate) -> str:
        title = event.goal.title if event.goal else ""
        if event.kind is EventKind.GOAL_SET:
            return _fill(self.tr("Goal set: %1"), title)
        changes = []
        if update.status is not None:
            changes.append(label(update.status))
        if update.value is not None:
            changes.append(self._kpi_change(event, update))
        text = _fill(self.tr("Goal updated: %1"), title)
        return f"{text} — {', '.join(changes)}" if changes else text

    def _kpi_change(self, event: TimelineEvent, update: GoalUpdate) -> str:
        assert update.value is not None
        kpi = event.goal.kpi if event.goal else None
        unit = kpi.unit if kpi else ""
        new = f"{format_decimal(update.value)} {unit}".strip()
        before = self._previous_values.get(update, kpi.baseline if kpi else None)
        if before is None or before == update.value:
            return _fill(self.tr("KPI %1"), new)
        return _fill(self.tr("KPI %1 → %2"), format_decimal(before), new)

    def _subtitle(self, event: TimelineEvent) -> str:
        when = format_date(event.day)
        if event.moment is not None:
            when = f"{when} {self._time_text(event)}"
        elif event.day > self._today:
            when = f"{when} ({self._relative_text(event.day)})"
        return " · ".join([when, *self._details(event)])

    def _details(self, event: TimelineEvent) -> list[str]:
        subject = event.subject
        if isinstance(subject, Agreement):
            return self._agreement_details(event, subject)
        if isinstance(subject, CommunicationNote):
            return self._note_details(subject)
        if isinstance(subject, GoalUpdate):
            return self._goal_update_details(event, subject)
        if isinstance(subject, SharedGoal):
            return self._goal_due_details(event, subject)
        return _partner_details(subject)

    def _agreement_details(self, event: TimelineEvent, agreement: Agreement) -> list[str]:
        parts = [label(agreement.kind)]
        if event.kind is EventKind.AGREEMENT_ENDED:
            parts.append(label(agreement.status))
            return parts
        if agreement.value is not None:
            period = label(agreement.billing_period)
            parts.append(f"{format_money(agreement.value)} {period}")
        if event.kind is EventKind.AGREEMENT_ENDS and agreement.renewal_months:
            parts.append(self.tr("renews automatically"))
        return parts

    def _note_details(self, note: CommunicationNote) -> list[str]:
        parts = []
        if note.participants:
            parts.append(_fill(self.tr("with %1"), note.participants))
        if note.mood is not Mood.NEUTRAL:
            parts.append(_fill(self.tr("Mood: %1"), label(note.mood)))
        if note.misunderstanding:
            parts.append(
                self.tr("Misunderstanding (resolved)")
                if note.resolution
                else self.tr("Misunderstanding")
            )
        follow_up = note.follow_up
        if follow_up is not None:
            if follow_up.done:
                parts.append(self.tr("Follow-up done"))
            elif follow_up.due is not None:
                parts.append(_fill(self.tr("Follow-up due %1"), format_date(follow_up.due)))
            else:
                parts.append(self.tr("Follow-up open"))
        return parts

    def _goal_update_details(self, event: TimelineEvent, update: GoalUpdate) -> list[str]:
        goal = event.goal
        parts = []
        if update.comment:
            parts.append(update.comment.splitlines()[0])
        if goal is not None and event.kind is EventKind.GOAL_SET:
            if goal.owner:
                parts.append(_fill(self.tr("Owner: %1"), goal.owner))
            if goal.target_date is not None:
                parts.append(_fill(self.tr("Target date %1"), format_date(goal.target_date)))
            if goal.kpi is not None:
                target = f"{format_decimal(goal.kpi.target)} {goal.kpi.unit}".strip()
                parts.append(_fill(self.tr("KPI target %1"), target))
        return parts

    def _goal_due_details(self, event: TimelineEvent, goal: SharedGoal) -> list[str]:
        parts = [label(goal.status)]
        if event.day < self._today:
            parts.insert(0, self.tr("Overdue"))
        if goal.owner:
            parts.append(_fill(self.tr("Owner: %1"), goal.owner))
        progress = goal.kpi.progress() if goal.kpi else None
        if progress is not None:
            percent = QLocale().toString(round(progress * 100))
            parts.append(_fill(self.tr("KPI %1 % reached"), percent))
        return parts

    def _when_hint(self, event: TimelineEvent) -> str:
        if event.day > self._today:
            return self._relative_text(event.day)
        if event.kind is EventKind.GOAL_DUE and event.day < self._today:
            return self.tr("Overdue")
        if event.moment is not None:
            return self._time_text(event)
        if event.day == self._today:
            return self.tr("today")
        return ""

    def _relative_text(self, day: date) -> str:
        days = (day - self._today).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days < 60:
            return self._plural("in %n days", days)
        return self._plural("in %n months", round(days / 30.44))

    def _time_text(self, event: TimelineEvent) -> str:
        assert event.moment is not None
        time = QTime(event.moment.hour, event.moment.minute)
        return QLocale().toString(time, QLocale.FormatType.ShortFormat)

    def _tone(self, event: TimelineEvent) -> EventTone:
        subject = event.subject
        if isinstance(subject, CommunicationNote):
            return _NOTE_TONES[subject.mood]
        if event.kind is EventKind.AGREEMENT_ENDS:
            return EventTone.DEADLINE
        if event.kind is EventKind.GOAL_DUE:
            return EventTone.DEADLINE if event.day >= self._today else EventTone.OVERDUE
        if isinstance(subject, GoalUpdate):
            at_risk = subject.status is GoalStatus.AT_RISK
            return EventTone.GOAL_AT_RISK if at_risk else EventTone.GOAL
        if event.kind is EventKind.AGREEMENT_ENDED:
            return EventTone.AGREEMENT_ENDED
        if isinstance(subject, Agreement):
            return EventTone.AGREEMENT
        return EventTone.PARTNERSHIP

    def _tooltip(self, event: TimelineEvent) -> str:
        """Rich text built only from escaped pieces, so user text is never markup."""
        lines = [f"<b>{html.escape(self._title(event))}</b>", html.escape(self._subtitle(event))]
        for heading, text in self._tooltip_texts(event):
            excerpt = text if len(text) <= _TOOLTIP_EXCERPT else text[:_TOOLTIP_EXCERPT] + "…"
            body = html.escape(excerpt).replace("\n", "<br>")
            lines.append(f"<i>{html.escape(heading)}</i> {body}")
        return "<p>" + "<br>".join(lines) + "</p>"

    def _tooltip_texts(self, event: TimelineEvent) -> list[tuple[str, str]]:
        subject = event.subject
        candidates: list[tuple[str, str]] = []
        if isinstance(subject, CommunicationNote):
            follow_up = subject.follow_up.text if subject.follow_up else ""
            candidates = [
                (self.tr("Notes:"), subject.body),
                (self.tr("Outcome:"), subject.outcome),
                (self.tr("Resolution:"), subject.resolution),
                (self.tr("Follow-up:"), follow_up),
            ]
        elif isinstance(subject, Agreement):
            candidates = [(self.tr("Notes:"), subject.notes)]
        elif isinstance(subject, GoalUpdate):
            description = event.goal.description if event.goal else ""
            candidates = [(self.tr("Comment:"), subject.comment), (self.tr("Goal:"), description)]
        elif isinstance(subject, SharedGoal):
            candidates = [(self.tr("Goal:"), subject.description)]
        return [(heading, text) for heading, text in candidates if text]

    def _plural(self, text: str, count: int) -> str:
        # PySide6 leaves %n alone without a translator; a translation has replaced it.
        return self.tr(text, None, count).replace("%n", str(count))


def _partner_details(partner: Partner) -> list[str]:
    return [category_label(partner.category), label(partner.status)]


def _group_by_month(events: Sequence[TimelineEvent]) -> list[_Month]:
    by_month: dict[date, list[TimelineEvent]] = {}
    # A stable sort keeps the caller's order (build_timeline's) within a day.
    for event in sorted(events, key=lambda event: event.day, reverse=True):
        by_month.setdefault(event.day.replace(day=1), []).append(event)
    return [_Month(first_day, tuple(items)) for first_day, items in by_month.items()]


def _previous_kpi_values(events: Sequence[TimelineEvent]) -> dict[GoalUpdate, Decimal]:
    """For each goal update with a KPI value, the value it replaced (if recorded)."""
    updates = [event.subject for event in events if isinstance(event.subject, GoalUpdate)]
    updates.sort(key=lambda update: (update.on, update.id or 0))
    latest: dict[int, Decimal] = {}
    previous: dict[GoalUpdate, Decimal] = {}
    for update in updates:
        if update.value is None:
            continue
        if update.goal_id in latest:
            previous[update] = latest[update.goal_id]
        latest[update.goal_id] = update.value
    return previous
