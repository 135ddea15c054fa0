"""A full disk during writes: a clear StorageError, and every acknowledged commit intact.

Two ways to fill the disk under a writer process (``tests.faults.writer``):
``RLIMIT_FSIZE`` just above the file's size (any user; SQLite sees EFBIG, reported as
``SQLITE_IOERR_WRITE``), and, as root, a real 4 MiB tmpfs filled with ballast
(``SQLITE_FULL``). The writer either closes the database after the error, as the app does
when it quits, or dies at once and leaves its ``-wal`` behind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from portfolio_app.domain.errors import StorageError
from portfolio_app.ui.messages import error_text
from tests.faults.harness import REPO_ROOT, Acks, Run, exit_code, run_writer
from tests.faults.probe import PROBE_TAG, probe
from tests.faults.verify import Stored, differences, read_checked
from tests.faults.writer import EXIT_STORAGE_ERROR, partner_name, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE and tmpfs")

SEED_UNITS = 10
HEADROOM = 64 * 1024
"""How many bytes a file may still grow: room for a few commits, then the disk is full."""
TAG = "full"
ENDINGS = ["closed after the error", "crashed after the error"]


def seeded(path: Path) -> Stored:
    with open(os.devnull, "wb") as sink:
        write(path, "seed", sink.fileno(), max_units=SEED_UNITS)
    return read_checked(path)


def fill_until_error(path: Path, ending: str, extra_args: list[str] | None = None) -> Run:
    args = [*(extra_args or []), *(["--crash-on-error"] if ending.startswith("crashed") else [])]
    return run_writer(path, TAG, extra_args=args)


def storage_error_code(run: Run) -> str:
    """The code of the StorageError that stopped the writer; fail on anything else."""
    assert exit_code(run.status) == EXIT_STORAGE_ERROR, run.describe()
    assert run.lines[-1].startswith("error storage "), run.describe()
    return run.lines[-1].split()[2]


def explained(code: str) -> bool:
    """Whether the UI has its own sentence for ``code`` (not "That did not work: <code>")."""
    generic = error_text(StorageError("test.no_such_code")).replace("test.no_such_code", code)
    return error_text(StorageError(code)) != generic


def without_probe(stored: Stored, said: str) -> Stored:
    """``stored`` minus the partner a probe reported to have written, checked to be there."""
    if " written " not in said:
        return stored
    partner_id = int(said.rsplit(" ", 1)[1])
    name = next(name for name, (found, _) in stored.partners.items() if found == partner_id)
    assert name.startswith(partner_name(PROBE_TAG, 0)[:-1])
    partners = {key: value for key, value in stored.partners.items() if key != name}
    return Stored(partners, stored.notes)


@dataclass(frozen=True)
class Filled:
    """A database whose writer ran into the file size limit, and what it said."""

    path: Path
    before: Stored
    run: Run
    ending: str
    wal_left: bool


@pytest.fixture(scope="module", params=ENDINGS)
def filled_by_limit(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Filled:
    """Shared by the tests below, which only read it (or a copy)."""
    path = tmp_path_factory.mktemp("limit") / "portfolio.sqlite3"
    before = seeded(path)
    limit = path.stat().st_size + HEADROOM

    run = fill_until_error(path, request.param, ["--file-size-limit", str(limit)])

    return Filled(path, before, run, request.param, sidecar(path, "-wal").exists())


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def test_a_write_past_the_file_size_limit_fails_with_an_explained_storage_error(
    filled_by_limit: Filled,
) -> None:
    code = storage_error_code(filled_by_limit.run)

    assert explained(code), code


def test_a_write_past_the_file_size_limit_loses_no_acknowledged_commit(
    filled_by_limit: Filled,
) -> None:
    acks = filled_by_limit.run.acks

    after = read_checked(filled_by_limit.path)

    assert acks.ready
    assert acks.count > 0, "the limit left no room for a single commit: raise HEADROOM"
    assert differences(filled_by_limit.before, TAG, acks, after) == []


def test_a_writer_that_crashes_after_the_error_leaves_its_wal_for_the_next_open(
    filled_by_limit: Filled,
) -> None:
    """The point of the "crashed" runs: the checks above read a file with a ``-wal``."""
    crashed = filled_by_limit.ending == "crashed after the error"

    assert filled_by_limit.wal_left or not crashed


def test_after_the_file_size_limit_is_lifted_the_database_takes_writes_again(
    filled_by_limit: Filled, tmp_path: Path
) -> None:
    copy = tmp_path / filled_by_limit.path.name
    for suffix in ("", "-wal"):  # the writer is gone: copying its files is safe
        if sidecar(filled_by_limit.path, suffix).exists():
            shutil.copyfile(sidecar(filled_by_limit.path, suffix), sidecar(copy, suffix))

    said = probe(copy)

    assert said.startswith("opened ")
    assert " written " in said, said


def test_a_write_past_the_file_size_limit_is_reported_as_a_full_disk(
    filled_by_limit: Filled,
) -> None:
    code = storage_error_code(filled_by_limit.run)

    assert code == "db.disk_full"
    assert explained(code)


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 4 MiB tmpfs, mounted for the test (needs root and permission to mount)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    folder = Path(tempfile.mkdtemp(prefix="portfolio-small-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def fill_with_ballast(folder: Path, leave: int) -> Path:
    """A file taking all free space of ``folder``'s file system but ``leave`` bytes."""
    stats = os.statvfs(folder)
    ballast = folder / "ballast"
    with ballast.open("wb") as stream:
        stream.write(b"\0" * max(0, stats.f_bavail * stats.f_frsize - leave))
    return ballast


def probe_in_a_child(path: Path) -> str:
    """Probe in another process: a crash (say SIGBUS on a full disk) must not take pytest."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.faults.probe", str(path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_full_disk_loses_no_acknowledged_commit_and_recovers_once_space_is_freed(
    small_disk: Path, ending: str
) -> None:
    path = small_disk / "portfolio.sqlite3"
    before = seeded(path)
    ballast = fill_with_ballast(
        small_disk, leave=384 * 1024
    )  # a commit also writes the search index

    run = fill_until_error(path, ending)
    code = storage_error_code(run)
    acks: Acks = run.acks
    said_while_full = probe_in_a_child(path)
    ballast.unlink()
    after = without_probe(read_checked(path), said_while_full)
    said_after = probe(path)

    assert explained(code), code
    assert acks.count > 0
    assert said_while_full.startswith(("opened ", "refused ")), said_while_full
    assert differences(before, TAG, acks, after) == []
    assert " written " in said_after, said_after
