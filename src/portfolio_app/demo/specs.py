"""Shapes of the static demo data, which the generator turns into dated domain records.

Every period is counted in months before (or, when negative, after) the day the demo is
generated, so the portfolio always looks current.
"""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.domain.agreement import (
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    Decision,
    NoticeAnchor,
    PeriodUnit,
)
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.note import Channel, Mood
from portfolio_app.domain.partner import PartnerStatus

FOOD = "Verpflegung"
LOGISTICS = "Logistik"
PEOPLE = "Personal"
"""Categories in the user's own wording, beside the built-in ones."""

Notice = tuple[int, PeriodUnit, NoticeAnchor]
"""A notice period and the day it runs to."""

N3M_TERM: Notice = (3, PeriodUnit.MONTHS, NoticeAnchor.END_OF_TERM)
N6M_TERM: Notice = (6, PeriodUnit.MONTHS, NoticeAnchor.END_OF_TERM)
N1M_TERM: Notice = (1, PeriodUnit.MONTHS, NoticeAnchor.END_OF_TERM)
N30D_TERM: Notice = (30, PeriodUnit.DAYS, NoticeAnchor.END_OF_TERM)
N3M_QUARTER: Notice = (3, PeriodUnit.MONTHS, NoticeAnchor.END_OF_QUARTER)
N6W_QUARTER: Notice = (6, PeriodUnit.WEEKS, NoticeAnchor.END_OF_QUARTER)
N6W_MONTH: Notice = (6, PeriodUnit.WEEKS, NoticeAnchor.END_OF_MONTH)
N1M_MONTH: Notice = (1, PeriodUnit.MONTHS, NoticeAnchor.END_OF_MONTH)
N3M_MONTH: Notice = (3, PeriodUnit.MONTHS, NoticeAnchor.END_OF_MONTH)
N4W_ANY: Notice = (4, PeriodUnit.WEEKS, NoticeAnchor.ANY_DAY)
N4W_MONTH: Notice = (4, PeriodUnit.WEEKS, NoticeAnchor.END_OF_MONTH)

GoalStep = tuple[GoalStatus, str | None]
"""A goal's status and KPI value (``None`` without a KPI) at one point of its history."""


@dataclass(frozen=True, slots=True)
class ContactSpec:
    """A person at the partner; the e-mail address is derived from name and website."""

    name: str
    role: str
    phone: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AgreementSpec:
    """An agreement that started on the first of the month ``months_ago`` months back.

    ``term`` is the minimum term in months (``None``: open-ended). A running agreement
    with ``renewal`` ends at the end of its current term; ``ended_months`` fixes the end
    to the last day of the month that many months back. ``decision`` is what was decided
    about the coming notice deadline (a terminated agreement is always "cancel").
    """

    title: str
    kind: AgreementKind
    value: str | None
    billing: BillingPeriod
    months_ago: int
    term: int | None = 12
    notice: Notice | None = N3M_TERM
    renewal: int | None = 12
    status: AgreementStatus = AgreementStatus.ACTIVE
    ended_months: int | None = None
    notes: str = ""
    decision: Decision | None = None
    decision_reasons: str = ""


@dataclass(frozen=True, slots=True)
class GoalSpec:
    """A shared goal set ``months_ago`` months back, due at the end of month ``due_months``.

    ``steps`` holds the state when the goal was set, then one entry per later update;
    each update must change the status or the KPI value.
    """

    title: str
    description: str
    months_ago: int
    due_months: int
    steps: tuple[GoalStep, ...]
    kpi: tuple[str, str, str] | None = None
    """Unit, baseline and target."""


@dataclass(frozen=True, slots=True)
class IncidentSpec:
    """A hand-written misunderstanding; an empty ``resolution`` means still unresolved."""

    months_ago: int
    subject: str
    channel: Channel
    body: str
    outcome: str
    resolution: str
    mood: Mood = Mood.TENSE
    follow_up: str = ""


@dataclass(frozen=True, slots=True)
class PartnerSpec:
    """One partner with everything that belongs to it.

    ``since_months`` dates the start of the partnership (for a prospect: the first
    contact). ``quiet_months`` is how long nobody has talked to a paused or ended partner.
    ``note_count`` is the range of generated notes besides the incidents.
    """

    name: str
    short: str
    category: str
    status: PartnerStatus
    since_months: int
    street: str
    city: str
    domain: str
    description: str
    wants: str
    avoids: str
    tags: tuple[str, ...]
    owner: str
    contacts: tuple[ContactSpec, ...]
    agreements: tuple[AgreementSpec, ...]
    topics: tuple[str, ...]
    goals: tuple[GoalSpec, ...] = ()
    incidents: tuple[IncidentSpec, ...] = ()
    note_count: tuple[int, int] = (4, 8)
    quiet_months: int = 0
