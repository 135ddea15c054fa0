"""open_database and preflight: checking a file, then connecting and migrating it."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.partner import Partner
from portfolio_app.storage.database import SQLITE_HEADER, create_sqlite_engine
from portfolio_app.storage.migrate import (
    alembic_config,
    current_revision,
    preflight,
    upgrade_database,
)
from portfolio_app.storage.opening import OpenDatabase, open_database


@pytest.fixture
def opened(db_path: Path) -> Iterator[OpenDatabase]:
    database = open_database(db_path, create=True)
    yield database
    database.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def other_programs_database(path: Path) -> Path:
    """An SQLite file as another program would leave it (rollback journal, own tables)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipe (name) VALUES ('Käsespätzle')")
        connection.commit()
    finally:
        connection.close()
    return path


def database_of_a_newer_version(path: Path) -> Path:
    """A database of ours whose revision this build does not know."""
    engine = create_sqlite_engine(path)
    try:
        upgrade_database(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    finally:
        engine.dispose()
    return path


def corrupt_database(path: Path) -> Path:
    """A file that starts like SQLite but is garbage after the header."""
    path.write_bytes(SQLITE_HEADER + b"\xff" * 200)
    return path


def refusal(path: Path) -> StorageError:
    with pytest.raises(StorageError) as caught:
        open_database(path, create=False)
    return caught.value


def test_opening_a_new_file_creates_a_migrated_database(opened: OpenDatabase) -> None:
    assert current_revision(opened.engine) is not None


def test_a_newly_opened_database_is_empty(opened: OpenDatabase) -> None:
    assert opened.is_empty()


def test_a_database_with_a_partner_is_not_empty(opened: OpenDatabase) -> None:
    with opened.unit_of_work() as uow:
        uow.partners.add(Partner(id=None, name="Acme"))
        uow.commit()

    assert not opened.is_empty()


def test_opening_a_missing_file_without_create_is_not_found(db_path: Path) -> None:
    assert refusal(db_path).code == "db.not_found"


def test_opening_a_database_of_another_program_is_refused_as_not_ours(db_path: Path) -> None:
    other_programs_database(db_path)

    error = refusal(db_path)

    assert (error.code, error.detail) == ("db.not_ours", "recipe")


def test_opening_a_database_of_another_program_leaves_it_byte_identical(db_path: Path) -> None:
    other_programs_database(db_path)
    before = digest(db_path)

    refusal(db_path)

    assert digest(db_path) == before
    assert files_in(db_path.parent) == [db_path.name]


def test_opening_a_database_of_a_newer_version_is_refused_as_too_new(db_path: Path) -> None:
    database_of_a_newer_version(db_path)

    error = refusal(db_path)

    assert (error.code, error.detail) == ("db.too_new", "ffff9999")


def test_opening_a_database_of_a_newer_version_leaves_it_byte_identical(db_path: Path) -> None:
    database_of_a_newer_version(db_path)
    before = digest(db_path)

    refusal(db_path)

    assert digest(db_path) == before


def test_opening_a_database_of_a_newer_version_leaves_no_files_behind(db_path: Path) -> None:
    database_of_a_newer_version(db_path)

    refusal(db_path)

    assert files_in(db_path.parent) == [db_path.name]


def test_opening_a_corrupt_file_is_refused_as_corrupt(db_path: Path) -> None:
    corrupt_database(db_path)

    assert refusal(db_path).code == "db.corrupt"


def test_opening_a_corrupt_file_leaves_it_byte_identical(db_path: Path) -> None:
    corrupt_database(db_path)
    before = digest(db_path)

    refusal(db_path)

    assert digest(db_path) == before
    assert files_in(db_path.parent) == [db_path.name]


def test_opening_a_text_file_is_refused_before_anything_reads_it_as_sqlite(
    db_path: Path,
) -> None:
    db_path.write_text("not a database", encoding="utf-8")

    assert refusal(db_path).code == "db.not_sqlite"


def test_preflight_accepts_a_missing_file(db_path: Path) -> None:
    preflight(db_path)

    assert not db_path.exists()


def test_preflight_accepts_an_empty_file(db_path: Path) -> None:
    db_path.touch()

    preflight(db_path)


def test_preflight_accepts_a_current_database_of_ours(opened: OpenDatabase, db_path: Path) -> None:
    opened.close()

    preflight(db_path)


def test_opening_a_database_downgraded_to_base_upgrades_it_again(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    database.close()

    reopened = open_database(db_path, create=False)
    reopened.close()

    assert current_revision(reopened.engine) is not None
