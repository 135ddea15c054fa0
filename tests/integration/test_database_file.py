"""check_database_file: refusing paths that are not SQLite files we may open."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from portfolio_app.domain.errors import StorageError
from portfolio_app.storage.database import check_database_file


def refusal(path: Path, *, create: bool = False) -> StorageError:
    with pytest.raises(StorageError) as caught:
        check_database_file(path, create=create)
    return caught.value


def deny_writing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Make ``os.access`` say that ``denied`` may not be written, as for a non-root user."""
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        if mode == os.W_OK and Path(path) == denied:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "access", access)


def sqlite_file(path: Path) -> Path:
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    finally:
        connection.close()
    return path


def test_a_missing_file_is_not_found_without_create(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"

    error = refusal(path)

    assert (error.code, error.detail) == ("db.not_found", str(path))


def test_a_missing_file_is_not_created_by_the_check(tmp_path: Path) -> None:
    path = tmp_path / "new" / "portfolio.sqlite3"

    check_database_file(path, create=True)

    assert not path.exists()


def test_a_missing_file_with_create_gets_its_folders_made(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "portfolio.sqlite3"

    check_database_file(path, create=True)

    assert path.parent.is_dir()


def test_a_folder_that_cannot_be_made_is_reported_as_unreadable(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")

    error = refusal(blocker / "portfolio.sqlite3", create=True)

    assert error.code == "db.unreadable"


def test_an_existing_sqlite_file_is_accepted(tmp_path: Path) -> None:
    check_database_file(sqlite_file(tmp_path / "ok.sqlite3"), create=False)


def test_an_empty_file_is_accepted_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()

    check_database_file(path, create=False)


def test_a_text_file_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Einkaufsliste: Äpfel, Birnen\n", encoding="utf-8")

    error = refusal(path, create=True)

    assert (error.code, error.detail) == ("db.not_sqlite", str(path))


def test_a_text_file_is_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Einkaufsliste: Äpfel, Birnen\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    refusal(path, create=True)

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_file_shorter_than_the_sqlite_header_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "short"
    path.write_bytes(b"SQLite")

    assert refusal(path).code == "db.not_sqlite"


def test_a_directory_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()

    error = refusal(folder, create=True)

    assert (error.code, error.detail) == ("db.not_a_file", str(folder))


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root ignores file permissions (and Windows has no geteuid)",
)
def test_a_read_only_file_is_refused(tmp_path: Path) -> None:
    path = sqlite_file(tmp_path / "ro.sqlite3")
    path.chmod(0o444)

    try:
        error = refusal(path)
    finally:
        path.chmod(0o644)

    assert (error.code, error.detail) == ("db.read_only", str(path))


def test_a_file_the_user_may_not_write_is_refused_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sqlite_file(tmp_path / "ro.sqlite3")
    deny_writing(monkeypatch, path)

    assert refusal(path).code == "db.read_only"


def test_a_file_in_a_folder_the_user_may_not_write_is_refused_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sqlite_file(tmp_path / "ro.sqlite3")
    deny_writing(monkeypatch, tmp_path)

    assert refusal(path).code == "db.read_only"
