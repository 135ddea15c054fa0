"""The first window imports only what it shows: dialogs, reports, importers come later."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from portfolio_app.storage.opening import open_database

NOT_AT_START = (
    "alembic",
    "openpyxl",
    "icalendar",
    "vobject",
    "portfolio_app.demo",
    "portfolio_app.interchange.report_pdf",
    "portfolio_app.interchange.report_content",
    "portfolio_app.ui.about_dialog",
    "portfolio_app.ui.dialogs.agreement_dialog",
    "portfolio_app.ui.dialogs.briefing_dialog",
    "portfolio_app.ui.dialogs.contact_dialog",
    "portfolio_app.ui.dialogs.decision_dialog",
    "portfolio_app.ui.dialogs.export_dialog",
    "portfolio_app.ui.dialogs.goal_dialog",
    "portfolio_app.ui.dialogs.goal_progress_dialog",
    "portfolio_app.ui.dialogs.import_wizard",
    "portfolio_app.ui.dialogs.note_dialog",
    "portfolio_app.ui.dialogs.partner_dialog",
    "portfolio_app.ui.dialogs.preferences_dialog",
    "portfolio_app.ui.dialogs.quick_open_dialog",
    "portfolio_app.ui.dialogs.resolve_dialog",
    "portfolio_app.ui.dialogs.restore_dialog",
    "portfolio_app.ui.dialogs.trash_dialog",
)

_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from portfolio_app.runtime import open_runtime
app = QApplication([])
runtime = open_runtime(Path(sys.argv[1]), create=False, background_reads=True, defer_check=True)
runtime.window.show()
app.processEvents()
runtime.window.grab()
loaded = sorted(sys.modules)
runtime.shutdown()
print(json.dumps(loaded))
"""


def test_the_first_window_of_an_existing_file_leaves_dialogs_and_reports_unimported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "portfolio.sqlite3"
    open_database(path, create=True).close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    finished = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=True,
    )

    loaded = set(json.loads(finished.stdout.strip().splitlines()[-1]))
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in NOT_AT_START)
    )
    assert early == []
    assert "portfolio_app.ui.main_window" in loaded  # the child really built the window
