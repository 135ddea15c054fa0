"""``portfolio-app search``: the same results as the quick-open search, as text or JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from portfolio_app import app, commands
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import open_database

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


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
    services.contacts.add(ContactPerson(None, partner, "Jana Kühn", role="Objektleitung"))
    services.notes.add(
        CommunicationNote(
            None,
            partner,
            datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
            "Angebot Fensterreinigung",
            body="Frau Müller wünscht ein Angebot für die Glasreinigung.",
        )
    )
    database.close()
    return path


def test_text_output_groups_results_by_kind(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", "--db", str(db), "mueller")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Partners (1)",
        "  Müller Gebäudereinigung GmbH",
        "Notes (1)",
        "  Angebot Fensterreinigung  — Müller Gebäudereinigung GmbH",
        "      Frau Müller wünscht ein Angebot für die Glasreinigung.",
    ]


def test_json_gives_kind_ids_partner_and_plain_texts(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(capsys, "search", "--db", str(db), "--json", "kühn")

    assert code == 0
    assert json.loads(out) == [
        {
            "kind": "contact",
            "id": 1,
            "partner_id": 1,
            "partner": "Müller Gebäudereinigung GmbH",
            "title": "Jana Kühn",
            "snippet": "Objektleitung",
        }
    ]


def test_several_words_must_all_match(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = _run(capsys, "search", "--db", str(db), "--json", "glas", "angebot")
    assert [item["kind"] for item in json.loads(out)] == ["note"]


def test_no_match_says_so_and_exits_0(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "search", "--db", str(db), "Zeppelin")
    assert (code, out) == (0, "no matches for 'Zeppelin'\n")


def test_hostile_text_is_searched_as_text(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", "--db", str(db), "--json", '"NEAR(müller*', "AND")
    assert (code, err) == (0, "")
    assert json.loads(out) == []


def test_blank_text_is_one_line_and_exit_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", "--db", str(db), "  ")
    assert (code, out) == (2, "")
    assert err == "portfolio-app search: error: give the words to look for\n"


def test_a_missing_database_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite3"
    code, out, err = _run(capsys, "search", "--db", str(missing), "x")
    assert (code, out) == (2, "")
    assert err == f"portfolio-app search: error: The database file does not exist. ({missing})\n"
    assert not missing.exists()
