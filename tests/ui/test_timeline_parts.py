"""The timeline's scale (ticks by zoom) and its window cache (strips, merges, slots)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale

from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.timeline import MarkKind, TimelineItem
from portfolio_app.ui.timeline.cache import WindowCache
from portfolio_app.ui.timeline.scale import TickUnit, TimeScale

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
A, B, C = PartnerId(1), PartnerId(2), PartnerId(3)
START = date(2026, 1, 1).toordinal()


def test_ticks_go_from_weeks_to_years_as_one_zooms_out() -> None:
    units = [TimeScale(START, px).unit() for px in (20.0, 4.0, 1.0, 0.2)]

    assert units == [TickUnit.WEEK, TickUnit.MONTH, TickUnit.QUARTER, TickUnit.YEAR]


def test_tick_labels_use_the_locale() -> None:
    weeks = TimeScale(START, 20.0).ticks(300, GERMAN)
    months = TimeScale(START, 4.0).ticks(300, GERMAN)
    years = TimeScale(START, 0.2).ticks(300, GERMAN)

    assert weeks[1].day.weekday() == 0
    assert weeks[1].text == "05.01.2026"
    assert [tick.text for tick in months[:2]] == ["Jan. 2026", "Feb. 2026"]
    assert years[0].text == "2026"


def test_zooming_keeps_the_anchor_day_in_place_and_stops_at_the_limits() -> None:
    scale = TimeScale(START, 2.0)
    anchor = scale.day_at(500)

    zoomed = scale.zoomed(4.0, 500)

    assert zoomed.day_at(500) == anchor
    assert scale.zoomed(1e9, 0).px_per_day == 96.0
    assert scale.zoomed(1e-9, 0).px_per_day == 0.1


class Recorder:
    def __init__(self) -> None:
        self.requests: list[tuple[tuple[PartnerId, ...], date, date]] = []

    def __call__(self, lanes: Sequence[PartnerId], first: date, last: date) -> list[TimelineItem]:
        self.requests.append((tuple(lanes), first, last))
        return [
            TimelineItem(
                MarkKind.AGREEMENT,
                ItemRef(ItemKind.AGREEMENT, lane),
                lane,
                date(2020, 1, 1),
                None,
                "Open",
                open_ended=True,
            )
            for lane in lanes
        ]


def test_panning_past_the_cached_days_reads_only_the_new_strip() -> None:
    fetch = Recorder()
    cache = WindowCache(fetch)
    cache.ensure([A], [A, B], date(2026, 1, 1), date(2026, 1, 31))

    assert not cache.ensure([A], [A, B], date(2026, 2, 10), date(2026, 2, 28))
    cache.ensure([A], [A, B], date(2026, 2, 20), date(2026, 3, 22))
    spans_after_strip = len(cache.lane(A).spans)
    cache.ensure([A], [A, B], date(2027, 6, 1), date(2027, 7, 1))  # a jump: read afresh

    assert fetch.requests == [
        ((A, B), date(2025, 12, 2), date(2026, 3, 2)),
        ((A, B), date(2026, 3, 3), date(2026, 4, 21)),
        ((A, B), date(2027, 5, 2), date(2027, 7, 31)),
    ]
    assert spans_after_strip == 1  # the span read with both strips is kept once


def test_scrolling_to_other_lanes_reads_only_those_lanes() -> None:
    fetch = Recorder()
    cache = WindowCache(fetch)
    cache.ensure([A], [A, B], date(2026, 1, 1), date(2026, 1, 31))

    cache.ensure([C], [B, C], date(2026, 1, 1), date(2026, 1, 31))

    assert fetch.requests[-1] == ((C,), date(2025, 12, 2), date(2026, 3, 2))
    assert [item.partner_id for item in cache.all_items()] == [A, B, C]


def test_overlapping_agreements_take_separate_bar_lines() -> None:
    def fetch(lanes: Sequence[PartnerId], first: date, last: date) -> list[TimelineItem]:
        spans = [
            (1, date(2025, 1, 1), date(2025, 12, 31)),
            (2, date(2025, 6, 1), None),
            (3, date(2026, 2, 1), date(2026, 3, 31)),
        ]
        return [
            TimelineItem(
                MarkKind.AGREEMENT,
                ItemRef(ItemKind.AGREEMENT, number),
                A,
                start,
                end,
                "x",
                open_ended=end is None,
            )
            for number, start, end in spans
        ]

    cache = WindowCache(fetch)
    cache.ensure([A], [A], date(2025, 1, 1), date(2026, 12, 31))

    assert cache.lane(A).span_slots == [0, 1, 0]
