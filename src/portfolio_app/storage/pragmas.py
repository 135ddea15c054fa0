"""The SQLite pragmas this app relies on, pinned in one place and asserted by tests.

Every connection the app writes through gets :func:`connection_pragmas`; every connection
that reads a file it does not trust yet (a backup, a restore candidate) gets
:data:`UNTRUSTED_READ_PRAGMAS`. The reasons are in the project's reliability notes
(§1.2-1.6 and §5).
"""

from __future__ import annotations

import sqlite3
import sys
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import Engine

APPLICATION_ID: Final = 0x50504631  # "PPF1": Partner Portfolio File, format 1
BUSY_TIMEOUT_MS: Final = 5000


class JournalMode(StrEnum):
    """Journal modes the app uses: WAL on local disks, a rollback journal elsewhere."""

    WAL = "wal"
    DELETE = "delete"


def connection_pragmas(journal_mode: JournalMode) -> tuple[str, ...]:
    """The statements run on every new connection, in order."""
    pragmas = [
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        "PRAGMA foreign_keys = ON",
        f"PRAGMA journal_mode = {journal_mode.value.upper()}",
        "PRAGMA synchronous = FULL",  # WAL+NORMAL loses acknowledged commits on power loss
        "PRAGMA trusted_schema = OFF",
        "PRAGMA cell_size_check = ON",
        "PRAGMA mmap_size = 0",
    ]
    if sys.platform == "darwin":  # fsync() on macOS does not flush the drive's cache
        pragmas += ["PRAGMA fullfsync = ON", "PRAGMA checkpoint_fullfsync = ON"]
    return tuple(pragmas)


def apply_pragmas(dbapi_connection: Any, journal_mode: JournalMode) -> None:
    """Run :func:`connection_pragmas` on a raw DB-API connection."""
    for pragma in connection_pragmas(journal_mode):
        dbapi_connection.execute(pragma).fetchall()


UNTRUSTED_READ_PRAGMAS: Final = (
    "PRAGMA trusted_schema = OFF",
    "PRAGMA cell_size_check = ON",
    "PRAGMA mmap_size = 0",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)

# sqlite3_limit values for files we have not verified (SQLite "Defense Against the Dark
# Arts"): generous for real data (a note may be a few MB), tight for everything else.
UNTRUSTED_LIMITS: Final = (
    (sqlite3.SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024),
    (sqlite3.SQLITE_LIMIT_SQL_LENGTH, 1_000_000),
    (sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 100),
    (sqlite3.SQLITE_LIMIT_ATTACHED, 0),
    (sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1),
    (sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100),
)


def apply_read_pragmas(connection: sqlite3.Connection) -> None:
    """Apply :data:`UNTRUSTED_READ_PRAGMAS` to a stdlib connection."""
    for pragma in UNTRUSTED_READ_PRAGMAS:
        connection.execute(pragma).fetchall()


def harden_untrusted(connection: sqlite3.Connection) -> None:
    """Apply the untrusted-input pragmas and limits (no ATTACH, no triggers) to it."""
    for limit, value in UNTRUSTED_LIMITS:
        connection.setlimit(limit, value)
    apply_read_pragmas(connection)


_REPORTED = (
    "busy_timeout",
    "foreign_keys",
    "journal_mode",
    "synchronous",
    "trusted_schema",
    "cell_size_check",
    "mmap_size",
    "fullfsync",
    "checkpoint_fullfsync",
    "application_id",
    "user_version",
)


def pragma_report(engine: Engine) -> dict[str, object]:
    """The pragma values in force on a connection of ``engine`` (for tests and diagnostics).

    ``journal_mode`` is lower case (``"wal"``/``"delete"``), ``synchronous`` is numeric
    (2 = FULL), booleans are 0/1, and ``sqlite_version`` names the library.
    """
    report: dict[str, object] = {}
    with engine.connect() as connection:
        for name in _REPORTED:
            report[name] = connection.exec_driver_sql(f"PRAGMA {name}").scalar()
    report["sqlite_version"] = sqlite3.sqlite_version
    return report
