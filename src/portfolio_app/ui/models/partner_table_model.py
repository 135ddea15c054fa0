"""The partner list's model: the partner columns plus each partner's next deadline."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

from portfolio_app.domain.deadlines import Deadline
from portfolio_app.domain.ids import PartnerId
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import label
from portfolio_app.ui.models.columns import PARTNER_COLUMNS
from portfolio_app.ui.models.record_table_model import RecordTableModel
from portfolio_app.ui.models.roles import ID_ROLE, RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.schedule_text import relative_day
from portfolio_app.ui.urgency import urgency_background, urgency_foreground, urgency_marker

_Index = QModelIndex | QPersistentModelIndex

PARTNER_NEXT_DEADLINE = len(PARTNER_COLUMNS)
"""The column of the next deadline (after the plain partner columns)."""
_NO_DEADLINE_KEY = "9999-12-31"
_ROW_ROLES = (ID_ROLE, RECORD_ROLE)
"""Roles that describe the row, not the cell: answered like the first column."""


class PartnerTableModel(RecordTableModel):
    """Partners with a "Next deadline" column fed by :meth:`set_next_deadlines`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PARTNER_COLUMNS, parent)
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

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PARTNER_COLUMNS) + 1

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != PARTNER_NEXT_DEADLINE:
            return super().data(index, role)
        first = self.index(index.row(), 0)
        partner_id = super().data(first, ID_ROLE)
        deadline = self._next.get(partner_id) if partner_id is not None else None
        if role == SORT_KEY_ROLE:
            return deadline.day.isoformat() if deadline else _NO_DEADLINE_KEY
        if deadline is None:
            return super().data(first, role) if role in _ROW_ROLES else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{urgency_marker(deadline.urgency)} {format_date(deadline.day)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = (
                f"{label(deadline.kind)}: {deadline.title}\n"
                f"{format_date(deadline.day)} ({relative_day(deadline.day, self._today)}) · "
                f"{label(deadline.urgency)}"
            )
            return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
        if role == Qt.ItemDataRole.ForegroundRole:
            return urgency_foreground(deadline.urgency)
        if role == Qt.ItemDataRole.BackgroundRole:
            return urgency_background(deadline.urgency)
        return super().data(first, role) if role in _ROW_ROLES else None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            section == PARTNER_NEXT_DEADLINE
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.tr("Next deadline")
        return super().headerData(section, orientation, role)
