"""The read-only, row-selecting table both list panels use."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from portfolio_app.ui.models.record_table_model import RecordTableModel
from portfolio_app.ui.models.roles import ID_ROLE

FIT_SAMPLE_ROWS = 50
"""Rows measured, besides the visible ones, when fitting columns to their contents.

Each measured cell asks the model for a dozen roles; 200 rows cost a first paint of the
partner list about 60 ms more than 50 do."""


class RecordTable(QTableView):
    """Sortable rows of one record each, one selected at a time, never edited in place.

    Over a lazily filled model (``RecordTableModel(batch=…)``) the view fetches more rows
    as it scrolls to the end (Qt does); End and Ctrl+End fetch them all first, so they
    reach the last record, and selecting a record further down fetches up to it. Fitting
    columns to their contents measures the rows fetched so far.
    """

    def __init__(
        self,
        name: str,
        accessible_name: str,
        model: RecordTableModel,
        proxy: QSortFilterProxyModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = model
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(
            self.tr(
                "One row per entry. Click a column header to sort; Enter or a double-click "
                "opens the selected row."
            )
        )
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are chosen with the arrow keys; Tab moves on to the next control.
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the given order at first
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setHighlightSections(False)
        # Fitting columns measures the rows on screen and a sample around them, not all:
        # a partner with a thousand notes would otherwise cost a third of a second.
        self.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.selectionModel().selectionChanged.connect(self._keep_selection_shown)

    def selected_id(self) -> int | None:
        """Id of the selected record, if any."""
        rows = self.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_id(self, record_id: int) -> bool:
        """Select and reveal the record; ``False`` if it is not shown (absent or filtered)."""
        row = self._source.row_of(record_id)
        if row is None:
            return False
        self._source.fetch_to(row + 1)
        proxy = self.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        index = proxy.mapFromSource(self._source.index(row, 0))
        if not index.isValid():
            return False
        self.selectRow(index.row())
        self.scrollTo(index)
        return True

    def _keep_selection_shown(self) -> None:
        rows = self.selectionModel().selectedRows()
        self._source.keep_shown(rows[0].data(ID_ROLE) if rows else None)  # None: no id

    @override
    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last row (whole rows are selected).

        End goes to the last record, not to the last one fetched so far.
        """
        ends = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        if cursorAction in ends:
            modifiers |= Qt.KeyboardModifier.ControlModifier
        if cursorAction == QAbstractItemView.CursorAction.MoveEnd:
            self._source.fetch_all()
        return super().moveCursor(cursorAction, modifiers)
