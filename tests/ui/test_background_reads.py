"""Portfolio-wide reads off the GUI thread: the window shows first, the figures follow."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from portfolio_app.domain.errors import PortfolioError, StorageError
from portfolio_app.runtime import Runtime, open_runtime
from portfolio_app.ui.dashboard_page import DashboardPage
from portfolio_app.ui.reads import Reader
from portfolio_app.ui.widgets.reminder_banner import ReminderBanner
from tests.conftest import FIXED_NOW
from tests.ui.portfolio_support import fill_portfolio


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QObject]:
    owner = QObject()
    yield owner
    for reader in owner.findChildren(Reader):
        reader.wait()
    owner.deleteLater()


def test_without_background_the_result_is_applied_before_read_returns(owner: QObject) -> None:
    reader = Reader(owner, background=False)
    seen: list[object] = []
    reader.read("x", lambda: threading.current_thread().name, seen.append)
    assert seen == [threading.main_thread().name]


def test_in_the_background_the_work_runs_on_another_thread(qtbot: QtBot, owner: QObject) -> None:
    reader = Reader(owner, background=True)
    seen: list[object] = []
    reader.read("x", lambda: threading.current_thread().name, seen.append)
    assert seen == []  # not yet: applied by the event loop
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0] != threading.main_thread().name


def test_only_the_newest_of_two_reads_of_the_same_kind_is_applied(
    qtbot: QtBot, owner: QObject
) -> None:
    reader = Reader(owner, background=True)
    release = threading.Event()
    seen: list[object] = []

    def slow() -> str:
        release.wait(5)
        return "old"

    reader.read("x", slow, seen.append)
    reader.read("x", lambda: "new", seen.append)
    release.set()
    reader.wait()
    qtbot.waitUntil(lambda: seen == ["new"])
    qtbot.wait(50)
    assert seen == ["new"]


def test_a_storage_error_goes_to_the_error_callback(qtbot: QtBot, owner: QObject) -> None:
    reader = Reader(owner, background=True)
    errors: list[PortfolioError] = []

    def fail() -> None:
        raise StorageError("db.corrupt", "test")

    reader.read("x", fail, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert errors[0].code == "db.corrupt"


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_memory_a_read_used_goes_back_to_the_system(qtbot: QtBot, owner: QObject) -> None:
    reader = Reader(owner, background=True)
    seen: list[int] = []

    def big_read() -> int:
        # Many objects larger than Python's small-object limit: glibc's heap, not obmalloc.
        rows = [{"id": n, "text": "Vertrag " * 80 + str(n)} for n in range(150_000)]
        return len(rows)

    before = _rss_mb()
    reader.read("big", big_read, seen.append)
    qtbot.waitUntil(lambda: seen == [150_000], timeout=20000)

    assert _rss_mb() - before < 40  # the read's peak was about 130 MB


@pytest.fixture
def background_runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    seed = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    fill_portfolio(seed.services)
    seed.window.close()
    seed.database.close()
    seed.guard.release()
    runtime = open_runtime(db_path, create=False, clock=lambda: FIXED_NOW, background_reads=True)
    runtime.window.show()
    qtbot.waitExposed(runtime.window)
    yield runtime
    runtime.shutdown()


def test_the_window_fills_health_banner_and_overview_when_the_reads_are_done(
    qtbot: QtBot, background_runtime: Runtime
) -> None:
    window = background_runtime.window
    assert window.reader.background
    assert len(window.partner_list.visible_names()) == 2  # the list is there at once
    page = window.findChild(DashboardPage, "dashboardView")
    assert page is not None

    qtbot.waitUntil(lambda: all(text.strip() for text in window.partner_list.health_texts()))
    qtbot.waitUntil(lambda: page.summary_text == "As of 29/11/2026 · 2 partners")
    banner = window.findChild(ReminderBanner)
    assert banner is not None
    qtbot.waitUntil(lambda: any("Leasing Kopierer" in text for text in banner.texts()))


def test_closing_while_reads_run_waits_for_them_and_closes_cleanly(
    qtbot: QtBot, db_path: Path
) -> None:
    seed = open_runtime(db_path, create=True, clock=lambda: FIXED_NOW)
    fill_portfolio(seed.services)
    seed.shutdown()
    runtime = open_runtime(db_path, create=False, clock=lambda: FIXED_NOW, background_reads=True)
    runtime.window.show()
    reader = runtime.window.reader
    runtime.window.reload()  # queue more reads behind the ones of the start

    runtime.shutdown()

    assert not reader.pending()
    reopened = open_runtime(db_path, create=False, clock=lambda: FIXED_NOW)  # lock freed
    assert len(reopened.services.partners.list_partners()) == 2
    reopened.shutdown()
