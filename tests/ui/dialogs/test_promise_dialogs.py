"""The promise dialog, the action items dialog and the note dialog's meeting tools."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.action_items import ActionItem
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.action_items_dialog import ActionItemsDialog
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from portfolio_app.ui.dialogs.promise_dialog import PromiseDialog
from tests.ui.dialogs.support import SAVED, SaveSpy, child, click_save, open_dialog, tick, type_text
from tests.ui.modal import press_button, while_modal

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
PARTNER = PartnerId(3)


def test_a_new_promise_is_saved_with_what_was_entered(qtbot: QtBot) -> None:
    spy: SaveSpy[Promise] = SaveSpy()
    dialog = PromiseDialog(save=spy, partner_id=PARTNER)
    open_dialog(qtbot, dialog)
    direction = child(dialog, QComboBox, "promiseDirection")
    direction.setCurrentIndex(direction.findData(PromiseDirection.THEY_OWE))
    type_text(child(dialog, QLineEdit, "promiseText"), "Prüfbericht schicken")
    type_text(child(dialog, QLineEdit, "promiseOwner"), "Jürgen Weiß")
    tick(qtbot, child(dialog, QCheckBox, "promiseDueSet"))
    child(dialog, QDateEdit, "promiseDue").setDate(QDate(2026, 12, 15))

    click_save(qtbot, dialog)

    assert spy.received == [
        Promise(
            id=None,
            partner_id=PARTNER,
            text="Prüfbericht schicken",
            direction=PromiseDirection.THEY_OWE,
            owner="Jürgen Weiß",
            due=date(2026, 12, 15),
        )
    ]


def test_a_promise_without_text_keeps_the_dialog_open_with_a_message(qtbot: QtBot) -> None:
    spy: SaveSpy[Promise] = SaveSpy()
    dialog = PromiseDialog(save=spy, partner_id=PARTNER)
    open_dialog(qtbot, dialog)

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.isVisible()
    assert dialog.message == "Please describe what was promised."


def test_a_promise_from_a_note_names_the_note_and_keeps_the_link(qtbot: QtBot) -> None:
    spy: SaveSpy[Promise] = SaveSpy()
    prefilled = Promise(None, PARTNER, "Jahresgespräch", note_id=NoteId(8))
    dialog = PromiseDialog(save=spy, partner_id=PARTNER, promise=prefilled, source="Jahresgespräch")
    open_dialog(qtbot, dialog)
    state = child(dialog, QComboBox, "promiseState")
    state.setCurrentIndex(state.findData(PromiseState.KEPT))

    click_save(qtbot, dialog)

    assert dialog.windowTitle() == "New Promise"
    assert child(dialog, QLabel, "promiseSource").text() == "Jahresgespräch"
    assert [(p.text, p.note_id, p.state) for p in spy.received] == [
        ("Jahresgespräch", 8, PromiseState.KEPT)
    ]


class PromisesSpy:
    """Stands in for ``PromiseService.from_note`` bound to a note."""

    def __init__(self) -> None:
        self.received: list[list[Promise]] = []

    def __call__(self, promises: Sequence[Promise]) -> Changes:
        self.received.append(list(promises))
        if not promises:
            raise ValidationError("promise.none")
        return SAVED


ITEMS = [
    ActionItem("Angebot schicken", "Jürgen", date(2026, 12, 15)),
    ActionItem("Raum buchen"),
]


def test_the_ticked_action_items_become_promises_with_owner_and_due(qtbot: QtBot) -> None:
    spy = PromisesSpy()
    dialog = ActionItemsDialog(None, items=ITEMS, partner_id=PARTNER, save=spy)
    open_dialog(qtbot, dialog)
    direction = child(dialog, QComboBox, "actionItemDirection0")
    direction.setCurrentIndex(direction.findData(PromiseDirection.THEY_OWE))
    tick(qtbot, child(dialog, QCheckBox, "actionItemCheck1"))

    child(dialog, QPushButton, "actionItemsCreate").click()

    assert spy.received == [
        [
            Promise(
                None,
                PARTNER,
                "Angebot schicken",
                direction=PromiseDirection.THEY_OWE,
                owner="Jürgen",
                due=date(2026, 12, 15),
            )
        ]
    ]
    assert dialog.changes == SAVED
    assert not dialog.isVisible()


def test_with_nothing_ticked_the_dialog_says_so_and_stays_open(qtbot: QtBot) -> None:
    spy = PromisesSpy()
    dialog = ActionItemsDialog(None, items=ITEMS, partner_id=PARTNER, save=spy)
    open_dialog(qtbot, dialog)
    tick(qtbot, child(dialog, QCheckBox, "actionItemCheck0"))
    tick(qtbot, child(dialog, QCheckBox, "actionItemCheck1"))

    child(dialog, QPushButton, "actionItemsCreate").click()

    assert dialog.isVisible()
    assert dialog.message == "Please tick at least one action item."


def note_dialog(
    qtbot: QtBot, spy: SaveSpy[CommunicationNote], note: CommunicationNote | None = None
) -> NoteDialog:
    dialog = NoteDialog(save=spy, partner_id=PARTNER, note=note, now=NOW)
    open_dialog(qtbot, dialog)
    return dialog


def test_the_meeting_template_fills_an_empty_body(qtbot: QtBot) -> None:
    dialog = note_dialog(qtbot, SaveSpy())

    child(dialog, QPushButton, "noteMeetingTemplate").click()

    assert child(dialog, QPlainTextEdit, "noteBody").toPlainText() == (
        "Agenda\n- \n\nDecisions\n- \n\nAction items\n- "
    )


def test_the_meeting_template_is_appended_to_a_body_after_confirmation(qtbot: QtBot) -> None:
    dialog = note_dialog(qtbot, SaveSpy())
    body = child(dialog, QPlainTextEdit, "noteBody")
    type_text(body, "Vorab: Preise")

    while_modal(child(dialog, QPushButton, "noteMeetingTemplate").click, press_button("Append"))

    assert body.toPlainText().startswith("Vorab: Preise\n\nAgenda\n- ")
    assert body.toPlainText().endswith("Action items\n- ")


def test_declining_to_append_leaves_the_body_alone(qtbot: QtBot) -> None:
    dialog = note_dialog(qtbot, SaveSpy())
    body = child(dialog, QPlainTextEdit, "noteBody")
    type_text(body, "Vorab: Preise")

    while_modal(child(dialog, QPushButton, "noteMeetingTemplate").click, press_button("Cancel"))

    assert body.toPlainText() == "Vorab: Preise"


def test_the_follow_up_owner_is_saved_and_shown_again(qtbot: QtBot) -> None:
    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = note_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "noteSubject"), "Review")
    child(dialog, QTabWidget, "noteTabs").setCurrentIndex(1)
    qtbot.keyClicks(child(dialog, QLineEdit, "noteFollowUpText"), "Send minutes")
    type_text(child(dialog, QLineEdit, "noteFollowUpOwner"), "Zoë Müller")

    click_save(qtbot, dialog)
    again = note_dialog(qtbot, SaveSpy(), spy.received[0])

    assert spy.received[0].follow_up == FollowUp("Send minutes", owner="Zoë Müller")
    assert child(again, QLineEdit, "noteFollowUpOwner").text() == "Zoë Müller"


def test_without_a_promise_store_the_action_items_button_is_hidden(qtbot: QtBot) -> None:
    dialog = note_dialog(qtbot, SaveSpy())

    assert child(dialog, QPushButton, "noteActionItems").isHidden()


def test_the_action_items_button_says_when_there_are_none(qtbot: QtBot) -> None:
    taken: list[tuple[NoteId, list[Promise]]] = []

    def take(note_id: NoteId, promises: Sequence[Promise]) -> Changes:
        taken.append((note_id, list(promises)))
        return SAVED

    spy: SaveSpy[CommunicationNote] = SaveSpy()
    dialog = NoteDialog(save=spy, partner_id=PARTNER, now=NOW, take_promises=take)
    open_dialog(qtbot, dialog)
    qtbot.keyClicks(child(dialog, QLineEdit, "noteSubject"), "Review")

    child(dialog, QPushButton, "noteActionItems").click()

    assert taken == []
    assert dialog.isVisible()
    assert "no action items" in dialog.message
