"""Act on a deadline: read the agreement, show the decision dialog, store what was decided."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import AgreementId
from portfolio_app.services.agreement_actions import AgreementActionService
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.ui import confirm
from portfolio_app.ui.letter_settings import LetterSettings

if TYPE_CHECKING:
    from portfolio_app.ui.dialogs.decision_dialog import DecisionInput

_TITLE = QT_TRANSLATE_NOOP("DecisionFlow", "Act on Deadline")


def decide_about_agreement(
    parent: QWidget,
    services: Services,
    agreement_id: int,
    today: date,
    letters: LetterSettings,
) -> Changes | None:
    """Let the user decide about an agreement; what was stored, or ``None``.

    A read error is shown to the user (and ``None`` returned); save errors keep the dialog
    open with the reason.
    """
    try:
        agreement = services.agreements.get(AgreementId(agreement_id))
        partner = services.partners.get_partner(agreement.partner_id)
        plan = services.deadlines.schedule_for(agreement)
    except PortfolioError as error:
        confirm.show_error(parent, QCoreApplication.translate("DecisionFlow", str(_TITLE)), error)
        return None
    from portfolio_app.ui.dialogs.decision_dialog import DecisionDialog  # when first needed

    return DecisionDialog.ask(
        parent,
        agreement=agreement,
        partner=partner,
        schedule=plan,
        today=today,
        save=decision_saver(services.agreement_actions, agreement_id),
        letters=letters,
    )


def decision_saver(
    actions: AgreementActionService, agreement_id: int
) -> Callable[[DecisionInput], Changes]:
    """A ``save`` for the decision dialog: one service call, so one transaction.

    A cancellation whose notice was sent records the termination together with the
    reasons; every other decision (or a cancel not sent yet) records just the decision.
    """

    def save(choice: DecisionInput) -> Changes:
        if choice.records_termination and choice.sent_on is not None:
            return actions.record_termination(
                agreement_id,
                sent_on=choice.sent_on,
                sent_via=choice.sent_via,
                receipt_confirmed_on=choice.receipt_confirmed_on,
                reasons=choice.reasons,
            )
        return actions.record_decision(agreement_id, choice.decision, choice.reasons)

    return save
