"""Backups and checks of the open database, as use cases."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from portfolio_app.domain.maintenance import BackupReason, BackupSummary, IntegritySummary


class DatabaseMaintenance(Protocol):
    """Implemented by ``storage`` for one open database file."""

    @property
    def backup_folder(self) -> Path:
        """Where backups go."""
        ...

    def back_up(self, reason: BackupReason, target: Path | None = None) -> BackupSummary:
        """Write and verify a backup (to ``target`` if given); raise ``StorageError``."""
        ...

    def backups(self) -> list[BackupSummary]:
        """Verified backups in the folder, newest first."""
        ...

    def automatic_backup_due(self) -> bool:
        """Whether the newest backup is older than a day and the data changed since."""
        ...

    def thin(self) -> list[Path]:
        """Delete backups a careful user would not keep; return what went."""
        ...

    def check(self, *, full: bool) -> IntegritySummary:
        """Run the integrity check."""
        ...


class MaintenanceService:
    """Back up now, automatic backups, list backups, check the database."""

    def __init__(self, maintenance: DatabaseMaintenance) -> None:
        self._maintenance = maintenance

    @property
    def backup_folder(self) -> Path:
        """Where backups of this database go."""
        return self._maintenance.backup_folder

    def back_up_now(self, target: Path | None = None) -> BackupSummary:
        """A verified backup on the user's request.

        Raises:
            StorageError: The backup could not be written or verified; nothing was left.
        """
        return self._maintenance.back_up(BackupReason.MANUAL, target)

    def back_up_if_due(self) -> BackupSummary | None:
        """The automatic backup at start: only when due; then thin the folder.

        Raises:
            StorageError: The backup failed; older backups are untouched.
        """
        if not self._maintenance.automatic_backup_due():
            return None
        summary = self._maintenance.back_up(BackupReason.AUTO)
        self._maintenance.thin()
        return summary

    def backups(self) -> list[BackupSummary]:
        """Verified backups, newest first."""
        return self._maintenance.backups()

    def check(self, *, full: bool = True) -> IntegritySummary:
        """Check the database file."""
        return self._maintenance.check(full=full)
