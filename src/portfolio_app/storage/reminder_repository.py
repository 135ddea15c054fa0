"""Snoozed and acknowledged notice reminders, by reminder key."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from portfolio_app.domain.reminders import ReminderState
from portfolio_app.storage.mappers import reminder_state_to_domain
from portfolio_app.storage.schema import ReminderStateRecord

_CHUNK = 500
"""Keys per query: well below SQLite's limit of bound parameters."""


class SqlReminderStateRepository:
    """Rows of ``reminder_state``; one per reminder key."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_keys(self, keys: Collection[str]) -> dict[str, ReminderState]:
        """The stored states of the given keys."""
        wanted = sorted(set(keys))
        found: dict[str, ReminderState] = {}
        for start in range(0, len(wanted), _CHUNK):
            query = select(ReminderStateRecord).where(
                ReminderStateRecord.key.in_(wanted[start : start + _CHUNK])
            )
            for row in self._session.scalars(query):
                found[row.key] = reminder_state_to_domain(row)
        return found

    def save(self, state: ReminderState) -> None:
        """Insert the state, or overwrite the row with the same key."""
        row = self._session.scalar(
            select(ReminderStateRecord).where(ReminderStateRecord.key == state.key)
        )
        if row is None:
            row = ReminderStateRecord(key=state.key)
            self._session.add(row)
        row.agreement_id = state.agreement_id
        row.snoozed_until = state.snoozed_until
        row.done_at = state.done_at
        self._session.flush()
