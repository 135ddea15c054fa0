"""Turn the static catalogue into a dated, seeded demo portfolio and store it.

Everything depends only on ``today`` and ``seed``: dates are counted back from ``today``
and every random choice comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import calendar
import dataclasses
import itertools
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from portfolio_app.demo.agreement_details import contract_number, with_notice_details
from portfolio_app.demo.care import cadence_of, criticality_of
from portfolio_app.demo.catalogue import PARTNERS
from portfolio_app.demo.company import DMS_URL
from portfolio_app.demo.notes import EVERYDAY, FIRST_CONTACT, MONTHS, NoteTemplate
from portfolio_app.demo.promises import store_promises
from portfolio_app.demo.specs import AgreementSpec, GoalSpec, IncidentSpec, PartnerSpec
from portfolio_app.demo.transaction import SharedUnitOfWork
from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticeAnchor,
    NoticePeriod,
)
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.goal import GoalStatus, Kpi, SharedGoal
from portfolio_app.domain.ids import GoalId, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote, FollowUp
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.services.catalog import Services, build_services
from portfolio_app.services.goals import GoalService
from portfolio_app.services.ports import UnitOfWorkFactory

DEFAULT_SEED = 2026
WINDOW_MONTHS = 36
"""Notes reach back this far."""

_NO_PARTNER = PartnerId(0)
_CET = timezone(timedelta(hours=1), "MEZ")
_CEST = timezone(timedelta(hours=2), "MESZ")
_NOTE_HOURS = (8, 9, 10, 11, 13, 14, 15, 16)
_CLOSED_GOAL = (GoalStatus.ACHIEVED, GoalStatus.DROPPED)
_EMAIL_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})
_TITLES = frozenset({"Dr.", "med.", "Prof."})
_FOLLOW_UPS_CLOSED_AFTER = timedelta(days=60)
"""Follow-ups due longer ago than this are done (unresolved incidents' ones stay open)."""


@dataclass(frozen=True, slots=True)
class GoalPlan:
    """A goal as set on ``set_on``, then its later states, each with the day it changed."""

    goal: SharedGoal
    set_on: date
    updates: tuple[tuple[date, SharedGoal], ...] = ()


@dataclass(frozen=True, slots=True)
class PartnerPlan:
    """A partner and its records before storing; the records point at partner id 0."""

    partner: Partner
    contacts: tuple[ContactPerson, ...]
    agreements: tuple[Agreement, ...]
    goals: tuple[GoalPlan, ...]
    notes: tuple[CommunicationNote, ...]


class DemoClock:
    """A clock the generator sets to the day of each goal event (noon, local time)."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.today = day

    def set_day(self, day: date) -> None:
        """Let the services see ``day`` as today (never a day after the demo's today)."""
        self.day = min(day, self.today)

    def __call__(self) -> datetime:
        """Noon of ``day`` in the system's zone, so services see ``day`` as today."""
        return datetime.combine(self.day, time(12)).astimezone()


def populate_demo(uow_factory: UnitOfWorkFactory, *, today: date, seed: int = DEFAULT_SEED) -> None:
    """Fill an empty, migrated database with the demo portfolio through the services.

    All service calls share one unit of work, committed at the end: a failure leaves the
    database as it was, and the disk is synced once instead of several hundred times.

    Raises:
        ConflictError: The database already holds a partner of the same name.
    """
    clock = DemoClock(today)
    with uow_factory() as uow:
        shared = SharedUnitOfWork(uow)
        services = build_services(lambda: shared, clock)
        for plan in plan_demo(today=today, seed=seed):
            _store(services, clock, plan)
        store_promises(services, clock.set_day, today)
        uow.commit()


def plan_demo(*, today: date, seed: int = DEFAULT_SEED) -> tuple[PartnerPlan, ...]:
    """The demo portfolio as unsaved domain objects, identical for equal arguments."""
    rng = random.Random(seed)
    numbers = itertools.count(1)
    return tuple(_plan_partner(spec, today, rng, numbers) for spec in PARTNERS)


def _store(services: Services, clock: DemoClock, plan: PartnerPlan) -> None:
    # The clock follows the story, so the audit trail says when each record was entered.
    since = plan.partner.partner_since or clock.today
    clock.day = min(since, clock.today)
    created = services.partners.add_partner(plan.partner).created
    assert created is not None
    partner_id = PartnerId(created.id)
    for contact in plan.contacts:
        services.contacts.add(dataclasses.replace(contact, partner_id=partner_id))
    for agreement in plan.agreements:
        clock.day = min(max(agreement.start_date or since, since), clock.today)
        services.agreements.add(dataclasses.replace(agreement, partner_id=partner_id))
    for goal_plan in plan.goals:
        _store_goal(services.goals, clock, goal_plan, partner_id)
    for note in plan.notes:
        clock.day = min(note.when.astimezone().date(), clock.today)
        services.notes.add(dataclasses.replace(note, partner_id=partner_id))
    clock.day = clock.today


def _store_goal(goals: GoalService, clock: DemoClock, plan: GoalPlan, partner: PartnerId) -> None:
    clock.day = plan.set_on
    created = goals.add(dataclasses.replace(plan.goal, partner_id=partner)).created
    assert created is not None
    for day, state in plan.updates:
        clock.day = day
        goals.update(dataclasses.replace(state, id=GoalId(created.id), partner_id=partner))


def _plan_partner(
    spec: PartnerSpec, today: date, rng: random.Random, numbers: Iterator[int]
) -> PartnerPlan:
    first_contact = _month_start(today, spec.since_months)
    return PartnerPlan(
        partner=_partner(spec, first_contact),
        contacts=tuple(
            ContactPerson(
                id=None,
                partner_id=_NO_PARTNER,
                name=contact.name,
                role=contact.role,
                email=_email(contact.name, spec.domain),
                phone=contact.phone,
                is_primary=index == 0,
                notes=contact.notes,
            )
            for index, contact in enumerate(spec.contacts)
        ),
        agreements=tuple(_agreement(item, spec, today, next(numbers)) for item in spec.agreements),
        goals=tuple(_goal(item, spec.owner, today, first_contact, rng) for item in spec.goals),
        notes=_notes(spec, today, first_contact, rng),
    )


def _partner(spec: PartnerSpec, first_contact: date) -> Partner:
    return Partner(
        id=None,
        name=spec.name,
        category=spec.category,
        status=spec.status,
        partner_since=None if spec.status is PartnerStatus.PROSPECT else first_contact,
        website=f"https://www.{spec.domain}",
        address=f"{spec.street}\n{spec.city}",
        description=spec.description,
        values_expectations=f"Was wir wollen: {spec.wants}\n\nWas wir nicht wollen: {spec.avoids}",
        tags=spec.tags,
        internal_owner=spec.owner,
        criticality=criticality_of(spec),
        contact_cadence_days=cadence_of(spec),
    )


def _email(name: str, domain: str) -> str:
    words = [word for word in name.split() if word not in _TITLES]
    local = f"{words[0]}.{words[-1]}".lower().translate(_EMAIL_LETTERS)
    ascii_local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return f"{ascii_local}@{domain}"


def _agreement(spec: AgreementSpec, partner: PartnerSpec, today: date, number: int) -> Agreement:
    start = _month_start(today, spec.months_ago)
    notice = spec.notice
    agreement = Agreement(
        id=None,
        partner_id=_NO_PARTNER,
        title=spec.title,
        kind=spec.kind,
        status=spec.status,
        start_date=start,
        end_date=_end_date(spec, start, today),
        minimum_term_months=spec.term,
        notice_period=None if notice is None else NoticePeriod(notice[0], notice[1]),
        notice_anchor=NoticeAnchor.END_OF_TERM if notice is None else notice[2],
        renewal_months=spec.renewal,
        value=None if spec.value is None else Money.of(spec.value),
        billing_period=spec.billing,
        document_link=""
        if spec.status is AgreementStatus.DRAFT
        else f"{DMS_URL}/{contract_number(start, number)}",
        notes=spec.notes,
    )
    return with_notice_details(agreement, partner, spec, today, number)


def _end_date(spec: AgreementSpec, start: date, today: date) -> date | None:
    """End of the current term: running agreements that renew roll on past ``today``."""
    if spec.ended_months is not None:
        return _month_start(today, spec.ended_months) - timedelta(days=1)
    if spec.term is None:
        return None
    months = spec.term
    running = spec.status in (AgreementStatus.ACTIVE, AgreementStatus.TERMINATED)
    while spec.renewal and running and _add_months(start, months) <= today:
        months += spec.renewal
    return _add_months(start, months) - timedelta(days=1)


def _goal(spec: GoalSpec, owner: str, today: date, earliest: date, rng: random.Random) -> GoalPlan:
    set_on = _add_months(today, -spec.months_ago) + timedelta(days=rng.randint(0, 20))
    set_on = min(max(set_on, earliest), today - timedelta(days=14))
    target = _month_start(today, -spec.due_months - 1) - timedelta(days=1)
    states = [_goal_state(spec, owner, target, status, value) for status, value in spec.steps]
    last = today - timedelta(days=1)
    if spec.steps[-1][0] in _CLOSED_GOAL:
        last = min(last, target + timedelta(days=21))
    span = max((last - set_on).days, len(states))
    offsets = sorted(rng.sample(range(1, span + 1), len(states) - 1))
    days = [min(set_on + timedelta(days=offset), today) for offset in offsets]
    return GoalPlan(states[0], set_on, tuple(zip(days, states[1:], strict=True)))


def _goal_state(
    spec: GoalSpec, owner: str, target: date, status: GoalStatus, value: str | None
) -> SharedGoal:
    kpi = None
    if spec.kpi is not None:
        unit, baseline, goal = spec.kpi
        current = None if value is None else Decimal(value)
        kpi = Kpi(unit, Decimal(baseline), Decimal(goal), current)
    return SharedGoal(
        id=None,
        partner_id=_NO_PARTNER,
        title=spec.title,
        description=spec.description,
        owner=owner,
        target_date=target,
        status=status,
        kpi=kpi,
    )


def _notes(
    spec: PartnerSpec, today: date, first_contact: date, rng: random.Random
) -> tuple[CommunicationNote, ...]:
    first = max(_add_months(today, -WINDOW_MONTHS), first_contact)
    last = _add_months(today, -spec.quiet_months) - timedelta(days=1)
    count = rng.randint(*spec.note_count)
    dated: list[tuple[date, NoteTemplate]] = []
    start = first
    if first == first_contact:  # the relationship began within the window
        dated.append((first + timedelta(days=rng.randint(0, 6)), FIRST_CONTACT))
        start = first + timedelta(days=14)
    span = (last - start).days
    prospect = spec.status is PartnerStatus.PROSPECT
    pool = [template for template in EVERYDAY if template.for_prospects or not prospect]
    for template in rng.sample(pool, count - len(dated)):
        dated.append((start + timedelta(days=rng.randint(0, span)), template))
    notes = [
        _everyday_note(spec, template, _workday(day, first), today, rng) for day, template in dated
    ]
    notes.extend(_incident_note(spec, item, today, (first, last), rng) for item in spec.incidents)
    return tuple(sorted(notes, key=lambda note: note.when))


def _everyday_note(
    spec: PartnerSpec, template: NoteTemplate, day: date, today: date, rng: random.Random
) -> CommunicationNote:
    contact = rng.choice(spec.contacts).name
    fields = {
        "partner": spec.short,
        "contact": contact,
        "owner": spec.owner,
        "topic": rng.choice(spec.topics),
        "month": MONTHS[day.month - 1],
        "quarter": str((day.month - 1) // 3 + 1),
        "year": str(day.year),
    }
    follow_up = None
    if template.follow_up:
        due = day + timedelta(days=template.due_days)
        # Left open: some recent ones; a real user has closed the old ones by now.
        done = due <= today - timedelta(days=5) and (
            rng.random() < 0.85 or due < today - _FOLLOW_UPS_CLOSED_AFTER
        )
        follow_up = FollowUp(template.follow_up.format(**fields), due, done)
    return CommunicationNote(
        id=None,
        partner_id=_NO_PARTNER,
        when=_moment(day, rng),
        subject=template.subject.format(**fields),
        channel=rng.choice(template.channels),
        participants=f"{spec.owner}, {contact}",
        body=template.body.format(**fields),
        outcome=template.outcome.format(**fields),
        mood=template.mood,
        follow_up=follow_up,
    )


def _incident_note(
    spec: PartnerSpec,
    incident: IncidentSpec,
    today: date,
    window: tuple[date, date],
    rng: random.Random,
) -> CommunicationNote:
    first, last = window
    day = _add_months(today, -incident.months_ago) + timedelta(days=rng.randint(-10, 10))
    day = _workday(min(max(day, first), last), first)
    follow_up = None
    if incident.follow_up:
        due = day + timedelta(days=14)
        closed = bool(incident.resolution) and due < today - _FOLLOW_UPS_CLOSED_AFTER
        follow_up = FollowUp(incident.follow_up, due, closed)
    return CommunicationNote(
        id=None,
        partner_id=_NO_PARTNER,
        when=_moment(day, rng),
        subject=incident.subject,
        channel=incident.channel,
        participants=f"{spec.owner}, {spec.contacts[0].name}",
        body=incident.body,
        outcome=incident.outcome,
        mood=incident.mood,
        misunderstanding=True,
        resolution=incident.resolution,
        follow_up=follow_up,
    )


def _moment(day: date, rng: random.Random) -> datetime:
    """A time during office hours on ``day``, in German local time."""
    hour, minute = rng.choice(_NOTE_HOURS), rng.choice((0, 15, 30, 45))
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return datetime.combine(day, time(hour, minute), _CEST if summer else _CET)


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _workday(day: date, first: date) -> date:
    """``day``, or for a weekend the Friday before (the Monday after if that is too early)."""
    if day.weekday() < 5:
        return day
    friday = day - timedelta(days=day.weekday() - 4)
    return friday if friday >= first else day + timedelta(days=7 - day.weekday())


def _month_start(today: date, months_ago: int) -> date:
    """The first day of the month ``months_ago`` months before ``today``'s."""
    return _add_months(today.replace(day=1), -months_ago)


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` months later (earlier if negative), clamped to month end."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, index + 1, min(day.day, calendar.monthrange(year, index + 1)[1]))
