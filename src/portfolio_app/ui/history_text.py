"""Plain-text wording for audit entries and trashed items: what happened, what changed.

Audit entries keep their values as locale-independent strings (see ``domain.audit``);
this module turns the fields it knows into the user's language and locale (dates, money,
enum labels, yes/no) and shows anything else as stored. Nothing here is rich text.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from portfolio_app.domain.agreement import (
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    NoticeAnchor,
    PeriodUnit,
)
from portfolio_app.domain.audit import AuditAction, AuditEntry, FieldChange
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, Mood
from portfolio_app.domain.partner import Criticality, PartnerStatus
from portfolio_app.domain.promise import PromiseDirection, PromiseState
from portfolio_app.ui.formatting import format_date, format_decimal, format_moment, format_money
from portfolio_app.ui.labels import category_label, label

_CONTEXT = "History"
MAX_VALUE_LENGTH = 60
"""Longer values (descriptions, note bodies) are cut to this many characters."""
SUMMARY_VALUES = 4
"""How many of a new record's values the history list shows (all are in the tooltip)."""
_TITLE_FIELDS = frozenset({"name", "title", "subject"})
"""Fields that the headline already shows."""


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


_KIND_NAMES: dict[ItemKind, object] = {
    ItemKind.PARTNER: QT_TRANSLATE_NOOP("History", "Partner"),
    ItemKind.CONTACT: QT_TRANSLATE_NOOP("History", "Contact"),
    ItemKind.AGREEMENT: QT_TRANSLATE_NOOP("History", "Agreement"),
    ItemKind.GOAL: QT_TRANSLATE_NOOP("History", "Goal"),
    ItemKind.GOAL_UPDATE: QT_TRANSLATE_NOOP("History", "Goal update"),
    ItemKind.NOTE: QT_TRANSLATE_NOOP("History", "Note"),
    ItemKind.PROMISE: QT_TRANSLATE_NOOP("History", "Promise"),
}

_HEADLINES: dict[tuple[ItemKind, AuditAction], object] = {
    (ItemKind.PARTNER, AuditAction.CREATED): QT_TRANSLATE_NOOP("History", "Partner “%1” added"),
    (ItemKind.PARTNER, AuditAction.UPDATED): QT_TRANSLATE_NOOP("History", "Partner “%1” changed"),
    (ItemKind.PARTNER, AuditAction.DELETED): QT_TRANSLATE_NOOP(
        "History", "Partner “%1” moved to the trash"
    ),
    (ItemKind.PARTNER, AuditAction.RESTORED): QT_TRANSLATE_NOOP(
        "History", "Partner “%1” restored from the trash"
    ),
    (ItemKind.CONTACT, AuditAction.CREATED): QT_TRANSLATE_NOOP("History", "Contact “%1” added"),
    (ItemKind.CONTACT, AuditAction.UPDATED): QT_TRANSLATE_NOOP("History", "Contact “%1” changed"),
    (ItemKind.CONTACT, AuditAction.DELETED): QT_TRANSLATE_NOOP(
        "History", "Contact “%1” moved to the trash"
    ),
    (ItemKind.CONTACT, AuditAction.RESTORED): QT_TRANSLATE_NOOP(
        "History", "Contact “%1” restored from the trash"
    ),
    (ItemKind.AGREEMENT, AuditAction.CREATED): QT_TRANSLATE_NOOP("History", "Agreement “%1” added"),
    (ItemKind.AGREEMENT, AuditAction.UPDATED): QT_TRANSLATE_NOOP(
        "History", "Agreement “%1” changed"
    ),
    (ItemKind.AGREEMENT, AuditAction.DELETED): QT_TRANSLATE_NOOP(
        "History", "Agreement “%1” moved to the trash"
    ),
    (ItemKind.AGREEMENT, AuditAction.RESTORED): QT_TRANSLATE_NOOP(
        "History", "Agreement “%1” restored from the trash"
    ),
    (ItemKind.GOAL, AuditAction.CREATED): QT_TRANSLATE_NOOP("History", "Goal “%1” added"),
    (ItemKind.GOAL, AuditAction.UPDATED): QT_TRANSLATE_NOOP("History", "Goal “%1” changed"),
    (ItemKind.GOAL, AuditAction.DELETED): QT_TRANSLATE_NOOP(
        "History", "Goal “%1” moved to the trash"
    ),
    (ItemKind.GOAL, AuditAction.RESTORED): QT_TRANSLATE_NOOP(
        "History", "Goal “%1” restored from the trash"
    ),
    (ItemKind.NOTE, AuditAction.CREATED): QT_TRANSLATE_NOOP("History", "Note “%1” added"),
    (ItemKind.NOTE, AuditAction.UPDATED): QT_TRANSLATE_NOOP("History", "Note “%1” changed"),
    (ItemKind.NOTE, AuditAction.DELETED): QT_TRANSLATE_NOOP(
        "History", "Note “%1” moved to the trash"
    ),
    (ItemKind.NOTE, AuditAction.RESTORED): QT_TRANSLATE_NOOP(
        "History", "Note “%1” restored from the trash"
    ),
    (ItemKind.PROMISE, AuditAction.CREATED): QT_TRANSLATE_NOOP("History", "Promise “%1” added"),
    (ItemKind.PROMISE, AuditAction.UPDATED): QT_TRANSLATE_NOOP("History", "Promise “%1” changed"),
    (ItemKind.PROMISE, AuditAction.DELETED): QT_TRANSLATE_NOOP(
        "History", "Promise “%1” moved to the trash"
    ),
    (ItemKind.PROMISE, AuditAction.RESTORED): QT_TRANSLATE_NOOP(
        "History", "Promise “%1” restored from the trash"
    ),
}

_FIELD_NAMES: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("History", "Name"),
    "category": QT_TRANSLATE_NOOP("History", "Category"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "partner_since": QT_TRANSLATE_NOOP("History", "Partner since"),
    "website": QT_TRANSLATE_NOOP("History", "Website"),
    "address": QT_TRANSLATE_NOOP("History", "Address"),
    "description": QT_TRANSLATE_NOOP("History", "Description"),
    "values_expectations": QT_TRANSLATE_NOOP("History", "Values & expectations"),
    "tags": QT_TRANSLATE_NOOP("History", "Tags"),
    "archived": QT_TRANSLATE_NOOP("History", "Archived"),
    "internal_owner": QT_TRANSLATE_NOOP("History", "Internal owner"),
    "criticality": QT_TRANSLATE_NOOP("History", "Criticality"),
    "contact_cadence_days": QT_TRANSLATE_NOOP("History", "Contact every (days)"),
    "role": QT_TRANSLATE_NOOP("History", "Role"),
    "email": QT_TRANSLATE_NOOP("History", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("History", "Phone"),
    "is_primary": QT_TRANSLATE_NOOP("History", "Primary contact"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "title": QT_TRANSLATE_NOOP("History", "Title"),
    "kind": QT_TRANSLATE_NOOP("History", "Type"),
    "start_date": QT_TRANSLATE_NOOP("History", "Start"),
    "end_date": QT_TRANSLATE_NOOP("History", "End"),
    "minimum_term_months": QT_TRANSLATE_NOOP("History", "Minimum term (months)"),
    "notice_period": QT_TRANSLATE_NOOP("History", "Notice period"),
    "notice_anchor": QT_TRANSLATE_NOOP("History", "Notice to"),
    "renewal_months": QT_TRANSLATE_NOOP("History", "Renewal (months)"),
    "value": QT_TRANSLATE_NOOP("History", "Value"),
    "billing_period": QT_TRANSLATE_NOOP("History", "Billing"),
    "document_link": QT_TRANSLATE_NOOP("History", "Document"),
    "owner": QT_TRANSLATE_NOOP("History", "Owner"),
    "target_date": QT_TRANSLATE_NOOP("History", "Target date"),
    "kpi.unit": QT_TRANSLATE_NOOP("History", "KPI unit"),
    "kpi.baseline": QT_TRANSLATE_NOOP("History", "KPI baseline"),
    "kpi.target": QT_TRANSLATE_NOOP("History", "KPI target"),
    "kpi.current": QT_TRANSLATE_NOOP("History", "KPI current value"),
    "when": QT_TRANSLATE_NOOP("History", "When"),
    "subject": QT_TRANSLATE_NOOP("History", "Subject"),
    "channel": QT_TRANSLATE_NOOP("History", "Channel"),
    "participants": QT_TRANSLATE_NOOP("History", "Participants"),
    "body": QT_TRANSLATE_NOOP("History", "Text"),
    "outcome": QT_TRANSLATE_NOOP("History", "Outcome"),
    "mood": QT_TRANSLATE_NOOP("History", "Mood"),
    "misunderstanding": QT_TRANSLATE_NOOP("History", "Misunderstanding"),
    "resolution": QT_TRANSLATE_NOOP("History", "Resolution"),
    "follow_up.text": QT_TRANSLATE_NOOP("History", "Follow-up"),
    "follow_up.due": QT_TRANSLATE_NOOP("History", "Follow-up due"),
    "follow_up.done": QT_TRANSLATE_NOOP("History", "Follow-up done"),
    "follow_up.owner": QT_TRANSLATE_NOOP("History", "Follow-up owner"),
    "text": QT_TRANSLATE_NOOP("History", "Promise"),
    "direction": QT_TRANSLATE_NOOP("History", "Direction"),
    "due": QT_TRANSLATE_NOOP("History", "Due"),
    "state": QT_TRANSLATE_NOOP("History", "State"),
    "note_id": QT_TRANSLATE_NOOP("History", "From note"),
}

_STATUS_ENUMS: dict[ItemKind, type[enum.Enum]] = {
    ItemKind.PARTNER: PartnerStatus,
    ItemKind.AGREEMENT: AgreementStatus,
    ItemKind.GOAL: GoalStatus,
}
_ENUM_FIELDS: dict[str, type[enum.Enum]] = {
    "kind": AgreementKind,
    "criticality": Criticality,
    "notice_anchor": NoticeAnchor,
    "billing_period": BillingPeriod,
    "channel": Channel,
    "direction": PromiseDirection,
    "state": PromiseState,
    "mood": Mood,
}
_DATE_FIELDS = frozenset(
    {"partner_since", "start_date", "end_date", "target_date", "follow_up.due"}
)
_DECIMAL_FIELDS = frozenset({"kpi.baseline", "kpi.target", "kpi.current"})
_BOOLEAN_FIELDS = frozenset({"archived", "is_primary", "misunderstanding", "follow_up.done"})


def kind_name(kind: ItemKind) -> str:
    """The translated noun for a kind of record: "Agreement"."""
    return _tr(_KIND_NAMES[kind])


def headline(entry: AuditEntry) -> str:
    """What happened, e.g. "Agreement “Leasing Kopierer” changed"."""
    return _tr(_HEADLINES[(entry.item.kind, entry.action)]).replace("%1", entry.title)


def field_name(field: str) -> str:
    """The translated caption of a field; unknown fields as stored."""
    source = _FIELD_NAMES.get(field)
    return field if source is None else _tr(source)


def change_lines(entry: AuditEntry) -> list[str]:
    """One line per changed field: "Value: 249,90 € → 279,00 €".

    A new record's lines show only its values: "Value: 249,90 €".
    """
    if entry.action is AuditAction.CREATED:
        return [
            f"{field_name(change.field)}: {value_text(entry.item.kind, change.field, change.new)}"
            for change in entry.changes
        ]
    return [_change_line(entry.item.kind, change) for change in entry.changes]


def changes_summary(entry: AuditEntry) -> str:
    """The changes as the history list shows them.

    An edit has one line per change; a new record's values share one line, separated
    by " · ".
    """
    lines = change_lines(entry)
    if entry.action is not AuditAction.CREATED:
        return "\n".join(lines)
    shown = [
        line
        for line, change in zip(lines, entry.changes, strict=True)
        if change.field not in _TITLE_FIELDS
    ]
    if len(shown) > SUMMARY_VALUES:
        shown = [*shown[:SUMMARY_VALUES], "…"]
    return " · ".join(shown)


def value_text(kind: ItemKind, field: str, value: str) -> str:
    """A stored value in the user's language and locale; "—" for none."""
    if value == "":
        return "—"
    try:
        text = _formatter(kind, field)(value)
    except (ValueError, InvalidOperation, KeyError):
        text = value
    return _shortened(text)


def _change_line(kind: ItemKind, change: FieldChange) -> str:
    old = value_text(kind, change.field, change.old)
    new = value_text(kind, change.field, change.new)
    return f"{field_name(change.field)}: {old} → {new}"


def _formatter(kind: ItemKind, field: str) -> Callable[[str], str]:
    if field == "status" and kind in _STATUS_ENUMS:
        return lambda value: label(_STATUS_ENUMS[kind](value))
    if field in _ENUM_FIELDS:
        return lambda value: label(_ENUM_FIELDS[field](value))
    formatters: dict[str, Callable[[str], str]] = {
        "category": category_label,
        "value": _money,
        "notice_period": _notice_period,
        "when": lambda value: format_moment(datetime.fromisoformat(value)),
    }
    if field in formatters:
        return formatters[field]
    if field in _DATE_FIELDS:
        return lambda value: format_date(date.fromisoformat(value))
    if field in _DECIMAL_FIELDS:
        return lambda value: format_decimal(Decimal(value))
    if field in _BOOLEAN_FIELDS:
        return _yes_no
    return lambda value: value


def _money(value: str) -> str:
    amount, currency = value.split(" ")
    return format_money(Money(Decimal(amount), currency))


def _notice_period(value: str) -> str:
    amount, unit = value.split(" ")
    return f"{int(amount)} {label(PeriodUnit(unit))}"


def _yes_no(value: str) -> str:
    if value not in ("true", "false"):
        raise ValueError(value)
    return (
        _tr(QT_TRANSLATE_NOOP("History", "yes"))
        if value == "true"
        else _tr(QT_TRANSLATE_NOOP("History", "no"))
    )


def _shortened(text: str) -> str:
    """The first line, cut to ``MAX_VALUE_LENGTH`` characters, "…" where cut."""
    first, _newline, rest = text.partition("\n")
    if len(first) > MAX_VALUE_LENGTH:
        return first[: MAX_VALUE_LENGTH - 1].rstrip() + "…"
    return first + " …" if rest.strip() else first
