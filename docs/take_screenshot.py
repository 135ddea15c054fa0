"""Take the README screenshots: the main window on the demo portfolio.

Run under a real display or Xvfb (``xvfb-run -s '-screen 0 1600x1000x24' python
docs/take_screenshot.py [--lang de]``); falls back to the offscreen platform otherwise.
With ``--lang de`` the window is German and the files end in ``-de.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from portfolio_app.app import Application
from portfolio_app.domain.ids import ItemKind
from portfolio_app.paths import AppPaths
from portfolio_app.ui.locale_setup import setup_language
from portfolio_app.ui.main_window import (
    VIEW_COSTS,
    VIEW_DEADLINES,
    VIEW_OVERVIEW,
    VIEW_PARTNERS,
    VIEW_TIMELINE,
    MainWindow,
)
from portfolio_app.ui.models.roles import RECORD_ROLE
from portfolio_app.ui.partner_detail_page import (
    TAB_GOALS,
    TAB_NOTES,
    TAB_OVERVIEW,
    TAB_PROMISES,
    TAB_TIMELINE,
)

OUT = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)


def main() -> int:
    """Open the demo, select a partner, save PNGs of its tabs and of the main views."""
    lang = sys.argv[2] if sys.argv[1:2] == ["--lang"] and len(sys.argv) > 2 else "en"
    suffix = "" if lang == "en" else f"-{lang}"
    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationName("Partner Portfolio")
    _language, _translators = setup_language(qt_app, requested=lang)
    with tempfile.TemporaryDirectory() as base:
        application = Application(AppPaths.under(Path(base)), clock=lambda: NOW)
        runtime = application.open_demo_file()
        window = runtime.window
        window.resize(1440, 900)
        names = window.partner_list.visible_names()
        target = next((n for n in names if "Druck" in n), names[0])
        window.partner_list.search_edit.clear()
        for row, name in enumerate(names):
            if name == target:
                window.partner_list.table.selectRow(row)
        shots = {
            TAB_OVERVIEW: "screenshot-main.png",
            TAB_TIMELINE: "screenshot-timeline.png",
            TAB_NOTES: "screenshot-notes.png",
            TAB_GOALS: "screenshot-goals.png",
            TAB_PROMISES: "screenshot-promises.png",
        }

        def save(filename: str) -> None:
            for _ in range(10):  # layouts settle over several rounds of posted events
                qt_app.processEvents()
            path = OUT / filename.replace(".png", f"{suffix}.png")
            window.grab().save(str(path))
            print(path)  # noqa: T201

        def grab_all() -> None:
            window.show_view(VIEW_PARTNERS)
            for tab, filename in shots.items():
                window.detail.tabs.setCurrentIndex(tab)
                if tab == TAB_GOALS:
                    select_goal_with_kpi(window)
                save(filename)
            for view, filename in (
                (VIEW_OVERVIEW, "screenshot-overview.png"),
                (VIEW_DEADLINES, "screenshot-deadlines.png"),
                (VIEW_COSTS, "screenshot-costs.png"),
                (VIEW_TIMELINE, "screenshot-portfolio-timeline.png"),
            ):
                window.show_view(view)
                save(filename)
            window.show_view(VIEW_PARTNERS)
            qt_app.quit()

        QTimer.singleShot(500, grab_all)
        qt_app.exec()
        application.shutdown()
    return 0


def select_goal_with_kpi(window: MainWindow) -> None:
    """Select the first goal with a KPI, so the shot shows the progress bar and chart."""
    table = window.detail.editors.panel(ItemKind.GOAL).table
    model = table.model()
    for row in range(model.rowCount()):
        goal = model.index(row, 0).data(RECORD_ROLE)
        if getattr(goal, "kpi", None) is not None:
            table.selectRow(row)
            return


if __name__ == "__main__":
    sys.exit(main())
