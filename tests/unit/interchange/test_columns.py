"""Guessing which column holds which field, from German and English headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from portfolio_app.interchange.columns import FIELDS, field_names, field_spec, guess_mapping
from portfolio_app.interchange.rows import ImportKind
from portfolio_app.interchange.wording import fold

DOCS = Path(__file__).parents[3] / "docs" / "import-columns.md"


def test_german_agreement_headers() -> None:
    headers = [
        "Firma",
        "Vertragsnummer",
        "Titel",
        "Vertragsart",
        "Vertragsbeginn",
        "Vertragsende",
        "Kündigungsfrist",
        "Mindestlaufzeit (Monate)",
        "Verlängerung",
        "Betrag (EUR)",
        "Währung",
        "Abrechnung",
        "Kundennummer",
        "Bemerkung",
    ]

    assert guess_mapping(ImportKind.AGREEMENTS, headers) == {
        "Firma": "partner",
        "Vertragsnummer": "contract_number",
        "Titel": "title",
        "Vertragsart": "kind",
        "Vertragsbeginn": "start_date",
        "Vertragsende": "end_date",
        "Kündigungsfrist": "notice_period",
        "Mindestlaufzeit (Monate)": "minimum_term_months",
        "Verlängerung": "renewal_months",
        "Betrag (EUR)": "value",
        "Währung": "currency",
        "Abrechnung": "billing_period",
        "Kundennummer": "customer_number",
        "Bemerkung": "notes",
    }


def test_english_agreement_headers() -> None:
    headers = [
        "Company",
        "Title",
        "Type",
        "Start",
        "End",
        "Notice period",
        "Minimum term (months)",
        "Renewal (months)",
        "Value",
        "Currency",
        "Billing",
    ]

    assert list(guess_mapping(ImportKind.AGREEMENTS, headers).values()) == [
        "partner",
        "title",
        "kind",
        "start_date",
        "end_date",
        "notice_period",
        "minimum_term_months",
        "renewal_months",
        "value",
        "currency",
        "billing_period",
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-Mail", "email"),
        ("Email", "email"),
        ("e_mail", "email"),
        ("Mail", "email"),
        ("E-Mail-Adresse", "email"),
        ("TELEFON", "phone"),
        ("Phone", "phone"),
        ("Tel.", "phone"),
        ("Ansprechpartner", "name"),
        ("Unternehmen", "partner"),
        ("Vorname", "first_name"),
        ("Position", "role"),
        ("Hauptansprechpartner", "is_primary"),
    ],
)
def test_contact_header_variants(header: str, field: str) -> None:
    assert guess_mapping(ImportKind.CONTACTS, [header]) == {header: field}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Strasse", "street"),
        ("Straße", "street"),
        ("STRASSE", "street"),
        ("PLZ", "postal_code"),
        ("Firma", "name"),
        ("Schlagwoerter", "tags"),
        ("Partner seit", "partner_since"),
    ],
)
def test_partner_header_variants(header: str, field: str) -> None:
    assert guess_mapping(ImportKind.PARTNERS, [header]) == {header: field}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Datum", "when"),
        ("Date", "when"),
        ("Betreff", "subject"),
        ("Subject", "subject"),
        ("Notiz", "body"),
        ("Text", "body"),
        ("Body", "body"),
        ("Ergebnis", "outcome"),
        ("Outcome", "outcome"),
        ("Kanal", "channel"),
        ("Channel", "channel"),
        ("Stimmung", "mood"),
        ("Mood", "mood"),
        ("Uhrzeit", "time"),
    ],
)
def test_note_header_variants(header: str, field: str) -> None:
    assert guess_mapping(ImportKind.NOTES, [header]) == {header: field}


def test_outlook_contact_export_headers() -> None:
    headers = ["Anrede", "Vorname", "Nachname", "Firma", "Position", "Telefon geschäftlich"]
    headers += ["Mobiltelefon", "E-Mail-Adresse", "Notizen"]

    assert guess_mapping(ImportKind.CONTACTS, headers) == {
        "Vorname": "first_name",
        "Nachname": "last_name",
        "Firma": "partner",
        "Position": "role",
        "Telefon geschäftlich": "phone",
        "Mobiltelefon": "mobile",
        "E-Mail-Adresse": "email",
        "Notizen": "notes",
    }


def test_each_field_is_taken_once_by_the_best_match() -> None:
    headers = ["Firma", "Partner", "Bemerkung", "Notizen", "Notizen (2)"]

    mapping = guess_mapping(ImportKind.CONTACTS, headers)

    assert mapping == {"Partner": "partner", "Notizen": "notes"}


def test_exact_headers_beat_ones_matched_without_brackets() -> None:
    mapping = guess_mapping(ImportKind.AGREEMENTS, ["Betrag (netto)", "Betrag"])

    assert mapping == {"Betrag": "value"}


def test_units_in_headers_are_ignored() -> None:
    mapping = guess_mapping(ImportKind.AGREEMENTS, ["Laufzeit in Monaten", "Preis pro Monat"])

    assert mapping == {"Laufzeit in Monaten": "minimum_term_months", "Preis pro Monat": "value"}


def test_unknown_headers_are_left_out() -> None:
    assert guess_mapping(ImportKind.PARTNERS, ["Lieblingsfarbe", "", "Column 3"]) == {}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_no_header_names_two_fields_of_one_kind(kind: ImportKind) -> None:
    owners: dict[str, str] = {}
    for spec in FIELDS[kind]:
        for header in spec.headers:
            owner = owners.setdefault(fold(header), spec.name)
            assert owner == spec.name, f"{header!r} names {owner} and {spec.name}"


@pytest.mark.parametrize("kind", list(ImportKind))
def test_documented_headers_map_to_their_field(kind: ImportKind) -> None:
    for spec in FIELDS[kind]:
        assert guess_mapping(kind, [spec.english]) == {spec.english: spec.name}
        assert guess_mapping(kind, [spec.german]) == {spec.german: spec.name}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_the_user_docs_list_every_field_with_its_headers(kind: ImportKind) -> None:
    docs = DOCS.read_text(encoding="utf-8")

    for spec in FIELDS[kind]:
        assert f"| `{spec.name}`" in docs
        assert f"| {spec.english} | {spec.german} |" in docs


def test_required_fields_per_kind() -> None:
    required = {kind: [spec.name for spec in FIELDS[kind] if spec.required] for kind in ImportKind}

    assert required == {
        ImportKind.PARTNERS: ["name"],
        ImportKind.CONTACTS: ["name"],
        ImportKind.AGREEMENTS: ["title"],
        ImportKind.NOTES: ["when", "subject"],
    }


def test_fields_can_be_listed_and_looked_up() -> None:
    assert "partner" in field_names(ImportKind.NOTES)
    spec = field_spec(ImportKind.AGREEMENTS, "notice_period")
    assert spec is not None
    assert spec.german == "Kündigungsfrist"
    assert field_spec(ImportKind.PARTNERS, "nonsense") is None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Verantwortlich intern", "internal_owner"),
        ("Internal owner", "internal_owner"),
        ("Kritikalität", "criticality"),
        ("Kritikalitaet", "criticality"),
        ("Criticality", "criticality"),
        ("Kontakt alle (Tage)", "contact_cadence_days"),
        ("Contact every (days)", "contact_cadence_days"),
        ("Kontaktrhythmus", "contact_cadence_days"),
    ],
)
def test_partner_health_header_variants(header: str, field: str) -> None:
    assert guess_mapping(ImportKind.PARTNERS, [header]) == {header: field}
