"""Command-line arguments of ``portfolio-app``."""

from __future__ import annotations

import argparse
from pathlib import Path

from portfolio_app import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; subcommands join as headless features arrive."""
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
    parser.add_argument("--version", action="version", version=f"Partner Portfolio {__version__}")
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv`` (without the program name); exits 2 with a message on bad input."""
    return build_parser().parse_args(argv)
