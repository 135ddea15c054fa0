"""What a service call changed, so that every view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId


@dataclass(frozen=True, slots=True)
class Changes:
    """Records touched by one user action.

    ``partners`` holds every partner whose data changed, directly or through one of its
    contacts, agreements, goals or notes. ``created`` is the record an add made, if any.
    """

    items: frozenset[ItemRef] = frozenset()
    partners: frozenset[PartnerId] = frozenset()
    created: ItemRef | None = None

    @classmethod
    def of(
        cls, kind: ItemKind, item_id: int, partner_id: PartnerId, *, created: bool = False
    ) -> Changes:
        """Changes to one record of ``partner_id``."""
        ref = ItemRef(kind, item_id)
        return cls(frozenset({ref}), frozenset({partner_id}), ref if created else None)

    def touches(self, kind: ItemKind) -> bool:
        """Whether any record of ``kind`` changed."""
        return any(item.kind is kind for item in self.items)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.items | other.items, self.partners | other.partners, self.created or other.created
        )
