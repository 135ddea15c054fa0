"""Portfolio-wide reads (health of every partner, next deadlines, reminders, the overview).

On a large portfolio these take seconds; the app runs them on a worker thread so that
the window shows its partner list at once and the columns, banner and overview fill in
when their read is done. Tests (and anything that wants the result at once) use the
synchronous mode, where :meth:`Reader.read` calls the work and applies it before it
returns. The work calls a service, which opens its own connection; it never touches
widgets. When the same read is started again before the last one finished, only the
newest result is applied.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.ui import memory

Apply = Callable[[Any], None]
OnError = Callable[[PortfolioError], None]


class _Relay(QObject):
    """Carries a result from the worker thread to the GUI thread (queued signal)."""

    done = Signal(str, int, object)
    """Key, generation, and the result or the exception."""


class _Job(QRunnable):
    def __init__(self, key: str, generation: int, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._key = key
        self._generation = generation
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, which decides
            result = error
        self._relay.done.emit(self._key, self._generation, result)


class Reader(QObject):
    """Runs reads at once (``background=False``) or on its own worker thread."""

    def __init__(self, parent: QObject, *, background: bool) -> None:
        super().__init__(parent)
        self._background = background
        # Created first, destroyed first: its destructor waits for a running read.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._generations: dict[str, int] = {}
        self._callbacks: dict[str, tuple[Apply, OnError | None]] = {}

    @property
    def background(self) -> bool:
        """Whether reads run on the worker thread."""
        return self._background

    def read(
        self, key: str, work: Callable[[], Any], apply: Apply, on_error: OnError | None = None
    ) -> None:
        """Run ``work`` and hand its result to ``apply`` on the GUI thread.

        A ``PortfolioError`` goes to ``on_error`` (or is dropped: the reads here are
        extras the window works without); any other exception is raised (synchronous) or
        re-raised on the GUI thread.
        """
        if not self._background:
            try:
                result = work()
            except PortfolioError as error:
                if on_error is not None:
                    on_error(error)
                return
            apply(result)
            return
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        self._callbacks[key] = (apply, on_error)
        self._pool.start(_Job(key, generation, work, self._relay))

    def wait(self) -> None:
        """Block until the running and queued reads are done (closing, tests)."""
        self._pool.waitForDone()

    def pending(self) -> bool:
        """Whether a read is running or queued."""
        return self._pool.activeThreadCount() > 0

    @Slot(str, int, object)
    def _on_done(self, key: str, generation: int, result: object) -> None:
        if self._generations.get(key) != generation:
            return  # a newer read of the same key is under way
        apply, on_error = self._callbacks[key]
        if isinstance(result, PortfolioError):
            if on_error is not None:
                on_error(result)
            return
        if isinstance(result, Exception):
            raise result
        apply(result)
        del result
        memory.release_free_memory()  # the read's temporary objects are gone now
