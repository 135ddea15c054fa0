"""Real-world German contract clauses, worked out by hand (dates in German notation).

Each row: the clause, "today", and the expected current term end, next reachable end, last
notice day and send-by day (three working days, Mon–Fri, before the last notice day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from portfolio_app.domain.agreement import (
    Agreement,
    AgreementStatus,
    NoticeAnchor,
    NoticePeriod,
    PeriodUnit,
)
from portfolio_app.domain.deadlines import schedule
from portfolio_app.domain.ids import PartnerId

TERM = NoticeAnchor.END_OF_TERM
MONTH = NoticeAnchor.END_OF_MONTH
QUARTER = NoticeAnchor.END_OF_QUARTER
ANY = NoticeAnchor.ANY_DAY


def d(german: str | None) -> date | None:
    if german is None:
        return None
    day, month, year = (int(part) for part in german.split("."))
    return date(year, month, day)


def months(amount: int) -> NoticePeriod:
    return NoticePeriod(amount, PeriodUnit.MONTHS)


def weeks(amount: int) -> NoticePeriod:
    return NoticePeriod(amount, PeriodUnit.WEEKS)


def days(amount: int) -> NoticePeriod:
    return NoticePeriod(amount, PeriodUnit.DAYS)


@dataclass(frozen=True)
class Clause:
    name: str
    start: str | None
    minimum: int | None
    renewal: int | None
    notice: NoticePeriod | None
    anchor: NoticeAnchor
    today: str
    term_end: str | None
    next_end: str | None
    notice_day: str | None
    send_by: str | None
    end: str | None = None

    def agreement(self) -> Agreement:
        return Agreement(
            id=None,
            partner_id=PartnerId(1),
            title=self.name,
            start_date=d(self.start),
            end_date=d(self.end),
            minimum_term_months=self.minimum,
            renewal_months=self.renewal,
            notice_period=self.notice,
            notice_anchor=self.anchor,
        )

    @property
    def id(self) -> str:
        return (
            f"{self.name} | today {self.today}: term end {self.term_end}, end {self.next_end},"
            f" notice {self.notice_day}, send by {self.send_by}"
        )


# fmt: off
CLAUSES = [
    # 01.04.2021 + 60 months -> 31.03.2026; notice 01.04.2026 - 3 M = 01.01.2026 -> 31.12.2025
    # (missed on 15.01.2026), so the renewal term to 31.03.2027 counts: notice 31.12.2026 (Thu).
    Clause("copier lease 60+12, 3M to term end", "01.04.2021", 60, 12, months(3), TERM,
           "15.01.2026", "31.03.2026", "31.03.2027", "31.12.2026", "28.12.2026"),
    # Still in time: 31.12.2025 is a Wednesday; 3 working days back is Fri 26.12.2025.
    Clause("copier lease 60+12, 3M to term end", "01.04.2021", 60, 12, months(3), TERM,
           "01.12.2025", "31.03.2026", "31.03.2026", "31.12.2025", "26.12.2025"),
    # Signed ahead: starts 01.07.2026, ends 30.06.2031; notice 01.07.2031 - 3 M - 1 day.
    Clause("copier lease not yet started", "01.07.2026", 60, 12, months(3), TERM,
           "01.05.2026", "30.06.2031", "30.06.2031", "31.03.2031", "26.03.2031"),
    # Open-ended, 6 weeks to end of month (§ 622 style): 10.03. + 42 days = 21.04. -> 30.04.;
    # 01.05. - 42 days = 20.03. -> 19.03. (Thu) -> send by Mon 16.03.
    Clause("cleaning open-ended, 6 weeks to month end", "01.06.2019", None, None, weeks(6),
           MONTH, "10.03.2026", None, "30.04.2026", "19.03.2026", "16.03.2026"),
    # One day too late for April: 31.05.: 01.06. - 42 days = 20.04. -> 19.04. (Sun).
    Clause("cleaning open-ended, 6 weeks to month end", "01.06.2019", None, None, weeks(6),
           MONTH, "20.03.2026", None, "31.05.2026", "19.04.2026", "15.04.2026"),
    # February: 01.03.2026 - 42 days = 18.01. -> 17.01. (Sat); send-by already behind today.
    Clause("cleaning open-ended, 6 weeks to month end", "01.06.2019", None, None, weeks(6),
           MONTH, "15.01.2026", None, "28.02.2026", "17.01.2026", "14.01.2026"),
    # 01.01.2024 + 24 months -> 31.12.2025, notice 30.09.2025 (Tue) -> send by Thu 25.09.
    Clause("IT SLA 24+12, 3M to term end", "01.01.2024", 24, 12, months(3), TERM,
           "30.09.2025", "31.12.2025", "31.12.2025", "30.09.2025", "25.09.2025"),
    # A day later: renews, next end 31.12.2026, notice 30.09.2026 (Wed) -> Fri 25.09.2026.
    Clause("IT SLA 24+12, 3M to term end", "01.01.2024", 24, 12, months(3), TERM,
           "01.10.2025", "31.12.2025", "31.12.2026", "30.09.2026", "25.09.2026"),
    # 15.05.2025 + 12 months -> 14.05.2026; 15.05.2026 - 1 M = 15.04. -> 14.04.2026 (Tue).
    Clause("software subscription 12+12, 1M", "15.05.2025", 12, 12, months(1), TERM,
           "01.04.2026", "14.05.2026", "14.05.2026", "14.04.2026", "09.04.2026"),
    # 01.09.2023 + 36 months -> 31.08.2026; 01.09.2026 - 3 M = 01.06. -> 31.05.2026 (Sun).
    Clause("coffee machine 36 months, no renewal, 3M", "01.09.2023", 36, None, months(3), TERM,
           "01.03.2026", "31.08.2026", "31.08.2026", "31.05.2026", "27.05.2026"),
    # Notice missed, no renewal: the one possible end cannot be reached any more.
    Clause("coffee machine 36 months, no renewal, 3M", "01.09.2023", 36, None, months(3), TERM,
           "01.06.2026", "31.08.2026", None, None, None),
    # Insurance year = calendar year since 2020; 30.09.2026 passed on 15.11.2026 -> 2027.
    Clause("insurance 1 year renewing, 3M", "01.01.2020", 12, 12, months(3), TERM,
           "15.11.2026", "31.12.2026", "31.12.2027", "30.09.2027", "27.09.2027"),
    # Fixed end, no renewal: a hard end, no notice needed.
    Clause("office rent fixed end 30.06.2031", "01.07.2016", None, None, months(6), TERM,
           "01.01.2026", "30.06.2031", "30.06.2031", None, None, end="30.06.2031"),
    Clause("vehicle lease fixed end 15.05.2026", "16.05.2023", 36, None, None, TERM,
           "01.02.2026", "15.05.2026", "15.05.2026", None, None, end="15.05.2026"),
    # 31.01. + 1 month -> 28.02. (no 31.02.), then 01.03.-31.03.; 01.04. - 14 days = 18.03.
    # -> 17.03.2026 (Tue) -> send by Thu 12.03.
    Clause("start 31.01., monthly, 14 days", "31.01.2026", 1, 1, days(14), TERM,
           "10.03.2026", "31.03.2026", "31.03.2026", "17.03.2026", "12.03.2026"),
    # 29.02.2024 + 12 -> 28.02.2025 (no 29.02.2025); renewal 01.03.2025-28.02.2026;
    # 01.03.2026 - 3 M = 01.12.2025 -> 30.11.2025 (Sun) -> send by Wed 26.11.
    Clause("start 29.02.2024, yearly, 3M", "29.02.2024", 12, 12, months(3), TERM,
           "01.06.2025", "28.02.2026", "28.02.2026", "30.11.2025", "26.11.2025"),
    # 31.10. + 1 -> 30.11. (no 31.11.), then 01.12.-31.12. (notice 30.11. missed),
    # 01.01.-31.01.2026: 01.02. - 1 M = 01.01. -> 31.12.2025 (Wed) -> Fri 26.12.2025.
    Clause("start 31.10., monthly renewals, 1M", "31.10.2025", 1, 1, months(1), TERM,
           "05.12.2025", "31.12.2025", "31.01.2026", "31.12.2025", "26.12.2025"),
    # Quarter ends: 31.03.2026 needs notice by 31.12.2025 (missed), 30.06. by 31.03. (Tue).
    Clause("open-ended, 3M to quarter end", "01.01.2022", None, None, months(3), QUARTER,
           "15.02.2026", None, "30.06.2026", "31.03.2026", "26.03.2026"),
    Clause("open-ended, 3M to quarter end", "01.01.2022", None, None, months(3), QUARTER,
           "31.03.2026", None, "30.06.2026", "31.03.2026", "26.03.2026"),
    Clause("open-ended, 3M to quarter end", "01.01.2022", None, None, months(3), QUARTER,
           "01.04.2026", None, "30.09.2026", "30.06.2026", "25.06.2026"),
    Clause("open-ended, 3M to quarter end", "01.01.2022", None, None, months(3), QUARTER,
           "01.07.2026", None, "31.12.2026", "30.09.2026", "25.09.2026"),
    # Minimum term 24 months to 31.07.2026, then quarter ends: 30.09.2026 first.
    Clause("phone system 24 months, then 3M to quarter end", "01.08.2024", 24, None, months(3),
           QUARTER, "01.02.2026", "31.07.2026", "30.09.2026", "30.06.2026", "25.06.2026"),
    # After the minimum term: open-ended (no current term), 30.09. missed -> 31.12.2026.
    Clause("phone system 24 months, then 3M to quarter end", "01.08.2024", 24, None, months(3),
           QUARTER, "01.08.2026", None, "31.12.2026", "30.09.2026", "25.09.2026"),
    # Any day, 14 days: 10.03.2026 + 14 = 24.03.; 25.03. - 14 days = 11.03. -> 10.03. (today).
    Clause("open-ended, 14 days to any day", "01.03.2025", None, None, days(14), ANY,
           "10.03.2026", None, "24.03.2026", "10.03.2026", "05.03.2026"),
    Clause("framework, 4 weeks to any day", "01.01.2024", None, None, weeks(4), ANY,
           "02.03.2026", None, "30.03.2026", "02.03.2026", "25.02.2026"),
    # Any day, 3 months, February clamp: notice received 28.11. -> period from 29.11. ends
    # 28.02. (no 29.02.2026); for 28.02. it may arrive until 30.11. (01.03. - 3 M - 1 day).
    Clause("open-ended, 3M to any day (February)", "01.01.2025", None, None, months(3), ANY,
           "28.11.2025", None, "28.02.2026", "30.11.2025", "26.11.2025"),
    # 24 months to 14.03.2027 (notice 14.02. missed), then monthly: 15.03.-14.04.2027;
    # 15.04. - 1 M = 15.03. -> 14.03.2027 (Sun) -> send by Wed 10.03.
    Clause("mobile contract 24 months, then monthly, 1M", "15.03.2025", 24, 1, months(1), TERM,
           "20.02.2027", "14.03.2027", "14.04.2027", "14.03.2027", "10.03.2027"),
    # First term given by a fixed end date, renewing: 01.01.2027 - 6 M = 01.07. -> 30.06.
    Clause("maintenance to 31.12.2026, +12, 6M", "01.01.2025", None, 12, months(6), TERM,
           "01.05.2026", "31.12.2026", "31.12.2026", "30.06.2026", "25.06.2026",
           end="31.12.2026"),
    # 30 days: 10.02.2026 - 30 days = 11.01. -> 10.01.2026 (Sat) -> send by Wed 07.01.
    Clause("web hosting 12+12, 30 days", "10.02.2025", 12, 12, days(30), TERM,
           "01.01.2026", "09.02.2026", "09.02.2026", "10.01.2026", "07.01.2026"),
    # 12 months minimum to 31.03.2024, then 3M to month end: 31.01.2027 (notice 31.10., Sat).
    Clause("security service 12 months, then 3M to month end", "01.04.2023", 12, None,
           months(3), MONTH, "20.10.2026", None, "31.01.2027", "31.10.2026", "28.10.2026"),
    # Fixed end with early cancellation to quarter ends, 6 months: 30.09.2026 by 31.03.2026.
    Clause("lease to 31.12.2030, 6M to quarter end", "01.01.2026", None, None, months(6),
           QUARTER, "01.03.2026", "31.12.2030", "30.09.2026", "31.03.2026", "26.03.2026",
           end="31.12.2030"),
    # Late in the lease the fixed end comes first: no notice needed for it.
    Clause("lease to 31.12.2030, 6M to quarter end", "01.01.2026", None, None, months(6),
           QUARTER, "01.08.2030", "31.12.2030", "31.12.2030", None, None, end="31.12.2030"),
]


@pytest.mark.parametrize("clause", CLAUSES, ids=[clause.id for clause in CLAUSES])
def test_clause(clause: Clause) -> None:
    result = schedule(clause.agreement(), d(clause.today) or date.min)

    assert (result.term_end, result.next_end, result.last_notice_day, result.send_by) == (
        d(clause.term_end),
        d(clause.next_end),
        d(clause.notice_day),
        d(clause.send_by),
    )
    assert not result.ended


def test_there_are_enough_clauses() -> None:
    assert len(CLAUSES) >= 20


def test_copier_lease_rolls_forward_and_reports_the_renewal() -> None:
    copier = CLAUSES[0].agreement()

    result = schedule(copier, date(2026, 4, 2))

    assert result.has_renewed
    assert (result.term_start, result.term_end) == (date(2026, 4, 1), date(2027, 3, 31))
    assert result.renews_on == date(2027, 4, 1)
    assert result.renewal_months == 12


def test_insurance_has_renewed_many_times() -> None:
    insurance = next(c for c in CLAUSES if c.name.startswith("insurance")).agreement()

    result = schedule(insurance, date(2026, 11, 15))

    assert result.has_renewed
    assert result.term_start == date(2026, 1, 1)
    assert result.renews_on == date(2027, 1, 1)


def test_office_rent_has_ended_after_its_fixed_end() -> None:
    rent = next(c for c in CLAUSES if c.name.startswith("office rent")).agreement()

    result = schedule(rent, date(2031, 7, 1))

    assert result.ended
    assert (result.next_end, result.last_notice_day, result.renews_on) == (None, None, None)
    assert result.term_end == date(2031, 6, 30)


def test_terminated_sla_ends_at_the_end_the_notice_was_given_for() -> None:
    sla = next(c for c in CLAUSES if c.name.startswith("IT SLA")).agreement()
    terminated = Agreement(
        id=None,
        partner_id=PartnerId(1),
        title=sla.title,
        status=AgreementStatus.TERMINATED,
        start_date=sla.start_date,
        minimum_term_months=sla.minimum_term_months,
        renewal_months=sla.renewal_months,
        notice_period=sla.notice_period,
        notice_sent_on=date(2026, 9, 15),
    )

    during = schedule(terminated, date(2026, 10, 1))
    after = schedule(terminated, date(2027, 1, 1))

    assert (during.next_end, during.last_notice_day, during.renews_on) == (
        date(2026, 12, 31),
        None,
        None,
    )
    assert not during.ended
    assert after.next_end == date(2026, 12, 31)
    assert after.ended
