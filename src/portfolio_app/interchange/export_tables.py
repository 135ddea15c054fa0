"""Export partners, contacts, agreements, goals and notes as CSV or XLSX tables.

One row per record, read through the services; only live records (the trash is left
out). :func:`export_rows` gives typed values: ``str``, ``int``, ``bool``, ``Decimal``,
``date``, ``datetime`` (local wall time, no zone) or ``None``. Choice fields hold their
stable code (``service_contract``), which the importer reads back; tags and reminder days
are joined with ``", "``. Agreements carry their deadlines as of the export day and their
annual cost (in the agreement's currency).

Formula injection (OWASP ASVS 1.2.10): a text cell that starts with ``=``, ``+``, ``-``,
``@``, tab, CR or NUL (also after leading spaces) could run as a formula.

* CSV: such a cell gets a leading apostrophe (:func:`neutralise`); spreadsheets show it as
  text. The apostrophe is then part of the value, so an importer strips it again.
* XLSX: the text is kept as it is, written as a string cell (never a formula, whatever
  openpyxl would guess) and marked with Excel's *quote prefix*, which is what a typed
  leading apostrophe becomes in Excel: the cell stays text even when edited. Phone numbers
  such as ``+49 30 …`` thus look right and read back unchanged.

CSV files are UTF-8 with BOM (Excel finds the encoding from it) and CRLF line ends. With
``headers="de"`` they use ``;`` between fields and a decimal comma, as German Excel
expects; with ``"en"`` a comma and a decimal point. Dates are ISO (``2026-11-29``) in both.
XLSX files hold real date cells (``DD.MM.YYYY`` for ``"de"``), numbers, and amounts with
the format ``#,##0.00``.
"""

from __future__ import annotations

import csv
import enum
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.deadlines import AgreementSchedule, schedule
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.interchange.atomic_file import write_atomically
from portfolio_app.services.catalog import Services

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "de")
XLSX_MAX_CELL_TEXT = 32_767
"""Excel refuses longer cell texts; longer ones are cut in XLSX (CSV keeps them whole)."""
MONEY_FORMAT = "#,##0.00"

_FORMULA_START = (
    *("=", "+", "-", "@", "\t", "\r", "\0"),
    # Full-width forms, which Excel in East Asian locales also reads as operators.
    *("\uff1d", "\uff0b", "\uff0d", "\uff20"),
)
_BOOLEAN_TEXT = {"en": ("yes", "no"), "de": ("ja", "nein")}
_DATE_FORMAT = {"en": "YYYY-MM-DD", "de": "DD.MM.YYYY"}
_DATETIME_FORMAT = {"en": "YYYY-MM-DD HH:MM", "de": "DD.MM.YYYY HH:MM"}
_MAX_COLUMN_WIDTH = 50


class ExportKind(enum.StrEnum):
    """What can be exported as a table."""

    PARTNERS = "partners"
    CONTACTS = "contacts"
    AGREEMENTS = "agreements"
    GOALS = "goals"
    NOTES = "notes"


class ExportFormat(enum.StrEnum):
    """File formats, chosen by the file name's extension."""

    CSV = "csv"
    XLSX = "xlsx"


class CellType(enum.Enum):
    """What a column holds."""

    TEXT = "text"
    CODE = "code"
    """A stable code such as ``service_contract``."""
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"
    """An amount; the ``currency`` column says in which currency."""
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One column: a stable key (the domain field's name where there is one), headers."""

    key: str
    english: str
    german: str
    type: CellType = CellType.TEXT
    path: str = ""
    """Attribute path into the row's item; default ``record.<key>``."""

    def header(self, language: str) -> str:
        """The header in ``language`` (``"en"`` or ``"de"``)."""
        return self.german if language == "de" else self.english

    def value(self, item: object) -> object:
        """The raw value for ``item``; ``None`` where any step of the path is ``None``."""
        value: object = item
        for name in (self.path or f"record.{self.key}").split("."):
            if value is None:
                return None
            value = getattr(value, name)
        return value


@dataclass(frozen=True, slots=True)
class _Item:
    """One row's source: the record, its partner's name and (agreements) its schedule."""

    partner: str
    record: object
    schedule: AgreementSchedule | None = None
    annual_cost: Decimal | None = None


_C = ExportColumn
_T, _K, _I, _D = CellType.TEXT, CellType.CODE, CellType.INTEGER, CellType.DATE
_PARTNER = _C("partner", "Partner", "Partner", path="partner")
COLUMNS: dict[ExportKind, tuple[ExportColumn, ...]] = {
    ExportKind.PARTNERS: (
        _C("name", "Name", "Name"),
        _C("category", "Category", "Kategorie", _K),
        _C("status", "Status", "Status", _K),
        _C("partner_since", "Partner since", "Partner seit", _D),
        _C("website", "Website", "Website"),
        _C("address", "Address", "Adresse"),
        _C("description", "Description", "Beschreibung"),
        _C("values_expectations", "Values and expectations", "Werte und Erwartungen"),
        _C("tags", "Tags", "Schlagwörter"),
        _C("archived", "Archived", "Archiviert", CellType.BOOLEAN),
        _C("internal_owner", "Internal owner", "Verantwortlich intern"),
        _C("criticality", "Criticality", "Kritikalität", _K),
        _C("contact_cadence_days", "Contact every (days)", "Kontakt alle (Tage)", _I),
    ),
    ExportKind.CONTACTS: (
        _PARTNER,
        _C("name", "Name", "Name"),
        _C("role", "Role", "Rolle"),
        _C("email", "Email", "E-Mail"),
        _C("phone", "Phone", "Telefon"),
        _C("is_primary", "Primary contact", "Hauptansprechpartner", CellType.BOOLEAN),
        _C("notes", "Notes", "Notizen"),
    ),
    ExportKind.AGREEMENTS: (
        _PARTNER,
        _C("title", "Title", "Titel"),
        _C("kind", "Kind", "Art", _K),
        _C("status", "Status", "Status", _K),
        _C("start_date", "Start date", "Beginn", _D),
        _C("end_date", "End date", "Ende", _D),
        _C("minimum_term_months", "Minimum term (months)", "Mindestlaufzeit (Monate)", _I),
        _C("notice_amount", "Notice period", "Kündigungsfrist", _I, "record.notice_period.amount"),
        _C(
            "notice_unit",
            "Notice period unit",
            "Einheit der Frist",
            _K,
            "record.notice_period.unit",
        ),
        _C("notice_anchor", "Notice to", "Kündigung zum", _K),
        _C("renewal_months", "Renewal (months)", "Verlängerung (Monate)", _I),
        _C("value", "Amount", "Betrag", CellType.MONEY, "record.value.amount"),
        _C("currency", "Currency", "Währung", _K, "record.value.currency"),
        _C("billing_period", "Billing period", "Abrechnung", _K),
        _C("contract_number", "Contract number", "Vertragsnummer"),
        _C("customer_number", "Customer number", "Kundennummer"),
        _C("notice_form", "Notice form", "Form der Kündigung", _K),
        _C("notice_address", "Notice address", "Kündigungsadresse"),
        _C("deputy", "Deputy", "Vertretung"),
        _C("reminder_days", "Reminder days", "Erinnerung (Tage vorher)"),
        _C("document_link", "Document", "Dokument"),
        _C("notes", "Notes", "Notizen"),
        _C("decision", "Decision", "Entscheidung", _K),
        _C("decision_reasons", "Decision reasons", "Gründe der Entscheidung"),
        _C("notice_sent_on", "Notice sent on", "Kündigung versandt am", _D),
        _C("notice_sent_via", "Notice sent via", "Kündigung versandt per"),
        _C("receipt_confirmed_on", "Receipt confirmed on", "Zugang bestätigt am", _D),
        # Computed as of the export day.
        _C("term_end", "Term end", "Laufzeitende", _D, "schedule.term_end"),
        _C("next_end", "Next possible end", "Nächstmögliches Ende", _D, "schedule.next_end"),
        _C(
            "last_notice_day",
            "Last notice day",
            "Letzter Kündigungstag",
            _D,
            "schedule.last_notice_day",
        ),
        _C("send_by", "Send by", "Absenden bis", _D, "schedule.send_by"),
        _C("renews_on", "Renews on", "Verlängert sich am", _D, "schedule.renews_on"),
        _C("annual_cost", "Annual cost", "Jahreskosten", CellType.MONEY, "annual_cost"),
    ),
    ExportKind.GOALS: (
        _PARTNER,
        _C("title", "Title", "Titel"),
        _C("description", "Description", "Beschreibung"),
        _C("owner", "Owner", "Verantwortlich"),
        _C("target_date", "Target date", "Zieldatum", _D),
        _C("status", "Status", "Status", _K),
        _C("kpi_unit", "KPI unit", "KPI-Einheit", _T, "record.kpi.unit"),
        _C(
            "kpi_baseline",
            "KPI baseline",
            "KPI-Ausgangswert",
            CellType.DECIMAL,
            "record.kpi.baseline",
        ),
        _C("kpi_target", "KPI target", "KPI-Zielwert", CellType.DECIMAL, "record.kpi.target"),
        _C("kpi_current", "KPI current", "KPI-Istwert", CellType.DECIMAL, "record.kpi.current"),
    ),
    ExportKind.NOTES: (
        _PARTNER,
        _C("when", "Date and time", "Zeitpunkt", CellType.DATETIME),
        _C("subject", "Subject", "Betreff"),
        _C("channel", "Channel", "Kanal", _K),
        _C("participants", "Participants", "Teilnehmende"),
        _C("body", "Content", "Inhalt"),
        _C("outcome", "Outcome", "Ergebnis"),
        _C("mood", "Mood", "Stimmung", _K),
        _C("misunderstanding", "Misunderstanding", "Missverständnis", CellType.BOOLEAN),
        _C("resolution", "Resolution", "Klärung"),
        _C("follow_up_text", "Follow-up", "Nachfassen", _T, "record.follow_up.text"),
        _C("follow_up_due", "Follow-up due", "Nachfassen bis", _D, "record.follow_up.due"),
        _C(
            "follow_up_done",
            "Follow-up done",
            "Nachfassen erledigt",
            CellType.BOOLEAN,
            "record.follow_up.done",
        ),
    ),
}
"""The columns of each kind, in file order."""

_SHEET_TITLES = {
    ExportKind.PARTNERS: ("Partners", "Partner"),
    ExportKind.CONTACTS: ("Contacts", "Kontakte"),
    ExportKind.AGREEMENTS: ("Agreements", "Verträge"),
    ExportKind.GOALS: ("Goals", "Ziele"),
    ExportKind.NOTES: ("Notes", "Notizen"),
}


def needs_neutralising(value: str) -> bool:
    """Whether a spreadsheet could read ``value`` as a formula."""
    return value.startswith(_FORMULA_START) or value.lstrip(" ").startswith(_FORMULA_START)


def neutralise(value: str) -> str:
    """``value`` made safe for a CSV cell: ``"=SUM(A1)"`` becomes ``"'=SUM(A1)"``."""
    return "'" + value if needs_neutralising(value) else value


def export_format(path: Path) -> ExportFormat:
    """The format ``path``'s extension asks for (case does not matter).

    Raises:
        ValidationError: ``export.format`` for anything but ``.csv`` and ``.xlsx``.
    """
    try:
        return ExportFormat(path.suffix.lower().lstrip("."))
    except ValueError:
        raise ValidationError("export.format", path.name or str(path), field="path") from None


def export_rows(
    kind: ExportKind,
    services: Services,
    *,
    today: date,
    headers: str = "en",
    zone: tzinfo | None = None,
) -> tuple[list[str], list[list[object]]]:
    """The header line and the typed rows of one kind of record.

    Args:
        kind: What to export.
        services: Where the records come from.
        today: The day the agreements' computed deadlines are seen from.
        headers: ``"en"`` or ``"de"``: the language of the column headers.
        zone: The zone date-times are given in; default the system's.

    Raises:
        ValueError: ``headers`` is neither ``"en"`` nor ``"de"``.
    """
    language = _language(headers)
    columns = COLUMNS[kind]
    rows = [
        [_plain(column.value(item), zone) for column in columns]
        for item in _items(kind, services, today)
    ]
    return [column.header(language) for column in columns], rows


def write_export(
    kind: ExportKind,
    services: Services,
    path: Path,
    *,
    today: date,
    headers: str = "en",
    zone: tzinfo | None = None,
) -> int:
    """Write one kind of record to ``path`` (``.csv`` or ``.xlsx``); return the row count.

    The file is replaced atomically (owner-only): readers never see half of it.

    Raises:
        ValidationError: ``export.format``: the extension is neither ``.csv`` nor ``.xlsx``.
        ValueError: ``headers`` is neither ``"en"`` nor ``"de"``.
        OSError: The file cannot be written; an existing file is left unchanged.
    """
    file_format = export_format(path)
    language = _language(headers)
    header, rows = export_rows(kind, services, today=today, headers=language, zone=zone)
    if file_format is ExportFormat.CSV:
        data = csv_bytes(header, rows, language=language)
    else:
        english, german = _SHEET_TITLES[kind]
        title = german if language == "de" else english
        types = [column.type for column in COLUMNS[kind]]
        data = xlsx_bytes(header, rows, types, language=language, title=title)
    write_atomically(path, data)
    logger.info("exported %d %s to %s", len(rows), kind.value, path)
    return len(rows)


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]], *, language: str) -> bytes:
    """A CSV file (UTF-8 with BOM, CRLF line ends) holding ``header`` and ``rows``."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if language == "de" else ",", lineterminator="\r\n")
    writer.writerow([neutralise(text) for text in header])
    for row in rows:
        writer.writerow([_csv_text(value, language) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    types: Sequence[CellType],
    *,
    language: str,
    title: str,
) -> bytes:
    """An XLSX workbook with one sheet: a bold, frozen, filterable header and the rows."""
    # openpyxl loads in a tenth of a second: only when a workbook is written.
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None, "a new workbook has one sheet"
    sheet.title = title
    bold = Font(bold=True)
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=column)
        _set_text(cell, text)
        cell.font = bold
    widths = [len(text) for text in header]
    for row_number, row in enumerate(rows, start=2):
        for column, (value, cell_type) in enumerate(zip(row, types, strict=True), start=1):
            _set_value(sheet.cell(row=row_number, column=column), value, cell_type, language)
            widths[column - 1] = max(widths[column - 1], _display_width(value))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
    if header:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _language(headers: str) -> str:
    if headers not in LANGUAGES:
        raise ValueError(f"headers must be one of {LANGUAGES}, not {headers!r}")
    return headers


def _items(kind: ExportKind, services: Services, today: date) -> list[_Item]:
    partners = services.partners.list_partners()
    if kind is ExportKind.PARTNERS:
        return [_Item(partner.name, partner) for partner in partners]
    items: list[_Item] = []
    for partner in partners:
        assert partner.id is not None, "stored partners have ids"
        dossier = services.partners.dossier(PartnerId(partner.id))
        if kind is ExportKind.CONTACTS:
            items.extend(_Item(partner.name, contact) for contact in dossier.contacts)
        elif kind is ExportKind.AGREEMENTS:
            items.extend(
                _agreement_item(partner.name, agreement, today) for agreement in dossier.agreements
            )
        elif kind is ExportKind.GOALS:
            items.extend(_Item(partner.name, goal) for goal in dossier.goals)
        else:
            items.extend(_Item(partner.name, note) for note in dossier.notes)
    return items


def _agreement_item(partner: str, agreement: Agreement, today: date) -> _Item:
    annual = agreement.annual_cost()
    return _Item(
        partner,
        agreement,
        schedule(agreement, today),
        annual_cost=None if annual is None else annual.amount,
    )


def _plain(value: object, zone: tzinfo | None) -> object:
    """Codes for enums, joined tuples, and local wall time for aware date-times."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return ", ".join(str(part) for part in value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(zone).replace(tzinfo=None)
    return value


def _csv_text(value: object, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        yes, no = _BOOLEAN_TEXT[language]
        return yes if value else no
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = format(value, "f")  # exact and never an exponent, unlike a float
        return text.replace(".", ",") if language == "de" else text
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def _set_value(cell: Cell, value: object, cell_type: CellType, language: str) -> None:
    if value is None:
        return
    if isinstance(value, str):
        _set_text(cell, value)
        return
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = _DATETIME_FORMAT[language]
    elif isinstance(value, date):
        cell.number_format = _DATE_FORMAT[language]
    elif cell_type is CellType.MONEY:
        cell.number_format = MONEY_FORMAT


def _set_text(cell: Cell, text: str) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    clean = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(clean) > XLSX_MAX_CELL_TEXT:
        logger.warning("cut a text of %d characters to fit an Excel cell", len(clean))
        clean = clean[: XLSX_MAX_CELL_TEXT - 1] + "…"
    cell.value = clean
    cell.data_type = "s"  # openpyxl makes any text starting with "=" a formula
    if needs_neutralising(clean):
        cell.quotePrefix = True


def _display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)
