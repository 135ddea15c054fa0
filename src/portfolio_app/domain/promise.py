"""The promises register: commitments between us and a partner, in both directions."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import date, datetime

from portfolio_app.domain.ids import NoteId, PartnerId, PromiseId
from portfolio_app.domain.text import optional_line, required_line

MAX_PROMISE_LENGTH = 1000
"""The longest promise text, in characters."""


class PromiseDirection(enum.StrEnum):
    """Who owes whom."""

    WE_OWE = "we_owe"
    THEY_OWE = "they_owe"


class PromiseState(enum.StrEnum):
    """Where a promise stands."""

    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    RELEASED = "released"


@dataclass(frozen=True, slots=True)
class Promise:
    """A commitment: we owe the partner something, or the partner owes us.

    ``owner`` is the person who keeps (or chases) the promise; ``note_id`` is the note
    it was taken from, if any. ``created_at``/``updated_at`` are filled by storage.
    """

    id: PromiseId | None
    partner_id: PartnerId
    text: str
    direction: PromiseDirection = PromiseDirection.WE_OWE
    owner: str = ""
    due: date | None = None
    state: PromiseState = PromiseState.OPEN
    note_id: NoteId | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def validated(self) -> Promise:
        """Return a cleaned copy: text and owner trimmed to one line.

        Raises:
            ValidationError: ``promise.text.empty``/``.too_long`` or
                ``promise.owner.too_long``; ``field`` names the field.
        """
        return dataclasses.replace(
            self,
            text=required_line(self.text, "promise.text", "text", MAX_PROMISE_LENGTH),
            owner=optional_line(self.owner, "promise.owner", "owner"),
        )

    def is_overdue(self, today: date) -> bool:
        """Whether the promise is still open and its due date has passed."""
        return self.state is PromiseState.OPEN and self.due is not None and self.due < today


def overdue_count(promises: list[Promise] | tuple[Promise, ...], today: date) -> int:
    """How many of ``promises`` are overdue on ``today``."""
    return sum(1 for promise in promises if promise.is_overdue(today))
