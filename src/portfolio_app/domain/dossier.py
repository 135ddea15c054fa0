"""Everything stored about one partner, as the detail view needs it."""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner


@dataclass(frozen=True, slots=True)
class PartnerDossier:
    """A partner with its contacts, agreements, goals (and their history) and notes."""

    partner: Partner
    contacts: tuple[ContactPerson, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    goals: tuple[SharedGoal, ...] = ()
    goal_updates: tuple[GoalUpdate, ...] = ()
    notes: tuple[CommunicationNote, ...] = ()
