"""Conversions between ``*Record`` rows and frozen domain objects."""

from __future__ import annotations

import json

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    Decision,
    NoticeAnchor,
    NoticeForm,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.audit import AuditAction, AuditEntry, FieldChange
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, GoalUpdate, Kpi, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    AuditEntryId,
    ContactId,
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    NoteId,
    PartnerId,
    PromiseId,
)
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp, Mood
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus
from portfolio_app.domain.promise import Promise, PromiseDirection, PromiseState
from portfolio_app.domain.reminders import ReminderState
from portfolio_app.storage.schema import (
    AgreementRecord,
    AuditEntryRecord,
    ContactRecord,
    GoalRecord,
    GoalUpdateRecord,
    NoteRecord,
    PartnerRecord,
    PromiseRecord,
    ReminderStateRecord,
)


def partner_to_domain(record: PartnerRecord) -> Partner:
    """Domain partner from its row (tags must be loaded)."""
    return Partner(
        id=PartnerId(record.id),
        name=record.name,
        category=record.category,
        status=PartnerStatus(record.status),
        partner_since=record.partner_since,
        website=record.website,
        address=record.address,
        description=record.description,
        values_expectations=record.values_expectations,
        tags=tuple(sorted((tag.name for tag in record.tags), key=str.casefold)),
        archived=record.archived,
        internal_owner=record.internal_owner,
        criticality=Criticality(record.criticality),
        contact_cadence_days=record.contact_cadence_days,
        created_at=record.created_at,
        updated_at=record.updated_at,
    )


def partner_to_record(partner: Partner, record: PartnerRecord) -> None:
    """Copy the partner's plain fields onto ``record`` (tags are handled separately)."""
    record.name = partner.name
    record.category = partner.category
    record.status = partner.status.value
    record.partner_since = partner.partner_since
    record.website = partner.website
    record.address = partner.address
    record.description = partner.description
    record.values_expectations = partner.values_expectations
    record.archived = partner.archived
    record.internal_owner = partner.internal_owner
    record.criticality = partner.criticality.value
    record.contact_cadence_days = partner.contact_cadence_days


def contact_to_domain(record: ContactRecord) -> ContactPerson:
    """Domain contact from its row."""
    return ContactPerson(
        id=ContactId(record.id),
        partner_id=PartnerId(record.partner_id),
        name=record.name,
        role=record.role,
        email=record.email,
        phone=record.phone,
        is_primary=record.is_primary,
        notes=record.notes,
    )


def contact_to_record(contact: ContactPerson, record: ContactRecord) -> None:
    """Copy the contact onto ``record``."""
    record.partner_id = contact.partner_id
    record.name = contact.name
    record.role = contact.role
    record.email = contact.email
    record.phone = contact.phone
    record.is_primary = contact.is_primary
    record.notes = contact.notes


def agreement_to_domain(record: AgreementRecord) -> Agreement:
    """Domain agreement from its row."""
    notice = None
    if record.notice_amount is not None and record.notice_unit is not None:
        notice = NoticePeriod(record.notice_amount, PeriodUnit(record.notice_unit))
    value = None
    if record.value_minor is not None and record.currency is not None:
        value = Money.from_minor_units(record.value_minor, record.currency)
    return Agreement(
        id=AgreementId(record.id),
        partner_id=PartnerId(record.partner_id),
        title=record.title,
        kind=AgreementKind(record.kind),
        status=AgreementStatus(record.status),
        start_date=record.start_date,
        end_date=record.end_date,
        minimum_term_months=record.minimum_term_months,
        notice_period=notice,
        notice_anchor=NoticeAnchor(record.notice_anchor),
        renewal_months=record.renewal_months,
        value=value,
        billing_period=BillingPeriod(record.billing_period),
        document_link=record.document_link,
        notes=record.notes,
        contract_number=record.contract_number,
        customer_number=record.customer_number,
        notice_address=record.notice_address,
        notice_form=NoticeForm(record.notice_form),
        deputy=record.deputy,
        reminder_days=reminder_days_from_text(record.reminder_days),
        decision=Decision(record.decision) if record.decision else None,
        decision_reasons=record.decision_reasons,
        notice_sent_on=record.notice_sent_on,
        notice_sent_via=record.notice_sent_via,
        receipt_confirmed_on=record.receipt_confirmed_on,
    )


def reminder_days_from_text(text: str) -> tuple[int, ...]:
    """Stored reminder days (``"120,60,30"``; empty for none) as a tuple."""
    return tuple(int(part) for part in text.split(",") if part.strip())


def reminder_days_to_text(days: tuple[int, ...]) -> str:
    """Reminder days as stored."""
    return ",".join(str(day) for day in days)


def agreement_to_record(agreement: Agreement, record: AgreementRecord) -> None:
    """Copy the agreement onto ``record``."""
    record.partner_id = agreement.partner_id
    record.title = agreement.title
    record.kind = agreement.kind.value
    record.status = agreement.status.value
    record.start_date = agreement.start_date
    record.end_date = agreement.end_date
    record.minimum_term_months = agreement.minimum_term_months
    notice = agreement.notice_period
    record.notice_amount = notice.amount if notice else None
    record.notice_unit = notice.unit.value if notice else None
    record.notice_anchor = agreement.notice_anchor.value
    record.renewal_months = agreement.renewal_months
    record.value_minor = agreement.value.minor_units if agreement.value else None
    record.currency = agreement.value.currency if agreement.value else None
    record.billing_period = agreement.billing_period.value
    record.document_link = agreement.document_link
    record.notes = agreement.notes
    record.contract_number = agreement.contract_number
    record.customer_number = agreement.customer_number
    record.notice_address = agreement.notice_address
    record.notice_form = agreement.notice_form.value
    record.deputy = agreement.deputy
    record.reminder_days = reminder_days_to_text(agreement.reminder_days)
    record.decision = agreement.decision.value if agreement.decision else None
    record.decision_reasons = agreement.decision_reasons
    record.notice_sent_on = agreement.notice_sent_on
    record.notice_sent_via = agreement.notice_sent_via
    record.receipt_confirmed_on = agreement.receipt_confirmed_on


def goal_to_domain(record: GoalRecord) -> SharedGoal:
    """Domain goal from its row."""
    kpi = None
    if record.kpi_baseline is not None and record.kpi_target is not None:
        kpi = Kpi(record.kpi_unit or "", record.kpi_baseline, record.kpi_target, record.kpi_current)
    return SharedGoal(
        id=GoalId(record.id),
        partner_id=PartnerId(record.partner_id),
        title=record.title,
        description=record.description,
        owner=record.owner,
        target_date=record.target_date,
        status=GoalStatus(record.status),
        kpi=kpi,
    )


def goal_to_record(goal: SharedGoal, record: GoalRecord) -> None:
    """Copy the goal onto ``record``."""
    record.partner_id = goal.partner_id
    record.title = goal.title
    record.description = goal.description
    record.owner = goal.owner
    record.target_date = goal.target_date
    record.status = goal.status.value
    kpi = goal.kpi
    record.kpi_unit = kpi.unit if kpi else None
    record.kpi_baseline = kpi.baseline if kpi else None
    record.kpi_target = kpi.target if kpi else None
    record.kpi_current = kpi.current if kpi else None


def goal_update_to_domain(record: GoalUpdateRecord) -> GoalUpdate:
    """Domain goal history entry from its row."""
    return GoalUpdate(
        id=GoalUpdateId(record.id),
        goal_id=GoalId(record.goal_id),
        on=record.on,
        status=GoalStatus(record.status) if record.status else None,
        value=record.value,
        comment=record.comment,
        created=record.is_creation,
    )


def note_to_domain(record: NoteRecord) -> CommunicationNote:
    """Domain note from its row."""
    follow_up = None
    if record.follow_up_text is not None:
        follow_up = FollowUp(
            record.follow_up_text,
            record.follow_up_due,
            record.follow_up_done,
            record.follow_up_owner,
        )
    return CommunicationNote(
        id=NoteId(record.id),
        partner_id=PartnerId(record.partner_id),
        when=record.happened_at,
        subject=record.subject,
        channel=Channel(record.channel),
        participants=record.participants,
        body=record.body,
        outcome=record.outcome,
        mood=Mood(record.mood),
        misunderstanding=record.misunderstanding,
        resolution=record.resolution,
        follow_up=follow_up,
    )


def note_to_record(note: CommunicationNote, record: NoteRecord) -> None:
    """Copy the note onto ``record``."""
    record.partner_id = note.partner_id
    record.happened_at = note.when
    record.subject = note.subject
    record.channel = note.channel.value
    record.participants = note.participants
    record.body = note.body
    record.outcome = note.outcome
    record.mood = note.mood.value
    record.misunderstanding = note.misunderstanding
    record.resolution = note.resolution
    follow_up = note.follow_up
    record.follow_up_text = follow_up.text if follow_up else None
    record.follow_up_due = follow_up.due if follow_up else None
    record.follow_up_done = follow_up.done if follow_up else False
    record.follow_up_owner = follow_up.owner if follow_up else ""


def promise_to_domain(record: PromiseRecord) -> Promise:
    """Domain promise from its row."""
    return Promise(
        id=PromiseId(record.id),
        partner_id=PartnerId(record.partner_id),
        text=record.text,
        direction=PromiseDirection(record.direction),
        owner=record.owner,
        due=record.due,
        state=PromiseState(record.state),
        note_id=None if record.note_id is None else NoteId(record.note_id),
        created_at=record.created_at,
        updated_at=record.updated_at,
    )


def promise_to_record(promise: Promise, record: PromiseRecord) -> None:
    """Copy the promise onto ``record`` (the timestamps are the table's business)."""
    record.partner_id = promise.partner_id
    record.text = promise.text
    record.direction = promise.direction.value
    record.owner = promise.owner
    record.due = promise.due
    record.state = promise.state.value
    record.note_id = promise.note_id


def audit_entry_to_domain(record: AuditEntryRecord) -> AuditEntry:
    """Domain audit entry from its row."""
    changes = tuple(
        FieldChange(str(item["field"]), str(item["old"]), str(item["new"]))
        for item in json.loads(record.changes)
    )
    return AuditEntry(
        id=AuditEntryId(record.id),
        at=record.at,
        partner_id=PartnerId(record.partner_id),
        item=ItemRef(ItemKind(record.item_kind), record.item_id),
        action=AuditAction(record.action),
        title=record.title,
        changes=changes,
    )


def audit_entry_to_record(entry: AuditEntry) -> AuditEntryRecord:
    """A new row for the entry."""
    changes = [{"field": c.field, "old": c.old, "new": c.new} for c in entry.changes]
    return AuditEntryRecord(
        at=entry.at,
        partner_id=entry.partner_id,
        item_kind=entry.item.kind.value,
        item_id=entry.item.id,
        action=entry.action.value,
        title=entry.title[:300],
        changes=json.dumps(changes, ensure_ascii=False),
    )


def reminder_state_to_domain(record: ReminderStateRecord) -> ReminderState:
    """Domain reminder state from its row."""
    return ReminderState(
        key=record.key,
        agreement_id=AgreementId(record.agreement_id),
        snoozed_until=record.snoozed_until,
        done_at=record.done_at,
    )
