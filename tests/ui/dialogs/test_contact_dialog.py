from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import ContactId, PartnerId
from portfolio_app.ui.dialogs.contact_dialog import ContactDialog
from tests.ui.dialogs.support import (
    SaveSpy,
    child,
    click_save,
    is_marked,
    open_dialog,
    tick,
    type_text,
)

STORED = ContactPerson(
    id=ContactId(11),
    partner_id=PartnerId(3),
    name="Jürgen Weiß",
    role="Vertriebsleiter",
    email="juergen.weiss@mueller-druck.de",
    phone="+49 711 123456-0",
    is_primary=True,
    notes="Vormittags erreichbar.",
)


def make_dialog(
    qtbot: QtBot, spy: SaveSpy[ContactPerson], contact: ContactPerson | None = None
) -> ContactDialog:
    dialog = ContactDialog(save=spy, partner_id=PartnerId(3), contact=contact)
    open_dialog(qtbot, dialog)
    return dialog


def test_new_contact_is_saved_with_what_was_entered(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "contactName"), "Anna Schmidt")
    qtbot.keyClicks(child(dialog, QLineEdit, "contactRole"), "Buyer")
    qtbot.keyClicks(child(dialog, QLineEdit, "contactEmail"), "anna@example.de")
    qtbot.keyClicks(child(dialog, QLineEdit, "contactPhone"), "+49 30 1234")
    tick(qtbot, child(dialog, QCheckBox, "contactPrimary"))
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "contactNotes"), "Prefers calls")

    click_save(qtbot, dialog)

    assert spy.received == [
        ContactPerson(
            id=None,
            partner_id=PartnerId(3),
            name="Anna Schmidt",
            role="Buyer",
            email="anna@example.de",
            phone="+49 30 1234",
            is_primary=True,
            notes="Prefers calls",
        )
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_editing_shows_every_field_and_keeps_the_id(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)

    assert dialog.windowTitle() == "Edit Contact"
    assert child(dialog, QLineEdit, "contactName").text() == "Jürgen Weiß"
    assert child(dialog, QLineEdit, "contactRole").text() == "Vertriebsleiter"
    assert child(dialog, QLineEdit, "contactEmail").text() == STORED.email
    assert child(dialog, QLineEdit, "contactPhone").text() == STORED.phone
    assert child(dialog, QCheckBox, "contactPrimary").isChecked()
    assert child(dialog, QPlainTextEdit, "contactNotes").toPlainText() == STORED.notes

    click_save(qtbot, dialog)

    assert spy.received == [STORED]


def test_malformed_email_keeps_the_dialog_open_with_the_field_marked(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "contactName"), "Anna")
    email = child(dialog, QLineEdit, "contactEmail")
    qtbot.keyClicks(email, "anna@")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.isVisible()
    assert dialog.message == (
        "This is not a valid e-mail address (example: anna.schmidt@example.de)."
    )
    assert is_marked(email)
    assert dialog.focusWidget() is email


def test_fixing_the_email_then_saves(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "contactName"), "Anna")
    email = child(dialog, QLineEdit, "contactEmail")
    qtbot.keyClicks(email, "anna@")
    click_save(qtbot, dialog)

    qtbot.keyClicks(email, "example.de")
    click_save(qtbot, dialog)

    assert [c.email for c in spy.received] == ["anna@example.de"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_umlauts_in_the_name_round_trip(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()
    dialog = make_dialog(qtbot, spy)

    type_text(child(dialog, QLineEdit, "contactName"), "Jürgen Weiß")
    click_save(qtbot, dialog)

    assert [c.name for c in spy.received] == ["Jürgen Weiß"]
