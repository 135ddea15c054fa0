"""The start-up integrity check's verdict: known at once, or reached on a thread.

After a clean shutdown the app does not wait for ``quick_check`` (half a second for a
300 MB file) before it shows the window: the check runs on its own thread and read-only
connection while the window fills. Nothing may be written before the verdict, so the
session factory of such a file gets a gate (:func:`gate_writes`) that waits for it before
any flush or commit and refuses with ``db.corrupt`` if the file is damaged. The window
reads meanwhile, which changes nothing; on damage the app closes it and offers a backup.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.integrity import IntegrityResult, check_integrity

logger = logging.getLogger(__name__)

Callback = Callable[[IntegrityResult], None]


class IntegrityVerdict:
    """The result of one file's start-up check, now or later (thread-safe)."""

    def __init__(self, path: Path, result: IntegrityResult | None = None) -> None:
        self._path = path
        self._result = result
        self._lock = threading.Lock()
        self._settled = threading.Event()
        self._callbacks: list[Callback] = []
        self._thread: threading.Thread | None = None
        if result is not None:
            self._settled.set()

    @classmethod
    def known(cls, path: Path, result: IntegrityResult) -> IntegrityVerdict:
        """A verdict reached before the file was opened."""
        return cls(path, result)

    @classmethod
    def in_background(cls, path: Path) -> IntegrityVerdict:
        """Start ``quick_check`` of ``path`` on a thread of its own."""
        verdict = cls(path)
        verdict._thread = threading.Thread(target=verdict._run, name="integrity-check", daemon=True)
        verdict._thread.start()
        return verdict

    @property
    def deferred(self) -> bool:
        """Whether the check runs (or ran) after the file was opened."""
        return self._thread is not None

    def done(self) -> bool:
        """Whether the verdict is in."""
        return self._settled.is_set()

    def result(self, timeout: float | None = None) -> IntegrityResult | None:
        """Wait for the verdict (``None`` if ``timeout`` seconds were not enough)."""
        self._settled.wait(timeout)
        return self._result

    def wait(self) -> IntegrityResult:
        """Wait as long as the check takes and return its result."""
        self._settled.wait()
        assert self._result is not None
        return self._result

    def require_ok(self) -> None:
        """Wait for the verdict; the gate before every write.

        Raises:
            StorageError: ``db.corrupt`` if the check found damage.
        """
        result = self.wait()
        if not result.ok:
            raise StorageError("db.corrupt", f"{self._path}: " + "; ".join(result.messages[:5]))

    def add_done_callback(self, callback: Callback) -> None:
        """Call ``callback`` with the verdict: at once if it is in, else on the check's thread."""
        with self._lock:
            if self._result is None:
                self._callbacks.append(callback)
                return
            result = self._result
        callback(result)

    def join(self) -> None:
        """Wait until the check and its callbacks are finished (before closing the file)."""
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            result = check_integrity(self._path, full=False)
        except Exception as error:  # check_integrity reports SQLite's errors itself
            result = IntegrityResult(False, (f"{type(error).__name__}: {error}",), full=False)
        logger.info(
            "background quick_check of %s: %s", self._path, "ok" if result.ok else "damaged"
        )
        with self._lock:
            self._result = result
            callbacks, self._callbacks = self._callbacks, []
        self._settled.set()
        for callback in callbacks:
            try:
                callback(result)
            except Exception:
                logger.exception("a callback of the integrity check failed")


def gate_writes(session_factory: sessionmaker[Session], verdict: IntegrityVerdict) -> None:
    """Make every flush and commit of ``session_factory`` wait for ``verdict`` (see module)."""

    def wait_for_verdict(*_args: Any) -> None:
        verdict.require_ok()

    event.listen(session_factory, "before_flush", wait_for_verdict)
    event.listen(session_factory, "before_commit", wait_for_verdict)
