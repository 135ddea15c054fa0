"""The deadlines view: everything that needs attention within a chosen horizon."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.deadlines import Deadline, Urgency
from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind
from portfolio_app.services.catalog import Services
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.models.deadline_model import DeadlineColumn, DeadlineTableModel
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.widgets.lazy_page import LazyPage
from portfolio_app.ui.widgets.partner_overview import header_font
from portfolio_app.ui.widgets.record_table import RecordTable

HORIZONS = (30, 60, 90, 180, 365)
DEFAULT_HORIZON = 90


class DeadlinesPage(LazyPage):
    """Controller of the deadlines view; asks the window to open what the user picks."""

    open_requested = Signal(object, object)
    """The user wants to open a deadline's item; payload: ``PartnerId`` and ``ItemRef``."""
    act_requested = Signal(object, int)
    """The user wants to decide about an agreement; payload: ``PartnerId`` and its id."""

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(events, parent)
        self.setObjectName("deadlinesPage")
        self.setAccessibleName(self.tr("Deadlines"))
        self._services = services
        self._today = today

        title = QLabel(self.tr("What needs attention"), self)
        title.setFont(header_font(self.font()))
        self._horizon = QComboBox(self)
        self._horizon.setObjectName("deadlinesHorizon")
        self._horizon.setAccessibleName(self.tr("How far ahead"))
        self._horizon.setAccessibleDescription(
            self.tr("How many days ahead the list shows deadlines; overdue ones always show")
        )
        for days in HORIZONS:
            self._horizon.addItem(self.tr("Next %1 days").replace("%1", str(days)), days)
        self._horizon.setCurrentIndex(HORIZONS.index(DEFAULT_HORIZON))
        horizon_label = QLabel(self.tr("&Show:"), self)
        horizon_label.setBuddy(self._horizon)
        self._summary = QLabel(self)
        self._summary.setObjectName("deadlinesSummary")
        self._summary.setTextFormat(Qt.TextFormat.PlainText)

        self._model = DeadlineTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_KEY_ROLE)
        self._table = self._make_table()

        self._empty = QLabel(self)
        self._empty.setObjectName("deadlinesEmpty")
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._table)

        self._open = QPushButton(self.tr("&Open…"), self)
        self._open.setObjectName("deadlinesOpen")
        self._open.setAccessibleName(self.tr("Open the selected item"))
        self._open.setAccessibleDescription(
            self.tr("Shows the partner and opens the agreement, note or goal of the deadline")
        )
        self._act = QPushButton(self.tr("&Act on deadline…"), self)
        self._act.setObjectName("deadlinesAct")
        self._act.setAccessibleName(self.tr("Act on the selected deadline"))
        self._act.setAccessibleDescription(
            self.tr("Decide whether to renew, renegotiate, switch or cancel the agreement")
        )
        self._act.setToolTip(
            self.tr("Decide whether to renew, renegotiate, switch or cancel the agreement")
        )

        self._header = QHBoxLayout()
        self._header.addWidget(title)
        self._header.addStretch(1)
        self._header.addWidget(horizon_label)
        self._header.addWidget(self._horizon)
        buttons = QHBoxLayout()
        buttons.addWidget(self._open)
        buttons.addWidget(self._act)
        buttons.addStretch(1)
        buttons.addWidget(self._summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header)
        layout.addLayout(buttons)
        layout.addWidget(self._stack, 1)

        self._horizon.currentIndexChanged.connect(self._on_horizon_changed)
        self._table.activated.connect(self._on_table_activated)
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._open.clicked.connect(self._on_open_clicked)
        self._act.clicked.connect(self._on_act_clicked)
        self._update_buttons()

    # ---- Public API

    @property
    def table(self) -> QTableView:
        """The deadlines table (``deadlinesView``)."""
        return self._table

    @property
    def horizon_combo(self) -> QComboBox:
        """The horizon selector."""
        return self._horizon

    @property
    def open_button(self) -> QPushButton:
        """Opens the selected deadline's item."""
        return self._open

    @property
    def act_button(self) -> QPushButton:
        """Opens the decision dialog for the selected agreement deadline."""
        return self._act

    def horizon_days(self) -> int:
        """How many days ahead the view looks."""
        return int(self._horizon.currentData())

    def set_horizon_days(self, days: int) -> None:
        """Look this many days ahead (one of :data:`HORIZONS`)."""
        index = self._horizon.findData(days)
        if index >= 0:
            self._horizon.setCurrentIndex(index)

    def deadlines(self) -> list[Deadline]:
        """The deadlines in the order shown."""
        return [
            self._proxy.index(row, 0).data(RECORD_ROLE) for row in range(self._proxy.rowCount())
        ]

    def row_texts(self, column: DeadlineColumn) -> list[str]:
        """One column's texts in the order shown."""
        return [str(self._proxy.index(row, column).data()) for row in range(self._proxy.rowCount())]

    def add_header_action(self, action: QAction) -> None:
        """Offer a window action (e.g. calendar export) as a button beside the horizon."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(f"{action.objectName()}Button")
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setAccessibleDescription(
            action.statusTip() or self.tr("Runs the menu command of the same name")
        )
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._header.addWidget(button)

    def reload(self) -> None:
        """Read the deadlines again and show them."""
        try:
            deadlines = self._services.deadlines.upcoming(horizon_days=self.horizon_days())
        except PortfolioError as error:
            confirm.show_error(self, self.tr("Could Not Read the Deadlines"), error)
            return
        self._stale = False
        selected = self._selected()
        self._model.set_deadlines(deadlines, self._today())
        self._table.sortByColumn(DeadlineColumn.DATE, Qt.SortOrder.AscendingOrder)
        self._reselect(selected)
        self._show_counts(deadlines)
        self._update_buttons()

    # ---- Slots

    @Slot(int)
    def _on_horizon_changed(self, _index: int) -> None:
        self.reload()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        deadline = index.data(RECORD_ROLE)
        if isinstance(deadline, Deadline):
            self.open_requested.emit(deadline.partner_id, deadline.ref)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()

    @Slot()
    def _on_open_clicked(self) -> None:
        deadline = self._selected()
        if deadline is not None:
            self.open_requested.emit(deadline.partner_id, deadline.ref)

    @Slot()
    def _on_act_clicked(self) -> None:
        deadline = self._selected()
        if deadline is not None and deadline.ref.kind is ItemKind.AGREEMENT:
            self.act_requested.emit(deadline.partner_id, deadline.ref.id)

    # ---- helpers

    def _make_table(self) -> QTableView:
        table = RecordTable("deadlinesView", self.tr("Deadlines"), self._model, self._proxy, self)
        table.setAlternatingRowColors(False)  # rows are tinted by urgency instead
        table.sortByColumn(DeadlineColumn.DATE, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeadlineColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        return table

    def _selected(self) -> Deadline | None:
        rows = self._table.selectionModel().selectedRows()
        deadline = rows[0].data(RECORD_ROLE) if rows else None
        return deadline if isinstance(deadline, Deadline) else None

    def _reselect(self, previous: Deadline | None) -> None:
        if previous is None:
            return
        for row in range(self._proxy.rowCount()):
            candidate = self._proxy.index(row, 0).data(RECORD_ROLE)
            if candidate.ref == previous.ref and candidate.kind is previous.kind:
                self._table.selectRow(row)
                return

    def _show_counts(self, deadlines: list[Deadline]) -> None:
        overdue = sum(1 for d in deadlines if d.urgency is Urgency.OVERDUE)
        soon = sum(1 for d in deadlines if d.urgency is Urgency.SOON)
        self._summary.setText(
            self.tr("%1 items · %2 overdue · %3 within 14 days")
            .replace("%1", str(len(deadlines)))
            .replace("%2", str(overdue))
            .replace("%3", str(soon))
        )
        self._empty.setText(
            self.tr(
                "Nothing needs attention in the next %1 days: no notice deadlines, "
                "ends or renewals, no follow-ups due and no goals past their target date."
            ).replace("%1", str(self.horizon_days()))
        )
        self._stack.setCurrentWidget(self._table if deadlines else self._empty)

    def _update_buttons(self) -> None:
        deadline = self._selected()
        self._open.setEnabled(deadline is not None)
        self._act.setEnabled(deadline is not None and deadline.ref.kind is ItemKind.AGREEMENT)
