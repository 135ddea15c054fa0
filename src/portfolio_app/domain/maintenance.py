"""What the user sees of backups and integrity checks."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


class BackupReason(enum.StrEnum):
    """Why a backup was made; pre-migration and manual backups are never thinned."""

    AUTO = "auto"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """One verified backup file."""

    path: Path
    created: datetime
    reason: BackupReason
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0


@dataclass(frozen=True, slots=True)
class IntegritySummary:
    """Result of a database check."""

    ok: bool
    full: bool
    messages: tuple[str, ...] = ()
