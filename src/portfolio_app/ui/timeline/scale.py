"""Days ↔ pixels for the timeline, and time-axis ticks that adapt to the zoom."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from portfolio_app.domain.calendar_math import add_months
from portfolio_app.ui.formatting import format_date, to_qdate

MIN_PX_PER_DAY = 0.1
"""Zoomed out furthest: about 35 years on 1,300 pixels."""
MAX_PX_PER_DAY = 96.0
"""Zoomed in furthest: about two weeks on 1,300 pixels."""
_FIRST_ORDINAL = date(1900, 1, 1).toordinal()
_LAST_ORDINAL = date(2200, 12, 31).toordinal()


class TickUnit(enum.Enum):
    """The step of the time axis."""

    WEEK = 7
    MONTH = 30
    QUARTER = 91
    YEAR = 365


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled line on the axis at ``day``; ``major`` ticks start a larger unit."""

    day: date
    text: str
    major: bool


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps days to x positions: ``x = (ordinal - first_day) * px_per_day``.

    ``first_day`` is a fractional day ordinal: the day at the left edge of the plot.
    """

    first_day: float
    px_per_day: float

    def x_of(self, day: date) -> float:
        """The x position (plot coordinates) of the start of ``day``."""
        return (day.toordinal() - self.first_day) * self.px_per_day

    def day_at(self, x: float) -> date:
        """The day under plot position ``x``."""
        ordinal = int(self.first_day + x / self.px_per_day)
        return date.fromordinal(min(max(ordinal, _FIRST_ORDINAL), _LAST_ORDINAL))

    def panned(self, dx: float) -> TimeScale:
        """The scale moved so the content follows the mouse by ``dx`` pixels."""
        return TimeScale(self._clamped(self.first_day - dx / self.px_per_day), self.px_per_day)

    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """Zoomed by ``factor`` (>1 in), keeping the day at ``anchor_x`` where it is."""
        px = min(max(self.px_per_day * factor, MIN_PX_PER_DAY), MAX_PX_PER_DAY)
        anchor_day = self.first_day + anchor_x / self.px_per_day
        return TimeScale(self._clamped(anchor_day - anchor_x / px), px)

    def centred_on(self, day: date, x: float) -> TimeScale:
        """The scale with ``day`` at plot position ``x``."""
        return TimeScale(self._clamped(day.toordinal() - x / self.px_per_day), self.px_per_day)

    def unit(self) -> TickUnit:
        """The finest unit whose ticks stay at least ~70 pixels apart."""
        for unit in TickUnit:
            if unit.value * self.px_per_day >= 70:
                return unit
        return TickUnit.YEAR

    def ticks(self, width: float, locale: QLocale | None = None) -> list[Tick]:
        """The axis ticks across a plot ``width`` pixels wide, labelled in ``locale``."""
        first, last = self.day_at(0), self.day_at(width)
        unit = self.unit()
        return [
            Tick(day, _label(day, unit, locale), _major(day, unit))
            for day in _tick_days(first, last, unit)
        ]

    @staticmethod
    def _clamped(first_day: float) -> float:
        return min(max(first_day, float(_FIRST_ORDINAL)), float(_LAST_ORDINAL))


def _tick_days(first: date, last: date, unit: TickUnit) -> list[date]:
    if unit is TickUnit.WEEK:
        day = date.fromordinal(first.toordinal() - first.weekday())
        days = []
        while day <= last:
            days.append(day)
            day = date.fromordinal(day.toordinal() + 7)
        return days
    step = {TickUnit.MONTH: 1, TickUnit.QUARTER: 3, TickUnit.YEAR: 12}[unit]
    month = (first.month - 1) // step * step + 1 if step > 1 else first.month
    day = date(first.year, month, 1) if step < 12 else date(first.year, 1, 1)
    days = []
    while day <= last:
        days.append(day)
        day = add_months(day, step)
    return days


def _major(day: date, unit: TickUnit) -> bool:
    if unit is TickUnit.WEEK:
        return day.day <= 7
    if unit is TickUnit.YEAR:
        return day.year % 5 == 0
    return day.month == 1


def _label(day: date, unit: TickUnit, locale: QLocale | None) -> str:
    loc = locale or QLocale()
    if unit is TickUnit.WEEK:
        return format_date(day, loc)
    if unit is TickUnit.MONTH:
        return loc.toString(to_qdate(day), "MMM yyyy")
    if unit is TickUnit.QUARTER:
        quarter = (day.month - 1) // 3 + 1
        text = QCoreApplication.translate("TimeScale", "Q%1 %2")
        return text.replace("%1", str(quarter)).replace("%2", str(day.year))
    return str(day.year)
