"""Add the promises register and an owner for the follow-up of a note.

Additive: the new table ``promises`` starts empty and ``communication_note`` gets a
``follow_up_owner`` column whose server default (no owner) fills the rows stored before,
so every old value stays as it was.

The downgrade drops the table and the column (and with them what was entered there).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("communication_note", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("follow_up_owner", sa.String(length=200), server_default="", nullable=False)
        )
    op.create_table(
        "promises",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["communication_note.id"],
            name=op.f("fk_promises_note_id_communication_note"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
            name=op.f("fk_promises_partner_id_partner"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promises")),
    )
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_promises_due"), ["due"], unique=False)
        batch_op.create_index(batch_op.f("ix_promises_partner_id"), ["partner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promises_partner_id"))
        batch_op.drop_index(batch_op.f("ix_promises_due"))
    op.drop_table("promises")
    with op.batch_alter_table("communication_note", schema=None) as batch_op:
        batch_op.drop_column("follow_up_owner")
