"""Reads timeline windows on a worker thread, one at a time, and hands them back.

The canvas paints what it has cached while a read runs (the read-ahead usually finishes
before the view reaches the cache's edge), so panning never waits for the database.
The work calls the service, which opens its own connection; it never touches widgets.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from portfolio_app.domain.timeline import TimelineItem
from portfolio_app.ui.timeline.cache import Fetch, Request


class _Relay(QObject):
    """Carries a result from the worker thread to the GUI thread (queued signal)."""

    done = Signal(int, object, object, float)
    """Generation, request, items or the exception, seconds taken."""


class _Job(QRunnable):
    def __init__(self, fetch: Fetch, request: Request, generation: int, relay: _Relay) -> None:
        super().__init__()
        self._fetch = fetch
        self._request = request
        self._generation = generation
        self._relay = relay

    def run(self) -> None:
        started = time.perf_counter()
        result: list[TimelineItem] | Exception
        try:
            result = self._fetch(self._request.lanes, self._request.first, self._request.last)
        except Exception as error:  # delivered to the GUI thread, which decides
            result = error
        seconds = time.perf_counter() - started
        self._relay.done.emit(self._generation, self._request, result, seconds)


class BackgroundFetcher(QObject):
    """Runs at most one read at a time on its own single-thread pool.

    Signals:
        fetched(Request, list[TimelineItem], float): a read of the current generation
            finished (seconds taken).
        failed(Exception): a read of the current generation failed.
    """

    fetched = Signal(object, object, float)
    failed = Signal(object)

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Created first, destroyed first: its destructor waits for a running read.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._fetch = fetch
        self._generation = 0
        self._running: Request | None = None

    @property
    def running(self) -> Request | None:
        """The read under way, if any."""
        return self._running

    def start(self, request: Request) -> bool:
        """Begin reading ``request`` unless a read is under way; returns whether it began."""
        if self._running is not None:
            return False
        self._running = request
        self._pool.start(_Job(self._fetch, request, self._generation, self._relay))
        return True

    def forget(self) -> None:
        """Drop the result of the read under way (the data changed)."""
        self._generation += 1
        self._running = None

    def wait(self) -> None:
        """Block until the pool is idle (for tests, benchmarks and shutdown)."""
        self._pool.waitForDone()

    @Slot(int, object, object, float)
    def _on_done(self, generation: int, request: Request, result: object, seconds: float) -> None:
        if generation != self._generation:
            return
        self._running = None
        if isinstance(result, Exception):
            self.failed.emit(result)
        else:
            self.fetched.emit(request, result, seconds)
