"""What the demo agreements record for their deadlines: numbers, notice details, decisions.

Derived from the catalogue without random draws, so the rest of the demo stays as it was.
"""

from __future__ import annotations

import dataclasses
import zlib
from datetime import date, timedelta

from portfolio_app.demo import company as us
from portfolio_app.demo.specs import AgreementSpec, PartnerSpec
from portfolio_app.domain.agreement import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Decision,
    NoticeForm,
)
from portfolio_app.domain.deadlines import notice_deadline

DEPUTIES = {
    us.MANAGING_DIRECTOR: us.FINANCE,
    us.PURCHASING: us.FINANCE,
    us.MARKETING: us.MANAGING_DIRECTOR,
    us.IT: us.PURCHASING,
    us.HR: us.FINANCE,
    us.PLANT: us.PURCHASING,
    us.FINANCE: us.PURCHASING,
}
"""Who watches a partner's notice deadlines when its owner is away."""

_TEXT_FORM_KINDS = (AgreementKind.SLA, AgreementKind.COOPERATION)
"""Kinds whose notice may be given in text form (e-mail); the others need a signature."""


def contract_number(start: date, number: int) -> str:
    """The number the agreement is filed under (also in its document link)."""
    return f"V-{start.year}-{number:03d}"


def customer_number(partner: PartnerSpec) -> str:
    """Our customer number at the partner: six stable digits."""
    return f"{zlib.crc32(partner.name.encode()) % 900_000 + 100_000}"


def with_notice_details(
    agreement: Agreement, partner: PartnerSpec, spec: AgreementSpec, today: date, number: int
) -> Agreement:
    """The agreement with its numbers, notice details, decision and sent notice, if any.

    Drafts get none; agreements without a notice period get only their numbers.
    """
    if agreement.status is AgreementStatus.DRAFT or agreement.start_date is None:
        return agreement
    result = dataclasses.replace(
        agreement,
        contract_number=contract_number(agreement.start_date, number),
        customer_number=customer_number(partner),
        decision=spec.decision,
        decision_reasons=spec.decision_reasons,
    )
    if agreement.notice_period is None:
        return result
    result = dataclasses.replace(
        result,
        notice_address=f"{partner.name}\n{partner.street}\n{partner.city}",
        notice_form=NoticeForm.TEXT if agreement.kind in _TEXT_FORM_KINDS else NoticeForm.WRITTEN,
        deputy=DEPUTIES.get(partner.owner, ""),
    )
    if agreement.status is AgreementStatus.TERMINATED:
        return _terminated(result, today)
    return result


def _terminated(agreement: Agreement, today: date) -> Agreement:
    """Notice sent by registered letter two weeks before the deadline, at least 20 days ago."""
    assert agreement.end_date is not None
    assert agreement.notice_period is not None
    deadline = notice_deadline(agreement.end_date, agreement.notice_period)
    sent_on = min(deadline - timedelta(days=14), today - timedelta(days=20))
    return dataclasses.replace(
        agreement,
        decision=Decision.CANCEL,
        notice_sent_on=sent_on,
        notice_sent_via="Einschreiben mit Rückschein",
        receipt_confirmed_on=sent_on + timedelta(days=3),
    )
