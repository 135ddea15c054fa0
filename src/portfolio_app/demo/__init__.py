"""Realistic demo portfolio, generated deterministically through the services."""

from __future__ import annotations

from portfolio_app.demo.generator import DEFAULT_SEED, plan_demo, populate_demo

__all__ = ["DEFAULT_SEED", "plan_demo", "populate_demo"]
