"""The agreement's computed dates in words: in its dialog, its preview and its table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    Decision,
    NoticeForm,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.ui.dialogs.agreement_dialog import AgreementDialog
from portfolio_app.ui.models.columns import AGREEMENT_NEXT_DEADLINE, agreement_columns
from portfolio_app.ui.models.record_table_model import RecordTableModel
from portfolio_app.ui.previews import agreement_preview
from tests.ui.dialogs.support import SaveSpy, child, click_save, is_marked, open_dialog, tick
from tests.ui.dialogs.support import type_text as type_into

TODAY = date(2026, 11, 29)
EARLY = date(2026, 9, 1)
LEASING = Agreement(
    AgreementId(4),
    PartnerId(1),
    "Leasing Kopierer",
    start_date=date(2025, 3, 1),
    minimum_term_months=24,
    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
    renewal_months=12,
    contract_number="LV-2025-0042",
    customer_number="K-7781",
    notice_address="Postfach 10 20 30\n70173 Stuttgart",
    deputy="Jana Kühn",
)


@pytest.fixture
def german() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def _dialog(
    qtbot: QtBot, spy: SaveSpy[Agreement], agreement: Agreement | None, today: date
) -> AgreementDialog:
    dialog = AgreementDialog(save=spy, partner_id=PartnerId(1), agreement=agreement, today=today)
    open_dialog(qtbot, dialog)
    return dialog


def _enter_typical_renewal_clause(qtbot: QtBot, dialog: AgreementDialog) -> None:
    """Start 01.03.2025, 24 months minimum, 3 months' notice to the end of the term, +12."""
    child(dialog, QTabWidget, "agreementTabs").setCurrentIndex(1)
    tick(qtbot, child(dialog, QCheckBox, "agreementStartDateSet"))
    child(dialog, QDateEdit, "agreementStartDate").setDate(QDate(2025, 3, 1))
    child(dialog, QSpinBox, "agreementMinimumTerm").setValue(24)
    child(dialog, QSpinBox, "agreementNoticeAmount").setValue(3)
    tick(qtbot, child(dialog, QCheckBox, "agreementRenews"))
    child(dialog, QSpinBox, "agreementRenewalMonths").setValue(12)


def test_the_summary_follows_the_fields_as_they_are_entered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, SaveSpy(), None, EARLY)
    before = dialog.summary_text

    _enter_typical_renewal_clause(qtbot, dialog)

    assert before == "Open-ended without a notice period: there are no dates to watch."
    assert dialog.summary_text == (
        "Renews on 28/02/2027 for 12 months unless cancelled by 30/11/2026. "
        "Send the notice by 25/11/2026 so that it arrives in time."
    )
    summary = child(dialog, QLabel, "agreementSummary")
    assert summary.isVisible()
    assert summary.textFormat() == Qt.TextFormat.PlainText


def test_the_summary_of_a_typical_renewal_clause_in_german_dates(
    qtbot: QtBot, german: None
) -> None:
    dialog = _dialog(qtbot, SaveSpy(), LEASING, EARLY)

    assert dialog.summary_text.startswith(
        "Renews on 28.02.2027 for 12 months unless cancelled by 30.11.2026."
    )


def test_past_the_send_by_day_the_summary_says_to_send_at_once(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, SaveSpy(), LEASING, TODAY)

    assert dialog.summary_text == (
        "Renews on 28/02/2027 for 12 months unless cancelled by 30/11/2026. "
        "The usual send-by day has passed: to cancel, send the notice today by a way that "
        "arrives in time."
    )


def test_the_summary_says_when_the_current_terms_notice_day_has_passed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, SaveSpy(), LEASING, date(2026, 12, 5))

    assert dialog.summary_text.startswith(
        "Renews on 01/03/2027 for 12 months: the last notice day for the current term has "
        "passed. To end it on 29/02/2028, cancel by 30/11/2027."
    )


def test_notice_and_contact_fields_are_saved(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = _dialog(qtbot, spy, LEASING, TODAY)
    child(dialog, QTabWidget, "agreementTabs").setCurrentIndex(2)
    number = child(dialog, QLineEdit, "agreementContractNumber")
    number.clear()
    qtbot.keyClicks(number, "LV-2026-0001")
    address = child(dialog, QPlainTextEdit, "agreementNoticeAddress")
    address.clear()
    for number_line, line in enumerate(("Kopierwerk Süd GmbH", "Postfach 1", "70173 Stuttgart")):
        if number_line:
            qtbot.keyClick(address, Qt.Key.Key_Return)
        type_into(address, line)
    form = child(dialog, QComboBox, "agreementNoticeForm")
    form.setCurrentIndex(form.findData(NoticeForm.TEXT))
    deputy = child(dialog, QLineEdit, "agreementDeputy")
    deputy.clear()
    type_into(deputy, "Jürgen Weiß")
    days = child(dialog, QLineEdit, "agreementReminderDays")
    days.clear()
    qtbot.keyClicks(days, "30, 90,7")

    click_save(qtbot, dialog)

    saved = spy.received[0]
    assert saved.contract_number == "LV-2026-0001"
    assert saved.customer_number == "K-7781"
    assert saved.notice_address == "Kopierwerk Süd GmbH\nPostfach 1\n70173 Stuttgart"
    assert saved.notice_form is NoticeForm.TEXT
    assert saved.deputy == "Jürgen Weiß"
    assert saved.reminder_days == (90, 30, 7)
    assert dialog.result() == AgreementDialog.DialogCode.Accepted


def test_reminder_days_that_are_not_numbers_keep_the_dialog_open(qtbot: QtBot) -> None:
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = _dialog(qtbot, spy, LEASING, TODAY)
    days = child(dialog, QLineEdit, "agreementReminderDays")
    days.clear()
    qtbot.keyClicks(days, "60, bald")

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message.startswith("Please enter the reminder days as whole numbers")
    assert is_marked(days)
    assert child(dialog, QTabWidget, "agreementTabs").currentIndex() == 2


def test_editing_keeps_the_decision_and_shows_the_termination_record(qtbot: QtBot) -> None:
    terminated = Agreement(
        **{
            **{name: getattr(LEASING, name) for name in Agreement.__dataclass_fields__},
            "status": AgreementStatus.TERMINATED,
            "decision": Decision.CANCEL,
            "decision_reasons": "Zu teuer",
            "notice_sent_on": date(2026, 11, 20),
            "notice_sent_via": "Fax",
        }
    )
    spy: SaveSpy[Agreement] = SaveSpy()
    dialog = _dialog(qtbot, spy, terminated, TODAY)
    child(dialog, QTabWidget, "agreementTabs").setCurrentIndex(2)

    record = child(dialog, QLabel, "agreementTermination").text()
    click_save(qtbot, dialog)

    assert record == "Notice sent on 20/11/2026 (Fax); receipt not confirmed yet."
    assert dialog.summary_text.startswith("Terminated: ends on 28/02/2027")
    saved = spy.received[0]
    assert (saved.decision, saved.decision_reasons) == (Decision.CANCEL, "Zu teuer")
    assert saved.notice_sent_on == date(2026, 11, 20)


def test_the_preview_shows_the_summary_dates_and_notice_details() -> None:
    text = agreement_preview(LEASING, EARLY)

    assert "Renews on 28/02/2027 for 12 months unless cancelled by 30/11/2026." in text
    assert "Current term: 01/03/2025 – 28/02/2027" in text
    assert "Last notice day: 30/11/2026" in text
    assert "Send notice by: 25/11/2026" in text
    assert "Next renewal: from 01/03/2027 for 12 months" in text
    assert "Contract number: LV-2025-0042" in text
    assert "Customer number: K-7781" in text
    assert "Deputy: Jana Kühn" in text
    assert "Notice address:\nPostfach 10 20 30\n70173 Stuttgart" in text


def test_the_agreement_table_has_a_next_deadline_column(qtmodeltester) -> None:
    model = RecordTableModel(agreement_columns(lambda: TODAY))
    model.set_records([LEASING, Agreement(AgreementId(5), PartnerId(1), "Ohne Fristen")])
    qtmodeltester.check(model)

    cell = model.index(0, AGREEMENT_NEXT_DEADLINE)

    assert model.headerData(AGREEMENT_NEXT_DEADLINE, Qt.Orientation.Horizontal) == ("Next deadline")
    assert cell.data() == "Notice by 30/11/2026"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, AGREEMENT_NEXT_DEADLINE).data() == ""
