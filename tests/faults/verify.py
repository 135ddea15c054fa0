"""Open a file the way the app does and check it against what writers acknowledged."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from portfolio_app.storage.opening import OpenDatabase, open_database
from tests.faults.harness import Acks
from tests.faults.writer import description_version, note, partner, partner_name


@dataclass(frozen=True)
class Stored:
    """The writers' records a file holds; every one was checked field by field."""

    partners: dict[str, tuple[int, int]] = field(default_factory=dict)
    """name -> (partner id, version)"""
    notes: dict[int, int] = field(default_factory=dict)
    """note id -> partner id"""


def sqlite_checks(database: OpenDatabase) -> tuple[list[str], list[tuple[object, ...]]]:
    """``PRAGMA integrity_check`` rows and ``PRAGMA foreign_key_check`` rows."""
    with database.engine.connect() as connection:
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        foreign = [tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")]
    return integrity, foreign


def read_checked(path: Path) -> Stored:
    """Open ``path`` through ``open_database`` and return its records, after checking that
    SQLite finds the file sound and that every record holds exactly what a writer stored
    (no half-written record, no torn text).
    """
    database = open_database(path, create=False)
    try:
        assert sqlite_checks(database) == (["ok"], [])
        return _records(database)
    finally:
        database.close()


def _records(database: OpenDatabase) -> Stored:
    stored = Stored()
    with database.unit_of_work() as uow:  # one read transaction (dossiers are 6x slower)
        for found in uow.partners.list_all():
            assert found.id is not None
            _, tag, n = found.name.split("-")
            version = description_version(found.description)
            expected = partner(tag, int(n), version, found.id).validated()
            assert dataclasses.replace(found, created_at=None, updated_at=None) == expected
            stored.partners[found.name] = (found.id, version)
            for found_note in uow.notes.list_for_partner(found.id):
                assert found_note.id is not None
                expected_note = note(tag, int(n), found.id).validated()
                assert dataclasses.replace(found_note, id=None) == expected_note
                stored.notes[found_note.id] = found.id
    return stored


def differences(before: Stored, tag: str, acks: Acks, after: Stored) -> list[str]:
    """What contradicts "every acknowledged commit survived, nothing else but the one commit
    that may have finished unacknowledged when the writer died".
    """
    problems: list[str] = []
    in_flight = 0
    for name, (partner_id, version) in before.partners.items():
        now = after.partners.get(name)
        if now is None or now[0] != partner_id or now[1] < version:
            problems.append(f"earlier partner {name} ({partner_id}, v{version}) is now {now}")
    for n, partner_id in acks.partners.items():
        name = partner_name(tag, n)
        now = after.partners.get(name)
        acked_version = acks.versions.get(n, 0)
        if now is None or now[0] != partner_id:
            problems.append(f"acknowledged partner {name} ({partner_id}) is now {now}")
        elif now[1] < acked_version:
            problems.append(f"acknowledged v{acked_version} of {name} is now v{now[1]}")
        else:
            in_flight += now[1] - acked_version
    acked_names = {partner_name(tag, n) for n in acks.partners}
    for name, (_, version) in after.partners.items():
        if name in before.partners:
            in_flight += version - before.partners[name][1]
        elif name not in acked_names:
            in_flight += 1 + version
    for note_id, partner_id in before.notes.items():
        if after.notes.get(note_id) != partner_id:
            problems.append(f"earlier note {note_id} of partner {partner_id} is gone")
    for note_id, partner_id in acks.notes.items():
        if after.notes.get(note_id) != partner_id:
            problems.append(f"acknowledged note {note_id} of partner {partner_id} is missing")
    in_flight += len(after.notes.keys() - before.notes.keys() - acks.notes.keys())
    if in_flight > 1:
        problems.append(f"{in_flight} unacknowledged commits survived (at most one can)")
    return problems
