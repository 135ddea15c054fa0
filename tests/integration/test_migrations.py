"""Alembic migrations on real SQLite files: fresh, current, foreign and too new files."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.partner import Partner
from portfolio_app.storage import migrate
from portfolio_app.storage.database import create_sqlite_engine
from portfolio_app.storage.migrate import alembic_config, current_revision, upgrade_database
from portfolio_app.storage.schema import Base
from portfolio_app.storage.search_index import INDEX_TABLES, not_the_index
from portfolio_app.storage.unit_of_work import SqlUnitOfWork

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
COMPARE_OPTIONS = {"include_object": not_the_index}
"""The search index is made by its own DDL, not by the ORM models."""

TABLES = {
    "agreement",
    "alembic_version",
    "audit_entry",
    "communication_note",
    "contact_person",
    "goal_update",
    "partner",
    "partner_tag",
    "promises",
    "reminder_state",
    "shared_goal",
    "tag",
    *INDEX_TABLES,
}


@pytest.fixture
def fresh_engine(db_path: Path) -> Iterator[Engine]:
    """An engine on a file that does not exist yet."""
    engine = create_sqlite_engine(db_path)
    yield engine
    engine.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def other_programs_database(path: Path) -> None:
    """An SQLite file as another program would leave it (rollback journal, own tables)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO recipe (name) VALUES ('Käsespätzle')")
        connection.commit()
    finally:
        connection.close()


def database_of_a_newer_version(path: Path) -> None:
    """A database of ours whose revision this build does not know."""
    engine = create_sqlite_engine(path)
    try:
        upgrade_database(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    finally:
        engine.dispose()


def test_there_is_exactly_one_head_revision() -> None:
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_a_new_file_is_upgraded_to_the_head_revision(fresh_engine: Engine) -> None:
    upgrade_database(fresh_engine)

    assert current_revision(fresh_engine) == HEAD


def test_a_new_file_gets_every_table(fresh_engine: Engine) -> None:
    upgrade_database(fresh_engine)

    with fresh_engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == TABLES


def test_an_empty_existing_file_is_upgraded_to_the_head_revision(
    db_path: Path, fresh_engine: Engine
) -> None:
    db_path.touch()

    upgrade_database(fresh_engine)

    assert current_revision(fresh_engine) == HEAD


def test_a_file_without_revision_has_no_current_revision(fresh_engine: Engine) -> None:
    assert current_revision(fresh_engine) is None


def test_migrations_produce_the_schema_the_models_describe(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts=COMPARE_OPTIONS), Base.metadata
        )

    assert differences == []


def test_upgrading_a_current_database_again_keeps_its_data(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    with SqlUnitOfWork(session_factory) as uow:
        uow.partners.add(Partner(id=None, name="Acme"))
        uow.commit()

    upgrade_database(engine)

    assert current_revision(engine) == HEAD
    with SqlUnitOfWork(session_factory) as uow:
        assert [partner.name for partner in uow.partners.list_all()] == ["Acme"]


def test_upgrading_a_current_database_again_leaves_the_file_byte_identical(
    engine: Engine, db_path: Path
) -> None:
    engine.dispose()
    before = digest(db_path)

    upgrade_database(engine)
    engine.dispose()

    assert digest(db_path) == before


def run_alembic(engine: Engine, action: str, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def test_downgrading_to_base_removes_every_table_of_ours(engine: Engine) -> None:
    run_alembic(engine, "downgrade", "base")

    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["alembic_version"]


def test_upgrading_again_after_a_downgrade_gives_the_same_schema(engine: Engine) -> None:
    run_alembic(engine, "downgrade", "base")

    run_alembic(engine, "upgrade", "head")

    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts=COMPARE_OPTIONS), Base.metadata
        )
    assert differences == []


def test_a_database_of_a_newer_version_is_refused_as_too_new(
    db_path: Path, fresh_engine: Engine
) -> None:
    database_of_a_newer_version(db_path)

    with pytest.raises(StorageError) as caught:
        upgrade_database(fresh_engine)

    assert caught.value.code == "db.too_new"
    assert caught.value.detail == "ffff9999"


def test_a_database_of_a_newer_version_is_left_byte_identical(
    db_path: Path, fresh_engine: Engine
) -> None:
    database_of_a_newer_version(db_path)
    before = digest(db_path)

    with pytest.raises(StorageError):
        upgrade_database(fresh_engine)
    fresh_engine.dispose()

    assert digest(db_path) == before
    assert files_in(db_path.parent) == [db_path.name]


def test_a_database_of_another_program_is_refused_as_not_ours(
    db_path: Path, fresh_engine: Engine
) -> None:
    other_programs_database(db_path)

    with pytest.raises(StorageError) as caught:
        upgrade_database(fresh_engine)

    assert caught.value.code == "db.not_ours"
    assert "recipe" in caught.value.detail


def test_a_database_of_another_program_keeps_its_tables_and_gets_none_of_ours(
    db_path: Path, fresh_engine: Engine
) -> None:
    other_programs_database(db_path)

    with pytest.raises(StorageError):
        upgrade_database(fresh_engine)
    fresh_engine.dispose()

    connection = sqlite3.connect(db_path)
    try:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        assert [name for (name,) in tables] == ["recipe"]
    finally:
        connection.close()


def test_the_head_constant_and_known_revisions_match_the_scripts() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())

    assert scripts.get_current_head() == migrate.HEAD_REVISION
    assert migrate.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
