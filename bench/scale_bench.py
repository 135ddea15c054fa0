"""The large-portfolio benchmark of issue 7: start-up, search, opening a partner, memory.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/scale_bench.py [size options]``
(defaults: 10,000 partners, 50,000 agreements, 200,000 notes, 20,000 goal updates; the
file comes from ``bench/large_portfolio.py``'s cache). Prints one block of figures:

1. cold start to the first painted main window with the list filled, against a minimal
   reference (a PySide6 window with a 100-row table after importing sqlalchemy.orm), both
   as fresh processes timed from spawn to "painted", median of 3. The app's sources are
   byte-compiled first, as an installed app's are (this environment sets
   PYTHONDONTWRITEBYTECODE); the app child shows the partner list, not the overview;
2. search latency per keystroke (p50/p95) while typing a few phrases;
3. opening a partner with 1,000 notes in the detail view;
4. (the timeline's pan/zoom frame time: ``bench/timeline_bench.py``);
5. resident memory after start and after showing 100 partners;
6. SQL statements for opening a partner with 10 notes and with 1,000.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from large_portfolio import Size, ensure_portfolio, size_arguments, size_from

PHRASES = ("Müller Gebäudereinigung", "Reklamation Druck", "Kaffee", "Wartungsvertrag 2025")
REFERENCE_ROWS = 100
MANY_NOTES = 1_000


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the size, make sure the portfolio exists, run every measurement."""
    parser = argparse.ArgumentParser(description="Issue 7's large-portfolio benchmark.")
    size_arguments(parser)
    parser.set_defaults(partners=10_000, agreements=50_000, notes=200_000, goal_updates=20_000)
    parser.add_argument("--child", choices=("reference", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child == "reference":
        return _reference_child()
    if arguments.child == "app":
        return _app_child(arguments.file)
    source = ensure_portfolio(size_from(arguments))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "portfolio.sqlite3"
        shutil.copy(source, work)
        _measure(work, size_from(arguments))
    return 0


def _measure(work: Path, size: Size) -> None:
    import compileall

    import portfolio_app

    compileall.compile_dir(Path(portfolio_app.__file__).parent, quiet=1)
    print(
        f"portfolio: {size.partners} partners, {size.agreements} agreements, "
        f"{size.notes} notes, {size.goal_updates} goal updates ({work.stat().st_size / 1e6:.0f} MB)"
    )
    reference = [_spawn(["--child", "reference"]) for _ in range(3)]
    app = [_spawn(["--child", "app", "--file", str(work)]) for _ in range(3)]
    ref_s = statistics.median(r[0] for r in reference)
    app_s = statistics.median(a[0] for a in app)
    print(f"1. cold start: app {app_s:.2f} s, reference {ref_s:.2f} s, ratio {app_s / ref_s:.2f}")
    for line in app[-1][1]:
        print(f"   {line}")


def _spawn(args: list[str]) -> tuple[float, list[str]]:
    """Seconds from spawn to the child's "painted" line, and its other lines."""
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environment,
    )
    assert child.stdout is not None
    painted = None
    lines = []
    for line in child.stdout:
        if line.startswith("painted") and painted is None:
            painted = time.perf_counter() - started
        else:
            lines.append(line.rstrip())
    child.wait()
    if painted is None:
        raise RuntimeError(f"the child {args} never painted: {lines}")
    return painted, lines


def _reference_child() -> int:
    import sqlalchemy.orm  # noqa: F401  # the reference pays for this import too
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    app = QApplication([])
    table = QTableWidget(REFERENCE_ROWS, 4)
    for row in range(REFERENCE_ROWS):
        for column in range(4):
            table.setItem(row, column, QTableWidgetItem(f"Zeile {row} Spalte {column}"))
    table.resize(1200, 800)
    table.show()
    app.processEvents()
    table.grab()
    print("painted", flush=True)
    del app
    return 0


def _app_child(file: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from portfolio_app.app import settle_imports
    from portfolio_app.runtime import open_runtime
    from portfolio_app.ui.main_window import VIEW_PARTNERS

    settle_imports()  # as app.main does
    app = QApplication([])
    runtime = open_runtime(
        file, create=False, background_reads=True, defer_check=True
    )  # as the app
    window = runtime.window
    window.show_view(VIEW_PARTNERS)  # the list filled and painted, not the overview
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    window.grab()
    print("painted", flush=True)
    print(f"resident memory when painted: {_rss_mb():.0f} MB")
    started = time.perf_counter()
    window.reader.wait()
    app.processEvents()
    seconds = time.perf_counter() - started
    print(f"background reads (health, deadlines, reminders, overview) done {seconds:.1f} s later")
    rss_start = _rss_mb()
    print(f"list rows shown: {len(window.partner_list.visible_names())}")
    _search_latency(runtime)
    _open_partner(runtime, app)
    _browse(runtime, app, rss_start)
    window.close()
    runtime.database.close()
    runtime.guard.release()
    return 0


def _search_latency(runtime: object) -> None:
    services = runtime.services  # type: ignore[attr-defined]
    times = []
    for phrase in PHRASES:
        for end in range(1, len(phrase) + 1):
            started = time.perf_counter()
            services.search.search(phrase[:end])
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"2. search per keystroke: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, "
        f"max {times[-1]:.1f} ms ({len(times)} keystrokes)"
    )


def _open_partner(runtime: object, app: object) -> None:
    from sqlalchemy import event

    from portfolio_app.domain.note import CommunicationNote

    services = runtime.services  # type: ignore[attr-defined]
    window = runtime.window  # type: ignore[attr-defined]
    partners = services.partners.list_partners()
    counts_of = _note_counts(runtime)
    by_notes = sorted(partners, key=lambda p: counts_of.get(p.id, 0))
    crowded, small = by_notes[0], by_notes[1]  # the crowded one gets its notes below
    start = datetime(2016, 1, 1, 9, 0, tzinfo=UTC)
    with runtime.database.unit_of_work() as uow:  # type: ignore[attr-defined]
        uow.notes.add_many(
            [
                CommunicationNote(
                    None, crowded.id, start + timedelta(days=3 * i), f"Gespräch {i}", body="…"
                )
                for i in range(MANY_NOTES)
            ]
        )
        uow.commit()
    statements: list[str] = []
    engine = runtime.database.engine  # type: ignore[attr-defined]

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    timings = []
    counts = {}
    for partner in (small, crowded, small, crowded):
        event.listen(engine, "before_cursor_execute", count)
        statements.clear()
        started = time.perf_counter()
        window.detail.show_partner(partner.id)
        app.processEvents()  # type: ignore[attr-defined]
        timings.append((partner is crowded, (time.perf_counter() - started) * 1000))
        event.remove(engine, "before_cursor_execute", count)
        counts[partner is crowded] = len(statements)
    crowded_ms = min(ms for many, ms in timings if many)
    notes = len(services.partners.dossier(crowded.id).notes)
    print(f"3. opening a partner with {notes} notes in the detail: {crowded_ms:.0f} ms")
    print(
        f"6. SQL statements to open a partner: {counts[False]} (few notes), "
        f"{counts[True]} ({notes} notes)"
    )


def _note_counts(runtime: object) -> dict[int, int]:
    engine = runtime.database.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT partner_id, count(*) FROM communication_note GROUP BY partner_id"
        )
        return {int(partner_id): int(count) for partner_id, count in rows}


def _browse(runtime: object, app: object, rss_start: float) -> None:
    services = runtime.services  # type: ignore[attr-defined]
    window = runtime.window  # type: ignore[attr-defined]
    for partner in services.partners.list_partners()[:100]:
        window.detail.show_partner(partner.id)
        app.processEvents()  # type: ignore[attr-defined]
    print(
        f"5. resident memory: {rss_start:.0f} MB after start, {_rss_mb():.0f} MB after 100 partners"
    )


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    sys.exit(main())
