"""The partner list's model: the partner columns, each partner's next deadline and health."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from portfolio_app.domain.deadlines import Deadline
from portfolio_app.domain.health import HealthScore
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import label
from portfolio_app.ui.models.columns import (
    PARTNER_COLUMNS,
    health_band_text,
    health_colour,
    health_marker,
)
from portfolio_app.ui.models.record_table_model import ALIGN_RIGHT, Column, RecordTableModel
from portfolio_app.ui.schedule_text import relative_day
from portfolio_app.ui.urgency import urgency_background, urgency_foreground, urgency_marker

PARTNER_NEXT_DEADLINE = len(PARTNER_COLUMNS)
"""The column of the next deadline (after the plain partner columns)."""
PARTNER_HEALTH = PARTNER_NEXT_DEADLINE + 1
"""The column of the health score (after the next deadline)."""
_NO_DEADLINE_KEY = "9999-12-31"
_NO_SCORE_KEY = -1


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


def health_column(score_of: Callable[[Partner], HealthScore | None]) -> Column:
    """A partner's health score: marker and number, coloured by band; empty without one.

    Sorts by the score; partners without one sort below every score.
    """

    def text(partner: Partner) -> str | None:
        health = score_of(partner)
        return f"{health_marker(health.band)} {health.score}" if health else None

    def sort_key(partner: Partner) -> int:
        health = score_of(partner)
        return health.score if health else _NO_SCORE_KEY

    def tooltip(partner: Partner) -> list[str]:
        health = score_of(partner)
        if health is None:
            return []
        title = QCoreApplication.translate("Columns", "Health %1 — %2")
        return [title.replace("%1", str(health.score)).replace("%2", health_band_text(health.band))]

    def colour(partner: Partner) -> QColor | None:
        health = score_of(partner)
        return health_colour(health.band) if health else None

    return Column(
        QT_TRANSLATE_NOOP("Columns", "Health"),
        text,
        sort_key,
        colour=colour,
        tooltip=tooltip,
        alignment=ALIGN_RIGHT,
    )


class PartnerTableModel(RecordTableModel):
    """Partners with "Next deadline" and "Health" columns.

    They are fed by :meth:`set_next_deadlines` and :meth:`set_health_scores`; ``batch``
    fills the model lazily (see :class:`RecordTableModel`).
    """

    def __init__(self, parent: QObject | None = None, *, batch: int | None = None) -> None:
        column = next_deadline_column(self._next_of, lambda: self._today)
        health = health_column(self._health_of)
        super().__init__((*PARTNER_COLUMNS, column, health), parent, batch=batch)
        self._next: dict[PartnerId, Deadline] = {}
        self._health: dict[PartnerId, HealthScore] = {}
        self._today = date.today()

    def set_next_deadlines(self, deadlines: Mapping[PartnerId, Deadline], today: date) -> None:
        """Show these deadlines (by partner); partners without one show an empty cell."""
        self._next = dict(deadlines)
        self._today = today
        self._column_changed(PARTNER_NEXT_DEADLINE)

    def set_health_scores(self, scores: Mapping[PartnerId, HealthScore]) -> None:
        """Show these scores (by partner); partners without one show an empty cell."""
        self._health = dict(scores)
        self._column_changed(PARTNER_HEALTH)

    def health_score(self, partner_id: int) -> HealthScore | None:
        """The score shown for a partner, if any."""
        return self._health.get(PartnerId(partner_id))

    def next_deadline(self, partner_id: int) -> Deadline | None:
        """The deadline shown for a partner, if any."""
        return self._next.get(PartnerId(partner_id))

    def _next_of(self, partner: Partner) -> Deadline | None:
        return self._next.get(partner.id) if partner.id is not None else None

    def _health_of(self, partner: Partner) -> HealthScore | None:
        return self._health.get(partner.id) if partner.id is not None else None

    def _column_changed(self, column: int) -> None:
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column))
