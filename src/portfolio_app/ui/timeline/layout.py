"""Where things are on the timeline canvas: rows, lanes, item shapes and hit-testing.

Pure geometry over the cached items, shared by painting, hit-testing and the tests'
"where is this item" questions. Plot coordinates start right of the lane labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from portfolio_app.domain.timeline import MarkKind, TimelineItem, TimelineLane
from portfolio_app.ui.timeline.cache import WindowCache
from portfolio_app.ui.timeline.scale import TimeScale

Row = TimelineLane | str
"""A lane, or the caption of a group of lanes."""


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes derived from the font.

    A lane has a line of markers above ``bar_rows`` lines of agreement bars; agreements
    that overlap in time take the next free line (the last line takes the rest).
    """

    label_width: float
    axis_height: float
    row_height: float
    mark_radius: float
    bar_top: float
    bar_height: float
    bar_pitch: float
    bar_rows: int = 1

    @classmethod
    def of(cls, fm: QFontMetricsF, bar_rows: int = 1) -> Metrics:
        """Sizes for a font, with ``bar_rows`` lines of bars per lane."""
        line = fm.height()
        labelled = bar_rows > 1  # one partner: bars tall enough for their titles
        bar_height = round(line * (1.2 if labelled else 0.56))
        pitch = bar_height + round(line * 0.2)
        return cls(
            label_width=min(260.0, max(150.0, fm.averageCharWidth() * 30)),
            axis_height=round(line * 2.0),
            row_height=round(line * 1.16) + bar_height + (bar_rows - 1) * pitch + round(line * 0.3),
            mark_radius=max(4.0, round(line * 0.3)),
            bar_top=round(line * 1.16),
            bar_height=bar_height,
            bar_pitch=pitch,
            bar_rows=bar_rows,
        )

    def mark_y(self, top: float) -> float:
        """The centre line of the markers in a row starting at ``top``."""
        return top + round(self.axis_height * 0.32)

    def bar_y(self, top: float, slot: int) -> float:
        """The top of the bar line ``slot`` in a row starting at ``top``."""
        return top + self.bar_top + min(slot, self.bar_rows - 1) * self.bar_pitch


@dataclass(frozen=True, slots=True)
class Placed:
    """An item as painted: its box in widget coordinates, and the lane it is on.

    Spans: the bar; markers: the marker's bounding square.
    """

    item: TimelineItem
    lane: TimelineLane
    left: float
    top: float
    width: float
    height: float
    clipped_right: bool = False

    @property
    def rect(self) -> QRectF:
        """The box as a rectangle."""
        return QRectF(self.left, self.top, self.width, self.height)

    @property
    def centre(self) -> QPointF:
        """Where a person would click to hit the item."""
        return QPointF(self.left + self.width / 2, self.top + self.height / 2)


@dataclass(frozen=True, slots=True)
class Frame:
    """What the canvas shows now: the scale, the plot size and the vertical offset."""

    scale: TimeScale
    metrics: Metrics
    width: float
    height: float
    scroll: float

    @property
    def plot_width(self) -> float:
        """Width of the area right of the labels."""
        return max(1.0, self.width - self.metrics.label_width)

    def first_day(self) -> date:
        """Leftmost visible day."""
        return self.scale.day_at(0)

    def last_day(self) -> date:
        """Rightmost visible day."""
        return self.scale.day_at(self.plot_width)

    def row_top(self, index: int) -> float:
        """Widget y of the top of row ``index``."""
        return self.metrics.axis_height + index * self.metrics.row_height - self.scroll

    def visible_rows(self, count: int) -> range:
        """Indexes of the rows (partly) inside the widget."""
        first = max(0, int(self.scroll // self.metrics.row_height))
        shown = int((self.height - self.metrics.axis_height) // self.metrics.row_height) + 2
        return range(first, min(count, first + shown))

    def x(self, day: date) -> float:
        """Widget x of the start of ``day``."""
        return self.metrics.label_width + self.scale.x_of(day)


def place_lane(frame: Frame, cache: WindowCache, lane: TimelineLane, top: float) -> list[Placed]:
    """The lane's items inside the frame, spans first.

    Markers closer than a pixel to one of the same kind are left out (they would paint
    over each other).
    """
    metrics, right = frame.metrics, frame.width
    left = metrics.label_width
    origin, px = frame.scale.first_day, frame.scale.px_per_day
    first = int(origin)
    last = int(origin + frame.plot_width / px)
    items = cache.lane(lane.partner_id)
    placed: list[Placed] = []
    bar_height = metrics.bar_height
    for span, (start, end), slot in zip(
        items.spans, items.span_days, items.span_slots, strict=True
    ):
        if start > last or (end is not None and end < first):
            continue
        x0 = max(left + (start - origin) * px, left - 4)
        if end is None:
            x1, clipped = right, True
        else:
            x1 = left + (end + 1 - origin) * px
            clipped = x1 > right
            x1 = min(x1, right + 4)
        bar_top = metrics.bar_y(top, slot)
        placed.append(Placed(span, lane, x0, bar_top, max(x1 - x0, 2.0), bar_height, clipped))
    r = metrics.mark_radius
    y = metrics.mark_y(top) - r
    offset = left + px / 2 - r - origin * px
    last_x: dict[MarkKind, float] = {}
    for mark in items.marks_between(first, last):
        x = offset + mark.start.toordinal() * px
        kind = mark.kind
        if abs(x - last_x.get(kind, -1e9)) < 1.0:
            continue
        last_x[kind] = x
        placed.append(Placed(mark, lane, x, y, 2 * r, 2 * r))
    return placed


def hit(placed: list[Placed], point: QPointF, slack: float = 3.0) -> Placed | None:
    """The item under ``point``: the nearest marker, else the topmost bar."""
    best: Placed | None = None
    best_distance = float("inf")
    for entry in placed:
        if entry.item.kind is MarkKind.AGREEMENT:
            continue
        if entry.rect.adjusted(-slack, -slack, slack, slack).contains(point):
            centre = entry.centre
            distance = abs(centre.x() - point.x()) + abs(centre.y() - point.y())
            if distance < best_distance:
                best, best_distance = entry, distance
    if best is not None:
        return best
    for entry in reversed(placed):
        if entry.item.kind is MarkKind.AGREEMENT and entry.rect.adjusted(
            0, -slack, 0, slack
        ).contains(point):
            return entry
    return None
