"""TimelineWindowService: lanes by filter, and only the items of the asked window."""

from __future__ import annotations

from datetime import UTC, date, datetime

from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.goal import GoalUpdate, SharedGoal
from portfolio_app.domain.ids import (
    AgreementId,
    GoalId,
    GoalUpdateId,
    ItemKind,
    ItemRef,
    NoteId,
    PartnerId,
)
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.domain.timeline import GroupBy, LaneFilter, MarkKind
from portfolio_app.services.timeline_window import TimelineWindowService
from tests.unit.services.fakes import FakeData, FakeUnitOfWork

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
ACME, GLOBEX, INITECH = PartnerId(1), PartnerId(2), PartnerId(3)


def service() -> TimelineWindowService:
    data = FakeData()
    data.partners = {
        1: Partner(ACME, "Acme", "print", tags=("key account",)),
        2: Partner(GLOBEX, "Globex", "marketing", status=PartnerStatus.PAUSED),
        3: Partner(INITECH, "initech", "print"),
    }
    data.agreements = {
        1: Agreement(
            AgreementId(1),
            ACME,
            "Druck 2025",
            start_date=date(2025, 1, 1),
            end_date=date(2025, 12, 31),
        ),
        2: Agreement(
            AgreementId(2),
            ACME,
            "Druck 2027",
            start_date=date(2027, 1, 1),
            end_date=date(2027, 12, 31),
        ),
    }
    data.notes = {
        1: CommunicationNote(NoteId(1), ACME, datetime(2025, 6, 1, 9, tzinfo=UTC), "Inside"),
        2: CommunicationNote(NoteId(2), ACME, datetime(2026, 6, 1, 9, tzinfo=UTC), "Outside"),
        3: CommunicationNote(NoteId(3), GLOBEX, datetime(2025, 6, 2, 9, tzinfo=UTC), "Globex"),
    }
    data.goals = {1: SharedGoal(GoalId(1), ACME, "Papier sparen", target_date=date(2025, 9, 30))}
    data.goal_updates = {1: GoalUpdate(GoalUpdateId(1), GoalId(1), date(2025, 2, 1), created=True)}
    uow = FakeUnitOfWork(data)
    return TimelineWindowService(lambda: uow, lambda: NOW, UTC)


def test_only_items_inside_the_window_and_of_the_asked_partners_are_returned() -> None:
    items = service().items([ACME], date(2025, 1, 1), date(2025, 12, 31))

    assert [(item.kind, item.title) for item in items] == [
        (MarkKind.AGREEMENT, "Druck 2025"),
        (MarkKind.GOAL_UPDATE, "Papier sparen"),
        (MarkKind.NOTE, "Inside"),
        (MarkKind.GOAL_DUE, "Papier sparen"),
    ]
    assert items[2].ref == ItemRef(ItemKind.NOTE, 1)


def test_an_empty_window_or_no_partners_gives_nothing() -> None:
    assert service().items([], date(2025, 1, 1), date(2025, 12, 31)) == []
    assert service().items([ACME], date(2025, 12, 31), date(2025, 1, 1)) == []


def test_lanes_are_sorted_by_name_and_filtered() -> None:
    timeline = service()

    assert [lane.name for lane in timeline.lanes(LaneFilter())] == ["Acme", "Globex", "initech"]
    assert [lane.name for lane in timeline.lanes(LaneFilter(category="print"))] == [
        "Acme",
        "initech",
    ]
    assert [lane.name for lane in timeline.lanes(LaneFilter(status="paused"))] == ["Globex"]
    assert [lane.name for lane in timeline.lanes(LaneFilter(tag="key account"))] == ["Acme"]
    assert [lane.name for lane in timeline.lanes(LaneFilter(partner_id=GLOBEX))] == ["Globex"]


def test_grouped_lanes_come_group_by_group() -> None:
    lanes = service().lanes(LaneFilter(group_by=GroupBy.CATEGORY))

    assert [(lane.category, lane.name) for lane in lanes] == [
        ("marketing", "Globex"),
        ("print", "Acme"),
        ("print", "initech"),
    ]
