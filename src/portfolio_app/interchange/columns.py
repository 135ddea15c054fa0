"""The fields of each import kind, the column headers that name them, and the mapping guess.

Headers match ignoring case, spaces, punctuation and the spelling of umlauts ("E-Mail" =
"email", "Strasse" = "Straße"); a part in brackets or a trailing "in Monaten" may be left out
("Betrag (EUR)" = "Betrag"). ``docs/import-columns.md`` lists the same names for users.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from portfolio_app.interchange.rows import ImportKind
from portfolio_app.interchange.wording import fold


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One thing a column can hold."""

    name: str
    """Stable field name (the domain attribute where there is one), used in mappings."""
    english: str
    """The documented English header."""
    german: str
    """The documented German header."""
    synonyms: tuple[str, ...] = ()
    """Further accepted headers, best first."""
    required: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        """Every accepted header, best first."""
        return (self.english, self.german, *self.synonyms)


_F = FieldSpec
_PARTNER = _F(
    "partner",
    "Partner",
    "Partner",
    ("Company", "Firma", "Unternehmen", "Partner name", "Partnername", "Organisation",
     "Organization", "Vertragspartner", "Lieferant", "Dienstleister", "Supplier", "Vendor"),
)  # fmt: skip
_NOTES = ("Notizen", "Notiz", "Note", "Bemerkungen", "Bemerkung", "Kommentar", "Comment")

FIELDS: dict[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.PARTNERS: (
        _F("name", "Name", "Name", ("Partner", "Company", "Firma", "Firmenname", "Unternehmen",
           "Company name", "Partner name", "Partnername", "Organisation", "Organization"),
           required=True),
        _F("category", "Category", "Kategorie", ("Branche", "Bereich", "Industry")),
        _F("status", "Status", "Status"),
        _F("partner_since", "Partner since", "Partner seit", ("Since", "Seit", "Lieferant seit")),
        _F("website", "Website", "Website", ("Webseite", "Homepage", "Internet", "Web", "URL")),
        _F("address", "Address", "Adresse", ("Anschrift",)),
        _F("street", "Street", "Straße", ("Str", "Straße und Hausnummer", "Street address")),
        _F("postal_code", "Postal code", "PLZ", ("Postleitzahl", "ZIP", "ZIP code", "Postcode")),
        _F("city", "City", "Ort", ("Stadt", "Town")),
        _F("country", "Country", "Land"),
        _F("description", "Description", "Beschreibung", ("Notes", *_NOTES)),
        _F("values_expectations", "Values and expectations", "Werte und Erwartungen",
           ("Erwartungen", "Expectations", "Werte", "Values")),
        _F("tags", "Tags", "Schlagwörter", ("Schlagworte", "Stichwörter", "Labels")),
        _F("archived", "Archived", "Archiviert"),
        _F("internal_owner", "Internal owner", "Verantwortlich intern", ("Owner",
           "Verantwortlich", "Zuständig", "Zuständig intern", "Betreuer", "Betreut von")),
        _F("criticality", "Criticality", "Kritikalität", ("Kritisch", "Wichtigkeit",
           "Priorität", "Priority", "Importance")),
        _F("contact_cadence_days", "Contact every (days)", "Kontakt alle (Tage)",
           ("Contact cadence", "Kontaktrhythmus", "Kontaktintervall", "Kontaktturnus")),
    ),
    ImportKind.CONTACTS: (
        _PARTNER,
        _F("name", "Name", "Name", ("Ansprechpartner", "Kontakt", "Contact", "Contact name",
           "Full name", "Vollständiger Name", "Kontaktperson"), required=True),
        _F("first_name", "First name", "Vorname", ("Given name",)),
        _F("last_name", "Last name", "Nachname", ("Surname", "Familienname", "Family name")),
        _F("role", "Role", "Rolle", ("Position", "Funktion", "Job title")),
        _F("email", "Email", "E-Mail", ("Mail", "E-Mail-Adresse", "Email address")),
        _F("phone", "Phone", "Telefon", ("Tel", "Telefonnummer", "Phone number",
           "Telefon geschäftlich", "Business phone", "Festnetz")),
        _F("mobile", "Mobile", "Mobil", ("Handy", "Mobiltelefon", "Mobile phone", "Mobilnummer")),
        _F("is_primary", "Primary contact", "Hauptansprechpartner",
           ("Primary", "Hauptkontakt", "Primär")),
        _F("notes", "Notes", "Notizen", _NOTES[1:]),
    ),
    ImportKind.AGREEMENTS: (
        _PARTNER,
        _F("title", "Title", "Titel", ("Bezeichnung", "Vertrag", "Agreement", "Contract",
           "Vertragsbezeichnung", "Name", "Gegenstand", "Vertragsgegenstand"), required=True),
        _F("kind", "Kind", "Art", ("Type", "Typ", "Vertragsart", "Vertragstyp", "Agreement type",
           "Contract type")),
        _F("status", "Status", "Status", ("Vertragsstatus",)),
        _F("start_date", "Start date", "Vertragsbeginn", ("Start", "Beginn", "Laufzeitbeginn",
           "Gültig ab", "Valid from")),
        _F("end_date", "End date", "Vertragsende", ("End", "Ende", "Gültig bis", "Valid until",
           "Ablauf", "Laufzeitende")),
        _F("minimum_term_months", "Minimum term (months)", "Mindestlaufzeit",
           ("Minimum term", "Laufzeit", "Vertragslaufzeit", "Term")),
        _F("notice_period", "Notice period", "Kündigungsfrist", ("Notice", "Frist")),
        _F("notice_unit", "Notice period unit", "Einheit der Frist"),
        _F("notice_anchor", "Notice to", "Kündigung zum", ("Notice anchor", "Kündigungstermin")),
        _F("renewal_months", "Renewal (months)", "Verlängerung", ("Renewal", "Auto renewal",
           "Automatische Verlängerung", "Verlängerungszeitraum")),
        _F("value", "Value", "Betrag", ("Amount", "Wert", "Kosten", "Cost", "Preis", "Price",
           "Vertragswert", "Entgelt", "Gebühr", "Fee")),
        _F("currency", "Currency", "Währung"),
        _F("billing_period", "Billing", "Abrechnung", ("Billing period", "Abrechnungszeitraum",
           "Zahlweise", "Zahlungsweise", "Zahlungsintervall", "Turnus", "Interval", "Intervall")),
        _F("contract_number", "Contract number", "Vertragsnummer", ("Vertrags-Nr", "Vertragsnr",
           "Contract no", "Agreement number")),
        _F("customer_number", "Customer number", "Kundennummer", ("Kunden-Nr", "Kundennr",
           "Customer no", "Account number")),
        _F("notice_form", "Notice form", "Kündigungsform", ("Form der Kündigung", "Form")),
        _F("notice_address", "Notice address", "Kündigungsadresse", ("Kündigungsanschrift",)),
        _F("deputy", "Deputy", "Vertretung", ("Stellvertreter", "Stellvertretung")),
        _F("reminder_days", "Reminder days", "Erinnerung (Tage vorher)", ("Erinnerung",)),
        _F("document_link", "Document", "Dokument", ("Document link", "Link", "Ablageort",
           "Datei", "File", "Pfad", "Path")),
        _F("notes", "Notes", "Notizen", _NOTES[1:]),
        _F("decision", "Decision", "Entscheidung"),
        _F("decision_reasons", "Decision reasons", "Gründe der Entscheidung", ("Begründung",)),
        _F("notice_sent_on", "Notice sent on", "Kündigung versandt am", ("Gekündigt am",)),
        _F("notice_sent_via", "Notice sent via", "Kündigung versandt per"),
        _F("receipt_confirmed_on", "Receipt confirmed on", "Zugang bestätigt am",
           ("Eingangsbestätigung",)),
    ),
    ImportKind.NOTES: (
        _PARTNER,
        _F("when", "Date", "Datum", ("Date and time", "Zeitpunkt", "Datum und Uhrzeit", "When",
           "Wann"), required=True),
        _F("time", "Time", "Uhrzeit", ("Zeit",)),
        _F("subject", "Subject", "Betreff", ("Thema", "Topic", "Titel", "Title", "Anlass"),
           required=True),
        _F("channel", "Channel", "Kanal", ("Art", "Type", "Typ", "Medium", "Kontaktart")),
        _F("participants", "Participants", "Teilnehmende", ("Teilnehmer", "Beteiligte",
           "Attendees")),
        _F("body", "Text", "Notiz", ("Body", "Content", "Inhalt", "Note", "Notes", "Notizen",
           "Protokoll", "Gesprächsnotiz", "Beschreibung", "Description")),
        _F("outcome", "Outcome", "Ergebnis", ("Result", "Resultat")),
        _F("mood", "Mood", "Stimmung", ("Atmosphäre", "Atmosphere")),
        _F("misunderstanding", "Misunderstanding", "Missverständnis"),
        _F("resolution", "Resolution", "Klärung", ("Lösung",)),
        _F("follow_up_text", "Follow-up", "Nachfassen", ("Wiedervorlage", "Nächster Schritt",
           "Next step", "To do", "Aufgabe")),
        _F("follow_up_due", "Follow-up due", "Nachfassen bis", ("Fällig", "Due", "Due date",
           "Fälligkeit", "Wiedervorlage am")),
        _F("follow_up_done", "Follow-up done", "Nachfassen erledigt", ("Erledigt", "Done")),
    ),
}  # fmt: skip
"""Per kind, every field a column can be mapped to, in the order the docs list them."""

_MAX_HEADER_CHARS = 200
_BRACKETS = re.compile(r"\s*[(\[].*?[)\]]")
_UNIT_SUFFIX = re.compile(r"\s+(?:in|im|per|pro)\s+\S+\s*$", re.IGNORECASE)


def field_names(kind: ImportKind) -> tuple[str, ...]:
    """The field names of ``kind``, for a mapping editor."""
    return tuple(spec.name for spec in FIELDS[kind])


def field_spec(kind: ImportKind, name: str) -> FieldSpec | None:
    """The field ``name`` of ``kind``, if there is one."""
    return next((spec for spec in FIELDS[kind] if spec.name == name), None)


def guess_mapping(kind: ImportKind, headers: Sequence[str]) -> dict[str, str]:
    """Map recognised headers to fields: header -> field, in column order.

    Each field is used at most once: when several headers name it, the best match wins (an
    exact match before one without its bracketed part, the documented header before a
    synonym, the left column before the right).
    """
    index = _SYNONYMS[kind]
    candidates: list[tuple[int, int, int, str, str]] = []
    for column, header in enumerate(headers):
        for quality, key in enumerate(_keys(header)):
            for rank, field in index.get(key, ()):
                candidates.append((quality, rank, column, header, field))
    chosen: dict[str, tuple[int, str]] = {}
    used: set[str] = set()
    for _quality, _rank, column, header, field in sorted(candidates):
        if header not in chosen and field not in used:
            chosen[header] = (column, field)
            used.add(field)
    return {header: field for header, (_column, field) in sorted(chosen.items(), key=_by_column)}


def _by_column(item: tuple[str, tuple[int, str]]) -> int:
    return item[1][0]


def _keys(header: str) -> list[str]:
    keys = [fold(header)]
    if len(header) > _MAX_HEADER_CHARS:  # no header is that long; spare the patterns
        return keys
    for variant in (_BRACKETS.sub("", header), _UNIT_SUFFIX.sub("", _BRACKETS.sub("", header))):
        key = fold(variant)
        if key and key not in keys:
            keys.append(key)
    return keys


def _synonym_index(specs: tuple[FieldSpec, ...]) -> dict[str, list[tuple[int, str]]]:
    index: dict[str, list[tuple[int, str]]] = {}
    for spec in specs:
        for rank, header in enumerate(spec.headers):
            for key in _keys(header):
                index.setdefault(key, []).append((rank, spec.name))
    return index


_SYNONYMS = {kind: _synonym_index(specs) for kind, specs in FIELDS.items()}
