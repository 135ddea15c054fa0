"""Index notes by partner and moment, for the timeline's windowed reads.

The timeline reads the notes of the visible partners between two moments. With only
the single-column indexes SQLite looks up every note of each partner and filters by
date; the composite index seeks straight to the window (about ten times faster on the
benchmark portfolio, ``bench/README.md``). Purely additive; the downgrade drops it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEX = "ix_communication_note_partner_id_happened_at"


def upgrade() -> None:
    op.create_index(INDEX, "communication_note", ["partner_id", "happened_at"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="communication_note")
