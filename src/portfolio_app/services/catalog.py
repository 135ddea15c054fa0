"""All services of one open database, built together."""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.services.agreement_actions import AgreementActionService
from portfolio_app.services.clock import Clock, system_clock
from portfolio_app.services.costs import CostService
from portfolio_app.services.dashboard import DashboardService
from portfolio_app.services.deadlines import DeadlineService
from portfolio_app.services.goals import GoalService
from portfolio_app.services.health import HealthService
from portfolio_app.services.history import HistoryService
from portfolio_app.services.imports import ImportService
from portfolio_app.services.partners import PartnerService
from portfolio_app.services.ports import UnitOfWorkFactory
from portfolio_app.services.promises import PromiseService
from portfolio_app.services.records import RecordService
from portfolio_app.services.reminders import ReminderService
from portfolio_app.services.reports import ReportService
from portfolio_app.services.search import SearchService
from portfolio_app.services.timeline_window import TimelineWindowService
from portfolio_app.services.trash import TrashService


@dataclass(frozen=True, slots=True)
class Services:
    """The use cases the UI may call."""

    partners: PartnerService
    contacts: RecordService[ContactPerson]
    agreements: RecordService[Agreement]
    goals: GoalService
    notes: RecordService[CommunicationNote]
    promises: PromiseService
    trash: TrashService
    history: HistoryService
    deadlines: DeadlineService
    reminders: ReminderService
    costs: CostService
    agreement_actions: AgreementActionService
    imports: ImportService
    health: HealthService
    timeline: TimelineWindowService
    reports: ReportService
    dashboard: DashboardService
    search: SearchService


def build_services(uow_factory: UnitOfWorkFactory, clock: Clock = system_clock) -> Services:
    """Wire every service to the same unit-of-work factory."""
    return Services(
        partners=PartnerService(uow_factory, clock),
        contacts=RecordService(uow_factory, ItemKind.CONTACT, lambda uow: uow.contacts, clock),
        agreements=RecordService(
            uow_factory, ItemKind.AGREEMENT, lambda uow: uow.agreements, clock
        ),
        goals=GoalService(uow_factory, clock),
        notes=RecordService(uow_factory, ItemKind.NOTE, lambda uow: uow.notes, clock),
        promises=PromiseService(uow_factory, clock),
        trash=TrashService(uow_factory, clock),
        history=HistoryService(uow_factory),
        deadlines=DeadlineService(uow_factory, clock),
        reminders=ReminderService(uow_factory, clock),
        costs=CostService(uow_factory, clock),
        agreement_actions=AgreementActionService(uow_factory, clock),
        imports=ImportService(uow_factory, clock),
        health=HealthService(uow_factory, clock),
        timeline=TimelineWindowService(uow_factory, clock),
        reports=ReportService(uow_factory, clock),
        dashboard=DashboardService(uow_factory, clock),
        search=SearchService(uow_factory),
    )
