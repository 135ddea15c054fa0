"""The full-text index (SQLite FTS5): what it holds, how it is kept in sync, how it is read.

One FTS5 table, ``search_index``, holds a row per partner, contact person, agreement, goal,
note and promise: its ``title`` and a ``body`` of its other texts. The tokenizer folds case and
strips accents, so "MÜLLER" and "muller" find "Müller"; a typed word is also looked up
with umlauts written out and written back ("Mueller" ↔ "Müller", "Strasse" ↔ "Straße").

The row id encodes the record: ``record_id * 8 + kind code``. Updating a record replaces
its row by id (no scan), and a search maps hits back to records without a join table.

Keeping it in sync happens here and only here: an ``after_flush`` listener on every
session of the factory re-indexes the records the flush added or changed, and the bulk
INSERT path of the repositories calls :func:`index_records`. Triggers cannot do it: with
``trusted_schema=OFF`` SQLite refuses triggers that write to a virtual table (and backups
refuse triggers anyway). Rows are indexed whatever their ``deleted_at``; a search checks
that the record and its partner are live, so trash and restore need no index work, and
a row left behind by a purge is never shown.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.ids import ItemKind, PartnerId
from portfolio_app.domain.search import MARK_END, MARK_START, SearchHit
from portfolio_app.storage.schema import (
    AgreementRecord,
    ContactRecord,
    GoalRecord,
    NoteRecord,
    PartnerRecord,
    PromiseRecord,
)

TABLE = "search_index"
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "kind, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
"""The DDL the migration runs (kept here so the migration and this module agree)."""

INDEX_TABLES = frozenset(
    {TABLE, *(f"{TABLE}_{part}" for part in ("config", "content", "data", "docsize", "idx"))}
)
"""The index and the tables FTS5 keeps it in; not described by the ORM models."""


def not_the_index(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    """Alembic's ``include_object`` filter: leave the index out of schema comparisons."""
    return not (type_ == "table" and name in INDEX_TABLES)


_KIND_SLOTS = 8
_CHUNK = 500
_TRANSLITERATIONS = (
    ("ä", "ae"),
    ("ö", "oe"),
    ("ü", "ue"),
    ("Ä", "Ae"),
    ("Ö", "Oe"),
    ("Ü", "Ue"),
    ("ß", "ss"),
)


class SearchKind(enum.IntEnum):
    """What an index row stands for; the value is its code in the row id."""

    PARTNER = 1
    CONTACT = 2
    AGREEMENT = 3
    GOAL = 4
    NOTE = 5
    PROMISE = 6


@dataclass(frozen=True, slots=True)
class _Source:
    table: str
    title: str
    body: tuple[str, ...]


_SOURCES = {
    SearchKind.PARTNER: _Source(
        "partner",
        "name",
        # Not the category: its stored form is a key ("facility"), not the user's word.
        ("description", "values_expectations", "address", "website", "internal_owner"),
    ),
    SearchKind.CONTACT: _Source("contact_person", "name", ("role", "email", "phone", "notes")),
    SearchKind.AGREEMENT: _Source(
        "agreement",
        "title",
        ("contract_number", "customer_number", "notes", "deputy", "decision_reasons"),
    ),
    SearchKind.GOAL: _Source("shared_goal", "title", ("description", "owner")),
    SearchKind.NOTE: _Source(
        "communication_note", "subject", ("participants", "body", "outcome", "resolution")
    ),
    SearchKind.PROMISE: _Source("promises", "text", ("owner",)),
}

_RECORD_KINDS: dict[type[Any], SearchKind] = {
    PartnerRecord: SearchKind.PARTNER,
    ContactRecord: SearchKind.CONTACT,
    AgreementRecord: SearchKind.AGREEMENT,
    GoalRecord: SearchKind.GOAL,
    NoteRecord: SearchKind.NOTE,
    PromiseRecord: SearchKind.PROMISE,
}


def row_id(kind: SearchKind, record_id: int) -> int:
    """The index row of a record."""
    return record_id * _KIND_SLOTS + int(kind)


def split_row_id(value: int) -> tuple[SearchKind | None, int]:
    """The kind (``None`` for an unknown code) and record id of an index row."""
    code = value % _KIND_SLOTS
    kind = SearchKind(code) if code in SearchKind._value2member_map_ else None
    return kind, value // _KIND_SLOTS


def kind_token(kind: SearchKind) -> str:
    """The word in the ``kind`` column that a query filters on ("k5" for notes)."""
    return f"k{int(kind)}"


def transliterate(text: str) -> str:
    """``text`` with German umlauts and ß written out: "Müller" → "Mueller"."""
    for letter, spelled in _TRANSLITERATIONS:
        text = text.replace(letter, spelled)
    return text


def untransliterate(text: str) -> str:
    """``text`` with written-out umlauts written back: "Mueller" → "Müller"."""
    for letter, spelled in _TRANSLITERATIONS:
        text = text.replace(spelled, letter)
    return text


def _select_sql(kind: SearchKind, where: str) -> str:
    source = _SOURCES[kind]
    body = " || ' ' || ".join(f"coalesce({column}, '')" for column in source.body)
    return (
        f"SELECT id * {_KIND_SLOTS} + {int(kind)}, '{kind_token(kind)}', "
        f"{source.title}, {body} "
        f"FROM {source.table} {where}"
    )


def rebuild(connection: Connection) -> None:
    """Empty the index and fill it from every record (migration, archive import)."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    for kind in SearchKind:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, kind, title, body) {_select_sql(kind, '')}"
        )


def index_records(connection: Connection, kind: SearchKind, record_ids: Iterable[int]) -> None:
    """(Re-)index the given records of one kind; ids of records that are gone drop out."""
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = tuple(row_id(kind, record_id) for record_id in chunk)
        connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})", rows)
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, kind, title, body) "
            + _select_sql(kind, f"WHERE id IN ({marks})"),
            tuple(chunk),
        )


def kind_of_record_type(record_type: type[Any]) -> SearchKind | None:
    """The index kind of a record class (``None``: not indexed)."""
    return _RECORD_KINDS.get(record_type)


def keep_in_sync(session_factory: sessionmaker[Session]) -> None:
    """Re-index what each flush of the factory's sessions added, changed or deleted."""
    event.listen(session_factory, "after_flush", _after_flush)


def _after_flush(session: Session, _context: object) -> None:
    touched: dict[SearchKind, set[int]] = {}
    for record in (*session.new, *session.dirty, *session.deleted):
        kind = _RECORD_KINDS.get(type(record))
        record_id = getattr(record, "id", None)
        if kind is not None and record_id is not None:
            touched.setdefault(kind, set()).add(record_id)
    if touched:
        connection = session.connection()
        for kind, ids in touched.items():
            index_records(connection, kind, ids)


# ---- reading


def match_expression(text: str) -> str | None:
    """An FTS5 query for what a user typed: every word must match, as a prefix.

    Words are runs of letters and digits; everything else (quotes, operators, brackets,
    hyphens, emoji) only separates words, so no input can be an FTS5 syntax error. A word
    is also looked up with umlauts written out and back. ``None`` when no word is left.
    """
    words = _words(text)
    if not words:
        return None
    terms = []
    for word in words:
        forms = list(dict.fromkeys([word, transliterate(word), untransliterate(word)]))
        # A single letter as a prefix would match most of the index (and has no prefix
        # index to use): it matches only as a whole word until the next letter is typed.
        quoted = [f'"{form}"' + ("*" if len(form) > 1 else "") for form in forms]
        terms.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
    return " AND ".join(terms)


def _words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isalnum():
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words[:12]


_ITEM_KINDS = {
    SearchKind.PARTNER: ItemKind.PARTNER,
    SearchKind.CONTACT: ItemKind.CONTACT,
    SearchKind.AGREEMENT: ItemKind.AGREEMENT,
    SearchKind.GOAL: ItemKind.GOAL,
    SearchKind.NOTE: ItemKind.NOTE,
    SearchKind.PROMISE: ItemKind.PROMISE,
}


class SqlSearchRepository:
    """Reads the index: live records matching a user's text, best first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def search(self, text: str, per_kind: int) -> list[SearchHit]:
        """Up to ``per_kind`` live records of each kind matching ``text``, best first.

        "Best" is: records whose title holds every word first, then those where the words
        are spread over title and text; within each, the most recently added first. Both
        are orders FTS5 can stop early on (``ORDER BY rowid DESC LIMIT``), so a search
        costs about the same with a hundred or a million matches; ranking by relevance
        (bm25) would score every match first. See :func:`match_expression` for how text
        becomes a query. Titles and snippets carry :data:`MARK_START`/:data:`MARK_END`
        around matched words.
        """
        expression = match_expression(text)
        if expression is None:
            return []
        connection = self._session.connection()
        hits: list[SearchHit] = []
        for kind in SearchKind:
            kind_filter = f'kind : "{kind_token(kind)}"'
            rows = _matches(connection, f"{kind_filter} AND {{title}} : ({expression})", per_kind)
            found = _live_hits(connection, kind, rows, 0)
            if len(found) < per_kind:
                seen = {row[0] for row in rows}
                more = _matches(
                    connection,
                    f"{kind_filter} AND {{title body}} : ({expression})",
                    per_kind + len(rows),
                )
                others = [row for row in more if row[0] not in seen]
                found += _live_hits(connection, kind, others, len(rows))
            hits.extend(found[:per_kind])
        return hits


_MARGIN = 10
"""Rows fetched beyond what is shown: rows of records in the trash are dropped later."""

_Row = tuple[int, str, str]


def _matches(connection: Connection, query: str, limit: int) -> list[_Row]:
    """(rowid, marked title, marked snippet) of the newest rows matching ``query``."""
    rows = connection.exec_driver_sql(
        f"SELECT rowid, highlight({TABLE}, 1, ?, ?), snippet({TABLE}, 2, ?, ?, '…', 12) "
        f"FROM {TABLE} WHERE {TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?",
        (MARK_START, MARK_END, MARK_START, MARK_END, query, limit + _MARGIN),
    ).all()
    return [(int(rowid), str(title), str(snippet or "")) for rowid, title, snippet in rows]


def _live_hits(
    connection: Connection, kind: SearchKind, rows: Sequence[_Row], first_rank: int
) -> list[SearchHit]:
    """The rows whose records are live, as hits ranked from ``first_rank`` on."""
    if not rows:
        return []
    ids = [split_row_id(row[0])[1] for row in rows]
    owners = _live_owners(connection, kind, ids)
    return [
        SearchHit(
            _ITEM_KINDS[kind],
            record_id,
            PartnerId(owners[record_id][0]),
            owners[record_id][1],
            title,
            snippet,
            float(first_rank + position),
        )
        for position, (record_id, (_, title, snippet)) in enumerate(zip(ids, rows, strict=True))
        if record_id in owners
    ]


def _live_owners(
    connection: Connection, kind: SearchKind, record_ids: Sequence[int]
) -> dict[int, tuple[int, str]]:
    """Partner id and name of those records that are stored and live, with their partner."""
    table = _SOURCES[kind].table
    marks = ", ".join("?" * len(record_ids))
    if kind is SearchKind.PARTNER:
        sql = f"SELECT id, id, name FROM partner WHERE id IN ({marks}) AND deleted_at IS NULL"
    else:
        sql = (
            f"SELECT r.id, p.id, p.name FROM {table} r JOIN partner p ON p.id = r.partner_id "
            f"WHERE r.id IN ({marks}) AND r.deleted_at IS NULL AND p.deleted_at IS NULL"
        )
    rows = connection.exec_driver_sql(sql, tuple(record_ids))
    return {int(rid): (int(pid), str(name)) for rid, pid, name in rows}
