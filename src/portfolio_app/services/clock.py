"""The current moment, injectable so that tests and the demo can choose it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]
"""Returns the current moment, timezone-aware."""


def system_clock() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def local_today(clock: Clock) -> date:
    """Today's date in the system's local zone."""
    return clock().astimezone().date()
