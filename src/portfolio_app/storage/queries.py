"""Query pieces the repositories share: live rows only, and rows without ORM objects."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, TypeVar, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from portfolio_app.storage.schema import PartnerRecord

T = TypeVar("T", bound=Any)
Rec = TypeVar("Rec", bound=Any)


def only_live(query: Select[T], record_type: type[Any]) -> Select[T]:
    """``query`` restricted to rows not in the trash whose partner is not either."""
    return query.join(PartnerRecord, PartnerRecord.id == record_type.partner_id).where(
        record_type.deleted_at.is_(None), PartnerRecord.deleted_at.is_(None)
    )


def columns_of(record_type: type[Any]) -> Select[Any]:
    """A SELECT of the record's table columns, for :func:`plain_rows`."""
    return select(*record_type.__table__.columns)


def plain_rows(session: Session, query: Select[Any], record_type: type[Rec]) -> list[Rec]:
    """The rows as plain objects with the columns as attributes, for the mappers.

    Portfolio-wide reads map tens of thousands of rows: without ORM objects (identity map,
    instrumentation) they take a third of the time and far less memory at their peak.
    """
    del record_type  # only for the type checker: the mappers take these as records
    return [cast("Rec", SimpleNamespace(**row._mapping)) for row in session.execute(query)]
