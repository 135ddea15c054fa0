"""Table exports: typed rows per kind, CSV with BOM, XLSX with real cells, no formulas."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    BillingPeriod,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.interchange.export_tables import (
    COLUMNS,
    MONEY_FORMAT,
    XLSX_MAX_CELL_TEXT,
    ExportKind,
    export_rows,
    needs_neutralising,
    neutralise,
    write_export,
)
from portfolio_app.services.catalog import Services

TODAY = date(2026, 11, 29)
FORMULA = '=HYPERLINK("http://evil.example","click")'
PLUS_ONE = timezone(timedelta(hours=1))
BOM = b"\xef\xbb\xbf"


def _created_id(changes: object) -> int:
    created = getattr(changes, "created", None)
    assert created is not None
    return int(created.id)


@pytest.fixture
def filled(services: Services) -> Services:
    """Two partners (one with a formula for a name), one of everything, one trashed note."""
    mueller = PartnerId(
        _created_id(
            services.partners.add_partner(
                Partner(
                    id=None,
                    name="Müller Gebäudereinigung GmbH",
                    category="facility",
                    status=PartnerStatus.ACTIVE,
                    partner_since=date(2021, 3, 1),
                    address="Königstraße 1\n70173 Stuttgart",
                    tags=("Reinigung", "Süd"),
                )
            )
        )
    )
    services.partners.add_partner(Partner(id=None, name=FORMULA, archived=True))
    services.contacts.add(
        ContactPerson(
            id=None,
            partner_id=mueller,
            name="Jürgen Weiß",
            role="-5 Geschäftsführung",
            email="j.weiss@mueller.example",
            phone="+49 711 123456",
            is_primary=True,
            notes="@Einkauf fragen",
        )
    )
    services.agreements.add(
        Agreement(
            id=None,
            partner_id=mueller,
            title="Büroreinigung",
            kind=AgreementKind.SERVICE_CONTRACT,
            start_date=date(2025, 1, 1),
            minimum_term_months=24,
            notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
            notice_anchor=NoticeAnchor.END_OF_TERM,
            renewal_months=12,
            value=Money.of("1234.56"),
            billing_period=BillingPeriod.MONTHLY,
            contract_number="+4711",
            deputy="Anna Schmidt",
        )
    )
    services.goals.add(
        SharedGoal(
            id=None,
            partner_id=mueller,
            title="Weniger Reklamationen",
            target_date=date(2027, 6, 30),
            status=GoalStatus.ON_TRACK,
            kpi=Kpi(unit="%", baseline=Decimal("-5"), target=Decimal("0.1"), current=None),
        )
    )
    services.notes.add(
        CommunicationNote(
            id=None,
            partner_id=mueller,
            when=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
            subject="Quartalsgespräch",
            channel=Channel.MEETING,
            participants="@alle",
            mood=Mood.GOOD,
            follow_up=FollowUp("Angebot prüfen", due=date(2026, 12, 5)),
        )
    )
    trashed = _created_id(
        services.notes.add(
            CommunicationNote(
                id=None,
                partner_id=mueller,
                when=datetime(2026, 1, 2, 8, 0, tzinfo=UTC),
                subject="Gelöscht",
            )
        )
    )
    services.notes.delete(trashed)
    return services


def _rows(services: Services, kind: ExportKind) -> list[dict[str, object]]:
    header, rows = export_rows(kind, services, today=TODAY, zone=UTC)
    return [dict(zip(header, row, strict=True)) for row in rows]


def _csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(BOM)
    return list(
        csv.reader(io.StringIO(data[len(BOM) :].decode("utf-8"), newline=""), delimiter=delimiter)
    )


# ---- neutralise


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("Müller GmbH", "Müller GmbH"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise_prefixes_an_apostrophe_to_formula_starts(value: str, expected: str) -> None:
    assert neutralise(value) == expected
    assert needs_neutralising(value) is (expected != value)


# ---- rows


@pytest.mark.parametrize("kind", list(ExportKind))
def test_every_kind_has_one_value_per_column(filled: Services, kind: ExportKind) -> None:
    header, rows = export_rows(kind, filled, today=TODAY)

    assert header == [column.english for column in COLUMNS[kind]]
    assert rows
    assert all(len(row) == len(header) for row in rows)


def test_german_headers_are_offered(filled: Services) -> None:
    header, _rows = export_rows(ExportKind.AGREEMENTS, filled, today=TODAY, headers="de")

    assert header[:3] == ["Partner", "Titel", "Art"]
    assert "Letzter Kündigungstag" in header


def test_unknown_header_language_is_refused(filled: Services) -> None:
    with pytest.raises(ValueError, match="headers"):
        export_rows(ExportKind.PARTNERS, filled, today=TODAY, headers="fr")


def test_partner_rows_hold_typed_values(filled: Services) -> None:
    rows = _rows(filled, ExportKind.PARTNERS)

    assert [row["Name"] for row in rows] == [FORMULA, "Müller Gebäudereinigung GmbH"]
    mueller = rows[1]
    assert mueller["Category"] == "facility"
    assert mueller["Status"] == "active"
    assert mueller["Partner since"] == date(2021, 3, 1)
    assert mueller["Tags"] == "Reinigung, Süd"
    assert mueller["Archived"] is False
    assert rows[0]["Archived"] is True


def test_contact_rows_name_their_partner(filled: Services) -> None:
    (row,) = _rows(filled, ExportKind.CONTACTS)

    assert row == {
        "Partner": "Müller Gebäudereinigung GmbH",
        "Name": "Jürgen Weiß",
        "Role": "-5 Geschäftsführung",
        "Email": "j.weiss@mueller.example",
        "Phone": "+49 711 123456",
        "Primary contact": True,
        "Notes": "@Einkauf fragen",
    }


def test_agreement_rows_carry_the_computed_deadlines_and_annual_cost(filled: Services) -> None:
    (row,) = _rows(filled, ExportKind.AGREEMENTS)
    (agreement,) = filled.partners.dossier(PartnerId(1)).agreements
    plan = schedule(agreement, TODAY)

    assert row["Amount"] == Decimal("1234.56")
    assert row["Currency"] == "EUR"
    assert row["Annual cost"] == Decimal("14814.72")
    assert row["Notice period"] == 3
    assert row["Notice period unit"] == "months"
    assert row["Reminder days"] == "120, 60, 30, 14, 7, 1"
    assert row["Decision"] is None
    assert (row["Term end"], row["Next possible end"]) == (plan.term_end, plan.next_end)
    assert (row["Last notice day"], row["Send by"]) == (plan.last_notice_day, plan.send_by)
    assert row["Renews on"] == plan.renews_on
    # The notice day for the end of 2026 has passed: the next reachable end is a year later.
    assert row["Term end"] == date(2026, 12, 31)
    assert row["Next possible end"] == date(2027, 12, 31)
    assert row["Last notice day"] == date(2027, 9, 30)
    assert row["Renews on"] == date(2027, 1, 1)


def test_goal_rows_keep_decimals_exact(filled: Services) -> None:
    (row,) = _rows(filled, ExportKind.GOALS)

    assert row["KPI baseline"] == Decimal("-5")
    assert row["KPI target"] == Decimal("0.1")
    assert row["KPI current"] is None
    assert row["Status"] == "on_track"


def test_note_rows_leave_the_trash_out_and_show_local_time(filled: Services) -> None:
    header, rows = export_rows(ExportKind.NOTES, filled, today=TODAY, zone=PLUS_ONE)
    (row,) = [dict(zip(header, values, strict=True)) for values in rows]

    assert row["Date and time"] == datetime(2026, 11, 20, 10, 30)
    assert row["Subject"] == "Quartalsgespräch"
    assert row["Follow-up"] == "Angebot prüfen"
    assert row["Follow-up due"] == date(2026, 12, 5)
    assert row["Follow-up done"] is False


# ---- CSV


def test_csv_starts_with_a_bom_and_round_trips_umlauts(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "partner.csv"

    count = write_export(ExportKind.PARTNERS, filled, target, today=TODAY)

    rows = _csv(target)
    assert count == 2
    assert rows[0][:3] == ["Name", "Category", "Status"]
    assert rows[2][0] == "Müller Gebäudereinigung GmbH"
    assert rows[2][5] == "Königstraße 1\n70173 Stuttgart"
    assert rows[2][3] == "2021-03-01"
    assert target.read_bytes().count(b"\r\n") >= 3


@pytest.mark.parametrize(
    ("kind", "column", "expected"),
    [
        (ExportKind.PARTNERS, "Name", "'" + FORMULA),
        (ExportKind.CONTACTS, "Phone", "'+49 711 123456"),
        (ExportKind.CONTACTS, "Role", "'-5 Geschäftsführung"),
        (ExportKind.CONTACTS, "Notes", "'@Einkauf fragen"),
        (ExportKind.AGREEMENTS, "Contract number", "'+4711"),
        (ExportKind.NOTES, "Participants", "'@alle"),
    ],
)
def test_csv_neutralises_formula_cells(
    filled: Services, tmp_path: Path, kind: ExportKind, column: str, expected: str
) -> None:
    target = tmp_path / "export.csv"
    write_export(kind, filled, target, today=TODAY)

    header, *rows = _csv(target)

    assert expected in [row[header.index(column)] for row in rows]


def test_csv_numbers_stay_numbers_and_exact(filled: Services, tmp_path: Path) -> None:
    goals, agreements = tmp_path / "goals.csv", tmp_path / "agreements.csv"
    write_export(ExportKind.GOALS, filled, goals, today=TODAY)
    write_export(ExportKind.AGREEMENTS, filled, agreements, today=TODAY)

    goal_header, goal = _csv(goals)
    agreement_header, agreement = _csv(agreements)

    assert goal[goal_header.index("KPI baseline")] == "-5"
    assert goal[goal_header.index("KPI target")] == "0.1"
    assert agreement[agreement_header.index("Amount")] == "1234.56"
    assert agreement[agreement_header.index("Annual cost")] == "14814.72"
    assert agreement[agreement_header.index("Last notice day")] == "2027-09-30"


def test_german_csv_uses_semicolons_and_decimal_commas(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "vertraege.csv"
    write_export(ExportKind.AGREEMENTS, filled, target, today=TODAY, headers="de")

    header, row = _csv(target, delimiter=";")

    assert header[1] == "Titel"
    assert row[header.index("Betrag")] == "1234,56"
    assert row[header.index("Jahreskosten")] == "14814,72"
    assert row[header.index("Beginn")] == "2025-01-01"


def test_german_csv_writes_ja_and_nein(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "kontakte.csv"
    write_export(ExportKind.CONTACTS, filled, target, today=TODAY, headers="de")

    header, row = _csv(target, delimiter=";")

    assert row[header.index("Hauptansprechpartner")] == "ja"


def test_csv_note_time_is_written_without_seconds_when_there_are_none(
    filled: Services, tmp_path: Path
) -> None:
    target = tmp_path / "notes.csv"
    write_export(ExportKind.NOTES, filled, target, today=TODAY, zone=UTC)

    header, row = _csv(target)

    assert row[header.index("Date and time")] == "2026-11-20 09:30"


# ---- XLSX


def _sheet(path: Path) -> tuple[list[str], list[list[openpyxl.cell.cell.Cell]]]:
    sheet = openpyxl.load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    return header, [list(row) for row in sheet.iter_rows(min_row=2)]


def test_xlsx_opens_with_typed_cells(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "vertraege.xlsx"
    write_export(ExportKind.AGREEMENTS, filled, target, today=TODAY, headers="de")

    header, (row,) = _sheet(target)
    cell = {name: row[index] for index, name in enumerate(header)}

    assert cell["Titel"].value == "Büroreinigung"
    assert cell["Beginn"].value == datetime(2025, 1, 1)
    assert cell["Beginn"].is_date
    assert cell["Beginn"].number_format == "DD.MM.YYYY"
    assert cell["Letzter Kündigungstag"].value == datetime(2027, 9, 30)
    assert cell["Betrag"].value == pytest.approx(1234.56)
    assert cell["Betrag"].number_format == MONEY_FORMAT
    assert cell["Jahreskosten"].value == pytest.approx(14814.72)
    assert cell["Jahreskosten"].number_format == MONEY_FORMAT
    assert cell["Währung"].value == "EUR"
    assert cell["Kündigungsfrist"].value == 3
    assert cell["Entscheidung"].value is None


def test_xlsx_english_dates_are_iso(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "notes.xlsx"
    write_export(ExportKind.NOTES, filled, target, today=TODAY, zone=UTC)

    header, (row,) = _sheet(target)
    cell = {name: row[index] for index, name in enumerate(header)}

    assert cell["Date and time"].value == datetime(2026, 11, 20, 9, 30)
    assert cell["Date and time"].number_format == "YYYY-MM-DD HH:MM"
    assert cell["Follow-up due"].number_format == "YYYY-MM-DD"
    assert cell["Misunderstanding"].value is False


def test_xlsx_formula_texts_stay_text_with_a_quote_prefix(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "partners.xlsx"
    write_export(ExportKind.PARTNERS, filled, target, today=TODAY)

    _header, rows = _sheet(target)
    name = rows[0][0]

    assert name.value == FORMULA
    assert name.data_type == "s"
    assert name.quotePrefix
    assert not rows[1][0].quotePrefix
    with zipfile.ZipFile(target) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_xlsx_negative_number_stays_a_number_and_minus_text_stays_text(
    filled: Services, tmp_path: Path
) -> None:
    goals, contacts = tmp_path / "goals.xlsx", tmp_path / "contacts.xlsx"
    write_export(ExportKind.GOALS, filled, goals, today=TODAY)
    write_export(ExportKind.CONTACTS, filled, contacts, today=TODAY)

    goal_header, (goal,) = _sheet(goals)
    contact_header, (contact,) = _sheet(contacts)
    baseline = goal[goal_header.index("KPI baseline")]
    role = contact[contact_header.index("Role")]
    phone = contact[contact_header.index("Phone")]

    assert (baseline.value, baseline.data_type, baseline.quotePrefix) == (-5, "n", False)
    assert (role.value, role.data_type, role.quotePrefix) == ("-5 Geschäftsführung", "s", True)
    assert (phone.value, phone.data_type) == ("+49 711 123456", "s")
    assert contact[contact_header.index("Primary contact")].value is True


def test_xlsx_cuts_texts_excel_cannot_hold(services: Services, tmp_path: Path) -> None:
    services.partners.add_partner(Partner(id=None, name="Lang", description="x" * 40_000))
    target = tmp_path / "partners.xlsx"
    write_export(ExportKind.PARTNERS, services, target, today=TODAY)

    header, (row,) = _sheet(target)
    description = row[header.index("Description")].value

    assert len(description) == XLSX_MAX_CELL_TEXT
    assert description.endswith("…")


def test_xlsx_header_is_frozen_and_filterable(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "contacts.xlsx"
    write_export(ExportKind.CONTACTS, filled, target, today=TODAY)

    sheet = openpyxl.load_workbook(target).active

    assert sheet.title == "Contacts"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G2"
    assert sheet["A1"].font.bold


# ---- Files


def test_unknown_extension_is_refused(filled: Services, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    with pytest.raises(ValidationError) as caught:
        write_export(ExportKind.PARTNERS, filled, folder / "partners.ods", today=TODAY)

    assert caught.value.code == "export.format"
    assert list(folder.iterdir()) == []


def test_extension_case_does_not_matter(filled: Services, tmp_path: Path) -> None:
    target = tmp_path / "PARTNERS.XLSX"

    write_export(ExportKind.PARTNERS, filled, target, today=TODAY)

    assert zipfile.is_zipfile(target)


def test_export_replaces_the_file_and_leaves_no_temporary_file(
    filled: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "partners.csv"
    target.write_text("old")

    write_export(ExportKind.PARTNERS, filled, target, today=TODAY)

    assert target.read_bytes().startswith(BOM)
    assert list(folder.iterdir()) == [target]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_empty_portfolio_gives_a_header_only_file(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"

    count = write_export(ExportKind.NOTES, services, target, today=TODAY)

    assert count == 0
    assert len(_csv(target)) == 1


def test_partner_rows_hold_owner_criticality_and_cadence(services: Services) -> None:
    services.partners.add_partner(
        Partner(
            id=None,
            name="Systemhaus Albrecht",
            internal_owner="Frank Schäufele",
            criticality=Criticality.HIGH,
            contact_cadence_days=28,
        )
    )
    services.partners.add_partner(Partner(id=None, name="Kaffeewerk"))

    rows = _rows(services, ExportKind.PARTNERS)

    assert [
        (row["Internal owner"], row["Criticality"], row["Contact every (days)"]) for row in rows
    ] == [("", "medium", None), ("Frank Schäufele", "high", 28)]


def test_partner_headers_end_with_owner_criticality_and_cadence_in_both_languages(
    services: Services,
) -> None:
    english, _rows_en = export_rows(ExportKind.PARTNERS, services, today=TODAY, headers="en")
    german, _rows_de = export_rows(ExportKind.PARTNERS, services, today=TODAY, headers="de")

    assert english[-3:] == ["Internal owner", "Criticality", "Contact every (days)"]
    assert german[-3:] == ["Verantwortlich intern", "Kritikalität", "Kontakt alle (Tage)"]
