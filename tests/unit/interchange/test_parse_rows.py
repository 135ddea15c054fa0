"""Rows into validated records; every problem a RowError with row, column and code."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.interchange.parsing import parse_rows
from portfolio_app.interchange.rows import ImportKind, ParsedRow, RowError
from portfolio_app.interchange.tabular import Table, read_table

BERLIN_WINTER = timezone(timedelta(hours=1))


def _table(headers: list[str], *rows: list[str], source: str = "csv") -> Table:
    return Table(tuple(headers), tuple(tuple(row) for row in rows), source)


def test_german_partner_rows_become_partners() -> None:
    table = _table(
        ["Firma", "Kategorie", "Status", "Partner seit", "Straße", "PLZ", "Ort", "Schlagwörter"],
        ["Müller GmbH", "Gebäudereinigung", "Aktiv", "01.03.2019", "Weg 1", "10115", "Berlin",
         "Reinigung; Berlin"],
        ["Kaffee Kult", "Kaffeeautomaten", "Interessent", "", "", "", "", ""],
    )  # fmt: skip

    result = parse_rows(ImportKind.PARTNERS, table)

    assert result.errors == ()
    assert [row.record for row in result.rows] == [
        Partner(
            None,
            "Müller GmbH",
            category="facility",
            status=PartnerStatus.ACTIVE,
            partner_since=date(2019, 3, 1),
            address="Weg 1\n10115 Berlin",
            tags=("Berlin", "Reinigung"),
        ),
        Partner(None, "Kaffee Kult", category="Kaffeeautomaten", status=PartnerStatus.PROSPECT),
    ]
    assert [row.partner_name for row in result.rows] == [None, None]


def test_contacts_name_their_partner_or_leave_it_to_the_caller() -> None:
    table = _table(
        ["Firma", "Vorname", "Nachname", "E-Mail", "Telefon", "Mobil", "Hauptansprechpartner"],
        ["Müller GmbH", "Anna", "Schmidt", "anna@mueller.de", "030 1", "0170 2", "x"],
        ["", "Jan", "", "", "", "", ""],
    )

    result = parse_rows(ImportKind.CONTACTS, table)

    assert result.rows == (
        ParsedRow(
            2,
            ContactPerson(
                None,
                PartnerId(0),
                "Anna Schmidt",
                email="anna@mueller.de",
                phone="030 1 / 0170 2",
                is_primary=True,
            ),
            "Müller GmbH",
        ),
        ParsedRow(3, ContactPerson(None, PartnerId(0), "Jan"), None),
    )


def test_agreement_with_german_values() -> None:
    table = _table(
        ["Partner", "Titel", "Art", "Beginn", "Ende", "Kündigungsfrist", "Verlängerung",
         "Betrag", "Abrechnung", "Vertragsnummer"],
        ["Müller GmbH", "Büroreinigung", "Dienstleistungsvertrag", "01.01.2025", "31.12.2026",
         "3 Monate zum Quartalsende", "12 Monate", "1.234,50 €", "monatlich", "V-118"],
    )  # fmt: skip

    (row,) = parse_rows(ImportKind.AGREEMENTS, table).rows

    assert row.partner_name == "Müller GmbH"
    assert row.record == Agreement(
        None,
        PartnerId(0),
        "Büroreinigung",
        kind=AgreementKind.SERVICE_CONTRACT,
        start_date=date(2025, 1, 1),
        end_date=date(2026, 12, 31),
        notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
        notice_anchor=NoticeAnchor.END_OF_QUARTER,
        renewal_months=12,
        value=Money.of("1234.50"),
        billing_period=BillingPeriod.MONTHLY,
        contract_number="V-118",
    )


def test_notes_get_noon_local_time_when_only_a_date_is_given() -> None:
    table = _table(
        ["Partner", "Datum", "Betreff", "Kanal", "Stimmung", "Notiz", "Wiedervorlage", "Fällig"],
        ["Acme", "31.12.2026", "Jahresgespräch", "Telefonat", "gut", "Zeile 1\nZeile 2",
         "Angebot", "15.01.2027"],
    )  # fmt: skip

    (row,) = parse_rows(ImportKind.NOTES, table, zone=BERLIN_WINTER).rows

    assert row.record == CommunicationNote(
        None,
        PartnerId(0),
        datetime(2026, 12, 31, 11, 0, tzinfo=UTC),
        "Jahresgespräch",
        channel=Channel.CALL,
        body="Zeile 1\nZeile 2",
        mood=Mood.GOOD,
        follow_up=FollowUp("Angebot", date(2027, 1, 15)),
    )


def test_a_time_column_sets_the_time_of_a_note() -> None:
    table = _table(["Datum", "Uhrzeit", "Betreff"], ["2026-12-31", "14:30", "Call"])

    (row,) = parse_rows(ImportKind.NOTES, table, zone=BERLIN_WINTER).rows

    assert isinstance(row.record, CommunicationNote)
    assert row.record.when == datetime(2026, 12, 31, 13, 30, tzinfo=UTC)


def test_cell_errors_name_row_column_and_code_and_the_row_is_left_out() -> None:
    table = _table(
        ["Titel", "Beginn", "Betrag", "Abrechnung"],
        ["Gut", "01.01.2025", "10", "monatlich"],
        ["Schlecht", "31.13.2026", "zehn", "wöchentlich"],
    )

    result = parse_rows(ImportKind.AGREEMENTS, table)

    assert [row.row for row in result.rows] == [2]
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (3, "Beginn", "import.date.invalid"),
        (3, "Betrag", "import.number.invalid"),
        (3, "Abrechnung", "import.choice.invalid"),
    ]
    assert result.errors[0].detail == "'31.13.2026' is not a date"


def test_domain_validation_codes_are_passed_through() -> None:
    table = _table(["Name", "E-Mail"], ["Anna", "anna@@example"], ["Jan", "jan@example.de"])

    result = parse_rows(ImportKind.CONTACTS, table)

    assert result.errors == (
        RowError(2, "E-Mail", "contact.email.invalid", "malformed e-mail 'anna@@example'"),
    )
    assert [row.row for row in result.rows] == [3]


def test_record_rules_are_checked_with_the_right_column() -> None:
    table = _table(
        ["Titel", "Vertragsbeginn", "Vertragsende", "Betrag"],
        ["A", "01.01.2026", "01.01.2025", "5"],
        ["B", "", "", "9999999999999"],
    )

    errors = parse_rows(ImportKind.AGREEMENTS, table).errors

    assert [(e.row, e.column, e.code) for e in errors] == [
        (2, "Vertragsende", "agreement.end_before_start"),
        (3, "Betrag", "money.too_large"),
    ]


def test_empty_required_cells_are_reported() -> None:
    table = _table(["Datum", "Betreff"], ["", "Call"], ["31.12.2026", " "], ["offen", "X"])

    result = parse_rows(ImportKind.NOTES, table)

    assert result.rows == ()
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (2, "Datum", "import.required.missing"),
        (3, "Betreff", "import.required.missing"),
        (4, "Datum", "import.required.missing"),
    ]


def test_a_missing_required_column_is_one_header_error() -> None:
    table = _table(["Firma", "E-Mail"], ["Acme", "a@b.de"])

    result = parse_rows(ImportKind.CONTACTS, table)

    assert result.rows == ()
    assert result.errors == (
        RowError(1, "", "import.required.missing", "no column for the required field 'name'"),
    )
    assert result.mapping == {"Firma": "partner", "E-Mail": "email"}


def test_empty_rows_are_skipped_and_numbers_stay_those_of_the_file() -> None:
    table = Table(("Name",), (("A",), ("",), ("B",)), "xlsx", first_row=5)

    result = parse_rows(ImportKind.PARTNERS, table)

    assert [row.row for row in result.rows] == [5, 7]


def test_rows_with_too_many_cells_fail_as_a_whole() -> None:
    table = _table(["Name", "Ort"], ["Müller", "Hans", "Berlin"])

    (error,) = parse_rows(ImportKind.CONTACTS, table).errors

    assert (error.row, error.column, error.code) == (2, "", "import.row.too_many_cells")


def test_a_given_mapping_replaces_the_guess_and_bad_entries_are_reported() -> None:
    table = _table(["Spalte A", "Spalte B", "Name"], ["Acme", "x", "ignored"])
    mapping = {"Spalte A": "name", "Spalte B": "website", "Name": "", "Fehlt": "status"}
    mapping |= {"Spalte C": "name"}

    result = parse_rows(ImportKind.PARTNERS, table, mapping | {"Spalte B": "colour"})

    assert result.mapping == {"Spalte A": "name"}
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (1, "Spalte B", "import.mapping.field"),
        (1, "Fehlt", "import.mapping.column"),
        (1, "Spalte C", "import.mapping.column"),
    ]
    assert [row.record.name for row in result.rows if isinstance(row.record, Partner)] == ["Acme"]


def test_a_field_mapped_twice_is_reported() -> None:
    table = _table(["A", "B"], ["Acme", "Globex"])

    result = parse_rows(ImportKind.PARTNERS, table, {"A": "name", "B": "name"})

    assert result.mapping == {"A": "name"}
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (1, "B", "import.mapping.duplicate")
    ]


def _values(table: Table) -> list[Decimal]:
    result = parse_rows(ImportKind.AGREEMENTS, table)
    assert result.errors == ()
    return [
        row.record.value.amount
        for row in result.rows
        if isinstance(row.record, Agreement) and row.record.value is not None
    ]


def test_dots_are_thousands_when_the_column_uses_decimal_commas() -> None:
    table = _table(["Titel", "Betrag"], ["A", "1.234"], ["B", "12,50"])

    assert _values(table) == [Decimal("1234.00"), Decimal("12.50")]


def test_commas_are_thousands_when_the_column_uses_decimal_points() -> None:
    table = _table(["Titel", "Value"], ["A", "1,234"], ["B", "12.50"])

    assert _values(table) == [Decimal("1234.00"), Decimal("12.50")]


def test_xlsx_number_cells_are_exact_whatever_the_column_style() -> None:
    table = _table(["Titel", "Betrag"], ["A", "1.5"], ["B", "1.234,50"], source="xlsx")

    assert _values(table) == [Decimal("1.50"), Decimal("1234.50")]


def test_currency_from_the_column_or_the_amount_cell() -> None:
    table = _table(
        ["Titel", "Betrag", "Währung"], ["A", "10 CHF", ""], ["B", "10", "USD"], ["C", "10", ""]
    )

    currencies = [
        row.record.value.currency
        for row in parse_rows(ImportKind.AGREEMENTS, table).rows
        if isinstance(row.record, Agreement) and row.record.value is not None
    ]

    assert currencies == ["CHF", "USD", "EUR"]


def test_conflicting_and_bad_currencies_fail() -> None:
    table = _table(["Titel", "Betrag", "Währung"], ["A", "10 €", "USD"], ["B", "10", "Taler"])

    errors = parse_rows(ImportKind.AGREEMENTS, table).errors

    assert [(e.row, e.column, e.code) for e in errors] == [
        (2, "Betrag", "import.money.currency_conflict"),
        (3, "Währung", "money.currency"),
    ]


def test_the_notice_unit_column_applies_to_bare_numbers() -> None:
    table = _table(
        ["Titel", "Notice period", "Notice period unit", "Notice to"],
        ["A", "6", "weeks", "end_of_month"],
    )

    (row,) = parse_rows(ImportKind.AGREEMENTS, table).rows

    assert isinstance(row.record, Agreement)
    assert row.record.notice_period == NoticePeriod(6, PeriodUnit.WEEKS)
    assert row.record.notice_anchor is NoticeAnchor.END_OF_MONTH


def test_a_csv_with_quoted_line_breaks_reports_spreadsheet_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(
        "Datum;Betreff;Notiz\r\n"
        '31.12.2026;Call;"Zeile 1\r\nZeile 2\r\nZeile 3"\r\n'
        "\r\n"
        "32.12.2026;Kaputt;x\r\n".encode("cp1252")
    )

    result = parse_rows(ImportKind.NOTES, read_table(path), zone=BERLIN_WINTER)

    assert [row.row for row in result.rows] == [2]
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (4, "Datum", "import.date.invalid")
    ]


def test_every_parsed_record_is_already_valid() -> None:
    table = _table(["Name", "Website"], ["  Acme   GmbH ", " https://acme.de "])

    (row,) = parse_rows(ImportKind.PARTNERS, table).rows

    assert row.record == row.record.validated()
    assert isinstance(row.record, Partner)
    assert row.record.name == "Acme GmbH"


def test_owner_criticality_and_cadence_are_read_from_german_headers() -> None:
    table = _table(
        ["Firma", "Verantwortlich intern", "Kritikalität", "Kontakt alle (Tage)"],
        ["Systemhaus Albrecht", "Frank Schäufele", "hoch", "6 Wochen"],
        ["Kaffeewerk", "", "niedrig", "30"],
        ["Druckerei", "", "", ""],
    )

    result = parse_rows(ImportKind.PARTNERS, table)

    assert result.errors == ()
    assert [
        (row.record.internal_owner, row.record.criticality, row.record.contact_cadence_days)
        for row in result.rows
        if isinstance(row.record, Partner)
    ] == [
        ("Frank Schäufele", Criticality.HIGH, 42),
        ("", Criticality.LOW, 30),
        ("", Criticality.MEDIUM, None),
    ]


def test_exported_english_partner_headers_are_recognised() -> None:
    table = _table(
        ["Name", "Internal owner", "Criticality", "Contact every (days)"],
        ["Acme", "Jörg Maier", "medium", "90"],
    )

    result = parse_rows(ImportKind.PARTNERS, table)

    assert result.mapping == {
        "Name": "name",
        "Internal owner": "internal_owner",
        "Criticality": "criticality",
        "Contact every (days)": "contact_cadence_days",
    }
    assert [row.record for row in result.rows] == [
        Partner(None, "Acme", internal_owner="Jörg Maier", contact_cadence_days=90)
    ]


def test_a_wrong_cadence_or_criticality_is_reported_on_its_column() -> None:
    table = _table(
        ["Name", "Kritikalität", "Kontakt alle (Tage)"],
        ["Acme", "sehr", "oft"],
        ["Globex", "", "0"],
    )

    result = parse_rows(ImportKind.PARTNERS, table)

    assert result.rows == ()
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (2, "Kritikalität", "import.choice.invalid"),
        (2, "Kontakt alle (Tage)", "import.cadence.invalid"),
        (3, "Kontakt alle (Tage)", "partner.cadence.invalid"),
    ]
