"""Build the domain record of one row from its cells, one builder per import kind.

Builders read every cell they know, note each problem on the :class:`Cells` and fall back to
the domain's defaults for blank cells; the caller drops the row if any problem was noted.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from datetime import date, tzinfo
from typing import TypeVar

from portfolio_app.domain.agreement import (
    DEFAULT_REMINDER_DAYS,
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    Decision,
    NoticeAnchor,
    NoticeForm,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus, clean_tags
from portfolio_app.domain.text import single_line
from portfolio_app.interchange.amounts import parse_amount, parse_currency
from portfolio_app.interchange.rows import ImportKind, ImportRecord
from portfolio_app.interchange.values import (
    parse_anchor,
    parse_bool,
    parse_cadence,
    parse_category,
    parse_choice,
    parse_date,
    parse_datetime,
    parse_months,
    parse_notice,
    parse_time,
)
from portfolio_app.interchange.wording import quoted

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

NO_PARTNER = PartnerId(0)
COMPOSED_OF: dict[tuple[ImportKind, str], tuple[str, ...]] = {
    (ImportKind.PARTNERS, "address"): ("street", "postal_code", "city", "country"),
    (ImportKind.CONTACTS, "name"): ("first_name", "last_name"),
    (ImportKind.CONTACTS, "phone"): ("mobile",),
    (ImportKind.AGREEMENTS, "notice_period"): ("notice_unit",),
    (ImportKind.AGREEMENTS, "value"): ("currency",),
}
"""Fields whose value may come from other columns instead or as well."""

_LIST = re.compile(r"[,;|\n]")
_BARE_NUMBER = re.compile(r"\d+(?:[.,]0+)?")
_DAY_COUNT = re.compile(r"[0-9]{1,5}")


class Cells:
    """The cells of one row by field name, and the problems found in them."""

    def __init__(
        self,
        values: Mapping[str, str],
        decimal_comma: Mapping[str, bool | None],
        zone: tzinfo | None,
    ) -> None:
        self._values = values
        self._decimal_comma = decimal_comma
        self.zone = zone
        self.problems: list[tuple[str, str, str]] = []
        """(field, code, detail) in the order found."""

    def text(self, field: str) -> str:
        """The cell's text ("" when the field has no column)."""
        return self._values.get(field, "")

    def line(self, field: str) -> str:
        """The cell's text on one line."""
        return single_line(self.text(field))

    def problem(self, field: str, code: str, detail: str) -> None:
        """Note a problem with ``field`` (``""``: the whole row)."""
        self.problems.append((field, code, detail))

    def has_problem(self, field: str) -> bool:
        """Whether a problem with ``field`` was noted."""
        return any(noted == field for noted, _code, _detail in self.problems)

    def get(self, field: str, parse: Callable[[str], T | None]) -> T | None:
        """The parsed cell, or ``None`` when blank or wrong (the problem is noted)."""
        try:
            return parse(self.text(field))
        except ValidationError as error:
            self.problem(field, error.code, error.detail or error.code)
            return None

    def choice(self, field: str, enum_type: type[E], default: E) -> E:
        """The member a cell names, or ``default`` when it is blank (or wrong)."""
        member = self.get(field, lambda text: parse_choice(text, enum_type))
        return default if member is None else member

    def flag(self, field: str) -> bool:
        """Yes or no; blank is no."""
        return self.get(field, parse_bool) or False

    def date(self, field: str) -> date | None:
        """A date cell."""
        return self.get(field, parse_date)

    def decimal_comma(self, field: str) -> bool | None:
        """Whether amounts in ``field`` use a decimal comma (``None``: cannot tell)."""
        return self._decimal_comma.get(field)


def build_partner(cells: Cells) -> Partner:
    """A partner (not yet validated)."""
    return Partner(
        id=None,
        name=cells.text("name"),
        category=parse_category(cells.text("category")),
        status=cells.choice("status", PartnerStatus, PartnerStatus.ACTIVE),
        partner_since=cells.date("partner_since"),
        website=cells.text("website"),
        address=_address(cells),
        description=cells.text("description"),
        values_expectations=cells.text("values_expectations"),
        tags=cells.get("tags", lambda text: clean_tags(_LIST.split(text))) or (),
        archived=cells.flag("archived"),
        internal_owner=cells.text("internal_owner"),
        criticality=cells.choice("criticality", Criticality, Criticality.MEDIUM),
        contact_cadence_days=cells.get("contact_cadence_days", parse_cadence),
    )


def build_contact(cells: Cells) -> ContactPerson:
    """A contact person (not yet validated) of a partner still to be found."""
    names = (cells.line("first_name"), cells.line("last_name"))
    phones = (cells.line("phone"), cells.line("mobile"))
    return ContactPerson(
        id=None,
        partner_id=NO_PARTNER,
        name=cells.text("name") or " ".join(part for part in names if part),
        role=cells.text("role"),
        email=cells.text("email"),
        phone=" / ".join(part for part in phones if part),
        is_primary=cells.flag("is_primary"),
        notes=cells.text("notes"),
    )


def build_agreement(cells: Cells) -> Agreement:
    """An agreement (not yet validated) with a partner still to be found."""
    notice_period, notice_anchor = _notice(cells)
    return Agreement(
        id=None,
        partner_id=NO_PARTNER,
        title=cells.text("title"),
        kind=cells.choice("kind", AgreementKind, AgreementKind.SERVICE_CONTRACT),
        status=cells.choice("status", AgreementStatus, AgreementStatus.ACTIVE),
        start_date=cells.date("start_date"),
        end_date=cells.date("end_date"),
        minimum_term_months=cells.get("minimum_term_months", parse_months),
        notice_period=notice_period,
        notice_anchor=notice_anchor,
        renewal_months=cells.get("renewal_months", parse_months),
        value=_money(cells),
        billing_period=cells.choice("billing_period", BillingPeriod, BillingPeriod.MONTHLY),
        document_link=cells.text("document_link"),
        notes=cells.text("notes"),
        contract_number=cells.text("contract_number"),
        customer_number=cells.text("customer_number"),
        notice_address=cells.text("notice_address"),
        notice_form=cells.choice("notice_form", NoticeForm, NoticeForm.WRITTEN),
        deputy=cells.text("deputy"),
        reminder_days=cells.get("reminder_days", _days) or DEFAULT_REMINDER_DAYS,
        decision=cells.get("decision", lambda text: parse_choice(text, Decision)),
        decision_reasons=cells.text("decision_reasons"),
        notice_sent_on=cells.date("notice_sent_on"),
        notice_sent_via=cells.text("notice_sent_via"),
        receipt_confirmed_on=cells.date("receipt_confirmed_on"),
    )


def build_note(cells: Cells) -> CommunicationNote | None:
    """A communication note (not yet validated); ``None`` without a usable date."""
    at = cells.get("time", parse_time)
    when = cells.get("when", lambda text: parse_datetime(text, cells.zone, at))
    if when is None:
        if not cells.has_problem("when"):  # e.g. "offen": no date, but not blank either
            cells.problem("when", "import.required.missing", "a note needs a date")
        return None
    return CommunicationNote(
        id=None,
        partner_id=NO_PARTNER,
        when=when,
        subject=cells.text("subject"),
        channel=cells.choice("channel", Channel, Channel.MEETING),
        participants=cells.text("participants"),
        body=cells.text("body"),
        outcome=cells.text("outcome"),
        mood=cells.choice("mood", Mood, Mood.NEUTRAL),
        misunderstanding=cells.flag("misunderstanding"),
        resolution=cells.text("resolution"),
        follow_up=_follow_up(cells),
    )


BUILDERS: dict[ImportKind, Callable[[Cells], ImportRecord | None]] = {
    ImportKind.PARTNERS: build_partner,
    ImportKind.CONTACTS: build_contact,
    ImportKind.AGREEMENTS: build_agreement,
    ImportKind.NOTES: build_note,
}


def _address(cells: Cells) -> str:
    place = " ".join(part for part in (cells.line("postal_code"), cells.line("city")) if part)
    lines = (cells.text("address"), cells.line("street"), place, cells.line("country"))
    return "\n".join(line for line in lines if line)


def _notice(cells: Cells) -> tuple[NoticePeriod | None, NoticeAnchor]:
    """The notice period (a separate unit column applies to a bare number) and its anchor."""
    notice = cells.get("notice_period", parse_notice)
    unit = cells.get("notice_unit", lambda text: parse_choice(text, PeriodUnit))
    anchor = cells.get("notice_anchor", parse_anchor)
    period = None if notice is None else notice[0]
    if period is not None and unit is not None:
        if _BARE_NUMBER.fullmatch(cells.text("notice_period")):
            period = NoticePeriod(period.amount, unit)
        elif period.unit is not unit:
            detail = f"{quoted(cells.text('notice_period'))} is not in {unit.value}"
            cells.problem("notice_unit", "import.notice.invalid", detail)
    if anchor is None and notice is not None:
        anchor = notice[1]
    return period, NoticeAnchor.END_OF_TERM if anchor is None else anchor


def _money(cells: Cells) -> Money | None:
    amount = cells.get("value", lambda text: parse_amount(text, cells.decimal_comma("value")))
    column_currency = parse_currency(cells.text("currency"))
    if amount is None:
        return None
    number, written_currency = amount
    if column_currency and written_currency and column_currency != written_currency:
        detail = f"{quoted(cells.text('value'))} is not in {column_currency}"
        cells.problem("value", "import.money.currency_conflict", detail)
        return None
    try:
        return Money.of(number, column_currency or written_currency or "EUR")
    except ValidationError as error:
        field = "currency" if error.code == "money.currency" and column_currency else "value"
        cells.problem(field, error.code, error.detail or error.code)
        return None


def _days(text: str) -> tuple[int, ...] | None:
    parts = [part.strip() for part in _LIST.split(text.replace(" ", ",")) if part.strip()]
    if not parts:
        return None
    if not all(_DAY_COUNT.fullmatch(part) for part in parts):
        raise ValidationError(
            "import.number.invalid", f"{quoted(text)} is not a list of day counts"
        )
    return tuple(int(part) for part in parts)


def _follow_up(cells: Cells) -> FollowUp | None:
    text = cells.text("follow_up_text")
    due = cells.date("follow_up_due")
    done = cells.flag("follow_up_done")
    return FollowUp(text, due, done) if text or due is not None else None
