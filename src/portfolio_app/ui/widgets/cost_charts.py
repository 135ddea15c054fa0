"""Small charts painted with QPainter: horizontal bars and monthly columns.

QtCharts is deprecated since Qt 6.10 and Qt Graphs needs QML, so both charts paint
themselves. Each bar carries its own formatted text; tooltips and the accessible
description repeat the values for those who cannot read the picture.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget
from typing_extensions import override

BAR_COLOUR = QColor("#2f6fb3")


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its caption, its size and the value as the user reads it."""

    label: str
    value: float
    text: str
    long_label: str = ""
    """What the tooltip names the bar by, if not ``label`` (e.g. "November 2026")."""
    short_text: str = ""
    """The value drawn on the chart where space is short, if not ``text``."""

    def description(self) -> str:
        """Caption and value ("November 2026: 1.234,00 €") for tooltips and screen readers."""
        return f"{self.long_label or self.label}: {self.text}"


class _Chart(QWidget):
    """Shared parts: data, empty text, tooltips, accessible description."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: list[Bar] = []
        self._empty_text = ""

    def set_bars(self, bars: Sequence[Bar], empty_text: str = "") -> None:
        """Show these bars (``empty_text`` when there are none)."""
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(bar.description() for bar in self._bars) or empty_text
        )
        # A layout inside a scroll area on a hidden view keeps the old height unless the
        # minimum changes too; pin it to what the bars need.
        self.setMinimumHeight(self.minimumSizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        """The bars shown."""
        return list(self._bars)

    def bar_at(self, position: QPoint) -> Bar | None:
        """The bar under ``position`` (widget coordinates), if any."""
        for bar, rect in zip(self._bars, self._hit_rects(), strict=True):
            if rect.contains(position):
                return bar
        return None

    @override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                text = f"<p>{html.escape(bar.description())}</p>"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def _hit_rects(self) -> list[QRect]:
        raise NotImplementedError

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)

    def _max_value(self) -> float:
        return max((bar.value for bar in self._bars), default=0.0) or 1.0


class HorizontalBarChart(_Chart):
    """Labelled horizontal bars, largest first as given."""

    _PADDING = 4

    @override
    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 2)
        return QSize(360, rows * self._row_height() + 2 * self._PADDING)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._paint_empty(painter)
            return
        metrics = self.fontMetrics()
        label_width, value_width = self._column_widths(metrics)
        text_colour = self.palette().text().color()
        for bar, row in zip(self._bars, self._row_rects(), strict=True):
            label_rect = QRect(row.left(), row.top(), label_width, row.height())
            painter.setPen(text_colour)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 6),
            )
            bar_rect = self._bar_rect(bar, row, label_width, value_width)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR)
            painter.drawRoundedRect(QRectF(bar_rect), 2, 2)
            painter.setPen(text_colour)
            value_rect = QRect(bar_rect.right() + 6, row.top(), value_width, row.height())
            painter.drawText(
                value_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text
            )

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _row_rects(self) -> list[QRect]:
        height = self._row_height()
        width = self.width() - 2 * self._PADDING
        return [
            QRect(self._PADDING, self._PADDING + index * height, width, height)
            for index in range(len(self._bars))
        ]

    def _column_widths(self, metrics: QFontMetrics) -> tuple[int, int]:
        value_width = max((metrics.horizontalAdvance(bar.text) for bar in self._bars), default=0)
        widest_label = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        label_width = min(widest_label + 12, int(self.width() * 0.4))
        return label_width, value_width + 8

    def _bar_rect(self, bar: Bar, row: QRect, label_width: int, value_width: int) -> QRect:
        space = max(row.width() - label_width - value_width - 6, 1)
        length = max(int(space * max(bar.value, 0.0) / self._max_value()), 2)
        return QRect(row.left() + label_width, row.top() + 4, length, row.height() - 8)

    @override
    def _hit_rects(self) -> list[QRect]:
        return self._row_rects()


class ColumnChart(_Chart):
    """Vertical columns with a caption under each (e.g. the months of a year)."""

    _PADDING = 6
    _HEIGHT = 190

    @override
    def sizeHint(self) -> QSize:
        return QSize(520, self._HEIGHT)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(300, self._HEIGHT)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._paint_empty(painter)
            return
        metrics = self.fontMetrics()
        small = self.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        small_metrics = QFontMetrics(small)
        text_colour = self.palette().text().color()
        base = self._baseline()
        painter.setPen(self.palette().mid().color())
        painter.drawLine(self._PADDING, base, self.width() - self._PADDING, base)
        for bar, slot in zip(self._bars, self._slots(), strict=True):
            column = self._column_rect(bar, slot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR)
            painter.drawRoundedRect(QRectF(column), 2, 2)
            painter.setPen(text_colour)
            caption = QRect(slot.left(), base + 2, slot.width(), metrics.height())
            painter.drawText(
                caption,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, slot.width()),
            )
            short = bar.short_text or bar.text
            if small_metrics.horizontalAdvance(short) <= slot.width() + 4 and bar.value > 0:
                painter.setFont(small)
                value = QRect(
                    slot.left() - 2,
                    column.top() - small_metrics.height() - 2,
                    slot.width() + 4,
                    small_metrics.height(),
                )
                painter.drawText(value, Qt.AlignmentFlag.AlignCenter, short)
                painter.setFont(self.font())

    def _baseline(self) -> int:
        return self.height() - self._PADDING - self.fontMetrics().height() - 2

    def _slots(self) -> list[QRect]:
        count = max(len(self._bars), 1)
        width = (self.width() - 2 * self._PADDING) / count
        top = self._PADDING
        return [
            QRect(int(self._PADDING + index * width), top, int(width), self._baseline() - top)
            for index in range(len(self._bars))
        ]

    def _column_rect(self, bar: Bar, slot: QRect) -> QRect:
        headroom = self.fontMetrics().height() + 4
        usable = max(slot.height() - headroom, 1)
        height = int(usable * max(bar.value, 0.0) / self._max_value())
        margin = max(int(slot.width() * 0.18), 2)
        return QRect(
            slot.left() + margin,
            self._baseline() - height,
            max(slot.width() - 2 * margin, 2),
            height,
        )

    @override
    def _hit_rects(self) -> list[QRect]:
        return self._slots()
