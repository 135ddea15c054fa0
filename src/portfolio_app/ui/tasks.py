"""Run slow work off the GUI thread and deliver the result back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """Carries the outcome from the worker thread to the GUI thread (queued signals)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, which decides
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class BackgroundTask(QObject):
    """One piece of work on the global thread pool, with a busy dialog over ``parent``.

    The work must not touch widgets; it calls a service, which opens its own connection.
    """

    finished = Signal()
    """Emitted after ``on_success`` or ``on_error`` ran."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_error = on_error
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._progress = QProgressDialog(label, "", 0, 0, parent)
        self._progress.setObjectName("taskProgress")
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._job = _Job(work, self._relay)
        self._job.setAutoDelete(False)

    def start(self) -> None:
        """Begin the work."""
        QThreadPool.globalInstance().start(self._job)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._progress.reset()
        self._on_success(result)
        self.finished.emit()
        self.deleteLater()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._progress.reset()
        self._on_error(error)
        self.finished.emit()
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> BackgroundTask:
    """Start ``work`` on the thread pool; the callbacks run on the GUI thread."""
    task = BackgroundTask(parent, label, work, on_success, on_error)
    task.start()
    return task
