from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale
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

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from tests.ui.dialogs.support import SaveSpy, child, click_save, is_marked, open_dialog, tick

STORED = Agreement(
    id=AgreementId(21),
    partner_id=PartnerId(3),
    title="Rahmenvertrag Druck",
    kind=AgreementKind.FRAMEWORK,
    status=AgreementStatus.DRAFT,
    start_date=date(2026, 1, 1),
    end_date=date(2027, 12, 31),
    minimum_term_months=24,
    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
    notice_anchor=NoticeAnchor.END_OF_QUARTER,
    renewal_months=12,
    value=Money.of("1234.50"),
    billing_period=BillingPeriod.QUARTERLY,
    document_link="/home/anna/Verträge/Rahmenvertrag.pdf",
    notes="Staffelpreise.",
)


def make_dialog(
    qtbot: QtBot, spy: SaveSpy[Agreement], agreement: Agreement | None = None
) -> AgreementDialog:
    dialog = AgreementDialog(save=spy, partner_id=PartnerId(3), agreement=agreement)
    open_dialog(qtbot, dialog)
    return dialog


def show_term_tab(dialog: AgreementDialog) -> None:
    child(dialog, QTabWidget, "agreementTabs").setCurrentIndex(1)


def set_date(qtbot: QtBot, dialog: AgreementDialog, name: str, day: QDate) -> None:
    show_term_tab(dialog)
    tick(qtbot, child(dialog, QCheckBox, f"{name}Set"))
    child(dialog, QDateEdit, name).setDate(day)


def enter_title(qtbot: QtBot, dialog: AgreementDialog, title: str = "Cleaning") -> None:
    qtbot.keyClicks(child(dialog, QLineEdit, "agreementTitle"), title)


def test_new_agreement_is_saved_with_what_was_entered(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog, "Office cleaning")
    kind = child(dialog, QComboBox, "agreementKind")
    kind.setCurrentIndex(kind.findData(AgreementKind.LEASE))
    qtbot.keyClicks(child(dialog, QLineEdit, "agreementValue"), "1234.50")
    billing = child(dialog, QComboBox, "agreementBillingPeriod")
    billing.setCurrentIndex(billing.findData(BillingPeriod.YEARLY))
    qtbot.keyClicks(child(dialog, QLineEdit, "agreementDocumentLink"), "https://example.de/v")
    set_date(qtbot, dialog, "agreementStartDate", QDate(2026, 2, 1))
    child(dialog, QSpinBox, "agreementMinimumTerm").setValue(12)
    child(dialog, QSpinBox, "agreementNoticeAmount").setValue(6)
    unit = child(dialog, QComboBox, "agreementNoticeUnit")
    unit.setCurrentIndex(unit.findData(PeriodUnit.WEEKS))
    anchor = child(dialog, QComboBox, "agreementNoticeAnchor")
    anchor.setCurrentIndex(anchor.findData(NoticeAnchor.END_OF_MONTH))
    tick(qtbot, child(dialog, QCheckBox, "agreementRenews"))
    child(dialog, QSpinBox, "agreementRenewalMonths").setValue(6)

    click_save(qtbot, dialog)

    assert spy.received == [
        Agreement(
            id=None,
            partner_id=PartnerId(3),
            title="Office cleaning",
            kind=AgreementKind.LEASE,
            status=AgreementStatus.ACTIVE,
            start_date=date(2026, 2, 1),
            end_date=None,
            minimum_term_months=12,
            notice_period=NoticePeriod(6, PeriodUnit.WEEKS),
            notice_anchor=NoticeAnchor.END_OF_MONTH,
            renewal_months=6,
            value=Money(Decimal("1234.50"), "EUR"),
            billing_period=BillingPeriod.YEARLY,
            document_link="https://example.de/v",
        )
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_empty_optional_fields_mean_no_value(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog)

    click_save(qtbot, dialog)

    [saved] = spy.received
    assert (saved.start_date, saved.end_date, saved.value) == (None, None, None)
    assert (saved.minimum_term_months, saved.notice_period, saved.renewal_months) == (
        None,
        None,
        None,
    )


def test_editing_shows_every_field_and_saves_it_unchanged(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy, STORED)

    assert dialog.windowTitle() == "Edit Agreement"
    assert child(dialog, QLineEdit, "agreementTitle").text() == "Rahmenvertrag Druck"
    assert child(dialog, QComboBox, "agreementKind").currentText() == "Framework agreement"
    assert child(dialog, QComboBox, "agreementStatus").currentText() == "Draft"
    assert child(dialog, QLineEdit, "agreementValue").text() == "1,234.50"
    assert child(dialog, QLineEdit, "agreementCurrency").text() == "EUR"
    assert child(dialog, QComboBox, "agreementBillingPeriod").currentText() == "per quarter"
    assert child(dialog, QLineEdit, "agreementDocumentLink").text() == STORED.document_link
    assert child(dialog, QPlainTextEdit, "agreementNotes").toPlainText() == "Staffelpreise."
    assert child(dialog, QDateEdit, "agreementStartDate").date() == QDate(2026, 1, 1)
    assert child(dialog, QDateEdit, "agreementEndDate").date() == QDate(2027, 12, 31)
    assert child(dialog, QSpinBox, "agreementMinimumTerm").value() == 24
    assert child(dialog, QSpinBox, "agreementNoticeAmount").value() == 3
    assert child(dialog, QComboBox, "agreementNoticeUnit").currentText() == "months"
    assert child(dialog, QComboBox, "agreementNoticeAnchor").currentData() == (
        NoticeAnchor.END_OF_QUARTER
    )
    assert child(dialog, QCheckBox, "agreementRenews").isChecked()
    assert child(dialog, QSpinBox, "agreementRenewalMonths").value() == 12

    click_save(qtbot, dialog)

    assert spy.received == [STORED]


def test_unset_end_date_reads_open_ended(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())

    end = child(dialog, QDateEdit, "agreementEndDate")

    assert end.text() == "open-ended"
    assert not end.isEnabled()


def test_end_before_start_marks_the_end_date_on_its_tab(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog)
    set_date(qtbot, dialog, "agreementStartDate", QDate(2026, 6, 1))
    set_date(qtbot, dialog, "agreementEndDate", QDate(2026, 1, 1))
    child(dialog, QTabWidget, "agreementTabs").setCurrentIndex(0)

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.isVisible()
    assert dialog.message == "The end date lies before the start date."
    assert is_marked(child(dialog, QDateEdit, "agreementEndDate"))
    assert child(dialog, QTabWidget, "agreementTabs").currentIndex() == 1


def test_negative_amount_is_refused(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog)
    value = child(dialog, QLineEdit, "agreementValue")
    qtbot.keyClicks(value, "-5")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message == "The amount cannot be negative."
    assert is_marked(value)


def test_garbage_amount_is_refused(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog)
    value = child(dialog, QLineEdit, "agreementValue")
    qtbot.keyClicks(value, "abc")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.isVisible()
    example = QLocale().toString(1234.5, "f", 2)
    assert dialog.message == f"Please enter an amount such as {example}."
    assert is_marked(value)


def test_bad_currency_marks_the_currency(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog)
    qtbot.keyClicks(child(dialog, QLineEdit, "agreementValue"), "10")
    currency = child(dialog, QLineEdit, "agreementCurrency")
    currency.selectAll()
    qtbot.keyClicks(currency, "E1")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message == "Please enter a three-letter currency code such as EUR."
    assert is_marked(currency)


def test_a_german_amount_is_read_in_the_german_locale(qtbot: QtBot, german_locale: QLocale) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = make_dialog(qtbot, spy)
    enter_title(qtbot, dialog)

    qtbot.keyClicks(child(dialog, QLineEdit, "agreementValue"), "1.234,50")
    click_save(qtbot, dialog)

    assert [a.value for a in spy.received] == [Money(Decimal("1234.50"), "EUR")]


def test_a_stored_amount_is_shown_in_the_german_locale(
    qtbot: QtBot, german_locale: QLocale
) -> None:
    dialog = make_dialog(qtbot, SaveSpy(), STORED)

    assert child(dialog, QLineEdit, "agreementValue").text() == "1.234,50"
    assert child(dialog, QDateEdit, "agreementEndDate").text() == "31.12.2027"


def test_notice_unit_and_renewal_term_follow_their_switches(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, SaveSpy())
    unit = child(dialog, QComboBox, "agreementNoticeUnit")
    months = child(dialog, QSpinBox, "agreementRenewalMonths")
    assert not unit.isEnabled()
    assert not months.isEnabled()

    child(dialog, QSpinBox, "agreementNoticeAmount").setValue(1)
    show_term_tab(dialog)
    tick(qtbot, child(dialog, QCheckBox, "agreementRenews"))

    assert unit.isEnabled()
    assert months.isEnabled()
