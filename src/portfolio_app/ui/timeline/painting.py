"""Drawing the timeline's parts: axis, spans with renewal ticks, markers, today line."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from portfolio_app.domain.timeline import MarkKind

KIND_COLOURS: dict[MarkKind, QColor] = {
    MarkKind.AGREEMENT: QColor("#3b78c9"),
    MarkKind.NOTE: QColor("#2e9466"),
    MarkKind.GOAL_UPDATE: QColor("#8757c7"),
    MarkKind.GOAL_DUE: QColor("#d0841a"),
    MarkKind.NOTICE: QColor("#d23f3f"),
}
"""One colour per kind; markers also differ by shape (see :func:`paint_mark`)."""


@dataclass(frozen=True, slots=True)
class Colours:
    """The palette's colours the timeline uses, looked up once per paint."""

    base: QColor
    alternate: QColor
    window: QColor
    text: QColor
    muted: QColor
    grid: QColor
    highlight: QColor
    today: QColor

    @classmethod
    def of(cls, palette: QPalette) -> Colours:
        """Colours derived from a widget's palette."""
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        return cls(
            base=base,
            alternate=mix(base, text, 0.03),
            window=palette.color(role.Window),
            text=text,
            muted=palette.color(role.PlaceholderText),
            grid=mix(base, text, 0.09),
            highlight=palette.color(role.Highlight),
            today=QColor("#e0502c"),
        )


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """``first`` moved ``share`` (0..1) of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def paint_spans(
    painter: QPainter,
    closed: list[QRectF],
    open_ended: list[QRectF],
    ticks: list[QLineF],
    plot_right: float,
    base: QColor,
) -> None:
    """Agreement bars in a few batched calls; open ends fade out and end in an arrow.

    Bars are opaque (blending thousands of pixels per bar costs more than the rest of
    the frame); overlapping agreements of one partner share the band.
    """
    colour = KIND_COLOURS[MarkKind.AGREEMENT]
    fill = mix(base, colour, 0.6)
    painter.setPen(QPen(colour.darker(115), 1.0))
    painter.setBrush(fill)
    if closed:
        painter.drawRects(closed)
    if open_ended:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRects(open_ended)
        fade_left = plot_right - 90
        gradient = QLinearGradient(fade_left, 0, plot_right, 0)
        gradient.setColorAt(0.0, fill)
        gradient.setColorAt(1.0, mix(base, colour, 0.1))
        painter.setBrush(QBrush(gradient))
        fades = [
            QRectF(
                max(fade_left, rect.left()),
                rect.top(),
                rect.right() - max(fade_left, rect.left()),
                rect.height(),
            )
            for rect in open_ended
        ]
        painter.drawRects(fades)
        arrow = _arrow_pixmap(open_ended[0].height(), colour, painter.device().devicePixelRatioF())
        size = arrow.deviceIndependentSize()
        for rect in open_ended:
            painter.drawPixmap(QPointF(rect.right() - size.width(), rect.top()), arrow)
    if ticks:
        painter.setPen(QPen(colour.darker(160), 1.5))
        painter.drawLines(ticks)


_ARROWS: dict[tuple[float, float], QPixmap] = {}


def _arrow_pixmap(height: float, colour: QColor, ratio: float) -> QPixmap:
    key = (height, ratio)
    pixmap = _ARROWS.get(key)
    if pixmap is None:
        half = height / 2
        pixmap = QPixmap(math.ceil(half * ratio) + 1, math.ceil(height * ratio) + 1)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon([QPointF(0, 0), QPointF(half, half), QPointF(0, height)])
        painter.end()
        _ARROWS[key] = pixmap
    return pixmap


def paint_span_selection(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A ring around the selected bar."""
    painter.setPen(QPen(colour, 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))


_PIXMAPS: dict[tuple[MarkKind, float, float], QPixmap] = {}


def mark_pixmap(kind: MarkKind, radius: float, ratio: float, outline: QColor) -> QPixmap:
    """The marker of ``kind`` drawn once (antialiased) for fast blitting; cached."""
    key = (kind, radius, ratio)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        side = math.ceil((radius + 1) * 2)
        pixmap = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline, 1.2))
        painter.setBrush(KIND_COLOURS[kind])
        paint_mark(painter, kind, side / 2, side / 2, radius)
        painter.end()
        _PIXMAPS[key] = pixmap
    return pixmap


def paint_mark(painter: QPainter, kind: MarkKind, x: float, y: float, r: float) -> None:
    """A marker centred on (x, y); pen and brush must be set by the caller.

    Circle: note; diamond: goal update; triangle: goal target; square: notice day.
    """
    if kind is MarkKind.NOTE:
        painter.drawEllipse(QPointF(x, y), r, r)
    elif kind is MarkKind.GOAL_UPDATE:
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    elif kind is MarkKind.GOAL_DUE:
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r * 0.8), QPointF(x - r, y + r * 0.8)])
        )
    else:
        side = r * 0.85
        painter.drawRect(QRectF(x - side, y - side, side * 2, side * 2))


def paint_selection_ring(painter: QPainter, x: float, y: float, r: float, colour: QColor) -> None:
    """A ring around the selected marker."""
    painter.setPen(QPen(colour, 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(x, y), r + 3, r + 3)


def paint_today(painter: QPainter, x: float, top: float, bottom: float, colour: QColor) -> None:
    """The vertical "today" line."""
    pen = QPen(colour, 2.0)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
