"""Behaviour every edit dialog shares, shown on the contact dialog (the smallest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import NotFoundError
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from portfolio_app.ui.dialogs.contact_dialog import ContactDialog
from portfolio_app.ui.dialogs.goal_dialog import GoalDialog
from portfolio_app.ui.dialogs.note_dialog import NoteDialog
from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from tests.ui.dialogs.support import SAVED, SaveSpy, child, click_save, is_marked, open_dialog


def has_invalid_property(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def make_dialog(qtbot: QtBot, spy: SaveSpy[ContactPerson]) -> ContactDialog:
    dialog = ContactDialog(save=spy, partner_id=PartnerId(3))
    open_dialog(qtbot, dialog)
    return dialog


def test_the_message_is_hidden_until_something_is_wrong(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    message = child(dialog, QLabel, "dialogMessage")

    assert not message.isVisible()
    assert dialog.message == ""
    assert message.textFormat() == Qt.TextFormat.PlainText


def test_the_message_appears_above_the_form(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    click_save(qtbot, dialog)

    message = child(dialog, QLabel, "dialogMessage")
    assert message.isVisible()
    assert message.text() == "Please enter the contact's name."
    assert message.wordWrap()


def test_the_mark_clears_once_the_field_is_edited(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    click_save(qtbot, dialog)
    name = child(dialog, QLineEdit, "contactName")
    assert is_marked(name)

    qtbot.keyClicks(name, "A")

    assert not name.property("invalid")
    assert name.styleSheet() == ""


def test_editing_another_field_keeps_the_mark(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    click_save(qtbot, dialog)

    qtbot.keyClicks(child(dialog, QLineEdit, "contactRole"), "Buyer")

    assert is_marked(child(dialog, QLineEdit, "contactName"))


def test_a_new_error_moves_the_mark(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    click_save(qtbot, dialog)
    name = child(dialog, QLineEdit, "contactName")
    email = child(dialog, QLineEdit, "contactEmail")
    name.setText("Anna")
    qtbot.keyClicks(email, "anna@")
    click_save(qtbot, dialog)

    assert not has_invalid_property(name)
    assert is_marked(email)


def test_an_error_without_a_field_is_shown_without_a_mark(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy(NotFoundError("contact.not_found"))
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "contactName"), "Anna")

    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.message == "This item no longer exists."
    assert not has_invalid_property(child(dialog, QLineEdit, "contactName"))


def test_the_first_field_has_the_focus_and_tab_moves_down_the_form(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    name = child(dialog, QLineEdit, "contactName")
    assert dialog.focusWidget() is name

    qtbot.keyClick(name, Qt.Key.Key_Tab)

    assert dialog.focusWidget() is child(dialog, QLineEdit, "contactRole")


def test_save_is_the_default_button(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    assert dialog.save_button.isDefault()
    buttons = child(dialog, QDialogButtonBox, "dialogButtons")
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is dialog.save_button


def test_return_in_a_line_edit_saves(qtbot: QtBot) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    name = child(dialog, QLineEdit, "contactName")
    qtbot.keyClicks(name, "Anna")

    qtbot.keyClick(name, Qt.Key.Key_Return)

    assert [c.name for c in spy.received] == ["Anna"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ask_returns_what_the_save_changed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def run_like_a_user(dialog: ContactDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(child(dialog, QLineEdit, "contactName"), "Anna")
        click_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", run_like_a_user)

    spy: SaveSpy[ContactPerson] = SaveSpy()

    assert ContactDialog.ask(None, save=spy, partner_id=PartnerId(3)) == SAVED


def test_ask_returns_none_when_cancelled(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    spy: SaveSpy[ContactPerson] = SaveSpy()

    def cancel(dialog: ContactDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ContactDialog, "exec", cancel)

    assert ContactDialog.ask(None, save=spy, partner_id=PartnerId(3)) is None
    assert spy.received == []


DIALOGS: dict[str, Callable[[], RecordDialog[Any]]] = {
    "partnerDialog": lambda: PartnerDialog(save=SaveSpy[Partner]()),
    "contactDialog": lambda: ContactDialog(save=SaveSpy[ContactPerson](), partner_id=PartnerId(3)),
    "agreementDialog": lambda: AgreementDialog(save=SaveSpy[Agreement](), partner_id=PartnerId(3)),
    "goalDialog": lambda: GoalDialog(save=SaveSpy[SharedGoal](), partner_id=PartnerId(3)),
    "noteDialog": lambda: NoteDialog(save=SaveSpy[CommunicationNote](), partner_id=PartnerId(3)),
}
# Parts Qt builds inside its composite widgets are named by Qt, not by us; popups are
# windows of their own.
_COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractScrollArea, QTabWidget)


@pytest.mark.parametrize("object_name", DIALOGS)
def test_every_interactive_widget_has_an_object_and_accessible_name(
    qtbot: QtBot, object_name: str
) -> None:
    dialog = DIALOGS[object_name]()
    qtbot.addWidget(dialog)

    unnamed = [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in dialog.findChildren(QWidget)
        if widget.window() is dialog
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget.parentWidget(), _COMPOSITES)
        and not (widget.objectName() and widget.accessibleName())
    ]

    assert dialog.objectName() == object_name
    assert unnamed == []
