"""The partner list: search box, status and category filters, sortable table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.deadlines import Deadline
from portfolio_app.domain.health import HealthScore
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.ui.labels import category_label, label
from portfolio_app.ui.models.columns import PARTNER_NAME
from portfolio_app.ui.models.partner_filter_proxy import PartnerFilterProxy
from portfolio_app.ui.models.partner_table_model import (
    PARTNER_HEALTH,
    PARTNER_NEXT_DEADLINE,
    PartnerTableModel,
)
from portfolio_app.ui.models.record_table_model import FETCH_BATCH
from portfolio_app.ui.models.roles import ID_ROLE
from portfolio_app.ui.widgets.record_table import RecordTable

SEARCH_DELAY_MS = 150
"""How long typing must pause before a long list filters (Enter filters at once)."""
INSTANT_SEARCH_LIMIT = 2_000
"""Lists up to this many partners filter on every keystroke (a few milliseconds each)."""


class PartnerListPanel(QWidget):
    """Shows partners; reports selection and intents, never calls a service itself.

    The list fills lazily (the first rows at once, more on scrolling). Over a long list
    the search box filters once typing pauses, so that keystrokes never wait for it.
    """

    selection_changed = Signal(object)
    """The selected partner's id changed; payload: ``PartnerId`` or ``None``."""
    edit_requested = Signal(int)
    """The user activated a partner row (double-click or Enter); payload: its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = PartnerTableModel(self, batch=FETCH_BATCH)
        self._proxy = PartnerFilterProxy(self)
        self._proxy.setSourceModel(self._model)

        self._search = QLineEdit(self)
        self._search.setObjectName("partnerSearch")
        self._search.setPlaceholderText(
            self.tr("Filter partners (name, category, tag, city) — Ctrl+K searches everything")
        )
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search partners"))
        self._search.setAccessibleDescription(
            self.tr("Shows only partners whose name, category or tags contain the text")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._status_filter = QComboBox(self)
        self._status_filter.setObjectName("statusFilter")
        self._status_filter.setAccessibleName(self.tr("Filter by status"))
        self._status_filter.setAccessibleDescription(
            self.tr("Shows only partners with the chosen status")
        )
        self._status_filter.addItem(self.tr("All statuses"), None)
        for status in PartnerStatus:
            self._status_filter.addItem(label(status), status.value)

        self._category_filter = QComboBox(self)
        self._category_filter.setObjectName("categoryFilter")
        self._category_filter.setAccessibleName(self.tr("Filter by category"))
        self._category_filter.setAccessibleDescription(
            self.tr("Shows only partners of the chosen category")
        )
        self.set_categories([])

        self._table = RecordTable(
            "partnerList", self.tr("Partners"), self._model, self._proxy, self
        )
        self._table.sortByColumn(PARTNER_NAME, Qt.SortOrder.AscendingOrder)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(PARTNER_NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self._model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # ResizeToContents would measure all rows on every layout; RecordTable limits it to a
        # sample (FIT_SAMPLE_ROWS), which keeps ten thousand partners fast.

        self._count = QLabel(self)
        self._count.setObjectName("partnerCount")
        self._count.setTextFormat(Qt.TextFormat.PlainText)

        filters = QHBoxLayout()
        filters.addWidget(self._status_filter, 1)
        filters.addWidget(self._category_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._search)
        layout.addLayout(filters)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._count)

        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.returnPressed.connect(self._apply_search)
        self._search_timer.timeout.connect(self._apply_search)
        self._status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self._category_filter.currentIndexChanged.connect(self._on_category_filter_changed)
        self._table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._table.activated.connect(self._on_table_activated)
        self._proxy.rowsInserted.connect(self._update_count)
        self._proxy.rowsRemoved.connect(self._update_count)
        self._proxy.modelReset.connect(self._update_count)
        self._proxy.layoutChanged.connect(self._update_count)

    # ---- Public API

    @property
    def search_edit(self) -> QLineEdit:
        """The search line edit (``partnerSearch``)."""
        return self._search

    @property
    def table(self) -> QTableView:
        """The table view (``partnerList``)."""
        return self._table

    @property
    def status_filter(self) -> QComboBox:
        """The status filter."""
        return self._status_filter

    @property
    def category_filter(self) -> QComboBox:
        """The category filter."""
        return self._category_filter

    def set_partners(self, partners: Sequence[Partner]) -> None:
        """Replace the rows, keeping the selected partner selected when it is still there."""
        selected = self.selected_partner_id()
        self._model.set_records(partners)
        self._update_count()
        if selected is not None and not self.select_partner(selected):
            self.selection_changed.emit(None)

    def set_next_deadlines(self, deadlines: Mapping[PartnerId, Deadline], today: date) -> None:
        """Show each partner's next deadline (partners not in ``deadlines`` have none)."""
        self._model.set_next_deadlines(deadlines, today)

    def next_deadline_texts(self) -> list[str]:
        """The "Next deadline" cells in the order shown (of every partner, fetched or not)."""
        self._model.fetch_all()
        return [
            str(self._proxy.index(row, PARTNER_NEXT_DEADLINE).data() or "")
            for row in range(self._proxy.rowCount())
        ]

    def set_health_scores(self, scores: Mapping[PartnerId, HealthScore]) -> None:
        """Show each partner's health score (partners not in ``scores`` show none)."""
        self._model.set_health_scores(scores)

    def health_texts(self) -> list[str]:
        """The "Health" cells in the order shown (of every partner, fetched or not)."""
        self._model.fetch_all()
        return [
            str(self._proxy.index(row, PARTNER_HEALTH).data() or "")
            for row in range(self._proxy.rowCount())
        ]

    def set_categories(self, categories: Sequence[str]) -> None:
        """Offer these category values in the category filter, keeping the current choice."""
        current = self._category_filter.currentData()
        self._category_filter.blockSignals(True)
        self._category_filter.clear()
        self._category_filter.addItem(self.tr("All categories"), None)
        for category in categories:
            self._category_filter.addItem(category_label(category), category)
        index = self._category_filter.findData(current)
        self._category_filter.setCurrentIndex(max(index, 0))
        self._category_filter.blockSignals(False)
        if index < 0 and current is not None:
            self._proxy.set_category(None)

    def selected_partner_id(self) -> PartnerId | None:
        """The selected partner, if any."""
        selected = self._table.selected_id()
        return None if selected is None else PartnerId(selected)

    def select_partner(self, partner_id: int) -> bool:
        """Select and show the partner; ``False`` if it is not in the (filtered) list."""
        return self._table.select_id(partner_id)

    def visible_names(self) -> list[str]:
        """Partner names in the order shown (of every partner, fetched or not)."""
        self._model.fetch_all()
        return [
            str(self._proxy.index(row, PARTNER_NAME).data())
            for row in range(self._proxy.rowCount())
        ]

    def focus_search(self) -> None:
        """Put the cursor into the search box, selecting what is there."""
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    # ---- Slots

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        if text.strip() and self._model.record_count() > INSTANT_SEARCH_LIMIT:
            self._search_timer.start()  # (again): filter when typing pauses
        else:
            self._apply_search()  # short lists, and clearing the box, at once

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._proxy.set_search_text(self._search.text())

    @Slot(int)
    def _on_status_filter_changed(self, _index: int) -> None:
        self._proxy.set_status(self._status_filter.currentData())

    @Slot(int)
    def _on_category_filter_changed(self, _index: int) -> None:
        self._proxy.set_category(self._category_filter.currentData())

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.selection_changed.emit(self.selected_partner_id())

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        partner_id = index.data(ID_ROLE)
        if partner_id is not None:
            self.edit_requested.emit(partner_id)

    @Slot()
    def _update_count(self) -> None:
        # Partners not fetched yet count as shown: a filter fetches them all first.
        total = self._model.record_count()
        shown = self._proxy.rowCount() + total - self._model.rowCount()
        if shown != total:
            text = self.tr("%1 of %2 partners").replace("%1", str(shown)).replace("%2", str(total))
        elif total == 1:
            text = self.tr("1 partner")
        else:
            text = self.tr("%1 partners").replace("%1", str(total))
        self._count.setText(text)
