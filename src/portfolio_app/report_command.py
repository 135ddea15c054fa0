"""``portfolio-app export report FILE.pdf`` and ``export --partner NAME dossier FILE.pdf``.

Laying out a PDF needs a ``QGuiApplication``; only these two kinds create one, on the
offscreen platform, so they run without a display (on a server, over SSH, in CI).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QGuiApplication

from portfolio_app.cli import REPORT_KINDS
from portfolio_app.domain.partner import Partner
from portfolio_app.interchange.report_content import dossier_document, portfolio_document
from portfolio_app.interchange.report_html import ReportDocument
from portfolio_app.interchange.report_pdf import write_report_pdf
from portfolio_app.services.catalog import Services
from portfolio_app.services.clock import Clock
from portfolio_app.ui.locale_setup import apply_default_locale
from portfolio_app.ui.report_wording import report_format

__all__ = ["REPORT_KINDS", "export_pdf"]

T = TypeVar("T")
WithServices = Callable[[Path, Clock, Callable[[Services], T]], T]


class _UnknownPartnerError(Exception):
    """No partner has the name given with ``--partner``."""


def export_pdf(
    database: Path,
    args: argparse.Namespace,
    clock: Clock,
    with_services: WithServices[ReportDocument],
) -> int:
    """Write the portfolio report or a partner's dossier as PDF; return the exit code.

    ``with_services`` runs a function on the services of ``database`` under its lock.

    Raises:
        StorageError: The database cannot be used (the caller prints it).
    """
    target: Path = args.file
    if target.suffix.lower() != ".pdf":
        return _fail(f"a {args.kind} is written as PDF: give a FILE ending in .pdf")
    if args.kind == "dossier" and not args.partner:
        return _fail("give the partner of the dossier: --partner NAME")
    if args.kind == "report" and args.partner:
        return _fail("--partner goes with 'dossier' only")
    _gui_application()
    fmt = report_format(apply_default_locale())

    def build(services: Services) -> ReportDocument:
        if args.kind == "report":
            return portfolio_document(services.reports.portfolio(), fmt)
        partner = _partner_named(services, args.partner)
        assert partner.id is not None
        return dossier_document(services.reports.dossier(partner.id), fmt)

    try:
        document = with_services(database, clock, build)
        pages = write_report_pdf(document, target)
    except _UnknownPartnerError:
        return _fail(f"no partner is called {args.partner!r}")
    except OSError as error:
        return _fail(f"cannot write {target}: {error.strerror or error}")
    what = "portfolio report" if args.kind == "report" else f"dossier of {args.partner}"
    count = "1 page" if pages == 1 else f"{pages} pages"
    sys.stdout.write(f"{what} written to {target} ({count})\n")
    return 0


def _partner_named(services: Services, name: str) -> Partner:
    """The partner called ``name`` (ignoring case and surrounding spaces)."""
    wanted = name.strip().casefold()
    for partner in services.partners.list_partners():
        if partner.name.casefold() == wanted:
            return partner
    raise _UnknownPartnerError(name)


def _gui_application() -> None:
    """Start a ``QGuiApplication`` on the offscreen platform unless one is running."""
    if QGuiApplication.instance() is None:
        app = QGuiApplication(["portfolio-app", "-platform", "offscreen"])
        app.setApplicationName("Partner Portfolio")
        # Kept for the rest of the process: Qt must not outlive its application object.
        _APPS.append(app)


_APPS: list[QGuiApplication] = []


def _fail(message: str) -> int:
    sys.stderr.write(f"portfolio-app export: error: {message}\n")
    return 2
