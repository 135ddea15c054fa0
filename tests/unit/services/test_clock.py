"""The injectable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from portfolio_app.services.clock import local_today, system_clock


def test_system_clock_is_now_and_aware_in_utc() -> None:
    before = datetime.now(UTC)

    now = system_clock()

    assert now.tzinfo is UTC
    assert before <= now <= before + timedelta(seconds=5)


def test_local_today_is_the_clocks_day_in_the_local_zone() -> None:
    moment = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)

    assert local_today(lambda: moment) == moment.astimezone().date()
