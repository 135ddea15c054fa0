"""The timeline's cache of fetched items: a window of lanes × days, refetched on demand.

The cache fetches more than is visible (a margin of one screen of days on each side and
one screen of lanes above and below) so that panning and zooming in are served from
memory; it fetches again only when the view leaves the cached window.
"""

from __future__ import annotations

import bisect
import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.timeline import MarkKind, TimelineItem

Fetch = Callable[[Sequence[PartnerId], date, date], list[TimelineItem]]
"""Reads the items of some partners between two days (inclusive)."""


@dataclass(slots=True)
class LaneItems:
    """One lane's cached items: spans, and markers sorted by day (with their ordinals)."""

    spans: list[TimelineItem] = field(default_factory=list)
    span_days: list[tuple[int, int | None]] = field(default_factory=list)
    """Per span: first and last day ordinal (``None`` for open-ended)."""
    span_slots: list[int] = field(default_factory=list)
    """Per span: the bar line it takes (overlapping spans take different lines)."""
    marks: list[TimelineItem] = field(default_factory=list)
    mark_days: list[int] = field(default_factory=list)

    def marks_between(self, first: int, last: int) -> list[TimelineItem]:
        """Markers whose day ordinal lies from ``first`` to ``last``."""
        low = bisect.bisect_left(self.mark_days, first)
        high = bisect.bisect_right(self.mark_days, last)
        return self.marks[low:high]


@dataclass(frozen=True, slots=True)
class FetchStats:
    """How often and how long the cache read from the service."""

    count: int
    seconds: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Request:
    """A window to read: some lanes over some days (inclusive)."""

    lanes: tuple[PartnerId, ...]
    first: date
    last: date
    merge: bool = False
    """Add to the cached window (a strip beside it, or more lanes) instead of replacing it."""


class WindowCache:
    """Items of a rectangle of lanes × days; see the module docstring."""

    def __init__(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self._lanes: dict[PartnerId, LaneItems] = {}
        self._first = date.max
        self._last = date.min
        self._seconds: list[float] = []

    @property
    def stats(self) -> FetchStats:
        """Fetch count and durations since the cache was made."""
        return FetchStats(len(self._seconds), tuple(self._seconds))

    @property
    def is_empty(self) -> bool:
        """Whether nothing is cached."""
        return not self._lanes

    def clear(self) -> None:
        """Forget everything (after a change to the data)."""
        self._lanes = {}
        self._first, self._last = date.max, date.min

    def covers(self, partner_ids: Sequence[PartnerId], first: date, last: date) -> bool:
        """Whether the cached window holds these lanes and days."""
        return (
            self._first <= first
            and last <= self._last
            and all(pid in self._lanes for pid in partner_ids)
        )

    def request_for(
        self,
        visible: Sequence[PartnerId],
        margin_lanes: Sequence[PartnerId],
        first: date,
        last: date,
        *,
        ahead: bool = False,
    ) -> Request | None:
        """What to read so that ``visible`` lanes on ``first``..``last`` are cached.

        ``None`` when the cache covers them already; with ``ahead``, also when it covers
        the margin lanes and half a visible span on each side (time to read ahead).
        Next to a cached window only the missing strip of days, or the missing lanes,
        is read and merged in; otherwise the margin lanes over the days widened by the
        visible span on each side replace the cache.
        """
        span = timedelta(days=max(1, (last - first).days))
        needed, want_first, want_last = visible, first, last
        if ahead:
            needed = margin_lanes
            want_first, want_last = _shifted(first, -span / 2), _shifted(last, span / 2)
        if self.covers(needed, want_first, want_last):
            return None
        low, high = _shifted(first, -span), _shifted(last, span)
        full = Request(tuple(margin_lanes), low, high)
        if self.is_empty or want_last < self._first or want_first > self._last:
            return full
        if len(self._lanes) > 4 * len(margin_lanes) or (self._last - self._first) > 8 * span:
            return full  # keep the cache small: start afresh around the view
        days_cached = self._first <= want_first and want_last <= self._last
        missing = tuple(pid for pid in margin_lanes if pid not in self._lanes)
        if days_cached:
            return Request(missing, self._first, self._last, merge=True)
        if any(pid not in self._lanes for pid in needed):
            return full
        cached = tuple(self._lanes)
        if want_last > self._last:
            return Request(cached, self._last + _ONE_DAY, high, merge=True)
        return Request(cached, low, self._first - _ONE_DAY, merge=True)

    def ensure(
        self,
        visible: Sequence[PartnerId],
        margin_lanes: Sequence[PartnerId],
        first: date,
        last: date,
    ) -> bool:
        """Read now until the window covers ``visible`` lanes on ``first``..``last``.

        Returns whether it read. Errors of the fetch function propagate.
        """
        read = False
        for _ in range(3):  # at most: left strip, right strip, lanes
            request = self.request_for(visible, margin_lanes, first, last)
            if request is None:
                break
            started = time.perf_counter()
            items = self._fetch(request.lanes, request.first, request.last)
            self.fill(request, items, time.perf_counter() - started)
            read = True
        return read

    def fill(self, request: Request, items: list[TimelineItem], seconds: float) -> None:
        """Put what ``request`` read (in ``seconds``) into the cache."""
        self._seconds.append(seconds)
        if not request.merge:
            self._lanes, self._first, self._last = {}, request.first, request.last
        else:
            self._first = min(self._first, request.first)
            self._last = max(self._last, request.last)
        touched: dict[PartnerId, LaneItems] = {}
        for pid in request.lanes:
            touched[pid] = self._lanes.setdefault(pid, LaneItems())
        for item in items:
            lane = touched.get(item.partner_id)
            if lane is None:
                continue
            if item.kind is MarkKind.AGREEMENT:
                _add_span(lane, item)
            else:
                lane.marks.append(item)
        for lane in touched.values():
            lane.marks.sort(key=lambda item: item.start)
            lane.mark_days = [item.start.toordinal() for item in lane.marks]
            lane.spans.sort(key=lambda item: (item.start, item.ref.id))
            lane.span_days = [
                (item.start.toordinal(), None if item.open_ended else item.last_day.toordinal())
                for item in lane.spans
            ]
            lane.span_slots = _slots(lane.span_days)

    def lane(self, partner_id: PartnerId) -> LaneItems:
        """The cached items of a lane (empty when it is not cached)."""
        return self._lanes.get(partner_id) or _EMPTY

    def all_items(self) -> list[TimelineItem]:
        """Every cached item."""
        return [item for lane in self._lanes.values() for item in (*lane.spans, *lane.marks)]


_EMPTY = LaneItems()
_ONE_DAY = timedelta(days=1)


def _slots(days: list[tuple[int, int | None]]) -> list[int]:
    """Greedy interval partitioning: each span takes the first line free on its start."""
    line_ends: list[float] = []
    slots = []
    for start, end in days:
        last = float("inf") if end is None else float(end)
        for slot, line_end in enumerate(line_ends):
            if line_end < start:
                line_ends[slot] = last
                break
        else:
            slot = len(line_ends)
            line_ends.append(last)
        slots.append(slot)
    return slots


def _add_span(lane: LaneItems, item: TimelineItem) -> None:
    """Add a span; one already cached (read with another strip) gains its renewal ticks."""
    for index, cached in enumerate(lane.spans):
        if cached.ref == item.ref:
            renewals = tuple(sorted(set(cached.renewals) | set(item.renewals)))
            lane.spans[index] = dataclasses.replace(cached, renewals=renewals)
            return
    lane.spans.append(item)


def _shifted(day: date, by: timedelta) -> date:
    try:
        return day + by
    except OverflowError:
        return date.max if by.days > 0 else date.min
