"""Health scores of partners: one for the detail view, all of them for the list."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.health import (
    HealthScore,
    NoteFacts,
    health_history,
    health_score,
    score_from_facts,
)
from portfolio_app.domain.ids import GoalId, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.promise import Promise, overdue_count
from portfolio_app.services.clock import Clock, local_today, system_clock
from portfolio_app.services.partners import PartnerService
from portfolio_app.services.ports import (
    HealthRecordsRepository,
    NoteFactsRepository,
    UnitOfWork,
    UnitOfWorkFactory,
)


class HealthService:
    """Scores partners as of today (the clock's local day); reads only."""

    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock
        self._partners = PartnerService(uow_factory, clock)

    def for_partner(self, partner_id: PartnerId) -> HealthScore:
        """The partner's score, with its expected contact cadence.

        Raises:
            NotFoundError: No such partner.
        """
        return self.score(self._partners.dossier(partner_id))

    def score(self, dossier: PartnerDossier, overdue_promises: int | None = None) -> HealthScore:
        """The score of an already read dossier, as :meth:`for_partner` would give it.

        ``overdue_promises`` is read from the partner's promises unless given.
        """
        today = local_today(self._clock)
        if overdue_promises is None:
            overdue_promises = 0
            if dossier.partner.id is not None:
                with self._uow_factory() as uow:
                    promises = uow.promises.list_for_partner(dossier.partner.id)
                overdue_promises = overdue_count(promises, today)
        return health_score(
            dossier,
            today,
            cadence_days=dossier.partner.contact_cadence_days,
            overdue_promises=overdue_promises,
        )

    def history(self, partner_id: PartnerId, days: int = 365) -> list[tuple[date, int]]:
        """The score once a week over the last ``days`` days, oldest first, ending today.

        Replayed from the records dated up to each day (see
        :func:`~portfolio_app.domain.health.health_history`); ``days // 7 + 1`` points.

        Raises:
            NotFoundError: No such partner.
        """
        return self.history_of(self._partners.dossier(partner_id), days)

    def history_of(self, dossier: PartnerDossier, days: int = 365) -> list[tuple[date, int]]:
        """As :meth:`history`, for an already read dossier."""
        today = local_today(self._clock)
        weeks = max(days, 0) // 7
        points = [today - timedelta(weeks=weeks - week) for week in range(weeks + 1)]
        return health_history(dossier, points, cadence_days=dossier.partner.contact_cadence_days)

    def all_scores(self) -> dict[PartnerId, HealthScore]:
        """The score of every live partner.

        With storage's repositories this is five queries whatever the number of partners;
        a unit of work without :class:`HealthRecordsRepository` reads partner by partner.
        """
        today = local_today(self._clock)
        with self._uow_factory() as uow:
            portfolio = uow.portfolio
            if isinstance(portfolio, NoteFactsRepository):
                return self._scores_from_facts(uow, portfolio, today)
            dossiers = _all_dossiers(uow)
            overdue = _overdue_promises(uow, dossiers, today)
        return {
            partner_id: health_score(
                dossier,
                today,
                cadence_days=dossier.partner.contact_cadence_days,
                overdue_promises=overdue.get(partner_id, 0),
            )
            for partner_id, dossier in dossiers.items()
        }

    def _scores_from_facts(
        self, uow: UnitOfWork, portfolio: NoteFactsRepository, today: date
    ) -> dict[PartnerId, HealthScore]:
        """Every score from aggregates of the notes: a fixed number of queries, no note read."""
        dossiers = _all_dossiers(uow, with_notes=False)
        facts = portfolio.note_facts(today)
        overdue = _overdue_promises(uow, dossiers, today)
        return {
            partner_id: score_from_facts(
                dossier.partner,
                dossier.goals,
                dossier.goal_updates,
                facts.get(partner_id, NoteFacts()),
                today,
                cadence_days=dossier.partner.contact_cadence_days,
                overdue_promises=overdue.get(partner_id, 0),
            )
            for partner_id, dossier in dossiers.items()
        }


def _all_dossiers(uow: UnitOfWork, *, with_notes: bool = True) -> dict[PartnerId, PartnerDossier]:
    """Dossiers with what the score reads: the partner, its goals, their history, notes.

    Contacts and agreements are left empty; the score does not look at them.
    """
    partners = {p.id: p for p in uow.partners.list_all() if p.id is not None}
    portfolio = uow.portfolio
    if isinstance(portfolio, HealthRecordsRepository):
        goals: list[SharedGoal] = portfolio.live_goals()
        updates: list[GoalUpdate] = portfolio.live_goal_updates()
        notes: list[CommunicationNote] = portfolio.live_notes() if with_notes else []
    else:
        goals = [g for pid in partners for g in uow.goals.list_for_partner(pid)]
        updates = uow.goal_updates.list_for_goals([g.id for g in goals if g.id is not None])
        notes = (
            [n for pid in partners for n in uow.notes.list_for_partner(pid)] if with_notes else []
        )
    owner: dict[GoalId, PartnerId] = {g.id: g.partner_id for g in goals if g.id is not None}
    goals_of: defaultdict[PartnerId, list[SharedGoal]] = defaultdict(list)
    updates_of: defaultdict[PartnerId, list[GoalUpdate]] = defaultdict(list)
    notes_of: defaultdict[PartnerId, list[CommunicationNote]] = defaultdict(list)
    for goal in goals:
        goals_of[goal.partner_id].append(goal)
    for update in updates:
        if update.goal_id in owner:
            updates_of[owner[update.goal_id]].append(update)
    for note in notes:
        notes_of[note.partner_id].append(note)
    return {
        pid: PartnerDossier(
            partner=partner,
            goals=tuple(goals_of[pid]),
            goal_updates=tuple(updates_of[pid]),
            notes=tuple(notes_of[pid]),
        )
        for pid, partner in partners.items()
    }


def _overdue_promises(
    uow: UnitOfWork, dossiers: dict[PartnerId, PartnerDossier], today: date
) -> dict[PartnerId, int]:
    """How many overdue promises each partner has (one query with storage)."""
    portfolio = uow.portfolio
    if isinstance(portfolio, HealthRecordsRepository):
        promises: list[Promise] = portfolio.live_promises()
    else:
        promises = [p for pid in dossiers for p in uow.promises.list_for_partner(pid)]
    counts: defaultdict[PartnerId, int] = defaultdict(int)
    for promise in promises:
        if promise.is_overdue(today):
            counts[promise.partner_id] += 1
    return dict(counts)
