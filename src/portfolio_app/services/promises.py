"""The promises register: commitments to and from partners, entered or taken from notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from portfolio_app.domain.audit import created_entry, updated_entry
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import ItemKind, NoteId, PartnerId, PromiseId
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, system_clock
from portfolio_app.services.ports import UnitOfWorkFactory
from portfolio_app.services.records import RecordService


class PromiseService(RecordService[Promise]):
    """Promises in both directions; every change is audited like other partner records."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        super().__init__(uow_factory, ItemKind.PROMISE, lambda uow: uow.promises, clock)

    def for_partner(self, partner_id: PartnerId) -> list[Promise]:
        """The partner's promises not in the trash, by due date (undated last)."""
        with self._uow_factory() as uow:
            return uow.promises.list_for_partner(partner_id)

    def mark(self, promise_id: PromiseId, state: PromiseState) -> Changes:
        """Set the promise's state (kept, broken, released, or open again).

        Raises:
            NotFoundError: No such promise (or it is in the trash).
        """
        with self._uow_factory() as uow:
            before = uow.promises.get(promise_id)
            after = dataclasses.replace(before, state=state)
            uow.promises.update(after)
            entry = updated_entry(before, after, self._clock())
            if entry is not None:
                uow.audit.add(entry)
            uow.commit()
        return Changes.of(ItemKind.PROMISE, promise_id, before.partner_id)

    def from_note(
        self,
        note_id: NoteId,
        items: Sequence[Promise],
    ) -> Changes:
        """Store ``items`` as new promises of the note's partner, linked to the note.

        All or nothing: one transaction, one audit entry per promise. The items'
        ``partner_id`` and ``note_id`` are replaced by the note's.

        Raises:
            ValidationError: An item breaks a rule (``promise.none`` if there is none).
            NotFoundError: The note (or its partner) is gone.
        """
        if not items:
            raise ValidationError("promise.none", "no action items chosen")
        with self._uow_factory() as uow:
            note = uow.notes.get(note_id)
            clean = [
                dataclasses.replace(
                    item, id=None, partner_id=note.partner_id, note_id=note_id
                ).validated()
                for item in items
            ]
            changes = Changes()
            now = self._clock()
            for promise in clean:
                promise_id = uow.promises.add(promise)
                uow.audit.add(created_entry(uow.promises.get(promise_id), now))
                changes = changes | Changes.of(
                    ItemKind.PROMISE, promise_id, note.partner_id, created=True
                )
            uow.commit()
        return changes


def promise_from_note(
    partner_id: PartnerId,
    note_id: NoteId | None,
    text: str,
    direction: PromiseDirection = PromiseDirection.WE_OWE,
) -> Promise:
    """An unsaved open promise prefilled from a note (its subject as the text)."""
    return Promise(id=None, partner_id=partner_id, text=text, direction=direction, note_id=note_id)
