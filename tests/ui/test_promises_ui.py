"""The promises tab in the partner view, meeting notes that yield promises, the deadlines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import ItemKind, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.runtime import Runtime
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.models.deadline_model import DeadlineColumn
from portfolio_app.ui.partner_detail_page import TAB_PROMISES
from tests.conftest import FIXED_NOW
from tests.ui.dialogs.support import type_text
from tests.ui.modal import press_button, while_modal
from tests.ui.portfolio_support import TODAY, start, stop

W = TypeVar("W", bound=QWidget)


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def partner_id(runtime: Runtime) -> PartnerId:
    created = runtime.services.partners.add_partner(Partner(None, "Kopierwerk Süd GmbH")).created
    assert created is not None
    partner_id = PartnerId(created.id)
    runtime.window.reload()
    runtime.window.select_partner(partner_id)
    return partner_id


@pytest.fixture
def window(runtime: Runtime, partner_id: PartnerId) -> MainWindow:
    window = runtime.window
    window.detail.tabs.setCurrentIndex(TAB_PROMISES)
    return window


def save(modal: QWidget) -> None:
    child(modal, QPushButton, "dialogSave").click()


def save_later(modal: QWidget) -> None:
    """Press Save once this interaction has returned, so that a nested modal can be met."""
    QTimer.singleShot(0, child(modal, QPushButton, "dialogSave").click)


def test_a_promise_entered_in_the_dialog_shows_in_the_tab_and_is_stored(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    panel = window.detail.editors.panel(ItemKind.PROMISE)

    def enter(modal: QWidget) -> None:
        assert modal.objectName() == "promiseDialog"
        direction = child(modal, QComboBox, "promiseDirection")
        direction.setCurrentIndex(direction.findData(PromiseDirection.THEY_OWE))
        type_text(child(modal, QLineEdit, "promiseText"), "Prüfbericht schicken")
        type_text(child(modal, QLineEdit, "promiseOwner"), "Jürgen Weiß")
        qtbot.mouseClick(child(modal, QCheckBox, "promiseDueSet"), Qt.MouseButton.LeftButton)
        child(modal, QDateEdit, "promiseDue").setDate(QDate(2026, 11, 20))
        save(modal)

    while_modal(panel.add_button.click, enter)

    assert window.detail.tabs.tabText(TAB_PROMISES) == "Promises (1)"
    assert panel.row_texts(0) == ["They owe us"]
    assert panel.row_texts(1) == ["Prüfbericht schicken"]
    assert panel.row_texts(2) == ["Jürgen Weiß"]
    assert panel.row_texts(4) == ["Open"]
    [stored] = runtime.services.promises.for_partner(partner_id)
    assert (stored.text, stored.owner, stored.due, stored.direction) == (
        "Prüfbericht schicken",
        "Jürgen Weiß",
        date(2026, 11, 20),
        PromiseDirection.THEY_OWE,
    )


def test_mark_kept_changes_the_state_on_screen_and_in_the_database(
    runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    created = runtime.services.promises.add(
        Promise(None, partner_id, "Angebot schicken", due=TODAY - timedelta(days=2))
    ).created
    assert created is not None
    window.detail.show_partner(partner_id)
    panel = window.detail.editors.panel(ItemKind.PROMISE)
    button = window.detail.editors.promise_actions.mark_kept_button
    panel.select(created.id)

    button.click()

    assert panel.row_texts(4) == ["Kept"]
    assert runtime.services.promises.get(created.id).state is PromiseState.KEPT
    assert not button.isEnabled()  # a kept promise cannot be kept again


def test_an_overdue_promise_is_red_and_lowers_the_health(
    runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    before = runtime.services.health.for_partner(partner_id).score
    for days in (1, 5):
        runtime.services.promises.add(
            Promise(None, partner_id, f"Late {days}", due=TODAY - timedelta(days=days))
        )
    window.detail.show_partner(partner_id)

    panel = window.detail.editors.panel(ItemKind.PROMISE)
    colour = panel.table.model().index(0, 3).data(Qt.ItemDataRole.ForegroundRole)

    assert colour is not None
    assert colour.name() == "#b91c1c"
    assert runtime.services.health.for_partner(partner_id).score == before - 10


def test_a_meeting_note_with_action_items_turns_them_into_linked_promises(
    runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    notes = window.detail.editors.panel(ItemKind.NOTE)

    def write_note(modal: QWidget) -> None:
        assert modal.objectName() == "noteDialog"
        type_text(child(modal, QLineEdit, "noteSubject"), "Jahresgespräch")
        child(modal, QPushButton, "noteMeetingTemplate").click()
        body = child(modal, QPlainTextEdit, "noteBody")
        text = body.toPlainText()
        body.setPlainText(
            text + "Angebot schicken @Jürgen bis 15.12.2026\n- Zahlen liefern @Zoë due 2026-12-01"
        )
        save_later(modal)

    def choose(modal: QWidget) -> None:
        assert modal.objectName() == "actionItemsDialog"
        assert child(modal, QLineEdit, "actionItemOwner0").text() == "Jürgen"
        direction = child(modal, QComboBox, "actionItemDirection1")
        direction.setCurrentIndex(direction.findData(PromiseDirection.THEY_OWE))
        child(modal, QPushButton, "actionItemsCreate").click()

    while_modal(notes.add_button.click, write_note, choose)

    [note] = runtime.services.partners.dossier(partner_id).notes
    promises = runtime.services.promises.for_partner(partner_id)
    assert [(p.text, p.owner, p.due, p.direction, p.note_id) for p in promises] == [
        ("Zahlen liefern", "Zoë", date(2026, 12, 1), PromiseDirection.THEY_OWE, note.id),
        ("Angebot schicken", "Jürgen", date(2026, 12, 15), PromiseDirection.WE_OWE, note.id),
    ]
    assert window.detail.tabs.tabText(TAB_PROMISES) == "Promises (2)"


def test_editing_a_note_offers_only_new_action_items(
    runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    body = "Action items\n- Old item"
    created = runtime.services.notes.add(
        CommunicationNote(None, partner_id, FIXED_NOW, "Review", body=body)
    ).created
    assert created is not None
    window.detail.show_partner(partner_id)
    notes = window.detail.editors.panel(ItemKind.NOTE)
    notes.select(created.id)
    offered: list[str] = []

    def add_item(modal: QWidget) -> None:
        child(modal, QPlainTextEdit, "noteBody").setPlainText(body + "\n- New item @Lea")
        save_later(modal)

    def read(modal: QWidget) -> None:
        offered.append(child(modal, QLineEdit, "actionItemText0").text())
        assert modal.findChild(QLineEdit, "actionItemText1") is None
        child(modal, QPushButton, "actionItemsCreate").click()

    while_modal(notes.edit_button.click, add_item, read)

    assert offered == ["New item"]
    assert [p.owner for p in runtime.services.promises.for_partner(partner_id)] == ["Lea"]


def test_promise_from_note_is_prefilled_with_the_subject_and_linked(
    runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    created = runtime.services.notes.add(
        CommunicationNote(None, partner_id, FIXED_NOW, "Rückruf zusagen")
    ).created
    assert created is not None
    window.detail.show_partner(partner_id)
    window.detail.editors.panel(ItemKind.NOTE).select(created.id)

    def check_and_save(modal: QWidget) -> None:
        assert modal.objectName() == "promiseDialog"
        assert child(modal, QLineEdit, "promiseText").text() == "Rückruf zusagen"
        save(modal)

    while_modal(window.detail.editors.promise_actions.from_note_button.click, check_and_save)

    [promise] = runtime.services.promises.for_partner(partner_id)
    assert (promise.text, promise.note_id) == ("Rückruf zusagen", created.id)


def test_open_promises_appear_on_the_deadlines_page(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    runtime.services.promises.add(
        Promise(None, partner_id, "Angebot schicken", due=TODAY + timedelta(days=3))
    )
    runtime.services.promises.add(
        Promise(
            None,
            partner_id,
            "Zahlen liefern",
            due=TODAY + timedelta(days=4),
            direction=PromiseDirection.THEY_OWE,
        )
    )
    window.reload()
    action = window.findChild(QAction, "actionViewDeadlines")
    assert action is not None

    action.trigger()
    qtbot.waitUntil(lambda: window.deadlines.isVisible())

    page = window.deadlines
    rows = list(
        zip(page.row_texts(DeadlineColumn.KIND), page.row_texts(DeadlineColumn.ITEM), strict=True)
    )
    assert rows == [("We owe", "Angebot schicken"), ("They owe", "Zahlen liefern")]


def test_activating_a_promise_deadline_opens_the_promise(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    runtime.services.promises.add(
        Promise(None, partner_id, "Angebot schicken", due=TODAY - timedelta(days=1))
    )
    window.reload()
    action = window.findChild(QAction, "actionViewDeadlines")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: window.deadlines.isVisible())
    page = window.deadlines
    page.table.selectRow(page.row_texts(DeadlineColumn.KIND).index("We owe"))
    opened: list[str] = []

    def read_and_cancel(modal: QWidget) -> None:
        assert modal.objectName() == "promiseDialog"
        opened.append(child(modal, QLineEdit, "promiseText").text())
        child(modal, QPushButton, "dialogCancel").click()

    while_modal(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), read_and_cancel)

    assert opened == ["Angebot schicken"]
    assert window.detail.tabs.currentIndex() == TAB_PROMISES


def test_a_deleted_promise_is_named_in_the_history(
    runtime: Runtime, window: MainWindow, partner_id: PartnerId
) -> None:
    created = runtime.services.promises.add(Promise(None, partner_id, "Angebot schicken")).created
    assert created is not None
    window.detail.show_partner(partner_id)
    panel = window.detail.editors.panel(ItemKind.PROMISE)
    panel.select(created.id)

    while_modal(panel.delete_button.click, press_button("Delete"))

    assert panel.row_texts(1) == []
    headlines = [what for _when, what, _changes in window.detail.history.row_texts()]
    assert headlines[:2] == [
        "Promise “Angebot schicken” moved to the trash",
        "Promise “Angebot schicken” added",
    ]
    assert [item.title for item in runtime.services.trash.list_items()] == ["Angebot schicken"]
