"""The list of every live partner, read as plain columns: what the window waits for at start.

Ten thousand partners take a third of a second as ORM objects and a tenth as typed rows;
this reads the partner columns and the tag names in two plain queries, parses the
dates in C (``fromisoformat`` over whole columns) and builds the frozen ``Partner``s column
by column. The result equals ``partner_to_domain`` of each record (a storage test checks).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, Integer, String, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.storage.schema import PartnerRecord, TagRecord, partner_tag

_STATUSES = {status.value: status for status in PartnerStatus}
_CRITICALITIES = {level.value: level for level in Criticality}


def _text(column: Any) -> ColumnElement[str]:
    """The column's stored text, without SQLAlchemy's (Python-level) result processing."""
    return type_coerce(column, String)


def _utc_text(column: Any) -> ColumnElement[str]:
    """A naive UTC moment as stored, marked as UTC: ``fromisoformat`` returns it aware."""
    return _text(column).concat("+00:00")


# In the order of ``Partner``'s fields, without the tags (their own query).
_LIVE_PARTNERS = (
    select(
        PartnerRecord.id,
        PartnerRecord.name,
        PartnerRecord.category,
        PartnerRecord.status,
        _text(PartnerRecord.partner_since),
        PartnerRecord.website,
        PartnerRecord.address,
        PartnerRecord.description,
        PartnerRecord.values_expectations,
        type_coerce(PartnerRecord.archived, Integer),  # 0 or 1: ``bool`` below, in C
        PartnerRecord.internal_owner,
        PartnerRecord.criticality,
        PartnerRecord.contact_cadence_days,
        _utc_text(PartnerRecord.created_at),
        _utc_text(PartnerRecord.updated_at),
    )
    .where(PartnerRecord.deleted_at.is_(None))
    .order_by(PartnerRecord.id)
)

# Every link, also of partners in the trash: cheaper than joining ``partner`` to leave
# them out, and their tags are never looked up.
_TAG_LINKS = select(partner_tag.c.partner_id, TagRecord.name).join(
    TagRecord, TagRecord.id == partner_tag.c.tag_id
)


def live_partners(connection: Connection) -> list[Partner]:
    """Every live partner (archived ones too), in the order of their ids."""
    rows = connection.execute(_LIVE_PARTNERS).all()
    if not rows:
        return []
    tags = _tags_by_partner(connection)
    (
        ids,
        names,
        categories,
        statuses,
        since,
        websites,
        addresses,
        descriptions,
        values,
        archived,
        owners,
        criticalities,
        cadences,
        created,
        updated,
    ) = zip(*rows, strict=True)
    return list(
        map(
            Partner,
            ids,  # PartnerId is an int at run time
            names,
            categories,
            map(_STATUSES.__getitem__, statuses),
            map(_day, since),
            websites,
            addresses,
            descriptions,
            values,
            map(tags.get, ids, repeat(())),
            map(bool, archived),
            owners,
            map(_CRITICALITIES.__getitem__, criticalities),
            cadences,
            map(datetime.fromisoformat, created),
            map(datetime.fromisoformat, updated),
        )
    )


def _tags_by_partner(connection: Connection) -> dict[int, tuple[str, ...]]:
    """Each partner's tag names, sorted ignoring case (as ``partner_to_domain`` does)."""
    found: defaultdict[int, list[str]] = defaultdict(list)
    for partner_id, name in connection.execute(_TAG_LINKS):
        found[partner_id].append(name)
    return {
        partner_id: tuple(names) if len(names) == 1 else tuple(sorted(names, key=str.casefold))
        for partner_id, names in found.items()
    }


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
