"""The script entry point: the imported modules' objects leave the garbage collector."""

from __future__ import annotations

import gc

import pytest

from portfolio_app import app


def test_run_freezes_what_the_imports_made_then_starts_main(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frozen_when_main_ran: list[int] = []

    def main() -> int:
        frozen_when_main_ran.append(gc.get_freeze_count())
        return 7

    monkeypatch.setattr(app, "main", main)
    gc.unfreeze()
    try:
        code = app.run()
    finally:
        gc.unfreeze()

    assert code == 7
    assert frozen_when_main_ran[0] > 10_000
