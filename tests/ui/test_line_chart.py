"""The painted line chart: empty, one point, many points, target line, markers, tooltips."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from portfolio_app.ui.widgets.line_chart import (
    LINE_COLOUR,
    MARKER_COLOUR,
    TARGET_COLOUR,
    ChartMarker,
    ChartPoint,
    LineChart,
)

DAY = date(2026, 11, 1)


@pytest.fixture
def chart(qtbot: QtBot) -> LineChart:
    chart = LineChart("testChart", "Test chart", None)
    qtbot.addWidget(chart)
    chart.resize(400, 150)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def image(chart: LineChart) -> QImage:
    return chart.grab().toImage()


def count_colour(picture: QImage, colour_name: str) -> int:
    wanted = colour_name.lower()
    return sum(
        1
        for x in range(0, picture.width(), 2)
        for y in range(picture.height())
        if picture.pixelColor(x, y).name() == wanted
    )


def points(count: int) -> list[ChartPoint]:
    return [
        ChartPoint(DAY + timedelta(days=7 * i), float(40 + (i % 5) * 3), f"{40 + (i % 5) * 3} t")
        for i in range(count)
    ]


def tooltip_at(chart: LineChart, position: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, position, chart.mapToGlobal(position))
    QApplication.sendEvent(chart, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_an_empty_chart_shows_its_empty_text_and_no_line(chart: LineChart) -> None:
    chart.set_data([], empty_text="No values yet.")

    assert chart.accessibleDescription() == "No values yet."
    assert count_colour(image(chart), LINE_COLOUR.name()) == 0


def test_one_point_is_a_single_dot_with_a_tooltip(chart: LineChart) -> None:
    chart.set_data([ChartPoint(DAY, 42.0, "42 t")])

    spot = chart.point_position(0)
    assert abs(spot.x() - chart.width() // 2) < chart.width() // 4  # centred, not at an edge
    assert image(chart).pixelColor(spot).name() == LINE_COLOUR.name()
    assert "01/11/2026: 42 t" in tooltip_at(chart, spot)


def test_many_points_are_drawn_oldest_left_and_each_has_a_tooltip(chart: LineChart) -> None:
    chart.set_data(list(reversed(points(30))))

    assert [p.day for p in chart.points()] == sorted(p.day for p in points(30))
    xs = [chart.point_position(i).x() for i in range(30)]
    assert xs == sorted(xs)
    assert xs[-1] - xs[0] > chart.width() // 2
    assert "01/11/2026" in tooltip_at(chart, chart.point_position(0))
    assert chart.item_at(QPoint(2, 2)) is None
    assert count_colour(image(chart), LINE_COLOUR.name()) > 100


def test_the_target_is_a_dashed_line_and_markers_sit_on_the_time_axis(chart: LineChart) -> None:
    chart.set_data(
        points(4),
        target=60.0,
        target_text="Target: 60 t",
        markers=[ChartMarker(DAY + timedelta(days=7), "Status: At risk")],
    )
    picture = image(chart)

    assert count_colour(picture, TARGET_COLOUR.name()) > 20
    assert count_colour(picture, MARKER_COLOUR.name()) > 3
    assert "Target: 60 t" in chart.accessibleDescription()
    assert "Status: At risk" in chart.accessibleDescription()


def test_equal_values_do_not_break_the_scale(chart: LineChart) -> None:
    chart.set_data([ChartPoint(DAY, 5.0, "5"), ChartPoint(DAY + timedelta(days=1), 5.0, "5")])

    first, second = chart.point_position(0), chart.point_position(1)
    assert first.y() == second.y()
    assert 0 < first.y() < chart.height()
