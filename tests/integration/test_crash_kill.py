"""kill -9 of a process writing through the services: no acknowledged commit is ever lost.

A writer (``tests.faults.writer``) stores partners, notes and partner updates through the
real services and prints each id only after the service call returned. The test kills it
with SIGKILL at a random moment, opens the file the way the app does (``open_database``)
and checks ``integrity_check``, ``foreign_key_check``, every acknowledged record with its
exact content, and that at most the one commit in flight survived unacknowledged.

Several trials in a row work on the same file, so most trials also reopen a file whose
previous writer was killed; each group starts on a new file, killed while it is being
created and migrated. ``PORTFOLIO_KILL_TRIALS=N`` sets the number of trials;
``PORTFOLIO_SOAK=1`` runs 1,000 (and 20 instead of 2 with a fresh interpreter).
"""

from __future__ import annotations

import logging
import os
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.faults.harness import ForkServer, Run, run_writer
from tests.faults.verify import Stored, differences, read_checked

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")

logger = logging.getLogger(__name__)

SOAK = os.environ.get("PORTFOLIO_SOAK") == "1"
KILL_TRIALS = int(os.environ.get("PORTFOLIO_KILL_TRIALS", 1000 if SOAK else 50))
FRESH_INTERPRETER_TRIALS = 20 if SOAK else 2
TRIALS_PER_FILE = 10


@dataclass(frozen=True)
class Plan:
    """When one trial kills its writer."""

    fresh_file: bool
    kill_after: float | None = None
    kill_at_ack: int | None = None


@dataclass
class Tally:
    """Figures for the report (logged; shown with ``-o log_cli=true --log-cli-level=INFO``)."""

    trials: int = 0
    acknowledged: int = 0
    killed_while_opening: int = 0
    killed_while_creating: int = 0
    slowest_trial: float = 0.0

    def add(self, plan: Plan, run: Run) -> None:
        acks = run.acks
        self.trials += 1
        self.acknowledged += acks.count
        if not acks.ready:
            self.killed_while_opening += 1
            self.killed_while_creating += plan.fresh_file
        self.slowest_trial = max(self.slowest_trial, run.seconds)


def plan_for(trial: int) -> Plan:
    """A varied, reproducible kill moment (seeded by the trial number)."""
    rng = random.Random(trial)
    if trial % TRIALS_PER_FILE == 0:  # a new file: mostly killed while creating/migrating
        return Plan(fresh_file=True, kill_after=rng.uniform(0.0, 0.06))
    choice = rng.random()
    if choice < 0.1:  # while reopening the file the previous writer left behind
        return Plan(fresh_file=False, kill_after=rng.uniform(0.0, 0.03))
    if choice < 0.55:
        return Plan(fresh_file=False, kill_after=rng.uniform(0.03, 0.3))
    return Plan(fresh_file=False, kill_at_ack=rng.randint(1, 80))  # right after a commit


@pytest.fixture(scope="module")
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer()
    yield server
    server.close()


def remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def run_trials(
    folder: Path, trials: int, start: Callable[[Path, str, Plan], Run], plan: Callable[[int], Plan]
) -> Tally:
    """Kill ``trials`` writers and check the file after each; fail on the first problem."""
    tally = Tally()
    before = Stored()
    path = folder / "unused"
    for trial in range(trials):
        tag = str(trial)
        trial_plan = plan(trial)
        if trial_plan.fresh_file:
            remove_with_sidecars(path)
            path = folder / f"portfolio-{trial}.sqlite3"
            before = Stored()

        run = start(path, tag, trial_plan)

        assert run.killed, f"trial {trial}: the writer was not killed: {run.describe()}"
        assert run.acks.errors == [], f"trial {trial}: {run.describe()}"
        tally.add(trial_plan, run)
        if not path.exists():  # killed before the file was created
            assert run.acks.count == 0
            continue
        after = read_checked(path)
        assert differences(before, tag, run.acks, after) == [], f"trial {trial}: {trial_plan}"
        before = after
    return tally


def report(name: str, tally: Tally, record_property: Callable[[str, object], None]) -> None:
    logger.info("%s: %s", name, tally)
    for key, value in vars(tally).items():
        record_property(key, value)


def test_kill_9_of_a_writer_loses_no_acknowledged_commit(
    tmp_path: Path, fork_server: ForkServer, record_property: Callable[[str, object], None]
) -> None:
    def start(path: Path, tag: str, plan: Plan) -> Run:
        return fork_server.run(path, tag, kill_after=plan.kill_after, kill_at_ack=plan.kill_at_ack)

    tally = run_trials(tmp_path, KILL_TRIALS, start, plan_for)

    report("forked writers", tally, record_property)
    assert tally.trials == KILL_TRIALS
    assert tally.acknowledged > 0
    assert tally.killed_while_creating > 0 or KILL_TRIALS < 2 * TRIALS_PER_FILE


def test_kill_9_of_a_freshly_started_writer_loses_no_acknowledged_commit(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    """The same without the fork server: a whole interpreter start, import and open."""

    def plan(trial: int) -> Plan:
        # Start-up takes about 0.4-0.6 s here: kill during imports, opening, or writes.
        return Plan(fresh_file=trial == 0, kill_after=random.Random(trial).uniform(0.3, 0.9))

    def start(path: Path, tag: str, plan: Plan) -> Run:
        return run_writer(path, tag, kill_after=plan.kill_after)

    tally = run_trials(tmp_path, FRESH_INTERPRETER_TRIALS, start, plan)

    report("fresh interpreters", tally, record_property)
    assert tally.trials == FRESH_INTERPRETER_TRIALS


def test_the_check_notices_acknowledged_commits_that_were_lost(
    tmp_path: Path, fork_server: ForkServer
) -> None:
    """Negative control: deleting a killed writer's ``-wal`` (as a careless copy or restore
    does) loses acknowledged commits, and the check must say so.
    """
    path = tmp_path / "portfolio.sqlite3"
    run = fork_server.run(path, "lost", kill_at_ack=40)
    path.with_name(path.name + "-wal").unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)

    problems = differences(Stored(), "lost", run.acks, read_checked(path))

    assert any(problem.startswith("acknowledged ") for problem in problems), problems
