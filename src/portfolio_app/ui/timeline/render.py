"""One frame of the timeline: rows, grid and axis, today line, items, fixed lane labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from portfolio_app.domain.timeline import MarkKind, TimelineItem, TimelineLane
from portfolio_app.ui.timeline.layout import Frame, Placed, Row
from portfolio_app.ui.timeline.painting import (
    Colours,
    mark_pixmap,
    mix,
    paint_selection_ring,
    paint_span_selection,
    paint_spans,
    paint_today,
)

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def render(
    painter: QPainter,
    widget: QWidget,
    frame: Frame,
    rows: list[Row],
    placed: list[Placed],
    selected: TimelineItem | None,
    today: date,
) -> None:
    """Paint everything the canvas shows (see the module docstring for the order)."""
    colours = Colours.of(widget.palette())
    painter.fillRect(QRectF(0, 0, frame.width, frame.height), colours.base)
    if not rows:
        _paint_empty(painter, frame, colours)
        return
    _paint_rows(painter, frame, rows, colours)
    ticks = frame.scale.ticks(frame.plot_width)
    _paint_grid(painter, frame, [(frame.x(t.day), t.major) for t in ticks], colours)
    painter.save()
    left, top = frame.metrics.label_width, frame.metrics.axis_height
    painter.setClipRect(QRectF(left, top, frame.plot_width, frame.height - top))
    _paint_items(painter, frame, placed, selected, colours, widget.devicePixelRatioF())
    paint_today(painter, frame.x(today), top, frame.height, colours.today)
    painter.restore()
    _paint_labels(painter, widget.font(), frame, rows, colours)
    _paint_axis(painter, frame, [(frame.x(t.day), t.text, t.major) for t in ticks], colours)


def _paint_rows(painter: QPainter, frame: Frame, rows: list[Row], colours: Colours) -> None:
    height = frame.metrics.row_height
    for index in frame.visible_rows(len(rows)):
        row, top = rows[index], frame.row_top(index)
        rect = QRectF(0, top, frame.width, height)
        if isinstance(row, str):
            painter.fillRect(rect, mix(colours.base, colours.highlight, 0.10))
        elif index % 2:
            painter.fillRect(rect, colours.alternate)


def _paint_grid(
    painter: QPainter, frame: Frame, ticks: list[tuple[float, bool]], colours: Colours
) -> None:
    top = frame.metrics.axis_height
    minor, major = QPen(colours.grid, 1.0), QPen(colours.grid.darker(120), 1.0)
    for x, is_major in ticks:
        painter.setPen(major if is_major else minor)
        painter.drawLine(QPointF(x, top), QPointF(x, frame.height))


def _paint_items(
    painter: QPainter,
    frame: Frame,
    placed: list[Placed],
    selected: TimelineItem | None,
    colours: Colours,
    ratio: float,
) -> None:
    first, last = frame.first_day(), frame.last_day()
    closed: list[QRectF] = []
    open_ended: list[QRectF] = []
    ticks: list[QLineF] = []
    marks: list[Placed] = []
    chosen: Placed | None = None
    for entry in placed:
        item = entry.item
        if item == selected:
            chosen = entry
        if item.kind is not MarkKind.AGREEMENT:
            marks.append(entry)
            continue
        rect = entry.rect
        (open_ended if entry.clipped_right and item.open_ended else closed).append(rect)
        top, bottom = entry.top - 2, entry.top + entry.height + 2
        for day in item.renewals:
            if first <= day <= last and day > item.start:
                x = frame.x(day)
                ticks.append(QLineF(x, top, x, bottom))
    paint_spans(painter, closed, open_ended, ticks, frame.width, colours.base)
    if frame.metrics.bar_rows > 1:
        _paint_span_titles(painter, placed, frame, colours)
    radius = frame.metrics.mark_radius
    pixmaps = {kind: mark_pixmap(kind, radius, ratio, colours.base) for kind in MarkKind}
    for entry in marks:
        painter.drawPixmap(QPointF(entry.left - 1, entry.top - 1), pixmaps[entry.item.kind])
    if chosen is not None:
        if chosen.item.kind is MarkKind.AGREEMENT:
            paint_span_selection(painter, chosen.rect, colours.highlight)
        else:
            centre = chosen.centre
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_selection_ring(painter, centre.x(), centre.y(), radius, colours.highlight)


def _paint_span_titles(
    painter: QPainter, placed: list[Placed], frame: Frame, colours: Colours
) -> None:
    """Agreement titles inside their bars, where a bar is wide enough."""
    fm = painter.fontMetrics()
    painter.setPen(colours.text)
    left_edge = frame.metrics.label_width
    for entry in placed:
        if entry.item.kind is not MarkKind.AGREEMENT:
            continue
        left = max(entry.left, left_edge) + 6
        width = min(entry.left + entry.width, frame.width) - left - 12
        if width > fm.averageCharWidth() * 4:
            text = fm.elidedText(entry.item.title, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(left, entry.top, width, entry.height), _LEFT, text)


def _paint_labels(
    painter: QPainter, font: QFont, frame: Frame, rows: list[Row], colours: Colours
) -> None:
    width, height = frame.metrics.label_width, frame.metrics.row_height
    top = frame.metrics.axis_height
    painter.fillRect(QRectF(0, top, width, frame.height - top), colours.window)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    caption = QFont(font)
    caption.setBold(True)
    for index in frame.visible_rows(len(rows)):
        row, y = rows[index], frame.row_top(index)
        if isinstance(row, TimelineLane):
            painter.setPen(colours.text)
            text = fm.elidedText(row.name, Qt.TextElideMode.ElideRight, width - 16)
            painter.drawText(QRectF(8, y, width - 12, height), _LEFT, text)
        else:
            painter.fillRect(
                QRectF(0, y, width, height), mix(colours.window, colours.highlight, 0.12)
            )
            painter.setFont(caption)
            painter.setPen(colours.text)
            painter.drawText(QRectF(8, y, frame.width - 12, height), _LEFT, row)
            painter.setFont(font)
    painter.setPen(QPen(colours.grid.darker(130), 1.0))
    painter.drawLine(QPointF(width, top), QPointF(width, frame.height))


def _paint_axis(
    painter: QPainter, frame: Frame, ticks: list[tuple[float, str, bool]], colours: Colours
) -> None:
    height, left = frame.metrics.axis_height, frame.metrics.label_width
    painter.fillRect(QRectF(0, 0, frame.width, height), colours.window)
    painter.setPen(colours.text)
    for x, text, major in ticks:
        if x < left - 2:
            continue
        painter.setPen(colours.text if major else colours.muted)
        painter.drawLine(QPointF(x, height * 0.6), QPointF(x, height))
        painter.drawText(QRectF(x + 4, 0, 200, height * 0.9), _LEFT, text)
    painter.fillRect(QRectF(0, 0, left, height), colours.window)
    painter.setPen(QPen(colours.grid.darker(130), 1.0))
    painter.drawLine(QPointF(0, height), QPointF(frame.width, height))


def _paint_empty(painter: QPainter, frame: Frame, colours: Colours) -> None:
    painter.setPen(colours.muted)
    text = QCoreApplication.translate(
        "TimelineCanvas", "No partners to show. Change the filter or add a partner."
    )
    painter.drawText(QRectF(0, 0, frame.width, frame.height), _CENTRE, text)
