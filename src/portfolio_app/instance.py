"""One running instance per database file: a lock file and a local socket to reach it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_RAISE = b"raise\n"
_TIMEOUT_MS = 1500


def server_name(database: Path) -> str:
    """A per-user, per-file name for the local socket of the instance owning ``database``."""
    digest = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:20]
    return f"partner-portfolio-{digest}"


def lock_path(database: Path) -> Path:
    """Where the lock file of ``database`` lives (beside it)."""
    return database.with_name(database.name + ".lock")


class InstanceGuard(QObject):
    """Holds the lock of one database file while the app has it open.

    ``QLockFile`` with a stale-lock time of zero never expires by age, but a lock whose
    owning process no longer exists (a crash, kill -9) is recognised as stale and taken
    over. The owner also listens on a local socket so that a second launch can ask it to
    come to the front instead of opening the file twice.
    """

    activation_requested = Signal()
    """Another launch asked for this file: bring the window to the front."""

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._lock = QLockFile(str(lock_path(database)))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def database(self) -> Path:
        """The guarded file."""
        return self._database

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock (recovering a stale one); ``False`` if another process holds it.

        With ``listen`` (the GUI) later launches can ask this instance to come forward;
        headless commands have no event loop and do not listen.
        """
        # tryLock itself takes over a lock whose owning process no longer exists.
        if not self._lock.tryLock(0):
            return False
        if listen:
            self._listen()
        return True

    def notify_running(self) -> bool:
        """Ask the instance holding the lock to come to the front; ``True`` if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self._database))
        if not socket.waitForConnected(_TIMEOUT_MS):
            return False
        socket.write(QByteArray(_RAISE))
        delivered = socket.waitForBytesWritten(_TIMEOUT_MS)
        socket.disconnectFromServer()
        return delivered

    def failure(self) -> str:
        """Why ``acquire`` failed: ``"in_use"`` or ``"no_permission"``."""
        if self._lock.error() == QLockFile.LockError.PermissionError:
            return "no_permission"
        return "in_use"

    def release(self) -> None:
        """Give the file free again."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        name = server_name(self._database)
        QLocalServer.removeServer(name)  # a socket file left by a crashed owner
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        socket: QLocalSocket | None = self._server.nextPendingConnection()
        while socket is not None:
            # The message is a few bytes sent right after connecting; reading it here
            # keeps no socket alive beyond this slot.
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(_RAISE.strip()):
                self.activation_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()
            socket = self._server.nextPendingConnection() if self._server else None
