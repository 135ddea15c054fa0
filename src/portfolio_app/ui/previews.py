"""Plain-text descriptions of records for the preview panes (never rich text)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from portfolio_app.domain.agreement import DEFAULT_REMINDER_DAYS, Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.ui.formatting import (
    format_date,
    format_decimal,
    format_moment,
    format_money,
    from_qdate,
)
from portfolio_app.ui.labels import label
from portfolio_app.ui.schedule_text import schedule_lines, schedule_summary, termination_record

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


def agreement_preview(agreement: Agreement, today: date | None = None) -> str:
    """The terms of an agreement, what happens next and the notice details."""
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
    day = today or from_qdate(QDate.currentDate())
    plan = schedule(agreement, day)
    lines = [f"{agreement.title} ({label(agreement.kind)}, {label(agreement.status)})"]
    lines += [schedule_summary(agreement, plan, day), ""]
    lines += [f"{caption}: {value}" for caption, value in schedule_lines(agreement, plan)]
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
    lines += _notice_lines(agreement)
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Notes"), agreement.notes)
    return "\n".join(lines)


def _notice_lines(agreement: Agreement) -> list[str]:
    reminders = ""
    if agreement.reminder_days != DEFAULT_REMINDER_DAYS:
        reminders = _tr(QT_TRANSLATE_NOOP("Preview", "%1 days before the last notice day")).replace(
            "%1", ", ".join(str(days) for days in agreement.reminder_days)
        )
    decision = ""
    if agreement.decision is not None:
        decision = label(agreement.decision)
        if agreement.decision_reasons:
            decision += f" — {agreement.decision_reasons}"
    lines = _lines(
        (QT_TRANSLATE_NOOP("Preview", "Contract number"), agreement.contract_number),
        (QT_TRANSLATE_NOOP("Preview", "Customer number"), agreement.customer_number),
        (QT_TRANSLATE_NOOP("Preview", "Form of notice"), label(agreement.notice_form)),
        (QT_TRANSLATE_NOOP("Preview", "Deputy"), agreement.deputy),
        (QT_TRANSLATE_NOOP("Preview", "Reminders"), reminders),
        (QT_TRANSLATE_NOOP("Preview", "Decision"), decision),
        (QT_TRANSLATE_NOOP("Preview", "Termination"), termination_record(agreement)),
    )
    lines += _section(QT_TRANSLATE_NOOP("Preview", "Notice address"), agreement.notice_address)
    return lines


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
        if note.follow_up.owner:
            follow_up += " — " + _tr(QT_TRANSLATE_NOOP("Preview", "owner: %1")).replace(
                "%1", note.follow_up.owner
            )
        if note.follow_up.done:
            follow_up += " ✓ " + _tr(QT_TRANSLATE_NOOP("Preview", "done"))
        lines += _section(QT_TRANSLATE_NOOP("Preview", "Follow-up"), follow_up)
    return "\n".join(lines)
