"""``python -m portfolio_app``."""

from __future__ import annotations

import sys

from portfolio_app.app import run

sys.exit(run())
