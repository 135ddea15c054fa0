"""The trash: list deleted records, restore them, empty it, purge what is too old."""

from __future__ import annotations

from datetime import datetime

from portfolio_app.domain.audit import AuditAction, AuditEntry
from portfolio_app.domain.errors import ConflictError
from portfolio_app.domain.ids import ItemKind, ItemRef
from portfolio_app.domain.trash import TrashedItem, newest_first, purge_cutoff
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, system_clock
from portfolio_app.services.ports import UnitOfWork, UnitOfWorkFactory


class TrashService:
    """Deleted partners, contacts, agreements, goals and notes, kept for 30 days."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def list_items(self) -> list[TrashedItem]:
        """Everything in the trash, most recently deleted first."""
        with self._uow_factory() as uow:
            return newest_first(uow.trash.list_items())

    def restore(self, ref: ItemRef) -> Changes:
        """Bring a record back with everything that belonged to it, under its old id.

        A record whose partner is in the trash too brings its partner back as well. A
        restored partner is reported as ``created`` so that views select it.

        Raises:
            NotFoundError: ``trash.not_found``: the record is not in the trash (any more).
            ConflictError: ``trash.name_taken`` (field ``name``): a live partner now has the
                partner's name; nothing was restored.
        """
        with self._uow_factory() as uow:
            item = uow.trash.get(ref)
            now = self._clock()
            restored = [item]
            if item.kind is not ItemKind.PARTNER and item.partner_in_trash:
                restored.insert(0, uow.trash.get(ItemRef(ItemKind.PARTNER, item.partner_id)))
            for each in restored:
                _restore_one(uow, each, now)
            uow.commit()
        partner_ref = ItemRef(ItemKind.PARTNER, item.partner_id)
        return Changes(
            items=frozenset(each.ref for each in restored),
            partners=frozenset({item.partner_id}),
            created=partner_ref if restored[0].kind is ItemKind.PARTNER else None,
        )

    def empty(self) -> Changes:
        """Delete everything in the trash for good.

        The audit entries of purged partners go with them; those of purged contacts,
        agreements, goals and notes stay in their partner's history.
        """
        with self._uow_factory() as uow:
            items = uow.trash.list_items()
            uow.trash.purge(None)
            uow.commit()
        return Changes(
            items=frozenset(item.ref for item in items),
            partners=frozenset(item.partner_id for item in items),
        )

    def purge_expired(self, now: datetime) -> int:
        """Delete for good what was deleted more than 30 days before ``now``.

        Returns:
            How many records left the trash (a purged partner takes along the records of
            it that were deleted on their own).
        """
        with self._uow_factory() as uow:
            before = uow.trash.count()
            uow.trash.purge(purge_cutoff(now))
            purged = before - uow.trash.count()
            uow.commit()
        return purged


def _restore_one(uow: UnitOfWork, item: TrashedItem, now: datetime) -> None:
    if item.kind is ItemKind.PARTNER and uow.partners.id_for_name(item.title) is not None:
        raise ConflictError("trash.name_taken", item.title, field="name")
    uow.trash.restore(item.ref)
    uow.audit.add(
        AuditEntry(
            id=None,
            at=now,
            partner_id=item.partner_id,
            item=item.ref,
            action=AuditAction.RESTORED,
            title=item.title,
        )
    )
