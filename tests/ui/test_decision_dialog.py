"""Acting on a deadline: decide, write the termination letter, record how notice was given."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement, Decision, NoticePeriod, PeriodUnit
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.ids import AgreementId, ItemKind, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.interchange.letters import DEFAULT_TEMPLATE
from portfolio_app.runtime import Runtime
from portfolio_app.ui.dialogs.decision_dialog import DecisionDialog, DecisionInput
from portfolio_app.ui.letter_settings import SessionLetterSettings, letter_settings_from
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.partner_detail_page import TAB_AGREEMENTS
from tests.ui.dialogs.support import SaveSpy, child, click_save, open_dialog, tick, type_text
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import TODAY, Portfolio, fill_portfolio, start, stop

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
)
PARTNER = Partner(PartnerId(1), "Kopierwerk Süd GmbH", address="Industriestraße 5\n70565 Stuttgart")


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


@pytest.fixture
def portfolio(runtime: Runtime) -> Portfolio:
    stored = fill_portfolio(runtime.services)
    runtime.window.reload()
    runtime.window.reminders.check()
    return stored


def _dialog(
    qtbot: QtBot, spy: SaveSpy[DecisionInput], letters: SessionLetterSettings | None = None
) -> DecisionDialog:
    dialog = DecisionDialog(
        agreement=LEASING,
        partner=PARTNER,
        schedule=schedule(LEASING, TODAY),
        today=TODAY,
        save=spy,
        letters=letters or SessionLetterSettings(),
    )
    open_dialog(qtbot, dialog)
    return dialog


def _show_leasing(window: MainWindow, portfolio: Portfolio) -> None:
    window.select_partner(portfolio.kopierwerk)
    window.detail.tabs.setCurrentIndex(TAB_AGREEMENTS)
    window.detail.editors.panel(ItemKind.AGREEMENT).select(portfolio.leasing)


def _agreement_row(path: Path, agreement_id: int) -> tuple[object, ...]:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT status, decision, decision_reasons, notice_sent_on, notice_sent_via,"
            " receipt_confirmed_on FROM agreement WHERE id = ?",
            (agreement_id,),
        ).fetchone()
    assert row is not None
    return tuple(row)


def _send_notice(qtbot: QtBot, modal: QWidget, day: QDate) -> None:
    tick(qtbot, child(modal, QCheckBox, "decisionSentOnSet"))
    child(modal, QDateEdit, "decisionSentOn").setDate(day)


def test_cancelling_records_the_termination_and_stops_its_reminders(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio, db_path: Path
) -> None:
    window = runtime.window
    assert any("Leasing Kopierer" in text for text in window.reminder_banner.texts())
    _show_leasing(window, portfolio)
    letters: list[str] = []

    def cancel_and_record(modal: QWidget) -> None:
        assert isinstance(modal, DecisionDialog)
        assert modal.objectName() == "decisionDialog"
        modal.choose(Decision.CANCEL)
        type_text(child(modal, QPlainTextEdit, "decisionReasons"), "Neues Gerät günstiger")
        letters.append(modal.letter.letter_text())
        _send_notice(qtbot, modal, QDate(2026, 11, 27))
        click_save(qtbot, modal)

    while_modal(window.detail.editors.act_button.click, cancel_and_record)

    assert _agreement_row(db_path, portfolio.leasing) == (
        "terminated",
        "cancel",
        "Neues Gerät günstiger",
        "2026-11-27",
        "Registered letter with return receipt",
        None,
    )
    assert not any("Leasing Kopierer" in text for text in window.reminder_banner.texts())
    assert window.detail.editors.panel(ItemKind.AGREEMENT).row_texts(2) == ["Terminated"]
    letter = letters[0]
    for expected in ("Kopierwerk Süd GmbH", "Postfach 10 20 30", "LV-2025-0042", "K-7781"):
        assert expected in letter
    assert letter.count("Kopierwerk Süd GmbH") == 1  # the address repeats no name
    assert "zum 28.02.2027" in letter
    assert "Schriftform" in letter


def test_the_reminders_open_button_leads_to_the_decision(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio
) -> None:
    window = runtime.window
    row = next(r for r in window.reminder_banner.rows() if r.reminder.title == "Leasing Kopierer")
    seen: list[str] = []

    def look_and_cancel(modal: QWidget) -> None:
        seen.append(modal.objectName())
        seen.append(child(modal, QLabel, "decisionSummary").text())
        child(modal, QPushButton, "dialogCancel").click()

    while_modal(row.open_button.click, look_and_cancel)

    assert seen[0] == "decisionDialog"
    assert seen[1].startswith("Renews on 28/02/2027 for 12 months unless cancelled by 30/11/2026.")
    assert window.detail.title_text == "Kopierwerk Süd GmbH"


def test_a_notice_dated_in_the_future_is_refused_and_nothing_changes(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio, db_path: Path
) -> None:
    _show_leasing(runtime.window, portfolio)
    messages: list[str] = []

    def future_then_cancel(modal: QWidget) -> None:
        assert isinstance(modal, DecisionDialog)
        modal.choose(Decision.CANCEL)
        _send_notice(qtbot, modal, QDate(2026, 12, 24))
        click_save(qtbot, modal)
        messages.append(modal.message)
        child(modal, QPushButton, "dialogCancel").click()

    while_modal(runtime.window.detail.editors.act_button.click, future_then_cancel)

    assert messages == [
        "The notice cannot have been sent in the future. Record it once it is sent."
    ]
    assert _agreement_row(db_path, portfolio.leasing)[:2] == ("active", None)


def test_a_decision_to_renegotiate_keeps_the_agreement_running(
    qtbot: QtBot, runtime: Runtime, portfolio: Portfolio, db_path: Path
) -> None:
    _show_leasing(runtime.window, portfolio)

    def renegotiate(modal: QWidget) -> None:
        assert isinstance(modal, DecisionDialog)
        modal.choose(Decision.RENEGOTIATE)
        assert not child(modal, QWidget, "decisionNotice").isVisible()
        type_text(child(modal, QPlainTextEdit, "decisionReasons"), "Preis um 10 % senken")
        click_save(qtbot, modal)

    while_modal(runtime.window.detail.editors.act_button.click, renegotiate)

    row = _agreement_row(db_path, portfolio.leasing)
    assert row[:3] == ("active", "renegotiate", "Preis um 10 % senken")


def test_saving_asks_for_a_decision_first(qtbot: QtBot) -> None:
    spy: SaveSpy[DecisionInput] = SaveSpy()
    dialog = _dialog(qtbot, spy)

    click_save(qtbot, dialog)

    assert spy.received == []
    assert dialog.message == "Please choose what to do."


def test_the_letter_can_be_saved_as_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, SaveSpy())
    dialog.choose(Decision.CANCEL)
    asked: list[str] = []

    def choose_file(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(tmp_path / "Kündigung Kopierer"), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)

    qtbot.mouseClick(dialog.letter.pdf_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "Kündigung Kopierer.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith("Kündigung Leasing Kopierer.pdf")
    assert dialog.message == f"Letter saved as {written}."


def test_a_letter_that_cannot_be_written_is_reported_calmly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, SaveSpy())
    dialog.choose(Decision.CANCEL)
    target = tmp_path / "missing folder" / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    dialog.letter.pdf_button.click()

    assert dialog.message.startswith("The letter could not be saved: ")
    assert dialog.isVisible()
    assert not target.exists()


def test_an_edited_template_and_sender_are_remembered(qtbot: QtBot) -> None:
    letters = SessionLetterSettings()
    first = _dialog(qtbot, SaveSpy(), letters)
    first.choose(Decision.CANCEL)
    template = first.letter.template_edit
    template.setPlainText("Kündigung {agreement} ({contract_number}) zum {end_date}\n{sender}")
    type_text(first.letter.sender_edit, "Musterfirma GmbH")

    assert first.letter.letter_text() == (
        "Kündigung Leasing Kopierer (LV-2025-0042) zum 28.02.2027\nMusterfirma GmbH"
    )
    click_save(qtbot, first)

    second = _dialog(qtbot, SaveSpy(), letters)
    assert letters.letter_sender() == "Musterfirma GmbH"
    assert second.letter.letter_text().startswith("Kündigung Leasing Kopierer (LV-2025-0042)")


def test_a_hand_edited_letter_is_kept_until_filled_in_again(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, SaveSpy())
    dialog.choose(Decision.CANCEL)
    letter = dialog.letter.letter_edit
    letter.setPlainText("Mein eigener Brief")
    letter.textChanged.emit()

    type_text(dialog.letter.sender_edit, "Musterfirma GmbH")
    kept = dialog.letter.letter_text()
    child(dialog, QPushButton, "decisionRefillLetter").click()

    assert kept == "Mein eigener Brief"
    assert dialog.letter.letter_text().startswith("Musterfirma GmbH")
    assert "Kündigung des Vertrags Leasing Kopierer" in dialog.letter.letter_text()


def test_the_builtin_template_is_used_until_changed(qtbot: QtBot) -> None:
    letters = SessionLetterSettings()
    dialog = _dialog(qtbot, SaveSpy(), letters)
    dialog.choose(Decision.CANCEL)

    click_save(qtbot, dialog)

    assert dialog.letter.template_edit.toPlainText() == DEFAULT_TEMPLATE
    assert letters.letter_template() == ""


def test_written_form_warns_when_sent_by_email(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, SaveSpy())
    dialog.choose(Decision.CANCEL)
    via = child(dialog, QComboBox, "decisionSentVia")

    via.setCurrentText("E-mail")

    assert child(dialog, QLabel, "decisionFormHint").text().startswith("Careful")


class _StoredLetters:
    """Stands in for ``Settings`` once it offers the letter accessors."""

    def __init__(self) -> None:
        self.values = {"template": "Kündigung {agreement}", "sender": "Musterfirma GmbH"}

    def letter_template(self) -> str:
        return self.values["template"]

    def set_letter_template(self, text: str) -> None:
        self.values["template"] = text

    def letter_sender(self) -> str:
        return self.values["sender"]

    def set_letter_sender(self, text: str) -> None:
        self.values["sender"] = text


def test_settings_with_letter_accessors_are_used_else_the_session_keeps_them() -> None:
    stored = _StoredLetters()

    assert letter_settings_from(stored) is stored
    assert isinstance(letter_settings_from(None), SessionLetterSettings)
    assert isinstance(letter_settings_from(object()), SessionLetterSettings)
