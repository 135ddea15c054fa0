"""Helpers for the storage-safety tests: fill files with raw SQL, read, dump and hash them.

Raw SQL on purpose: these tests are about files, and must not depend on the services.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from portfolio_app.storage.opening import OpenDatabase, open_database

STAMP = "2026-11-29 10:15:00.000000"


def new_database(path: Path) -> Path:
    """A migrated, empty database file at ``path`` (closed again)."""
    open_database(path, create=True).close()
    return path


def fill(path: Path, *, partners: int = 5, notes: int = 4, body: int = 300, first: int = 0) -> None:
    """Add partners with notes in one transaction (works while the app has the file open)."""
    with closing(sqlite3.connect(path, isolation_level=None, timeout=5)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        for number in range(first, first + partners):
            partner_id = connection.execute(
                "INSERT INTO partner (name, name_key, category, status, partner_since, website,"
                " address, description, values_expectations, archived, created_at, updated_at)"
                " VALUES (?, ?, 'it_services', 'active', '2020-02-29', '', '', '', '', 0, ?, ?)",
                (f"Partner {number}", f"partner {number}", STAMP, STAMP),
            ).lastrowid
            for index in range(notes):
                text = (f"Grüße {number}/{index} — ✓ " * (body // 10 + 1))[:body]
                connection.execute(
                    "INSERT INTO communication_note (partner_id, happened_at, channel,"
                    " participants, subject, body, outcome, mood, misunderstanding, resolution,"
                    " follow_up_done, created_at, updated_at)"
                    " VALUES (?, ?, 'call', '', ?, ?, '', 'neutral', 0, '', 0, ?, ?)",
                    (partner_id, STAMP, f"Note {index}", text, STAMP, STAMP),
                )
        connection.execute("COMMIT")


def filled_database(path: Path, **amounts: int) -> Path:
    """:func:`new_database` plus :func:`fill`."""
    new_database(path)
    fill(path, **amounts)
    return path


def reader(path: Path) -> sqlite3.Connection:
    """A read-only connection that creates no sidecar when the file is not open elsewhere."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def dump(path: Path) -> str:
    """Every table's schema and rows as SQL text: equal dumps mean equal content."""
    with closing(reader(path)) as connection:
        return "\n".join(connection.iterdump())


def counts(path: Path) -> tuple[int, int]:
    """(partners, notes) in ``path``."""
    with closing(reader(path)) as connection:
        partners = connection.execute("SELECT count(*) FROM partner").fetchone()[0]
        notes = connection.execute("SELECT count(*) FROM communication_note").fetchone()[0]
    return int(partners), int(notes)


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` rows of ``path``."""
    with closing(reader(path)) as connection:
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]


def digest(path: Path) -> str:
    """SHA-256 of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    """Names in ``folder``, sorted."""
    return sorted(path.name for path in folder.iterdir())


_CRASHING_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = " + sys.argv[2])
connection.execute("PRAGMA wal_autocheckpoint = 0")
for statement in sys.argv[3:]:
    connection.execute(statement)
os._exit(0)  # no close: the -wal (or a hot -journal) stays behind, as after a crash
"""


def crash_after(path: Path, *statements: str, journal_mode: str = "WAL") -> None:
    """Run ``statements`` in another process that then dies without closing the file."""
    subprocess.run(
        [sys.executable, "-c", _CRASHING_WRITER, str(path), journal_mode, *statements],
        check=True,
        timeout=60,
    )


def opened(path: Path) -> OpenDatabase:
    """``open_database`` without creating."""
    return open_database(path, create=False)
