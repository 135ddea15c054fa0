"""``portfolio-app --self-test``: prove an installed (or frozen) app works, in a few seconds.

The installers run it on what they built. It touches nothing of the user's: a fresh
database in a temporary folder is migrated, a partner with an agreement is written and
read back through the services, the German translations and SVG icons are loaded from
inside the app, and the main window is built offscreen on that database. One line on
stdout and exit code 0, or one line ``portfolio-app self-test: failed: …`` on stderr and 1.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from portfolio_app import __version__
from portfolio_app.domain.agreement import Agreement
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.paths import AppPaths
from portfolio_app.services.catalog import build_services
from portfolio_app.services.clock import Clock, local_today
from portfolio_app.storage.opening import open_database

PARTNER_NAME = "Selbsttest Müller & Söhne GmbH"
AGREEMENT_TITLE = "Wartungsvertrag Größe XL"


class SelfTestError(Exception):
    """One step of the self-test found something wrong."""


def run_self_test(clock: Clock) -> int:
    """Run every step in a temporary folder; print one line; the exit code."""
    started = time.perf_counter()
    step = "start"
    try:
        with tempfile.TemporaryDirectory(prefix="portfolio-self-test-") as folder:
            paths = AppPaths.under(Path(folder))
            database = paths.database_file
            database.parent.mkdir(parents=True)
            step = "database"
            _round_trip(database, clock)
            step = "resources"
            platform = _check_resources()
            step = "main window"
            _build_window(paths, clock)
    except Exception as error:  # a self-test reports every failure as one line
        print(
            f"portfolio-app self-test: failed: {step}: {type(error).__name__}: {error}",
            file=sys.stderr,
        )
        return 1
    frozen = "frozen" if getattr(sys, "frozen", False) else "python"
    print(
        f"self-test passed: Partner Portfolio {__version__} ({frozen}); migrations, "
        f"partner and agreement written and read back, translations, icons, main window "
        f"({platform}) in {time.perf_counter() - started:.2f} s"
    )
    return 0


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestError(what)


def _round_trip(database: Path, clock: Clock) -> None:
    """Migrate a new file, add a partner with an agreement, read both back."""
    opened = open_database(database, create=True)
    try:
        services = build_services(opened.unit_of_work, clock)
        created = services.partners.add_partner(Partner(None, PARTNER_NAME)).created
        _expect(created is not None, "adding the partner created nothing")
        assert created is not None
        partner_id = PartnerId(created.id)
        today: date = local_today(clock)
        services.agreements.add(Agreement(None, partner_id, AGREEMENT_TITLE, start_date=today))
        dossier = services.partners.dossier(partner_id)
        _expect(dossier.partner.name == PARTNER_NAME, f"partner read back as {dossier.partner}")
        titles = [agreement.title for agreement in dossier.agreements]
        _expect(titles == [AGREEMENT_TITLE], f"agreements read back as {titles}")
    finally:
        opened.close()
    importlib.import_module("portfolio_app.demo.generator")  # ships with the app


def _qt_application() -> object:
    """The running QApplication, or a new one (offscreen unless a platform was chosen)."""
    if not os.environ.get("QT_QPA_PLATFORM"):  # no window on the screen, no display needed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _check_resources() -> str:
    """Translations (the app's and Qt's), SVG icons and the About box's metadata; the platform."""
    from PySide6.QtGui import QGuiApplication

    from portfolio_app.ui.about_dialog import COMPONENTS, bundled_components
    from portfolio_app.ui.icons import ICON_NAMES, icon
    from portfolio_app.ui.locale_setup import install_translators, remove_translators

    app = _qt_application()
    assert isinstance(app, QGuiApplication)
    translators = install_translators(app, "de")
    remove_translators(app, translators)
    _expect(len(translators) == 2, "the German translations (app and Qt) are missing")
    blank = [name for name in ICON_NAMES if icon(name).pixmap(32, 32).isNull()]
    _expect(not blank, f"icons do not render (Qt's SVG plugins?): {', '.join(blank)}")
    found = {_normalized(component.name) for component in bundled_components()}
    missing = [name for name in COMPONENTS if _normalized(name) not in found]
    _expect(not missing, f"Help › About lacks the metadata of {', '.join(missing)}")
    return QGuiApplication.platformName()


def _normalized(distribution: str) -> str:
    """A name as PEP 503 compares them: ``PySide6_Essentials`` equals ``pyside6-essentials``."""
    return re.sub(r"[-_.]+", "-", distribution).lower()


def _build_window(paths: AppPaths, clock: Clock) -> None:
    """Open the database in the main window as the app does, then close everything."""
    from PySide6.QtWidgets import QApplication

    from portfolio_app.application import Application

    application = Application(paths, clock)
    try:
        # No event loop runs before the shutdown: the automatic backup that follows an
        # opening (from the loop) is never started on this throw-away file.
        runtime = application.open(paths.database_file, create=False)
        _expect(runtime.window.isVisible(), "the main window did not show")
        names = [partner.name for partner in runtime.services.partners.list_partners()]
        _expect(names == [PARTNER_NAME], f"the window's database holds {names}")
    finally:
        application.shutdown()
        QApplication.processEvents()
