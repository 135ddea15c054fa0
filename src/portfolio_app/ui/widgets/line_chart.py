"""A small line chart painted with QPainter: values over days, markers, a target line.

Used for a goal's KPI history and a partner's health history. Each point carries its own
formatted text; the tooltip under the mouse and the accessible description repeat dates
and values for those who cannot read the picture. It paints sensibly with no points (the
empty text), one point (a single dot) and many points (a line with dots).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

from portfolio_app.ui.formatting import format_date

LINE_COLOUR = QColor("#2f6fb3")
TARGET_COLOUR = QColor("#15803d")
MARKER_COLOUR = QColor("#b45309")
HIT_RADIUS = 8


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One value on one day, with the value as the user reads it ("42 t")."""

    day: date
    value: float
    text: str

    def description(self) -> str:
        """Date and value ("29.11.2026: 42 t") for tooltips and screen readers."""
        return f"{format_date(self.day)}: {self.text}"


@dataclass(frozen=True, slots=True)
class ChartMarker:
    """Something that happened on a day (e.g. a status change), drawn on the time axis."""

    day: date
    text: str

    def description(self) -> str:
        """Date and what happened, for tooltips and screen readers."""
        return f"{format_date(self.day)}: {self.text}"


class LineChart(QWidget):
    """Values over time as a line with dots; optional markers and a dashed target line."""

    _PADDING = 8
    _HEIGHT = 150

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._points: list[ChartPoint] = []
        self._markers: list[ChartMarker] = []
        self._target: float | None = None
        self._target_text = ""
        self._empty_text = ""

    # ---- Public API

    def set_data(
        self,
        points: Sequence[ChartPoint],
        *,
        markers: Sequence[ChartMarker] = (),
        target: float | None = None,
        target_text: str = "",
        empty_text: str = "",
    ) -> None:
        """Show these points (sorted by day), markers and target; ``empty_text`` if none."""
        self._points = sorted(points, key=lambda point: point.day)
        self._markers = sorted(markers, key=lambda marker: marker.day)
        self._target = target
        self._target_text = target_text
        self._empty_text = empty_text
        parts = [point.description() for point in self._points]
        parts += [marker.description() for marker in self._markers]
        if target is not None and target_text:
            parts.append(target_text)
        self.setAccessibleDescription("; ".join(parts) if self._points else empty_text)
        self.update()

    def points(self) -> list[ChartPoint]:
        """The points shown, oldest first."""
        return list(self._points)

    def markers(self) -> list[ChartMarker]:
        """The markers shown, oldest first."""
        return list(self._markers)

    def point_position(self, index: int) -> QPoint:
        """Where the point ``index`` is drawn (widget coordinates)."""
        return self._position(self._points[index]).toPoint()

    def item_at(self, position: QPoint) -> ChartPoint | ChartMarker | None:
        """The point (or else marker) nearest to ``position`` within a few pixels."""
        best: ChartPoint | ChartMarker | None = None
        best_distance = float(HIT_RADIUS * HIT_RADIUS)
        candidates: list[tuple[ChartPoint | ChartMarker, QPointF]] = [
            (point, self._position(point)) for point in self._points
        ]
        candidates += [(marker, self._marker_position(marker)) for marker in self._markers]
        for item, spot in candidates:
            dx, dy = spot.x() - position.x(), spot.y() - position.y()
            if dx * dx + dy * dy <= best_distance:
                best, best_distance = item, dx * dx + dy * dy
        return best

    # ---- Qt overrides

    @override
    def sizeHint(self) -> QSize:
        return QSize(420, self._HEIGHT)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._HEIGHT)

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos())
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), f"<p>{html.escape(item.description())}</p>", self
                )
            return True
        return super().event(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._points:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        self._paint_axes(painter)
        self._paint_target(painter)
        self._paint_line(painter)
        self._paint_markers(painter)

    # ---- painting

    def _plot(self) -> QRectF:
        """The area the values are drawn in, leaving room for the axis captions."""
        metrics = self.fontMetrics()
        left = self._PADDING + max(
            metrics.horizontalAdvance(self._value_caption(value)) for value in self._range()
        )
        top = self._PADDING + metrics.height() / 2
        bottom = self.height() - self._PADDING - metrics.height() - 4
        right = self.width() - self._PADDING - 4
        return QRectF(left + 6, top, max(right - left - 6, 1), max(bottom - top, 1))

    def _range(self) -> tuple[float, float]:
        values = [point.value for point in self._points]
        if self._target is not None:
            values.append(self._target)
        low, high = min(values), max(values)
        if low == high:
            return low - 1, high + 1
        margin = (high - low) * 0.08
        return low - margin, high + margin

    def _days(self) -> tuple[int, int]:
        days = [point.day.toordinal() for point in self._points]
        days += [marker.day.toordinal() for marker in self._markers]
        return min(days), max(days)

    def _x(self, day: date) -> float:
        plot = self._plot()
        first, last = self._days()
        if first == last:
            return plot.center().x()
        return plot.left() + plot.width() * (day.toordinal() - first) / (last - first)

    def _y(self, value: float) -> float:
        plot = self._plot()
        low, high = self._range()
        return plot.bottom() - plot.height() * (value - low) / (high - low)

    def _position(self, point: ChartPoint) -> QPointF:
        return QPointF(self._x(point.day), self._y(point.value))

    def _marker_position(self, marker: ChartMarker) -> QPointF:
        return QPointF(self._x(marker.day), self._plot().bottom())

    @staticmethod
    def _value_caption(value: float) -> str:
        return f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"

    def _paint_axes(self, painter: QPainter) -> None:
        plot = self._plot()
        metrics = self.fontMetrics()
        painter.setPen(self.palette().mid().color())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.setPen(self.palette().placeholderText().color())
        values = {min(p.value for p in self._points), max(p.value for p in self._points)}
        if self._target is not None:
            values.add(self._target)
        for value in values:
            caption = self._value_caption(value)
            box = QRectF(self._PADDING, self._y(value) - metrics.height() / 2, 0, 0)
            box.setRight(plot.left() - 4)
            box.setHeight(metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, caption
            )
        first, last = self._days()
        single = Qt.AlignmentFlag.AlignHCenter if last == first else Qt.AlignmentFlag.AlignLeft
        captions = [(date.fromordinal(first), single)]
        if last != first:
            captions.append((date.fromordinal(last), Qt.AlignmentFlag.AlignRight))
        top = int(plot.bottom()) + 3
        for day, align in captions:
            day_box = QRect(int(plot.left()), top, int(plot.width()), metrics.height())
            painter.drawText(day_box, align | Qt.AlignmentFlag.AlignTop, format_date(day))

    def _paint_target(self, painter: QPainter) -> None:
        if self._target is None:
            return
        plot = self._plot()
        y = self._y(self._target)
        pen = QPen(TARGET_COLOUR, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _paint_line(self, painter: QPainter) -> None:
        spots = [self._position(point) for point in self._points]
        if len(spots) > 1:
            path = QPainterPath(spots[0])
            for spot in spots[1:]:
                path.lineTo(spot)
            painter.setPen(QPen(LINE_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(self.palette().base().color(), 1))
        painter.setBrush(LINE_COLOUR)
        radius = 4.0 if len(spots) <= 60 else 2.0
        for spot in spots:
            painter.drawEllipse(spot, radius, radius)

    def _paint_markers(self, painter: QPainter) -> None:
        plot = self._plot()
        for marker in self._markers:
            spot = self._marker_position(marker)
            painter.setPen(QPen(MARKER_COLOUR, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(spot.x(), plot.top()), spot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MARKER_COLOUR)
            size = 5.0
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(spot.x(), spot.y() - size),
                        QPointF(spot.x() + size, spot.y()),
                        QPointF(spot.x(), spot.y() + size),
                        QPointF(spot.x() - size, spot.y()),
                    ]
                )
            )
