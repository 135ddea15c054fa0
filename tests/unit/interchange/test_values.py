"""Cell values as offices write them: dates, amounts, months, notice periods, yes/no, labels."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest

from portfolio_app.domain.agreement import (
    AgreementKind,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.note import Channel, Mood
from portfolio_app.domain.partner import PartnerStatus
from portfolio_app.interchange.amounts import (
    decimal_comma_in,
    is_plain_number,
    parse_amount,
    parse_currency,
    parse_decimal,
)
from portfolio_app.interchange.values import (
    is_blank,
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
from portfolio_app.interchange.wording import fold, label_for

BERLIN_WINTER = timezone(timedelta(hours=1))


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.12.2026", date(2026, 12, 31)),
        ("1.2.2026", date(2026, 2, 1)),
        ("01.02.2026", date(2026, 2, 1)),
        ("31. 12. 2026", date(2026, 12, 31)),
        ("31.12.26", date(2026, 12, 31)),
        ("1.1.68", date(2068, 1, 1)),
        ("1.1.69", date(1969, 1, 1)),
        ("2026-12-31", date(2026, 12, 31)),
        ("2026-12-31 00:00:00", date(2026, 12, 31)),
        ("2026-12-31T14:30:00", date(2026, 12, 31)),
        ("31.12.2026 14:30", date(2026, 12, 31)),
        ("  29.02.2028 ", date(2028, 2, 29)),
    ],
)
def test_german_and_iso_dates_are_read(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "-", "–", "unbefristet", "Open-ended", "31.12.9999"])
def test_blank_and_open_ended_dates_are_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "31.13.2026",
        "29.02.2026",
        "12/31/2026",
        "31/12/2026",
        "2026/12/31",
        "46022",
        "31.12.1899",
        "01.01.2200",
        "31.12.2026 25:00",
        "31.12.2026 abends",
        "morgen",
    ],
)
def test_ambiguous_or_wrong_dates_are_refused(text: str) -> None:
    assert _code(lambda: parse_date(text)) == "import.date.invalid"


def test_a_date_without_time_is_noon_in_the_given_zone() -> None:
    when = parse_datetime("31.12.2026", BERLIN_WINTER)

    assert when == datetime(2026, 12, 31, 12, 0, tzinfo=BERLIN_WINTER)


def test_a_date_without_zone_is_noon_local_time_and_aware() -> None:
    when = parse_datetime("2026-06-30")

    assert when is not None
    assert when.tzinfo is not None
    assert (when.hour, when.minute) == (12, 0)


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("31.12.2026 14:30", None, datetime(2026, 12, 31, 14, 30, tzinfo=BERLIN_WINTER)),
        ("31.12.2026", time(9, 15), datetime(2026, 12, 31, 9, 15, tzinfo=BERLIN_WINTER)),
        ("31.12.2026 8:05", time(9, 15), datetime(2026, 12, 31, 8, 5, tzinfo=BERLIN_WINTER)),
        ("2026-12-31T14:30:00Z", None, datetime(2026, 12, 31, 14, 30, tzinfo=UTC)),
        (
            "2026-12-31 14:30:00+02:00",
            None,
            datetime(2026, 12, 31, 14, 30, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_times_come_from_the_cell_or_the_time_column(
    text: str, at: time | None, expected: datetime
) -> None:
    assert parse_datetime(text, BERLIN_WINTER, at) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:30", time(14, 30)), ("14.30 Uhr", time(14, 30)), ("9 Uhr", time(9)), ("", None)],
)
def test_time_cells_are_read(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["14", "24:00", "12:60", "mittags"])
def test_wrong_times_are_refused(text: str) -> None:
    assert _code(lambda: parse_time(text)) == "import.time.invalid"


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1.234,50", None, Decimal("1234.50")),
        ("1,234.50", None, Decimal("1234.50")),
        ("1234.5", None, Decimal("1234.5")),
        ("1234,5", None, Decimal("1234.5")),
        ("1 234,50", None, Decimal("1234.50")),
        ("1\u00a0234,50", None, Decimal("1234.50")),
        ("1'234.50", None, Decimal("1234.50")),
        ("1.234.567,89", None, Decimal("1234567.89")),
        ("1.234", None, Decimal("1234")),
        ("1,234", None, Decimal("1234")),
        ("1.234", True, Decimal("1234")),
        ("1.234", False, Decimal("1.234")),
        ("1,234", True, Decimal("1.234")),
        ("0,125", None, Decimal("0.125")),
        ("-12,5", None, Decimal("-12.5")),
        (",5", None, Decimal("0.5")),
        ("99", None, Decimal("99")),
        ("1.234,50 €", None, Decimal("1234.50")),
        ("EUR 99,90", None, Decimal("99.90")),
    ],
)
def test_amounts_in_german_and_english_notation(
    text: str, decimal_comma: bool | None, expected: Decimal
) -> None:
    assert parse_decimal(text, decimal_comma) == expected


@pytest.mark.parametrize("text", ["", "  ", "-", "€"])
def test_blank_amounts_are_none(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    "text", ["abc", "1.2.3", "1,23,456", "12 Monate", "EUR 5 USD", "1e5", "--5", "1.234,5.0"]
)
def test_wrong_amounts_are_refused(text: str) -> None:
    assert _code(lambda: parse_amount(text)) == "import.number.invalid"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("1.234,50 €", "EUR"),
        ("99,90 Euro", "EUR"),
        ("CHF 99.90", "CHF"),
        ("$12.50", "USD"),
        ("12 sek", "SEK"),
        ("12", None),
    ],
)
def test_a_currency_written_next_to_the_amount_is_reported(text: str, currency: str | None) -> None:
    parsed = parse_amount(text)

    assert parsed is not None
    assert parsed[1] == currency


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1.234", "12,50"], True),
        (["1.234", "1.234.567"], True),
        (["1,234", "12.50"], False),
        (["1.234", "99"], None),
        (["", "n/a", "12"], None),
    ],
)
def test_a_column_shows_its_decimal_style(cells: list[str], expected: bool | None) -> None:
    assert decimal_comma_in(cells) is expected


def test_plain_numbers_are_those_a_spreadsheet_writes() -> None:
    assert is_plain_number("1234.5")
    assert is_plain_number("-3")
    assert not is_plain_number("1.234,5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("EUR", "EUR"), ("€", "EUR"), ("euro", "EUR"), ("usd", "USD"), ("", None), ("chf", "CHF")],
)
def test_currency_cells_are_read(text: str, expected: str | None) -> None:
    assert parse_currency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24", 24),
        ("24 Monate", 24),
        ("24 months", 24),
        ("1 Monat", 1),
        ("2 Jahre", 24),
        ("12.0", 12),
        ("jährlich", 12),
        ("quartalsweise", 3),
        ("nein", None),
        ("", None),
    ],
)
def test_month_counts_are_read(text: str, expected: int | None) -> None:
    assert parse_months(text) == expected


@pytest.mark.parametrize("text", ["zwei Jahre", "1.5", "24 Tage", "12 Monate zum Quartal"])
def test_wrong_month_counts_are_refused(text: str) -> None:
    assert _code(lambda: parse_months(text)) == "import.months.invalid"


@pytest.mark.parametrize(
    ("text", "period", "anchor"),
    [
        ("3 Monate", NoticePeriod(3, PeriodUnit.MONTHS), None),
        ("3 months", NoticePeriod(3, PeriodUnit.MONTHS), None),
        ("1 Monat", NoticePeriod(1, PeriodUnit.MONTHS), None),
        ("6 Wochen", NoticePeriod(6, PeriodUnit.WEEKS), None),
        ("30 Tage", NoticePeriod(30, PeriodUnit.DAYS), None),
        ("14 days", NoticePeriod(14, PeriodUnit.DAYS), None),
        ("1 Jahr", NoticePeriod(12, PeriodUnit.MONTHS), None),
        ("3", NoticePeriod(3, PeriodUnit.MONTHS), None),
        ("3 Mon.", NoticePeriod(3, PeriodUnit.MONTHS), None),
        (
            "3 Monate zum Quartalsende",
            NoticePeriod(3, PeriodUnit.MONTHS),
            NoticeAnchor.END_OF_QUARTER,
        ),
        ("4 Wochen zum Monatsende", NoticePeriod(4, PeriodUnit.WEEKS), NoticeAnchor.END_OF_MONTH),
        (
            "3 Monate zum Vertragsende",
            NoticePeriod(3, PeriodUnit.MONTHS),
            NoticeAnchor.END_OF_TERM,
        ),
        ("3 months end of term", NoticePeriod(3, PeriodUnit.MONTHS), NoticeAnchor.END_OF_TERM),
        (
            "1 month to the end of the month",
            NoticePeriod(1, PeriodUnit.MONTHS),
            NoticeAnchor.END_OF_MONTH,
        ),
        ("2 Wochen, jederzeit", NoticePeriod(2, PeriodUnit.WEEKS), NoticeAnchor.ANY_DAY),
    ],
)
def test_notice_periods_with_and_without_anchor(
    text: str, period: NoticePeriod, anchor: NoticeAnchor | None
) -> None:
    assert parse_notice(text) == (period, anchor)


@pytest.mark.parametrize("text", ["drei Monate", "10 Werktage", "3 Monate zum Jahresende", "-3"])
def test_wrong_notice_periods_are_refused(text: str) -> None:
    assert _code(lambda: parse_notice(text)) == "import.notice.invalid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zum Quartalsende", NoticeAnchor.END_OF_QUARTER),
        ("end_of_month", NoticeAnchor.END_OF_MONTH),
        ("zum Ende der Laufzeit", NoticeAnchor.END_OF_TERM),
        ("any day", NoticeAnchor.ANY_DAY),
        ("", None),
    ],
)
def test_notice_anchors_are_read(text: str, expected: NoticeAnchor | None) -> None:
    assert parse_anchor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja", True),
        ("Ja", True),
        ("x", True),
        ("X", True),
        ("1", True),
        ("yes", True),
        ("WAHR", True),
        ("true", True),
        ("✓", True),
        ("nein", False),
        ("no", False),
        ("0", False),
        ("falsch", False),
        ("FALSE", False),
        ("", None),
    ],
)
def test_yes_and_no_in_german_and_english(text: str, expected: bool | None) -> None:
    assert parse_bool(text) is expected


def test_other_words_are_neither_yes_nor_no() -> None:
    assert _code(lambda: parse_bool("vielleicht")) == "import.bool.invalid"


@pytest.mark.parametrize(
    ("text", "enum_type", "expected"),
    [
        ("Aktiv", PartnerStatus, PartnerStatus.ACTIVE),
        ("active", PartnerStatus, PartnerStatus.ACTIVE),
        ("Interessent", PartnerStatus, PartnerStatus.PROSPECT),
        ("prospect", PartnerStatus, PartnerStatus.PROSPECT),
        ("Dienstleistungsvertrag", AgreementKind, AgreementKind.SERVICE_CONTRACT),
        ("Service contract", AgreementKind, AgreementKind.SERVICE_CONTRACT),
        ("service_contract", AgreementKind, AgreementKind.SERVICE_CONTRACT),
        ("LEASING", AgreementKind, AgreementKind.LEASE),
        ("Rahmenvertrag", AgreementKind, AgreementKind.FRAMEWORK),
        ("monatlich", BillingPeriod, BillingPeriod.MONTHLY),
        ("monthly", BillingPeriod, BillingPeriod.MONTHLY),
        ("vierteljaehrlich", BillingPeriod, BillingPeriod.QUARTERLY),
        ("Besprechung", Channel, Channel.MEETING),
        ("Telefonat", Channel, Channel.CALL),
        ("call", Channel, Channel.CALL),
        ("e-mail", Channel, Channel.EMAIL),
        ("vor Ort", Channel, Channel.ON_SITE),
        ("angespannt", Mood, Mood.TENSE),
    ],
)
def test_choices_by_english_or_german_label(
    text: str, enum_type: type[PartnerStatus], expected: PartnerStatus
) -> None:
    assert parse_choice(text, enum_type) is expected


def test_an_unknown_choice_names_the_accepted_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_choice("Kaufvertrag", AgreementKind)

    assert caught.value.code == "import.choice.invalid"
    assert "Service contract" in caught.value.detail


def test_blank_choices_are_none() -> None:
    assert parse_choice(" - ", AgreementKind) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gebäudereinigung", "facility"),
        ("IT services", "it_services"),
        ("Fuhrpark", "fleet"),
        ("Kaffeeautomaten", "Kaffeeautomaten"),
        ("  Eigene   Kategorie ", "Eigene Kategorie"),
        ("", ""),
    ],
)
def test_categories_are_built_in_by_label_or_kept_as_typed(text: str, expected: str) -> None:
    assert parse_category(text) == expected


def test_folding_ignores_case_punctuation_and_umlaut_spelling() -> None:
    assert fold("Kündigungs-Frist") == fold("KUENDIGUNGSFRIST")
    assert fold("Straße") == fold("strasse")
    assert fold("E-Mail") == fold("email") == fold("e_mail")
    assert fold("Café") == "cafe"


def test_blank_means_nothing_but_punctuation() -> None:
    assert is_blank(" - ")
    assert not is_blank("0")


def test_every_choice_has_an_english_label() -> None:
    assert label_for(AgreementKind.SERVICE_CONTRACT) == "Service contract"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30", 30),
        ("30 Tage", 30),
        ("14 days", 14),
        ("6 Wochen", 42),
        ("4 weeks", 28),
        ("2 Monate", 60),
        ("", None),
        ("keine", None),
    ],
)
def test_contact_cadences_are_read_in_days(text: str, expected: int | None) -> None:
    assert parse_cadence(text) == expected


@pytest.mark.parametrize("text", ["oft", "1.5", "3 Jahre", "30 Tage oder so"])
def test_wrong_contact_cadences_are_refused(text: str) -> None:
    assert _code(lambda: parse_cadence(text)) == "import.cadence.invalid"
