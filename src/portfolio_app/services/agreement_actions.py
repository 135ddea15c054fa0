"""Decisions about an agreement before its notice deadline, and recording a termination."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from portfolio_app.domain.agreement import Agreement, AgreementStatus, Decision
from portfolio_app.domain.audit import updated_entry
from portfolio_app.domain.errors import ValidationError
from portfolio_app.domain.ids import AgreementId, ItemKind
from portfolio_app.services.changes import Changes
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.ports import UnitOfWorkFactory


class AgreementActionService:
    """Record what was decided about an agreement and that notice was given; audited."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def record_decision(self, agreement_id: int, decision: Decision, reasons: str) -> Changes:
        """Store the decision (renew, renegotiate, switch, cancel) and its reasons.

        Raises:
            ValidationError: The reasons are too long.
            NotFoundError: No such agreement (or it is in the trash).
        """
        return self._change(
            agreement_id,
            lambda agreement: dataclasses.replace(
                agreement, decision=decision, decision_reasons=reasons
            ),
        )

    def record_termination(
        self,
        agreement_id: int,
        *,
        sent_on: date,
        sent_via: str,
        receipt_confirmed_on: date | None,
        reasons: str | None = None,
    ) -> Changes:
        """Record that notice was sent: the agreement becomes terminated, decision cancel.

        ``reasons`` (if given) are stored with the decision in the same transaction.

        Raises:
            ValidationError: ``agreement.notice_sent.future`` (field ``notice_sent_on``),
                ``agreement.receipt.future`` or ``agreement.receipt_before_sent`` (field
                ``receipt_confirmed_on``), ``agreement.notice_sent_via.too_long``.
            NotFoundError: No such agreement (or it is in the trash).
        """
        today = local_today(self._clock)
        if sent_on > today:
            raise ValidationError(
                "agreement.notice_sent.future", str(sent_on), field="notice_sent_on"
            )
        if receipt_confirmed_on is not None and receipt_confirmed_on > today:
            raise ValidationError(
                "agreement.receipt.future", str(receipt_confirmed_on), field="receipt_confirmed_on"
            )
        return self._change(
            agreement_id,
            lambda agreement: dataclasses.replace(
                agreement,
                status=AgreementStatus.TERMINATED,
                decision=Decision.CANCEL,
                decision_reasons=agreement.decision_reasons if reasons is None else reasons,
                notice_sent_on=sent_on,
                notice_sent_via=sent_via,
                receipt_confirmed_on=receipt_confirmed_on,
            ),
        )

    def _change(self, agreement_id: int, edit: Callable[[Agreement], Agreement]) -> Changes:
        with self._uow_factory() as uow:
            before = uow.agreements.get(AgreementId(agreement_id))
            after = edit(before).validated()
            uow.agreements.update(after)
            entry = updated_entry(before, after, self._clock())
            if entry is not None:
                uow.audit.add(entry)
            uow.commit()
        return Changes.of(ItemKind.AGREEMENT, agreement_id, after.partner_id)
