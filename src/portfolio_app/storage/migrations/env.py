"""Alembic environment: runs on the application's own connection, no alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from portfolio_app.storage.database import create_sqlite_engine
from portfolio_app.storage.schema import Base
from portfolio_app.storage.search_index import not_the_index


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=not_the_index,  # autogenerate must not drop the search index
    )
    with context.begin_transaction():
        context.run_migrations()


_shared = context.config.attributes.get("connection")
if _shared is not None:
    _run(_shared)
else:  # a developer running the alembic command line: -x db=PATH
    from pathlib import Path

    _engine = create_sqlite_engine(Path(context.get_x_argument(as_dictionary=True)["db"]))
    with _engine.begin() as _connection:
        _run(_connection)
