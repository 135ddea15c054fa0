"""The portfolio at a glance: what the start page shows, computed from plain records.

Everything here is pure: the service reads the records and passes them in with ``today``.
"Attention" lists (contacts overdue, partners without an owner, the risk rows) look only
at partners that are neither archived nor ended; counts by status and category include
every live partner. Amounts are annual costs in the home currency (other currencies are
not mixed in), as :mod:`portfolio_app.domain.costs` computes them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal

from portfolio_app.domain.goal import GoalStatus, SharedGoal
from portfolio_app.domain.health import HealthBand, band_for
from portfolio_app.domain.ids import GoalId, NoteId, PartnerId
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Criticality, Partner, PartnerStatus

LOWEST_HEALTH_COUNT = 5
"""How many partners the "lowest health" list shows."""

CONCENTRATION_WARNING = 0.6
"""A category where one partner holds at least this share of the spend is flagged."""


@dataclass(frozen=True, slots=True)
class HealthLine:
    """A partner and its health score."""

    partner_id: PartnerId
    name: str
    score: int
    band: HealthBand


@dataclass(frozen=True, slots=True)
class OpenMisunderstanding:
    """A note flagged as a misunderstanding that has no resolution yet."""

    note_id: NoteId
    partner_id: PartnerId
    partner_name: str
    when: datetime
    subject: str


@dataclass(frozen=True, slots=True)
class GoalAtRisk:
    """An open goal marked at risk, or past its target date."""

    goal_id: GoalId
    partner_id: PartnerId
    partner_name: str
    title: str
    status: GoalStatus
    target_date: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class ContactOverdue:
    """A partner whose last contact is older than its expected cadence."""

    partner_id: PartnerId
    name: str
    cadence_days: int
    last_contact: date | None
    """The local day of the newest note; ``None``: never in contact."""
    days_overdue: int | None
    """Days past the cadence; ``None`` when there was never any contact."""


@dataclass(frozen=True, slots=True)
class RiskLine:
    """A partner's annual cost next to how much the business depends on it."""

    partner_id: PartnerId
    name: str
    category: str
    criticality: Criticality
    annual: Decimal
    share_of_category: float | None
    """This partner's fraction of its category's annual spend (``None``: no spend)."""
    internal_owner: str


@dataclass(frozen=True, slots=True)
class CategoryConcentration:
    """How much of a category's spend the largest partner in it holds."""

    category: str
    total: Decimal
    partners: int
    """Partners in the category with a running cost."""
    top_partner_id: PartnerId
    top_partner_name: str
    top_share: float

    @property
    def concentrated(self) -> bool:
        """Whether one partner holds at least :data:`CONCENTRATION_WARNING` of the spend."""
        return self.top_share >= CONCENTRATION_WARNING


@dataclass(frozen=True, slots=True)
class CriticalityCost:
    """Partners and their annual cost for one level of criticality."""

    criticality: Criticality
    partners: int
    annual: Decimal


@dataclass(frozen=True, slots=True)
class PortfolioDashboard:
    """Everything the start page shows."""

    today: date
    partner_count: int
    by_status: tuple[tuple[PartnerStatus, int], ...]
    by_category: tuple[tuple[str, int], ...]
    lowest_health: tuple[HealthLine, ...]
    misunderstandings: tuple[OpenMisunderstanding, ...]
    goals_at_risk: tuple[GoalAtRisk, ...]
    contacts_overdue: tuple[ContactOverdue, ...]
    risk: tuple[RiskLine, ...]
    """Partners with a cost or high criticality, riskiest first."""
    by_criticality: tuple[CriticalityCost, ...]
    concentration: tuple[CategoryConcentration, ...]
    without_owner: tuple[tuple[PartnerId, str], ...]


def needs_attention(partner: Partner) -> bool:
    """Whether a partner belongs on the attention lists: not archived, not ended."""
    return not partner.archived and partner.status is not PartnerStatus.ENDED


def last_contact_days(
    notes: Iterable[CommunicationNote], today: date, tz: tzinfo | None = None
) -> dict[PartnerId, date]:
    """Each partner's newest note's local day in ``tz``, counting notes up to ``today``."""
    last: dict[PartnerId, date] = {}
    for note in notes:
        day = note.when.astimezone(tz).date()
        if day <= today and (note.partner_id not in last or day > last[note.partner_id]):
            last[note.partner_id] = day
    return last


def build_dashboard(
    partners: Sequence[Partner],
    flagged_notes: Iterable[CommunicationNote],
    last_contact: Mapping[PartnerId, date],
    goals: Iterable[SharedGoal],
    annual_costs: Mapping[PartnerId, Decimal],
    scores: Mapping[PartnerId, int],
    today: date,
) -> PortfolioDashboard:
    """The dashboard of ``partners`` as of ``today``.

    ``flagged_notes`` are (at least) the notes flagged as misunderstandings;
    ``last_contact`` holds each partner's newest note's day (see
    :func:`last_contact_days`); ``annual_costs`` each partner's running annual cost in the
    home currency; ``scores`` each partner's health score. Records of partners not in
    ``partners`` are ignored.
    """
    by_id = {p.id: p for p in partners if p.id is not None}
    notes = [note for note in flagged_notes if note.partner_id in by_id]
    attention = [p for p in by_id.values() if needs_attention(p)]
    return PortfolioDashboard(
        today=today,
        partner_count=len(by_id),
        by_status=_by_status(by_id.values()),
        by_category=_by_category(by_id.values()),
        lowest_health=_lowest_health(attention, scores),
        misunderstandings=_misunderstandings(notes, by_id),
        goals_at_risk=_goals_at_risk(goals, by_id, today),
        contacts_overdue=_contacts_overdue(attention, last_contact, today),
        risk=_risk(attention, annual_costs),
        by_criticality=_by_criticality(attention, annual_costs),
        concentration=_concentration(attention, annual_costs),
        without_owner=tuple(
            (p.id, p.name)
            for p in sorted(attention, key=_name_key)
            if p.id is not None and not p.internal_owner.strip()
        ),
    )


def _name_key(partner: Partner) -> str:
    return partner.name.casefold()


def _by_status(partners: Iterable[Partner]) -> tuple[tuple[PartnerStatus, int], ...]:
    counts = Counter(p.status for p in partners)
    return tuple((status, counts[status]) for status in PartnerStatus if counts[status])


def _by_category(partners: Iterable[Partner]) -> tuple[tuple[str, int], ...]:
    counts = Counter(p.category for p in partners)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def _lowest_health(
    partners: Sequence[Partner], scores: Mapping[PartnerId, int]
) -> tuple[HealthLine, ...]:
    lines = [
        HealthLine(p.id, p.name, scores[p.id], band_for(scores[p.id]))
        for p in partners
        if p.id is not None and p.id in scores
    ]
    lines.sort(key=lambda line: (line.score, line.name.casefold()))
    return tuple(lines[:LOWEST_HEALTH_COUNT])


def _misunderstandings(
    notes: Iterable[CommunicationNote], partners: Mapping[PartnerId, Partner]
) -> tuple[OpenMisunderstanding, ...]:
    found = [
        OpenMisunderstanding(
            note.id, note.partner_id, partners[note.partner_id].name, note.when, note.subject
        )
        for note in notes
        if note.id is not None and note.misunderstanding and not note.resolution.strip()
    ]
    found.sort(key=lambda item: (item.when, item.note_id), reverse=True)
    return tuple(found)


def _goals_at_risk(
    goals: Iterable[SharedGoal], partners: Mapping[PartnerId, Partner], today: date
) -> tuple[GoalAtRisk, ...]:
    found = []
    for goal in goals:
        partner = partners.get(goal.partner_id)
        if goal.id is None or partner is None:
            continue
        overdue = goal.is_overdue(today)
        if overdue or goal.status is GoalStatus.AT_RISK:
            found.append(
                GoalAtRisk(
                    goal.id,
                    goal.partner_id,
                    partner.name,
                    goal.title,
                    goal.status,
                    goal.target_date,
                    overdue,
                )
            )
    found.sort(key=lambda g: (g.target_date or date.max, g.partner_name.casefold(), g.title))
    return tuple(found)


def _contacts_overdue(
    partners: Sequence[Partner], last: Mapping[PartnerId, date], today: date
) -> tuple[ContactOverdue, ...]:
    found = []
    for partner in partners:
        cadence = partner.contact_cadence_days
        if partner.id is None or cadence is None or partner.status is not PartnerStatus.ACTIVE:
            continue
        seen = last.get(partner.id)
        if seen is None:
            found.append(ContactOverdue(partner.id, partner.name, cadence, None, None))
            continue
        overdue = (today - seen).days - cadence
        if overdue > 0:
            found.append(ContactOverdue(partner.id, partner.name, cadence, seen, overdue))
    found.sort(key=lambda c: (c.days_overdue is None, -(c.days_overdue or 0), c.name.casefold()))
    return tuple(found)


_CRITICALITY_RANK = {Criticality.HIGH: 0, Criticality.MEDIUM: 1, Criticality.LOW: 2}


def _category_totals(
    partners: Sequence[Partner], costs: Mapping[PartnerId, Decimal]
) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for partner in partners:
        amount = costs.get(partner.id) if partner.id is not None else None
        if amount:
            totals[partner.category] = totals.get(partner.category, Decimal(0)) + amount
    return totals


def _risk(partners: Sequence[Partner], costs: Mapping[PartnerId, Decimal]) -> tuple[RiskLine, ...]:
    totals = _category_totals(partners, costs)
    lines = []
    for partner in partners:
        if partner.id is None:
            continue
        annual = costs.get(partner.id, Decimal(0))
        if not annual and partner.criticality is not Criticality.HIGH:
            continue
        total = totals.get(partner.category)
        share = float(annual / total) if total and annual else None
        lines.append(
            RiskLine(
                partner.id,
                partner.name,
                partner.category,
                partner.criticality,
                annual,
                share,
                partner.internal_owner,
            )
        )
    lines.sort(key=lambda r: (_CRITICALITY_RANK[r.criticality], -r.annual, r.name.casefold()))
    return tuple(lines)


def _by_criticality(
    partners: Sequence[Partner], costs: Mapping[PartnerId, Decimal]
) -> tuple[CriticalityCost, ...]:
    result = []
    for level in (Criticality.HIGH, Criticality.MEDIUM, Criticality.LOW):
        members = [p for p in partners if p.criticality is level and p.id is not None]
        total = sum((costs.get(p.id, Decimal(0)) for p in members if p.id), Decimal(0))
        result.append(CriticalityCost(level, len(members), total))
    return tuple(result)


def _concentration(
    partners: Sequence[Partner], costs: Mapping[PartnerId, Decimal]
) -> tuple[CategoryConcentration, ...]:
    members: dict[str, list[tuple[Decimal, Partner]]] = {}
    for partner in partners:
        amount = costs.get(partner.id) if partner.id is not None else None
        if amount and amount > 0:
            members.setdefault(partner.category, []).append((amount, partner))
    result = []
    for category, spend in members.items():
        total = sum((amount for amount, _ in spend), Decimal(0))
        top_amount, top = max(spend, key=lambda item: item[0])
        if top.id is None:
            continue
        result.append(
            CategoryConcentration(
                category, total, len(spend), top.id, top.name, float(top_amount / total)
            )
        )
    result.sort(key=lambda c: (-c.total, c.category.casefold()))
    return tuple(result)
