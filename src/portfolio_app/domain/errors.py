"""Errors raised by domain rules and services, each with a stable code for the UI."""

from __future__ import annotations


class PortfolioError(Exception):
    """Base class of every expected error; ``code`` is stable, ``detail`` is for logs."""

    def __init__(self, code: str, detail: str = "", *, field: str | None = None) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.field = field


class ValidationError(PortfolioError):
    """User input breaks a rule; ``field`` names the offending attribute, if any."""


class NotFoundError(PortfolioError):
    """The requested record does not exist (any more)."""


class ConflictError(PortfolioError):
    """The change would clash with stored data, e.g. a duplicate partner name."""


class StorageError(PortfolioError):
    """The database file cannot be used: missing, unreadable, foreign, too new, locked."""
