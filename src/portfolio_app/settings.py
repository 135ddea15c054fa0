"""Preferences in an INI file under the config folder (never in the database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

_BACKUP_FOLDER = "backup/folder"
_ACCEPTED_LOCATIONS = "location/accepted"
_LETTER_TEMPLATE = "letter/template"
_LETTER_SENDER = "letter/sender"
_LANGUAGE = "ui/language"
_THEME = "ui/theme"
_HORIZON = "deadlines/horizon_days"
_WINDOW = "window/"


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

    def language(self) -> str | None:
        """The user's UI language ("de", "en"), or ``None`` to follow the system."""
        value = str(self._store.value(_LANGUAGE, "") or "")
        return value or None

    def set_language(self, code: str | None) -> None:
        """Choose the UI language (``None``: follow the system); takes effect on restart."""
        self._write(_LANGUAGE, code or "")

    def theme(self) -> str:
        """The colour theme: ``"system"`` (the default), ``"light"`` or ``"dark"``."""
        value = str(self._store.value(_THEME, "") or "")
        return value if value in ("light", "dark") else "system"

    def set_theme(self, theme: str) -> None:
        """Choose the colour theme (``"system"``, ``"light"`` or ``"dark"``)."""
        self._write(_THEME, theme)

    def horizon_days(self) -> int | None:
        """How many days ahead the deadlines view looks, or ``None`` for its default."""
        value = self._store.value(_HORIZON, "")
        try:
            days = int(str(value))
        except ValueError:
            return None
        return days if days > 0 else None

    def set_horizon_days(self, days: int) -> None:
        """Remember how many days ahead the deadlines view looks."""
        self._write(_HORIZON, str(days))

    def window_value(self, name: str) -> bytes | None:
        """A saved piece of window state (geometry, splitter, columns …), or ``None``."""
        value = self._store.value(_WINDOW + name)
        if isinstance(value, QByteArray):
            return bytes(value.data()) if not value.isEmpty() else None
        if isinstance(value, bytes):
            return value or None
        return None

    def set_window_value(self, name: str, data: bytes) -> None:
        """Remember a piece of window state (written to disk by :meth:`sync`)."""
        self._store.setValue(_WINDOW + name, QByteArray(data))

    def _write(self, key: str, value: str) -> None:
        self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit(key)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
