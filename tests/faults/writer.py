"""A process that writes to a portfolio file through the real services until it is stopped.

Every record it stores has content derived from ``(tag, n, version)``, so a test can check
each stored value exactly. One line goes to the output file descriptor, in one ``write``
(atomic on a pipe), only *after* the service call that stored it has returned::

    ready                                   open_database returned
    ack partner <partner_id> <n>            add_partner returned
    ack note <note_id> <partner_id> <n>     notes.add returned
    ack update <partner_id> <n> <version>   update_partner returned
    error storage <code> <detail>           a StorageError stopped the loop (exit status 3)
    error unexpected <type> <message>       any other exception stopped it (exit status 4)
    close-failed <type> <message>           closing after the loop raised (exit status 4)

Commands (``python -m tests.faults.writer ...``; run from the repository root)::

    write PATH TAG [--file-size-limit BYTES] [--max-units N] [--crash-on-error]
        open PATH (creating it) and write until killed, an error, or N units
    serve
        a fork server: import everything once and say ``serving``; then, for each stdin
        line ``write PATH TAG``, fork a child that runs ``write`` and answer ``pid <pid>``,
        then ``exit <pid> <status>`` once the child is gone (reaped). Children write
        their acks to the same stdout.

The fork server exists because starting a Python interpreter with SQLAlchemy and Alembic
costs about 0.6 s here; each trial still kills a separate process that opened the file
itself (the server never opens a database).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from portfolio_app.domain.errors import StorageError
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.note import Channel, CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import OpenDatabase, open_database

EXIT_STORAGE_ERROR = 3
EXIT_UNEXPECTED = 4
EXIT_DONE = 5
UPDATE_EVERY = 3
"""Every third unit also rewrites an older partner of the same run (a new version)."""

_NOTE_EPOCH = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def partner_name(tag: str, n: int) -> str:
    """Unique name of the ``n``-th partner of run ``tag``."""
    return f"P-{tag}-{n}"


def partner_description(tag: str, n: int, version: int) -> str:
    """Text of varied length (up to about 8 KB, so some rows use overflow pages)."""
    repeat = 1 + (n * 7 + version * 13) % 90
    filler = " ".join([f"Vereinbarung über Qualität — 合作 {tag}:{n}:{version};"] * repeat)
    return f"v{version} {filler}"


def description_version(description: str) -> int:
    """The version a description written by :func:`partner_description` carries."""
    return int(description.split(" ", 1)[0].removeprefix("v"))


def partner_tags(n: int) -> tuple[str, ...]:
    """Tags, so that one commit touches the partner, tag and link tables."""
    return (f"kill-{n % 5}",)


def partner(tag: str, n: int, version: int, partner_id: PartnerId | None = None) -> Partner:
    """The partner as the writer stores it."""
    return Partner(
        id=partner_id,
        name=partner_name(tag, n),
        description=partner_description(tag, n, version),
        tags=partner_tags(n),
    )


def note(tag: str, n: int, partner_id: PartnerId) -> CommunicationNote:
    """The note the writer adds to the ``n``-th partner."""
    body = "\n".join([f"Gespräch {tag}/{n}: Ergebnis ✓ — nächster Schritt."] * (1 + n * 11 % 120))
    return CommunicationNote(
        id=None,
        partner_id=partner_id,
        when=_NOTE_EPOCH + timedelta(minutes=n),
        subject=f"N-{tag}-{n}",
        channel=Channel.CALL,
        body=body,
    )


def write(
    path: Path, tag: str, out: int, *, max_units: int | None = None, crash_on_error: bool = False
) -> int:
    """Store partners, notes and updates in a loop, acknowledging each; return a status.

    With ``crash_on_error`` the process ends at once after reporting an error, without
    closing the database (as if the app crashed then), leaving its ``-wal`` behind.
    """
    database: OpenDatabase | None = None
    try:
        database = open_database(path, create=True)
        _emit(out, "ready")
        services = build_services(database.unit_of_work)
        ids: list[PartnerId] = []
        versions: list[int] = []
        n = 0
        while max_units is None or n < max_units:
            changes = services.partners.add_partner(partner(tag, n, 0))
            assert changes.created is not None
            partner_id = PartnerId(changes.created.id)
            ids.append(partner_id)
            versions.append(0)
            _emit(out, f"ack partner {partner_id} {n}")
            created = services.notes.add(note(tag, n, partner_id)).created
            assert created is not None
            _emit(out, f"ack note {created.id} {partner_id} {n}")
            if n % UPDATE_EVERY == UPDATE_EVERY - 1:
                older = n // 2
                versions[older] += 1
                services.partners.update_partner(partner(tag, older, versions[older], ids[older]))
                _emit(out, f"ack update {ids[older]} {older} {versions[older]}")
            n += 1
        status = EXIT_DONE
    except StorageError as error:
        _emit(out, f"error storage {error.code} {_one_line(error.detail)}")
        status = EXIT_STORAGE_ERROR
    except Exception as error:  # reported to the test, which fails on it
        _emit(out, f"error unexpected {_describe(error)}")
        status = EXIT_UNEXPECTED
    if crash_on_error and status != EXIT_DONE:
        os._exit(status)
    if database is not None:  # as the app does on quitting after an error
        try:
            database.close()
        except Exception as error:
            _emit(out, f"close-failed {_describe(error)}")
            status = EXIT_UNEXPECTED
    return status


def serve(commands: int, out: int) -> None:
    """Fork one writer per command line until the commands end."""
    _emit(out, "serving")
    with os.fdopen(commands, "r", encoding="utf-8", closefd=False) as lines:
        for line in lines:
            _, path, tag = line.split()
            pid = os.fork()
            if pid == 0:  # child: never return into the server loop
                status = EXIT_UNEXPECTED
                try:
                    signal.signal(signal.SIGINT, signal.SIG_DFL)
                    status = write(Path(path), tag, out)
                finally:
                    os._exit(status)
            _emit(out, f"pid {pid}")
            _, status = os.waitpid(pid, 0)
            _emit(out, f"exit {pid} {status}")


def _emit(out: int, line: str) -> None:
    data = (line + "\n").encode()
    assert len(data) <= 4096, "a longer line would not be written atomically to a pipe"
    os.write(out, data)


def _describe(error: BaseException) -> str:
    return f"{type(error).__module__}.{type(error).__qualname__} {_one_line(str(error))}"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:500]


def _limit_file_size(limit: int) -> None:
    """Make writes past ``limit`` bytes fail with EFBIG instead of killing the process."""
    import resource  # POSIX only; imported here so that Windows can still collect the tests

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m tests.faults.writer")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("write")
    one.add_argument("path", type=Path)
    one.add_argument("tag")
    one.add_argument("--file-size-limit", type=int)
    one.add_argument("--max-units", type=int)
    one.add_argument("--crash-on-error", action="store_true")
    commands.add_parser("serve")
    args = parser.parse_args(argv)
    out = sys.stdout.fileno()
    if args.command == "serve":
        serve(sys.stdin.fileno(), out)
        return 0
    if args.file_size_limit is not None:
        _limit_file_size(args.file_size_limit)
    return write(
        args.path, args.tag, out, max_units=args.max_units, crash_on_error=args.crash_on_error
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
