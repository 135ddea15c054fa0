"""Generate a large portfolio in a SQLite file, fast (not run by the tests).

Run: ``.venv/bin/python bench/large_portfolio.py [--partners N] [--agreements N] [--notes N]
[--goal-updates N] [--seed N]``; prints the path of the file. Defaults: 2,000 partners,
20,000 agreements, 200,000 notes and 20,000 goal updates (issue 7 goes up to 10,000
partners and 50,000 agreements). The wording comes from the demo catalogue
(``portfolio_app.demo``): partner names, categories, agreement titles, note subjects and
bodies. Rows go in with SQLAlchemy Core ``executemany`` in one transaction per table, into
a database migrated by the app's own Alembic migrations. The file is cached under
``bench/.cache/`` keyed by the parameters; ``--fresh`` builds it again.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, insert

from portfolio_app.demo.catalogue import PARTNERS
from portfolio_app.demo.notes import EVERYDAY
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.partner import PartnerStatus, name_key
from portfolio_app.storage import search_index
from portfolio_app.storage.database import create_sqlite_engine
from portfolio_app.storage.migrate import upgrade_database
from portfolio_app.storage.schema import (
    AgreementRecord,
    GoalRecord,
    GoalUpdateRecord,
    NoteRecord,
    PartnerRecord,
    TagRecord,
    partner_tag,
)

CACHE = Path(__file__).resolve().parent / ".cache"
TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)
GENERATOR_VERSION = 2
"""Bump when the generated content changes, so that cached files are rebuilt."""
CHUNK = 20_000
TOPICS = [topic for spec in PARTNERS for topic in spec.topics]
AGREEMENTS = [agreement for spec in PARTNERS for agreement in spec.agreements]
GOALS = [goal for spec in PARTNERS for goal in spec.goals]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]


@dataclass(frozen=True, slots=True)
class Size:
    """How much to generate."""

    partners: int = 2_000
    agreements: int = 20_000
    notes: int = 200_000
    goal_updates: int = 20_000
    seed: int = 7

    @property
    def goals(self) -> int:
        """Goals: two per partner (their updates are spread over them)."""
        return self.partners * 2

    def file_name(self) -> str:
        """The cache key as a file name."""
        return (
            f"portfolio-v{GENERATOR_VERSION}-p{self.partners}-a{self.agreements}"
            f"-n{self.notes}-g{self.goal_updates}-s{self.seed}.sqlite3"
        )


def ensure_portfolio(size: Size, *, fresh: bool = False) -> Path:
    """The cached file for ``size``, generated first if missing (or ``fresh``)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / size.file_name()
    if path.exists() and not fresh:
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = create_sqlite_engine(partial)
    try:
        upgrade_database(engine)
        generate(engine, size)
    finally:
        engine.dispose()
    partial.replace(path)
    return path


def generate(engine: Engine, size: Size) -> None:
    """Write partners, tags, agreements, goals with updates and notes."""
    rng = random.Random(size.seed)
    stamps = {"created_at": NOW, "updated_at": NOW}
    started = time.perf_counter()
    _insert(engine, PartnerRecord.__table__, _partners(size, rng, stamps))
    tags = sorted({tag for spec in PARTNERS for tag in spec.tags})
    _insert(engine, TagRecord.__table__, _tags(tags, stamps))
    _insert(engine, partner_tag, _partner_tags(size, rng, len(tags)))
    _insert(engine, AgreementRecord.__table__, _agreements(size, rng, stamps))
    _insert(engine, GoalRecord.__table__, _goals(size, rng, stamps))
    _insert(engine, GoalUpdateRecord.__table__, _goal_updates(size, rng, stamps))
    _insert(engine, NoteRecord.__table__, _notes(size, rng, stamps))
    with engine.begin() as connection:  # Core inserts pass by the unit of work's sync
        search_index.rebuild(connection)
    print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def _insert(engine: Engine, table: Any, rows: Iterator[dict[str, Any]]) -> None:
    assert isinstance(table, Table)
    with engine.begin() as connection:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == CHUNK:
                connection.execute(insert(table), chunk)
                chunk = []
        if chunk:
            connection.execute(insert(table), chunk)


def _partners(size: Size, rng: random.Random, stamps: dict[str, Any]) -> Iterator[dict[str, Any]]:
    statuses = [status.value for status in PartnerStatus]
    for number in range(1, size.partners + 1):
        spec = PARTNERS[(number - 1) % len(PARTNERS)]
        name = f"{spec.name} {number:05d}"
        yield {
            "id": number,
            "name": name,
            "name_key": name_key(name),
            "category": spec.category,
            "status": spec.status.value if rng.random() < 0.7 else rng.choice(statuses),
            "partner_since": TODAY - timedelta(days=rng.randint(60, 4000)),
            "website": f"https://{spec.domain}",
            "address": f"{spec.street}\n{spec.city}",
            "description": spec.description,
            "values_expectations": f"{spec.wants}\n{spec.avoids}",
            "archived": False,
            "internal_owner": spec.owner,
            "criticality": rng.choice(("low", "medium", "high")),
            "contact_cadence_days": rng.choice((None, 30, 60, 90)),
            "deleted_at": None,
            **stamps,
        }


def _tags(tags: Sequence[str], stamps: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for number, tag in enumerate(tags, start=1):
        yield {"id": number, "name": tag, "name_key": tag.casefold(), **stamps}


def _partner_tags(size: Size, rng: random.Random, tag_count: int) -> Iterator[dict[str, Any]]:
    for partner in range(1, size.partners + 1):
        for tag in rng.sample(range(1, tag_count + 1), k=min(tag_count, rng.randint(0, 3))):
            yield {"partner_id": partner, "tag_id": tag}


def _agreements(size: Size, rng: random.Random, stamps: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for number in range(1, size.agreements + 1):
        spec = AGREEMENTS[number % len(AGREEMENTS)]
        start = TODAY - timedelta(days=rng.randint(-120, 3650))
        renewing = rng.random() < 0.6
        ended = not renewing and rng.random() < 0.5
        end = start + timedelta(days=rng.randint(180, 1500)) if ended else None
        yield {
            "id": number,
            "partner_id": rng.randint(1, size.partners),
            "title": spec.title,
            "kind": spec.kind.value,
            "status": "expired" if end is not None and end < TODAY else "active",
            "start_date": start,
            "end_date": end,
            "minimum_term_months": 24 if renewing else None,
            "notice_amount": 3,
            "notice_unit": "months",
            "notice_anchor": "end_of_term",
            "renewal_months": 12 if renewing else None,
            "value_minor": rng.randint(5_000, 900_000),
            "currency": "EUR",
            "billing_period": spec.billing.value,
            "document_link": "",
            "notes": spec.notes,
            "deleted_at": None,
            **stamps,
        }


def _goals(size: Size, rng: random.Random, stamps: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for number in range(1, size.goals + 1):
        spec = GOALS[number % len(GOALS)]
        yield {
            "id": number,
            "partner_id": (number - 1) % size.partners + 1,
            "title": spec.title,
            "description": spec.description,
            "owner": "",
            "target_date": TODAY + timedelta(days=rng.randint(-400, 700)),
            "status": rng.choice([status.value for status in GoalStatus]),
            "deleted_at": None,
            **stamps,
        }


def _goal_updates(
    size: Size, rng: random.Random, stamps: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    statuses = [status.value for status in GoalStatus]
    for number in range(1, size.goal_updates + 1):
        yield {
            "id": number,
            "goal_id": rng.randint(1, size.goals),
            "on": TODAY - timedelta(days=rng.randint(0, 1500)),
            "status": rng.choice(statuses),
            "value": None,
            "comment": "",
            "is_creation": False,
            **stamps,
        }


def _notes(size: Size, rng: random.Random, stamps: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for number in range(1, size.notes + 1):
        template = EVERYDAY[number % len(EVERYDAY)]
        when = NOW - timedelta(minutes=rng.randint(0, 10 * 365 * 24 * 60))
        spec = PARTNERS[number % len(PARTNERS)]
        words = {
            "topic": rng.choice(TOPICS),
            "quarter": (when.month - 1) // 3 + 1,
            "year": when.year,
            "month": MONTHS[when.month % len(MONTHS)],
            "contact": spec.contacts[0].name if spec.contacts else "",
            "partner": spec.short,
            "owner": spec.owner,
        }
        yield {
            "id": number,
            "partner_id": rng.randint(1, size.partners),
            "happened_at": when,
            "channel": template.channels[0].value,
            "participants": "",
            "subject": template.subject.format(**words),
            "body": template.body.format(**words),
            "outcome": template.outcome.format(**words),
            "mood": template.mood.value,
            "misunderstanding": False,
            "resolution": "",
            "follow_up_text": None,
            "follow_up_due": None,
            "follow_up_done": False,
            "deleted_at": None,
            **stamps,
        }


def size_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``--partners`` … ``--seed`` options to ``parser``."""
    defaults = Size()
    parser.add_argument("--partners", type=int, default=defaults.partners)
    parser.add_argument("--agreements", type=int, default=defaults.agreements)
    parser.add_argument("--notes", type=int, default=defaults.notes)
    parser.add_argument("--goal-updates", type=int, default=defaults.goal_updates)
    parser.add_argument("--seed", type=int, default=defaults.seed)


def size_from(arguments: argparse.Namespace) -> Size:
    """The ``Size`` the parsed options describe."""
    return Size(
        arguments.partners,
        arguments.agreements,
        arguments.notes,
        arguments.goal_updates,
        arguments.seed,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Generate (or find) the file and print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    size_arguments(parser)
    parser.add_argument("--fresh", action="store_true", help="build the file again")
    arguments = parser.parse_args(argv)
    print(ensure_portfolio(size_from(arguments), fresh=arguments.fresh))
    return 0


if __name__ == "__main__":
    sys.exit(main())
