"""Add what the deadline work needs: notice details on agreements, reminder states.

Additive: the new agreement columns get server defaults (empty text, notice form
"written", the default reminder stages "120,60,30,14,7,1") or NULL, so rows stored before
keep every old value and read as agreements without numbers, decision or sent notice. The
new ``reminder_state`` table starts empty.

The downgrade drops the table and the columns (and with them what was entered there).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_DEFAULT_REMINDER_DAYS = "120,60,30,14,7,1"


def _agreement_columns() -> list[sa.Column[Any]]:
    """The new columns of ``agreement`` (fresh objects: a column joins one table only)."""
    return [
        sa.Column("contract_number", sa.String(length=100), server_default="", nullable=False),
        sa.Column("customer_number", sa.String(length=100), server_default="", nullable=False),
        sa.Column("notice_address", sa.Text(), server_default="", nullable=False),
        sa.Column("notice_form", sa.String(length=10), server_default="written", nullable=False),
        sa.Column("deputy", sa.String(length=200), server_default="", nullable=False),
        sa.Column(
            "reminder_days",
            sa.String(length=100),
            server_default=_DEFAULT_REMINDER_DAYS,
            nullable=False,
        ),
        sa.Column("decision", sa.String(length=20), nullable=True),
        sa.Column("decision_reasons", sa.Text(), server_default="", nullable=False),
        sa.Column("notice_sent_on", sa.Date(), nullable=True),
        sa.Column("notice_sent_via", sa.String(length=200), server_default="", nullable=False),
        sa.Column("receipt_confirmed_on", sa.Date(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        for column in _agreement_columns():
            batch_op.add_column(column)

    op.create_table(
        "reminder_state",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_reminder_state_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_state")),
        sa.UniqueConstraint("key", name=op.f("uq_reminder_state_key")),
    )
    with op.batch_alter_table("reminder_state", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_state_agreement_id"), ["agreement_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reminder_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_state_agreement_id"))
    op.drop_table("reminder_state")

    with op.batch_alter_table("agreement", schema=None) as batch_op:
        for column in reversed(_agreement_columns()):
            batch_op.drop_column(column.name)
