"""One running instance per database file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from portfolio_app.instance import InstanceGuard, lock_path

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from portfolio_app.instance import InstanceGuard
    app = QCoreApplication([])
    guard = InstanceGuard(Path(sys.argv[1]))
    print("locked" if guard.acquire() else "refused", flush=True)
    time.sleep(60)
    """
)


def test_a_second_guard_on_the_same_file_is_refused(qapp: object, tmp_path: Path) -> None:
    database = tmp_path / "portfolio.sqlite3"
    first = InstanceGuard(database)
    second = InstanceGuard(database)

    assert first.acquire()
    assert not second.acquire()
    assert second.failure() == "in_use"
    first.release()
    assert second.acquire()
    second.release()


def test_another_file_has_its_own_lock(qapp: object, tmp_path: Path) -> None:
    first = InstanceGuard(tmp_path / "a.sqlite3")
    other = InstanceGuard(tmp_path / "b.sqlite3")

    assert first.acquire()
    assert other.acquire()
    first.release()
    other.release()


def test_the_running_instance_is_asked_to_come_to_the_front(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "portfolio.sqlite3"
    running = InstanceGuard(database)
    assert running.acquire()
    second = InstanceGuard(database)

    with qtbot.waitSignal(running.activation_requested, timeout=3000):
        assert second.notify_running()

    running.release()


def test_nobody_answers_when_no_instance_runs(qapp: object, tmp_path: Path) -> None:
    assert not InstanceGuard(tmp_path / "portfolio.sqlite3").notify_running()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_process_is_taken_over(qapp: object, tmp_path: Path) -> None:
    database = tmp_path / "portfolio.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        assert not InstanceGuard(database).acquire()  # alive: refused

        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)

        assert lock_path(database).exists()
        taker = InstanceGuard(database)
        assert taker.acquire()
        taker.release()
    finally:
        holder.kill()
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()


def test_the_app_refuses_to_open_a_file_twice(qtbot: QtBot, tmp_path: Path) -> None:
    from portfolio_app.application import Application
    from portfolio_app.domain.errors import StorageError
    from portfolio_app.paths import AppPaths

    paths = AppPaths.under(tmp_path)
    first = Application(paths)
    first.open(paths.database_file, create=True)
    second = Application(paths)

    with pytest.raises(StorageError) as raised:
        second.open(paths.database_file, create=True)

    assert raised.value.code == "db.in_use"
    first.shutdown()
    assert second.open(paths.database_file, create=True).database.path == paths.database_file
    second.shutdown()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes")
def test_a_second_launch_brings_the_first_to_the_front_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from portfolio_app.application import Application
    from portfolio_app.paths import AppPaths

    paths = AppPaths.under(tmp_path)
    first = Application(paths)
    runtime = first.open(paths.database_file, create=True)
    raised: list[bool] = []
    runtime.guard.activation_requested.connect(lambda: raised.append(True))
    before = paths.database_file.read_bytes()

    second = subprocess.Popen(
        [sys.executable, "-m", "portfolio_app", "--base-dir", str(tmp_path)],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    _, err = second.communicate()

    assert second.returncode == 0
    assert "already open; switched to that window" in err
    qtbot.waitUntil(lambda: bool(raised), timeout=3000)
    assert paths.database_file.read_bytes() == before
    first.shutdown()
