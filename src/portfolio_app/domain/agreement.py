"""Agreements with partners: contracts, leases, SLAs and their terms."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date

from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import AgreementId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.text import free_text, optional_line, required_line

MAX_TERM_MONTHS = 1200
MAX_NOTICE_AMOUNT = 3650
MAX_REMINDER_DAYS = 3650
MAX_NUMBER_LENGTH = 100
"""Contract and customer numbers."""

DEFAULT_REMINDER_DAYS = (120, 60, 30, 14, 7, 1)
"""Days before the last notice day on which reminders start a new stage."""


class AgreementKind(enum.StrEnum):
    """What sort of agreement it is."""

    SERVICE_CONTRACT = "service_contract"
    LEASE = "lease"
    SLA = "sla"
    FRAMEWORK = "framework"
    COOPERATION = "cooperation"
    NDA = "nda"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    """Life cycle of an agreement."""

    DRAFT = "draft"
    ACTIVE = "active"
    TERMINATED = "terminated"
    EXPIRED = "expired"


class PeriodUnit(enum.StrEnum):
    """Unit of a notice period."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class NoticeAnchor(enum.StrEnum):
    """The day to which notice can be given."""

    ANY_DAY = "any_day"
    END_OF_MONTH = "end_of_month"
    END_OF_QUARTER = "end_of_quarter"
    END_OF_TERM = "end_of_term"


class BillingPeriod(enum.StrEnum):
    """How often the agreement's value is charged."""

    ONE_OFF = "one_off"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class NoticeForm(enum.StrEnum):
    """The form a notice must take: written (Schriftform, signed) or text (Textform)."""

    WRITTEN = "written"
    TEXT = "text"


class Decision(enum.StrEnum):
    """What the user decided to do before the notice deadline."""

    RENEW = "renew"
    RENEGOTIATE = "renegotiate"
    SWITCH = "switch"
    CANCEL = "cancel"


_PER_YEAR = {BillingPeriod.MONTHLY: 12, BillingPeriod.QUARTERLY: 4, BillingPeriod.YEARLY: 1}


@dataclass(frozen=True, slots=True)
class NoticePeriod:
    """E.g. three months: ``NoticePeriod(3, PeriodUnit.MONTHS)``."""

    amount: int
    unit: PeriodUnit


@dataclass(frozen=True, slots=True)
class Agreement:
    """A contract, lease, SLA or other agreement with a partner.

    ``end_date`` is ``None`` for an open-ended agreement; ``renewal_months`` is ``None``
    when it does not renew automatically.
    """

    id: AgreementId | None
    partner_id: PartnerId
    title: str
    kind: AgreementKind = AgreementKind.SERVICE_CONTRACT
    status: AgreementStatus = AgreementStatus.ACTIVE
    start_date: date | None = None
    end_date: date | None = None
    minimum_term_months: int | None = None
    notice_period: NoticePeriod | None = None
    notice_anchor: NoticeAnchor = NoticeAnchor.END_OF_TERM
    renewal_months: int | None = None
    value: Money | None = None
    billing_period: BillingPeriod = BillingPeriod.MONTHLY
    document_link: str = ""
    notes: str = ""
    contract_number: str = ""
    customer_number: str = ""
    notice_address: str = ""
    notice_form: NoticeForm = NoticeForm.WRITTEN
    deputy: str = ""
    reminder_days: tuple[int, ...] = DEFAULT_REMINDER_DAYS
    decision: Decision | None = None
    decision_reasons: str = ""
    notice_sent_on: date | None = None
    notice_sent_via: str = ""
    receipt_confirmed_on: date | None = None

    def validated(self) -> Agreement:
        """Return a cleaned copy.

        Raises:
            ValidationError: A field breaks a rule; ``field`` names it.
        """
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                "agreement.end_before_start",
                f"{self.end_date} < {self.start_date}",
                field="end_date",
            )
        _check_months(self.minimum_term_months, "agreement.minimum_term", "minimum_term_months")
        _check_months(self.renewal_months, "agreement.renewal", "renewal_months")
        if self.notice_period is not None and not (
            0 < self.notice_period.amount <= MAX_NOTICE_AMOUNT
        ):
            raise ValidationError(
                "agreement.notice.invalid", str(self.notice_period), field="notice_period"
            )
        if self.value is not None and self.value.amount < 0:
            raise ValidationError("money.negative", str(self.value.amount), field="value")
        _check_receipt(self.notice_sent_on, self.receipt_confirmed_on)
        clean = dataclasses.replace(
            self,
            title=required_line(self.title, "agreement.title", "title"),
            document_link=optional_line(
                self.document_link, "agreement.document", "document_link", 2000
            ),
            notes=free_text(self.notes, "agreement.notes", "notes"),
        )
        return clean._with_clean_deadline_fields()

    def _with_clean_deadline_fields(self) -> Agreement:
        return dataclasses.replace(
            self,
            contract_number=_number(self.contract_number, "contract_number"),
            customer_number=_number(self.customer_number, "customer_number"),
            notice_address=free_text(
                self.notice_address, "agreement.notice_address", "notice_address"
            ),
            deputy=optional_line(self.deputy, "agreement.deputy", "deputy"),
            reminder_days=clean_reminder_days(self.reminder_days),
            decision_reasons=free_text(
                self.decision_reasons, "agreement.decision_reasons", "decision_reasons"
            ),
            notice_sent_via=optional_line(
                self.notice_sent_via, "agreement.notice_sent_via", "notice_sent_via"
            ),
        )

    def annual_cost(self) -> Money | None:
        """What the agreement costs per year, if it has a recurring value."""
        if self.value is None or self.billing_period not in _PER_YEAR:
            return None
        return self.value.times(_PER_YEAR[self.billing_period])


def clean_reminder_days(days: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    """Reminder day counts without duplicates, largest first.

    Raises:
        ValidationError: ``agreement.reminder_days.invalid`` (field ``reminder_days``) if a
            count is not between 1 and :data:`MAX_REMINDER_DAYS`.
    """
    for day in days:
        if not 0 < day <= MAX_REMINDER_DAYS:
            raise ValidationError(
                "agreement.reminder_days.invalid", f"reminder_days={day}", field="reminder_days"
            )
    return tuple(sorted(set(days), reverse=True))


def _number(raw: str, field: str) -> str:
    return optional_line(raw, f"agreement.{field}", field, MAX_NUMBER_LENGTH)


def _check_receipt(sent_on: date | None, receipt_on: date | None) -> None:
    if sent_on is not None and receipt_on is not None and receipt_on < sent_on:
        raise ValidationError(
            "agreement.receipt_before_sent",
            f"{receipt_on} < {sent_on}",
            field="receipt_confirmed_on",
        )


def _check_months(months: int | None, code: str, field: str) -> None:
    if months is not None and not 0 < months <= MAX_TERM_MONTHS:
        raise ValidationError(f"{code}.invalid", f"{field}={months}", field=field)
