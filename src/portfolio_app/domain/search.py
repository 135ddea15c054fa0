"""Search results: what a full-text search finds, grouped by kind for the user."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from portfolio_app.domain.ids import ItemKind, PartnerId

MARK_START = "\x02"
"""Starts a matched word in a title or snippet."""
MARK_END = "\x03"
"""Ends a matched word."""

KIND_ORDER = (
    ItemKind.PARTNER,
    ItemKind.CONTACT,
    ItemKind.AGREEMENT,
    ItemKind.GOAL,
    ItemKind.NOTE,
    ItemKind.PROMISE,
)
"""The order in which groups of results are shown."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One live record that matches, with its partner; lower ``rank`` is better."""

    kind: ItemKind
    record_id: int
    partner_id: PartnerId
    partner_name: str
    title: str
    """The record's title with matched words between the marks."""
    snippet: str
    """A passage of the record's other text around a match, marked the same way."""
    rank: float

    @property
    def plain_title(self) -> str:
        """The title without marks."""
        return strip_marks(self.title)

    @property
    def plain_snippet(self) -> str:
        """The snippet without marks."""
        return strip_marks(self.snippet)


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """The best hits of one kind."""

    kind: ItemKind
    hits: tuple[SearchHit, ...]


def strip_marks(text: str) -> str:
    """``text`` without match marks."""
    return text.replace(MARK_START, "").replace(MARK_END, "")


def group_hits(hits: Iterable[SearchHit], per_kind: int) -> tuple[SearchGroup, ...]:
    """Hits grouped by kind in :data:`KIND_ORDER`, best first, at most ``per_kind`` each."""
    groups: dict[ItemKind, list[SearchHit]] = {}
    for hit in sorted(hits, key=lambda h: (h.rank, h.kind.value, h.record_id)):
        bucket = groups.setdefault(hit.kind, [])
        if len(bucket) < per_kind:
            bucket.append(hit)
    return tuple(SearchGroup(kind, tuple(groups[kind])) for kind in KIND_ORDER if kind in groups)
