"""The rows of the deadlines view: one per date that needs attention."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import label
from portfolio_app.ui.models.record_table_model import Column, RecordTableModel
from portfolio_app.ui.schedule_text import relative_day
from portfolio_app.ui.urgency import urgency_background, urgency_foreground, urgency_marker

_CONTEXT = "DeadlineTableModel"
"""Translation context of the headers and details (the model's class name)."""


class DeadlineColumn(enum.IntEnum):
    """Column order of :class:`DeadlineTableModel`."""

    DATE = 0
    URGENCY = 1
    WHEN = 2
    KIND = 3
    ITEM = 4
    PARTNER = 5
    DETAILS = 6


_URGENCY_ORDER = {Urgency.OVERDUE: 0, Urgency.SOON: 1, Urgency.LATER: 2}


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _details(deadline: Deadline) -> str:
    parts = []
    if deadline.kind is DeadlineKind.NOTICE and deadline.send_by is not None:
        send_by = _tr(QT_TRANSLATE_NOOP("DeadlineTableModel", "send by %1"))
        parts.append(send_by.replace("%1", format_date(deadline.send_by)))
    if deadline.deputy:
        deputy = _tr(QT_TRANSLATE_NOOP("DeadlineTableModel", "deputy: %1"))
        parts.append(deputy.replace("%1", deadline.deputy))
    return " · ".join(parts)


def _foreground(deadline: Deadline) -> QColor | None:
    return urgency_foreground(deadline.urgency)


def _background(deadline: Deadline) -> QColor | None:
    return urgency_background(deadline.urgency)


def _day(deadline: Deadline) -> str:
    return deadline.day.isoformat()


def deadline_columns(today: Callable[[], date]) -> tuple[Column, ...]:
    """The columns in :class:`DeadlineColumn` order; "When" counts from ``today()``.

    Every cell of a row has the urgency's tint and the same tooltip: the whole deadline.
    The date columns are coloured by urgency; ties sort by date.
    """

    def when(deadline: Deadline) -> str:
        return relative_day(deadline.day, today())

    def tooltip(deadline: Deadline) -> list[str]:
        lines = [
            f"{label(deadline.kind)}: {deadline.title}",
            deadline.partner_name,
            f"{format_date(deadline.day)} ({when(deadline)})",
        ]
        details = _details(deadline)
        return [*lines, details] if details else lines

    def column(
        title: object,
        display: Callable[[Deadline], str],
        sort_key: Callable[[Deadline], str] | None,
        *,
        coloured: bool = False,
    ) -> Column:
        colour = _foreground if coloured else None
        return Column(
            title, display, sort_key, colour=colour, background=_background, tooltip=tooltip
        )

    return (
        column(
            QT_TRANSLATE_NOOP("DeadlineTableModel", "Date"),
            lambda d: format_date(d.day),
            _day,
            coloured=True,
        ),
        column(
            QT_TRANSLATE_NOOP("DeadlineTableModel", "Urgency"),
            lambda d: f"{urgency_marker(d.urgency)} {label(d.urgency)}",
            lambda d: f"{_URGENCY_ORDER[d.urgency]}{_day(d)}",
            coloured=True,
        ),
        column(QT_TRANSLATE_NOOP("DeadlineTableModel", "When"), when, _day, coloured=True),
        column(
            QT_TRANSLATE_NOOP("DeadlineTableModel", "What"),
            lambda d: label(d.kind),
            lambda d: f"{label(d.kind).casefold()}{_day(d)}",
        ),
        column(QT_TRANSLATE_NOOP("DeadlineTableModel", "Item"), lambda d: d.title, None),
        column(
            QT_TRANSLATE_NOOP("DeadlineTableModel", "Partner"),
            lambda d: d.partner_name,
            lambda d: f"{d.partner_name.casefold()}\0{_day(d)}",
        ),
        column(QT_TRANSLATE_NOOP("DeadlineTableModel", "Details"), _details, lambda _d: ""),
    )


class DeadlineTableModel(RecordTableModel):
    """Read-only rows of :class:`Deadline`; the owner replaces them with :meth:`set_deadlines`.

    Deadlines have no id of their own (``ref`` names their item), so ``ID_ROLE`` is ``None``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            deadline_columns(lambda: self._today), parent, header_context=_CONTEXT, id_of=None
        )
        self._today = date.today()

    def set_deadlines(self, deadlines: Sequence[Deadline], today: date) -> None:
        """Replace all rows; ``today`` is what "in 3 days" counts from."""
        self._today = today
        self.set_records(deadlines)

    def deadlines(self) -> list[Deadline]:
        """The rows, in model order."""
        return self.records()
