"""The partner list's model: the partner columns plus each partner's next deadline."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QColor

from portfolio_app.domain.deadlines import Deadline
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import label
from portfolio_app.ui.models.columns import PARTNER_COLUMNS
from portfolio_app.ui.models.record_table_model import Column, RecordTableModel
from portfolio_app.ui.schedule_text import relative_day
from portfolio_app.ui.urgency import urgency_background, urgency_foreground, urgency_marker

PARTNER_NEXT_DEADLINE = len(PARTNER_COLUMNS)
"""The column of the next deadline (after the plain partner columns)."""
_NO_DEADLINE_KEY = "9999-12-31"


def next_deadline_column(
    next_of: Callable[[Partner], Deadline | None], today: Callable[[], date]
) -> Column:
    """A partner's next deadline, marked and tinted by urgency; empty without one.

    ``next_of`` finds the deadline to show; "in 3 days" counts from ``today()``.
    """

    def text(partner: Partner) -> str | None:
        deadline = next_of(partner)
        return (
            f"{urgency_marker(deadline.urgency)} {format_date(deadline.day)}" if deadline else None
        )

    def sort_key(partner: Partner) -> str:
        deadline = next_of(partner)
        return deadline.day.isoformat() if deadline else _NO_DEADLINE_KEY

    def tooltip(partner: Partner) -> list[str]:
        deadline = next_of(partner)
        if deadline is None:
            return []
        return [
            f"{label(deadline.kind)}: {deadline.title}",
            f"{format_date(deadline.day)} ({relative_day(deadline.day, today())}) · "
            f"{label(deadline.urgency)}",
        ]

    def colour(partner: Partner) -> QColor | None:
        deadline = next_of(partner)
        return urgency_foreground(deadline.urgency) if deadline else None

    def background(partner: Partner) -> QColor | None:
        deadline = next_of(partner)
        return urgency_background(deadline.urgency) if deadline else None

    return Column(
        QT_TRANSLATE_NOOP("Columns", "Next deadline"),
        text,
        sort_key,
        colour=colour,
        background=background,
        tooltip=tooltip,
    )


class PartnerTableModel(RecordTableModel):
    """Partners with a "Next deadline" column fed by :meth:`set_next_deadlines`."""

    def __init__(self, parent: QObject | None = None) -> None:
        column = next_deadline_column(self._next_of, lambda: self._today)
        super().__init__((*PARTNER_COLUMNS, column), parent)
        self._next: dict[PartnerId, Deadline] = {}
        self._today = date.today()

    def set_next_deadlines(self, deadlines: Mapping[PartnerId, Deadline], today: date) -> None:
        """Show these deadlines (by partner); partners without one show an empty cell."""
        self._next = dict(deadlines)
        self._today = today
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(
                self.index(0, PARTNER_NEXT_DEADLINE), self.index(rows - 1, PARTNER_NEXT_DEADLINE)
            )

    def next_deadline(self, partner_id: int) -> Deadline | None:
        """The deadline shown for a partner, if any."""
        return self._next.get(PartnerId(partner_id))

    def _next_of(self, partner: Partner) -> Deadline | None:
        return self._next.get(partner.id) if partner.id is not None else None
