"""A partner's history: the audit trail of every change to it and its records."""

from __future__ import annotations

from portfolio_app.domain.audit import AuditEntry
from portfolio_app.domain.ids import PartnerId
from portfolio_app.services.ports import UnitOfWorkFactory


class HistoryService:
    """Reads the audit trail; the other services write it."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow_factory = uow_factory

    def for_partner(self, partner_id: PartnerId) -> list[AuditEntry]:
        """Every recorded change to the partner and its records, newest first.

        A partner without entries (or one that does not exist) has an empty history.
        """
        with self._uow_factory() as uow:
            entries = uow.audit.list_for_partner(partner_id)
        return sorted(entries, key=lambda entry: (entry.at, entry.id or 0), reverse=True)
