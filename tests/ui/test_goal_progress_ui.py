"""Goal progress in the window: record an update, see bar, chart and history; overdue goals."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import ItemKind, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.runtime import Runtime
from portfolio_app.ui.main_window import VIEW_PARTNERS, MainWindow
from portfolio_app.ui.models.columns import GOAL_STATUS
from portfolio_app.ui.partner_detail_page import TAB_GOALS
from tests.ui.dialogs.support import child, type_text
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


def show_goal(runtime: Runtime, goal: SharedGoal) -> MainWindow:
    """Store the partner and the goal (set on ``SET_ON``), then open the goals tab."""
    created = runtime.services.partners.add_partner(Partner(None, "Papierfabrik Groß")).created
    assert created is not None
    partner_id = PartnerId(created.id)
    runtime.services.goals.add(dataclasses.replace(goal, partner_id=partner_id))
    with sqlite3.connect(runtime.database.path) as connection:  # the goal was set in September
        connection.execute('UPDATE goal_update SET "on" = ?', (SET_ON.isoformat(),))
    window = runtime.window
    window.reload()
    window.show_view(VIEW_PARTNERS)
    window.select_partner(partner_id)
    window.detail.tabs.setCurrentIndex(TAB_GOALS)
    return window


SET_ON = date(2026, 9, 1)
RECYCLING = SharedGoal(
    None,
    PartnerId(0),
    "Altpapier recyceln",
    status=GoalStatus.ON_TRACK,
    target_date=date(2027, 6, 30),
    kpi=Kpi("t", Decimal(0), Decimal(60), Decimal(20)),
)


def test_recording_progress_updates_history_bar_chart_and_database(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    window = show_goal(runtime, RECYCLING)
    panel = window.detail.editors.goals_tab.goal_panel
    assert panel.isVisible()
    assert panel.kpi_text() == "20 of 60 t (33 %)"
    assert panel.progress_bar.text() == "33 %"
    assert len(panel.chart.points()) == 1
    assert len(panel.history_rows()) == 1

    def record(modal: QWidget) -> None:
        assert modal.objectName() == "goalProgressDialog"
        assert child(modal, QDateEdit, "progressDate").date().toString("yyyy-MM-dd") == (
            "2026-11-29"
        )
        qtbot.keyClicks(child(modal, QWidget, "progressValue"), "42")
        status = child(modal, QComboBox, "progressStatus")
        status.setFocus()
        qtbot.keyClick(status, Qt.Key.Key_Down)  # on track → at risk
        type_text(child(modal, QPlainTextEdit, "progressComment"), "Presse 2 läuft später an")
        child(modal, QPushButton, "dialogSave").click()

    while_modal(window.detail.editors.progress_button.click, record)

    assert panel.history_rows()[0] == (
        "29/11/2026",
        "42 t",
        "At risk",
        "Presse 2 läuft später an",
    )
    assert panel.history_rows()[1] == ("01/09/2026", "20 t", "On track", "goal set")
    assert panel.progress_bar.value() == 700
    assert panel.kpi_text() == "42 of 60 t (70 %)"
    assert panel.progress_bar.text() == "70 %"
    assert len(panel.chart.points()) == 2
    assert len(panel.chart.markers()) == 1  # on track → at risk
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT kpi_current, status FROM shared_goal").fetchall() == [
            ("42", "at_risk")
        ]
        assert connection.execute(
            'SELECT "on", value, status, comment FROM goal_update ORDER BY id'
        ).fetchall()[-1] == ("2026-11-29", "42", "at_risk", "Presse 2 läuft später an")


def test_a_day_in_the_future_is_refused_with_a_message(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    window = show_goal(runtime, RECYCLING)
    messages: list[str] = []

    def future_then_cancel(modal: QWidget) -> None:
        day = child(modal, QDateEdit, "progressDate")
        day.setFocus()
        qtbot.keyClick(day, Qt.Key.Key_Up)  # the day section: 29 → 30 November
        qtbot.keyClicks(child(modal, QWidget, "progressValue"), "30")
        child(modal, QPushButton, "dialogSave").click()
        messages.append(modal.message)  # type: ignore[attr-defined]
        child(modal, QPushButton, "dialogCancel").click()

    while_modal(window.detail.editors.progress_button.click, future_then_cancel)

    assert messages == ["Progress cannot be recorded for a day in the future."]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM goal_update").fetchone() == (1,)


def test_an_empty_update_is_refused(qtbot: QtBot, runtime: Runtime) -> None:
    window = show_goal(runtime, RECYCLING)
    messages: list[str] = []

    def save_then_cancel(modal: QWidget) -> None:
        child(modal, QPushButton, "dialogSave").click()
        messages.append(modal.message)  # type: ignore[attr-defined]
        child(modal, QPushButton, "dialogCancel").click()

    while_modal(window.detail.editors.progress_button.click, save_then_cancel)

    assert messages == ["Please enter a new value, choose another status or write a comment."]


def test_a_goal_without_kpi_shows_its_status_instead_of_a_bar(
    qtbot: QtBot, runtime: Runtime
) -> None:
    window = show_goal(runtime, SharedGoal(None, PartnerId(0), "Gemeinsame Messe"))
    panel = window.detail.editors.goals_tab.goal_panel

    assert panel.progress_bar.isHidden()
    assert panel.status_text() == "Status: Planned (no KPI)"
    assert panel.chart.points() == []


def test_an_overdue_goal_is_flagged_in_the_list_and_the_panel_until_achieved(
    qtbot: QtBot, runtime: Runtime
) -> None:
    late = SharedGoal(
        None,
        PartnerId(0),
        "Druckkosten senken",
        status=GoalStatus.ON_TRACK,
        target_date=date(2026, 10, 31),
    )
    window = show_goal(runtime, late)
    goals = window.detail.editors.panel(ItemKind.GOAL)
    panel = window.detail.editors.goals_tab.goal_panel
    cell = goals.table.model().index(0, GOAL_STATUS)

    assert cell.data() == "On track · Overdue"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b91c1c")
    assert "31/10/2026 has passed" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.overdue_flag() == "Overdue: the target date 31/10/2026 has passed"

    def achieved(modal: QWidget) -> None:
        status = child(modal, QComboBox, "progressStatus")
        status.setFocus()
        qtbot.keyClick(status, Qt.Key.Key_Down)  # on track → at risk
        qtbot.keyClick(status, Qt.Key.Key_Down)  # at risk → achieved
        child(modal, QPushButton, "dialogSave").click()

    while_modal(window.detail.editors.progress_button.click, achieved)

    cell = goals.table.model().index(0, GOAL_STATUS)
    assert cell.data() == "Achieved"
    assert panel.overdue_flag() == ""
