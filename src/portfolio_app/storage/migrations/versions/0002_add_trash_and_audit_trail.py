"""Add the trash (``deleted_at`` on partners and their records) and the audit trail.

Additive: existing rows get ``deleted_at`` NULL, i.e. they stay live; no old column's data
changes. The unique constraint on ``partner.name_key`` becomes a unique index over live
partners only, which rebuilds the ``partner`` table (SQLite cannot drop a constraint): run
it with foreign keys off, as ``upgrade_database`` does, or the rebuild cascades.

The downgrade purges what is in the trash (the first schema has no trash: deleted means
gone), then removes the audit trail.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_CHILD_TABLES = ("agreement", "communication_note", "contact_person", "shared_goal")
_TRASHED_PARTNERS = "SELECT id FROM partner WHERE deleted_at IS NOT NULL"


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_audit_entry_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_partner_id"), ["partner_id"], unique=False)

    for table in _CHILD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch_op.drop_constraint(batch_op.f("uq_partner_name_key"), type_="unique")
        batch_op.create_index(
            "ix_partner_live_name_key",
            ["name_key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    op.execute(
        "DELETE FROM goal_update WHERE goal_id IN (SELECT id FROM shared_goal "
        f"WHERE deleted_at IS NOT NULL OR partner_id IN ({_TRASHED_PARTNERS}))"
    )
    for table in _CHILD_TABLES:
        op.execute(
            f"DELETE FROM {table} "
            f"WHERE deleted_at IS NOT NULL OR partner_id IN ({_TRASHED_PARTNERS})"
        )
    op.execute(f"DELETE FROM partner_tag WHERE partner_id IN ({_TRASHED_PARTNERS})")
    op.execute("DELETE FROM partner WHERE deleted_at IS NOT NULL")

    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_index("ix_partner_live_name_key", sqlite_where=sa.text("deleted_at IS NULL"))
        batch_op.create_unique_constraint(batch_op.f("uq_partner_name_key"), ["name_key"])
        batch_op.drop_column("deleted_at")

    for table in reversed(_CHILD_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("deleted_at")

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_partner_id"))

    op.drop_table("audit_entry")
