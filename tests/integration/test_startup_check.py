"""The deferred start-up check: the file opens at once, writes wait for the verdict."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic import command

from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.partner import Partner
from portfolio_app.storage import startup_check
from portfolio_app.storage.database import create_sqlite_engine
from portfolio_app.storage.integrity import IntegrityResult, marker_path
from portfolio_app.storage.migrate import alembic_config
from portfolio_app.storage.opening import OpenDatabase, open_database
from tests.integration.safety_data import counts, digest, files_in, filled_database
from tests.integration.test_integrity import corrupted_copy


@pytest.fixture
def populated(db_path: Path) -> Path:
    return filled_database(db_path, partners=40, notes=25, body=1000)


def _add_partner(database: OpenDatabase, name: str) -> None:
    with database.unit_of_work() as uow:
        uow.partners.add(Partner(None, name))
        uow.commit()


def test_a_sound_file_opens_before_its_check_and_then_takes_writes(populated: Path) -> None:
    database = open_database(populated, create=False, defer_check=True)
    try:
        assert database.integrity.deferred
        verdict = database.integrity.result(timeout=10)
        assert verdict is not None
        assert verdict.ok
        _add_partner(database, "Nach der Prüfung GmbH")
    finally:
        database.close()

    assert counts(populated)[0] == 41
    assert not marker_path(populated).exists()


def test_a_damaged_file_refuses_every_write_and_stays_byte_identical(
    populated: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    damaged = corrupted_copy(populated, folder / "portfolio.sqlite3")
    before = digest(damaged)

    database = open_database(damaged, create=False, defer_check=True)
    try:
        verdict = database.integrity.result(timeout=10)
        assert verdict is not None
        assert not verdict.ok
        with pytest.raises(StorageError) as caught:
            _add_partner(database, "Darf nicht landen AG")
    finally:
        database.close()

    assert caught.value.code == "db.corrupt"
    assert digest(damaged) == before
    assert files_in(folder) == [damaged.name]


def test_a_write_waits_for_the_verdict(populated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow_check(path: Path, *, full: bool) -> IntegrityResult:
        release.wait(10)
        return IntegrityResult(ok=True, messages=(), full=full)

    monkeypatch.setattr(startup_check, "check_integrity", slow_check)
    database = open_database(populated, create=False, defer_check=True)
    try:
        writer = threading.Thread(target=_add_partner, args=(database, "Geduldig KG"))
        writer.start()
        writer.join(0.3)
        waited = writer.is_alive()
        during = counts(populated)[0]
        release.set()
        writer.join(10)
    finally:
        release.set()
        database.close()

    assert waited
    assert during == 40
    assert counts(populated)[0] == 41


def test_after_an_unclean_shutdown_the_full_check_comes_first(populated: Path) -> None:
    marker_path(populated).write_text("left by a crash\n", encoding="utf-8")

    database = open_database(populated, create=False, defer_check=True)
    try:
        verdict = database.integrity.result(timeout=0)
    finally:
        database.close()

    assert not database.integrity.deferred
    assert verdict is not None
    assert verdict.ok
    assert verdict.full


def test_a_file_to_migrate_is_checked_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0006")
    finally:
        engine.dispose()

    database = open_database(path, create=False, defer_check=True, backup_folder=tmp_path / "b")
    database.close()

    assert not database.integrity.deferred
