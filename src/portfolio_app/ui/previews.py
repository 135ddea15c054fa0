"""Plain-text descriptions of records for the preview panes (never rich text)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.ui.formatting import format_date, format_decimal, format_moment, format_money
from portfolio_app.ui.labels import label

_CONTEXT = "Preview"


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def _lines(*pairs: tuple[object, str]) -> list[str]:
    return [f"{_tr(caption)}: {value}" for caption, value in pairs if value]


def _section(caption: object, text: str) -> list[str]:
    return ["", f"{_tr(caption)}:", text] if text else []


def contact_preview(contact: ContactPerson) -> str:
    """Everything about a contact person."""
    lines = [
        contact.name,
        *_lines(
            (QT_TRANSLATE_NOOP("Preview", "Role"), contact.role),
            (QT_TRANSLATE_NOOP("Preview", "E-mail"), contact.email),
            (QT_TRANSLATE_NOOP("Preview", "Phone"), contact.phone),
        ),
    ]
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Notes"), contact.notes)
    return "\n".join(lines)


def agreement_preview(agreement: Agreement) -> str:
    """The terms of an agreement."""
    notice = ""
    if agreement.notice_period is not None:
        notice = (
            f"{agreement.notice_period.amount} {label(agreement.notice_period.unit)} "
            f"{label(agreement.notice_anchor)}"
        )
    renewal = ""
    if agreement.renewal_months:
        renewal = _tr(QT_TRANSLATE_NOOP("Preview", "renews automatically by %1 months")).replace(
            "%1", str(agreement.renewal_months)
        )
    value = ""
    if agreement.value is not None:
        value = f"{format_money(agreement.value)} {label(agreement.billing_period)}"
    annual = agreement.annual_cost()
    lines = [f"{agreement.title} ({label(agreement.kind)}, {label(agreement.status)})"]
    lines += _lines(
        (QT_TRANSLATE_NOOP("Preview", "Start"), format_date(agreement.start_date)),
        (
            QT_TRANSLATE_NOOP("Preview", "End"),
            format_date(agreement.end_date) or _tr(QT_TRANSLATE_NOOP("Preview", "open-ended")),
        ),
        (
            QT_TRANSLATE_NOOP("Preview", "Minimum term"),
            _months(agreement.minimum_term_months),
        ),
        (QT_TRANSLATE_NOOP("Preview", "Notice period"), notice),
        (QT_TRANSLATE_NOOP("Preview", "Renewal"), renewal),
        (QT_TRANSLATE_NOOP("Preview", "Value"), value),
        (
            QT_TRANSLATE_NOOP("Preview", "Per year"),
            format_money(annual) if annual and agreement.billing_period.value != "yearly" else "",
        ),
        (QT_TRANSLATE_NOOP("Preview", "Document"), agreement.document_link),
    )
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Notes"), agreement.notes)
    return "\n".join(lines)


def _months(months: int | None) -> str:
    if not months:
        return ""
    return _tr(QT_TRANSLATE_NOOP("Preview", "%1 months")).replace("%1", str(months))


def goal_preview(goal: SharedGoal) -> str:
    """A goal with its KPI."""
    kpi = ""
    if goal.kpi is not None:
        current = format_decimal(goal.kpi.current) if goal.kpi.current is not None else "–"
        kpi = (
            f"{format_decimal(goal.kpi.baseline)} → {format_decimal(goal.kpi.target)} "
            f"{goal.kpi.unit}, "
            + _tr(QT_TRANSLATE_NOOP("Preview", "now %1")).replace("%1", current)
        )
        progress = goal.kpi.progress()
        if progress is not None:
            kpi += f" ({round(progress * 100)} %)"
    lines = [f"{goal.title} ({label(goal.status)})"]
    lines += _lines(
        (QT_TRANSLATE_NOOP("Preview", "Owner"), goal.owner),
        (QT_TRANSLATE_NOOP("Preview", "Target date"), format_date(goal.target_date)),
        (QT_TRANSLATE_NOOP("Preview", "KPI"), kpi),
    )
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Description"), goal.description)
    return "\n".join(lines)


def note_preview(note: CommunicationNote) -> str:
    """A communication note in full."""
    lines = [
        f"{note.subject}",
        f"{format_moment(note.when)} · {label(note.channel)} · {label(note.mood)}",
    ]
    lines += _lines((QT_TRANSLATE_NOOP("Preview", "Participants"), note.participants))
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Notes"), note.body)
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Outcome / decisions"), note.outcome)
    if note.misunderstanding:
        resolution = note.resolution or _tr(QT_TRANSLATE_NOOP("Preview", "not resolved yet"))
        lines += _section(QT_TRANSLATE_NOOP("Preview", "Misunderstanding"), resolution)
    if note.follow_up is not None:
        follow_up = note.follow_up.text
        if note.follow_up.due:
            follow_up += " — " + _tr(QT_TRANSLATE_NOOP("Preview", "due %1")).replace(
                "%1", format_date(note.follow_up.due)
            )
        if note.follow_up.done:
            follow_up += " ✓ " + _tr(QT_TRANSLATE_NOOP("Preview", "done"))
        lines += _section(QT_TRANSLATE_NOOP("Preview", "Follow-up"), follow_up)
    return "\n".join(lines)
