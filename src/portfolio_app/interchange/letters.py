"""Termination letters: a German template, placeholder filling, and a PDF to print or send.

Templates are typed by users, so filling one never fails: a known placeholder without a
value becomes empty, anything else in braces (or a lone brace) stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from portfolio_app.interchange.atomic_file import write_atomically

PLACEHOLDERS = (
    "partner",
    "notice_address",
    "contract_number",
    "customer_number",
    "agreement",
    "end_date",
    "today",
    "form_note",
    "sender",
)
"""The fields a template may use, each written in braces: ``{partner}``."""

DEFAULT_TEMPLATE = """\
{sender}

{partner}
{notice_address}

{today}

Kündigung des Vertrags {agreement}
Vertragsnummer: {contract_number}
Kundennummer: {customer_number}

Sehr geehrte Damen und Herren,

hiermit kündigen wir den oben genannten Vertrag fristgerecht zum {end_date}, \
hilfsweise zum nächstmöglichen Zeitpunkt.

Bitte bestätigen Sie uns den Eingang dieser Kündigung und das Vertragsende schriftlich.

{form_note}

Mit freundlichen Grüßen



{sender}
"""
"""A polite German termination letter; lines whose fields stay empty are left out."""

FORM_NOTES = {
    "written": "Diese Kündigung erhalten Sie in Schriftform mit eigenhändiger Unterschrift.",
    "text": "Diese Kündigung erfolgt in Textform (§ 126b BGB).",
}
"""Suggested ``{form_note}`` texts by notice form (the values of ``NoticeForm``)."""

FONT_FAMILIES = ["Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"]
FONT_POINTS = 11.0
MARGIN_MM = 25.0
PDF_DPI = 300

_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}")
_MAX_LABEL = 40


def render_letter_text(template: str, fields: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders in ``template`` with ``fields``; never raises.

    A known placeholder (see :data:`PLACEHOLDERS`) without a value becomes empty. A line
    whose fields all stayed empty and that holds nothing else, or only a label such as
    ``Kundennummer:``, is left out. Unknown names, lone braces and other text stay as typed.
    """
    lines: list[str] = []
    skip_blank = False
    for line in template.split("\n"):
        filled, values = _fill_line(line, fields)
        if values and not any(value.strip() for value in values) and _is_bare(filled):
            # Between two blank lines, the gap closes: one blank line stays, not two.
            skip_blank = not lines or not lines[-1].strip()
            continue
        if skip_blank and not filled.strip():
            skip_blank = False
            continue
        skip_blank = False
        lines.append(filled)
    return "\n".join(lines)


def _fill_line(line: str, fields: Mapping[str, str]) -> tuple[str, list[str]]:
    """``line`` with its placeholders filled, and the values that went in."""
    values: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in fields:
            value = str(fields[name])
        elif name in PLACEHOLDERS:
            value = ""
        else:
            return match.group(0)
        values.append(value)
        return value

    return _PLACEHOLDER.sub(replace, line), values


def _is_bare(filled: str) -> bool:
    """Whether a filled line is empty or only a short label ending in a colon."""
    rest = filled.strip()
    return rest == "" or (len(rest) <= _MAX_LABEL and rest.endswith(":") and ":" not in rest[:-1])


def write_letter_pdf(text: str, path: Path, *, title: str = "Kündigung") -> None:
    """Lay ``text`` out as plain text on A4 pages and write the PDF atomically to ``path``.

    Needs a ``QGuiApplication``. ``title`` goes into the PDF's document properties.

    Raises:
        OSError: The file could not be written; an existing ``path`` is unchanged.
    """
    write_atomically(path, letter_pdf_bytes(text, title=title))


def letter_pdf_bytes(text: str, *, title: str = "Kündigung") -> bytes:
    """The PDF of ``text`` (A4, 25 mm margins, 11 pt); needs a ``QGuiApplication``."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Partner Portfolio")
    writer.setTitle(title)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    # The layout must measure in the writer's resolution before any text is set:
    # laid out for the screen first, the letter would print at a quarter of its size.
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.setDocumentMargin(0)
    font = QFont(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setPlainText(text)  # plain text: a user's "<b>" stays visible, nothing is parsed
    document.print_(writer)  # ends its painter, which writes the whole PDF into the buffer
    buffer.close()
    return bytes(data.data())
