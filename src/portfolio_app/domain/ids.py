"""Typed identifiers of stored records."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NewType

PartnerId = NewType("PartnerId", int)
ContactId = NewType("ContactId", int)
AgreementId = NewType("AgreementId", int)
GoalId = NewType("GoalId", int)
GoalUpdateId = NewType("GoalUpdateId", int)
NoteId = NewType("NoteId", int)
PromiseId = NewType("PromiseId", int)
AuditEntryId = NewType("AuditEntryId", int)


class ItemKind(enum.StrEnum):
    """The kinds of record a user can open."""

    PARTNER = "partner"
    CONTACT = "contact"
    AGREEMENT = "agreement"
    GOAL = "goal"
    GOAL_UPDATE = "goal_update"
    NOTE = "note"
    PROMISE = "promise"


@dataclass(frozen=True, slots=True)
class ItemRef:
    """Points at one stored record of any kind."""

    kind: ItemKind
    id: int
