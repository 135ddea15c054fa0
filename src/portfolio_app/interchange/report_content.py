"""The printed reports as HTML documents: partner dossier, meeting briefing, portfolio report.

Pure text building; the same documents are shown on screen (briefing) and laid out on
A4 pages by :mod:`portfolio_app.interchange.report_pdf`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from portfolio_app.domain.deadlines import Deadline
from portfolio_app.domain.health import HealthScore
from portfolio_app.domain.money import Money
from portfolio_app.domain.partner import Partner
from portfolio_app.interchange.report_html import (
    PromiseLine,
    ReportDocument,
    ReportFormat,
    document,
    facts,
    heading,
    money_list,
    paragraph,
    signed,
    table,
)
from portfolio_app.services.reports import DossierReport, GoalLine, PortfolioReport

BRIEFING_NOTES = 5
"""How many of the latest notes a briefing shows."""

NOTE_TEXT_LIMIT = 400
"""A note's outcome (or body) is cut after this many characters."""


def shortened(text: str, limit: int = NOTE_TEXT_LIMIT) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with "…" if cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(maxsplit=1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip() + " …"


def dossier_document(report: DossierReport, fmt: ReportFormat) -> ReportDocument:
    """The partner dossier: master data, contacts, agreements, goals, notes, health."""
    sections = "".join(
        (
            heading(fmt.t("master_data")) + _master_data(report.partner, fmt),
            heading(fmt.t("contacts")) + _contacts(report, fmt),
            heading(fmt.t("agreements")) + _agreements(report, fmt),
            heading(fmt.t("goals")) + _goals(report.goals, fmt),
            heading(fmt.t("notes")) + _notes(report, fmt, len(report.notes)),
            heading(fmt.t("health")) + _health(report.health, fmt),
        )
    )
    return _wrap(fmt, fmt.t("dossier_title"), report.partner.name, report, sections)


def briefing_document(
    report: DossierReport,
    fmt: ReportFormat,
    promises: Sequence[PromiseLine] | None = None,
) -> ReportDocument:
    """The one-page meeting briefing: who, what was said, what is open, due, agreed, paid.

    ``promises`` are the partner's open promises; ``None`` leaves their section out.
    """
    sections = [
        heading(fmt.t("contacts")) + _contacts(report, fmt),
        heading(fmt.t("notes")) + _notes(report, fmt, BRIEFING_NOTES),
        heading(fmt.t("follow_ups")) + _follow_ups(report, fmt),
    ]
    if promises is not None:
        sections.append(heading(fmt.t("promises")) + promises_section(promises, fmt))
    sections += [
        heading(fmt.t("deadlines")) + _deadlines(report.deadlines, fmt, with_partner=False),
        heading(fmt.t("goals")) + _goals(report.goals, fmt),
        heading(fmt.t("costs")) + _agreements(report, fmt),
        heading(fmt.t("health")) + _health(report.health, fmt),
    ]
    return _wrap(fmt, fmt.t("briefing_title"), report.partner.name, report, "".join(sections))


def promises_section(promises: Sequence[PromiseLine], fmt: ReportFormat) -> str:
    """The open promises of the briefing, in both directions."""
    if not promises:
        return paragraph(fmt.t("no_promises"), "hint")
    rows = [
        [
            promise.text,
            promise.owed_by,
            fmt.day(promise.due) + (" !" if promise.overdue else ""),
        ]
        for promise in promises
    ]
    headers = [fmt.t("promise"), fmt.t("owed_by"), fmt.t("due")]
    return table(headers, rows, widths=(60, 25, 15))


def portfolio_document(report: PortfolioReport, fmt: ReportFormat) -> ReportDocument:
    """The portfolio report: costs by category, deadlines ahead, partners by health."""
    days = str(report.horizon_days)
    sections = "".join(
        (
            heading(fmt.t("costs_by_category")) + _costs_by_category(report, fmt),
            heading(fmt.t("deadlines_days", days))
            + _deadlines(report.deadlines, fmt, with_partner=True),
            heading(fmt.t("partners_by_health")) + _health_table(report, fmt),
        )
    )
    title = fmt.t("portfolio_title")
    return ReportDocument(
        title=title,
        header=f"{fmt.t('app')} · {title}",
        footer=fmt.t("as_of", fmt.format_date(report.as_of)),
        page_label=fmt.t("page"),
        html=document(fmt, title, "", report.as_of, sections),
    )


def _wrap(
    fmt: ReportFormat, title: str, name: str, report: DossierReport, sections: str
) -> ReportDocument:
    return ReportDocument(
        title=f"{title} — {name}",
        header=f"{fmt.t('app')} · {title} · {name}",
        footer=fmt.t("as_of", fmt.format_date(report.as_of)),
        page_label=fmt.t("page"),
        html=document(fmt, title, name, report.as_of, sections),
    )


def _master_data(partner: Partner, fmt: ReportFormat) -> str:
    cadence = partner.contact_cadence_days
    return facts(
        [
            (fmt.t("category"), fmt.category(partner.category)),
            (fmt.t("status"), fmt.label(partner.status)),
            (fmt.t("partner_since"), fmt.day(partner.partner_since)),
            (fmt.t("owner"), partner.internal_owner),
            (fmt.t("criticality"), fmt.label(partner.criticality)),
            (fmt.t("cadence"), fmt.t("cadence_days", str(cadence)) if cadence else ""),
            (fmt.t("website"), partner.website),
            (fmt.t("address"), partner.address),
            (fmt.t("tags"), ", ".join(partner.tags)),
            (fmt.t("description"), partner.description),
            (fmt.t("values"), partner.values_expectations),
        ]
    )


def _contacts(report: DossierReport, fmt: ReportFormat) -> str:
    if not report.contacts:
        return paragraph(fmt.t("no_contacts"), "hint")
    rows = [
        [
            contact.name + (f" ({fmt.t('primary')})" if contact.is_primary else ""),
            contact.role,
            contact.email,
            contact.phone,
        ]
        for contact in report.contacts
    ]
    headers = [fmt.t("name"), fmt.t("role"), fmt.t("email"), fmt.t("phone")]
    return table(headers, rows, widths=(28, 22, 32, 18))


def _agreements(report: DossierReport, fmt: ReportFormat) -> str:
    if not report.agreements:
        return paragraph(fmt.t("no_agreements"), "hint")
    rows = [
        [
            line.agreement.title,
            f"{fmt.label(line.agreement.kind)}, {fmt.label(line.agreement.status)}",
            fmt.day(line.schedule.next_end),
            fmt.day(line.schedule.last_notice_day),
            fmt.day(line.schedule.renews_on),
            fmt.format_money(line.annual_cost) if line.annual_cost else fmt.t("none"),
        ]
        for line in report.agreements
    ]
    headers = [
        fmt.t("title"),
        fmt.t("kind"),
        fmt.t("next_end"),
        fmt.t("notice_day"),
        fmt.t("renews_on"),
        fmt.t("annual_cost"),
    ]
    total = [fmt.t("total"), "", "", "", "", money_list(fmt, report.annual_totals)]
    return table(
        headers,
        rows,
        numeric=(5,),
        widths=(22, 17, 15, 15, 15, 16),
        total=total,
    )


def _goals(goals: Sequence[GoalLine], fmt: ReportFormat) -> str:
    if not goals:
        return paragraph(fmt.t("no_goals"), "hint")
    rows = []
    for line in goals:
        goal, kpi = line.goal, line.goal.kpi
        status = fmt.label(goal.status)
        if line.overdue:
            status += f" — {fmt.t('goal_overdue')}"
        kpi_text = ""
        if kpi is not None:
            current = fmt.format_number(kpi.current) if kpi.current is not None else fmt.t("none")
            kpi_text = fmt.t(
                "kpi_values",
                fmt.format_number(kpi.baseline),
                fmt.format_number(kpi.target),
                current,
            )
            kpi_text += f" {kpi.unit}" if kpi.unit else ""
        progress = "" if line.progress is None else _percent(line.progress, fmt)
        rows.append([goal.title, status, fmt.day(goal.target_date), kpi_text, progress])
    headers = [
        fmt.t("title"),
        fmt.t("status"),
        fmt.t("target_date"),
        fmt.t("kpi"),
        fmt.t("progress"),
    ]
    return table(headers, rows, numeric=(4,), widths=(28, 16, 15, 29, 12))


def _percent(share: float, fmt: ReportFormat) -> str:
    return f"{fmt.format_number(Decimal(round(share * 100)))} %"


def _notes(report: DossierReport, fmt: ReportFormat, limit: int) -> str:
    if not report.notes:
        return paragraph(fmt.t("no_notes"), "hint")
    shown = report.notes[:limit]
    rows = [
        [
            fmt.format_moment(note.when),
            fmt.label(note.channel),
            note.subject + (f"\n{note.participants}" if note.participants else ""),
            shortened(note.outcome or note.body),
        ]
        for note in shown
    ]
    headers = [fmt.t("date"), fmt.t("channel"), fmt.t("subject"), fmt.t("outcome")]
    hint = paragraph(fmt.t("notes_count", str(len(shown)), str(report.note_count)), "hint")
    return hint + table(headers, rows, widths=(20, 12, 28, 40))


def _follow_ups(report: DossierReport, fmt: ReportFormat) -> str:
    rows = [
        [note.follow_up.text, fmt.day(note.follow_up.due), note.subject]
        for note in report.open_follow_ups
        if note.follow_up is not None
    ]
    if not rows:
        return paragraph(fmt.t("no_follow_ups"), "hint")
    headers = [fmt.t("follow_up"), fmt.t("due"), fmt.t("subject")]
    return table(headers, rows, widths=(49, 15, 36))


def _deadlines(deadlines: Sequence[Deadline], fmt: ReportFormat, *, with_partner: bool) -> str:
    if not deadlines:
        return paragraph(fmt.t("no_deadlines"), "hint")
    rows = [
        [
            fmt.format_date(item.day),
            fmt.label(item.kind),
            *([item.partner_name] if with_partner else []),
            item.title,
            fmt.label(item.urgency),
        ]
        for item in deadlines
    ]
    headers = [
        fmt.t("date"),
        fmt.t("what"),
        *([fmt.t("partner")] if with_partner else []),
        fmt.t("title"),
        fmt.t("urgency"),
    ]
    widths = (15, 19, 26, 26, 14) if with_partner else (15, 25, 40, 20)
    return table(headers, rows, widths=widths)


def _health(health: HealthScore, fmt: ReportFormat) -> str:
    summary = paragraph(fmt.t("health_score", str(health.score), fmt.band(health.band)))
    rows = [[fmt.factor(factor), signed(factor.points)] for factor in health.factors]
    headers = [fmt.t("factor"), fmt.t("points")]
    return summary + table(headers, rows, numeric=(1,), widths=(88, 12))


def _costs_by_category(report: PortfolioReport, fmt: ReportFormat) -> str:
    if not report.costs_by_category:
        return paragraph(fmt.t("no_costs"), "hint")
    rows = [
        [fmt.category(category), fmt.format_money(cost)]
        for category, cost in report.costs_by_category
    ]
    totals: Sequence[Money] = report.cost_totals
    total = [fmt.t("total"), money_list(fmt, totals)]
    headers = [fmt.t("category"), fmt.t("annual_cost")]
    return table(headers, rows, numeric=(1,), widths=(70, 30), total=total)


def _health_table(report: PortfolioReport, fmt: ReportFormat) -> str:
    if not report.partners_by_health:
        return paragraph(fmt.t("no_partners"), "hint")
    rows = [
        [str(line.health.score), fmt.band(line.health.band), line.name, fmt.category(line.category)]
        for line in report.partners_by_health
    ]
    headers = [fmt.t("score"), fmt.t("reading"), fmt.t("partner"), fmt.t("category")]
    return table(headers, rows, numeric=(0,), widths=(10, 14, 46, 30))
