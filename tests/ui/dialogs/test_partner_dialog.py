from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.errors import ConflictError, ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.ui.dialogs.partner_dialog import PartnerDialog
from tests.ui.dialogs.support import (
    SAVED,
    SaveSpy,
    child,
    click_save,
    is_marked,
    open_dialog,
    tick,
    type_text,
)

STORED = Partner(
    id=PartnerId(3),
    name="Müller Druck GmbH",
    category="print",
    status=PartnerStatus.PAUSED,
    partner_since=date(2019, 3, 1),
    website="https://mueller-druck.de",
    address="Hauptstraße 12\n70173 Stuttgart",
    description="Druckt Flyer und Kataloge.",
    values_expectations="Gewünscht: Termintreue.\nNicht gewünscht: Nachträge.",
    tags=("Kernpartner", "Regional"),
    archived=True,
)


def make_dialog(
    qtbot: QtBot, spy: SaveSpy[Partner], partner: Partner | None = None
) -> PartnerDialog:
    dialog = PartnerDialog(
        save=spy, partner=partner, categories=["print", "Catering"], known_tags=["Kernpartner"]
    )
    open_dialog(qtbot, dialog)
    return dialog


def test_new_partner_is_saved_with_what_was_entered(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme Print")
    category = child(dialog, QComboBox, "partnerCategory")
    category.setCurrentIndex(category.findData("marketing"))
    status = child(dialog, QComboBox, "partnerStatus")
    status.setCurrentIndex(status.findData(PartnerStatus.PROSPECT))
    tick(qtbot, child(dialog, QCheckBox, "partnerSinceSet"))
    child(dialog, QDateEdit, "partnerSince").setDate(QDate(2024, 5, 6))
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerWebsite"), "https://acme.example")
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerTags"), "print, regional , print")
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "partnerValues"), "Fast delivery")

    click_save(qtbot, dialog)

    assert spy.received == [
        Partner(
            id=None,
            name="Acme Print",
            category="marketing",
            status=PartnerStatus.PROSPECT,
            partner_since=date(2024, 5, 6),
            website="https://acme.example",
            values_expectations="Fast delivery",
            tags=("print", "regional"),
        )
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.changes == SAVED


def test_editing_shows_every_field_of_the_partner(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy(), STORED)

    assert dialog.windowTitle() == "Edit Partner"
    assert child(dialog, QLineEdit, "partnerName").text() == "Müller Druck GmbH"
    assert child(dialog, QComboBox, "partnerCategory").currentText() == "Print"
    assert child(dialog, QComboBox, "partnerStatus").currentText() == "Paused"
    assert child(dialog, QCheckBox, "partnerSinceSet").isChecked()
    assert child(dialog, QDateEdit, "partnerSince").date() == QDate(2019, 3, 1)
    assert child(dialog, QLineEdit, "partnerWebsite").text() == "https://mueller-druck.de"
    assert child(dialog, QPlainTextEdit, "partnerAddress").toPlainText() == STORED.address
    assert child(dialog, QPlainTextEdit, "partnerDescription").toPlainText() == STORED.description
    assert child(dialog, QPlainTextEdit, "partnerValues").toPlainText() == (
        STORED.values_expectations
    )
    assert child(dialog, QLineEdit, "partnerTags").text() == "Kernpartner, Regional"
    assert child(dialog, QCheckBox, "partnerArchived").isChecked()


def test_saving_an_unchanged_partner_keeps_id_and_every_value(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)

    click_save(qtbot, dialog)

    assert spy.received == [STORED]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_edit_keeps_the_id(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)
    name = child(dialog, QLineEdit, "partnerName")
    name.selectAll()
    qtbot.keyClicks(name, "Mueller Print")

    click_save(qtbot, dialog)

    assert [(p.id, p.name) for p in spy.received] == [(PartnerId(3), "Mueller Print")]


def test_empty_name_keeps_the_dialog_open_with_the_field_marked(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)

    click_save(qtbot, dialog)

    name = child(dialog, QLineEdit, "partnerName")
    assert spy.received == []
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.message == "Please enter the partner's name."
    assert is_marked(name)
    assert dialog.focusWidget() is name


def test_duplicate_name_from_the_service_is_shown_on_the_name(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy(ConflictError("partner.name.duplicate", field="name"))
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme")

    click_save(qtbot, dialog)

    assert len(spy.received) == 1
    assert dialog.isVisible()
    assert dialog.changes is None
    assert dialog.message == "There already is a partner with this name."
    assert is_marked(dialog.field_widget("name"))


def test_an_error_on_the_second_tab_switches_to_it(qtbot: QtBot) -> None:
    error = ValidationError("partner.description.too_long", field="description")
    dialog = make_dialog(qtbot, SaveSpy(error))
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme")

    click_save(qtbot, dialog)

    tabs = child(dialog, QTabWidget, "partnerTabs")
    assert tabs.currentIndex() == 1
    assert dialog.message == "This text is too long."
    assert is_marked(child(dialog, QPlainTextEdit, "partnerDescription"))


def test_umlauts_typed_into_the_name_round_trip(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)

    type_text(child(dialog, QLineEdit, "partnerName"), "Müller Druck GmbH")
    type_text(child(dialog, QPlainTextEdit, "partnerAddress"), "Königstraße 5")
    click_save(qtbot, dialog)

    assert [(p.name, p.address) for p in spy.received] == [("Müller Druck GmbH", "Königstraße 5")]


def test_a_typed_category_of_ones_own_is_stored_as_typed(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme")
    category = child(dialog, QComboBox, "partnerCategory")
    editor = category.lineEdit()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Hausmeister")

    click_save(qtbot, dialog)

    assert [p.category for p in spy.received] == ["Hausmeister"]


def test_typing_a_builtin_category_stores_its_value(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme")
    editor = child(dialog, QComboBox, "partnerCategory").lineEdit()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "it services")

    click_save(qtbot, dialog)

    assert [p.category for p in spy.received] == ["it_services"]


def test_user_categories_are_offered_after_the_builtin_ones(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    category = child(dialog, QComboBox, "partnerCategory")

    assert category.itemText(0) == "Marketing"
    assert category.itemText(category.count() - 1) == "Catering"
    assert category.findData("print") == 2


# The offscreen platform cannot raise the completion popup or let it grab the keyboard.
@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")
def test_choosing_a_completion_replaces_only_the_last_tag(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    tags = child(dialog, QLineEdit, "partnerTags")
    popup = dialog.tag_completer.popup()
    assert popup is not None

    qtbot.keyClicks(tags, "Regional, ker")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    assert tags.text() == "Regional, Kernpartner"


def test_no_completion_is_offered_for_an_empty_tag(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    popup = dialog.tag_completer.popup()
    assert popup is not None

    qtbot.keyClicks(child(dialog, QLineEdit, "partnerTags"), "Regional, ")

    assert not popup.isVisible()


def test_cancel_saves_nothing(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert spy.received == []
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.changes is None


def test_new_partner_starts_without_owner_at_medium_criticality_and_no_cadence(
    qtbot: QtBot,
) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    cadence = child(dialog, QSpinBox, "partnerCadence")
    assert child(dialog, QLineEdit, "partnerOwner").text() == ""
    assert child(dialog, QComboBox, "partnerCriticality").currentText() == "Medium"
    assert (cadence.value(), cadence.text()) == (0, "not set")


def test_owner_criticality_and_cadence_are_saved(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Systemhaus Albrecht")
    type_text(child(dialog, QLineEdit, "partnerOwner"), "Frank Schäufele")
    criticality = child(dialog, QComboBox, "partnerCriticality")
    criticality.setCurrentIndex(criticality.findData(Criticality.HIGH))
    child(dialog, QSpinBox, "partnerCadence").setValue(28)

    click_save(qtbot, dialog)

    assert [(p.internal_owner, p.criticality, p.contact_cadence_days) for p in spy.received] == [
        ("Frank Schäufele", Criticality.HIGH, 28)
    ]


def test_editing_shows_and_changes_owner_criticality_and_cadence(qtbot: QtBot) -> None:
    stored = dataclasses.replace(
        STORED, internal_owner="Jörg Maier", criticality=Criticality.LOW, contact_cadence_days=84
    )
    spy: SaveSpy[Partner] = SaveSpy()
    dialog = make_dialog(qtbot, spy, stored)
    owner = child(dialog, QLineEdit, "partnerOwner")
    criticality = child(dialog, QComboBox, "partnerCriticality")
    cadence = child(dialog, QSpinBox, "partnerCadence")
    assert owner.text() == "Jörg Maier"
    assert criticality.currentText() == "Low"
    assert cadence.value() == 84

    owner.clear()
    type_text(owner, "Andrea Kübler")
    criticality.setCurrentIndex(criticality.findData(Criticality.MEDIUM))
    cadence.setValue(0)
    click_save(qtbot, dialog)

    assert spy.received == [
        dataclasses.replace(
            stored,
            internal_owner="Andrea Kübler",
            criticality=Criticality.MEDIUM,
            contact_cadence_days=None,
        )
    ]


def test_new_fields_have_accessible_names(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    assert child(dialog, QLineEdit, "partnerOwner").accessibleName() == "Internal owner"
    assert child(dialog, QComboBox, "partnerCriticality").accessibleName() == "Criticality"
    assert child(dialog, QSpinBox, "partnerCadence").accessibleName() == (
        "Expected contact every … days"
    )


def test_criticality_offers_low_medium_and_high(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    combo = child(dialog, QComboBox, "partnerCriticality")

    assert [combo.itemText(i) for i in range(combo.count())] == ["Low", "Medium", "High"]


def test_an_invalid_cadence_keeps_the_dialog_open_with_the_field_marked(qtbot: QtBot) -> None:
    error = ValidationError("partner.cadence.invalid", field="contact_cadence_days")
    spy: SaveSpy[Partner] = SaveSpy(error)
    dialog = make_dialog(qtbot, spy)
    qtbot.keyClicks(child(dialog, QLineEdit, "partnerName"), "Acme")

    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.changes is None
    assert dialog.message == "The expected contact cadence must be between 1 and 730 days."
    assert is_marked(child(dialog, QSpinBox, "partnerCadence"))


def test_a_cadence_out_of_range_is_refused_before_saving(qtbot: QtBot) -> None:
    spy: SaveSpy[Partner] = SaveSpy()
    stored = dataclasses.replace(STORED, contact_cadence_days=731)
    dialog = make_dialog(qtbot, spy, stored)

    click_save(qtbot, dialog)

    assert [p.contact_cadence_days for p in spy.received] == [730]
