"""The trash as a read-only table: kind, item, partner, when deleted, when purged."""

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

from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.trash import TrashedItem
from portfolio_app.ui.formatting import format_date, format_moment
from portfolio_app.ui.history_text import kind_name
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE

_Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "TrashModel"


class TrashColumn(enum.IntEnum):
    """Column order of ``TrashModel``."""

    KIND = 0
    TITLE = 1
    PARTNER = 2
    DELETED = 3
    PURGED = 4


_HEADERS = {
    TrashColumn.KIND: QT_TRANSLATE_NOOP("TrashModel", "Type"),
    TrashColumn.TITLE: QT_TRANSLATE_NOOP("TrashModel", "Item"),
    TrashColumn.PARTNER: QT_TRANSLATE_NOOP("TrashModel", "Partner"),
    TrashColumn.DELETED: QT_TRANSLATE_NOOP("TrashModel", "Deleted"),
    TrashColumn.PURGED: QT_TRANSLATE_NOOP("TrashModel", "Removed for good on"),
}


class TrashModel(QAbstractTableModel):
    """Rows are trashed items in the order given (the service gives newest first).

    A partner's row leaves the partner column empty: the row *is* the partner.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrashedItem] = []

    def set_items(self, items: Sequence[TrashedItem]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[TrashedItem]:
        """The rows, in model order."""
        return list(self._items)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TrashColumn)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = TrashColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips guess rich text; escape so user text is always shown literally.
            text = _text(item, column)
            return f"<p>{html.escape(text)}</p>" if text else None
        if role == SORT_KEY_ROLE:
            return _sort_key(item, column)
        if role == RECORD_ROLE:
            return item
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
            and 0 <= section < len(TrashColumn)
        ):
            return QCoreApplication.translate(_CONTEXT, str(_HEADERS[TrashColumn(section)]))
        return None


def _text(item: TrashedItem, column: TrashColumn) -> str:
    if column is TrashColumn.KIND:
        return kind_name(item.kind)
    if column is TrashColumn.TITLE:
        return item.title
    if column is TrashColumn.PARTNER:
        return "" if item.kind is ItemKind.PARTNER else item.partner_name
    if column is TrashColumn.DELETED:
        return format_moment(item.deleted_at)
    return format_date(item.purge_at.astimezone().date())


def _sort_key(item: TrashedItem, column: TrashColumn) -> str:
    if column in (TrashColumn.DELETED, TrashColumn.PURGED):
        return item.deleted_at.isoformat()
    return _text(item, column).casefold()
