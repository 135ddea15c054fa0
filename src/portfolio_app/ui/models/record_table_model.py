"""A read-only table model over frozen domain objects, described by column specs."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from typing_extensions import override

from portfolio_app.ui.models.roles import FILTER_ROLE, ID_ROLE, RECORD_ROLE, SORT_KEY_ROLE

_Index = QModelIndex | QPersistentModelIndex
HEADER_CONTEXT = "Columns"


@dataclass(frozen=True, slots=True)
class Column:
    """How one column shows a record.

    ``title`` is an untranslated source text marked with ``QT_TRANSLATE_NOOP("Columns", …)``.
    """

    title: object
    display: Callable[[Any], str]
    sort_key: Callable[[Any], str | int | float] | None = None
    filter_value: Callable[[Any], str] | None = None
    colour: Callable[[Any], QColor | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are immutable domain objects with an ``id``; the owner replaces them wholesale."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        """The rows, in model order."""
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        """The row showing the record with this id, if any."""
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips guess rich text; escape so user text is always shown literally.
            text = column.display(record)
            return f"<p>{html.escape(text)}</p>" if text else None
        if role == SORT_KEY_ROLE:
            key = column.sort_key or column.display
            value = key(record)
            return value.casefold() if isinstance(value, str) else value
        if role == ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        if role == FILTER_ROLE and column.filter_value is not None:
            return column.filter_value(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(HEADER_CONTEXT, str(self._columns[section].title))
        return None
