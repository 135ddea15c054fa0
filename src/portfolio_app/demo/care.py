"""How closely the demo company looks after each partner: criticality and contact cadence.

Derived from a partner's category, tags and status alone — never from the random
generator — so adding these fields left every other generated value as it was.
"""

from __future__ import annotations

from portfolio_app.demo.specs import FOOD, LOGISTICS, PartnerSpec
from portfolio_app.domain.partner import Criticality, PartnerCategory, PartnerStatus

_HIGH_CATEGORIES = frozenset(
    {PartnerCategory.IT_SERVICES.value, PartnerCategory.FLEET.value, LOGISTICS}
)
"""Without them production or shipping stops within days."""
_LOW_CATEGORIES = frozenset({FOOD, PartnerCategory.OTHER.value})
"""Coffee, catering, translations: annoying to lose, easy to replace."""
_CADENCE_DAYS = {Criticality.HIGH: 28, Criticality.MEDIUM: 56, Criticality.LOW: 84}
"""Every 4, 8 or 12 weeks."""
_CLOSE_CADENCE_DAYS = 42
"""Every 6 weeks: start-up cooperations and prospects need closer attention."""


def criticality_of(spec: PartnerSpec) -> Criticality:
    """How much the company depends on the partner."""
    if spec.category in _HIGH_CATEGORIES or "kritisch" in spec.tags:
        return Criticality.HIGH
    if spec.category in _LOW_CATEGORIES or spec.status is PartnerStatus.PROSPECT:
        return Criticality.LOW
    return Criticality.MEDIUM


def cadence_of(spec: PartnerSpec) -> int | None:
    """Days between expected contacts; 12 weeks while paused, ``None`` once ended."""
    if spec.status is PartnerStatus.ENDED:
        return None
    if spec.status is PartnerStatus.PAUSED:
        return _CADENCE_DAYS[Criticality.LOW]
    criticality = criticality_of(spec)
    close = spec.category == PartnerCategory.STARTUP.value
    if criticality is not Criticality.HIGH and (close or spec.status is PartnerStatus.PROSPECT):
        return _CLOSE_CADENCE_DAYS
    return _CADENCE_DAYS[criticality]
