"""The services' ``DatabaseMaintenance`` port for one database file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from portfolio_app.domain.maintenance import BackupReason, BackupSummary, IntegritySummary
from portfolio_app.services.clock import Clock
from portfolio_app.storage import backup, integrity


class SqlMaintenance:
    """Backups and checks of ``database``; the folder is asked for on every use."""

    def __init__(self, database: Path, folder: Callable[[], Path], clock: Clock) -> None:
        self._database = database
        self._folder = folder
        self._clock = clock

    @property
    def backup_folder(self) -> Path:
        """Where backups go now."""
        return self._folder()

    def back_up(self, reason: BackupReason, target: Path | None = None) -> BackupSummary:
        """Write and verify a backup.

        Raises:
            StorageError: It could not be written or verified; nothing partial is left.
        """
        info = backup.create_backup(
            self._database,
            self.backup_folder,
            reason=reason.value,
            now=self._clock(),
            target=target,
        )
        return _summary(info)

    def backups(self) -> list[BackupSummary]:
        """Verified backups in the folder, newest first."""
        return [_summary(info) for info in backup.list_backups(self.backup_folder)]

    def automatic_backup_due(self) -> bool:
        """Whether the newest backup is older than a day and the data changed since."""
        return backup.needs_automatic_backup(self._database, self.backup_folder, now=self._clock())

    def thin(self) -> list[Path]:
        """Delete the backups the retention plan does not keep."""
        return backup.thin_backups(self.backup_folder, now=self._clock())

    def check(self, *, full: bool) -> IntegritySummary:
        """Run the integrity check (read-only)."""
        result = integrity.check_integrity(self._database, full=full)
        return IntegritySummary(result.ok, result.full, tuple(result.messages))


def _summary(info: backup.BackupInfo) -> BackupSummary:
    return BackupSummary(
        path=info.path,
        created=info.created,
        reason=BackupReason(info.reason),
        counts=dict(info.counts),
        size=info.size,
    )
