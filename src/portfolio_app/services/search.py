"""Full-text search over partners, contact persons, agreements, goals and notes."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.search import SearchGroup, SearchHit, group_hits
from portfolio_app.services.ports import UnitOfWorkFactory

PER_KIND = 8
"""Hits shown per kind of record."""

MAX_TEXT = 200
"""Longer search text is cut here (nobody types more; it keeps queries bounded)."""


class SearchRepository(Protocol):
    """Reads the full-text index."""

    def search(self, text: str, per_kind: int) -> list[SearchHit]:
        """Up to ``per_kind`` live records of each kind matching every word of ``text``."""
        ...


@runtime_checkable
class SearchableUnitOfWork(Protocol):
    """A unit of work with a full-text index (storage's has one; in-memory fakes do not)."""

    @property
    def search(self) -> SearchRepository:
        """The full-text index."""
        ...


class SearchService:
    """Finds records by any word in their text; reads only."""

    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow_factory = uow_factory

    def search(self, text: str, per_kind: int = PER_KIND) -> tuple[SearchGroup, ...]:
        """The best hits for ``text``, grouped by kind; any text is safe (no syntax).

        Raises:
            StorageError: The database cannot be read.
        """
        text = text[:MAX_TEXT]
        if not text.strip():
            return ()
        with self._uow_factory() as uow:
            if not isinstance(uow, SearchableUnitOfWork):
                raise StorageError("search.unavailable", "this storage has no full-text index")
            hits = uow.search.search(text, per_kind)
        return group_hits(hits, per_kind)
