"""Add the full-text search index (SQLite FTS5) and fill it from every stored record.

The table and the way rows are built live in ``portfolio_app.storage.search_index``, the
one module that keeps the index in sync; this migration creates the table and runs its
``rebuild``. The downgrade drops the index (nothing a user typed lives only there).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

from portfolio_app.storage.search_index import CREATE_TABLE, TABLE, rebuild

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql(CREATE_TABLE)
    rebuild(connection)


def downgrade() -> None:
    op.get_bind().exec_driver_sql(f"DROP TABLE {TABLE}")
