"""Tables, as SQLAlchemy 2 typed declarative ``*Record`` classes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from portfolio_app.storage.types import DecimalText, UtcDateTime

DEFAULT_REMINDER_TEXT = "120,60,30,14,7,1"
"""``reminder_days`` of agreements stored before revision 0003 (the domain's default)."""

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base whose metadata names every constraint."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Integer key and created/updated moments, shared by every table."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_utc_now, onupdate=_utc_now)


class Trashable:
    """Soft deletion: a row with ``deleted_at`` set is in the trash."""

    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


partner_tag = Table(
    "partner_tag",
    Base.metadata,
    Column("partner_id", ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class TagRecord(Timestamped, Base):
    """A label attached to partners; ``name_key`` is its case-folded, unique form."""

    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(40))
    name_key: Mapped[str] = mapped_column(String(40), unique=True)


class PartnerRecord(Timestamped, Trashable, Base):
    """Row of ``partner``; ``name_key`` makes names of live partners unique ignoring case.

    Partners in the trash keep their ``name_key``; a live partner may take the name.
    """

    __tablename__ = "partner"
    __table_args__ = (
        Index(
            "ix_partner_live_name_key",
            "name_key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(80), index=True)
    status: Mapped[str] = mapped_column(String(20))
    partner_since: Mapped[date | None] = mapped_column(Date)
    website: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    values_expectations: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added by revision 0004; the server defaults fill rows that existed before it.
    internal_owner: Mapped[str] = mapped_column(String(200), default="", server_default="")
    criticality: Mapped[str] = mapped_column(String(10), server_default="medium")
    contact_cadence_days: Mapped[int | None] = mapped_column(Integer)

    tags: Mapped[list[TagRecord]] = relationship(secondary=partner_tag, lazy="selectin")


class ContactRecord(Timestamped, Trashable, Base):
    """Row of ``contact_person``."""

    __tablename__ = "contact_person"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class AgreementRecord(Timestamped, Trashable, Base):
    """Row of ``agreement``; money is stored as integer cents plus currency."""

    __tablename__ = "agreement"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    minimum_term_months: Mapped[int | None] = mapped_column(Integer)
    notice_amount: Mapped[int | None] = mapped_column(Integer)
    notice_unit: Mapped[str | None] = mapped_column(String(10))
    notice_anchor: Mapped[str] = mapped_column(String(20))
    renewal_months: Mapped[int | None] = mapped_column(Integer)
    value_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    billing_period: Mapped[str] = mapped_column(String(20))
    document_link: Mapped[str] = mapped_column(String(2000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Added by revision 0003; the server defaults fill rows that existed before it.
    contract_number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    customer_number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    notice_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    notice_form: Mapped[str] = mapped_column(String(10), server_default="written")
    deputy: Mapped[str] = mapped_column(String(200), default="", server_default="")
    reminder_days: Mapped[str] = mapped_column(String(100), server_default=DEFAULT_REMINDER_TEXT)
    decision: Mapped[str | None] = mapped_column(String(20))
    decision_reasons: Mapped[str] = mapped_column(Text, default="", server_default="")
    notice_sent_on: Mapped[date | None] = mapped_column(Date)
    notice_sent_via: Mapped[str] = mapped_column(String(200), default="", server_default="")
    receipt_confirmed_on: Mapped[date | None] = mapped_column(Date)


class ReminderStateRecord(Timestamped, Base):
    """Row of ``reminder_state``: a notice reminder the user snoozed or marked done.

    ``key`` is the reminder's key (agreement id and last notice day); the row goes with
    its agreement when that is purged.
    """

    __tablename__ = "reminder_state"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class GoalRecord(Timestamped, Trashable, Base):
    """Row of ``shared_goal``; the KPI columns are all null when it has none."""

    __tablename__ = "shared_goal"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    kpi_unit: Mapped[str | None] = mapped_column(String(30))
    kpi_baseline: Mapped[Decimal | None] = mapped_column(DecimalText())
    kpi_target: Mapped[Decimal | None] = mapped_column(DecimalText())
    kpi_current: Mapped[Decimal | None] = mapped_column(DecimalText())


class GoalUpdateRecord(Timestamped, Base):
    """Row of ``goal_update``: one entry of a goal's history."""

    __tablename__ = "goal_update"

    goal_id: Mapped[int] = mapped_column(
        ForeignKey("shared_goal.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(20))
    value: Mapped[Decimal | None] = mapped_column(DecimalText())
    comment: Mapped[str] = mapped_column(Text, default="")
    is_creation: Mapped[bool] = mapped_column(Boolean, default=False)


class NoteRecord(Timestamped, Trashable, Base):
    """Row of ``communication_note``."""

    __tablename__ = "communication_note"
    __table_args__ = (
        # The timeline reads the notes of some partners between two moments (0006).
        Index("ix_communication_note_partner_id_happened_at", "partner_id", "happened_at"),
    )

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    participants: Mapped[str] = mapped_column(String(500), default="")
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[str] = mapped_column(String(20))
    misunderstanding: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str] = mapped_column(Text, default="")
    follow_up_text: Mapped[str | None] = mapped_column(Text)
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added by revision 0005; the server default fills rows that existed before it.
    follow_up_owner: Mapped[str] = mapped_column(String(200), default="", server_default="")


class PromiseRecord(Timestamped, Trashable, Base):
    """Row of ``promises``: a commitment we owe a partner, or one it owes us.

    ``note_id`` points at the note the promise was taken from; purging that note
    leaves the promise without it.
    """

    __tablename__ = "promises"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("communication_note.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(10))
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(10))


class AuditEntryRecord(Timestamped, Base):
    """Row of ``audit_entry``: one change to a partner or one of its records.

    ``item_kind``/``item_id`` point at the record without a foreign key, so that the
    entry outlives a purged record; ``changes`` is a JSON list of ``{field, old, new}``.
    """

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(UtcDateTime())
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True
    )
    item_kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    changes: Mapped[str] = mapped_column(Text, default="[]")
