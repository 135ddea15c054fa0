"""``portfolio-app export report FILE.pdf`` and ``export --partner NAME dossier FILE.pdf``."""

from __future__ import annotations

from pathlib import Path

import pytest

from portfolio_app import app
from portfolio_app.services.catalog import build_services
from portfolio_app.storage.opening import open_database
from tests.conftest import FIXED_NOW
from tests.pdf_text import one_line, page_texts
from tests.report_data import HOSTILE, MUELLER, fill_report_portfolio


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.sqlite3"
    opened = open_database(path, create=True)
    try:
        fill_report_portfolio(build_services(opened.unit_of_work, clock=lambda: FIXED_NOW))
    finally:
        opened.close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_portfolio_report_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"

    code, out, err = _run(capsys, "export", "--db", str(db), "report", str(target))

    assert (code, err) == (0, "")
    assert out == f"portfolio report written to {target} (1 page)\n"
    text = one_line(" ".join(page_texts(target)))
    assert "Portfolio Report" in text
    assert HOSTILE in text


def test_a_dossier_is_written_for_the_named_partner(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dossier.pdf"

    code, out, err = _run(
        capsys,
        "export",
        "--db",
        str(db),
        "--partner",
        "müller gebäudereinigung gmbh",
        "dossier",
        str(target),
    )

    assert (code, err) == (0, "")
    assert out.startswith("dossier of müller gebäudereinigung gmbh written to")
    text = one_line(" ".join(page_texts(target)))
    assert f"Partner Dossier {MUELLER}" in text
    assert "Jürgen Weiß" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partner", "Niemand GmbH", "dossier", "x.pdf"], "no partner is called 'Niemand GmbH'"),
        (["dossier", "x.pdf"], "give the partner of the dossier: --partner NAME"),
        (["report", "x.docx"], "a report is written as PDF: give a FILE ending in .pdf"),
        (["--partner", MUELLER, "partners", "x.csv"], "--partner goes with 'dossier' only"),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    *options, last = args
    code, out, err = _run(capsys, "export", "--db", str(db), *options, str(tmp_path / last))

    assert code == 2
    assert out == ""
    assert err == f"portfolio-app export: error: {message}\n"
    assert list(tmp_path.glob("x.*")) == []


def test_an_unwritable_target_is_one_line_on_stderr(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "report.pdf"

    code, out, err = _run(capsys, "export", "--db", str(db), "report", str(target))

    assert (code, out) == (2, "")
    assert err.startswith(f"portfolio-app export: error: cannot write {target}: ")
    assert err.count("\n") == 1
