"""ReminderService: stages before the last notice day, snooze, done, a new key per term."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.errors import NotFoundError, ValidationError
from portfolio_app.domain.ids import AgreementId, ItemKind, ItemRef, PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.reminders import Reminder, reminder_key, reminder_stage
from portfolio_app.services.changes import Changes
from portfolio_app.services.reminders import ReminderService
from tests.unit.services.fakes import FakeData, FakeUnitOfWork

LAST_NOTICE_DAY = date(2027, 1, 31)
"""Of the term ending 28.02.2027 of :func:`renewing` agreements."""
NEXT_LAST_NOTICE_DAY = date(2028, 1, 31)
ACME, GLOBEX = PartnerId(1), PartnerId(2)
KEY = "1:2027-01-31"


def renewing(number: int, partner_id: PartnerId = ACME, **fields: object) -> Agreement:
    """Terms 01.03.–28.02., one month's notice."""
    values: dict[str, object] = {
        "start_date": date(2025, 3, 1),
        "minimum_term_months": 12,
        "renewal_months": 12,
        "notice_period": NoticePeriod(1, PeriodUnit.MONTHS),
        **fields,
    }
    return Agreement(AgreementId(number), partner_id, f"Vertrag {number}", **values)  # type: ignore[arg-type]


class Clock:
    """A clock at noon UTC of ``today``; tests move ``today`` on."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> datetime:
        return datetime.combine(self.today, time(12), tzinfo=UTC)


@pytest.fixture
def data() -> FakeData:
    data = FakeData()
    data.partners[ACME] = Partner(ACME, "Acme")
    data.partners[GLOBEX] = Partner(GLOBEX, "Globex")
    return data


@pytest.fixture
def uow(data: FakeData) -> FakeUnitOfWork:
    return FakeUnitOfWork(data)


@pytest.fixture
def clock() -> Clock:
    return Clock(LAST_NOTICE_DAY - timedelta(days=45))


@pytest.fixture
def service(uow: FakeUnitOfWork, clock: Clock) -> ReminderService:
    return ReminderService(uow.factory, clock)


def days_before(days: int, day: date = LAST_NOTICE_DAY) -> date:
    return day - timedelta(days=days)


@pytest.mark.parametrize(
    ("days_left", "stage"),
    [
        (120, 120),
        (100, 120),
        (60, 60),
        (45, 60),
        (30, 30),
        (21, 30),
        (14, 14),
        (8, 14),
        (7, 7),
        (2, 7),
        (1, 1),
        (0, 1),
    ],
)
def test_the_stage_is_the_smallest_day_count_not_below_the_days_left(
    data: FakeData, service: ReminderService, clock: Clock, days_left: int, stage: int
) -> None:
    data.agreements[1] = renewing(1)
    clock.today = days_before(days_left)

    [reminder] = service.due()

    assert (reminder.days_left, reminder.stage) == (days_left, stage)


def test_nothing_is_due_before_the_first_stage(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1)
    clock.today = days_before(121)

    assert service.due() == []


def test_a_reminder_tells_what_to_do_by_when_and_who_stands_in(
    data: FakeData, service: ReminderService
) -> None:
    data.agreements[1] = renewing(1, deputy="Bea Vertretung")

    assert service.due() == [
        Reminder(
            key=KEY,
            agreement_id=AgreementId(1),
            partner_id=ACME,
            partner_name="Acme",
            title="Vertrag 1",
            last_notice_day=LAST_NOTICE_DAY,
            send_by=date(2027, 1, 27),
            days_left=45,
            stage=60,
            deputy="Bea Vertretung",
        )
    ]


def test_the_agreements_own_stages_apply(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1, reminder_days=(10,))
    data.agreements[2] = renewing(2, reminder_days=())

    clock.today = days_before(11)
    assert service.due() == []
    clock.today = days_before(10)
    assert [(r.agreement_id, r.stage) for r in service.due()] == [(1, 10)]


def test_a_reminder_repeats_every_day_until_it_is_done(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1)

    seen = []
    for days_left in (120, 119, 61, 60, 3, 0):
        clock.today = days_before(days_left)
        seen.append([r.key for r in service.due()])

    assert seen == [[KEY]] * 6


def test_done_stops_every_later_stage_of_that_deadline(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1)

    service.done(KEY)

    for days_left in (45, 30, 14, 1, 0):
        clock.today = days_before(days_left)
        assert service.due() == []


def test_a_snooze_hides_the_reminder_until_the_snooze_date(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1)

    service.snooze(KEY, days_before(40))

    assert service.due() == []
    clock.today = days_before(41)
    assert service.due() == []
    clock.today = days_before(40)
    assert [r.key for r in service.due()] == [KEY]


def test_a_snooze_must_end_after_today(service: ReminderService, data: FakeData) -> None:
    data.agreements[1] = renewing(1)

    with pytest.raises(ValidationError) as caught:
        service.snooze(KEY, days_before(45))

    assert (caught.value.code, caught.value.field) == ("reminder.snooze.not_future", "until")


def test_the_next_terms_deadline_gets_fresh_reminders(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1)
    service.done(KEY)

    clock.today = days_before(100, NEXT_LAST_NOTICE_DAY)
    [reminder] = service.due()

    assert reminder.key == reminder_key(AgreementId(1), NEXT_LAST_NOTICE_DAY) == "1:2028-01-31"
    assert reminder.key != KEY
    assert reminder.stage == 120


@pytest.mark.parametrize(
    "fields",
    [
        {"status": AgreementStatus.TERMINATED, "notice_sent_on": date(2026, 12, 1)},
        {"status": AgreementStatus.DRAFT},
        {"status": AgreementStatus.EXPIRED},
        {"end_date": date(2027, 2, 28), "renewal_months": None},
        {"notice_period": None},
    ],
)
def test_agreements_without_a_notice_deadline_have_no_reminders(
    data: FakeData, service: ReminderService, fields: dict[str, object]
) -> None:
    data.agreements[1] = renewing(1, ACME, **fields)

    assert service.due() == []


def test_trashed_agreements_and_partners_have_no_reminders(
    data: FakeData, service: ReminderService, clock: Clock
) -> None:
    data.agreements[1] = renewing(1)
    data.agreements[2] = renewing(2, GLOBEX)
    data.trashed[ItemRef(ItemKind.AGREEMENT, 1)] = clock()
    data.trashed[ItemRef(ItemKind.PARTNER, GLOBEX)] = clock()

    assert service.due() == []


def test_reminders_are_sorted_by_last_notice_day_then_partner(
    data: FakeData, service: ReminderService
) -> None:
    data.agreements[1] = renewing(1, GLOBEX)
    data.agreements[2] = renewing(2, ACME)
    data.agreements[3] = renewing(3, ACME, start_date=date(2025, 2, 1))  # notice day 31.12.

    assert [r.agreement_id for r in service.due()] == [3, 2, 1]


def test_snooze_and_done_report_the_agreement_and_its_partner(
    data: FakeData, service: ReminderService, uow: FakeUnitOfWork
) -> None:
    data.agreements[1] = renewing(1)
    expected = Changes.of(ItemKind.AGREEMENT, 1, ACME)

    assert service.snooze(KEY, days_before(10)) == expected
    assert service.done(KEY) == expected
    assert uow.commits == 2
    state = uow.committed.reminder_states[KEY]
    assert (state.snoozed_until, state.done_at is not None) == (days_before(10), True)


@pytest.mark.parametrize("key", ["nonsense", "x:2027-01-31", "1:31.01.2027", "9:2027-01-31"])
def test_unknown_keys_are_not_found_and_nothing_is_stored(
    data: FakeData, service: ReminderService, uow: FakeUnitOfWork, key: str
) -> None:
    data.agreements[1] = renewing(1)

    with pytest.raises(NotFoundError) as caught:
        service.done(key)

    assert caught.value.code == "reminder.not_found"
    assert uow.commits == 0


def test_reminder_stage_without_stages_is_none() -> None:
    assert reminder_stage(5, ()) is None
    assert reminder_stage(5, (3, 1)) is None
    assert reminder_stage(-1, (3, 1)) == 1
