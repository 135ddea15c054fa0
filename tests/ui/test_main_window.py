"""The main window on a real database, driven like a person: type, click, confirm."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import ItemKind
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.main_window import VIEW_PARTNERS, MainWindow
from portfolio_app.ui.partner_detail_page import TAB_AGREEMENTS, TAB_TIMELINE
from tests.conftest import FIXED_NOW
from tests.ui.dialogs.support import type_text
from tests.ui.modal import Interaction, press_button, while_modal

W = TypeVar("W", bound=QWidget)


def _child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def _start(qtbot: QtBot, path: Path, *, create: bool = True) -> Runtime:
    runtime = open_runtime(path, create=create, clock=lambda: FIXED_NOW)
    qtbot.addWidget(runtime.window)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    return runtime


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = _start(qtbot, db_path)
    yield runtime
    runtime.database.close()
    runtime.guard.release()


@pytest.fixture
def window(runtime: Runtime) -> MainWindow:
    return runtime.window


def _save(modal: QWidget) -> None:
    _child(modal, QPushButton, "dialogSave").click()


def _fill_partner(name: str, tags: str = "") -> Interaction:
    def interaction(modal: QWidget) -> None:
        assert modal.objectName() == "partnerDialog"
        type_text(_child(modal, QLineEdit, "partnerName"), name)
        if tags:
            type_text(_child(modal, QLineEdit, "partnerTags"), tags)
        _save(modal)

    return interaction


def _add_partner(qtbot: QtBot, window: MainWindow, name: str, tags: str = "") -> None:
    while_modal(window.new_partner_action.trigger, _fill_partner(name, tags))
    qtbot.waitUntil(lambda: name in window.partner_list.visible_names())


def _partner_rows(path: Path) -> list[tuple[str, ...]]:
    """Live partners (not in the trash)."""
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT name FROM partner WHERE deleted_at IS NULL ORDER BY name"
        ).fetchall()


def _trashed_partner_rows(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT name FROM partner WHERE deleted_at IS NOT NULL ORDER BY name"
        ).fetchall()


def test_a_new_database_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.showing_empty_state()
    assert window.objectName() == "mainWindow"


def test_creating_a_partner_through_the_dialog_lists_selects_and_stores_it(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    while_modal(window.empty_state.new_button.click, _fill_partner("Müller Druck GmbH"))

    assert not window.showing_empty_state()
    assert window.partner_list.visible_names() == ["Müller Druck GmbH"]
    assert window.detail.title_text == "Müller Druck GmbH"
    assert _partner_rows(db_path) == [("Müller Druck GmbH",)]
    assert "Saved" in window.statusBar().currentMessage()


def test_invalid_partner_input_keeps_the_dialog_open_with_a_message(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    seen: list[str] = []

    def try_empty_then_cancel(modal: QWidget) -> None:
        _save(modal)
        assert modal.isVisible()
        seen.append(_child(modal, QLabel, "dialogMessage").text())
        assert _child(modal, QLineEdit, "partnerName").property("invalid")
        _child(modal, QPushButton, "dialogCancel").click()

    while_modal(window.new_partner_action.trigger, try_empty_then_cancel)

    assert seen == ["Please enter the partner's name."]
    assert _partner_rows(db_path) == []
    assert window.showing_empty_state()


def test_a_duplicate_name_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    seen: list[str] = []

    def duplicate(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "partnerName"), "ALPHA marketing ag")
        _save(modal)
        seen.append(_child(modal, QLabel, "dialogMessage").text())
        _child(modal, QPushButton, "dialogCancel").click()

    while_modal(window.new_partner_action.trigger, duplicate)

    assert seen == ["There already is a partner with this name."]
    assert _partner_rows(db_path) == [("Alpha Marketing AG",)]


def test_search_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    for name in ("Alpha Marketing AG", "Druckhaus Weiß", "IT-Systemhaus Berg"):
        _add_partner(qtbot, window, name)

    window.find_action.trigger()
    assert window.focusWidget() is window.partner_list.search_edit
    qtbot.keyClicks(window.focusWidget(), "druck")

    assert window.partner_list.visible_names() == ["Druckhaus Weiß"]


def test_selecting_a_partner_shows_its_detail(qtbot: QtBot, window: MainWindow) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG", tags="kritisch")
    _add_partner(qtbot, window, "Beta Reinigung GmbH")
    table = window.partner_list.table
    rect = table.visualRect(table.model().index(0, 0))

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.detail.title_text == "Alpha Marketing AG"
    assert window.detail.overview.field_text("tags") == "kritisch"


def test_agreement_goal_and_note_appear_in_detail_and_timeline(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Kopierwerk Süd GmbH")

    def agreement(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "agreementTitle"), "Leasing Kopierer")
        qtbot.keyClicks(_child(modal, QLineEdit, "agreementValue"), "249.90")
        _save(modal)

    def goal(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "goalTitle"), "Druckkosten senken")
        _save(modal)

    def note(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "noteSubject"), "Jahresgespräch")
        type_text(_child(modal, QPlainTextEdit, "noteBody"), "Neue Geräte ab März.")
        _save(modal)

    editors = window.detail.editors
    while_modal(editors.panel(ItemKind.AGREEMENT).add_button.click, agreement)
    while_modal(editors.panel(ItemKind.GOAL).add_button.click, goal)
    while_modal(editors.panel(ItemKind.NOTE).add_button.click, note)

    assert editors.panel(ItemKind.AGREEMENT).row_texts() == ["Leasing Kopierer"]
    assert editors.panel(ItemKind.GOAL).row_texts() == ["Druckkosten senken"]
    assert editors.panel(ItemKind.NOTE).row_texts(2) == ["Jahresgespräch"]
    assert window.detail.tabs.tabText(TAB_AGREEMENTS) == "Agreements (1)"
    window.show_view(VIEW_PARTNERS)
    window.detail.tabs.setCurrentIndex(TAB_TIMELINE)
    qtbot.waitUntil(lambda: window.detail.timeline.canvas.width() > 300)
    titles = window.detail.timeline.visible_titles()
    assert any("Jahresgespräch" in title for title in titles)
    assert any("Druckkosten senken" in title for title in titles)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT title, value_minor FROM agreement").fetchall() == [
            ("Leasing Kopierer", 24990)
        ]
        assert connection.execute("SELECT subject, body FROM communication_note").fetchall() == [
            ("Jahresgespräch", "Neue Geräte ab März.")
        ]


def test_activating_a_timeline_entry_opens_its_item(qtbot: QtBot, window: MainWindow) -> None:
    _add_partner(qtbot, window, "Kopierwerk Süd GmbH")

    def note(modal: QWidget) -> None:
        qtbot.keyClicks(_child(modal, QLineEdit, "noteSubject"), "Kick-off")
        _save(modal)

    while_modal(window.detail.editors.panel(ItemKind.NOTE).add_button.click, note)
    window.show_view(VIEW_PARTNERS)
    window.detail.tabs.setCurrentIndex(TAB_TIMELINE)
    canvas = window.detail.timeline.canvas
    qtbot.waitUntil(lambda: canvas.width() > 300)
    (note_item,) = canvas.visible_items()
    position = canvas.item_position(note_item.ref)
    assert position is not None
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=position.toPoint())
    opened: list[str] = []

    def check_and_cancel(modal: QWidget) -> None:
        opened.append(_child(modal, QLineEdit, "noteSubject").text())
        _child(modal, QPushButton, "dialogCancel").click()

    while_modal(lambda: qtbot.keyClick(canvas, Qt.Key.Key_Return), check_and_cancel)

    assert opened == ["Kick-off"]


def test_a_bad_agreement_keeps_its_dialog_open(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Kopierwerk Süd GmbH")
    messages: list[str] = []

    def negative_then_cancel(modal: QWidget) -> None:
        qtbot.keyClicks(_child(modal, QLineEdit, "agreementTitle"), "Wartung")
        qtbot.keyClicks(_child(modal, QLineEdit, "agreementValue"), "-5")
        _save(modal)
        messages.append(_child(modal, QLabel, "dialogMessage").text())
        assert modal.isVisible()
        _child(modal, QPushButton, "dialogCancel").click()

    while_modal(
        window.detail.editors.panel(ItemKind.AGREEMENT).add_button.click, negative_then_cancel
    )

    assert messages == ["The amount cannot be negative."]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM agreement").fetchone() == (0,)


def test_deleting_a_partner_asks_first_and_cancel_keeps_it(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    questions: list[str] = []

    def read_and_cancel(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        questions.append(modal.text())
        press_button("Cancel")(modal)

    while_modal(_child(window, QPushButton, "partnerDelete").click, read_and_cancel)

    assert "Alpha Marketing AG" in questions[0]
    assert "trash" in questions[0]
    assert _partner_rows(db_path) == [("Alpha Marketing AG",)]


def test_deleting_a_partner_after_confirmation_moves_it_to_the_trash(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    _add_partner(qtbot, window, "Beta Reinigung GmbH")
    assert window.detail.title_text == "Beta Reinigung GmbH"

    while_modal(_child(window, QPushButton, "partnerDelete").click, press_button("Delete"))

    assert window.partner_list.visible_names() == ["Alpha Marketing AG"]
    assert _partner_rows(db_path) == [("Alpha Marketing AG",)]
    assert _trashed_partner_rows(db_path) == [("Beta Reinigung GmbH",)]
    assert window.detail.partner_id() is None


def test_deleting_a_note_asks_and_moves_only_that_note_to_the_trash(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    panel = window.detail.editors.panel(ItemKind.NOTE)
    for subject in ("Kick-off", "Review"):

        def note(modal: QWidget, subject: str = subject) -> None:
            qtbot.keyClicks(_child(modal, QLineEdit, "noteSubject"), subject)
            _save(modal)

        while_modal(panel.add_button.click, note)
    panel.select(panel.records()[0].id)
    doomed = panel.records()[0].subject

    while_modal(panel.delete_button.click, press_button("Delete"))

    with sqlite3.connect(db_path) as connection:
        left = connection.execute(
            "SELECT subject FROM communication_note WHERE deleted_at IS NULL"
        ).fetchall()
        trashed = connection.execute(
            "SELECT subject FROM communication_note WHERE deleted_at IS NOT NULL"
        ).fetchall()
    assert len(left) == 1
    assert left[0][0] != doomed
    assert trashed == [(doomed,)]
    assert panel.row_texts(2) == [left[0][0]]


def test_restart_shows_the_same_data(qtbot: QtBot, db_path: Path) -> None:
    first = _start(qtbot, db_path)
    _add_partner(qtbot, first.window, "Müller Druck GmbH", tags="regional")

    def contact(modal: QWidget) -> None:
        type_text(_child(modal, QLineEdit, "contactName"), "Jürgen Weiß")
        qtbot.keyClicks(_child(modal, QLineEdit, "contactEmail"), "j.weiss@mueller-druck.de")
        _child(modal, QCheckBox, "contactPrimary").setChecked(True)
        _save(modal)

    while_modal(first.window.detail.editors.panel(ItemKind.CONTACT).add_button.click, contact)
    first.window.close()
    first.database.close()
    first.guard.release()

    second = _start(qtbot, db_path, create=False)
    second.window.partner_list.table.selectRow(0)

    assert second.window.partner_list.visible_names() == ["Müller Druck GmbH"]
    assert second.window.detail.editors.panel(ItemKind.CONTACT).row_texts() == ["Jürgen Weiß"]
    assert second.window.detail.overview.field_text("tags") == "regional"
    second.database.close()
    second.guard.release()


def test_tab_leaves_the_partner_list_instead_of_walking_its_cells(
    qtbot: QtBot, window: MainWindow
) -> None:
    from portfolio_app.ui.main_window import VIEW_PARTNERS

    _add_partner(qtbot, window, "Müller Druck GmbH")
    window.show_view(VIEW_PARTNERS)
    window.activateWindow()
    table = window.partner_list.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)

    qtbot.keyClick(table, Qt.Key.Key_Tab)

    assert not table.hasFocus()
