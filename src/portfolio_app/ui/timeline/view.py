"""The timeline view: a filter bar over the painted canvas and its vertical scroll bar.

Two uses: the whole portfolio (a main-window view, with the filter bar) and one partner
(the partner detail's Timeline tab, one lane, no filter bar).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import PartnerStatus
from portfolio_app.domain.timeline import GroupBy, LaneFilter, MarkKind, TimelineItem, TimelineLane
from portfolio_app.services.changes import Changes
from portfolio_app.services.timeline_window import TimelineWindowService
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.labels import category_label, label
from portfolio_app.ui.messages import error_text
from portfolio_app.ui.timeline.canvas import TimelineCanvas
from portfolio_app.ui.timeline.keys import ZOOM_STEP
from portfolio_app.ui.timeline.layout import Row
from portfolio_app.ui.timeline.painting import mark_pixmap
from portfolio_app.ui.timeline.texts import kind_name

PARTNER_BAR_ROWS = 6
"""One partner's lane shows up to this many overlapping agreements one below the other."""
FilterChoices = Callable[[], tuple[list[str], list[str]]]
"""Returns the categories and the tags the filter bar offers."""


class TimelineView(QWidget):
    """A filter bar (portfolio only), the canvas (objectName given) and a scroll bar.

    Signals:
        open_requested(ItemRef): the user activated an item.
        item_requested(PartnerId, ItemRef): the same, with the item's partner.
    """

    open_requested = Signal(object)
    item_requested = Signal(object, object)

    def __init__(
        self,
        service: TimelineWindowService,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        canvas_name: str = "timelineView",
        choices: FilterChoices | None = None,
        events: AppEvents | None = None,
        background: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{canvas_name}Panel")
        self._service = service
        self._choices = choices
        self._partner: PartnerId | None = None
        self._stale = True
        # The category and tag lists are read when the view is first shown (not at the
        # app's start) and again after a change, keeping the chosen entry.
        self._choices_stale = True
        self._canvas = TimelineCanvas(self._fetch, today, self, background=background)
        self._canvas.setObjectName(canvas_name)
        self._canvas.setAccessibleName(self.tr("Timeline"))
        self._canvas.setAccessibleDescription(
            self.tr(
                "Agreements as bars, notes, goal updates and notice days as markers, one lane "
                "per partner"
            )
        )
        self._scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.setObjectName(f"{canvas_name}Scroll")
        self._scrollbar.setAccessibleName(self.tr("Scroll through the lanes"))
        self._error = QLabel(self)
        self._error.setObjectName(f"{canvas_name}Error")
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setWordWrap(True)
        self._error.hide()
        self._bar = self._build_bar() if choices is not None else None
        if self._bar is None:
            self._canvas.set_bar_rows(PARTNER_BAR_ROWS)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self._canvas, 1)
        body.addWidget(self._scrollbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self._bar is not None:
            layout.addWidget(self._bar)
        layout.addWidget(self._error)
        layout.addLayout(body, 1)
        self.setFocusProxy(self._canvas)

        self._canvas.open_requested.connect(self.open_requested)
        self._canvas.item_requested.connect(self.item_requested)
        self._canvas.view_changed.connect(self._sync_scrollbar)
        self._canvas.fetch_failed.connect(self._show_error)
        self._scrollbar.valueChanged.connect(self._canvas.set_scroll)
        if events is not None:
            events.changes_applied.connect(self._on_changes_applied)

    # ---- Public API

    @property
    def canvas(self) -> TimelineCanvas:
        """The painted timeline."""
        return self._canvas

    @property
    def group_box(self) -> QComboBox:
        """Group lanes by (portfolio view only)."""
        return self._combo("Group")

    @property
    def category_box(self) -> QComboBox:
        """Category filter (portfolio view only)."""
        return self._combo("Category")

    @property
    def status_box(self) -> QComboBox:
        """Status filter (portfolio view only)."""
        return self._combo("Status")

    @property
    def tag_box(self) -> QComboBox:
        """Tag filter (portfolio view only)."""
        return self._combo("Tag")

    def show_partner(self, partner_id: PartnerId | None) -> None:
        """Show one partner's lane (partner detail)."""
        self._partner = partner_id
        self.refresh()

    def refresh(self) -> None:
        """Read the lanes again and forget fetched items."""
        self._stale = False
        self._error.hide()
        if self._bar is not None and self._choices_stale:
            self._fill_choices(self._combo("Category"), self._combo("Tag"))
        lane_filter = self._filter()
        try:
            lanes = [] if lane_filter is None else self._service.lanes(lane_filter)
        except PortfolioError as error:
            self._show_error(error)
            lanes = []
        group_by = lane_filter.group_by if lane_filter else GroupBy.NONE
        self._canvas.set_rows(_rows(lanes, group_by))
        self._canvas.invalidate()

    def visible_titles(self) -> list[str]:
        """Titles of the items inside the canvas now."""
        return [item.title for item in self._canvas.visible_items()]

    # ---- Qt overrides

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # ---- Slots

    @Slot(object)
    def _on_changes_applied(self, _changes: Changes) -> None:
        self._stale = True
        self._choices_stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_filter_changed(self) -> None:
        self.refresh()
        self._canvas.set_scroll(0)

    @Slot()
    def _sync_scrollbar(self) -> None:
        page = round(self._canvas.page_height())
        limit = max(0, round(self._canvas.content_height()) - page)
        bar = self._scrollbar
        bar.blockSignals(True)
        bar.setRange(0, limit)
        bar.setPageStep(page)
        bar.setSingleStep(round(self._canvas.metrics.row_height))
        bar.setValue(self._canvas.scroll_value())
        bar.blockSignals(False)

    # ---- helpers

    def _fetch(
        self, partner_ids: Sequence[PartnerId], first: date, last: date
    ) -> list[TimelineItem]:
        """Runs on a worker thread too: no widgets here."""
        return self._service.items(partner_ids, first, last)

    @Slot(object)
    def _show_error(self, error: PortfolioError) -> None:
        self._error.setText(
            self.tr("Could not read the timeline: %1").replace("%1", error_text(error))
        )
        self._error.show()

    def _filter(self) -> LaneFilter | None:
        if self._bar is None:
            if self._partner is None:
                return None
            return LaneFilter(partner_id=self._partner)
        return LaneFilter(
            category=self.category_box.currentData(),
            status=self.status_box.currentData(),
            tag=self.tag_box.currentData(),
            group_by=GroupBy(self.group_box.currentData()),
        )

    def _combo(self, which: str) -> QComboBox:
        assert self._bar is not None, "only the portfolio view has a filter bar"
        found = self._bar.findChild(QComboBox, f"{self._canvas.objectName()}{which}")
        assert found is not None
        return found

    def _build_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName(f"{self._canvas.objectName()}Bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 4)
        name = self._canvas.objectName()
        group = self._add_combo(
            bar, row, f"{name}Group", self.tr("&Group:"), self.tr("Group lanes by")
        )
        group.addItem(self.tr("No grouping"), GroupBy.NONE.value)
        group.addItem(self.tr("Category"), GroupBy.CATEGORY.value)
        group.addItem(self.tr("Status"), GroupBy.STATUS.value)
        category = self._add_combo(
            bar, row, f"{name}Category", self.tr("&Category:"), self.tr("Filter by category")
        )
        status = self._add_combo(
            bar, row, f"{name}Status", self.tr("&Status:"), self.tr("Filter by status")
        )
        status.addItem(self.tr("All statuses"), None)
        for value in PartnerStatus:
            status.addItem(label(value), value.value)
        tag = self._add_combo(bar, row, f"{name}Tag", self.tr("&Tag:"), self.tr("Filter by tag"))
        category.addItem(self.tr("All categories"), None)
        tag.addItem(self.tr("All tags"), None)
        row.addStretch(1)
        self._add_legend(bar, row)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (-)"), lambda: self._canvas.zoom(1 / ZOOM_STEP)),
            ("+", self.tr("Zoom in (+)"), lambda: self._canvas.zoom(ZOOM_STEP)),
            (self.tr("&Today"), self.tr("Show today (Home)"), self._canvas.go_to_today),
        ):
            button = QToolButton(bar)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAccessibleDescription(self.tr("Changes the part of time the timeline shows"))
            button.setObjectName(f"{name}Button{row.count()}")
            button.clicked.connect(slot)
            row.addWidget(button)
        for combo in (group, category, status, tag):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        return bar

    def _add_legend(self, bar: QWidget, row: QHBoxLayout) -> None:
        """One small marker and its meaning per kind of marker, before the zoom buttons."""
        outline = self.palette().color(self.foregroundRole())
        for kind in (MarkKind.NOTE, MarkKind.GOAL_UPDATE, MarkKind.GOAL_DUE, MarkKind.NOTICE):
            icon = QLabel(bar)
            icon.setPixmap(mark_pixmap(kind, 5.0, self.devicePixelRatioF(), outline))
            text = QLabel(kind_name(kind), bar)
            text.setObjectName(f"{self._canvas.objectName()}Legend{kind.name.title()}")
            row.addWidget(icon)
            row.addWidget(text)
            row.addSpacing(6)

    def _add_combo(
        self, bar: QWidget, row: QHBoxLayout, name: str, text: str, accessible: str
    ) -> QComboBox:
        combo = QComboBox(bar)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(self.tr("Changes which partners the timeline shows"))
        caption = QLabel(text, bar)
        caption.setBuddy(combo)
        row.addWidget(caption)
        row.addWidget(combo)
        return combo

    def _fill_choices(self, category: QComboBox, tag: QComboBox) -> None:
        assert self._choices is not None
        self._choices_stale = False
        try:
            categories, tags = self._choices()
        except PortfolioError:
            return  # the lists stay as they were; the lanes' read reports the problem
        _refill(category, self.tr("All categories"), [(category_label(v), v) for v in categories])
        _refill(tag, self.tr("All tags"), [(value, value) for value in tags])


def _refill(combo: QComboBox, everything: str, entries: list[tuple[str, str]]) -> None:
    """Replace the entries after "All …", keeping the chosen one if it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    finally:
        combo.blockSignals(False)


def _rows(lanes: list[TimelineLane], group_by: GroupBy) -> list[Row]:
    if group_by is GroupBy.NONE:
        return list(lanes)
    rows: list[Row] = []
    current: str | None = None
    for lane in lanes:
        key = lane.group_key(group_by)
        if key != current:
            current = key
            rows.append(_group_caption(key, group_by))
        rows.append(lane)
    return rows


def _group_caption(key: str, group_by: GroupBy) -> str:
    if group_by is GroupBy.STATUS:
        try:
            return label(PartnerStatus(key))
        except ValueError:
            return key
    return category_label(key)
