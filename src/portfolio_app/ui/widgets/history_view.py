"""A partner's history: every recorded change, newest first, or a hint while there is none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.audit import AuditEntry
from portfolio_app.ui.models.history_model import HistoryColumn, HistoryModel


class HistoryView(QWidget):
    """Read-only list of audit entries: when, what happened, which fields changed how."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._model = HistoryModel(self)
        self._table = self._build_table()
        self._empty = self._build_empty_state()

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._table)
        self._stack.addWidget(self._empty)
        self._stack.setCurrentWidget(self._empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setFocusProxy(self._table)

    @property
    def table(self) -> QTableView:
        """The view of the entries."""
        return self._table

    @property
    def model(self) -> HistoryModel:
        """The entries' model."""
        return self._model

    @property
    def empty_state(self) -> QLabel:
        """The hint shown while there is no entry."""
        return self._empty

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        """Show ``entries`` in the order given (newest first)."""
        self._model.set_entries(entries)
        self._stack.setCurrentWidget(self._table if entries else self._empty)
        self._table.scrollToTop()

    def showing_empty_state(self) -> bool:
        """Whether the hint is shown instead of the list."""
        return self._stack.currentWidget() is self._empty

    def row_texts(self) -> list[tuple[str, str, str]]:
        """When, what and changes of every row as shown, top to bottom."""
        rows = []
        for row in range(self._model.rowCount()):
            when, what, changes = (
                str(self._model.index(row, column).data()) for column in HistoryColumn
            )
            rows.append((when, what, changes))
        return rows

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("historyView")
        table.setAccessibleName(self.tr("Partner history"))
        table.setAccessibleDescription(
            self.tr("Every change to this partner and its records, newest first")
        )
        table.setModel(self._model)
        table.setWordWrap(True)  # a table view wraps within the column width; a tree does not
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.setStyleSheet("QTableView#historyView::item { padding: 3px 6px; }")
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HistoryColumn.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(HistoryColumn.WHAT, table.fontMetrics().averageCharWidth() * 46)
        return table

    def _build_empty_state(self) -> QLabel:
        label = QLabel(
            self.tr(
                "No changes recorded yet. From now on, every change to this partner and its "
                "contacts, agreements, goals and notes is listed here with its date."
            ),
            self,
        )
        label.setObjectName("historyEmptyState")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setAccessibleName(self.tr("Partner history"))
        label.setAccessibleDescription(label.text())
        margin = label.fontMetrics().height() * 2
        label.setContentsMargins(margin, margin, margin, margin)
        return label
