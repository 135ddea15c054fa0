"""Query pieces the repositories share: live rows only, and rows without ORM objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar, cast

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from portfolio_app.storage.schema import PartnerRecord

T = TypeVar("T", bound=Any)
Rec = TypeVar("Rec", bound=Any)


def only_live(query: Select[T], record_type: type[Any]) -> Select[T]:
    """``query`` restricted to rows not in the trash whose partner is not either."""
    return query.join(PartnerRecord, PartnerRecord.id == record_type.partner_id).where(
        record_type.deleted_at.is_(None), PartnerRecord.deleted_at.is_(None)
    )


STREAM_BATCH = 2000
"""Rows fetched from SQLite at a time by :func:`stream_rows`."""

BOOKKEEPING_COLUMNS = frozenset({"created_at", "updated_at", "deleted_at"})
"""Times the rows keep for storage; the domain mappers do not read them."""


def columns_of(record_type: type[Any]) -> Select[Any]:
    """A SELECT of the record's table columns the mappers read, for :func:`plain_rows`.

    The :data:`BOOKKEEPING_COLUMNS` are left out: converting their moments costs a third
    of the time of a portfolio-wide read of goals.

    Raises:
        ValueError: A column is named like an attribute of a row (``count``, ``index``…),
            so :func:`plain_rows` could not hand it to a mapper as an attribute.
    """
    columns = [
        column for column in record_type.__table__.columns if column.key not in BOOKKEEPING_COLUMNS
    ]
    shadowed = [column.key for column in columns if hasattr(Row, column.key)]
    if shadowed:
        raise ValueError(f"columns named like row attributes: {shadowed}")
    return select(*columns)


def plain_rows(session: Session, query: Select[Any], record_type: type[Rec]) -> Iterator[Rec]:
    """The rows, one by one, with the columns as attributes, for the mappers.

    Portfolio-wide reads map tens of thousands of rows: without ORM objects (identity map,
    instrumentation) they take a third of the time and far less memory at their peak. The
    rows themselves have the columns as attributes; handing them over one at a time keeps
    only the mapped objects in memory, not every row as well.
    """
    del record_type  # only for the type checker: the mappers take these as records
    return cast("Iterator[Rec]", stream_rows(session, query))


def stream_rows(session: Session, query: Select[Any]) -> Iterator[Row[Any]]:
    """The rows of ``query`` in batches of :data:`STREAM_BATCH`, not all fetched first.

    The session's pending changes are flushed first, as a query through the session
    would. Read the rows before the unit of work ends.
    """
    session.flush()
    connection = session.connection().execution_options(yield_per=STREAM_BATCH)
    return iter(connection.execute(query))
