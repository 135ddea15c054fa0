"""Act on a deadline: decide about an agreement and, to cancel it, write and record the notice."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.agreement import Agreement, Decision, NoticeForm
from portfolio_app.domain.deadlines import AgreementSchedule
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.partner import Partner
from portfolio_app.interchange.letters import FORM_NOTES, write_letter_pdf
from portfolio_app.services.changes import Changes
from portfolio_app.ui.dialogs.fields import OptionalDateEdit, TextArea
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.formatting import to_qdate
from portfolio_app.ui.labels import label
from portfolio_app.ui.letter_settings import LetterSettings
from portfolio_app.ui.schedule_text import schedule_lines, schedule_summary
from portfolio_app.ui.widgets.letter_editor import LetterEditor
from portfolio_app.ui.widgets.partner_overview import plain_label

LETTER_LOCALE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
"""Dates in the letter follow its (German) wording, not the user's display locale."""


@dataclass(frozen=True, slots=True)
class DecisionInput:
    """What the user decided, and for a cancellation how and when the notice went out."""

    decision: Decision
    reasons: str
    sent_on: date | None = None
    sent_via: str = ""
    receipt_confirmed_on: date | None = None

    def validated(self) -> DecisionInput:
        """Return self if the parts fit together.

        Raises:
            ValidationError: ``decision.receipt_without_sent`` (field ``notice_sent_on``):
                a receipt date without the date the notice was sent.
        """
        if self.receipt_confirmed_on is not None and self.sent_on is None:
            raise ValidationError("decision.receipt_without_sent", "", field="notice_sent_on")
        return self

    @property
    def records_termination(self) -> bool:
        """Whether the notice was sent (the agreement becomes terminated)."""
        return self.decision is Decision.CANCEL and self.sent_on is not None


class DecisionDialog(RecordDialog[DecisionInput]):
    """Shows the agreement's dates; takes a decision, its reasons and the notice record."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        agreement: Agreement,
        partner: Partner,
        schedule: AgreementSchedule,
        today: date,
        save: Callable[[DecisionInput], Changes],
        letters: LetterSettings,
    ) -> None:
        super().__init__(parent, save=save, object_name="decisionDialog")
        self.setWindowTitle(self.tr("Act on Deadline — %1").replace("%1", agreement.title))
        self._agreement = agreement
        self._partner = partner
        self._schedule = schedule
        self._today = today
        self._letters = letters
        self.setMinimumWidth(560)

        # Side by side, so that the dialog fits a laptop screen while cancelling.
        body = QWidget(self)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self._facts_box(body))
        left.addWidget(self._decision_box(body), 1)
        self._notice = self._notice_box(body)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 2)
        columns.addWidget(self._notice, 3)
        self._add_page(body, 1)
        self._fill()

        self._choices.idToggled.connect(self._on_choice_toggled)
        self._letter.pdf_requested.connect(self._on_pdf_requested)
        self._via.currentTextChanged.connect(self._on_via_changed)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        agreement: Agreement,
        partner: Partner,
        schedule: AgreementSchedule,
        today: date,
        save: Callable[[DecisionInput], Changes],
        letters: LetterSettings,
    ) -> Changes | None:
        """Let the user decide about ``agreement`` and store it through ``save``.

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(
            cls(
                parent,
                agreement=agreement,
                partner=partner,
                schedule=schedule,
                today=today,
                save=save,
                letters=letters,
            )
        )

    # ---- Public API (for tests and assistive checks)

    @property
    def summary_text(self) -> str:
        """The plain-language summary of the agreement's dates."""
        return self._summary.text()

    @property
    def letter(self) -> LetterEditor:
        """The letter, template and sender editor."""
        return self._letter

    def choose(self, decision: Decision) -> None:
        """Select a decision as the user would by clicking its radio button."""
        self._buttons_by_decision[decision].click()

    # ---- building

    def _facts_box(self, parent: QWidget) -> QWidget:
        box = QGroupBox(
            self.tr("“%1” with %2")
            .replace("%1", self._agreement.title)
            .replace("%2", self._partner.name),
            parent,
        )
        box.setObjectName("decisionFacts")
        form = QFormLayout(box)
        self._summary = plain_label(box, "decisionSummary")
        form.addRow(self._summary)
        for caption, value in schedule_lines(self._agreement, self._schedule):
            value_label = plain_label(box)
            value_label.setText(value)
            form.addRow(caption, value_label)
        form.addRow(self.tr("Form of notice"), self._plain(box, label(self._agreement.notice_form)))
        if self._agreement.deputy:
            form.addRow(self.tr("Deputy"), self._plain(box, self._agreement.deputy))
        return box

    def _decision_box(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Decision"), parent)
        box.setObjectName("decisionChoice")
        layout = QVBoxLayout(box)
        self._choices = QButtonGroup(self)
        self._buttons_by_decision: dict[Decision, QRadioButton] = {}
        texts = {
            Decision.RENEW: self.tr("&Renew: let it run on as it is"),
            Decision.RENEGOTIATE: self.tr("Re&negotiate: talk about new terms before the deadline"),
            Decision.SWITCH: self.tr("S&witch: move to another partner (and give notice)"),
            Decision.CANCEL: self.tr("&Cancel: give notice now"),
        }
        for index, decision in enumerate(Decision):
            button = QRadioButton(texts[decision], box)
            button.setObjectName(f"decision{decision.value.capitalize()}")
            button.setAccessibleName(label(decision))
            self._choices.addButton(button, index)
            self._buttons_by_decision[decision] = button
            layout.addWidget(button)
        self._register("decision", self._buttons_by_decision[Decision.RENEW])
        self._reasons = TextArea(box, "decisionReasons", lines=3)
        self._reasons.setPlaceholderText(
            self.tr("Why? E.g. prices rose by 12 %, service was late three times.")
        )
        form = QFormLayout()
        self._add_row(form, self.tr("R&easons:"), self._reasons, field="decision_reasons")
        layout.addLayout(form)
        return box

    def _notice_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Notice of termination"), parent)
        box.setObjectName("decisionNotice")
        self._letter = LetterEditor(box)
        self._form_hint = plain_label(box, "decisionFormHint")
        self._sent_on = OptionalDateEdit(
            box,
            object_name="decisionSentOn",
            check_text=self.tr("The notice has been sent"),
            empty_text=self.tr("not sent yet"),
        )
        self._via = QComboBox(box)
        self._via.setObjectName("decisionSentVia")
        self._via.setEditable(True)
        self._via.addItems(
            [
                self.tr("Registered letter with return receipt"),
                self.tr("Registered letter (drop-in)"),
                self.tr("Letter by courier, with receipt"),
                self.tr("Handed over in person, with receipt"),
                self.tr("E-mail"),
                self.tr("Fax"),
            ]
        )
        self._receipt = OptionalDateEdit(
            box,
            object_name="decisionReceipt",
            check_text=self.tr("The partner confirmed receipt"),
            empty_text=self.tr("not confirmed yet"),
        )
        form = QFormLayout()
        self._add_row(form, self.tr("Sent &on:"), self._sent_on, field="notice_sent_on")
        self._add_row(form, self.tr("Sent &via:"), self._via, field="notice_sent_via")
        self._add_row(
            form, self.tr("Receipt con&firmed on:"), self._receipt, field="receipt_confirmed_on"
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self._letter, 1)
        layout.addWidget(self._form_hint)
        layout.addLayout(form)
        return box

    def _fill(self) -> None:
        agreement = self._agreement
        self._summary.setText(schedule_summary(agreement, self._schedule, self._today))
        decision = agreement.decision
        if decision is not None:
            self._buttons_by_decision[decision].setChecked(True)
        self._reasons.setPlainText(agreement.decision_reasons)
        self._sent_on.set_value(agreement.notice_sent_on)
        self._sent_on.set_suggestion(self._today)
        self._receipt.set_suggestion(self._today)
        if agreement.notice_sent_via:
            self._via.setCurrentText(agreement.notice_sent_via)
        self._receipt.set_value(agreement.receipt_confirmed_on)
        self._letter.start(
            self._letters.letter_template(), self._letters.letter_sender(), self._letter_fields()
        )
        self._on_via_changed(self._via.currentText())
        self._notice.setVisible(decision is Decision.CANCEL)

    def _letter_fields(self) -> dict[str, str]:
        agreement, partner = self._agreement, self._partner
        end = agreement.end_date if agreement.notice_sent_on else None
        end = end or self._schedule.next_end
        return {
            "partner": partner.name,
            "notice_address": _address_without_name(
                agreement.notice_address or partner.address, partner.name
            ),
            "contract_number": agreement.contract_number,
            "customer_number": agreement.customer_number,
            "agreement": agreement.title,
            "end_date": _letter_date(end),
            "today": _letter_date(self._today),
            "form_note": FORM_NOTES.get(agreement.notice_form.value, ""),
        }

    @staticmethod
    def _plain(parent: QWidget, text: str) -> QLabel:
        widget = plain_label(parent)
        widget.setText(text)
        return widget

    # ---- RecordDialog

    def _build(self) -> DecisionInput:
        checked = self._choices.checkedId()
        if checked < 0:
            raise ValidationError("decision.missing", "", field="decision")
        decision = list(Decision)[checked]
        cancel = decision is Decision.CANCEL
        return DecisionInput(
            decision=decision,
            reasons=self._reasons.toPlainText(),
            sent_on=self._sent_on.value() if cancel else None,
            sent_via=self._via.currentText().strip() if cancel else "",
            receipt_confirmed_on=self._receipt.value() if cancel else None,
        )

    @Slot()
    def _on_save_requested(self) -> None:
        self._remember_letter()
        super()._on_save_requested()

    # ---- Slots and helpers

    @Slot(int, bool)
    def _on_choice_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._notice.setVisible(list(Decision)[index] is Decision.CANCEL)
            self.adjustSize()

    @Slot(str)
    def _on_via_changed(self, via: str) -> None:
        written = self._agreement.notice_form is NoticeForm.WRITTEN
        electronic = via in (self.tr("E-mail"), self.tr("Fax"))
        if written and electronic:
            text = self.tr(
                "Careful: this agreement requires written form. An e-mail or fax does not "
                "meet it; send a letter signed by hand."
            )
        elif written:
            text = self.tr(
                "Written form: print the letter, sign it by hand and keep the proof of delivery."
            )
        else:
            text = self.tr("Text form is enough: a letter, e-mail or fax will do.")
        self._form_hint.setText(text)

    @Slot()
    def _on_pdf_requested(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{_file_stem(self._agreement.title)}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Letter as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_letter_pdf(
                self._letter.letter_text(), target, title=f"Kündigung {self._agreement.title}"
            )
        except OSError as error:
            self._show_text(
                self.tr("The letter could not be saved: %1").replace(
                    "%1", error.strerror or str(error)
                )
            )
            return
        self._remember_letter()
        self._show_text(self.tr("Letter saved as %1.").replace("%1", str(target)), error=False)

    def _remember_letter(self) -> None:
        template, sender = self._letter.template_text(), self._letter.sender_text()
        if template != self._letters.letter_template():
            self._letters.set_letter_template(template)
        if sender != self._letters.letter_sender():
            self._letters.set_letter_sender(sender)


def _letter_date(day: date | None) -> str:
    return LETTER_LOCALE.toString(to_qdate(day), "dd.MM.yyyy") if day else ""


def _address_without_name(address: str, name: str) -> str:
    """The address lines below the partner's name, which the letter writes itself."""
    first, _, rest = address.strip().partition("\n")
    return rest.strip() if first.strip().casefold() == name.strip().casefold() else address


def _file_stem(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip()
    return f"Kündigung {cleaned}".strip()
