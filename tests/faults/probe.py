"""Open portfolio files as the app would and say what happened, one line per file.

``python -m tests.faults.probe [--as-user UID] PATH...`` (from the repository root) prints,
for each path, one of::

    refused <code>                          open_database raised StorageError
    opened <partners> written <id>          it opened, and a new partner could be stored
    opened <partners> write-refused <code>  it opened, and storing raised StorageError
    unexpected <type> <message>             anything else (a bug)

With ``--as-user`` the process first imports and exercises everything it needs (as root:
the interpreter lives under /root, which an unprivileged user cannot read), then drops to
that user and group, since root ignores file permissions.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import open_database
from tests.faults.writer import partner

PROBE_TAG = "probe"


def probe(path: Path) -> str:
    """Open ``path``, count its partners and try to store one more; describe the outcome."""
    try:
        database = open_database(path, create=False)
    except StorageError as error:
        return f"refused {error.code}"
    except Exception as error:  # a crash of the app: the test reports it
        return f"unexpected {_describe(error)}"
    try:
        services = build_services(database.unit_of_work)
        count = len(services.partners.list_partners())
        try:
            created = services.partners.add_partner(partner(PROBE_TAG, os.getpid(), 0)).created
        except StorageError as error:
            return f"opened {count} write-refused {error.code}"
        assert created is not None
        return f"opened {count} written {created.id}"
    except Exception as error:
        return f"unexpected {_describe(error)}"
    finally:
        database.close()


def drop_privileges(uid: int) -> None:
    """Become ``uid`` (group likewise) for good, after exercising every code path once."""
    _warm_up()
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def _warm_up() -> None:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "warm-up.sqlite3"
        database = open_database(scratch, create=True)
        database.close()
        assert probe(scratch).startswith("opened 0 written")
        assert probe(Path(folder) / "missing.sqlite3") == "refused db.not_found"


def _describe(error: BaseException) -> str:
    return f"{type(error).__module__}.{type(error).__qualname__} {' '.join(str(error).split())}"


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m tests.faults.probe")
    parser.add_argument("--as-user", type=int)
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.as_user is not None:
        drop_privileges(args.as_user)
    for path in args.paths:
        sys.stdout.write(probe(path) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
