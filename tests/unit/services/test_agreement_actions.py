"""AgreementActionService: record a decision, record a termination; both audited."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from portfolio_app.domain.agreement import Agreement, AgreementStatus, Decision
from portfolio_app.domain.audit import AuditAction, FieldChange
from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.ids import AgreementId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.services.agreement_actions import AgreementActionService
from portfolio_app.services.changes import Changes
from tests.unit.services.fakes import FakeData, FakeUnitOfWork

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 30)
ACME = PartnerId(1)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    data = FakeData()
    data.partners[ACME] = Partner(ACME, "Acme")
    data.agreements[1] = Agreement(AgreementId(1), ACME, "Wartung")
    return FakeUnitOfWork(data)


@pytest.fixture
def service(uow: FakeUnitOfWork) -> AgreementActionService:
    return AgreementActionService(uow.factory, lambda: NOW)


def stored(uow: FakeUnitOfWork) -> Agreement:
    return uow.committed.agreements[1]


def test_a_decision_is_stored_with_its_reasons_and_audited(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    changes = service.record_decision(1, Decision.RENEGOTIATE, "  Preis senken\nSLA verbessern ")

    assert changes == Changes.of(ItemKind.AGREEMENT, 1, ACME)
    assert (stored(uow).decision, stored(uow).decision_reasons) == (
        Decision.RENEGOTIATE,
        "Preis senken\nSLA verbessern",
    )
    [entry] = uow.committed.audit.values()
    assert (entry.action, entry.item, entry.at, entry.changes) == (
        AuditAction.UPDATED,
        ItemRef(ItemKind.AGREEMENT, 1),
        NOW,
        (
            FieldChange("decision", "", "renegotiate"),
            FieldChange("decision_reasons", "", "Preis senken\nSLA verbessern"),
        ),
    )
    assert uow.commits == 1


def test_recording_the_same_decision_again_writes_no_audit_entry(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    service.record_decision(1, Decision.RENEW, "")
    service.record_decision(1, Decision.RENEW, "")

    assert len(uow.committed.audit) == 1


def test_a_termination_ends_the_agreement_and_records_how_notice_was_sent(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    changes = service.record_termination(
        1, sent_on=date(2026, 11, 2), sent_via="Einschreiben", receipt_confirmed_on=TODAY
    )

    agreement = stored(uow)
    assert changes == Changes.of(ItemKind.AGREEMENT, 1, ACME)
    assert agreement.status is AgreementStatus.TERMINATED
    assert agreement.decision is Decision.CANCEL
    assert (agreement.notice_sent_on, agreement.notice_sent_via) == (
        date(2026, 11, 2),
        "Einschreiben",
    )
    assert agreement.receipt_confirmed_on == TODAY
    [entry] = uow.committed.audit.values()
    assert [change.field for change in entry.changes] == [
        "status",
        "decision",
        "notice_sent_on",
        "notice_sent_via",
        "receipt_confirmed_on",
    ]


def test_a_termination_may_await_its_receipt(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    service.record_termination(1, sent_on=TODAY, sent_via="E-Mail", receipt_confirmed_on=None)

    assert (stored(uow).notice_sent_on, stored(uow).receipt_confirmed_on) == (TODAY, None)


@pytest.mark.parametrize(
    ("sent_on", "receipt", "code", "field"),
    [
        (date(2026, 12, 1), None, "agreement.notice_sent.future", "notice_sent_on"),
        (TODAY, date(2026, 12, 1), "agreement.receipt.future", "receipt_confirmed_on"),
        (TODAY, date(2026, 11, 29), "agreement.receipt_before_sent", "receipt_confirmed_on"),
    ],
)
def test_impossible_termination_dates_are_rejected_and_nothing_changes(
    service: AgreementActionService,
    uow: FakeUnitOfWork,
    sent_on: date,
    receipt: date | None,
    code: str,
    field: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        service.record_termination(1, sent_on=sent_on, sent_via="", receipt_confirmed_on=receipt)

    assert (caught.value.code, caught.value.field) == (code, field)
    assert uow.commits == 0
    assert stored(uow).status is AgreementStatus.ACTIVE


def test_actions_on_a_missing_or_trashed_agreement_are_not_found(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    uow.committed.trashed[ItemRef(ItemKind.AGREEMENT, 1)] = NOW

    with pytest.raises(NotFoundError):
        service.record_decision(1, Decision.SWITCH, "")
    with pytest.raises(NotFoundError):
        service.record_termination(2, sent_on=TODAY, sent_via="", receipt_confirmed_on=None)
    assert uow.commits == 0


def test_a_termination_stores_its_reasons_in_the_same_commit(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    commits = uow.commits

    service.record_termination(
        1,
        sent_on=TODAY,
        sent_via="Einschreiben mit Rückschein",
        receipt_confirmed_on=None,
        reasons="Preise um 12 % gestiegen, dreimal verspätete Wartung.",
    )

    agreement = stored(uow)
    assert agreement.decision is Decision.CANCEL
    assert agreement.decision_reasons == "Preise um 12 % gestiegen, dreimal verspätete Wartung."
    assert uow.commits == commits + 1


def test_a_termination_without_reasons_keeps_the_earlier_ones(
    service: AgreementActionService, uow: FakeUnitOfWork
) -> None:
    service.record_decision(1, Decision.CANCEL, "Anbieter wechselt den Standort.")

    service.record_termination(1, sent_on=TODAY, sent_via="Fax", receipt_confirmed_on=None)

    assert stored(uow).decision_reasons == "Anbieter wechselt den Standort."
