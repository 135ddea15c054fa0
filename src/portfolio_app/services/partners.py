"""Use cases about partners as a whole."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from portfolio_app.domain.audit import AuditAction, created_entry, entry_for, updated_entry
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.errors import ConflictError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner, PartnerCategory
from portfolio_app.domain.text import collation_key
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, system_clock
from portfolio_app.services.ports import UnitOfWork, UnitOfWorkFactory


class PartnerService:
    """List, open, create, change and delete partners; every change is audited."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def list_partners(self) -> list[Partner]:
        """Every partner, sorted by name."""
        with self._uow_factory() as uow:
            partners = uow.partners.list_all()
        return sorted(partners, key=lambda partner: partner.name.casefold())

    def get_partner(self, partner_id: PartnerId) -> Partner:
        """One partner.

        Raises:
            NotFoundError: No such partner.
        """
        with self._uow_factory() as uow:
            return uow.partners.get(partner_id)

    def dossier(self, partner_id: PartnerId) -> PartnerDossier:
        """The partner with everything that belongs to it, read in one transaction.

        Raises:
            NotFoundError: No such partner.
        """
        with self._uow_factory() as uow:
            partner = uow.partners.get(partner_id)
            goals = uow.goals.list_for_partner(partner_id)
            goal_ids = [goal.id for goal in goals if goal.id is not None]
            return PartnerDossier(
                partner=partner,
                contacts=tuple(uow.contacts.list_for_partner(partner_id)),
                agreements=tuple(uow.agreements.list_for_partner(partner_id)),
                goals=tuple(goals),
                goal_updates=tuple(uow.goal_updates.list_for_goals(goal_ids)),
                notes=tuple(uow.notes.list_for_partner(partner_id)),
            )

    def add_partner(self, partner: Partner) -> Changes:
        """Store a new partner.

        Raises:
            ValidationError: A field breaks a rule.
            ConflictError: Another partner already has this name.
        """
        clean = partner.validated()
        with self._uow_factory() as uow:
            _ensure_unique_name(uow, clean)
            partner_id = uow.partners.add(clean)
            stored = dataclasses.replace(clean, id=partner_id)
            uow.audit.add(created_entry(stored, self._clock()))
            uow.commit()
        return Changes.of(ItemKind.PARTNER, partner_id, partner_id, created=True)

    def update_partner(self, partner: Partner) -> Changes:
        """Save changes to a stored partner.

        Raises:
            ValidationError: A field breaks a rule.
            ConflictError: Another partner already has this name.
            NotFoundError: The partner was deleted meanwhile.
        """
        assert partner.id is not None, "update needs a stored partner"
        clean = partner.validated()
        with self._uow_factory() as uow:
            before = uow.partners.get(partner.id)
            _ensure_unique_name(uow, clean)
            uow.partners.update(clean)
            entry = updated_entry(before, clean, self._clock())
            if entry is not None:
                uow.audit.add(entry)
            uow.commit()
        return Changes.of(ItemKind.PARTNER, partner.id, partner.id)

    def delete_partner(self, partner_id: PartnerId) -> Changes:
        """Move a partner to the trash; its contacts, agreements, goals and notes go along.

        They stay attached to it, hidden, and come back when it is restored.

        Raises:
            NotFoundError: No such partner (or it is in the trash already).
        """
        with self._uow_factory() as uow:
            partner = uow.partners.get(partner_id)
            now = self._clock()
            uow.trash.move(ItemRef(ItemKind.PARTNER, partner_id), now)
            uow.audit.add(entry_for(AuditAction.DELETED, partner, now))
            uow.commit()
        return Changes.of(ItemKind.PARTNER, partner_id, partner_id)

    def categories(self) -> list[str]:
        """Built-in categories followed by the users' own ones in use."""
        with self._uow_factory() as uow:
            return category_choices(uow.partners.categories_in_use())

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        with self._uow_factory() as uow:
            return sorted(uow.partners.tags_in_use(), key=str.casefold)


def category_choices(used: Iterable[str]) -> list[str]:
    """Built-in categories followed by the users' own ones among ``used``, sorted.

    ``used`` may be the categories of the live partners the caller has read already
    (the partner list does this instead of a second query).
    """
    builtin = [category.value for category in PartnerCategory]
    own = sorted({value for value in used if value not in builtin}, key=collation_key)
    return builtin + own


def _ensure_unique_name(uow: UnitOfWork, partner: Partner) -> None:
    existing = uow.partners.id_for_name(partner.name)
    if existing is not None and existing != partner.id:
        raise ConflictError("partner.name.duplicate", partner.name, field="name")
