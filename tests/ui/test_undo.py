"""Edit › Undo / Redo on a real database: edit as a person would, then Ctrl+Z and redo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Decision
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise
from portfolio_app.runtime import Runtime
from portfolio_app.ui.dialogs.decision_dialog import DecisionDialog
from portfolio_app.ui.dialogs.trash_dialog import TrashDialog
from portfolio_app.ui.main_window import VIEW_PARTNERS, MainWindow
from portfolio_app.ui.partner_detail_page import TAB_AGREEMENTS, TAB_GOALS
from tests.conftest import FIXED_NOW
from tests.ui.dialogs.support import child, type_text
from tests.ui.modal import Interaction, press_button, while_modal
from tests.ui.portfolio_support import Portfolio, fill_portfolio, start, stop


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    runtime.window.activateWindow()
    yield runtime
    stop(runtime)


@pytest.fixture
def window(runtime: Runtime) -> MainWindow:
    return runtime.window


# ---- helpers: keys, menu texts, database rows


def _press(qtbot: QtBot, window: MainWindow, sequence: QKeySequence) -> None:
    combination = sequence[0]  # type: ignore[index]  # the stubs miss __getitem__
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())


def _undo(qtbot: QtBot, window: MainWindow) -> None:
    _press(qtbot, window, QKeySequence("Ctrl+Z"))


def _redo(qtbot: QtBot, window: MainWindow, which: int = 0) -> None:
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    _press(qtbot, window, bindings[which % len(bindings)])


def _undo_text(window: MainWindow) -> str:
    return window.undo_history.undo_action.text().replace("&", "")


def _redo_text(window: MainWindow) -> str:
    return window.undo_history.redo_action.text().replace("&", "")


def _rows(path: Path, sql: str, *arguments: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return [tuple(row) for row in connection.execute(sql, arguments).fetchall()]


def _live_partners(path: Path) -> list[tuple[object, ...]]:
    return _rows(path, "SELECT id, name FROM partner WHERE deleted_at IS NULL ORDER BY name")


def _save(modal: QWidget) -> None:
    child(modal, QPushButton, "dialogSave").click()


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def _fill(qtbot: QtBot, field: str, text: str) -> Interaction:
    def interaction(modal: QWidget) -> None:
        _retype(qtbot, child(modal, QLineEdit, field), text)
        _save(modal)

    return interaction


def _add_partner(qtbot: QtBot, window: MainWindow, name: str) -> None:
    while_modal(window.new_partner_action.trigger, _fill(qtbot, "partnerName", name))
    qtbot.waitUntil(lambda: name in window.partner_list.visible_names())


# ---- partners


def test_menu_has_undo_and_redo_with_the_platform_shortcuts(window: MainWindow) -> None:
    history = window.undo_history
    edit_menu = next(
        menu
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "Edit" and isinstance(menu := action.menu(), QMenu)
    )
    assert history.undo_action in edit_menu.actions()
    assert history.redo_action in edit_menu.actions()
    assert QKeySequence(QKeySequence.StandardKey.Undo) in history.undo_action.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Redo) in history.redo_action.shortcuts()
    assert not history.undo_action.isEnabled()
    assert _undo_text(window) == "Undo"


def test_adding_a_partner_is_undone_and_redone_with_the_same_id(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Müller Druck GmbH")
    ((partner_id, _name),) = _live_partners(db_path)
    assert _undo_text(window) == "Undo Add Partner “Müller Druck GmbH”"

    _undo(qtbot, window)

    assert _live_partners(db_path) == []
    assert window.showing_empty_state()
    assert _redo_text(window) == "Redo Add Partner “Müller Druck GmbH”"

    _redo(qtbot, window)

    assert _live_partners(db_path) == [(partner_id, "Müller Druck GmbH")]
    assert window.partner_list.visible_names() == ["Müller Druck GmbH"]
    assert window.detail.title_text == "Müller Druck GmbH"


def test_editing_a_partner_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    while_modal(
        child(window, QPushButton, "partnerEdit").click,
        _fill(qtbot, "partnerName", "Alpha Kommunikation AG"),
    )
    assert window.detail.title_text == "Alpha Kommunikation AG"
    assert _undo_text(window) == "Undo Edit Partner “Alpha Kommunikation AG”"

    _undo(qtbot, window)

    assert [name for _id, name in _live_partners(db_path)] == ["Alpha Marketing AG"]
    assert window.partner_list.visible_names() == ["Alpha Marketing AG"]
    assert window.detail.title_text == "Alpha Marketing AG"

    _redo(qtbot, window, 1)

    assert [name for _id, name in _live_partners(db_path)] == ["Alpha Kommunikation AG"]
    assert window.detail.title_text == "Alpha Kommunikation AG"


def test_undoing_a_partner_delete_brings_it_back_with_all_its_records(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    portfolio = fill_portfolio(runtime.services)
    window = runtime.window
    window.reload()
    window.show_view(VIEW_PARTNERS)
    window.select_partner(portfolio.kopierwerk)
    agreements = window.detail.editors.panel(ItemKind.AGREEMENT).row_texts()
    assert agreements

    while_modal(child(window, QPushButton, "partnerDelete").click, press_button("Delete"))
    assert "Kopierwerk Süd GmbH" not in window.partner_list.visible_names()
    assert _undo_text(window) == "Undo Delete Partner “Kopierwerk Süd GmbH”"

    _undo(qtbot, window)

    assert (portfolio.kopierwerk, "Kopierwerk Süd GmbH") in _live_partners(db_path)
    assert window.detail.partner_id() == portfolio.kopierwerk
    assert window.detail.editors.panel(ItemKind.AGREEMENT).row_texts() == agreements
    assert _rows(
        db_path, "SELECT count(*) FROM agreement WHERE partner_id = ?", portfolio.kopierwerk
    ) == [(len(agreements),)]

    _redo(qtbot, window)

    assert (portfolio.kopierwerk, "Kopierwerk Süd GmbH") not in _live_partners(db_path)
    assert "Kopierwerk Süd GmbH" not in window.partner_list.visible_names()


# ---- records of a partner


@dataclass(frozen=True)
class _Kind:
    kind: ItemKind
    name: str
    field: str
    attribute: str
    table: str
    column: str


KINDS = [
    _Kind(ItemKind.CONTACT, "Contact", "contactName", "name", "contact_person", "name"),
    _Kind(ItemKind.AGREEMENT, "Agreement", "agreementTitle", "title", "agreement", "title"),
    _Kind(ItemKind.GOAL, "Goal", "goalTitle", "title", "shared_goal", "title"),
    _Kind(ItemKind.NOTE, "Note", "noteSubject", "subject", "communication_note", "subject"),
    _Kind(ItemKind.PROMISE, "Promise", "promiseText", "text", "promises", "text"),
]


def _shown(window: MainWindow, spec: _Kind) -> list[str]:
    panel = window.detail.editors.panel(spec.kind)
    return sorted(getattr(record, spec.attribute) for record in panel.records())


def _stored(path: Path, spec: _Kind) -> list[str]:
    rows = _rows(path, f"SELECT {spec.column} FROM {spec.table} WHERE deleted_at IS NULL")
    return sorted(str(row[0]) for row in rows)


@pytest.mark.parametrize("spec", KINDS, ids=lambda spec: spec.name)
def test_add_edit_and_delete_of_a_record_are_undone_and_redone(
    qtbot: QtBot, window: MainWindow, db_path: Path, spec: _Kind
) -> None:
    _add_partner(qtbot, window, "Kopierwerk Süd GmbH")
    panel = window.detail.editors.panel(spec.kind)

    while_modal(panel.add_button.click, _fill(qtbot, spec.field, "Leasing"))
    assert _stored(db_path, spec) == ["Leasing"]
    assert _undo_text(window) == f"Undo Add {spec.name} “Leasing”"
    _undo(qtbot, window)
    assert _stored(db_path, spec) == []
    assert _shown(window, spec) == []
    _redo(qtbot, window)
    assert _stored(db_path, spec) == ["Leasing"]
    assert _shown(window, spec) == ["Leasing"]

    panel.select(panel.records()[0].id)
    while_modal(panel.edit_button.click, _fill(qtbot, spec.field, "Wartung"))
    assert _stored(db_path, spec) == ["Wartung"]
    assert _undo_text(window) == f"Undo Edit {spec.name} “Wartung”"
    _undo(qtbot, window)
    assert _stored(db_path, spec) == ["Leasing"]
    assert _shown(window, spec) == ["Leasing"]
    _redo(qtbot, window)
    assert _stored(db_path, spec) == ["Wartung"]
    assert _shown(window, spec) == ["Wartung"]

    panel.select(panel.records()[0].id)
    while_modal(panel.delete_button.click, press_button("Delete"))
    assert _stored(db_path, spec) == []
    assert _undo_text(window) == f"Undo Delete {spec.name} “Wartung”"
    _undo(qtbot, window)
    assert _stored(db_path, spec) == ["Wartung"]
    assert _shown(window, spec) == ["Wartung"]
    _redo(qtbot, window)
    assert _stored(db_path, spec) == []
    assert _shown(window, spec) == []


def test_three_edits_are_undone_in_reverse_order(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    contacts = KINDS[0]
    panel = window.detail.editors.panel(ItemKind.CONTACT)
    while_modal(panel.add_button.click, _fill(qtbot, "contactName", "Jana Kühn"))
    while_modal(
        child(window, QPushButton, "partnerEdit").click,
        _fill(qtbot, "partnerName", "Alpha Kommunikation AG"),
    )

    _undo(qtbot, window)
    assert [name for _id, name in _live_partners(db_path)] == ["Alpha Marketing AG"]
    assert _stored(db_path, contacts) == ["Jana Kühn"]
    _undo(qtbot, window)
    assert _stored(db_path, contacts) == []
    assert [name for _id, name in _live_partners(db_path)] == ["Alpha Marketing AG"]
    _undo(qtbot, window)
    assert _live_partners(db_path) == []
    assert not window.undo_history.undo_action.isEnabled()

    for _ in range(3):
        _redo(qtbot, window)
    assert [name for _id, name in _live_partners(db_path)] == ["Alpha Kommunikation AG"]
    assert _stored(db_path, contacts) == ["Jana Kühn"]


# ---- state changes


def _kopierwerk(qtbot: QtBot, runtime: Runtime) -> Portfolio:
    portfolio = fill_portfolio(runtime.services)
    runtime.window.reload()
    runtime.window.show_view(VIEW_PARTNERS)
    runtime.window.select_partner(portfolio.kopierwerk)
    return portfolio


def test_marking_a_promise_kept_is_undone(qtbot: QtBot, runtime: Runtime, db_path: Path) -> None:
    portfolio = _kopierwerk(qtbot, runtime)
    runtime.services.promises.add(Promise(None, portfolio.kopierwerk, "Angebot schicken"))
    runtime.window.select_partner(portfolio.druckhaus)
    runtime.window.select_partner(portfolio.kopierwerk)
    editors = runtime.window.detail.editors
    panel = editors.panel(ItemKind.PROMISE)
    panel.select(panel.records()[0].id)

    editors.promise_actions.mark_kept_button.click()

    assert _rows(db_path, "SELECT state FROM promises") == [("kept",)]
    assert _undo_text(runtime.window) == "Undo Change State of Promise “Angebot schicken”"
    _undo(qtbot, runtime.window)
    assert _rows(db_path, "SELECT state FROM promises") == [("open",)]
    assert panel.records()[0].state.value == "open"
    _redo(qtbot, runtime.window)
    assert _rows(db_path, "SELECT state FROM promises") == [("kept",)]


RESOLUTION = "SELECT resolution FROM communication_note WHERE id = ?"


def test_resolving_a_misunderstanding_is_undone(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    portfolio = _kopierwerk(qtbot, runtime)
    changes = runtime.services.notes.add(
        CommunicationNote(
            None, portfolio.kopierwerk, FIXED_NOW, "Rechnung März", misunderstanding=True
        )
    )
    runtime.window.select_partner(portfolio.druckhaus)
    runtime.window.select_partner(portfolio.kopierwerk)
    assert changes.created is not None
    note_id = changes.created.id

    def resolve(modal: QWidget) -> None:
        type_text(child(modal, QPlainTextEdit, "resolveText"), "Gutschrift erhalten")
        _save(modal)

    while_modal(lambda: runtime.window.detail.resolve_misunderstanding(note_id), resolve)

    assert _rows(db_path, RESOLUTION, note_id) == [("Gutschrift erhalten",)]
    assert _undo_text(runtime.window) == "Undo Resolve Misunderstanding “Rechnung März”"
    _undo(qtbot, runtime.window)
    assert _rows(db_path, RESOLUTION, note_id) in ([("",)], [(None,)])
    _redo(qtbot, runtime.window)
    assert _rows(db_path, RESOLUTION, note_id) == [("Gutschrift erhalten",)]


def test_an_agreement_decision_is_undone(qtbot: QtBot, runtime: Runtime, db_path: Path) -> None:
    portfolio = _kopierwerk(qtbot, runtime)
    window = runtime.window
    window.detail.tabs.setCurrentIndex(TAB_AGREEMENTS)
    window.detail.editors.panel(ItemKind.AGREEMENT).select(portfolio.leasing)
    sql = "SELECT status, decision FROM agreement WHERE id = ?"
    before = _rows(db_path, sql, portfolio.leasing)

    def renegotiate(modal: QWidget) -> None:
        assert isinstance(modal, DecisionDialog)
        modal.choose(Decision.RENEGOTIATE)
        type_text(child(modal, QPlainTextEdit, "decisionReasons"), "Preis senken")
        _save(modal)

    while_modal(window.detail.editors.act_button.click, renegotiate)

    assert _rows(db_path, sql, portfolio.leasing) == [("active", "renegotiate")]
    assert _undo_text(window) == "Undo Record Decision on Agreement “Leasing Kopierer”"
    _undo(qtbot, window)
    assert _rows(db_path, sql, portfolio.leasing) == before
    _redo(qtbot, window)
    assert _rows(db_path, sql, portfolio.leasing) == [("active", "renegotiate")]


GOAL_SQL = "SELECT kpi_current, status FROM shared_goal"
HISTORY_SQL = 'SELECT "on", value, status, comment FROM goal_update ORDER BY id'


def test_recording_goal_progress_is_undone_and_redone(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    portfolio = _kopierwerk(qtbot, runtime)
    runtime.services.goals.add(
        SharedGoal(
            None,
            portfolio.kopierwerk,
            "Tonerverbrauch senken",
            status=GoalStatus.ON_TRACK,
            kpi=Kpi("%", Decimal(0), Decimal(30), Decimal(10)),
        )
    )
    window = runtime.window
    window.select_partner(portfolio.druckhaus)
    window.select_partner(portfolio.kopierwerk)
    window.detail.tabs.setCurrentIndex(TAB_GOALS)
    goals = window.detail.editors.panel(ItemKind.GOAL)
    goals.select(next(g.id for g in goals.records() if g.title == "Tonerverbrauch senken"))
    panel = window.detail.editors.goals_tab.goal_panel
    assert panel.kpi_text() == "10 of 30 % (33 %)"
    goal_before = _rows(db_path, GOAL_SQL + " WHERE title = 'Tonerverbrauch senken'")
    history_before = _rows(db_path, HISTORY_SQL)

    def record(modal: QWidget) -> None:
        qtbot.keyClicks(child(modal, QWidget, "progressValue"), "24")
        status = child(modal, QComboBox, "progressStatus")
        status.setFocus()
        qtbot.keyClick(status, Qt.Key.Key_Down)  # on track → at risk
        type_text(child(modal, QPlainTextEdit, "progressComment"), "Angebot liegt vor")
        _save(modal)

    while_modal(window.detail.editors.progress_button.click, record)

    goal_after = [("24", "at_risk")]
    assert _rows(db_path, GOAL_SQL + " WHERE title = 'Tonerverbrauch senken'") == goal_after
    assert panel.kpi_text() == "24 of 30 % (80 %)"
    assert _undo_text(window) == "Undo Record Progress for Goal “Tonerverbrauch senken”"

    _undo(qtbot, window)

    assert _rows(db_path, GOAL_SQL + " WHERE title = 'Tonerverbrauch senken'") == goal_before
    assert _rows(db_path, HISTORY_SQL) == history_before
    assert panel.kpi_text() == "10 of 30 % (33 %)"
    assert len(panel.history_rows()) == len(history_before) - _other_goal_entries(db_path)
    assert _redo_text(window) == "Redo Record Progress for Goal “Tonerverbrauch senken”"

    _redo(qtbot, window)

    assert _rows(db_path, GOAL_SQL + " WHERE title = 'Tonerverbrauch senken'") == goal_after
    assert _rows(db_path, HISTORY_SQL)[-1] == ("2026-11-29", "24", "at_risk", "Angebot liegt vor")
    assert panel.kpi_text() == "24 of 30 % (80 %)"

    _undo(qtbot, window)  # the redone entry has a new id; undo still finds it

    assert _rows(db_path, GOAL_SQL + " WHERE title = 'Tonerverbrauch senken'") == goal_before
    assert _rows(db_path, HISTORY_SQL) == history_before


def _other_goal_entries(path: Path) -> int:
    return len(
        _rows(
            path,
            "SELECT u.id FROM goal_update u JOIN shared_goal g ON g.id = u.goal_id "
            "WHERE g.title != 'Tonerverbrauch senken'",
        )
    )


# ---- failures


def test_undoing_a_record_changed_elsewhere_explains_and_clears_the_history(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    window = runtime.window
    _add_partner(qtbot, window, "Alpha Marketing AG")
    panel = window.detail.editors.panel(ItemKind.CONTACT)
    while_modal(panel.add_button.click, _fill(qtbot, "contactName", "Jana Kühn"))
    panel.select(panel.records()[0].id)
    while_modal(panel.edit_button.click, _fill(qtbot, "contactName", "Jana Kühn-Weber"))
    contact = runtime.services.contacts.get(panel.records()[0].id)
    runtime.services.contacts.update(
        ContactPerson(contact.id, contact.partner_id, "J. Weber", role=contact.role)
    )
    seen: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        seen.append(modal.text())
        press_button("OK")(modal)

    while_modal(lambda: _undo(qtbot, window), read_and_close)

    assert "changed" in seen[0]
    assert _stored(db_path, KINDS[0]) == ["J. Weber"]
    qtbot.waitUntil(lambda: not window.undo_history.undo_action.isEnabled())
    assert not window.undo_history.redo_action.isEnabled()


def test_undoing_a_delete_whose_record_left_the_trash_explains_it(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    window = runtime.window
    _add_partner(qtbot, window, "Alpha Marketing AG")
    while_modal(child(window, QPushButton, "partnerDelete").click, press_button("Delete"))
    runtime.services.trash.empty()
    seen: list[str] = []

    def read_and_close(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        seen.append(modal.windowTitle())
        press_button("OK")(modal)

    while_modal(lambda: _undo(qtbot, window), read_and_close)

    assert seen == ["Could Not Undo"]
    assert _live_partners(db_path) == []
    qtbot.waitUntil(lambda: not window.undo_history.undo_action.isEnabled())


def test_a_new_window_for_another_database_starts_with_an_empty_history(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    assert window.undo_history.stack.count() == 1
    other = start(qtbot, tmp_path / "other.sqlite3")
    try:
        assert other.window.undo_history.stack.count() == 0
        assert other.window.undo_history.stack is not window.undo_history.stack
    finally:
        stop(other)


def _restore_first_item(qtbot: QtBot, window: MainWindow, row: int = 0) -> None:
    def restore(modal: QWidget) -> None:
        assert isinstance(modal, TrashDialog)
        modal.table.selectRow(row)
        qtbot.mouseClick(modal.restore_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(child(modal, QPushButton, "trashClose"), Qt.MouseButton.LeftButton)

    trash = next(a for a in window.findChildren(QAction) if a.objectName() == "actionTrash")
    while_modal(trash.trigger, restore)


def test_restoring_from_the_trash_dialog_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    ((partner_id, _name),) = _live_partners(db_path)
    while_modal(child(window, QPushButton, "partnerDelete").click, press_button("Delete"))

    _restore_first_item(qtbot, window)

    assert _live_partners(db_path) == [(partner_id, "Alpha Marketing AG")]
    assert _undo_text(window) == "Undo Restore Partner “Alpha Marketing AG”"
    _undo(qtbot, window)
    assert _live_partners(db_path) == []
    assert "Alpha Marketing AG" not in window.partner_list.visible_names()
    _redo(qtbot, window)
    assert _live_partners(db_path) == [(partner_id, "Alpha Marketing AG")]
    assert window.partner_list.visible_names() == ["Alpha Marketing AG"]
    _undo(qtbot, window)  # the restore
    _undo(qtbot, window)  # the delete
    assert _live_partners(db_path) == [(partner_id, "Alpha Marketing AG")]


def test_undoing_a_restore_that_brought_the_partner_back_trashes_both(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    contacts = KINDS[0]
    panel = window.detail.editors.panel(ItemKind.CONTACT)
    while_modal(panel.add_button.click, _fill(qtbot, "contactName", "Jana Kühn"))
    panel.select(panel.records()[0].id)
    while_modal(panel.delete_button.click, press_button("Delete"))
    while_modal(child(window, QPushButton, "partnerDelete").click, press_button("Delete"))
    assert _live_partners(db_path) == []

    _restore_first_item(qtbot, window, 1)  # the contact (newest first); its partner too

    assert _stored(db_path, contacts) == ["Jana Kühn"]
    assert [name for _id, name in _live_partners(db_path)] == ["Alpha Marketing AG"]
    assert _undo_text(window) == "Undo Restore Contact “Jana Kühn”"
    _undo(qtbot, window)
    assert _stored(db_path, contacts) == []
    assert _live_partners(db_path) == []
    _redo(qtbot, window)
    assert _stored(db_path, contacts) == ["Jana Kühn"]
    assert window.partner_list.visible_names() == ["Alpha Marketing AG"]


def test_saving_a_dialog_without_a_change_adds_nothing_to_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")

    while_modal(child(window, QPushButton, "partnerEdit").click, _save)

    assert window.undo_history.stack.count() == 1
    assert _undo_text(window) == "Undo Add Partner “Alpha Marketing AG”"


def test_promises_taken_from_a_note_are_undone_together_then_the_note(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    _add_partner(qtbot, window, "Alpha Marketing AG")
    notes = window.detail.editors.panel(ItemKind.NOTE)

    def write_note(modal: QWidget) -> None:
        type_text(child(modal, QLineEdit, "noteSubject"), "Jahresgespräch")
        child(modal, QPushButton, "noteMeetingTemplate").click()
        body = child(modal, QPlainTextEdit, "noteBody")
        body.setPlainText(body.toPlainText() + "Angebot schicken @Jürgen\n- Zahlen liefern @Zoë\n")
        QTimer.singleShot(0, child(modal, QPushButton, "dialogSave").click)

    def choose(modal: QWidget) -> None:
        assert modal.objectName() == "actionItemsDialog"
        child(modal, QPushButton, "actionItemsCreate").click()

    while_modal(notes.add_button.click, write_note, choose)
    promises, note = KINDS[4], KINDS[3]
    assert _stored(db_path, promises) == ["Angebot schicken", "Zahlen liefern"]
    assert _undo_text(window) == "Undo Add Promises from Note “Jahresgespräch”"

    _undo(qtbot, window)
    assert _stored(db_path, promises) == []
    assert _shown(window, promises) == []
    assert _stored(db_path, note) == ["Jahresgespräch"]
    assert _undo_text(window) == "Undo Add Note “Jahresgespräch”"
    _undo(qtbot, window)
    assert _stored(db_path, note) == []

    _redo(qtbot, window)
    _redo(qtbot, window)
    assert _stored(db_path, note) == ["Jahresgespräch"]
    assert _shown(window, promises) == ["Angebot schicken", "Zahlen liefern"]


def test_recording_a_termination_is_undone_and_the_reminder_returns(
    qtbot: QtBot, runtime: Runtime, db_path: Path
) -> None:
    portfolio = _kopierwerk(qtbot, runtime)
    window = runtime.window
    window.reminders.check()
    window.detail.tabs.setCurrentIndex(TAB_AGREEMENTS)
    window.detail.editors.panel(ItemKind.AGREEMENT).select(portfolio.leasing)
    sql = "SELECT status, decision, notice_sent_on FROM agreement WHERE id = ?"
    before = _rows(db_path, sql, portfolio.leasing)

    def cancel_and_record(modal: QWidget) -> None:
        assert isinstance(modal, DecisionDialog)
        modal.choose(Decision.CANCEL)
        qtbot.keyClick(child(modal, QCheckBox, "decisionSentOnSet"), Qt.Key.Key_Space)
        child(modal, QDateEdit, "decisionSentOn").setDate(QDate(2026, 11, 27))
        _save(modal)

    while_modal(window.detail.editors.act_button.click, cancel_and_record)

    after = [("terminated", "cancel", "2026-11-27")]
    assert _rows(db_path, sql, portfolio.leasing) == after
    assert _undo_text(window) == "Undo Record Notice for Agreement “Leasing Kopierer”"
    _undo(qtbot, window)
    assert _rows(db_path, sql, portfolio.leasing) == before
    window.reminders.check()
    assert any("Leasing Kopierer" in text for text in window.reminder_banner.texts())
    _redo(qtbot, window)
    assert _rows(db_path, sql, portfolio.leasing) == after
