"""A read-only database file or folder: a clear refusal (or a read-only open), no crash.

Root ignores file permissions, and CI runs as root, so the files are probed by
``tests.faults.probe`` as the unprivileged user ``nobody`` (uid 65534): the probe imports
and exercises everything as root first (the interpreter lives under /root, which nobody
cannot read), then drops its privileges. Without root the probe runs in this process, as
the permissions apply to the current user already.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import open_database
from tests.faults.harness import REPO_ROOT
from tests.faults.probe import probe
from tests.faults.writer import partner, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")

NOBODY = 65534
SEED_UNITS = 3


@dataclass(frozen=True)
class Case:
    """One database file in its own folder, with the modes applied before probing."""

    name: str
    file_mode: int
    folder_mode: int
    leftover_wal: bool = False


CASES = (
    Case("writable (control)", 0o644, 0o755),
    Case("read-only file", 0o444, 0o755),
    Case("read-only folder", 0o644, 0o555),
    Case("read-only file and folder", 0o444, 0o555),
    Case("read-only file with a leftover -wal", 0o444, 0o755, leftover_wal=True),
    Case("read-only folder with a leftover -wal", 0o644, 0o555, leftover_wal=True),
)
READ_ONLY_CASES = [case for case in CASES if "(control)" not in case.name]


@dataclass(frozen=True)
class Outcome:
    """What the probe said, and the folder's files before and after."""

    said: str
    before: dict[str, str]
    after: dict[str, str]


def digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
    }


def seed(path: Path, *, leftover_wal: bool) -> None:
    """A database with a few records; with ``leftover_wal`` as a crash leaves it: the last
    commit only in its ``-wal`` (copied while the writing connection was still open).
    """
    with open(os.devnull, "wb") as sink:
        write(path, "seed", sink.fileno(), max_units=SEED_UNITS)
    if not leftover_wal:
        return
    scratch = path.with_name("scratch.sqlite3")
    path.rename(scratch)
    database = open_database(scratch, create=False)
    try:
        build_services(database.unit_of_work).partners.add_partner(partner("wal", 0, 0))
        shutil.copyfile(scratch, path)
        shutil.copyfile(
            scratch.with_name(scratch.name + "-wal"), path.with_name(path.name + "-wal")
        )
    finally:
        database.close()
        scratch.unlink()


def prepare(base: Path, index: int, case: Case) -> Path:
    folder = base / f"case-{index}"
    folder.mkdir()
    path = folder / "portfolio.sqlite3"
    seed(path, leftover_wal=case.leftover_wal)
    assert path.with_name(path.name + "-wal").exists() == case.leftover_wal
    for item in folder.iterdir():
        if os.geteuid() == 0:
            os.chown(item, NOBODY, NOBODY)
        item.chmod(case.file_mode)
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    folder.chmod(case.folder_mode)
    return path


def probe_unprivileged(paths: list[Path]) -> list[str]:
    if os.geteuid() != 0:
        return [probe(path) for path in paths]
    done = subprocess.run(
        [sys.executable, "-m", "tests.faults.probe", "--as-user", str(NOBODY), *map(str, paths)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def outcomes() -> Iterator[dict[str, Outcome]]:
    """Every case prepared in a folder nobody can reach, then probed in one process."""
    base = Path(tempfile.mkdtemp(prefix="portfolio-permissions-", dir="/tmp"))
    base.chmod(0o755)  # pytest's own tmp_path (0700, root's) is not traversable by nobody
    try:
        paths = [prepare(base, index, case) for index, case in enumerate(CASES)]
        before = [digests(path.parent) for path in paths]
        said = probe_unprivileged(paths)
        yield {
            case.name: Outcome(line, digest, digests(path.parent))
            for case, path, line, digest in zip(CASES, paths, said, before, strict=True)
        }
    finally:
        for folder in base.iterdir():
            folder.chmod(0o755)
        shutil.rmtree(base)


def test_the_unprivileged_probe_can_open_and_write_a_writable_file(
    outcomes: dict[str, Outcome],
) -> None:
    """The control: a refusal below is the permissions' doing, not a broken probe."""
    assert outcomes["writable (control)"].said.startswith(f"opened {SEED_UNITS} written ")


@pytest.mark.parametrize("case", READ_ONLY_CASES, ids=lambda case: case.name)
def test_a_read_only_database_is_refused_clearly_or_opened_read_only(
    outcomes: dict[str, Outcome], case: Case
) -> None:
    expected_partners = SEED_UNITS + case.leftover_wal
    said = outcomes[case.name].said

    assert said == "refused db.read_only" or said.startswith(
        f"opened {expected_partners} write-refused "
    ), said


@pytest.mark.parametrize("case", READ_ONLY_CASES, ids=lambda case: case.name)
def test_a_read_only_database_and_its_folder_are_left_byte_identical(
    outcomes: dict[str, Outcome], case: Case
) -> None:
    outcome = outcomes[case.name]

    assert outcome.after == outcome.before
