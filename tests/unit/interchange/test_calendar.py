"""The iCalendar export: events, alarms, stable UIDs, growing SEQUENCE, atomic writing."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar, Component

from portfolio_app.domain.deadlines import Deadline, DeadlineKind, Urgency
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.interchange.calendar import PRODID, deadlines_to_ics, write_ics

NOW = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
AGREEMENT = ItemRef(ItemKind.AGREEMENT, 7)


def _deadline(
    day: date,
    kind: DeadlineKind = DeadlineKind.NOTICE,
    *,
    ref: ItemRef = AGREEMENT,
    urgency: Urgency = Urgency.LATER,
    title: str = "Büroreinigung",
    partner: str = "Müller Gebäudereinigung GmbH",
    send_by: date | None = None,
    deputy: str = "",
) -> Deadline:
    return Deadline(
        day=day,
        kind=kind,
        urgency=urgency,
        partner_id=PartnerId(3),
        partner_name=partner,
        title=title,
        ref=ref,
        send_by=send_by,
        deputy=deputy,
    )


NOTICE = _deadline(
    date(2026, 12, 31), send_by=date(2026, 12, 28), deputy="Jörg Weiß", urgency=Urgency.SOON
)
RENEWAL = _deadline(date(2027, 2, 1), DeadlineKind.RENEWAL)
FOLLOW_UP = _deadline(
    date(2026, 12, 3),
    DeadlineKind.FOLLOW_UP,
    ref=ItemRef(ItemKind.NOTE, 12),
    title="Angebot nachfassen",
)
LATE_GOAL = _deadline(
    date(2026, 10, 1),
    DeadlineKind.GOAL_OVERDUE,
    ref=ItemRef(ItemKind.GOAL, 4),
    urgency=Urgency.OVERDUE,
    title="Reklamationsquote senken",
)


def _events(data: bytes) -> dict[str, Component]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_the_file_parses_and_names_its_producer() -> None:
    calendar = Calendar.from_ical(deadlines_to_ics([NOTICE], now=NOW))

    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["VERSION"]) == "2.0"


def test_each_deadline_becomes_one_all_day_event_with_a_stable_uid() -> None:
    data = deadlines_to_ics([NOTICE, RENEWAL, FOLLOW_UP, LATE_GOAL], now=NOW)

    events = _events(data)

    assert sorted(events) == [
        "follow_up-note-12@partner-portfolio",
        "goal_overdue-goal-4@partner-portfolio",
        "notice-agreement-7@partner-portfolio",
        "renewal-agreement-7@partner-portfolio",
    ]
    notice = events["notice-agreement-7@partner-portfolio"]
    assert notice.decoded("DTSTART") == date(2026, 12, 31)
    assert notice.decoded("DTEND") == date(2027, 1, 1)
    assert b"DTSTART;VALUE=DATE:20261231" in data


def test_summaries_say_what_is_due_in_english() -> None:
    events = _events(deadlines_to_ics([NOTICE, RENEWAL, FOLLOW_UP, LATE_GOAL], now=NOW))

    summaries = {uid.split("-")[0]: str(event["SUMMARY"]) for uid, event in events.items()}

    assert summaries == {
        "notice": "Last day to give notice: Büroreinigung (Müller Gebäudereinigung GmbH)",
        "renewal": "Renews: Büroreinigung (Müller Gebäudereinigung GmbH)",
        "follow_up": "Follow-up due: Angebot nachfassen (Müller Gebäudereinigung GmbH)",
        "goal_overdue": "Goal overdue: Reklamationsquote senken (Müller Gebäudereinigung GmbH)",
    }


def test_the_agreement_end_has_its_own_wording() -> None:
    ending = _deadline(date(2027, 1, 31), DeadlineKind.AGREEMENT_END)

    [event] = _events(deadlines_to_ics([ending], now=NOW)).values()

    assert str(event["SUMMARY"]).startswith("Agreement ends: Büroreinigung")


def test_a_notice_event_names_the_send_by_day_and_the_deputy() -> None:
    [event] = _events(deadlines_to_ics([NOTICE], now=NOW)).values()

    description = str(event["DESCRIPTION"])

    assert "2026-12-31" in description
    assert "Send it by 2026-12-28" in description
    assert "Deputy: Jörg Weiß" in description


def test_a_notice_alarms_three_days_before_and_others_one_day_before() -> None:
    events = _events(deadlines_to_ics([NOTICE, RENEWAL], now=NOW))

    triggers = {
        uid: [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]
        for uid, event in events.items()
    }

    assert triggers == {
        "notice-agreement-7@partner-portfolio": [timedelta(days=-3, hours=9)],
        "renewal-agreement-7@partner-portfolio": [timedelta(days=-1, hours=9)],
    }
    [alarm] = events["notice-agreement-7@partner-portfolio"].walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(alarm["DESCRIPTION"]).startswith("Last day to give notice")


def test_an_overdue_item_gets_no_alarm_that_would_fire_at_once() -> None:
    [event] = _events(deadlines_to_ics([LATE_GOAL], now=NOW)).values()

    assert event.walk("VALARM") == []


def test_the_stamp_is_the_export_time_in_utc() -> None:
    berlin = NOW.astimezone(timezone(timedelta(hours=1)))

    data = deadlines_to_ics([NOTICE], now=berlin)

    assert b"DTSTAMP:20261129T093000Z" in data
    [event] = _events(data).values()
    assert event.decoded("DTSTAMP") == NOW


def test_a_later_export_after_an_edit_keeps_the_uid_and_raises_the_sequence() -> None:
    first = _events(deadlines_to_ics([NOTICE, FOLLOW_UP], now=NOW))
    moved = dataclasses.replace(NOTICE, day=date(2026, 12, 15), send_by=date(2026, 12, 10))

    second = _events(deadlines_to_ics([moved, FOLLOW_UP], now=NOW + timedelta(minutes=5)))

    assert sorted(second) == sorted(first)
    uid = "notice-agreement-7@partner-portfolio"
    assert second[uid].decoded("DTSTART") == date(2026, 12, 15)
    assert second[uid].decoded("SEQUENCE") > first[uid].decoded("SEQUENCE")


def test_umlauts_and_long_titles_survive_folding() -> None:
    long_title = "Wartungsvertrag Klimaanlage Großraumbüro Süd " * 4
    item = _deadline(date(2026, 12, 31), title=long_title, partner="Ölmühle Kärcher & Söhne")

    data = deadlines_to_ics([item], now=NOW)
    [event] = _events(data).values()

    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert str(event["SUMMARY"]) == (
        f"Last day to give notice: {long_title} (Ölmühle Kärcher & Söhne)"
    )


def test_a_second_item_with_the_same_uid_is_left_out() -> None:
    later = dataclasses.replace(NOTICE, day=date(2027, 12, 31))

    events = _events(deadlines_to_ics([NOTICE, later], now=NOW))

    assert list(events) == ["notice-agreement-7@partner-portfolio"]
    assert events["notice-agreement-7@partner-portfolio"].decoded("DTSTART") == NOTICE.day


def test_no_deadlines_still_make_a_valid_calendar() -> None:
    assert _events(deadlines_to_ics([], now=NOW)) == {}


def test_write_ics_replaces_an_older_export_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "fristen.ics"
    target.write_bytes(b"old")

    write_ics([NOTICE], target, now=NOW)

    assert target.read_bytes() == deadlines_to_ics([NOTICE], now=NOW)
    assert [path.name for path in tmp_path.iterdir()] == ["fristen.ics"]


def test_write_ics_into_a_missing_folder_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_ics([NOTICE], tmp_path / "missing" / "fristen.ics", now=NOW)

    assert list(tmp_path.iterdir()) == []


def test_the_calendar_export_loads_without_qt() -> None:
    probe = "import sys, portfolio_app.interchange.calendar; print(sorted(sys.modules))"

    done = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)

    assert "PySide6" not in done.stdout
