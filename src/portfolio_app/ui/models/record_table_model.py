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
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from typing_extensions import override

from portfolio_app.ui.models.roles import FILTER_ROLE, ID_ROLE, RECORD_ROLE, SORT_KEY_ROLE

_Index = QModelIndex | QPersistentModelIndex
HEADER_CONTEXT = "Columns"
"""The translation context of column titles unless a model names another one."""
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
"""Alignment of amounts and other numbers."""
FETCH_BATCH = 256
"""Rows a lazily filled model shows at first and adds per ``fetchMore``."""
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ID_ROLE,
        SORT_KEY_ROLE,
        RECORD_ROLE,
        FILTER_ROLE,
    }
)


@dataclass(frozen=True, slots=True)
class Column:
    """How one column shows a record.

    ``title`` is an untranslated source text marked with ``QT_TRANSLATE_NOOP`` in the
    model's header context (``"Columns"`` unless the model names another).

    Attributes:
        title: The header text, untranslated.
        display: The cell's text; ``None`` leaves the cell empty (no text, no tooltip).
        sort_key: What the column sorts by (strings are case-folded); default: the text.
        filter_value: The raw value a filter compares against (``FILTER_ROLE``).
        colour: The text colour; ``None`` keeps the palette's.
        background: The cell's background; ``None`` keeps the palette's.
        tooltip: The tooltip's lines, always shown literally; default: the text.
        alignment: Where the text sits in the cell; ``None`` keeps the view's default.
    """

    title: object
    display: Callable[[Any], str | None]
    sort_key: Callable[[Any], str | int | float] | None = None
    filter_value: Callable[[Any], str] | None = None
    colour: Callable[[Any], QColor | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], Sequence[str]] | None = None
    alignment: Qt.AlignmentFlag | None = None


def _own_id(record: Any) -> Any:
    return record.id


class RecordTableModel(QAbstractTableModel):
    """Rows are immutable domain objects; the owner replaces them wholesale.

    ``id_of`` gives a row's id (``ID_ROLE``, :meth:`row_of`); by default the record's ``id``.
    Pass ``None`` for records without one: ``ID_ROLE`` is then ``None`` for every row.

    With a ``batch`` size the model fills lazily (Qt's ``canFetchMore``/``fetchMore``): it
    holds every record, sorted, but shows the first ``batch`` rows and adds a batch whenever
    the view scrolls to the end. :meth:`fetch_to` and :meth:`fetch_all` show more at once
    (for a filter, for selecting a record further down). Without one it shows all rows.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        header_context: str = HEADER_CONTEXT,
        id_of: Callable[[Any], Any] | None = _own_id,
        batch: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._header_context = header_context
        self._id_of = id_of
        self._batch = batch
        self._records: list[Any] = []
        self._shown = 0  # the rows the views see: the first ones of ``_records``
        self._kept_id: Any = None
        # Sorting asks for each row's key about log2(rows) times; computed once per row.
        self._sort_keys: dict[tuple[int, int], Any] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self.dataChanged.connect(self._on_data_changed)

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace all rows (kept in the order of :meth:`sort`, if it was called)."""
        self.beginResetModel()
        self._records = list(records)
        self._sort_keys.clear()
        if self._sorted_by is not None:
            self._records = [self._records[i] for i in self._sorted_rows(*self._sorted_by)]
        everything = len(self._records)
        self._shown = everything if self._batch is None else min(everything, self._batch)
        self.endResetModel()

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._records)

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if not parent.isValid():
            self.fetch_to(self._shown + (self._batch or len(self._records)))

    def fetch_to(self, rows: int) -> None:
        """Show at least the first ``rows`` rows (all there are, if fewer)."""
        end = min(rows, len(self._records))
        if end > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Show every row (a filter must see them all)."""
        self.fetch_to(len(self._records))

    def record_count(self) -> int:
        """How many records the model holds, shown or not yet fetched."""
        return len(self._records)

    def record_at(self, row: int) -> Any:
        """The record in this row (shown or not); cheaper than ``data(…, RECORD_ROLE)``."""
        return self._records[row]

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by the column's sort key, stably; later rows keep this order.

        A proxy may forward its sorting here (see ``PartnerFilterProxy``): one key per row
        and Python's sort instead of a call into Python for every comparison.
        """
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self._resort()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        spec = self._columns[column]
        keys = [_ordered(_cell_data(spec, record, SORT_KEY_ROLE)) for record in self._records]
        try:
            return sorted(
                range(len(keys)),
                key=keys.__getitem__,
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        except TypeError:  # keys of different types: compare them as text
            text = [(key[0], str(key[1])) for key in keys]
            return sorted(
                range(len(text)),
                key=text.__getitem__,
                reverse=order == Qt.SortOrder.DescendingOrder,
            )

    def _resort(self) -> None:
        """Sort every record; the rows shown so far now show the first ones.

        Views holding on to a row that moves beyond them lose it, except the kept record
        (:meth:`keep_shown`, the selection): the rows up to it are fetched along.
        """
        if self._sorted_by is None or len(self._records) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        rows = self._sorted_rows(*self._sorted_by)
        new_row = {old: new for new, old in enumerate(rows)}
        self._records = [self._records[old] for old in rows]
        self._sort_keys.clear()
        kept = None if self._kept_id is None else self.row_of(self._kept_id)
        if kept is not None:
            self._shown = max(self._shown, kept + 1)
        before = self.persistentIndexList()
        # index() is invalid beyond the rows shown: such indexes are dropped.
        after = [self.index(new_row[index.row()], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def keep_shown(self, record_id: Any) -> None:
        """Keep this record among the rows shown when sorting moves it (``None``: none).

        The table passes its selection, so that sorting keeps it selected.
        """
        self._kept_id = record_id

    def records(self) -> list[Any]:
        """The rows, in model order."""
        return list(self._records)

    def row_of(self, record_id: int) -> int | None:
        """The row of the record with this id, if any (fetch up to it to show it)."""
        if self._id_of is None:
            return None
        for row, record in enumerate(self._records):
            if self._id_of(record) == record_id:
                return row
        return None

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for about a dozen roles per cell (font, decoration, size hint, check
        # state …); the ones no column serves are answered before any other work.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        record = self._records[index.row()]
        if role == ID_ROLE:
            return self._id_of(record) if self._id_of is not None else None
        if role == RECORD_ROLE:
            return record
        if role == SORT_KEY_ROLE:
            key = (index.row(), index.column())
            if key not in self._sort_keys:
                self._sort_keys[key] = _cell_data(self._columns[index.column()], record, role)
            return self._sort_keys[key]
        return _cell_data(self._columns[index.column()], record, role)

    def _on_data_changed(
        self, first: QModelIndex, last: QModelIndex, _roles: object = None
    ) -> None:
        self._sort_keys.clear()
        if self._sorted_by is not None and first.column() <= self._sorted_by[0] <= last.column():
            self._resort()

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
            title = str(self._columns[section].title)
            return QCoreApplication.translate(self._header_context, title)
        return None


class SourceSortProxy(QSortFilterProxyModel):
    """A proxy over a :class:`RecordTableModel` that leaves sorting to it.

    Sorting here would call into Python for each of the n·log n comparisons and, over a
    lazily filled model, order only the rows fetched so far; the model sorts all its
    records with one key per row. Subclasses filter.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_KEY_ROLE)
        self.setDynamicSortFilter(True)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model order its rows; this proxy keeps that order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def record_model(self) -> RecordTableModel | None:
        """The source, if it is a :class:`RecordTableModel`."""
        source = self.sourceModel()
        return source if isinstance(source, RecordTableModel) else None


def _ordered(key: Any) -> tuple[bool, Any]:
    """A key that sorts like Qt's proxy: a missing key after every other (ascending)."""
    return (key is None, 0 if key is None else key)


def _cell_data(column: Column, record: Any, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return column.display(record)
    if role == Qt.ItemDataRole.ToolTipRole:
        return _tooltip(column, record)
    if role == SORT_KEY_ROLE:
        value = column.sort_key(record) if column.sort_key else column.display(record)
        return value.casefold() if isinstance(value, str) else value
    if role == FILTER_ROLE and column.filter_value is not None:
        return column.filter_value(record)
    if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
        return column.colour(record)
    if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
        return column.background(record)
    if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
        return int(column.alignment)
    return None


def _tooltip(column: Column, record: Any) -> str | None:
    """The cell's tooltip; escaped because tooltips guess rich text and user text is literal."""
    lines = column.tooltip(record) if column.tooltip else [column.display(record) or ""]
    if not any(lines):
        return None
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
