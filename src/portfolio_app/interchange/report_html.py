"""Building blocks of the printed reports: wording, formatting, escaped HTML tables.

Every text that comes from the user passes through :func:`escaped` (via :func:`table`,
:func:`paragraph` or :func:`facts`), so a partner called ``<b>x</b>`` is printed as typed and
never parsed as HTML. Fixed wording is :data:`WORDING`, translated with
``QCoreApplication.translate`` in the context ``Reports`` (the source text without a
translator); values are written by the functions of :class:`ReportFormat`.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from portfolio_app.domain.health import HealthBand, HealthFactor
from portfolio_app.domain.money import Money

_CONTEXT = "Reports"

WORDING: dict[str, object] = {
    "app": QT_TRANSLATE_NOOP("Reports", "Partner Portfolio"),
    "dossier_title": QT_TRANSLATE_NOOP("Reports", "Partner Dossier"),
    "briefing_title": QT_TRANSLATE_NOOP("Reports", "Partner Briefing"),
    "portfolio_title": QT_TRANSLATE_NOOP("Reports", "Portfolio Report"),
    "as_of": QT_TRANSLATE_NOOP("Reports", "As of %1"),
    "page": QT_TRANSLATE_NOOP("Reports", "Page %1 of %2"),
    "none": QT_TRANSLATE_NOOP("Reports", "—"),
    "master_data": QT_TRANSLATE_NOOP("Reports", "Master data"),
    "category": QT_TRANSLATE_NOOP("Reports", "Category"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "partner_since": QT_TRANSLATE_NOOP("Reports", "Partner since"),
    "website": QT_TRANSLATE_NOOP("Reports", "Website"),
    "address": QT_TRANSLATE_NOOP("Reports", "Address"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Internal owner"),
    "criticality": QT_TRANSLATE_NOOP("Reports", "Criticality"),
    "cadence": QT_TRANSLATE_NOOP("Reports", "Expected contact"),
    "cadence_days": QT_TRANSLATE_NOOP("Reports", "every %1 days"),
    "tags": QT_TRANSLATE_NOOP("Reports", "Tags"),
    "description": QT_TRANSLATE_NOOP("Reports", "Description"),
    "values": QT_TRANSLATE_NOOP("Reports", "Values & expectations"),
    "contacts": QT_TRANSLATE_NOOP("Reports", "Contacts"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "role": QT_TRANSLATE_NOOP("Reports", "Role"),
    "email": QT_TRANSLATE_NOOP("Reports", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "primary": QT_TRANSLATE_NOOP("Reports", "primary contact"),
    "no_contacts": QT_TRANSLATE_NOOP("Reports", "No contacts yet."),
    "agreements": QT_TRANSLATE_NOOP("Reports", "Agreements"),
    "title": QT_TRANSLATE_NOOP("Reports", "Title"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "next_end": QT_TRANSLATE_NOOP("Reports", "Next end"),
    "notice_day": QT_TRANSLATE_NOOP("Reports", "Last notice day"),
    "renews_on": QT_TRANSLATE_NOOP("Reports", "Renews on"),
    "annual_cost": QT_TRANSLATE_NOOP("Reports", "Annual cost"),
    "total": QT_TRANSLATE_NOOP("Reports", "Total per year"),
    "no_agreements": QT_TRANSLATE_NOOP("Reports", "No agreements yet."),
    "goals": QT_TRANSLATE_NOOP("Reports", "Shared goals"),
    "target_date": QT_TRANSLATE_NOOP("Reports", "Target date"),
    "kpi": QT_TRANSLATE_NOOP("Reports", "KPI"),
    "kpi_values": QT_TRANSLATE_NOOP("Reports", "%1 → %2, now %3"),
    "progress": QT_TRANSLATE_NOOP("Reports", "Progress"),
    "goal_overdue": QT_TRANSLATE_NOOP("Reports", "past its target date"),
    "no_goals": QT_TRANSLATE_NOOP("Reports", "No shared goals yet."),
    "notes": QT_TRANSLATE_NOOP("Reports", "Latest notes"),
    "notes_count": QT_TRANSLATE_NOOP("Reports", "The latest %1 of %2 notes, newest first."),
    "date": QT_TRANSLATE_NOOP("Reports", "Date"),
    "channel": QT_TRANSLATE_NOOP("Reports", "Channel"),
    "subject": QT_TRANSLATE_NOOP("Reports", "Subject"),
    "participants": QT_TRANSLATE_NOOP("Reports", "Participants"),
    "outcome": QT_TRANSLATE_NOOP("Reports", "Outcome and decisions"),
    "no_notes": QT_TRANSLATE_NOOP("Reports", "No notes yet."),
    "health": QT_TRANSLATE_NOOP("Reports", "Relationship health"),
    "health_score": QT_TRANSLATE_NOOP("Reports", "Health score: %1 of 100 (%2)"),
    "factor": QT_TRANSLATE_NOOP("Reports", "Factor"),
    "points": QT_TRANSLATE_NOOP("Reports", "Points"),
    "follow_ups": QT_TRANSLATE_NOOP("Reports", "Open follow-ups"),
    "follow_up": QT_TRANSLATE_NOOP("Reports", "Follow-up"),
    "due": QT_TRANSLATE_NOOP("Reports", "Due"),
    "no_follow_ups": QT_TRANSLATE_NOOP("Reports", "No open follow-ups."),
    "promises": QT_TRANSLATE_NOOP("Reports", "Open promises"),
    "promise": QT_TRANSLATE_NOOP("Reports", "Promise"),
    "owed_by": QT_TRANSLATE_NOOP("Reports", "Owed by"),
    "no_promises": QT_TRANSLATE_NOOP("Reports", "No open promises."),
    "deadlines": QT_TRANSLATE_NOOP("Reports", "Next deadlines"),
    "deadlines_days": QT_TRANSLATE_NOOP("Reports", "Deadlines of the next %1 days"),
    "what": QT_TRANSLATE_NOOP("Reports", "What"),
    "partner": QT_TRANSLATE_NOOP("Reports", "Partner"),
    "urgency": QT_TRANSLATE_NOOP("Reports", "Urgency"),
    "no_deadlines": QT_TRANSLATE_NOOP("Reports", "Nothing due."),
    "costs": QT_TRANSLATE_NOOP("Reports", "Costs"),
    "costs_by_category": QT_TRANSLATE_NOOP("Reports", "Costs by category"),
    "no_costs": QT_TRANSLATE_NOOP("Reports", "No running agreement with a value."),
    "partners_by_health": QT_TRANSLATE_NOOP("Reports", "Partners by health, lowest first"),
    "score": QT_TRANSLATE_NOOP("Reports", "Score"),
    "reading": QT_TRANSLATE_NOOP("Reports", "Reading"),
    "no_partners": QT_TRANSLATE_NOOP("Reports", "No partners yet."),
}
"""Every fixed text by key, translated in the context ``Reports``."""

SCREEN_DPI = 96.0
"""Lengths in the style sheet are device pixels; they are given for a screen of this dpi."""


def style_sheet(dpi: float = SCREEN_DPI) -> str:
    """The reports' style sheet for a device of ``dpi`` (Qt's HTML subset).

    Font sizes are in points and scale by themselves; margins, paddings and borders are
    in device pixels, so they are scaled here (a PDF is laid out at 300 dpi).
    """
    scale = dpi / SCREEN_DPI

    def px(value: float) -> str:
        return f"{max(1, round(value * scale))}px"

    return f"""
body {{ color: #1f2933; }}
h1 {{ font-size: 20pt; font-weight: bold; color: #17324d; margin-bottom: {px(2)}; }}
h2 {{ font-size: 13pt; font-weight: bold; color: #17324d;
      margin-top: {px(14)}; margin-bottom: {px(6)}; }}
p {{ margin-top: 0; margin-bottom: {px(4)}; }}
p.subject {{ font-size: 14pt; font-weight: bold; margin-bottom: {px(2)}; }}
p.asof {{ color: #52606d; margin-bottom: {px(8)}; }}
p.hint {{ color: #52606d; }}
th {{ background-color: #e4ebf2; font-weight: bold; text-align: left; padding: {px(2)}; }}
td {{ padding: {px(2)}; border-bottom: {px(1)} solid #d9e2ec; }}
td.key {{ color: #52606d; border-bottom: none; }}
td.value {{ border-bottom: none; }}
.num {{ text-align: right; }}
tr.total td {{ font-weight: bold; background-color: #f3f6f9; }}
"""


@dataclass(frozen=True, slots=True)
class ReportFormat:
    """How a report writes values and fixed texts; the UI passes locale-aware functions.

    The defaults write ISO dates and plain numbers (tests, logs); the UI and the command
    line pass QLocale-based functions and translated enum labels.
    """

    format_date: Callable[[date], str] = date.isoformat
    format_moment: Callable[[datetime], str] = lambda value: value.strftime("%Y-%m-%d %H:%M")
    format_money: Callable[[Money], str] = lambda value: f"{value.amount:.2f} {value.currency}"
    format_number: Callable[[Decimal], str] = lambda value: f"{value.normalize():f}"
    label: Callable[[enum.Enum], str] = lambda value: str(value.value)
    category: Callable[[str], str] = str
    band: Callable[[HealthBand], str] = lambda value: str(value.value)
    factor: Callable[[HealthFactor], str] = lambda factor: str(factor.kind.value)

    def t(self, key: str, *values: str) -> str:
        """The wording for ``key`` with ``%1``, ``%2``… replaced by ``values``."""
        wording = QCoreApplication.translate(_CONTEXT, str(WORDING[key]))
        for number, value in enumerate(values, start=1):
            wording = wording.replace(f"%{number}", value)
        return wording

    def day(self, value: date | None) -> str:
        """A date, or the dash for none."""
        return self.t("none") if value is None else self.format_date(value)


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """A report ready to lay out: its HTML body and the texts of every page's margins."""

    title: str
    header: str
    """The line above every page."""
    footer: str
    """Left of every page's footer (the date the report is as of)."""
    page_label: str
    """Right of every page's footer, with ``%1`` for the page and ``%2`` for the count."""
    html: str


@dataclass(frozen=True, slots=True)
class PromiseLine:
    """An open promise as the briefing prints it (filled from the promises register)."""

    text: str
    owed_by: str
    due: date | None = None
    overdue: bool = False


def escaped(text: str) -> str:
    """User text as HTML that shows exactly this text; line breaks stay line breaks."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br/>")


def signed(points: float) -> str:
    """Whole points with their sign: "+10", "−6" (a real minus sign), "±0"."""
    whole = round(points)
    if whole > 0:
        return f"+{whole}"
    return f"−{-whole}" if whole < 0 else "±0"


def document(fmt: ReportFormat, title: str, subject: str, as_of: date, sections: str) -> str:
    """A whole HTML document: title block (title, subject, "as of" date) and sections."""
    block = f"<h1>{escaped(title)}</h1>"
    if subject:
        block += f'<p class="subject">{escaped(subject)}</p>'
    block += f'<p class="asof">{escaped(fmt.t("as_of", fmt.format_date(as_of)))}</p>'
    return f'<html><head><meta charset="utf-8"/></head><body>{block}{sections}</body></html>'


def heading(text: str) -> str:
    """A section heading."""
    return f"<h2>{escaped(text)}</h2>"


def paragraph(text: str, css: str = "") -> str:
    """A paragraph of plain text."""
    attribute = f' class="{css}"' if css else ""
    return f"<p{attribute}>{escaped(text)}</p>"


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    numeric: Sequence[int] = (),
    widths: Sequence[int] = (),
    total: Sequence[str] | None = None,
) -> str:
    """A full-width table of plain-text cells; its header row repeats on every page.

    Columns whose index is in ``numeric`` are right-aligned; ``widths`` are column widths
    in percent (wide enough for a date where one goes); ``total`` is a bold last row.
    """

    def cells(tag: str, values: Sequence[str], head: bool = False) -> str:
        return "".join(_cell(tag, index, value, head) for index, value in enumerate(values))

    def _cell(tag: str, index: int, value: str, head: bool) -> str:
        attributes = ' class="num"' if index in numeric else ""
        if head and index < len(widths):
            attributes += f' width="{widths[index]}%"'
        return f"<{tag}{attributes}>{escaped(value)}</{tag}>"

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    if total is not None:
        body += f'<tr class="total">{cells("td", total)}</tr>'
    return (
        '<table width="100%" cellspacing="0" style="border-collapse: collapse;">'
        f"<thead><tr>{cells('th', headers, head=True)}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def facts(pairs: Sequence[tuple[str, str]]) -> str:
    """A two-column table of captions and plain-text values (empty values are left out)."""
    rows = "".join(
        f'<tr><td class="key" width="28%">{escaped(key)}</td>'
        f'<td class="value">{escaped(value)}</td></tr>'
        for key, value in pairs
        if value
    )
    return f'<table width="100%" cellspacing="0">{rows}</table>'


def money_list(fmt: ReportFormat, amounts: Sequence[Money]) -> str:
    """Amounts in several currencies, joined with " + "; the dash for none."""
    return " + ".join(fmt.format_money(amount) for amount in amounts) or fmt.t("none")
