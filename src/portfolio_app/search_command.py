"""``portfolio-app search [--db PATH] [--json] TEXT``: the quick-open search, headless."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from portfolio_app.domain.search import MARK_END, MARK_START, SearchGroup, strip_marks

GROUP_TITLES = {
    "partner": "Partners",
    "contact": "Contact persons",
    "agreement": "Agreements",
    "goal": "Goals",
    "note": "Notes",
    "promise": "Promises",
}


def add_search_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Register the ``search`` subcommand; returns it so the caller adds ``--db``."""
    search = commands.add_parser(
        "search", help="find partners, contacts, agreements, goals and notes by any word"
    )
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.add_argument(
        "--limit", type=int, default=8, metavar="N", help="at most N results per kind (default 8)"
    )
    search.add_argument("text", nargs="+", metavar="TEXT", help="the words to look for")
    return search


def run_search(
    args: argparse.Namespace, search: Callable[[str, int], tuple[SearchGroup, ...]]
) -> int:
    """Print the results for ``args.text``; 0 also when nothing matched, 2 on bad input.

    ``search`` runs the search on the database (text, results per kind).

    Raises:
        StorageError: The database cannot be opened or read.
    """
    text = " ".join(args.text)
    if not text.strip():
        return _fail("give the words to look for")
    if not 1 <= args.limit <= 1000:
        return _fail("--limit must be between 1 and 1000")
    groups = search(text, args.limit)
    if args.json:
        print(json.dumps(results_json(groups), ensure_ascii=False, indent=2))
    elif not groups:
        print(f"no matches for {text!r}")
    else:
        print(results_text(groups, bold=sys.stdout.isatty()))
    return 0


def results_json(groups: tuple[SearchGroup, ...]) -> list[dict[str, object]]:
    """One object per hit, best first within each kind."""
    return [
        {
            "kind": hit.kind.value,
            "id": hit.record_id,
            "partner_id": hit.partner_id,
            "partner": hit.partner_name,
            "title": hit.plain_title,
            "snippet": hit.plain_snippet.strip(),
        }
        for group in groups
        for hit in group.hits
    ]


def results_text(groups: tuple[SearchGroup, ...], *, bold: bool = False) -> str:
    """Groups with a heading each; matched words in bold on a terminal."""

    def marked(text: str) -> str:
        if not bold:
            return strip_marks(text)
        return text.replace(MARK_START, "\x1b[1m").replace(MARK_END, "\x1b[0m")

    lines: list[str] = []
    for group in groups:
        lines.append(f"{GROUP_TITLES[group.kind.value]} ({len(group.hits)})")
        for hit in group.hits:
            owner = "" if group.kind.value == "partner" else f"  — {hit.partner_name}"
            lines.append(f"  {marked(hit.title)}{owner}")
            snippet = " ".join(hit.snippet.split())
            if MARK_START in snippet:
                lines.append(f"      {marked(snippet)}")
    return "\n".join(lines)


def _fail(message: str) -> int:
    print(f"portfolio-app search: error: {message}", file=sys.stderr)
    return 2
