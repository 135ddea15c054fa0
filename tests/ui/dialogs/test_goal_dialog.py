from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, PartnerId
from portfolio_app.ui.dialogs.goal_dialog import GoalDialog
from tests.ui.dialogs.support import SaveSpy, child, click_save, is_marked, open_dialog, tick

STORED = SharedGoal(
    id=GoalId(31),
    partner_id=PartnerId(3),
    title="Nachdruckquote halbieren",
    description="Weniger Fehldrucke.",
    owner="Anna Schäfer",
    target_date=date(2026, 12, 31),
    status=GoalStatus.ON_TRACK,
    kpi=Kpi("%", Decimal("8"), Decimal("4"), Decimal("6.5")),
)


def make_dialog(
    qtbot: QtBot, spy: SaveSpy[SharedGoal], goal: SharedGoal | None = None
) -> GoalDialog:
    dialog = GoalDialog(save=spy, partner_id=PartnerId(3), goal=goal)
    open_dialog(qtbot, dialog)
    return dialog


def enter_kpi(qtbot: QtBot, dialog: GoalDialog, baseline: str, target: str) -> None:
    tick(qtbot, child(dialog, QGroupBox, "goalKpi"))
    qtbot.keyClicks(child(dialog, QLineEdit, "goalKpiBaseline"), baseline)
    qtbot.keyClicks(child(dialog, QLineEdit, "goalKpiTarget"), target)


def test_new_goal_is_saved_with_what_was_entered(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "goalTitle"), "Faster replies")
    qtbot.keyClicks(child(dialog, QLineEdit, "goalOwner"), "Anna")
    tick(qtbot, child(dialog, QCheckBox, "goalTargetDateSet"))
    child(dialog, QDateEdit, "goalTargetDate").setDate(QDate(2026, 9, 30))
    status = child(dialog, QComboBox, "goalStatus")
    status.setCurrentIndex(status.findData(GoalStatus.AT_RISK))
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "goalDescription"), "Within a day")
    enter_kpi(qtbot, dialog, "48", "24")
    qtbot.keyClicks(child(dialog, QLineEdit, "goalKpiUnit"), "hours")
    qtbot.keyClicks(child(dialog, QLineEdit, "goalKpiCurrent"), "30.5")

    click_save(qtbot, dialog)

    assert spy.received == [
        SharedGoal(
            id=None,
            partner_id=PartnerId(3),
            title="Faster replies",
            description="Within a day",
            owner="Anna",
            target_date=date(2026, 9, 30),
            status=GoalStatus.AT_RISK,
            kpi=Kpi("hours", Decimal("48"), Decimal("24"), Decimal("30.5")),
        )
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_goal_without_kpi_has_none(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "goalTitle"), "Meet monthly")

    click_save(qtbot, dialog)

    assert [(g.kpi, g.target_date) for g in spy.received] == [(None, None)]


def test_editing_shows_every_field_and_saves_it_unchanged(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)

    assert dialog.windowTitle() == "Edit Goal"
    assert child(dialog, QLineEdit, "goalTitle").text() == "Nachdruckquote halbieren"
    assert child(dialog, QLineEdit, "goalOwner").text() == "Anna Schäfer"
    assert child(dialog, QDateEdit, "goalTargetDate").date() == QDate(2026, 12, 31)
    assert child(dialog, QComboBox, "goalStatus").currentText() == "On track"
    assert child(dialog, QPlainTextEdit, "goalDescription").toPlainText() == ("Weniger Fehldrucke.")
    assert child(dialog, QGroupBox, "goalKpi").isChecked()
    assert child(dialog, QLineEdit, "goalKpiUnit").text() == "%"
    assert child(dialog, QLineEdit, "goalKpiBaseline").text() == "8"
    assert child(dialog, QLineEdit, "goalKpiTarget").text() == "4"
    assert child(dialog, QLineEdit, "goalKpiCurrent").text() == "6.5"

    click_save(qtbot, dialog)

    assert spy.received == [STORED]


def test_kpi_numbers_use_the_german_locale(qtbot: QtBot, german_locale: QLocale) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)
    assert child(dialog, QLineEdit, "goalKpiCurrent").text() == "6,5"
    current = child(dialog, QLineEdit, "goalKpiCurrent")
    current.selectAll()

    qtbot.keyClicks(current, "5,25")
    click_save(qtbot, dialog)

    [saved] = spy.received
    assert saved.kpi is not None
    assert saved.kpi.current == Decimal("5.25")


def test_empty_title_keeps_the_dialog_open_with_the_field_marked(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy)

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.isVisible()
    assert dialog.message == "Please enter a title."
    assert is_marked(child(dialog, QLineEdit, "goalTitle"))


def test_kpi_target_equal_to_baseline_is_refused(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "goalTitle"), "Steady")
    enter_kpi(qtbot, dialog, "10", "10")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message == "The KPI's target must differ from its baseline."
    assert is_marked(child(dialog, QLineEdit, "goalKpiTarget"))


def test_a_kpi_value_that_is_no_number_is_refused(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "goalTitle"), "Steady")
    enter_kpi(qtbot, dialog, "lots", "10")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message == "Please enter a number."
    assert is_marked(child(dialog, QLineEdit, "goalKpiBaseline"))


def test_a_kpi_needs_a_target(qtbot: QtBot) -> None:
    spy: SaveSpy[SharedGoal] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "goalTitle"), "Steady")
    enter_kpi(qtbot, dialog, "10", "")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert is_marked(child(dialog, QLineEdit, "goalKpiTarget"))
