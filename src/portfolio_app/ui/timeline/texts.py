"""Words for the timeline: kind names, tooltips and accessible descriptions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from portfolio_app.domain.agreement import AgreementStatus
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.note import Channel
from portfolio_app.domain.timeline import MarkKind, TimelineItem
from portfolio_app.ui.formatting import format_date, format_moment, format_money
from portfolio_app.ui.labels import label

_CONTEXT = "TimelineTexts"
_KIND_NAMES: dict[MarkKind, object] = {
    MarkKind.AGREEMENT: QT_TRANSLATE_NOOP("TimelineTexts", "Agreement"),
    MarkKind.NOTE: QT_TRANSLATE_NOOP("TimelineTexts", "Note"),
    MarkKind.GOAL_UPDATE: QT_TRANSLATE_NOOP("TimelineTexts", "Goal update"),
    MarkKind.GOAL_DUE: QT_TRANSLATE_NOOP("TimelineTexts", "Goal target date"),
    MarkKind.NOTICE: QT_TRANSLATE_NOOP("TimelineTexts", "Last day to give notice"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_name(kind: MarkKind) -> str:
    """The translated name of a kind of item ("Note", "Goal target date")."""
    return QCoreApplication.translate(_CONTEXT, str(_KIND_NAMES[kind]))


def tooltip_lines(item: TimelineItem, partner_name: str) -> list[str]:
    """Plain-text lines describing ``item``: title, kind, dates, amounts, partner."""
    lines = [item.title, f"{kind_name(item.kind)} · {partner_name}"]
    lines.extend(_detail_lines(item))
    return lines


def _detail_lines(item: TimelineItem) -> list[str]:
    if item.kind is MarkKind.AGREEMENT:
        return _agreement_lines(item)
    if item.kind is MarkKind.NOTE:
        when = format_moment(item.moment) if item.moment else format_date(item.start)
        channel = label(Channel(item.detail)) if item.detail else ""
        return [f"{when} · {channel}" if channel else when]
    if item.kind is MarkKind.NOTICE:
        end = format_date(_iso_date(item.detail)) if item.detail else ""
        text = _tr("%1, to end on %2") if end else "%1"
        return [text.replace("%1", format_date(item.start)).replace("%2", end)]
    status = label(GoalStatus(item.detail)) if item.detail else ""
    return [" · ".join(part for part in (format_date(item.start), status) if part)]


def _agreement_lines(item: TimelineItem) -> list[str]:
    if item.open_ended:
        dates = _tr("%1 – open-ended").replace("%1", format_date(item.start))
    else:
        dates = f"{format_date(item.start)} – {format_date(item.end)}"
    lines = [dates]
    if item.detail:
        lines[0] += f" · {label(AgreementStatus(item.detail))}"
    if item.value is not None:
        amount = format_money(item.value)
        if item.billing is not None:
            amount += f" ({label(item.billing)})"
        lines.append(amount)
    if item.renewals:
        days = ", ".join(format_date(day) for day in item.renewals[:4])
        more = " …" if len(item.renewals) > 4 else ""
        lines.append(_tr("Renewal terms begin: %1").replace("%1", days + more))
    return lines


def _iso_date(text: str) -> date:
    return date.fromisoformat(text)
