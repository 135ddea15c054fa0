"""The deadlines view and the partner list's next deadline, on a real database."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.runtime import Runtime
from portfolio_app.ui.deadlines_page import DeadlinesPage
from portfolio_app.ui.main_window import VIEW_DEADLINES, VIEW_OVERVIEW, VIEW_PARTNERS, MainWindow
from portfolio_app.ui.models.deadline_model import DeadlineColumn, DeadlineTableModel
from portfolio_app.ui.models.partner_table_model import PARTNER_NEXT_DEADLINE, PartnerTableModel
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.partner_detail_page import TAB_NOTES
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import TODAY, Portfolio, fill_portfolio, start, stop

EVIL = "<b>Fett</b> & <img src='x'>"
DEADLINES = [
    Deadline(
        date(2026, 11, 20),
        DeadlineKind.FOLLOW_UP,
        Urgency.OVERDUE,
        PartnerId(2),
        "Druckhaus Weiß GmbH",
        EVIL,
        ItemRef(ItemKind.NOTE, 5),
    ),
    Deadline(
        date(2026, 11, 30),
        DeadlineKind.NOTICE,
        Urgency.SOON,
        PartnerId(1),
        "Kopierwerk Süd GmbH",
        "Leasing Kopierer",
        ItemRef(ItemKind.AGREEMENT, 3),
        send_by=date(2026, 11, 25),
        deputy="Jana Kühn",
    ),
    Deadline(
        date(2027, 3, 1),
        DeadlineKind.RENEWAL,
        Urgency.LATER,
        PartnerId(1),
        "Kopierwerk Süd GmbH",
        "Leasing Kopierer",
        ItemRef(ItemKind.AGREEMENT, 3),
    ),
]


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def portfolio(runtime: Runtime) -> Portfolio:
    stored = fill_portfolio(runtime.services)
    runtime.window.reload()
    runtime.window.reminders.check()
    return stored


@pytest.fixture
def window(runtime: Runtime, portfolio: Portfolio) -> MainWindow:
    return runtime.window


def _deadlines_page(qtbot: QtBot, window: MainWindow) -> DeadlinesPage:
    action = window.findChild(QAction, "actionViewDeadlines")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: window.deadlines.isVisible())
    return window.deadlines


# ---- the model on its own


def test_deadline_model_keeps_the_qt_contract(qtmodeltester) -> None:
    model = DeadlineTableModel()
    model.set_deadlines(DEADLINES, TODAY)
    qtmodeltester.check(model)
    model.set_deadlines(DEADLINES[:1], TODAY)
    qtmodeltester.check(model)


def test_urgency_is_told_in_words_and_shapes_not_only_in_colour() -> None:
    model = DeadlineTableModel()
    model.set_deadlines(DEADLINES, TODAY)

    urgency = [model.index(row, DeadlineColumn.URGENCY).data() for row in range(3)]
    when = [model.index(row, DeadlineColumn.WHEN).data() for row in range(3)]

    assert urgency == ["● Overdue", "◐ Within 14 days", "○ Later"]
    assert when == ["9 days overdue", "tomorrow", "in 92 days"]
    overdue_colour = model.index(0, DeadlineColumn.DATE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue_colour, QColor)
    assert model.index(2, DeadlineColumn.DATE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, DeadlineColumn.DETAILS).data() == (
        "send by 25/11/2026 · deputy: Jana Kühn"
    )


def test_deadline_tooltips_show_user_text_literally() -> None:
    model = DeadlineTableModel()
    model.set_deadlines(DEADLINES, TODAY)

    tooltip = model.index(0, DeadlineColumn.ITEM).data(Qt.ItemDataRole.ToolTipRole)

    assert "&lt;b&gt;Fett&lt;/b&gt; &amp; &lt;img" in tooltip
    assert "<img" not in tooltip


# ---- the view in the window


def test_deadlines_view_lists_what_needs_attention_by_date_with_its_urgency(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _deadlines_page(qtbot, window)

    assert window.current_view() == VIEW_DEADLINES
    assert page.table.objectName() == "deadlinesView"
    assert page.horizon_days() == 90
    assert page.row_texts(DeadlineColumn.DATE) == ["31/10/2026", "20/11/2026", "30/11/2026"]
    assert page.row_texts(DeadlineColumn.KIND) == [
        "Goal past target date",
        "Follow-up due",
        "Last notice day",
    ]
    assert page.row_texts(DeadlineColumn.URGENCY) == [
        "● Overdue",
        "● Overdue",
        "◐ Within 14 days",
    ]
    assert page.row_texts(DeadlineColumn.ITEM) == [
        "Druckkosten senken",
        "Reklamation Visitenkarten",
        "Leasing Kopierer",
    ]


def test_a_longer_horizon_shows_later_deadlines_too(qtbot: QtBot, window: MainWindow) -> None:
    page = _deadlines_page(qtbot, window)

    page.horizon_combo.setCurrentIndex(page.horizon_combo.findData(180))

    assert page.row_texts(DeadlineColumn.DATE)[3:] == ["28/02/2027", "01/03/2027"]
    assert page.row_texts(DeadlineColumn.KIND)[3:] == ["Last notice day", "Renewal"]
    assert page.row_texts(DeadlineColumn.URGENCY)[3:] == ["○ Later", "○ Later"]


def test_activating_a_deadline_opens_its_item_in_the_partner_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _deadlines_page(qtbot, window)
    page.table.selectRow(page.row_texts(DeadlineColumn.KIND).index("Follow-up due"))
    opened: list[str] = []

    def read_and_cancel(modal: QWidget) -> None:
        assert modal.objectName() == "noteDialog"
        subject = modal.findChild(QLineEdit, "noteSubject")
        assert subject is not None
        opened.append(subject.text())
        cancel = modal.findChild(QPushButton, "dialogCancel")
        assert cancel is not None
        cancel.click()

    while_modal(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), read_and_cancel)

    assert opened == ["Reklamation Visitenkarten"]
    assert window.current_view() == VIEW_PARTNERS
    assert window.detail.title_text == "Druckhaus Weiß GmbH"
    assert window.detail.tabs.currentIndex() == TAB_NOTES


def test_an_agreement_deadline_opens_the_agreement_dialog(qtbot: QtBot, window: MainWindow) -> None:
    page = _deadlines_page(qtbot, window)
    page.table.selectRow(page.row_texts(DeadlineColumn.KIND).index("Last notice day"))
    titles: list[str] = []

    def read_and_cancel(modal: QWidget) -> None:
        assert modal.objectName() == "agreementDialog"
        title = modal.findChild(QLineEdit, "agreementTitle")
        assert title is not None
        titles.append(title.text())
        cancel = modal.findChild(QPushButton, "dialogCancel")
        assert cancel is not None
        cancel.click()

    while_modal(page.open_button.click, read_and_cancel)

    assert titles == ["Leasing Kopierer"]


def test_the_deadlines_view_follows_changes(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    page = _deadlines_page(qtbot, window)
    row = page.row_texts(DeadlineColumn.KIND).index("Follow-up due")
    deadline = page.table.model().index(row, 0).data(RECORD_ROLE)
    note = runtime.services.notes.get(deadline.ref.id)
    assert note.follow_up is not None
    done = dataclasses.replace(note.follow_up, done=True)

    changes = runtime.services.notes.update(dataclasses.replace(note, follow_up=done))
    window.events.changes_applied.emit(changes)

    assert "Follow-up due" not in page.row_texts(DeadlineColumn.KIND)


def test_ctrl_number_switches_between_overview_partners_and_deadlines(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == VIEW_DEADLINES

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == VIEW_PARTNERS

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == VIEW_OVERVIEW


# ---- the partner list


def test_partner_model_with_next_deadlines_keeps_the_qt_contract(qtmodeltester) -> None:
    model = PartnerTableModel()
    model.set_records([Partner(PartnerId(1), "Kopierwerk Süd"), Partner(PartnerId(2), "Zeta")])
    model.set_next_deadlines({PartnerId(1): DEADLINES[1]}, TODAY)
    qtmodeltester.check(model)

    assert model.index(0, PARTNER_NEXT_DEADLINE).data() == "◐ 30/11/2026"
    assert model.index(1, PARTNER_NEXT_DEADLINE).data() is None
    assert model.index(1, PARTNER_NEXT_DEADLINE).data(SORT_KEY_ROLE) == "9999-12-31"


def test_partner_list_shows_and_sorts_by_each_partners_next_deadline(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.partner_list
    table: QTableView = panel.table

    assert panel.visible_names() == ["Druckhaus Weiß GmbH", "Kopierwerk Süd GmbH"]
    assert panel.next_deadline_texts() == ["● 31/10/2026", "◐ 30/11/2026"]
    header = table.model().headerData(PARTNER_NEXT_DEADLINE, Qt.Orientation.Horizontal)
    assert header == "Next deadline"
    tooltip = table.model().index(1, PARTNER_NEXT_DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Last notice day: Leasing Kopierer" in tooltip

    table.sortByColumn(PARTNER_NEXT_DEADLINE, Qt.SortOrder.DescendingOrder)

    assert panel.visible_names() == ["Kopierwerk Süd GmbH", "Druckhaus Weiß GmbH"]
