"""Create or edit an agreement: what it is, its term, notice and value."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from portfolio_app.domain.agreement import (
    MAX_NOTICE_AMOUNT,
    MAX_TERM_MONTHS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    NoticeAnchor,
    NoticeForm,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.services.changes import Changes
from portfolio_app.ui.accessibility import describe, describe_tabs
from portfolio_app.ui.dialogs.fields import (
    OptionalDateEdit,
    TextArea,
    current_enum,
    enum_combo,
    format_amount,
    parse_number,
    select_data,
    set_expanding,
)
from portfolio_app.ui.dialogs.record_dialog import RecordDialog
from portfolio_app.ui.formatting import from_qdate
from portfolio_app.ui.schedule_text import schedule_summary, termination_record

_SUMMARY_STYLE = (
    "QLabel#agreementSummary { background-color: #eef4fb; border: 1px solid #b7cde6;"
    " border-radius: 4px; padding: 6px; color: #1d3b5c; }"
)


class AgreementDialog(RecordDialog[Agreement]):
    """Title, kind, term, notice and value of an agreement; callers use :meth:`ask`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        save: Callable[[Agreement], Changes],
        partner_id: PartnerId,
        agreement: Agreement | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, save=save, object_name="agreementDialog")
        self.setWindowTitle(self.tr("Edit Agreement") if agreement else self.tr("New Agreement"))
        self._original = agreement or Agreement(id=None, partner_id=partner_id, title="")
        self._today = today or from_qdate(QDate.currentDate())

        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("agreementTabs")
        self._tabs.setAccessibleName(self.tr("Agreement sections"))
        self._tabs.addTab(self._general_page(), self.tr("&General"))
        self._tabs.addTab(self._term_page(), self.tr("Te&rm && notice"))
        self._tabs.addTab(self._notice_page(), self.tr("Not&ice && contact"))
        self._add_page(self._tabs, 1)
        self._summary = QLabel(self)
        self._summary.setObjectName("agreementSummary")
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)
        self._summary.setStyleSheet(_SUMMARY_STYLE)
        self._summary.setAccessibleName(self.tr("What happens next"))
        self._add_page(self._summary)
        self._fill(self._original)
        self.setMinimumWidth(600)

        self._notice_amount.valueChanged.connect(self._on_notice_amount_changed)
        self._renews.toggled.connect(self._renewal_months.setEnabled)
        self._browse.clicked.connect(self._on_browse_clicked)
        self._connect_summary()
        self._update_summary()
        describe(
            self,
            {
                "agreementTitle": self.tr("A short name for the agreement; required"),
                "agreementKind": self.tr(
                    "The kind of agreement, e.g. contract or framework agreement"
                ),
                "agreementStatus": self.tr(
                    "Whether the agreement is being negotiated, running or ended"
                ),
                "agreementValue": self.tr("The amount paid per billing period"),
                "agreementCurrency": self.tr("The currency of the value"),
                "agreementBillingPeriod": self.tr("How often the value is paid"),
                "agreementDocumentLink": self.tr(
                    "Where the signed document is stored (a file or web address)"
                ),
                "agreementBrowseDocument": self.tr("Opens a file dialog to choose the document"),
                "agreementNotes": self.tr("Free notes about the agreement"),
                "agreementStartDate": self.tr("The day the agreement begins"),
                "agreementStartDateSet": self.tr("Check when the start date is known"),
                "agreementEndDate": self.tr("The day the agreement ends, if it has a fixed end"),
                "agreementEndDateSet": self.tr("Check when the agreement has a fixed end date"),
                "agreementMinimumTerm": self.tr("The minimum term in months"),
                "agreementRenews": self.tr(
                    "Check when the agreement renews itself unless notice is given"
                ),
                "agreementRenewalMonths": self.tr(
                    "By how many months the agreement renews each time"
                ),
                "agreementNoticeAmount": self.tr("How long the notice period is"),
                "agreementNoticeUnit": self.tr(
                    "Whether the notice period counts days, weeks or months"
                ),
                "agreementNoticeAnchor": self.tr("What the notice period counts back from"),
                "agreementNoticeForm": self.tr("The form notice must take, e.g. in writing"),
                "agreementReminderDays": self.tr(
                    "How many days before the notice deadline to remind you, separated by commas"
                ),
                "agreementContractNumber": self.tr(
                    "The partner's number for this contract, for the notice letter"
                ),
                "agreementCustomerNumber": self.tr(
                    "Your customer number with the partner, for the notice letter"
                ),
                "agreementNoticeAddress": self.tr("Where a notice letter must be sent"),
                "agreementDeputy": self.tr("Who acts on the deadlines when the owner is away"),
            },
        )
        describe_tabs(
            self._tabs,
            self.tr("Agreement sections"),
            self.tr("Details, term and notice, and the notice letter data"),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        save: Callable[[Agreement], Changes],
        partner_id: PartnerId,
        agreement: Agreement | None = None,
        today: date | None = None,
    ) -> Changes | None:
        """Let the user create or edit an agreement and save it through ``save``.

        Args:
            parent: The window the dialog belongs to.
            save: Stores the agreement; its errors keep the dialog open.
            partner_id: The partner a new agreement belongs to.
            agreement: The agreement to edit, or ``None`` for a new one.
            today: The day the summary of the dates counts from (default: the system's).

        Returns:
            What ``save`` changed, or ``None`` if the user cancelled.
        """
        return cls._run(
            cls(parent, save=save, partner_id=partner_id, agreement=agreement, today=today)
        )

    @property
    def summary_text(self) -> str:
        """The plain-language summary of the computed dates, as shown."""
        return self._summary.text()

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)

        self._title = QLineEdit(page)
        self._title.setObjectName("agreementTitle")
        self._title.setPlaceholderText(self.tr("e.g. Printing of brochures 2026"))
        self._add_row(form, self.tr("&Title:"), self._title, field="title")

        self._kind = enum_combo(page, AgreementKind, "agreementKind")
        self._add_row(form, self.tr("&Kind:"), self._kind)

        self._status = enum_combo(page, AgreementStatus, "agreementStatus")
        self._add_row(form, self.tr("&Status:"), self._status)

        self._add_row(form, self.tr("&Value:"), self._value_row(page), buddy=self._amount)

        document = QWidget(page)
        self._document = QLineEdit(document)
        self._document.setObjectName("agreementDocumentLink")
        self._document.setPlaceholderText(self.tr("File path or web address"))
        self._document.setAccessibleName(self.tr("Document"))
        self._browse = QPushButton(self.tr("&Browse…"), document)
        self._browse.setObjectName("agreementBrowseDocument")
        self._browse.setAccessibleName(self.tr("Choose a document file"))
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._document, 1)
        row.addWidget(self._browse)
        self._add_row(form, self.tr("&Document:"), document, buddy=self._document)
        self._register("document_link", self._document)

        self._notes = TextArea(page, "agreementNotes", lines=4)
        self._add_row(form, self.tr("&Notes:"), self._notes, field="notes")
        return page

    def _value_row(self, page: QWidget) -> QWidget:
        row_widget = QWidget(page)
        self._amount = QLineEdit(row_widget)
        self._amount.setObjectName("agreementValue")
        self._amount.setAccessibleName(self.tr("Value"))
        self._amount.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", format_amount(Decimal("1234.50"), self.locale()))
        )
        self._amount.setToolTip(self.tr("Leave empty if the agreement has no value"))
        self._currency = QLineEdit("EUR", row_widget)
        self._currency.setObjectName("agreementCurrency")
        self._currency.setAccessibleName(self.tr("Currency"))
        self._currency.setMaxLength(3)
        self._currency.setFixedWidth(self._currency.fontMetrics().horizontalAdvance("MMMM") + 12)
        self._billing = enum_combo(row_widget, BillingPeriod, "agreementBillingPeriod")
        self._billing.setAccessibleName(self.tr("Billing period"))
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._amount, 1)
        row.addWidget(self._currency)
        row.addWidget(self._billing)
        self._register("value", self._amount)
        self._register("currency", self._currency)
        return row_widget

    def _term_page(self) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)

        self._start = OptionalDateEdit(
            page,
            object_name="agreementStartDate",
            check_text=self.tr("The agreement has a start date"),
            empty_text=self.tr("no date"),
        )
        self._add_row(form, self.tr("St&art date:"), self._start, field="start_date")

        self._end = OptionalDateEdit(
            page,
            object_name="agreementEndDate",
            check_text=self.tr("The agreement has an end date"),
            empty_text=self.tr("open-ended"),
        )
        self._add_row(form, self.tr("&End date:"), self._end, field="end_date")

        self._minimum_term = self._months_spin(page, "agreementMinimumTerm", 0)
        self._minimum_term.setSpecialValueText(self.tr("none"))
        self._add_row(
            form, self.tr("&Minimum term:"), self._minimum_term, field="minimum_term_months"
        )

        self._add_row(
            form, self.tr("N&otice period:"), self._notice_row(page), buddy=self._notice_amount
        )

        renewal = QWidget(page)
        self._renews = QCheckBox(self.tr("Re&news automatically by"), renewal)
        self._renews.setObjectName("agreementRenews")
        self._renews.setAccessibleName(self.tr("Renews automatically"))
        self._renewal_months = self._months_spin(renewal, "agreementRenewalMonths", 1)
        self._renewal_months.setAccessibleName(self.tr("Renewal term"))
        row = QHBoxLayout(renewal)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._renews)
        row.addWidget(self._renewal_months, 1)
        form.addRow("", renewal)
        self._register("renewal_months", self._renewal_months)
        return page

    def _notice_row(self, page: QWidget) -> QWidget:
        row_widget = QWidget(page)
        self._notice_amount = QSpinBox(row_widget)
        self._notice_amount.setObjectName("agreementNoticeAmount")
        self._notice_amount.setAccessibleName(self.tr("Notice period"))
        self._notice_amount.setRange(0, MAX_NOTICE_AMOUNT)
        self._notice_amount.setSpecialValueText(self.tr("none"))
        self._notice_unit = enum_combo(row_widget, PeriodUnit, "agreementNoticeUnit")
        self._notice_unit.setAccessibleName(self.tr("Unit of the notice period"))
        self._notice_anchor = enum_combo(row_widget, NoticeAnchor, "agreementNoticeAnchor")
        self._notice_anchor.setAccessibleName(self.tr("Notice is given"))
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._notice_amount)
        row.addWidget(self._notice_unit)
        row.addWidget(self._notice_anchor, 1)
        self._register("notice_period", self._notice_amount)
        return row_widget

    def _notice_page(self) -> QWidget:
        page = QWidget(self)
        form = self._new_form(page)
        self._contract_number = self._line(page, "agreementContractNumber")
        self._add_row(
            form, self.tr("&Contract number:"), self._contract_number, field="contract_number"
        )
        self._customer_number = self._line(page, "agreementCustomerNumber")
        self._add_row(
            form, self.tr("C&ustomer number:"), self._customer_number, field="customer_number"
        )
        self._notice_address = TextArea(page, "agreementNoticeAddress", lines=4)
        self._notice_address.setPlaceholderText(
            self.tr("Where the notice must go, if not to the partner's address")
        )
        self._add_row(
            form, self.tr("Notice &address:"), self._notice_address, field="notice_address"
        )
        self._notice_form = enum_combo(page, NoticeForm, "agreementNoticeForm")
        self._add_row(form, self.tr("Required &form:"), self._notice_form)
        self._deputy = self._line(page, "agreementDeputy")
        self._deputy.setPlaceholderText(self.tr("Who acts on the deadlines when you are away"))
        self._add_row(form, self.tr("De&puty:"), self._deputy, field="deputy")
        self._reminder_days = self._line(page, "agreementReminderDays")
        self._reminder_days.setPlaceholderText("120, 60, 30, 14, 7, 1")
        self._reminder_days.setToolTip(
            self.tr(
                "Days before the last notice day on which you are reminded, separated by "
                "commas. Reminders repeat until you mark them done."
            )
        )
        self._add_row(
            form, self.tr("Remind me, da&ys before:"), self._reminder_days, field="reminder_days"
        )
        self._termination = QLabel(page)
        self._termination.setObjectName("agreementTermination")
        self._termination.setTextFormat(Qt.TextFormat.PlainText)
        self._termination.setWordWrap(True)
        form.addRow(self._termination)
        return page

    @staticmethod
    def _line(parent: QWidget, object_name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(object_name)
        return edit

    def _months_spin(self, parent: QWidget, object_name: str, minimum: int) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(object_name)
        spin.setRange(minimum, MAX_TERM_MONTHS)
        spin.setSuffix(self.tr(" months"))
        set_expanding(spin)
        return spin

    def _fill(self, agreement: Agreement) -> None:
        self._title.setText(agreement.title)
        select_data(self._kind, agreement.kind)
        select_data(self._status, agreement.status)
        if agreement.value is not None:
            self._amount.setText(format_amount(agreement.value.amount, self._amount.locale()))
            self._currency.setText(agreement.value.currency)
        select_data(self._billing, agreement.billing_period)
        self._document.setText(agreement.document_link)
        self._notes.setPlainText(agreement.notes)
        self._start.set_value(agreement.start_date)
        self._end.set_value(agreement.end_date)
        self._minimum_term.setValue(agreement.minimum_term_months or 0)
        notice = agreement.notice_period
        self._notice_amount.setValue(notice.amount if notice else 0)
        select_data(self._notice_unit, notice.unit if notice else PeriodUnit.MONTHS)
        self._notice_unit.setEnabled(notice is not None)
        select_data(self._notice_anchor, agreement.notice_anchor)
        self._renews.setChecked(agreement.renewal_months is not None)
        self._renewal_months.setValue(agreement.renewal_months or 12)
        self._renewal_months.setEnabled(agreement.renewal_months is not None)
        self._contract_number.setText(agreement.contract_number)
        self._customer_number.setText(agreement.customer_number)
        self._notice_address.setPlainText(agreement.notice_address)
        select_data(self._notice_form, agreement.notice_form)
        self._deputy.setText(agreement.deputy)
        self._reminder_days.setText(", ".join(str(days) for days in agreement.reminder_days))
        record = termination_record(agreement)
        self._termination.setText(record)
        self._termination.setVisible(bool(record))

    def _reminder_days_value(self) -> tuple[int, ...]:
        """The reminder days typed in, e.g. "120, 60, 30" → (120, 60, 30).

        Raises:
            ValidationError: ``agreement.reminder_days.invalid`` on field ``reminder_days``.
        """
        text = self._reminder_days.text().replace(";", ",")
        parts = [part.strip() for part in text.split(",") if part.strip()]
        try:
            days = tuple(int(part) for part in parts)
        except ValueError as error:
            raise ValidationError(
                "agreement.reminder_days.invalid", text, field="reminder_days"
            ) from error
        if not days:
            raise ValidationError("agreement.reminder_days.invalid", text, field="reminder_days")
        return days

    def _value(self) -> Money | None:
        """The value typed in, or ``None`` when the amount is empty.

        Raises:
            ValidationError: ``money.*`` on field ``value`` (or ``currency``).
        """
        amount = parse_number(self._amount, "money.invalid", "value")
        if amount is None:
            return None
        try:
            return Money.of(amount, self._currency.text())
        except ValidationError as error:
            field = "currency" if error.code == "money.currency" else "value"
            raise ValidationError(error.code, error.detail, field=field) from error

    def _terms(self) -> Agreement:
        """The original with the status and the term fields as entered (for the summary)."""
        notice_amount = self._notice_amount.value()
        notice = (
            NoticePeriod(notice_amount, current_enum(self._notice_unit, PeriodUnit))
            if notice_amount
            else None
        )
        return dataclasses.replace(
            self._original,
            status=current_enum(self._status, AgreementStatus),
            start_date=self._start.value(),
            end_date=self._end.value(),
            minimum_term_months=self._minimum_term.value() or None,
            notice_period=notice,
            notice_anchor=current_enum(self._notice_anchor, NoticeAnchor),
            renewal_months=self._renewal_months.value() if self._renews.isChecked() else None,
        )

    def _build(self) -> Agreement:
        return dataclasses.replace(
            self._terms(),
            title=self._title.text(),
            kind=current_enum(self._kind, AgreementKind),
            value=self._value(),
            billing_period=current_enum(self._billing, BillingPeriod),
            document_link=self._document.text(),
            notes=self._notes.toPlainText(),
            contract_number=self._contract_number.text(),
            customer_number=self._customer_number.text(),
            notice_address=self._notice_address.toPlainText(),
            notice_form=current_enum(self._notice_form, NoticeForm),
            deputy=self._deputy.text(),
            reminder_days=self._reminder_days_value(),
        )

    def _connect_summary(self) -> None:
        for combo in (self._status, self._notice_unit, self._notice_anchor):
            combo.currentIndexChanged.connect(self._update_summary)
        for spin in (self._minimum_term, self._notice_amount, self._renewal_months):
            spin.valueChanged.connect(self._update_summary)
        self._renews.toggled.connect(self._update_summary)
        for dates in (self._start, self._end):
            dates.check_box.toggled.connect(self._update_summary)
            dates.date_edit.dateChanged.connect(self._update_summary)

    @Slot()
    def _update_summary(self) -> None:
        terms = self._terms()
        if terms.start_date and terms.end_date and terms.end_date < terms.start_date:
            self._summary.setText(self.tr("The end date lies before the start date."))
            return
        text = schedule_summary(terms, schedule(terms, self._today), self._today)
        if terms.status is AgreementStatus.TERMINATED and terms.notice_sent_on is None:
            text += " " + self.tr(
                "Record when and how the notice was sent with “Act on deadline…” in the "
                "agreements tab."
            )
        self._summary.setText(text)

    @Slot(int)
    def _on_notice_amount_changed(self, amount: int) -> None:
        self._notice_unit.setEnabled(amount > 0)

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose Document"))
        if path:
            self._document.setText(path)
