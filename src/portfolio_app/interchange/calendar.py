"""Export deadlines as an iCalendar file (RFC 5545) for Outlook, Thunderbird, phones.

Every deadline becomes one all-day event. Its UID depends only on the item and the kind
of deadline, so importing a newer export updates the events instead of adding copies;
``SEQUENCE`` grows with the export time so that clients accept the newer version even
when a day moved backwards. No Qt here: the wording is plain English, like the file format.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from portfolio_app import __version__
from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.interchange.atomic_file import write_atomically

if TYPE_CHECKING:
    from icalendar import Alarm, Event

logger = logging.getLogger(__name__)

PRODID = f"-//Partner Portfolio//Deadlines {__version__}//EN"
UID_DOMAIN = "partner-portfolio"
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
"""``SEQUENCE`` counts seconds since then (fits a signed 32-bit integer until 2088)."""

NOTICE_ALARM = timedelta(days=-3, hours=9)
"""Three days before a notice deadline, at 09:00 (relative to the all-day event's start)."""
OTHER_ALARM = timedelta(days=-1, hours=9)
"""The day before any other deadline, at 09:00."""

_SUMMARY = {
    DeadlineKind.NOTICE: "Last day to give notice",
    DeadlineKind.AGREEMENT_END: "Agreement ends",
    DeadlineKind.RENEWAL: "Renews",
    DeadlineKind.FOLLOW_UP: "Follow-up due",
    DeadlineKind.GOAL_OVERDUE: "Goal overdue",
    DeadlineKind.PROMISE_WE_OWE: "We owe",
    DeadlineKind.PROMISE_THEY_OWE: "They owe",
}


def deadline_uid(deadline: Deadline) -> str:
    """The stable UID of ``deadline``: the same item and kind always give the same UID."""
    return f"{deadline.kind}-{deadline.ref.kind}-{deadline.ref.id}@{UID_DOMAIN}"


def deadline_summary(deadline: Deadline) -> str:
    """One line such as ``Last day to give notice: Cleaning contract (Müller GmbH)``."""
    return f"{_SUMMARY[deadline.kind]}: {deadline.title} ({deadline.partner_name})"


def deadlines_to_ics(deadlines: Sequence[Deadline], *, now: datetime) -> bytes:
    """The iCalendar file holding one event per deadline.

    Args:
        deadlines: What to export; a second deadline with the UID of an earlier one
            (same item, same kind) is left out, since a calendar holds one event per UID.
        now: The export time (timezone-aware): ``DTSTAMP`` and the ``SEQUENCE`` number.
    """
    from icalendar import Calendar  # only when a calendar is written

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Partner Portfolio deadlines")
    stamp = now.astimezone(UTC)
    sequence = max(0, int((stamp - SEQUENCE_EPOCH).total_seconds()))
    seen: set[str] = set()
    for deadline in deadlines:
        uid = deadline_uid(deadline)
        if uid in seen:
            logger.debug("left out a second deadline with UID %s", uid)
            continue
        seen.add(uid)
        calendar.add_component(_event(deadline, uid, stamp, sequence))
    return bytes(calendar.to_ical())


def write_ics(deadlines: Sequence[Deadline], path: Path, *, now: datetime) -> None:
    """Write :func:`deadlines_to_ics` to ``path`` atomically (replacing an older export).

    Raises:
        OSError: The file could not be written; an existing ``path`` is unchanged.
    """
    write_atomically(path, deadlines_to_ics(deadlines, now=now))


def _event(deadline: Deadline, uid: str, stamp: datetime, sequence: int) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("dtstart", deadline.day)
    event.add("dtend", deadline.day + timedelta(days=1))
    event.add("summary", deadline_summary(deadline))
    event.add("description", _description(deadline))
    event.add("categories", ["Partner Portfolio"])
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: leaves the day free
    if deadline.urgency is not Urgency.OVERDUE:
        # An alarm on a past day would pop up as "missed" right after the import.
        event.add_component(_alarm(deadline))
    return event


def _alarm(deadline: Deadline) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", deadline_summary(deadline))
    alarm.add("trigger", NOTICE_ALARM if deadline.kind is DeadlineKind.NOTICE else OTHER_ALARM)
    return alarm


def _description(deadline: Deadline) -> str:
    lines = [f"Partner: {deadline.partner_name}"]
    if deadline.kind is DeadlineKind.NOTICE:
        lines.append(f"The notice must reach the partner by {deadline.day.isoformat()}.")
        if deadline.send_by is not None:
            lines.append(f"Send it by {deadline.send_by.isoformat()} at the latest.")
        if deadline.deputy:
            lines.append(f"Deputy: {deadline.deputy}")
    return "\n".join(lines)
