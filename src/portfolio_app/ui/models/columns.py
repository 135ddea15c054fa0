"""Column specs for the partner list and the detail tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QColor

from portfolio_app.domain.agreement import Agreement, AgreementStatus
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.health import HealthBand
from portfolio_app.domain.note import CommunicationNote, Mood
from portfolio_app.domain.partner import PartnerStatus
from portfolio_app.domain.promise import Promise, PromiseState
from portfolio_app.ui.formatting import (
    format_date,
    format_decimal,
    format_moment,
    format_money,
    from_qdate,
)
from portfolio_app.ui.labels import category_label, label
from portfolio_app.ui.models.record_table_model import ALIGN_RIGHT, Column
from portfolio_app.ui.schedule_text import NextDate, next_date
from portfolio_app.ui.urgency import urgency_foreground

_CONTEXT = "Columns"


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


_MUTED = QColor("#6b7280")
_STATUS_COLOURS = {
    PartnerStatus.ACTIVE: QColor("#15803d"),
    PartnerStatus.PROSPECT: QColor("#1d4ed8"),
    PartnerStatus.PAUSED: QColor("#b45309"),
    PartnerStatus.ENDED: _MUTED,
}
_GOAL_COLOURS = {
    GoalStatus.ON_TRACK: QColor("#15803d"),
    GoalStatus.AT_RISK: QColor("#b91c1c"),
    GoalStatus.ACHIEVED: QColor("#1d4ed8"),
    GoalStatus.DROPPED: _MUTED,
}

_HEALTH_COLOURS = {
    HealthBand.GOOD: QColor("#15803d"),
    HealthBand.WATCH: QColor("#b45309"),
    HealthBand.POOR: QColor("#b91c1c"),
}
_HEALTH_MARKERS = {HealthBand.GOOD: "▲", HealthBand.WATCH: "◆", HealthBand.POOR: "▼"}
_HEALTH_WORDS = {
    HealthBand.GOOD: QT_TRANSLATE_NOOP("Columns", "good"),
    HealthBand.WATCH: QT_TRANSLATE_NOOP("Columns", "watch"),
    HealthBand.POOR: QT_TRANSLATE_NOOP("Columns", "poor"),
}


def health_colour(band: HealthBand) -> QColor:
    """Text colour of a health score in this band (always next to the number)."""
    return _HEALTH_COLOURS[band]


def health_marker(band: HealthBand) -> str:
    """A shape that tells the bands apart without colour (up, diamond, down)."""
    return _HEALTH_MARKERS[band]


def health_band_text(band: HealthBand) -> str:
    """The band in words, translated: "good", "watch", "poor"."""
    return _tr(_HEALTH_WORDS[band])


PARTNER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Category"),
        lambda p: category_label(p.category),
        filter_value=lambda p: p.category,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Status"),
        lambda p: label(p.status),
        sort_key=lambda p: list(PartnerStatus).index(p.status),
        filter_value=lambda p: p.status.value,
        colour=lambda p: _STATUS_COLOURS.get(p.status),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Partner since"),
        lambda p: format_date(p.partner_since),
        sort_key=lambda p: _iso(p.partner_since),
    ),
)
PARTNER_NAME, PARTNER_CATEGORY, PARTNER_STATUS, PARTNER_SINCE = range(4)


def _primary(contact: ContactPerson) -> str:
    return _tr(QT_TRANSLATE_NOOP("Columns", "Primary")) if contact.is_primary else ""


CONTACT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda c: c.role),
    Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: c.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "Primary"), _primary),
)


def _term(agreement: Agreement) -> str:
    start, end = format_date(agreement.start_date), format_date(agreement.end_date)
    if not end:
        end = _tr(QT_TRANSLATE_NOOP("Columns", "open-ended"))
    return f"{start} – {end}" if start else end


def _value(agreement: Agreement) -> str:
    if agreement.value is None:
        return ""
    return f"{format_money(agreement.value)} {label(agreement.billing_period)}"


def _agreement_colour(agreement: Agreement) -> QColor | None:
    done = agreement.status in (AgreementStatus.TERMINATED, AgreementStatus.EXPIRED)
    return _MUTED if done else None


@lru_cache(maxsize=1024)
def _next_date(agreement: Agreement, today: date) -> NextDate | None:
    return next_date(agreement, schedule(agreement, today), today)


def _system_today() -> date:
    return from_qdate(QDate.currentDate())


def agreement_columns(today: Callable[[], date] = _system_today) -> tuple[Column, ...]:
    """The agreement table's columns; "Next deadline" is worked out as of ``today()``."""

    def next_text(agreement: Agreement) -> str:
        found = _next_date(agreement, today())
        return found.text if found else ""

    def next_key(agreement: Agreement) -> str:
        found = _next_date(agreement, today())
        return found.day.isoformat() if found else "9999-12-31"

    def next_colour(agreement: Agreement) -> QColor | None:
        found = _next_date(agreement, today())
        return urgency_foreground(found.urgency) if found else None

    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda a: a.title, colour=_agreement_colour),
        Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda a: label(a.kind)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda a: label(a.status),
            colour=_agreement_colour,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Term"), _term, sort_key=lambda a: _iso(a.start_date)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Next deadline"),
            next_text,
            sort_key=next_key,
            colour=next_colour,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Value"),
            _value,
            sort_key=lambda a: float(a.annual_cost().amount) if a.annual_cost() else -1.0,
            alignment=ALIGN_RIGHT,
        ),
    )


AGREEMENT_COLUMNS = agreement_columns()
AGREEMENT_NEXT_DEADLINE = 4


def _kpi(goal: SharedGoal) -> str:
    kpi = goal.kpi
    if kpi is None:
        return ""
    current = format_decimal(kpi.current) if kpi.current is not None else "–"
    return f"{current} / {format_decimal(kpi.target)} {kpi.unit}".strip()


_OVERDUE_COLOUR = QColor("#b91c1c")
_OVERDUE = QT_TRANSLATE_NOOP("Columns", "Overdue")


def goal_columns(today: Callable[[], date] = _system_today) -> tuple[Column, ...]:
    """The goal table's columns, with overdue goals (as of ``today()``) flagged.

    A goal past its target date and neither achieved nor dropped shows "Overdue" in red
    in its status, with a tooltip that says why.
    """

    def status_text(goal: SharedGoal) -> str:
        if goal.is_overdue(today()):
            return f"{label(goal.status)} · {_tr(_OVERDUE)}"
        return label(goal.status)

    def status_colour(goal: SharedGoal) -> QColor | None:
        return _OVERDUE_COLOUR if goal.is_overdue(today()) else _GOAL_COLOURS.get(goal.status)

    def status_tooltip(goal: SharedGoal) -> list[str]:
        lines = [status_text(goal)]
        if goal.is_overdue(today()):
            lines.append(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "Columns", "The target date %1 has passed and the goal is still open."
                    )
                ).replace("%1", format_date(goal.target_date))
            )
        return lines

    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Goal"), lambda g: g.title),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            status_text,
            sort_key=lambda g: list(GoalStatus).index(g.status),
            colour=status_colour,
            tooltip=status_tooltip,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda g: g.owner),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Target date"),
            lambda g: format_date(g.target_date),
            sort_key=lambda g: _iso(g.target_date),
            colour=lambda g: _OVERDUE_COLOUR if g.is_overdue(today()) else None,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "KPI"), _kpi),
    )


GOAL_COLUMNS = goal_columns()
GOAL_STATUS = 1


def _flags(note: CommunicationNote) -> str:
    flags = []
    if note.misunderstanding:
        flags.append(_tr(QT_TRANSLATE_NOOP("Columns", "Misunderstanding")))
    if note.follow_up is not None and not note.follow_up.done:
        flags.append(_tr(QT_TRANSLATE_NOOP("Columns", "Follow-up open")))
    return ", ".join(flags)


NOTE_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "When"),
        lambda n: format_moment(n.when),
        sort_key=lambda n: n.when.isoformat(),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda n: label(n.channel)),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda n: n.subject),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Mood"),
        lambda n: label(n.mood),
        colour=lambda n: QColor("#b91c1c") if n.mood is Mood.TENSE else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Open points"),
        _flags,
        colour=lambda n: QColor("#b45309") if _flags(n) else None,
    ),
)


_PROMISE_COLOURS = {
    PromiseState.KEPT: QColor("#15803d"),
    PromiseState.BROKEN: QColor("#b91c1c"),
    PromiseState.RELEASED: _MUTED,
}


def promise_columns(today: Callable[[], date] = _system_today) -> tuple[Column, ...]:
    """The promise table's columns; a due date is red once the open promise is overdue."""

    def due_colour(promise: Promise) -> QColor | None:
        return QColor("#b91c1c") if promise.is_overdue(today()) else None

    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Direction"), lambda p: label(p.direction)),
        Column(QT_TRANSLATE_NOOP("Columns", "Promise"), lambda p: p.text),
        Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda p: p.owner),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Due"),
            lambda p: format_date(p.due),
            sort_key=lambda p: _iso(p.due) or "9999-12-31",
            colour=due_colour,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "State"),
            lambda p: label(p.state),
            sort_key=lambda p: list(PromiseState).index(p.state),
            colour=lambda p: _PROMISE_COLOURS.get(p.state),
        ),
    )
