"""Frame time of the portfolio timeline on a large portfolio (not run by the tests).

Run: ``.venv/bin/python bench/timeline_bench.py [--partners N] [--agreements N] [--notes N]
[--goal-updates N]`` (the portfolio comes from ``bench/large_portfolio.py``, cached).

Shows the portfolio timeline offscreen at 1400×900 and times, per step, the input event
plus a synchronous repaint (``repaint()``): pan steps (Shift+wheel and Left/Right keys),
lane scroll steps (plain wheel) and zoom steps (Ctrl+wheel out to years, then ``+`` back
in). Prints p50/p95/max per kind, and for every fetch of a new window the time and the
number of SQL statements it took.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from large_portfolio import NOW, ensure_portfolio, size_arguments, size_from
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from portfolio_app.services.catalog import build_services
from portfolio_app.storage.database import create_session_factory, create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.unit_of_work import SqlUnitOfWork
from portfolio_app.ui.timeline.canvas import TimelineCanvas
from portfolio_app.ui.timeline.view import TimelineView

WIDTH, HEIGHT = 1400, 900
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def percentiles(samples: Sequence[float]) -> str:
    """p50, p95 and max of ``samples`` (seconds) in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"p50 {statistics.median(ordered) * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms  "
        f"max {ordered[-1] * 1000:6.2f} ms  (n={len(ordered)})"
    )


def wheel(canvas: TimelineCanvas, dy: int, modifiers: Qt.KeyboardModifier) -> QWheelEvent:
    """A wheel event in the middle of the plot."""
    at = QPointF(WIDTH * 0.6, HEIGHT * 0.5)
    return QWheelEvent(
        at,
        canvas.mapToGlobal(at),
        QPoint(),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def key(code: Qt.Key) -> QKeyEvent:
    """A key press without modifiers."""
    return QKeyEvent(QKeyEvent.Type.KeyPress, code, NO_MODIFIER)


def timed(canvas: TimelineCanvas, make_event: Callable[[], Any]) -> float:
    """Seconds for delivering one event and repainting the canvas."""
    started = time.perf_counter()
    QApplication.sendEvent(canvas, make_event())
    canvas.repaint()
    return time.perf_counter() - started


def run(path: Path, *, background: bool) -> None:
    """Open ``path``, show the timeline and print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = create_sqlite_engine(path)
    upgrade_database(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    factory = create_session_factory(engine)
    services = build_services(lambda: SqlUnitOfWork(factory), clock=lambda: NOW)
    started = time.perf_counter()
    view = TimelineView(
        services.timeline,
        lambda: date(2026, 11, 29),
        canvas_name="portfolioTimelineView",
        choices=lambda: (services.partners.categories(), services.partners.tags()),
        background=background,
    )
    view.resize(WIDTH, HEIGHT)
    view.show()
    canvas = view.canvas
    canvas.setFocus()
    app.processEvents()
    canvas.repaint()
    first_paint = time.perf_counter() - started
    lanes = len(canvas.lanes())
    fetches_before = canvas.fetch_stats.count

    statements_before = len(statements)

    def step(make_event: Callable[[], Any]) -> float:
        seconds = timed(canvas, make_event)
        app.processEvents()  # deliver background reads, as the event loop would
        return seconds

    pan: list[float] = []
    for index in range(200):
        forward = index < 100
        if index % 5 == 4:
            pan.append(step(lambda f=forward: key(Qt.Key.Key_Right if f else Qt.Key.Key_Left)))
        else:
            pan.append(step(lambda f=forward: wheel(canvas, -120 if f else 120, SHIFT)))
    scroll = [step(lambda: wheel(canvas, -120, NO_MODIFIER)) for _ in range(100)]
    zoom: list[float] = []
    for _ in range(30):
        zoom.append(step(lambda: wheel(canvas, -120, Qt.KeyboardModifier.ControlModifier)))
    for _ in range(30):
        zoom.append(step(lambda: key(Qt.Key.Key_Plus)))

    canvas.wait_for_background()
    app.processEvents()
    stats = canvas.fetch_stats
    reads = stats.seconds[fetches_before:]
    mode = "background reads" if background else "reads on the GUI thread"
    print(f"portfolio: {path.name}; {lanes} lanes; window {WIDTH}x{HEIGHT}; {mode}")
    print(f"first paint (lanes query, first window, paint): {first_paint * 1000:.0f} ms")
    print(f"pan    {percentiles(pan)}")
    print(f"scroll {percentiles(scroll)}")
    print(f"zoom   {percentiles(zoom)}")
    print(f"all    {percentiles(pan + scroll + zoom)}")
    if reads:
        per_read = (len(statements) - statements_before) / len(reads)
        print(
            f"window reads: {len(reads)} during "
            f"{len(pan) + len(scroll) + len(zoom)} steps; time {percentiles(reads)}; "
            f"SQL statements per read: {per_read:.1f}"
        )
    print(f"items on screen at the end: {len(canvas.visible_items())}")
    view.close()
    engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the size, make sure the portfolio exists, run."""
    parser = argparse.ArgumentParser(description="Frame time of the portfolio timeline.")
    size_arguments(parser)
    parser.add_argument(
        "--sync", action="store_true", help="read windows on the GUI thread (no read-ahead)"
    )
    arguments = parser.parse_args(argv)
    run(ensure_portfolio(size_from(arguments)), background=not arguments.sync)
    return 0


if __name__ == "__main__":
    sys.exit(main())
