"""A disk that fills up during a backup: a clear error, nothing partial, nothing lost.

The child process gets a small ``RLIMIT_FSIZE`` (no root needed): a write past it fails
with EFBIG, which SQLite reports as SQLITE_FULL or SQLITE_IOERR_WRITE, exactly as on a
full disk (the research notes measured both).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from portfolio_app.storage.backup import (
    create_backup,
    default_backup_folder,
    list_backups,
    verify_database_file,
)
from portfolio_app.storage.opening import open_database
from tests.integration.safety_data import counts, digest, files_in, fill, integrity

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs resource.setrlimit")

NOW = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
LIMIT = 256 * 1024

_CHILD = """
import resource, signal, sys
from datetime import datetime, timezone
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.backup import create_backup

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    create_backup(Path(sys.argv[1]), Path(sys.argv[2]), reason="manual",
                  now=datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))
except StorageError as error:
    print(error.code)
else:
    print("no error")
"""


def back_up_with_a_full_disk(database: Path, folder: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(database), str(folder), str(LIMIT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("app_running", [False, True], ids=["closed", "open in the app"])
def test_a_disk_full_during_a_backup_is_reported_and_leaves_no_partial_file(
    db_path: Path, app_running: bool
) -> None:
    database = open_database(db_path, create=True)
    fill(db_path, partners=20, notes=25, body=1200)  # about 700 kB: well past the limit
    if not app_running:
        database.close()
    try:
        folder = default_backup_folder(db_path)
        previous = create_backup(db_path, folder, reason="auto", now=NOW - timedelta(days=1))
        before = (digest(previous.path), counts(db_path))
        assert previous.size > 2 * LIMIT

        code = back_up_with_a_full_disk(db_path, folder)

        assert code == "backup.disk_full"
        assert files_in(folder) == [previous.path.name]
        assert (digest(previous.path), counts(db_path)) == before
        assert verify_database_file(previous.path) == previous.counts
        assert integrity(db_path) == ["ok"]
        assert list_backups(folder) == [previous]
    finally:
        database.close()


def test_after_space_is_freed_the_next_backup_succeeds(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.close()
    fill(db_path, partners=20, notes=25, body=1200)
    folder = default_backup_folder(db_path)
    assert back_up_with_a_full_disk(db_path, folder) == "backup.disk_full"

    info = create_backup(db_path, folder, reason="manual", now=NOW)

    assert info.counts["notes"] == 500
    assert files_in(folder) == [info.path.name]
