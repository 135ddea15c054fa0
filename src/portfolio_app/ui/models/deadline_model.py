"""The rows of the deadlines view: one per date that needs attention."""

from __future__ import annotations

import enum
import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.ui.formatting import format_date
from portfolio_app.ui.labels import label
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.schedule_text import relative_day
from portfolio_app.ui.urgency import urgency_background, urgency_foreground, urgency_marker

_Index = QModelIndex | QPersistentModelIndex


class DeadlineColumn(enum.IntEnum):
    """Column order of :class:`DeadlineTableModel`."""

    DATE = 0
    URGENCY = 1
    WHEN = 2
    KIND = 3
    ITEM = 4
    PARTNER = 5
    DETAILS = 6


_COLOURED = (DeadlineColumn.DATE, DeadlineColumn.URGENCY, DeadlineColumn.WHEN)
_URGENCY_ORDER = {Urgency.OVERDUE: 0, Urgency.SOON: 1, Urgency.LATER: 2}


class DeadlineTableModel(QAbstractTableModel):
    """Read-only rows of :class:`Deadline`; the owner replaces them with :meth:`set_deadlines`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deadlines: list[Deadline] = []
        self._today = date.today()

    def set_deadlines(self, deadlines: Sequence[Deadline], today: date) -> None:
        """Replace all rows; ``today`` is what "in 3 days" counts from."""
        self.beginResetModel()
        self._deadlines = list(deadlines)
        self._today = today
        self.endResetModel()

    def deadlines(self) -> list[Deadline]:
        """The rows, in model order."""
        return list(self._deadlines)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._deadlines)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DeadlineColumn)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        deadline = self._deadlines[index.row()]
        column = DeadlineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(deadline, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(deadline)
        if role == SORT_KEY_ROLE:
            return self._sort_key(deadline, column)
        if role == RECORD_ROLE:
            return deadline
        if role == Qt.ItemDataRole.ForegroundRole and column in _COLOURED:
            return urgency_foreground(deadline.urgency)
        if role == Qt.ItemDataRole.BackgroundRole:
            return urgency_background(deadline.urgency)
        return None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            DeadlineColumn.DATE: self.tr("Date"),
            DeadlineColumn.URGENCY: self.tr("Urgency"),
            DeadlineColumn.WHEN: self.tr("When"),
            DeadlineColumn.KIND: self.tr("What"),
            DeadlineColumn.ITEM: self.tr("Item"),
            DeadlineColumn.PARTNER: self.tr("Partner"),
            DeadlineColumn.DETAILS: self.tr("Details"),
        }
        if 0 <= section < len(DeadlineColumn):
            return titles[DeadlineColumn(section)]
        return None

    # ---- helpers

    def _text(self, deadline: Deadline, column: DeadlineColumn) -> str:
        if column is DeadlineColumn.DATE:
            return format_date(deadline.day)
        if column is DeadlineColumn.URGENCY:
            return f"{urgency_marker(deadline.urgency)} {label(deadline.urgency)}"
        if column is DeadlineColumn.WHEN:
            return relative_day(deadline.day, self._today)
        if column is DeadlineColumn.KIND:
            return label(deadline.kind)
        if column is DeadlineColumn.ITEM:
            return deadline.title
        if column is DeadlineColumn.PARTNER:
            return deadline.partner_name
        return self._details(deadline)

    def _details(self, deadline: Deadline) -> str:
        parts = []
        if deadline.kind is DeadlineKind.NOTICE and deadline.send_by is not None:
            parts.append(self.tr("send by %1").replace("%1", format_date(deadline.send_by)))
        if deadline.deputy:
            parts.append(self.tr("deputy: %1").replace("%1", deadline.deputy))
        return " · ".join(parts)

    def _tooltip(self, deadline: Deadline) -> str:
        lines = [
            f"{label(deadline.kind)}: {deadline.title}",
            deadline.partner_name,
            f"{format_date(deadline.day)} ({relative_day(deadline.day, self._today)})",
        ]
        details = self._details(deadline)
        if details:
            lines.append(details)
        # Tooltips guess rich text; escape so user text is always shown literally.
        return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"

    @staticmethod
    def _sort_key(deadline: Deadline, column: DeadlineColumn) -> str | int:
        day = deadline.day.isoformat()
        if column is DeadlineColumn.URGENCY:
            return f"{_URGENCY_ORDER[deadline.urgency]}{day}"
        if column is DeadlineColumn.KIND:
            return f"{label(deadline.kind).casefold()}{day}"
        if column is DeadlineColumn.ITEM:
            return deadline.title.casefold()
        if column is DeadlineColumn.PARTNER:
            return f"{deadline.partner_name.casefold()}\0{day}"
        if column is DeadlineColumn.DETAILS:
            return ""
        return day
