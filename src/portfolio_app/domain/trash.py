"""The trash: deleted records wait here for 30 days before they are purged for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId

RETENTION = timedelta(days=30)
"""How long a deleted record can be restored."""

TRASHABLE_KINDS = (
    ItemKind.PARTNER,
    ItemKind.CONTACT,
    ItemKind.AGREEMENT,
    ItemKind.GOAL,
    ItemKind.NOTE,
    ItemKind.PROMISE,
)
"""The kinds of record that go to the trash when deleted (goal history goes with its goal)."""


@dataclass(frozen=True, slots=True)
class TrashedItem:
    """A deleted record as the trash lists it.

    For a partner, ``contents`` counts the records that come back with it (those not
    deleted on their own before), by kind. For any other record, ``partner_in_trash``
    says whether its partner was deleted too (restoring the record restores the partner).
    """

    ref: ItemRef
    title: str
    partner_id: PartnerId
    partner_name: str
    deleted_at: datetime
    partner_in_trash: bool = False
    contents: tuple[tuple[ItemKind, int], ...] = ()

    @property
    def kind(self) -> ItemKind:
        """What sort of record it is."""
        return self.ref.kind

    @property
    def purge_at(self) -> datetime:
        """When it will be purged for good, unless restored before."""
        return self.deleted_at + RETENTION


def purge_cutoff(now: datetime) -> datetime:
    """Records deleted before this moment are due to be purged at ``now``."""
    return now - RETENTION


def newest_first(items: list[TrashedItem]) -> list[TrashedItem]:
    """The items sorted by deletion time, most recent first (ties: by kind, then id)."""
    order = {kind: index for index, kind in enumerate(TRASHABLE_KINDS)}
    return sorted(
        items, key=lambda item: (-item.deleted_at.timestamp(), order[item.kind], -item.ref.id)
    )
