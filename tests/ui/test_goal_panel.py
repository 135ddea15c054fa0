"""The goal panel on its own: texts for rising and falling KPIs, markers, one point a day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot

from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, GoalUpdateId, PartnerId
from portfolio_app.ui.widgets.goal_panel import GoalPanel, progress_text, status_markers

TODAY = date(2026, 11, 29)
HOURS = SharedGoal(
    GoalId(1),
    PartnerId(1),
    "Faster answers",
    status=GoalStatus.ON_TRACK,
    kpi=Kpi("h", Decimal(24), Decimal(4), Decimal(14)),
)


def update(
    number: int, day: date, *, value: int | None = None, status: GoalStatus | None = None
) -> GoalUpdate:
    return GoalUpdate(
        GoalUpdateId(number), GoalId(1), day, status, Decimal(value) if value is not None else None
    )


def test_progress_text_for_a_falling_kpi_names_baseline_and_target() -> None:
    assert progress_text(Kpi("h", Decimal(24), Decimal(4), Decimal(14))) == (
        "14 h — from 24 to 4 h (50 %)"
    )
    assert progress_text(Kpi("t", Decimal(0), Decimal(60), Decimal(42))) == "42 of 60 t (70 %)"
    assert progress_text(Kpi("t", Decimal(0), Decimal(60))) == "not measured yet — from 0 to 60 t"


def test_only_changes_of_status_become_markers() -> None:
    updates = [
        update(1, date(2026, 1, 1), status=GoalStatus.PLANNED),
        update(2, date(2026, 2, 1), status=GoalStatus.PLANNED),
        update(3, date(2026, 3, 1), value=5),
        update(4, date(2026, 4, 1), status=GoalStatus.AT_RISK),
    ]

    assert [(m.day, m.text) for m in status_markers(updates)] == [
        (date(2026, 4, 1), "Status: At risk")
    ]


def test_the_chart_has_one_point_a_day_the_last_value_recorded(qtbot: QtBot) -> None:
    panel = GoalPanel()
    qtbot.addWidget(panel)
    updates = [
        update(1, date(2026, 10, 1), value=24),
        update(2, date(2026, 11, 2), value=18),
        update(3, date(2026, 11, 2), value=16),
        update(9, date(2026, 11, 20), status=GoalStatus.AT_RISK),
    ]

    panel.set_goal(HOURS, updates, TODAY)

    assert [(p.day, p.text) for p in panel.chart.points()] == [
        (date(2026, 10, 1), "24 h"),
        (date(2026, 11, 2), "16 h"),
    ]
    assert [row[0] for row in panel.history_rows()] == [
        "20/11/2026",
        "02/11/2026",
        "02/11/2026",
        "01/10/2026",
    ]
    assert panel.progress_bar.value() == 500


def test_without_a_goal_the_panel_asks_for_a_selection(qtbot: QtBot) -> None:
    panel = GoalPanel()
    qtbot.addWidget(panel)
    panel.set_goal(HOURS, [], TODAY)

    panel.set_goal(None, [], TODAY)

    assert panel.history_rows() == []
    assert panel.progress_bar.isHidden()
    assert panel.overdue_flag() == ""
