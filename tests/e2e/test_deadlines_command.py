"""``portfolio-app deadlines``: the table, ``--json``, ``--ics`` and bad input."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from portfolio_app import app, commands
from portfolio_app.domain.agreement import Agreement, NoticeAnchor, NoticePeriod, PeriodUnit
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner
from portfolio_app.instance import InstanceGuard
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import open_database

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as raised:
        app.main(list(args))
    assert raised.value.code == 2
    return capsys.readouterr().err


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "system_clock", lambda: NOW)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.sqlite3"
    database = open_database(path, create=True)
    services = build_services(database.unit_of_work, lambda: NOW)
    changes = services.partners.add_partner(Partner(None, "Müller Gebäudereinigung GmbH"))
    assert changes.created is not None
    partner = PartnerId(changes.created.id)
    services.agreements.add(
        Agreement(
            None,
            partner,
            "Büroreinigung",
            start_date=date(2025, 2, 1),
            end_date=date(2027, 1, 31),
            renewal_months=12,
            notice_period=NoticePeriod(1, PeriodUnit.MONTHS),
            notice_anchor=NoticeAnchor.END_OF_TERM,
            deputy="Jörg Weiß",
        )
    )
    services.notes.add(
        CommunicationNote(
            None,
            partner,
            datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
            "Angebot Fensterreinigung",
            follow_up=FollowUp("Angebot nachfassen", due=date(2026, 12, 3)),
        )
    )
    database.close()
    return path


def test_the_table_lists_what_is_due_with_what_to_do(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "deadlines", "--db", str(db))

    assert code == 0, err
    header, *rows = out.splitlines()
    assert header.split() == ["DATE", "URGENCY", "KIND", "PARTNER", "TITLE", "ACTION"]
    assert rows[0].startswith("2026-12-03  soon")
    assert "follow up" in rows[0]
    assert "Angebot Fensterreinigung" in rows[0]
    notice = next(row for row in rows if " notice " in row)
    assert notice.startswith("2026-12-31")
    assert "Müller Gebäudereinigung GmbH" in notice
    assert notice.endswith("send notice by 2026-12-28")


def test_json_gives_every_field(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "deadlines", "--db", str(db), "--json")

    assert code == 0, err
    items = json.loads(out)
    assert [item["date"] for item in items] == sorted(item["date"] for item in items)
    notice = next(item for item in items if item["kind"] == "notice")
    assert notice == {
        "date": "2026-12-31",
        "kind": "notice",
        "urgency": "later",
        "partner": "Müller Gebäudereinigung GmbH",
        "title": "Büroreinigung",
        "action": "send notice by 2026-12-28",
        "send_by": "2026-12-28",
        "deputy": "Jörg Weiß",
    }
    follow_up = next(item for item in items if item["kind"] == "follow_up")
    assert follow_up["send_by"] is None
    assert follow_up["deputy"] == ""


def test_a_notice_past_its_send_by_day_says_send_today(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db, create=False)
    services = build_services(database.unit_of_work, lambda: NOW)
    services.agreements.add(
        Agreement(
            None,
            PartnerId(1),
            "Leasing Kopierer",
            start_date=date(2025, 1, 1),
            end_date=date(2026, 12, 31),
            renewal_months=12,
            notice_period=NoticePeriod(1, PeriodUnit.MONTHS),
        )
    )
    database.close()

    code, out, _err = _run(capsys, "deadlines", "--db", str(db), "--days", "1", "--json")

    assert code == 0
    [item] = json.loads(out)
    assert (item["date"], item["send_by"]) == ("2026-11-30", "2026-11-25")
    assert item["action"] == "send notice today (must arrive by 2026-11-30)"


def test_days_narrows_the_horizon(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "deadlines", "--db", str(db), "--days", "7", "--json")

    assert code == 0
    assert [item["kind"] for item in json.loads(out)] == ["follow_up"]


def test_nothing_due_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "deadlines", "--db", str(db), "--days", "3")

    assert code == 0
    assert out == "nothing due in the next 3 days\n"


def test_ics_writes_a_calendar_and_says_where(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fristen.ics"

    code, out, err = _run(capsys, "deadlines", "--db", str(db), "--ics", str(target))

    assert code == 0, err
    assert str(target) in out
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert "notice-agreement-1@partner-portfolio" in uids
    assert "follow_up-note-1@partner-portfolio" in uids
    assert out.startswith(f"{len(uids)} deadlines written to ")


def test_the_database_option_may_come_before_the_command(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "--db", str(db), "deadlines", "--json")

    assert code == 0
    assert json.loads(out)


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ("0", "must be between 1 and 3650: 0"),
        ("3651", "must be between 1 and 3650: 3651"),
        ("-5", "must be between 1 and 3650: -5"),
        ("x", "not a whole number of days: 'x'"),
    ],
)
def test_days_outside_the_range_are_refused(
    db: Path, capsys: pytest.CaptureFixture[str], days: str, message: str
) -> None:
    err = _usage_error(capsys, "deadlines", "--db", str(db), f"--days={days}")

    assert f"argument --days: {message}" in err


def test_json_and_ics_together_are_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _usage_error(capsys, "deadlines", "--db", str(db), "--json", "--ics", "x.ics")

    assert "not allowed with argument" in err


def test_a_missing_database_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite3"

    code, out, err = _run(capsys, "deadlines", "--db", str(missing))

    assert code == 2
    assert out == ""
    assert err == (
        f"portfolio-app deadlines: error: The database file does not exist. ({missing})\n"
    )
    assert not missing.exists()


def test_an_unwritable_calendar_file_is_one_line_and_exit_2(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "fristen.ics"

    code, _out, err = _run(capsys, "deadlines", "--db", str(db), "--ics", str(target))

    assert code == 2
    assert err.startswith(f"portfolio-app deadlines: error: cannot write {target}: ")
    assert err.count("\n") == 1


def test_a_database_open_in_the_app_is_left_alone(
    qapp: object, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    running = InstanceGuard(db)
    assert running.acquire()

    code, _out, err = _run(capsys, "deadlines", "--db", str(db))

    running.release()
    assert code == 2
    assert "open in another Partner Portfolio window" in err
