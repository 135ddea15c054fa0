"""The painted timeline: lanes of partners, agreements as bars, events as markers.

Navigation (also in the view's tooltip):

* zoom: Ctrl+wheel (around the mouse), ``+``/``-`` and Ctrl++/Ctrl+- (around the centre);
* pan in time: drag with the mouse, Shift+wheel or a horizontal wheel, Left/Right keys;
* scroll through lanes: the plain wheel, dragging up and down, Up/Down/Page keys;
* Home shows today; a click selects an item, double-click or Enter opens it.

The plain wheel scrolls, as in every list, because the portfolio has thousands of lanes;
zooming needs Ctrl as in browsers and map viewers.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QPointF, Qt, Signal, Slot
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget
from typing_extensions import override

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemRef, PartnerId
from portfolio_app.domain.timeline import TimelineItem, TimelineLane
from portfolio_app.ui.timeline.cache import Fetch, FetchStats, Request, WindowCache
from portfolio_app.ui.timeline.fetcher import BackgroundFetcher
from portfolio_app.ui.timeline.keys import ZOOM_STEP, handle_key
from portfolio_app.ui.timeline.layout import Frame, Metrics, Placed, Row, hit, place_lane
from portfolio_app.ui.timeline.render import render
from portfolio_app.ui.timeline.scale import TimeScale
from portfolio_app.ui.timeline.texts import tooltip_lines

_DRAG_THRESHOLD = 4.0
_log = logging.getLogger(__name__)


class TimelineCanvas(QWidget):
    """Paints the lanes it is given and fetches their items through a window cache.

    See the module docstring for the mouse and keyboard.

    Signals:
        open_requested(ItemRef): the user activated an item.
        item_requested(PartnerId, ItemRef): the same, with the partner of its lane.
        view_changed(): the scale, the rows or the vertical offset changed.
    """

    open_requested = Signal(object)
    item_requested = Signal(object, object)
    view_changed = Signal()
    fetch_failed = Signal(object)

    def __init__(
        self,
        fetch: Fetch,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        background: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._cache = WindowCache(fetch)
        self._fetcher = BackgroundFetcher(fetch, self) if background else None
        if self._fetcher is not None:
            self._fetcher.fetched.connect(self._on_fetched)
            self._fetcher.failed.connect(self._on_fetch_failed)
        self._today = today
        self._rows: list[Row] = []
        self._scale = TimeScale(today().toordinal() - 240.0, 2.0)
        self._scroll = 0.0
        self._selected: TimelineItem | None = None
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragged = False
        self._placed: list[Placed] = []
        self._centred = False
        self._metrics: Metrics | None = None
        self._bar_rows = 1

    # ---- Public API

    @property
    def fetch_stats(self) -> FetchStats:
        """How often the canvas read items, and how long each read took."""
        return self._cache.stats

    @property
    def scale(self) -> TimeScale:
        """The current days ↔ pixels mapping."""
        return self._scale

    @property
    def metrics(self) -> Metrics:
        """Sizes of the rows, the axis and the label column."""
        if self._metrics is None:
            self._metrics = Metrics.of(QFontMetricsF(self.font()), self._bar_rows)
        return self._metrics

    def set_bar_rows(self, rows: int) -> None:
        """Give each lane ``rows`` lines for agreement bars (one partner: several)."""
        self._bar_rows = max(1, rows)
        self._metrics = None
        self.update()

    def set_rows(self, rows: list[Row]) -> None:
        """Show these lanes (and group captions), top to bottom; the cache is emptied."""
        self._rows = rows
        self._forget()
        if self._selected is not None and not any(
            isinstance(row, TimelineLane) and row.partner_id == self._selected.partner_id
            for row in rows
        ):
            self._selected = None
        self.set_scroll(self._scroll)
        self.update()

    def lanes(self) -> list[TimelineLane]:
        """All lanes, top to bottom."""
        return [row for row in self._rows if isinstance(row, TimelineLane)]

    def invalidate(self) -> None:
        """Forget fetched items (the data changed) and repaint."""
        self._forget()
        self._selected = None
        self.update()

    def content_height(self) -> float:
        """Height of all rows."""
        return len(self._rows) * self.metrics.row_height

    def page_height(self) -> float:
        """Height available for rows."""
        return max(1.0, self.height() - self.metrics.axis_height)

    def scroll_value(self) -> int:
        """Pixels scrolled down from the first row."""
        return round(self._scroll)

    def set_scroll(self, value: float) -> None:
        """Scroll to ``value`` pixels from the first row (clamped)."""
        limit = max(0.0, self.content_height() - self.page_height())
        value = min(max(0.0, float(value)), limit)
        if value != self._scroll:
            self._scroll = value
            self.update()
        self.view_changed.emit()

    def set_scale(self, scale: TimeScale) -> None:
        """Show the days as ``scale`` maps them."""
        self._scale = scale
        self._centred = True
        self.update()
        self.view_changed.emit()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (>1 in) around widget x ``anchor_x`` (the centre if None)."""
        frame = self._frame()
        anchor = frame.plot_width / 2 if anchor_x is None else anchor_x - frame.metrics.label_width
        self.set_scale(self._scale.zoomed(factor, anchor))

    def pan(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right (earlier days come into view)."""
        self.set_scale(self._scale.panned(dx))

    def go_to_today(self) -> None:
        """Put today at a third of the plot's width."""
        self.set_scale(self._scale.centred_on(self._today(), self._frame().plot_width / 3))

    def visible_range(self) -> tuple[date, date]:
        """The first and last visible day."""
        frame = self._frame()
        return frame.first_day(), frame.last_day()

    def visible_lanes(self) -> list[TimelineLane]:
        """The lanes (partly) inside the widget, top to bottom."""
        rows = self._frame().visible_rows(len(self._rows))
        return [row for row in (self._rows[i] for i in rows) if isinstance(row, TimelineLane)]

    def placed_items(self) -> list[Placed]:
        """The items inside the widget now, where they are painted (fetching if needed)."""
        frame = self._frame()
        self._ensure(frame, wait=True)
        return self._place(frame)

    def fetched_items(self) -> list[TimelineItem]:
        """Every item read from the service and cached now (visible or in the margin)."""
        return self._cache.all_items()

    def visible_items(self) -> list[TimelineItem]:
        """The items inside the widget now."""
        return [entry.item for entry in self.placed_items()]

    def item_position(self, ref: ItemRef, kind: object = None) -> QPointF | None:
        """Widget position of the first visible item that opens ``ref`` (of ``kind``)."""
        for entry in self.placed_items():
            if entry.item.ref == ref and (kind is None or entry.item.kind == kind):
                return entry.centre
        return None

    def item_at(self, point: QPointF) -> Placed | None:
        """The item under a widget position."""
        return hit(self.placed_items(), point)

    def tooltip_at(self, point: QPointF) -> str:
        """The plain tooltip text for a widget position (``""`` over nothing)."""
        entry = self.item_at(point)
        if entry is None:
            return ""
        return "\n".join(tooltip_lines(entry.item, entry.lane.name))

    def selected(self) -> TimelineItem | None:
        """The selected item."""
        return self._selected

    def select_at(self, point: QPointF) -> TimelineItem | None:
        """Select the item under ``point`` (or nothing) and return it."""
        entry = self.item_at(point)
        self._selected = entry.item if entry else None
        self.update()
        return self._selected

    def activate(self, item: TimelineItem) -> None:
        """Ask to open ``item``."""
        self.open_requested.emit(item.ref)
        self.item_requested.emit(PartnerId(item.partner_id), item.ref)

    # ---- Qt overrides

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self._frame()
        self._ensure(frame, wait=False)
        self._placed = self._place(frame)
        painter = QPainter(self)
        render(painter, self, frame, self._rows, self._placed, self._selected, self._today())
        painter.end()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps_y, steps_x = delta.y() / 120, delta.x() / 120
        modifiers = event.modifiers()
        step = self._frame().plot_width / 10
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP**steps_y, event.position().x())
        elif steps_x:
            self.pan(steps_x * step)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.pan(steps_y * step)
        else:
            self.set_scroll(self._scroll - steps_y * 3 * self.metrics.row_height)
        event.accept()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_key(self, event):
            super().keyPressEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragged = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._last is None:
            return
        position = event.position()
        if (position - self._press).manhattanLength() >= _DRAG_THRESHOLD:
            self._dragged = True
        if self._dragged:
            delta = position - self._last
            self._last = position
            self.pan(delta.x())
            self.set_scroll(self._scroll - delta.y())

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                self.select_at(event.position())
            self._press = self._last = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.select_at(event.position())
            if item is not None:
                self.activate(item)
                return
        super().mouseDoubleClickEvent(event)

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._metrics = None
        super().changeEvent(event)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                rich = "<p style='white-space:pre'>" + html.escape(text) + "</p>"
                QToolTip.showText(event.globalPos(), rich, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ---- helpers

    def _frame(self) -> Frame:
        if not self._centred and self.width() > self.metrics.label_width:
            self._centred = True
            plot_third = (self.width() - self.metrics.label_width) / 3
            self._scale = self._scale.centred_on(self._today(), plot_third)
        return Frame(self._scale, self.metrics, self.width(), self.height(), self._scroll)

    def _ensure(self, frame: Frame, *, wait: bool) -> None:
        """Make sure the visible window is cached.

        With ``wait`` (or without a background fetcher, or with nothing cached yet) a
        missing window is read at once; otherwise the read runs in the background while
        the cached part is painted, and a read-ahead starts near the cache's edges.
        """
        rows = frame.visible_rows(len(self._rows))
        visible = [row.partner_id for row in self._rows_in(rows)]
        if not visible:
            return
        extra = max(2, len(rows) // 4)  # a quarter screen of lanes above and below
        wide = range(max(0, rows.start - extra), min(len(self._rows), rows.stop + extra))
        margin = [row.partner_id for row in self._rows_in(wide)]
        first, last = frame.first_day(), frame.last_day()
        fetcher = self._fetcher
        if wait or fetcher is None or self._cache.is_empty:
            try:
                self._cache.ensure(visible, margin, first, last)
            except PortfolioError as error:
                self.fetch_failed.emit(error)
            return
        request = self._cache.request_for(visible, margin, first, last)
        if request is None:
            request = self._cache.request_for(visible, margin, first, last, ahead=True)
        if request is not None:
            fetcher.start(request)

    def _forget(self) -> None:
        self._cache.clear()
        if self._fetcher is not None:
            self._fetcher.forget()

    def wait_for_background(self) -> None:
        """Block until a background read has finished (its result arrives as an event)."""
        if self._fetcher is not None:
            self._fetcher.wait()

    @Slot(object, object, float)
    def _on_fetched(self, request: Request, items: list[TimelineItem], seconds: float) -> None:
        self._cache.fill(request, items, seconds)
        self.update()

    @Slot(object)
    def _on_fetch_failed(self, error: Exception) -> None:
        if isinstance(error, PortfolioError):
            self.fetch_failed.emit(error)
        else:  # e.g. the database was closed while the read ran: nothing to show
            _log.warning("timeline read failed: %r", error)

    def _rows_in(self, rows: range) -> list[TimelineLane]:
        return [row for row in (self._rows[i] for i in rows) if isinstance(row, TimelineLane)]

    def _place(self, frame: Frame) -> list[Placed]:
        placed: list[Placed] = []
        for index in frame.visible_rows(len(self._rows)):
            row = self._rows[index]
            if isinstance(row, TimelineLane):
                placed.extend(place_lane(frame, self._cache, row, frame.row_top(index)))
        return placed
