"""Where the termination-letter template and the sender block are remembered."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class LetterSettings(Protocol):
    """The user's own letter template and sender ("" stands for "not set")."""

    def letter_template(self) -> str:
        """The template the user saved, or "" for the built-in one."""
        ...

    def set_letter_template(self, text: str) -> None:
        """Remember the template ("" goes back to the built-in one)."""
        ...

    def letter_sender(self) -> str:
        """The sender block (company, address, signature name), or ""."""
        ...

    def set_letter_sender(self, text: str) -> None:
        """Remember the sender block."""
        ...


class SessionLetterSettings:
    """Keeps the template and sender while the window is open (no settings file given)."""

    def __init__(self) -> None:
        self._template = ""
        self._sender = ""

    def letter_template(self) -> str:
        """The template set in this session, or ""."""
        return self._template

    def set_letter_template(self, text: str) -> None:
        """Remember the template for this session."""
        self._template = text

    def letter_sender(self) -> str:
        """The sender set in this session, or ""."""
        return self._sender

    def set_letter_sender(self, text: str) -> None:
        """Remember the sender for this session."""
        self._sender = text


def letter_settings_from(settings: object | None) -> LetterSettings:
    """``settings`` if it offers the letter accessors, else a per-session store."""
    if isinstance(settings, LetterSettings):
        return settings
    return SessionLetterSettings()
