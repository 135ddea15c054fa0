"""The cost overview and the calendar export, on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.runtime import Runtime
from portfolio_app.services.catalog import Services
from portfolio_app.ui.costs_page import CostsPage
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.main_window import VIEW_COSTS, MainWindow
from portfolio_app.ui.widgets.cost_charts import HorizontalBarChart
from tests.ui.modal import press_button, while_modal
from tests.ui.portfolio_support import Portfolio, fill_portfolio, start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def window(runtime: Runtime) -> MainWindow:
    fill_portfolio(runtime.services)
    runtime.window.reload()
    return runtime.window


def _costs(qtbot: QtBot, window: MainWindow) -> CostsPage:
    action = window.findChild(QAction, "actionViewCosts")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(window.costs.isVisible)
    return window.costs


def _rows(page: CostsPage) -> list[list[str]]:
    model = page.table.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_costs_view_shows_totals_per_year(qtbot: QtBot, window: MainWindow) -> None:
    page = _costs(qtbot, window)

    assert window.current_view() == VIEW_COSTS
    assert page.total_text == "€7,798.80 per year · 2 running agreements with a value"
    assert _rows(page) == [
        ["Rahmenvertrag Druck", "Druckhaus Weiß GmbH", "€4,800.00", "61.5 %"],
        ["Leasing Kopierer", "Kopierwerk Süd GmbH", "€2,998.80", "38.5 %"],
    ]


def test_the_charts_show_categories_partners_and_the_next_twelve_months(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _costs(qtbot, window)

    categories = [(bar.label, bar.text) for bar in page.category_chart.bars()]
    partners = [(bar.label, bar.text) for bar in page.partner_chart.bars()]
    months = page.month_chart.bars()

    assert categories == [("Print", "€4,800.00"), ("Office equipment", "€2,998.80")]
    assert partners == [("Druckhaus Weiß GmbH", "€4,800.00"), ("Kopierwerk Süd GmbH", "€2,998.80")]
    assert len(months) == 12
    assert (months[0].long_label, months[0].text) == ("November 2026", "€249.90")
    assert (months[1].long_label, months[1].text) == ("December 2026", "€1,449.90")
    assert "Print: €4,800.00" in page.category_chart.accessibleDescription()
    assert not page.month_chart.grab().isNull()  # paints without errors


def test_a_bar_tells_its_value_where_the_pointer_is(qtbot: QtBot, window: MainWindow) -> None:
    page = _costs(qtbot, window)
    chart: HorizontalBarChart = page.category_chart
    qtbot.waitUntil(lambda: chart.height() >= chart.sizeHint().height())

    first = chart.bar_at(QPoint(20, 10))

    assert first is not None
    assert first.description() == "Print: €4,800.00"


def test_activating_a_cost_row_opens_the_agreement(qtbot: QtBot, window: MainWindow) -> None:
    page = _costs(qtbot, window)
    page.table.selectRow(1)
    titles: list[str] = []

    def read_and_cancel(modal: QWidget) -> None:
        title = modal.findChild(QLineEdit, "agreementTitle")
        assert title is not None
        titles.append(title.text())
        cancel = modal.findChild(QPushButton, "dialogCancel")
        assert cancel is not None
        cancel.click()

    while_modal(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), read_and_cancel)

    assert titles == ["Leasing Kopierer"]
    assert window.detail.title_text == "Kopierwerk Süd GmbH"


def test_without_costs_the_page_says_how_to_get_them(qtbot: QtBot, services: Services) -> None:
    page = CostsPage(services, AppEvents())
    qtbot.addWidget(page)

    page.reload()

    assert page.showing_empty_state()


def test_the_calendar_export_writes_an_ics_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "fristen"), "")
    )
    action = window.findChild(QAction, "actionExportCalendar")
    assert action is not None

    action.trigger()

    written = tmp_path / "fristen.ics"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "Leasing Kopierer" in text
    assert window.statusBar().currentMessage() == f"6 deadlines exported to {written}."


def test_a_calendar_that_cannot_be_written_is_reported_calmly(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no such folder" / "fristen.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    texts: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        assert modal.icon() is QMessageBox.Icon.Warning
        texts.append(modal.text())
        press_button("OK")(modal)

    while_modal(window.calendar_export.action.trigger, read_and_close)

    assert texts[0].startswith(f"The calendar could not be saved as {target}:")
    assert not target.exists()


def test_cancelling_the_file_dialog_exports_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))

    window.calendar_export.export()

    assert list(tmp_path.glob("*.ics")) == []


def test_the_portfolio_fixture_is_what_the_costs_count(runtime: Runtime) -> None:
    stored: Portfolio = fill_portfolio(runtime.services)

    overview = runtime.services.costs.overview()

    assert [cost.agreement_id for cost in overview.by_agreement] == [
        stored.framework,
        stored.leasing,
    ]


def test_charts_filled_while_hidden_show_every_bar_when_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import date

    from portfolio_app.demo.generator import populate_demo
    from portfolio_app.storage.opening import open_database

    path = tmp_path / "demo.sqlite3"
    database = open_database(path, create=True)
    populate_demo(database.unit_of_work, today=date(2026, 11, 29))
    database.close()
    runtime = start(qtbot, path)  # the costs view is filled while the partners view shows
    window = runtime.window
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)

    page = _costs(qtbot, window)

    charts = [chart for chart in page.findChildren(HorizontalBarChart) if chart.bars()]
    assert charts
    for chart in charts:
        assert len(chart.bars()) > 2
        assert chart.height() >= chart.sizeHint().height()
    stop(runtime)
