"""The audit trail: what happened to a partner's records, when, and which fields changed.

Values are kept as plain strings so that an entry stays readable after the record is gone
and after the code that wrote it has changed: dates as ISO text, moments as ISO text in
UTC, money as ``"1234.50 EUR"``, enums by value, booleans as ``"true"``/``"false"``, tags
joined with ``", "``. Nested value objects are either one value (money, notice period) or
are flattened into dotted fields (``kpi.current``, ``follow_up.due``).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from portfolio_app.domain.agreement import Agreement, NoticePeriod
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import SharedGoal
from portfolio_app.domain.ids import AuditEntryId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.promise import Promise

Auditable = Partner | ContactPerson | Agreement | SharedGoal | CommunicationNote | Promise
"""The records whose changes are audited."""

IGNORED_FIELDS = frozenset({"id", "partner_id", "created_at", "updated_at"})
"""Bookkeeping fields that never appear in an entry's changes."""

_SINGLE_VALUES: tuple[type, ...] = (Money, NoticePeriod)
"""Dataclasses rendered as one value instead of being flattened."""

_EMPTY = frozenset({"", "false"})


class AuditAction(enum.StrEnum):
    """What was done to a record."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's value before and after, rendered as plain strings ("" for none)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of a partner's history.

    ``title`` is the record's name, title or subject at the time; ``changes`` lists the
    fields an update changed, or the values a new record started with.
    """

    id: AuditEntryId | None
    at: datetime
    partner_id: PartnerId
    item: ItemRef
    action: AuditAction
    title: str
    changes: tuple[FieldChange, ...] = ()


def item_ref(record: Auditable) -> ItemRef:
    """Kind and id of a stored record."""
    assert record.id is not None, "only stored records are audited"
    return ItemRef(_kind(record), record.id)


def title_of(record: Auditable) -> str:
    """The text a person recognises the record by: name, title or subject."""
    if isinstance(record, Partner | ContactPerson):
        return record.name
    if isinstance(record, CommunicationNote):
        return record.subject
    if isinstance(record, Promise):
        return record.text
    return record.title


def partner_of(record: Auditable) -> PartnerId:
    """The partner whose history the record belongs to."""
    if isinstance(record, Partner):
        assert record.id is not None
        return record.id
    return record.partner_id


def entry_for(
    action: AuditAction, record: Auditable, at: datetime, changes: tuple[FieldChange, ...] = ()
) -> AuditEntry:
    """An unsaved entry about ``record``."""
    return AuditEntry(
        id=None,
        at=at,
        partner_id=partner_of(record),
        item=item_ref(record),
        action=action,
        title=title_of(record),
        changes=changes,
    )


def created_entry(record: Auditable, at: datetime) -> AuditEntry:
    """The entry for a new record, listing the values it started with."""
    return entry_for(AuditAction.CREATED, record, at, initial_values(record))


def updated_entry(before: Auditable, after: Auditable, at: datetime) -> AuditEntry | None:
    """The entry for an edit, or ``None`` if no field changed."""
    changes = field_changes(before, after)
    if not changes:
        return None
    return entry_for(AuditAction.UPDATED, after, at, changes)


def field_changes(before: Auditable, after: Auditable) -> tuple[FieldChange, ...]:
    """The fields whose rendered values differ, in the order the record declares them."""
    if type(before) is not type(after):
        raise TypeError(f"cannot compare {type(before).__name__} with {type(after).__name__}")
    old, new = flatten(before), flatten(after)
    return tuple(
        FieldChange(field, old[field], value) for field, value in new.items() if old[field] != value
    )


def initial_values(record: Auditable) -> tuple[FieldChange, ...]:
    """The fields of a new record that hold something (not empty, not false)."""
    return tuple(
        FieldChange(field, "", value)
        for field, value in flatten(record).items()
        if value not in _EMPTY
    )


def flatten(record: object) -> dict[str, str]:
    """Every audited field of a dataclass instance, rendered, nested ones as ``a.b``."""
    return _flatten_fields(type(record), record, "")


def render(value: object) -> str:
    """A value as plain, locale-independent text (see the module description)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Money):
        return f"{value.amount:.2f} {value.currency}"
    if isinstance(value, NoticePeriod):
        return f"{value.amount} {value.unit.value}"
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return ", ".join(render(item) for item in value)
    return str(value)


def _flatten_fields(cls: type, record: object | None, prefix: str) -> dict[str, str]:
    values: dict[str, str] = {}
    hints = _nested_types(cls)
    for field in dataclasses.fields(cls):
        if not prefix and field.name in IGNORED_FIELDS:
            continue
        name = prefix + field.name
        value = getattr(record, field.name) if record is not None else _default(field)
        nested = hints.get(field.name)
        if nested is not None:
            values.update(_flatten_fields(nested, value, f"{name}."))
        else:
            values[name] = render(value)
    return values


def _default(field: dataclasses.Field[Any]) -> object:
    """What a missing nested object's field counts as: its default, else nothing."""
    return None if field.default is dataclasses.MISSING else field.default


@functools.cache
def _nested_types(cls: type) -> dict[str, type]:
    """Fields of ``cls`` that hold a dataclass to be flattened, with that dataclass."""
    nested: dict[str, type] = {}
    for name, hint in typing.get_type_hints(cls).items():
        for candidate in typing.get_args(hint) or (hint,):
            if (
                isinstance(candidate, type)
                and dataclasses.is_dataclass(candidate)
                and candidate not in _SINGLE_VALUES
            ):
                nested[name] = candidate
    return nested


def _kind(record: Auditable) -> ItemKind:
    if isinstance(record, Partner):
        return ItemKind.PARTNER
    if isinstance(record, ContactPerson):
        return ItemKind.CONTACT
    if isinstance(record, Agreement):
        return ItemKind.AGREEMENT
    if isinstance(record, SharedGoal):
        return ItemKind.GOAL
    if isinstance(record, Promise):
        return ItemKind.PROMISE
    return ItemKind.NOTE
