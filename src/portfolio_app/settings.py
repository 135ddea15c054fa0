"""Preferences in an INI file under the config folder (never in the database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

_BACKUP_FOLDER = "backup/folder"
_ACCEPTED_LOCATIONS = "location/accepted"
_LETTER_TEMPLATE = "letter/template"
_LETTER_SENDER = "letter/sender"


class Settings(QObject):
    """The only object that reads or writes preferences; others receive it."""

    changed = Signal(str)
    """A value was written; payload: its key."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def backup_folder(self) -> Path | None:
        """The folder the user chose for backups, or ``None`` for the default."""
        value = self._store.value(_BACKUP_FOLDER, "")
        return Path(str(value)) if value else None

    def set_backup_folder(self, folder: Path | None) -> None:
        """Choose a backup folder (``None``: the default beside the database)."""
        self._store.setValue(_BACKUP_FOLDER, str(folder) if folder else "")
        self._store.sync()
        self.changed.emit(_BACKUP_FOLDER)

    def accepted_locations(self) -> list[str]:
        """Database paths the user chose to keep in a risky place (not asked again)."""
        value = self._store.value(_ACCEPTED_LOCATIONS, [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [str(item) for item in value]
        return []

    def accept_location(self, path: str) -> None:
        """Do not warn about this database path again."""
        accepted = self.accepted_locations()
        if path not in accepted:
            self._store.setValue(_ACCEPTED_LOCATIONS, [*accepted, path])
            self._store.sync()

    def letter_template(self) -> str:
        """The user's termination-letter template ("" = the built-in one)."""
        return str(self._store.value(_LETTER_TEMPLATE, "") or "")

    def set_letter_template(self, text: str) -> None:
        """Remember the template ("" returns to the built-in one)."""
        self._write(_LETTER_TEMPLATE, text)

    def letter_sender(self) -> str:
        """The sender block printed on letters."""
        return str(self._store.value(_LETTER_SENDER, "") or "")

    def set_letter_sender(self, text: str) -> None:
        """Remember the sender block."""
        self._write(_LETTER_SENDER, text)

    def _write(self, key: str, value: str) -> None:
        self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit(key)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
