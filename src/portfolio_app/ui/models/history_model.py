"""A partner's audit trail as a read-only table: when, what happened, what changed."""

from __future__ import annotations

import enum
import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from portfolio_app.domain.audit import AuditEntry
from portfolio_app.ui.formatting import format_moment
from portfolio_app.ui.history_text import change_lines, changes_summary, headline
from portfolio_app.ui.models.roles import ID_ROLE, RECORD_ROLE

_Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "HistoryModel"


class HistoryColumn(enum.IntEnum):
    """Column order of ``HistoryModel``."""

    WHEN = 0
    WHAT = 1
    CHANGES = 2


_HEADERS = {
    HistoryColumn.WHEN: QT_TRANSLATE_NOOP("HistoryModel", "When"),
    HistoryColumn.WHAT: QT_TRANSLATE_NOOP("HistoryModel", "What happened"),
    HistoryColumn.CHANGES: QT_TRANSLATE_NOOP("HistoryModel", "Changes"),
}


class HistoryModel(QAbstractTableModel):
    """Rows are audit entries in the order given (the service gives newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[AuditEntry]:
        """The rows, in order."""
        return list(self._entries)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HistoryColumn)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = HistoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == ID_ROLE:
            return entry.id
        if role == RECORD_ROLE:
            return entry
        return None

    @override
    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HistoryColumn)
        ):
            return QCoreApplication.translate(_CONTEXT, str(_HEADERS[HistoryColumn(section)]))
        return None

    def _text(self, entry: AuditEntry, column: HistoryColumn) -> str:
        if column is HistoryColumn.WHEN:
            return format_moment(entry.at)
        if column is HistoryColumn.WHAT:
            return headline(entry)
        return changes_summary(entry)

    def _tooltip(self, entry: AuditEntry, column: HistoryColumn) -> str | None:
        """The full text, escaped: tooltips guess rich text, user text must stay literal."""
        if column is HistoryColumn.CHANGES:
            lines = change_lines(entry)
        else:
            lines = [self._text(entry, column)]
        if not any(lines):
            return None
        return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
