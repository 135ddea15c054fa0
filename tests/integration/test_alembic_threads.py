"""Alembic runs one at a time: a backup's in-memory schema and a file's migration at once."""

from __future__ import annotations

import threading
from pathlib import Path

from portfolio_app.storage import migrate
from portfolio_app.storage.database import create_sqlite_engine


def test_a_schema_built_on_a_thread_and_a_migration_do_not_collide(tmp_path: Path) -> None:
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def build_schemas() -> None:
        start.wait()
        try:
            for revision in sorted(migrate.known_revisions()) * 2:
                migrate._schema_names.__wrapped__(migrate_location(), revision)
        except BaseException as error:
            failures.append(error)

    def migrate_files() -> None:
        start.wait()
        try:
            for number in range(6):
                engine = create_sqlite_engine(tmp_path / f"file-{number}.sqlite3")
                try:
                    migrate.upgrade_database(engine)
                finally:
                    engine.dispose()
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=build_schemas), threading.Thread(target=migrate_files)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert failures == []


def migrate_location() -> str:
    return migrate.alembic_config().get_main_option("script_location") or ""
