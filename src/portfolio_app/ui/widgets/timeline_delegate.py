"""Paints timeline rows: month headers and event cards strung on a vertical time rail."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView
from typing_extensions import override

from portfolio_app.domain.timeline import EventKind
from portfolio_app.ui.models.timeline_model import (
    DATE_TEXT_ROLE,
    DETAIL_ROLE,
    IS_MONTH_ROLE,
    IS_UPCOMING_ROLE,
    KIND_ROLE,
    TONE_ROLE,
    WHEN_HINT_ROLE,
    EventTone,
)

_Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

TONE_COLOURS = {
    EventTone.PARTNERSHIP: QColor("#0f766e"),
    EventTone.AGREEMENT: QColor("#2563eb"),
    EventTone.AGREEMENT_ENDED: QColor("#64748b"),
    EventTone.DEADLINE: QColor("#ea580c"),
    EventTone.OVERDUE: QColor("#dc2626"),
    EventTone.NOTE_GOOD: QColor("#16a34a"),
    EventTone.NOTE_NEUTRAL: QColor("#d97706"),
    EventTone.NOTE_TENSE: QColor("#dc2626"),
    EventTone.GOAL: QColor("#7c3aed"),
    EventTone.GOAL_AT_RISK: QColor("#c026d3"),
}
"""Marker colour of each tone on a light background (lightened on dark ones)."""


@dataclass(frozen=True, slots=True)
class _Metrics:
    """Every length the delegate uses, derived from the font so it scales with it."""

    line: int
    gutter: int
    margin: int
    gap: int
    pad_h: int
    pad_v: int
    radius: float
    marker: float
    stripe: int
    rail: float

    @classmethod
    def of(cls, font: QFont) -> _Metrics:
        line = QFontMetrics(font).height()
        return cls(
            line=line,
            gutter=round(line * 2.4),
            margin=round(line * 0.6),
            gap=max(2, round(line * 0.22)),
            pad_h=round(line * 0.7),
            pad_v=round(line * 0.45),
            radius=line * 0.4,
            marker=line * 0.56,
            stripe=max(3, round(line / 5)),
            rail=max(2.0, line / 8),
        )


@dataclass(frozen=True, slots=True)
class _Colours:
    """The palette-derived colours of one paint call."""

    base: QColor
    text: QColor
    muted: QColor
    hairline: QColor
    highlight: QColor
    dark: bool

    @classmethod
    def of(cls, palette: QPalette) -> _Colours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return cls(
            base=base,
            text=text,
            muted=mix(text, base, 0.42),
            hairline=mix(base, text, 0.2),
            highlight=palette.color(QPalette.ColorRole.Highlight),
            dark=base.lightness() < 128,
        )

    def tone(self, tone: EventTone) -> QColor:
        """The colour for ``tone``, lightened on a dark background."""
        colour = TONE_COLOURS[tone]
        return colour.lighter(140) if self.dark else colour


class TimelineDelegate(QStyledItemDelegate):
    """Month rows become section headers; event rows become cards on a time rail."""

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = _Metrics.of(option.font)
        width = metrics.gutter + metrics.line * 12
        if index.data(IS_MONTH_ROLE):
            header = QFontMetrics(_header_font(option.font)).height()
            return QSize(width, round(metrics.line * 1.1) + header + round(metrics.line * 0.4))
        title = QFontMetrics(_bold(option.font)).height()
        text = title + round(metrics.line * 0.2) + metrics.line
        return QSize(width, 2 * (metrics.gap + metrics.pad_v) + text)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = _Colours.of(option.palette)
        # Cover whatever row background or selection the style painted: the card shows both.
        painter.fillRect(option.rect, colours.base)
        if index.data(IS_MONTH_ROLE):
            self._paint_month(painter, option, index, colours)
        else:
            self._paint_event(painter, option, index, colours)
        painter.restore()

    # ---- Month headers

    def _paint_month(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, colours: _Colours
    ) -> None:
        rect, metrics = option.rect, _Metrics.of(option.font)
        font = _header_font(option.font)
        height = QFontMetrics(font).height()
        text_rect = QRect(
            rect.left() + metrics.gutter,
            rect.bottom() + 1 - round(metrics.line * 0.4) - height,
            rect.width() - metrics.gutter - metrics.margin,
            height,
        )
        centre_y = text_rect.top() + height / 2
        rail_x = rect.left() + metrics.gutter / 2
        top = centre_y if index.row() == 0 else rect.top()
        bottom = centre_y if _is_last(option, index) else rect.bottom() + 1
        _paint_rail(painter, colours, metrics, rail_x, top, bottom)

        upcoming = bool(index.data(IS_UPCOMING_ROLE))
        node = metrics.line * 0.3
        painter.setPen(_pen(colours.base, metrics.rail))
        painter.setBrush(colours.tone(EventTone.DEADLINE) if upcoming else colours.muted)
        painter.drawEllipse(QPointF(rail_x, centre_y), node, node)

        month = str(index.data(Qt.ItemDataRole.DisplayRole))
        painter.setFont(font)
        painter.setPen(colours.text)
        painter.drawText(text_rect, _LEFT, month)
        left = text_rect.left() + QFontMetrics(font).horizontalAdvance(month) + metrics.pad_h // 2
        if upcoming:
            left = self._paint_pill(painter, option, colours, left, centre_y)
        self._paint_month_end(painter, option, index, colours, text_rect, left)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(_pen(mix(colours.base, colours.highlight, 0.6), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = QRectF(text_rect).adjusted(
                -metrics.gap * 2, -metrics.gap, metrics.gap, metrics.gap
            )
            painter.drawRoundedRect(ring, metrics.radius, metrics.radius)

    def _paint_pill(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        colours: _Colours,
        left: int,
        centre_y: float,
    ) -> int:
        text = self.tr("Upcoming")
        font = _scaled(_bold(option.font), 0.85)
        fm = QFontMetrics(font)
        colour = colours.tone(EventTone.DEADLINE)
        width, height = fm.horizontalAdvance(text) + fm.height(), fm.height() * 1.15
        pill = QRectF(left, centre_y - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(colours.base, colour, 0.14))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return round(pill.right()) + fm.height() // 2

    def _paint_month_end(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: _Index,
        colours: _Colours,
        text_rect: QRect,
        left: int,
    ) -> None:
        """The entry count at the right, a chevron after it, a hairline leading to it."""
        fm = QFontMetrics(option.font)
        # The model words the count ("3 entries") for the month's tooltip; reuse it here.
        count = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        chevron = fm.height() * 0.55
        count_width = fm.horizontalAdvance(count)
        count_right = text_rect.right() - round(chevron) - fm.height() // 2
        count_left = count_right - count_width
        centre_y = text_rect.top() + text_rect.height() / 2
        painter.setFont(option.font)
        painter.setPen(colours.muted)
        painter.drawText(
            QRect(count_left, text_rect.top(), count_width + 1, text_rect.height()), _RIGHT, count
        )
        if count_left - left > fm.height():
            painter.setPen(_pen(colours.hairline, 1.0))
            painter.drawLine(
                QPointF(left, centre_y), QPointF(count_left - fm.height() / 2, centre_y)
            )
        expanded = _is_expanded(option, index)
        _paint_chevron(
            painter, colours.muted, text_rect.right() - chevron / 2, centre_y, chevron, expanded
        )

    # ---- Event cards

    def _paint_event(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, colours: _Colours
    ) -> None:
        rect, metrics = option.rect, _Metrics.of(option.font)
        colour = colours.tone(EventTone(index.data(TONE_ROLE)))
        upcoming = bool(index.data(IS_UPCOMING_ROLE))
        card = QRectF(rect.adjusted(metrics.gutter, metrics.gap, -metrics.margin, -metrics.gap))
        title_centre = card.top() + metrics.pad_v + QFontMetrics(_bold(option.font)).height() / 2
        rail_x = rect.left() + metrics.gutter / 2

        bottom = title_centre if _is_last(option, index) else rect.bottom() + 1
        _paint_rail(painter, colours, metrics, rail_x, rect.top(), bottom)
        painter.setPen(_pen(colours.hairline, 1.0))
        painter.drawLine(QPointF(rail_x, title_centre), QPointF(card.left(), title_centre))
        _paint_card(painter, option.state, colours, card, metrics, colour, upcoming)
        kind = EventKind(index.data(KIND_ROLE))
        marker_centre = QPointF(rail_x, title_centre)
        _paint_marker(painter, colours, marker_centre, metrics, colour, upcoming, kind)
        _paint_texts(painter, option, index, colours, card.toRect(), metrics, colour)


def _paint_texts(
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: _Index,
    colours: _Colours,
    card: QRect,
    metrics: _Metrics,
    colour: QColor,
) -> None:
    """Title and detail on the left; the date and its hint in a column on the right."""
    font, title_font = option.font, _bold(option.font)
    fm, title_fm = QFontMetrics(font), QFontMetrics(title_font)
    inner = card.adjusted(
        metrics.stripe + metrics.pad_h, metrics.pad_v, -metrics.pad_h, -metrics.pad_v
    )
    date_text = str(index.data(DATE_TEXT_ROLE) or "")
    hint = str(index.data(WHEN_HINT_ROLE) or "")
    side = max(fm.horizontalAdvance(date_text), fm.horizontalAdvance(hint))
    width = max(0, inner.width() - side - metrics.pad_h)
    title_rect = QRect(inner.left(), inner.top(), width, title_fm.height())
    detail_rect = QRect(inner.left(), inner.bottom() + 1 - fm.height(), width, fm.height())
    detail = str(index.data(DETAIL_ROLE) or "")
    title = str(index.data(Qt.ItemDataRole.DisplayRole))
    elide = Qt.TextElideMode.ElideRight

    painter.setFont(title_font)
    painter.setPen(colours.text)
    if not detail:
        title_rect.moveTop(inner.top() + (inner.height() - title_fm.height()) // 2)
    painter.drawText(title_rect, _LEFT, title_fm.elidedText(title, elide, width))
    painter.setFont(font)
    painter.setPen(colours.muted)
    painter.drawText(detail_rect, _LEFT, fm.elidedText(detail, elide, width))

    side_left = inner.right() + 1 - side
    painter.drawText(QRect(side_left, title_rect.top(), side, title_fm.height()), _RIGHT, date_text)
    if hint:
        plain_time = index.data(KIND_ROLE) == EventKind.NOTE and not index.data(IS_UPCOMING_ROLE)
        painter.setPen(colours.muted if plain_time else colour)
        painter.drawText(QRect(side_left, detail_rect.top(), side, fm.height()), _RIGHT, hint)


def _paint_rail(
    painter: QPainter, colours: _Colours, metrics: _Metrics, x: float, top: float, bottom: float
) -> None:
    pen = _pen(colours.hairline, metrics.rail)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def _paint_card(
    painter: QPainter,
    state: QStyle.StateFlag,
    colours: _Colours,
    card: QRectF,
    metrics: _Metrics,
    colour: QColor,
    upcoming: bool,
) -> None:
    """A rounded card with a stripe in the event's colour; selection tints and outlines it."""
    selected = bool(state & QStyle.StateFlag.State_Selected)
    hovered = bool(state & QStyle.StateFlag.State_MouseOver)
    if selected:
        fill, border = mix(colours.base, colours.highlight, 0.12), colours.highlight
    else:
        fill = mix(colours.base, colours.text, 0.065 if hovered else 0.035)
        border = (
            mix(colours.base, colour, 0.6) if upcoming else mix(colours.base, colours.text, 0.15)
        )
    path = QPainterPath()
    path.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), metrics.radius, metrics.radius)
    painter.fillPath(path, fill)
    painter.save()
    painter.setClipPath(path)
    painter.fillRect(QRectF(card.left(), card.top(), metrics.stripe, card.height()), colour)
    painter.restore()
    pen = _pen(border, 1.5 if selected else 1.0)
    if upcoming and not selected:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.strokePath(path, pen)
    if state & QStyle.StateFlag.State_HasFocus and not selected:
        focus = _pen(mix(colours.base, colours.highlight, 0.7), 1.5)
        focus.setStyle(Qt.PenStyle.DotLine)
        painter.strokePath(path, focus)


def _paint_marker(
    painter: QPainter,
    colours: _Colours,
    centre: QPointF,
    metrics: _Metrics,
    colour: QColor,
    upcoming: bool,
    kind: EventKind,
) -> None:
    """A filled disc with a symbol; hollow for events still to come."""
    radius = metrics.marker
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.base)
    painter.drawEllipse(centre, radius + metrics.rail, radius + metrics.rail)
    if upcoming:
        painter.setPen(_pen(colour, max(1.5, metrics.line / 9)))
        painter.setBrush(mix(colours.base, colour, 0.12))
    else:
        painter.setBrush(colour)
    painter.drawEllipse(centre, radius, radius)
    glyph = colour if upcoming else QColor("#ffffff")
    painter.save()
    painter.translate(centre)
    painter.scale(radius / 10, radius / 10)
    painter.setPen(_pen(glyph, 1.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _GLYPHS[kind](painter, glyph)
    painter.restore()


# ---- Symbols, drawn around (0, 0) in a 20 × 20 box that the marker scales


def _star(painter: QPainter, colour: QColor) -> None:
    outer, inner = 5.8, 2.4
    points = []
    for step in range(10):
        radius = outer if step % 2 == 0 else inner
        points.append(_rotated(QPointF(0, -radius), step * 36.0))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(points))


def _play(painter: QPainter, colour: QColor) -> None:
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(-2.4, -4.4), QPointF(4.6, 0), QPointF(-2.4, 4.4)]))


def _clock(painter: QPainter, colour: QColor) -> None:
    painter.drawEllipse(QPointF(0, 0), 5.2, 5.2)
    painter.drawPolyline(QPolygonF([QPointF(0, -3), QPointF(0, 0), QPointF(2.3, 1.5)]))


def _stop(painter: QPainter, colour: QColor) -> None:
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(-3.7, -3.7, 7.4, 7.4), 1.2, 1.2)


def _bubble(painter: QPainter, colour: QColor) -> None:
    body = QPainterPath()
    body.addRoundedRect(QRectF(-5.4, -4.8, 10.8, 7.6), 2.4, 2.4)
    tail = QPainterPath()
    tail.addPolygon(QPolygonF([QPointF(-3.2, 2), QPointF(-3.8, 5.8), QPointF(0.8, 2)]))
    painter.fillPath(body.united(tail), colour)


def _flag(painter: QPainter, colour: QColor) -> None:
    painter.drawLine(QPointF(-3.4, -5.2), QPointF(-3.4, 5.4))
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(-3.4, -5), QPointF(4.8, -2.4), QPointF(-3.4, 0.4)]))


def _trend(painter: QPainter, colour: QColor) -> None:
    line = [QPointF(-5, 3.8), QPointF(-1.5, 0), QPointF(0.9, 2.2), QPointF(4.8, -3.4)]
    painter.drawPolyline(QPolygonF(line))
    painter.drawPolyline(QPolygonF([QPointF(1.2, -3.6), QPointF(4.8, -3.4), QPointF(5, 0.2)]))


def _target(painter: QPainter, colour: QColor) -> None:
    painter.drawEllipse(QPointF(0, 0), 4.9, 4.9)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(0, 0), 1.8, 1.8)


_GLYPHS: dict[EventKind, Callable[[QPainter, QColor], None]] = {
    EventKind.PARTNERSHIP_BEGAN: _star,
    EventKind.AGREEMENT_STARTED: _play,
    EventKind.AGREEMENT_ENDS: _clock,
    EventKind.AGREEMENT_ENDED: _stop,
    EventKind.NOTE: _bubble,
    EventKind.GOAL_SET: _flag,
    EventKind.GOAL_UPDATED: _trend,
    EventKind.GOAL_DUE: _target,
}


def _paint_chevron(
    painter: QPainter, colour: QColor, x: float, y: float, size: float, expanded: bool
) -> None:
    half, quarter = size / 2, size / 4
    if expanded:
        points = [
            QPointF(x - half, y - quarter),
            QPointF(x, y + quarter),
            QPointF(x + half, y - quarter),
        ]
    else:
        points = [
            QPointF(x - quarter, y - half),
            QPointF(x + quarter, y),
            QPointF(x - quarter, y + half),
        ]
    painter.setPen(_pen(colour, max(1.5, size / 6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF(points))


# ---- Helpers


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """``first`` moved ``share`` (0..1) of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _rotated(point: QPointF, degrees: float) -> QPointF:
    cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return QPointF(point.x() * cos - point.y() * sin, point.x() * sin + point.y() * cos)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _header_font(font: QFont) -> QFont:
    return _scaled(_bold(font), 1.12)


def _scaled(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


def _plain(index: _Index) -> QModelIndex:
    if isinstance(index, QModelIndex):
        return index
    return index.model().index(index.row(), index.column(), index.parent())


def _is_expanded(option: QStyleOptionViewItem, index: _Index) -> bool:
    view = option.widget
    return not isinstance(view, QTreeView) or view.isExpanded(_plain(index))


def _is_last(option: QStyleOptionViewItem, index: _Index) -> bool:
    """Whether ``index`` is the bottom row the tree shows (where the rail ends)."""
    model = index.model()
    if index.data(IS_MONTH_ROLE):
        if index.row() != model.rowCount() - 1:
            return False
        return not _is_expanded(option, index) or model.rowCount(_plain(index)) == 0
    month = index.parent()
    return month.row() == model.rowCount() - 1 and index.row() == model.rowCount(month) - 1
