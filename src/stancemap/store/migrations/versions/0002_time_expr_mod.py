"""Keep the TIMEX3 modifier of date expressions ("early June" -> START).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 11:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("time_exprs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mod", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("time_exprs", schema=None) as batch_op:
        batch_op.drop_column("mod")
