"""Parent side of the kill tests: start writers, kill them with SIGKILL, collect their acks."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITER = (sys.executable, "-m", "tests.faults.writer")
HANG_LIMIT_S = 60.0
"""A writer that is neither killed nor finished by then is a bug in the test or the app."""


@dataclass
class Acks:
    """What one writer process reported, parsed from its lines."""

    ready: bool = False
    partners: dict[int, int] = field(default_factory=dict)
    """n -> partner id"""
    notes: dict[int, int] = field(default_factory=dict)
    """note id -> partner id"""
    versions: dict[int, int] = field(default_factory=dict)
    """n -> the newest acknowledged version of that partner"""
    errors: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Acknowledged commits."""
        return len(self.partners) + len(self.notes) + sum(self.versions.values())

    @classmethod
    def parse(cls, lines: Sequence[str]) -> Acks:
        acks = cls()
        for line in lines:
            words = line.split()
            match words:
                case ["ready"]:
                    acks.ready = True
                case ["ack", "partner", partner_id, n]:
                    acks.partners[int(n)] = int(partner_id)
                case ["ack", "note", note_id, partner_id, _]:
                    acks.notes[int(note_id)] = int(partner_id)
                case ["ack", "update", _, n, version]:
                    acks.versions[int(n)] = int(version)
                case _:
                    acks.errors.append(line)
        return acks


@dataclass(frozen=True)
class Run:
    """The end of one writer process."""

    lines: list[str]
    status: int
    """As returned by ``waitpid``."""
    killed: bool
    """Whether it died of our SIGKILL (and not of anything else)."""
    seconds: float

    @property
    def acks(self) -> Acks:
        return Acks.parse(self.lines)

    def describe(self) -> str:
        tail = "\n".join(self.lines[-5:])
        return f"status {self.status}, killed {self.killed}, last lines:\n{tail}"


class _LineReader:
    """Whole lines from a pipe, with a deadline."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = b""
        self.closed = False

    def next_line(self, deadline: float) -> str | None:
        """The next line, or ``None`` at the deadline or the end of the pipe."""
        while b"\n" not in self._buffer:
            if self.closed:
                return None
            timeout = max(0.0, deadline - time.monotonic())
            if not select.select([self._fd], [], [], timeout)[0]:
                return None
            chunk = os.read(self._fd, 65536)
            if not chunk:
                self.closed = True
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


@dataclass
class _Kill:
    """When to send SIGKILL: after ``delay`` seconds or after ``acks`` acknowledgements."""

    delay: float | None
    acks: int | None
    started: float = field(default_factory=time.monotonic)
    seen: int = 0
    sent: bool = False

    def hang_deadline(self) -> float:
        return self.started + HANG_LIMIT_S

    def deadline(self) -> float:
        if self.sent or self.delay is None:
            return self.hang_deadline()
        return self.started + self.delay

    def due(self, line: str | None) -> bool:
        if self.sent:
            return False
        if line is None:
            return True  # the delay is over (or the writer hangs: kill it all the same)
        if line.startswith("ack "):
            self.seen += 1
        return self.acks is not None and self.seen >= self.acks


class ForkServer:
    """``python -m tests.faults.writer serve``: one interpreter start for many writers."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            (*WRITER, "serve"),
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._stdin = self._process.stdin
        self._reader = _LineReader(self._process.stdout.fileno())
        self._child: int | None = None
        started = self._reader.next_line(time.monotonic() + HANG_LIMIT_S)
        assert started == "serving", f"fork server did not start: {started!r}"

    def run(
        self,
        path: Path,
        tag: str,
        *,
        kill_after: float | None = None,
        kill_at_ack: int | None = None,
    ) -> Run:
        """Fork a writer on ``path``; SIGKILL it after ``kill_after`` s or the n-th ack."""
        kill = _Kill(kill_after, kill_at_ack)
        self._stdin.write(f"write {path} {tag}\n".encode())
        self._stdin.flush()
        lines: list[str] = []
        kill_now = False
        while True:
            line = self._reader.next_line(kill.hang_deadline() if kill_now else kill.deadline())
            if line is None and time.monotonic() > kill.hang_deadline():
                raise AssertionError(f"writer on {path} hung: {lines[-5:]}")
            if line is not None and line.startswith("pid "):
                self._child = int(line.split()[1])
            elif line is not None and line.startswith("exit "):
                _, _, status = line.split()
                self._child = None
                return Run(
                    lines,
                    int(status),
                    kill.sent and _died_of_sigkill(int(status)),
                    time.monotonic() - kill.started,
                )
            elif line is not None:
                lines.append(line)
            if self._reader.closed:
                raise AssertionError(f"fork server died: {lines[-5:]}")
            kill_now = kill_now or kill.due(line)
            if kill_now and self._child is not None:
                os.kill(self._child, signal.SIGKILL)
                kill.sent = True
                kill_now = False

    def close(self) -> None:
        """Stop the server (and a writer left over by a failed test)."""
        if self._child is not None:
            os.kill(self._child, signal.SIGKILL)
        self._stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        assert self._process.stdout is not None
        self._process.stdout.close()


def run_writer(
    path: Path,
    tag: str,
    *,
    kill_after: float | None = None,
    kill_at_ack: int | None = None,
    extra_args: Sequence[str] = (),
) -> Run:
    """A writer in a freshly started interpreter; killed like the forked ones, if asked."""
    kill = _Kill(kill_after, kill_at_ack)
    process = subprocess.Popen(
        [*WRITER, "write", str(path), tag, *extra_args],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        bufsize=0,
    )
    assert process.stdout is not None
    reader = _LineReader(process.stdout.fileno())
    lines: list[str] = []
    try:
        while not reader.closed:
            line = reader.next_line(kill.deadline())
            if line is None and time.monotonic() > kill.hang_deadline():
                raise AssertionError(f"writer on {path} hung: {lines[-5:]}")
            if line is not None:
                lines.append(line)
            if (kill_after is not None or kill_at_ack is not None) and kill.due(line):
                process.send_signal(signal.SIGKILL)
                kill.sent = True
        returncode = process.wait(timeout=HANG_LIMIT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
    status = -returncode if returncode < 0 else returncode << 8  # as waitpid reports it
    return Run(
        lines, status, kill.sent and returncode == -signal.SIGKILL, time.monotonic() - kill.started
    )


def exit_code(status: int) -> int | None:
    """The exit code of a ``waitpid`` status, or ``None`` if a signal ended the process."""
    return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None


def _died_of_sigkill(status: int) -> bool:
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
