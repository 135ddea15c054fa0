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

from sqlalchemy import Connection

from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.storage.schema import PartnerRecord, TagRecord, partner_tag

_STATUSES = {status.value: status for status in PartnerStatus}
_CRITICALITIES = {level.value: level for level in Criticality}


# In the order of ``Partner``'s fields, without the tags (their own query). Plain SQL run
# with ``exec_driver_sql``: no statement to compile at start, no result processing (the
# stored texts and integers are what the columns below expect; a test compares the
# result with the ORM mapping).
_LIVE_PARTNERS = (
    "SELECT id, name, category, status, partner_since, website, address, description,"
    " values_expectations, archived, internal_owner, criticality, contact_cadence_days,"
    " created_at || '+00:00', updated_at || '+00:00'"
    f" FROM {PartnerRecord.__tablename__} WHERE deleted_at IS NULL ORDER BY id"
)

# Every link, also of partners in the trash: cheaper than joining ``partner`` to leave
# them out, and their tags are never looked up.
_TAG_LINKS = (
    f"SELECT link.partner_id, tag.name FROM {partner_tag.name} AS link"
    f" JOIN {TagRecord.__tablename__} AS tag ON tag.id = link.tag_id"
)


def live_partners(connection: Connection) -> list[Partner]:
    """Every live partner (archived ones too), in the order of their ids."""
    rows = connection.exec_driver_sql(_LIVE_PARTNERS).fetchall()
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
    for partner_id, name in connection.exec_driver_sql(_TAG_LINKS):
        found[partner_id].append(name)
    return {
        partner_id: tuple(names) if len(names) == 1 else tuple(sorted(names, key=str.casefold))
        for partner_id, names in found.items()
    }


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
