"""Backup file names: ``<stem>-YYYYMMDD-HHMMSS-<reason>[-n].sqlite3``, time in UTC."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REASONS = ("auto", "manual", "pre-migration")
KEPT_REASONS = frozenset({"manual", "pre-migration"})  # never thinned
BACKUP_SUFFIX = ".sqlite3"
TEMP_PREFIX = ".partial-backup-"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>auto|manual|pre-migration)"
    r"(?:-\d+)?\.sqlite3$"
)


def free_backup_path(folder: Path, database: Path, reason: str, now: datetime) -> Path:
    """The first free name for a backup of ``database`` made ``now`` for ``reason``."""
    base = f"{database.stem}-{now.astimezone(UTC).strftime(_STAMP)}-{reason}"
    candidate = folder / f"{base}{BACKUP_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{BACKUP_SUFFIX}"
        number += 1
    return candidate


def parse_backup_name(name: str) -> tuple[datetime, str]:
    """(created, reason) from a backup's file name.

    Raises:
        ValueError: ``name`` is not a backup's name.
    """
    found = _NAME.match(name)
    if found is None:
        raise ValueError(name)
    created = datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=UTC)
    return created, found["reason"]


@dataclass(frozen=True, slots=True)
class NamedBackup:
    """A file named like a backup (not yet read)."""

    path: Path
    created: datetime
    reason: str


def named_backups(folder: Path) -> list[NamedBackup]:
    """Files named like backups, newest first; other files are ignored."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        if _NAME.match(path.name) and path.is_file():
            created, reason = parse_backup_name(path.name)
            found.append(NamedBackup(path, created, reason))
    return sorted(found, key=lambda item: (item.created, item.path.name), reverse=True)
