"""Command-line arguments of ``portfolio-app``: the GUI options and headless subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from portfolio_app import __version__
from portfolio_app.search_command import add_search_command

DEFAULT_HORIZON_DAYS = 90
IMPORT_KINDS = ("partners", "contacts", "agreements", "notes")
MATCH_MODES = ("skip", "update", "duplicate")
MAX_HORIZON_DAYS = 3650
EXPORT_KINDS = ("partners", "contacts", "agreements", "goals", "notes")
"""``ExportKind`` values (spelled out: parsing arguments should not load openpyxl)."""
UI_LANGUAGES = ("de", "en")
"""``--lang`` values (the UI languages of ``ui.locale_setup``; spelled out: no Qt here)."""
REPORT_KINDS = ("report", "dossier")
"""PDF exports: the portfolio report, and one partner's dossier (with ``--partner``)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser."""
    parser = argparse.ArgumentParser(
        prog="portfolio-app",
        description="Partner Portfolio: partners, agreements, shared goals and communication.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--db", type=Path, metavar="PATH", help="open this database file instead of your own"
    )
    source.add_argument(
        "--demo",
        action="store_true",
        help="open the generated demo portfolio (a separate file, never your own data)",
    )
    parser.add_argument(
        "--base-dir",
        type=Path,
        metavar="DIR",
        help="keep settings and data below DIR (portable use, tests)",
    )
    parser.add_argument(
        "--lang",
        choices=UI_LANGUAGES,
        help="the language of the window for this run (default: Preferences, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"Partner Portfolio {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_const",
        dest="command",
        const="self-test",
        help="check this installation on a temporary database (nothing of yours) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    backup = commands.add_parser("backup", help="write a verified backup of the database")
    _add_db(backup)
    backup.add_argument(
        "--to", type=Path, metavar="FILE", help="write the backup to FILE (must not exist)"
    )

    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current file is kept aside)"
    )
    _add_db(restore)
    restore.add_argument("backup_file", type=Path, metavar="FILE", help="the backup to restore")

    check = commands.add_parser("check", help="run the full integrity check and print the result")
    _add_db(check)

    backups = commands.add_parser("backups", help="list the verified backups of the database")
    _add_db(backups)

    deadlines = commands.add_parser(
        "deadlines", help="list notice deadlines, renewals and follow-ups that are due"
    )
    _add_db(deadlines)
    deadlines.add_argument(
        "--days",
        type=horizon_days,
        default=DEFAULT_HORIZON_DAYS,
        metavar="N",
        help=f"look N days ahead (default {DEFAULT_HORIZON_DAYS}; overdue items always show)",
    )
    output = deadlines.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the list as JSON")
    output.add_argument(
        "--ics", type=Path, metavar="FILE", help="write the list as a calendar file (iCalendar)"
    )
    _add_export(commands)
    _add_import(commands)
    _add_db(add_search_command(commands))
    return parser


def _add_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help="write records to CSV/Excel, a PDF report or dossier, or everything to an archive",
        description="KIND FILE writes partners, contacts, agreements, goals or notes to FILE "
        "(.csv or .xlsx); 'report FILE.pdf' writes the portfolio report and "
        "'--partner NAME dossier FILE.pdf' one partner's dossier as PDF; --archive FILE "
        "writes the whole portfolio to one file that 'import --archive' reads on another "
        "computer.",
    )
    _add_db(export)
    export.add_argument(
        "--archive", type=Path, metavar="FILE", help="write the whole portfolio to FILE (.zip)"
    )
    export.add_argument(
        "--headers",
        choices=("en", "de"),
        default="en",
        help="column headers in English or German (German CSV: ';' and decimal commas)",
    )
    export.add_argument("--partner", metavar="NAME", help="the partner of a dossier")
    export.add_argument(
        "kind",
        nargs="?",
        choices=EXPORT_KINDS + REPORT_KINDS,
        metavar="KIND",
        help="partners, contacts, agreements, goals, notes; report or dossier (PDF)",
    )
    export.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help=".csv, .xlsx or (report) .pdf file"
    )


def _add_import(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import", help="read partners, contacts, agreements or notes from CSV/XLSX/vCard"
    )
    _add_db(imports)
    imports.add_argument(
        "--archive",
        type=Path,
        metavar="FILE",
        help="load a portfolio archive into an empty database (a new computer)",
    )
    imports.add_argument("--partner", metavar="NAME", help="the partner of rows that name none")
    imports.add_argument(
        "--match",
        choices=MATCH_MODES,
        default="skip",
        help="existing records: skip them (default), update them, or create duplicates",
    )
    imports.add_argument("--sheet", metavar="NAME", help="the worksheet of an .xlsx file")
    imports.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    imports.add_argument("--strict", action="store_true", help="exit 1 if any row failed")
    imports.add_argument(
        "kind",
        nargs="?",
        choices=IMPORT_KINDS,
        metavar="KIND",
        help="partners, contacts, agreements or notes",
    )
    imports.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help=".csv, .xlsx or (contacts) .vcf file"
    )


def horizon_days(text: str) -> int:
    """``--days``: a whole number from 1 to :data:`MAX_HORIZON_DAYS`.

    Raises:
        argparse.ArgumentTypeError: Anything else (argparse exits 2 with the message).
    """
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None
    if not 1 <= days <= MAX_HORIZON_DAYS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_HORIZON_DAYS}: {days}")
    return days


def _add_db(command: argparse.ArgumentParser) -> None:
    # SUPPRESS: options given before the command name are not reset by the subparser.
    command.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file (default: your own)",
    )
    command.add_argument(
        "--base-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv`` (without the program name); exits 2 with a message on bad input."""
    return build_parser().parse_args(argv)
