"""The trash, driven like a person: delete through the main window, restore, empty."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.trash import TrashedItem
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.services.catalog import Services
from portfolio_app.ui.dialogs.trash_dialog import TrashDialog
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.models.trash_model import TrashColumn, TrashModel
from portfolio_app.ui.partner_detail_page import TAB_HISTORY
from tests.conftest import FIXED_NOW
from tests.ui.modal import press_button, while_modal

W = TypeVar("W", bound=QWidget)
EVIL = "<b>Fett</b> & <img src='file:///etc/passwd'>"
RECORD_KINDS = (ItemKind.CONTACT, ItemKind.AGREEMENT, ItemKind.GOAL, ItemKind.NOTE)


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.database.close()
    runtime.guard.release()


@pytest.fixture
def window(runtime: Runtime) -> MainWindow:
    return runtime.window


def add_filled_partner(runtime: Runtime, name: str) -> PartnerId:
    """A partner with a contact, an agreement, a goal and a note, shown in the window."""
    services = runtime.services
    created = services.partners.add_partner(Partner(None, name)).created
    assert created is not None
    partner_id = PartnerId(created.id)
    services.contacts.add(ContactPerson(None, partner_id, "Jürgen Weiß"))
    services.agreements.add(Agreement(None, partner_id, "Leasing Kopierer"))
    services.goals.add(SharedGoal(None, partner_id, "Druckkosten senken"))
    services.notes.add(CommunicationNote(None, partner_id, FIXED_NOW, "Jahresgespräch"))
    runtime.window.reload()
    runtime.window.select_partner(partner_id)
    return partner_id


def record_rows(window: MainWindow) -> dict[ItemKind, list[str]]:
    editors = window.detail.editors
    return {
        kind: editors.panel(kind).row_texts(2 if kind is ItemKind.NOTE else 0)
        for kind in RECORD_KINDS
    }


def db_count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        value = connection.execute(sql).fetchone()[0]
    assert isinstance(value, int)
    return value


def click_row(qtbot: QtBot, table: QTableView, title: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, TrashColumn.TITLE).data() == title:
            rect = table.visualRect(model.index(row, TrashColumn.TITLE))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no row {title!r}")


def open_trash(window: MainWindow, services: Services) -> None:
    TrashDialog.run(window, services, window.events)


# --- the whole story --------------------------------------------------------------------


def test_a_deleted_partner_comes_back_from_the_trash_with_all_its_records(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, db_path: Path
) -> None:
    add_filled_partner(runtime, "Alpha Marketing AG")
    add_filled_partner(runtime, "Kopierwerk Süd GmbH")
    assert window.detail.title_text == "Kopierwerk Süd GmbH"
    before = record_rows(window)
    assert all(before.values())

    while_modal(_child(window, QPushButton, "partnerDelete").click, press_button("Delete"))

    assert window.partner_list.visible_names() == ["Alpha Marketing AG"]
    assert window.detail.partner_id() is None
    seen: list[list[str]] = []

    def restore(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        assert modal.objectName() == "trashDialog"
        seen.append(modal.titles())
        assert not modal.restore_button.isEnabled()
        click_row(qtbot, modal.table, "Kopierwerk Süd GmbH")
        detail = _child(modal, QLabel, "trashDetail").text()
        assert "1 contact, 1 agreement, 1 goal, 1 note" in detail
        qtbot.mouseClick(modal.restore_button, Qt.MouseButton.LeftButton)
        assert modal.message.text() == "“Kopierwerk Süd GmbH” is back."
        assert modal.message.isVisible()
        assert modal.titles() == []
        qtbot.mouseClick(_child(modal, QPushButton, "trashClose"), Qt.MouseButton.LeftButton)

    while_modal(lambda: open_trash(window, runtime.services), restore)

    assert seen == [["Kopierwerk Süd GmbH"]]
    assert window.partner_list.visible_names() == ["Alpha Marketing AG", "Kopierwerk Süd GmbH"]
    assert window.detail.title_text == "Kopierwerk Süd GmbH"
    assert record_rows(window) == before
    window.detail.tabs.setCurrentIndex(TAB_HISTORY)
    whats = [what for _when, what, _changes in window.detail.history.row_texts()]
    assert whats[:2] == [
        "Partner “Kopierwerk Süd GmbH” restored from the trash",
        "Partner “Kopierwerk Süd GmbH” moved to the trash",
    ]
    assert db_count(db_path, "SELECT count(*) FROM partner WHERE deleted_at IS NOT NULL") == 0


def test_a_deleted_note_comes_back_to_its_partner(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    add_filled_partner(runtime, "Kopierwerk Süd GmbH")
    panel = window.detail.editors.panel(ItemKind.NOTE)
    panel.select(panel.records()[0].id)
    while_modal(panel.delete_button.click, press_button("Delete"))
    assert panel.records() == []

    def restore(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        click_row(qtbot, modal.table, "Jahresgespräch")
        assert _child(modal, QLabel, "trashDetail").text() == (
            "Restoring puts “Jahresgespräch” back at “Kopierwerk Süd GmbH”."
        )
        qtbot.mouseClick(modal.restore_button, Qt.MouseButton.LeftButton)
        modal.accept()

    while_modal(lambda: open_trash(window, runtime.services), restore)

    assert panel.row_texts(2) == ["Jahresgespräch"]


def test_a_partner_whose_name_was_taken_cannot_come_back_and_the_dialog_says_why(
    qtbot: QtBot, runtime: Runtime, window: MainWindow
) -> None:
    partner_id = add_filled_partner(runtime, "Kopierwerk Süd GmbH")
    runtime.services.notes.delete(runtime.services.partners.dossier(partner_id).notes[0].id or 0)
    while_modal(_child(window, QPushButton, "partnerDelete").click, press_button("Delete"))
    runtime.services.partners.add_partner(Partner(None, "KOPIERWERK SÜD GMBH"))
    messages: list[str] = []

    def try_restore(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        click_row(qtbot, modal.table, "Kopierwerk Süd GmbH")
        qtbot.mouseClick(modal.restore_button, Qt.MouseButton.LeftButton)
        messages.append(modal.message.text())
        assert modal.message.isVisible()
        assert modal.titles() == ["Kopierwerk Süd GmbH", "Jahresgespräch"]
        click_row(qtbot, modal.table, "Jahresgespräch")
        assert not modal.message.isVisible()
        modal.accept()

    while_modal(lambda: open_trash(window, runtime.services), try_restore)

    assert messages == [
        "“Kopierwerk Süd GmbH” cannot be restored: another partner has that name now. "
        "Rename that partner first, then restore again."
    ]
    assert len(runtime.services.trash.list_items()) == 2


def test_emptying_the_trash_after_confirmation_removes_it_from_the_database(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, db_path: Path
) -> None:
    add_filled_partner(runtime, "Kopierwerk Süd GmbH")
    while_modal(_child(window, QPushButton, "partnerDelete").click, press_button("Delete"))
    assert db_count(db_path, "SELECT count(*) FROM partner") == 1
    questions: list[str] = []
    after: list[list[str]] = []

    def press_empty(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        assert modal.empty_button.isEnabled()
        QTimer.singleShot(0, modal.empty_button.click)  # opens the confirmation

    def confirm(modal: QWidget) -> None:
        questions.append(modal.property("text") or "")
        press_button("Empty Trash")(modal)

    def check_and_close(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        after.append(modal.titles())
        assert _child(modal, QLabel, "trashEmptyState").isVisible()
        assert not modal.empty_button.isEnabled()
        modal.accept()

    while_modal(lambda: open_trash(window, runtime.services), press_empty, confirm, check_and_close)

    assert questions == ["Remove the item in the trash for good? This cannot be undone."]
    assert after == [[]]
    for table in ("partner", "contact_person", "agreement", "shared_goal", "communication_note"):
        assert db_count(db_path, f"SELECT count(*) FROM {table}") == 0, table


def test_cancelling_empty_trash_keeps_everything(
    qtbot: QtBot, runtime: Runtime, window: MainWindow, db_path: Path
) -> None:
    add_filled_partner(runtime, "Kopierwerk Süd GmbH")
    while_modal(_child(window, QPushButton, "partnerDelete").click, press_button("Delete"))

    def press_empty(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        QTimer.singleShot(0, modal.empty_button.click)

    def close(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        assert modal.titles() == ["Kopierwerk Süd GmbH"]
        modal.accept()

    while_modal(
        lambda: open_trash(window, runtime.services), press_empty, press_button("Cancel"), close
    )

    assert db_count(db_path, "SELECT count(*) FROM partner") == 1


# --- the dialog and its model on their own ----------------------------------------------

DELETED = datetime(2026, 11, 20, 9, 15, tzinfo=UTC)
ITEMS = [
    TrashedItem(
        ItemRef(ItemKind.PARTNER, 3),
        "Kopierwerk Süd GmbH",
        PartnerId(3),
        "Kopierwerk Süd GmbH",
        DELETED,
        contents=((ItemKind.CONTACT, 2), (ItemKind.NOTE, 1)),
    ),
    TrashedItem(
        ItemRef(ItemKind.NOTE, 8), EVIL, PartnerId(3), "Kopierwerk Süd GmbH", DELETED, True
    ),
]


def test_the_trash_model_satisfies_the_qt_model_contract(qtmodeltester: ModelTester) -> None:
    model = TrashModel()
    model.set_items(ITEMS)

    qtmodeltester.check(model)


def test_the_trash_model_shows_kind_item_partner_and_dates() -> None:
    model = TrashModel()
    model.set_items(ITEMS)

    row = [model.index(1, column).data() for column in TrashColumn]

    assert row[:3] == ["Note", EVIL, "Kopierwerk Süd GmbH"]
    assert model.index(0, TrashColumn.PARTNER).data() == ""
    assert model.index(0, TrashColumn.PURGED).data() == "20/12/2026"
    assert "&lt;img" in model.index(1, TrashColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_the_dialog_explains_what_restoring_a_selected_item_does(
    qtbot: QtBot, services: Services
) -> None:
    created = services.partners.add_partner(Partner(None, "Kopierwerk Süd GmbH")).created
    assert created is not None
    partner_id = PartnerId(created.id)
    services.contacts.add(ContactPerson(None, partner_id, "Anna"))
    services.contacts.add(ContactPerson(None, partner_id, "Bert"))
    note = services.notes.add(CommunicationNote(None, partner_id, FIXED_NOW, "Anruf")).created
    assert note is not None
    services.notes.delete(note.id)
    services.partners.delete_partner(partner_id)
    dialog = TrashDialog(services, AppEvents())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    detail = _child(dialog, QLabel, "trashDetail")

    dialog.select("Kopierwerk Süd GmbH")
    partner_text = detail.text()
    dialog.select("Anruf")
    note_text = detail.text()

    assert partner_text == "Restoring “Kopierwerk Süd GmbH” also brings back 2 contacts."
    assert note_text == (
        "“Anruf” belongs to “Kopierwerk Süd GmbH”, which is in the trash too. "
        "Restoring it restores “Kopierwerk Süd GmbH” as well."
    )
    assert dialog.restore_button.isEnabled()
    assert dialog.accessibleName() == "Trash"
