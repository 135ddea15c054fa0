"""Health scores of partners: one for the detail view, all of them for the list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
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
from portfolio_app.domain.partner import Partner
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
        partners = uow.partners.list_all()
        goals, updates, promises = _goal_and_promise_records(uow, partners)
        return scores_from_facts(
            partners, goals, updates, portfolio.note_facts(today), promises, today
        )


def scores_from_facts(
    partners: Iterable[Partner],
    goals: Iterable[SharedGoal],
    updates: Iterable[GoalUpdate],
    facts: Mapping[PartnerId, NoteFacts],
    promises: Iterable[Promise],
    today: date,
) -> dict[PartnerId, HealthScore]:
    """The score of each of ``partners`` (in their order) from already read records.

    ``facts`` holds the note facts per partner (none: no notes); records of other partners
    are ignored. What :meth:`HealthService.all_scores` gives, for reads that need the
    records for more than the scores (the dashboard).
    """
    return dict(iter_scores(partners, goals, updates, facts, promises, today))


def iter_scores(
    partners: Iterable[Partner],
    goals: Iterable[SharedGoal],
    updates: Iterable[GoalUpdate],
    facts: Mapping[PartnerId, NoteFacts],
    promises: Iterable[Promise],
    today: date,
) -> Iterator[tuple[PartnerId, HealthScore]]:
    """:func:`scores_from_facts` one partner at a time, for reads that keep only the number."""
    by_id = {p.id: p for p in partners if p.id is not None}
    goals_of, updates_of, _notes_of = _by_partner(by_id, goals, updates, ())
    overdue = _count_overdue(promises, today)
    for partner_id, partner in by_id.items():
        yield (
            partner_id,
            score_from_facts(
                partner,
                goals_of.get(partner_id, ()),
                updates_of.get(partner_id, ()),
                facts.get(partner_id, _NO_FACTS),
                today,
                cadence_days=partner.contact_cadence_days,
                overdue_promises=overdue.get(partner_id, 0),
            ),
        )


_NO_FACTS = NoteFacts()


def _goal_and_promise_records(
    uow: UnitOfWork, partners: Iterable[Partner]
) -> tuple[list[SharedGoal], list[GoalUpdate], list[Promise]]:
    """The live goals, their history and the promises of every live partner."""
    portfolio = uow.portfolio
    if isinstance(portfolio, HealthRecordsRepository):
        return portfolio.live_goals(), portfolio.live_goal_updates(), portfolio.live_promises()
    ids = [p.id for p in partners if p.id is not None]
    goals = [g for pid in ids for g in uow.goals.list_for_partner(pid)]
    updates = uow.goal_updates.list_for_goals([g.id for g in goals if g.id is not None])
    promises = [p for pid in ids for p in uow.promises.list_for_partner(pid)]
    return goals, updates, promises


def _all_dossiers(uow: UnitOfWork) -> dict[PartnerId, PartnerDossier]:
    """Dossiers with what the score reads: the partner, its goals, their history, notes.

    Contacts and agreements are left empty; the score does not look at them.
    """
    partners = {p.id: p for p in uow.partners.list_all() if p.id is not None}
    portfolio = uow.portfolio
    if isinstance(portfolio, HealthRecordsRepository):
        goals: list[SharedGoal] = portfolio.live_goals()
        updates: list[GoalUpdate] = portfolio.live_goal_updates()
        notes: list[CommunicationNote] = portfolio.live_notes()
    else:
        goals = [g for pid in partners for g in uow.goals.list_for_partner(pid)]
        updates = uow.goal_updates.list_for_goals([g.id for g in goals if g.id is not None])
        notes = [n for pid in partners for n in uow.notes.list_for_partner(pid)]
    goals_of, updates_of, notes_of = _by_partner(partners, goals, updates, notes)
    return {
        pid: PartnerDossier(
            partner=partner,
            goals=tuple(goals_of.get(pid, ())),
            goal_updates=tuple(updates_of.get(pid, ())),
            notes=tuple(notes_of.get(pid, ())),
        )
        for pid, partner in partners.items()
    }


def _by_partner(
    partners: Mapping[PartnerId, Partner],
    goals: Iterable[SharedGoal],
    updates: Iterable[GoalUpdate],
    notes: Iterable[CommunicationNote],
) -> tuple[
    dict[PartnerId, list[SharedGoal]],
    dict[PartnerId, list[GoalUpdate]],
    dict[PartnerId, list[CommunicationNote]],
]:
    """Goals, goal updates (by their goal's partner) and notes grouped by partner."""
    owner: dict[GoalId, PartnerId] = {}
    goals_of: defaultdict[PartnerId, list[SharedGoal]] = defaultdict(list)
    updates_of: defaultdict[PartnerId, list[GoalUpdate]] = defaultdict(list)
    notes_of: defaultdict[PartnerId, list[CommunicationNote]] = defaultdict(list)
    for goal in goals:
        if goal.id is not None:
            owner[goal.id] = goal.partner_id
        if goal.partner_id in partners:
            goals_of[goal.partner_id].append(goal)
    for update in updates:
        if update.goal_id in owner:
            updates_of[owner[update.goal_id]].append(update)
    for note in notes:
        notes_of[note.partner_id].append(note)
    return goals_of, updates_of, notes_of


def _count_overdue(promises: Iterable[Promise], today: date) -> dict[PartnerId, int]:
    """How many overdue promises each partner has."""
    counts: defaultdict[PartnerId, int] = defaultdict(int)
    for promise in promises:
        if promise.is_overdue(today):
            counts[promise.partner_id] += 1
    return dict(counts)


def _overdue_promises(
    uow: UnitOfWork, dossiers: dict[PartnerId, PartnerDossier], today: date
) -> dict[PartnerId, int]:
    """How many overdue promises each partner has (one query with storage)."""
    portfolio = uow.portfolio
    if isinstance(portfolio, HealthRecordsRepository):
        promises: list[Promise] = portfolio.live_promises()
    else:
        promises = [p for pid in dossiers for p in uow.promises.list_for_partner(pid)]
    return _count_overdue(promises, today)
