"""The audit trail's pure part: rendering values and computing field changes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    BillingPeriod,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.audit import (
    AuditAction,
    FieldChange,
    created_entry,
    entry_for,
    field_changes,
    flatten,
    initial_values,
    item_ref,
    partner_of,
    render,
    title_of,
    updated_entry,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    ContactId,
    GoalId,
    ItemKind,
    ItemRef,
    NoteId,
    PartnerId,
)
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import Channel, CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner, PartnerStatus

P = PartnerId(3)
AT = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
LEASE = Agreement(
    AgreementId(7),
    P,
    "Leasing Kopierer",
    start_date=date(2024, 1, 1),
    value=Money.of("249.90"),
    notice_period=NoticePeriod(3, PeriodUnit.MONTHS),
)
NOTE = CommunicationNote(NoteId(9), P, datetime(2026, 3, 2, 9, 30, tzinfo=UTC), "Jahresgespräch")
GOAL = SharedGoal(GoalId(4), P, "Druckkosten senken")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("Müller & Söhne <b>", "Müller & Söhne <b>"),
        (True, "true"),
        (False, "false"),
        (12, "12"),
        (Decimal("12.50"), "12.50"),
        (Money.of("1234.5"), "1234.50 EUR"),
        (Money.of("0", "CHF"), "0.00 CHF"),
        (NoticePeriod(3, PeriodUnit.MONTHS), "3 months"),
        (AgreementStatus.TERMINATED, "terminated"),
        (date(2026, 2, 28), "2026-02-28"),
        (
            datetime(2026, 3, 2, 10, 30, tzinfo=timezone(timedelta(hours=1))),
            "2026-03-02T09:30:00+00:00",
        ),
        (("crm", "kritisch"), "crm, kritisch"),
        ((), ""),
    ],
)
def test_values_are_rendered_as_plain_locale_independent_text(value: object, text: str) -> None:
    assert render(value) == text


def test_a_naive_moment_is_rendered_as_it_is() -> None:
    assert render(datetime(2026, 3, 2, 9, 30)) == "2026-03-02T09:30:00"


def test_bookkeeping_fields_are_left_out() -> None:
    fields = flatten(Partner(PartnerId(1), "Acme", created_at=AT, updated_at=AT))

    assert not {"id", "partner_id", "created_at", "updated_at"} & set(fields)
    assert fields["name"] == "Acme"


def test_nested_value_objects_are_flattened_with_dotted_names() -> None:
    goal = dataclasses.replace(GOAL, kpi=Kpi("%", Decimal(10), Decimal(50), Decimal(20)))

    fields = flatten(goal)

    assert fields["kpi.unit"] == "%"
    assert fields["kpi.baseline"] == "10"
    assert fields["kpi.target"] == "50"
    assert fields["kpi.current"] == "20"
    assert "kpi" not in fields


def test_a_missing_nested_object_counts_as_its_defaults() -> None:
    fields = flatten(NOTE)

    assert fields["follow_up.text"] == ""
    assert fields["follow_up.due"] == ""
    assert fields["follow_up.done"] == "false"


def test_money_and_notice_period_stay_single_values() -> None:
    fields = flatten(LEASE)

    assert fields["value"] == "249.90 EUR"
    assert fields["notice_period"] == "3 months"


def test_a_changed_value_is_listed_with_old_and_new() -> None:
    after = dataclasses.replace(LEASE, value=Money.of("279"))

    assert field_changes(LEASE, after) == (FieldChange("value", "249.90 EUR", "279.00 EUR"),)


def test_changes_come_in_the_order_the_record_declares_its_fields() -> None:
    after = dataclasses.replace(
        LEASE, notes="neu", title="Leasing Drucker", status=AgreementStatus.TERMINATED
    )

    assert [change.field for change in field_changes(LEASE, after)] == ["title", "status", "notes"]


def test_an_identical_record_has_no_changes() -> None:
    assert field_changes(LEASE, dataclasses.replace(LEASE)) == ()


def test_bookkeeping_differences_are_not_changes() -> None:
    before = Partner(PartnerId(1), "Acme", created_at=AT, updated_at=AT)
    after = dataclasses.replace(before, updated_at=AT + timedelta(days=1))

    assert field_changes(before, after) == ()


def test_adding_a_kpi_lists_its_fields() -> None:
    after = dataclasses.replace(GOAL, kpi=Kpi("%", Decimal(10), Decimal(50)))

    assert field_changes(GOAL, after) == (
        FieldChange("kpi.unit", "", "%"),
        FieldChange("kpi.baseline", "", "10"),
        FieldChange("kpi.target", "", "50"),
    )


def test_adding_a_follow_up_lists_only_what_it_holds() -> None:
    after = dataclasses.replace(NOTE, follow_up=FollowUp("Angebot schicken", date(2026, 3, 9)))

    assert field_changes(NOTE, after) == (
        FieldChange("follow_up.text", "", "Angebot schicken"),
        FieldChange("follow_up.due", "", "2026-03-09"),
    )


def test_tags_compare_as_one_value() -> None:
    before = Partner(PartnerId(1), "Acme", tags=("crm",))
    after = dataclasses.replace(before, tags=("crm", "kritisch"))

    assert field_changes(before, after) == (FieldChange("tags", "crm", "crm, kritisch"),)


def test_records_of_different_kinds_cannot_be_compared() -> None:
    with pytest.raises(TypeError):
        field_changes(LEASE, GOAL)


def test_initial_values_leave_out_empty_and_false_fields() -> None:
    contact = ContactPerson(ContactId(2), P, "Jürgen Weiß", email="jw@example.de")

    assert initial_values(contact) == (
        FieldChange("name", "", "Jürgen Weiß"),
        FieldChange("email", "", "jw@example.de"),
    )


@pytest.mark.parametrize(
    ("record", "kind", "title"),
    [
        (Partner(PartnerId(3), "Acme"), ItemKind.PARTNER, "Acme"),
        (ContactPerson(ContactId(2), P, "Anna"), ItemKind.CONTACT, "Anna"),
        (LEASE, ItemKind.AGREEMENT, "Leasing Kopierer"),
        (GOAL, ItemKind.GOAL, "Druckkosten senken"),
        (NOTE, ItemKind.NOTE, "Jahresgespräch"),
    ],
)
def test_every_audited_record_has_a_kind_a_title_and_a_partner(
    record: Partner | ContactPerson | Agreement | SharedGoal | CommunicationNote,
    kind: ItemKind,
    title: str,
) -> None:
    assert item_ref(record) == ItemRef(kind, record.id or 0)
    assert title_of(record) == title
    assert partner_of(record) == P


def test_a_created_entry_lists_the_initial_values() -> None:
    entry = created_entry(LEASE, AT)

    assert (entry.action, entry.at, entry.partner_id, entry.title) == (
        AuditAction.CREATED,
        AT,
        P,
        "Leasing Kopierer",
    )
    assert entry.item == ItemRef(ItemKind.AGREEMENT, 7)
    assert FieldChange("value", "", "249.90 EUR") in entry.changes
    assert entry.id is None


def test_an_updated_entry_is_titled_with_the_new_title() -> None:
    after = dataclasses.replace(LEASE, title="Leasing Drucker", billing_period=BillingPeriod.YEARLY)

    entry = updated_entry(LEASE, after, AT)

    assert entry is not None
    assert entry.title == "Leasing Drucker"
    assert entry.changes == (
        FieldChange("title", "Leasing Kopierer", "Leasing Drucker"),
        FieldChange("billing_period", "monthly", "yearly"),
    )


def test_an_update_without_changes_has_no_entry() -> None:
    assert updated_entry(LEASE, LEASE, AT) is None


def test_a_deleted_entry_has_no_changes() -> None:
    partner = Partner(PartnerId(5), "Acme", status=PartnerStatus.ENDED)

    entry = entry_for(AuditAction.DELETED, partner, AT)

    assert (entry.partner_id, entry.item, entry.changes) == (
        PartnerId(5),
        ItemRef(ItemKind.PARTNER, 5),
        (),
    )


def test_channel_and_status_enums_are_rendered_by_value() -> None:
    after = dataclasses.replace(NOTE, channel=Channel.ON_SITE)
    goal_after = dataclasses.replace(GOAL, status=GoalStatus.AT_RISK)

    assert field_changes(NOTE, after) == (FieldChange("channel", "meeting", "on_site"),)
    assert field_changes(GOAL, goal_after) == (FieldChange("status", "planned", "at_risk"),)
