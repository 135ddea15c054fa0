"""Open a portfolio file safely: check it, connect, migrate; translate failures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from portfolio_app.domain.errors import StorageError
from portfolio_app.services.ports import UnitOfWork
from portfolio_app.storage.database import (
    check_database_file,
    create_session_factory,
    create_sqlite_engine,
)
from portfolio_app.storage.migrate import preflight, upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork


@dataclass(frozen=True, slots=True)
class OpenDatabase:
    """An open, migrated portfolio file."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    def unit_of_work(self) -> UnitOfWork:
        """A new unit of work on this file (the services' factory)."""
        return SqlUnitOfWork(self.session_factory)

    def is_empty(self) -> bool:
        """Whether the file holds no partner yet."""
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("SELECT 1 FROM partner LIMIT 1").first() is None

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def open_database(path: Path, *, create: bool) -> OpenDatabase:
    """Open ``path`` (creating it if allowed) and bring it to the current schema.

    Raises:
        StorageError: The file cannot be used; it was not modified.
    """
    check_database_file(path, create=create)
    preflight(path)
    engine = create_sqlite_engine(path)
    try:
        upgrade_database(engine)
    except DatabaseError as error:
        engine.dispose()
        raise StorageError("db.corrupt", f"{path}: {error.orig}") from error
    except StorageError:
        engine.dispose()
        raise
    return OpenDatabase(path, engine, create_session_factory(engine))
