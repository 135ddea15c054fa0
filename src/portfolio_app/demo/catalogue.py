"""The whole static demo catalogue, in the order the partners are stored."""

from __future__ import annotations

from portfolio_app.demo.partners_a import PARTNERS_A
from portfolio_app.demo.partners_b import PARTNERS_B
from portfolio_app.demo.partners_c import PARTNERS_C
from portfolio_app.demo.specs import PartnerSpec

PARTNERS: tuple[PartnerSpec, ...] = PARTNERS_A + PARTNERS_B + PARTNERS_C
