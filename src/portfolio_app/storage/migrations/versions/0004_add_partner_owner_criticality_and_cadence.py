"""Add what partner health needs: an internal owner, a criticality, a contact cadence.

Additive: the new ``partner`` columns get server defaults (no owner, criticality
"medium") or NULL (no expected cadence), so rows stored before keep every old value and
read as partners of medium criticality without owner or cadence.

The downgrade drops the columns (and with them what was entered there).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-13
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _partner_columns() -> list[sa.Column[Any]]:
    """The new columns of ``partner`` (fresh objects: a column joins one table only)."""
    return [
        sa.Column("internal_owner", sa.String(length=200), server_default="", nullable=False),
        sa.Column("criticality", sa.String(length=10), server_default="medium", nullable=False),
        sa.Column("contact_cadence_days", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("partner", schema=None) as batch_op:
        for column in _partner_columns():
            batch_op.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table("partner", schema=None) as batch_op:
        for column in reversed(_partner_columns()):
            batch_op.drop_column(column.name)
