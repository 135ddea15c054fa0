"""Translated, human wording for the domain's enum values."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from portfolio_app.domain.agreement import (
    AgreementKind,
    AgreementStatus,
    BillingPeriod,
    Decision,
    NoticeAnchor,
    NoticeForm,
    PeriodUnit,
)
from portfolio_app.domain.deadlines import DeadlineKind, Urgency
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.note import Channel, Mood
from portfolio_app.domain.partner import Criticality, PartnerCategory, PartnerStatus
from portfolio_app.domain.promise import PromiseDirection, PromiseState

_CONTEXT = "Labels"

_LABELS: dict[enum.Enum, object] = {
    PartnerStatus.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospect"),
    PartnerStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    PartnerStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    PartnerStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
    PartnerCategory.MARKETING: QT_TRANSLATE_NOOP("Labels", "Marketing"),
    PartnerCategory.IT_SERVICES: QT_TRANSLATE_NOOP("Labels", "IT services"),
    PartnerCategory.PRINT: QT_TRANSLATE_NOOP("Labels", "Print"),
    PartnerCategory.FACILITY: QT_TRANSLATE_NOOP("Labels", "Facility / cleaning"),
    PartnerCategory.FLEET: QT_TRANSLATE_NOOP("Labels", "Fleet / leasing"),
    PartnerCategory.OFFICE_EQUIPMENT: QT_TRANSLATE_NOOP("Labels", "Office equipment"),
    PartnerCategory.CONSULTING: QT_TRANSLATE_NOOP("Labels", "Consulting"),
    PartnerCategory.STARTUP: QT_TRANSLATE_NOOP("Labels", "Start-up cooperation"),
    PartnerCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    Criticality.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Criticality.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Criticality.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    AgreementKind.SERVICE_CONTRACT: QT_TRANSLATE_NOOP("Labels", "Service contract"),
    AgreementKind.LEASE: QT_TRANSLATE_NOOP("Labels", "Lease"),
    AgreementKind.SLA: QT_TRANSLATE_NOOP("Labels", "SLA"),
    AgreementKind.FRAMEWORK: QT_TRANSLATE_NOOP("Labels", "Framework agreement"),
    AgreementKind.COOPERATION: QT_TRANSLATE_NOOP("Labels", "Cooperation"),
    AgreementKind.NDA: QT_TRANSLATE_NOOP("Labels", "NDA"),
    AgreementKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    AgreementStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("Labels", "Terminated"),
    AgreementStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    PeriodUnit.DAYS: QT_TRANSLATE_NOOP("Labels", "days"),
    PeriodUnit.WEEKS: QT_TRANSLATE_NOOP("Labels", "weeks"),
    PeriodUnit.MONTHS: QT_TRANSLATE_NOOP("Labels", "months"),
    NoticeAnchor.ANY_DAY: QT_TRANSLATE_NOOP("Labels", "to any day"),
    NoticeAnchor.END_OF_MONTH: QT_TRANSLATE_NOOP("Labels", "to the end of a month"),
    NoticeAnchor.END_OF_QUARTER: QT_TRANSLATE_NOOP("Labels", "to the end of a quarter"),
    NoticeAnchor.END_OF_TERM: QT_TRANSLATE_NOOP("Labels", "to the end of the term"),
    BillingPeriod.ONE_OFF: QT_TRANSLATE_NOOP("Labels", "one-off"),
    BillingPeriod.MONTHLY: QT_TRANSLATE_NOOP("Labels", "per month"),
    BillingPeriod.QUARTERLY: QT_TRANSLATE_NOOP("Labels", "per quarter"),
    BillingPeriod.YEARLY: QT_TRANSLATE_NOOP("Labels", "per year"),
    NoticeForm.WRITTEN: QT_TRANSLATE_NOOP("Labels", "Written form (letter signed by hand)"),
    NoticeForm.TEXT: QT_TRANSLATE_NOOP("Labels", "Text form (e-mail, fax or letter)"),
    Decision.RENEW: QT_TRANSLATE_NOOP("Labels", "Renew"),
    Decision.RENEGOTIATE: QT_TRANSLATE_NOOP("Labels", "Renegotiate"),
    Decision.SWITCH: QT_TRANSLATE_NOOP("Labels", "Switch partner"),
    Decision.CANCEL: QT_TRANSLATE_NOOP("Labels", "Cancel"),
    DeadlineKind.NOTICE: QT_TRANSLATE_NOOP("Labels", "Last notice day"),
    DeadlineKind.AGREEMENT_END: QT_TRANSLATE_NOOP("Labels", "Agreement ends"),
    DeadlineKind.RENEWAL: QT_TRANSLATE_NOOP("Labels", "Renewal"),
    DeadlineKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up due"),
    DeadlineKind.GOAL_OVERDUE: QT_TRANSLATE_NOOP("Labels", "Goal past target date"),
    DeadlineKind.PROMISE_WE_OWE: QT_TRANSLATE_NOOP("Labels", "We owe"),
    DeadlineKind.PROMISE_THEY_OWE: QT_TRANSLATE_NOOP("Labels", "They owe"),
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    Urgency.SOON: QT_TRANSLATE_NOOP("Labels", "Within 14 days"),
    Urgency.LATER: QT_TRANSLATE_NOOP("Labels", "Later"),
    GoalStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    GoalStatus.ON_TRACK: QT_TRANSLATE_NOOP("Labels", "On track"),
    GoalStatus.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At risk"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    Channel.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video call"),
    Channel.CHAT: QT_TRANSLATE_NOOP("Labels", "Chat"),
    Channel.ON_SITE: QT_TRANSLATE_NOOP("Labels", "On site"),
    Mood.GOOD: QT_TRANSLATE_NOOP("Labels", "Good"),
    Mood.NEUTRAL: QT_TRANSLATE_NOOP("Labels", "Neutral"),
    Mood.TENSE: QT_TRANSLATE_NOOP("Labels", "Tense"),
    PromiseDirection.WE_OWE: QT_TRANSLATE_NOOP("Labels", "We owe them"),
    PromiseDirection.THEY_OWE: QT_TRANSLATE_NOOP("Labels", "They owe us"),
    PromiseState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    PromiseState.KEPT: QT_TRANSLATE_NOOP("Labels", "Kept"),
    PromiseState.BROKEN: QT_TRANSLATE_NOOP("Labels", "Broken"),
    PromiseState.RELEASED: QT_TRANSLATE_NOOP("Labels", "Released"),
}


def label(value: enum.Enum) -> str:
    """The translated wording for an enum value."""
    return QCoreApplication.translate(_CONTEXT, str(_LABELS[value]))


def category_label(category: str) -> str:
    """A built-in category translated; a user's own category as typed."""
    try:
        return label(PartnerCategory(category))
    except ValueError:
        return category
