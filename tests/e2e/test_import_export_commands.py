"""``portfolio-app import`` and ``export`` on real files, as an office would use them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from portfolio_app import app
from portfolio_app.storage.opening import open_database


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.sqlite3"
    open_database(path, create=True).close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


def _partner_file(tmp_path: Path) -> Path:
    path = tmp_path / "partner.csv"
    text = (
        "Firma;Kategorie;Status;Partner seit\r\n"
        "Müller Druck GmbH;Druck;Aktiv;01.03.2019\r\n"
        '"Kaffee ""Süd"" GmbH";Sonstiges;Interessent;31.13.2026\r\n'
        "Weiß Reinigung;Reinigung;Aktiv;2020-05-01\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def test_importing_a_german_excel_csv_reports_and_stores_the_good_rows(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "import", "partners", str(_partner_file(tmp_path)), "--db", str(db)
    )

    assert code == 0
    assert out.strip() == "2 created, 0 updated, 0 skipped, 1 failed"
    assert "row 3 [Partner seit]" in err
    assert _rows(db, "SELECT name, partner_since FROM partner ORDER BY name") == [
        ("Müller Druck GmbH", "2019-03-01"),
        ("Weiß Reinigung", "2020-05-01"),
    ]


def test_strict_exits_1_when_a_row_failed(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, _err = _run(
        capsys, "import", "partners", str(_partner_file(tmp_path)), "--db", str(db), "--strict"
    )

    assert code == 1


def test_a_dry_run_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _run(
        capsys, "import", "partners", str(_partner_file(tmp_path)), "--db", str(db), "--dry-run"
    )

    assert code == 0
    assert out.startswith("dry run, nothing written: 2 created")
    assert _rows(db, "SELECT count(*) FROM partner") == [(0,)]


def test_contacts_from_a_vcard_go_to_the_chosen_partner(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "import", "partners", str(_partner_file(tmp_path)), "--db", str(db))
    cards = tmp_path / "kontakte.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Weiß\r\nEMAIL;TYPE=WORK:j.weiss@mueller.de\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Schäfer\r\nTEL;TYPE=work:+49 711 1\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )

    code, out, _err = _run(
        capsys, "import", "contacts", str(cards), "--db", str(db), "--partner", "müller druck gmbh"
    )

    assert code == 0
    assert out.startswith("2 created")
    assert _rows(db, "SELECT name FROM contact_person ORDER BY name") == [
        ("Anna Schäfer",),
        ("Jürgen Weiß",),
    ]


def test_export_to_xlsx_neutralises_formulas_and_keeps_values(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "evil.csv"
    source.write_text('Name;Beschreibung\n=HYPERLINK("x");=1+1\n', encoding="utf-8")
    _run(capsys, "import", "partners", str(source), "--db", str(db))
    target = tmp_path / "partner.xlsx"

    code, out, _err = _run(capsys, "export", "partners", str(target), "--db", str(db))

    assert code == 0
    assert out.strip() == f"1 partners written to {target}"
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    assert '=HYPERLINK("x")' in [cell.value for cell in cells]


def test_an_archive_moves_the_portfolio_to_a_new_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "import", "partners", str(_partner_file(tmp_path)), "--db", str(db))
    archive = tmp_path / "umzug.zip"
    fresh = tmp_path / "new" / "portfolio.sqlite3"

    assert _run(capsys, "export", "--archive", str(archive), "--db", str(db))[0] == 0
    code, out, _err = _run(capsys, "import", "--archive", str(archive), "--db", str(fresh))

    assert code == 0
    assert "2 partner" in out
    assert _rows(fresh, "SELECT * FROM partner ORDER BY id") == _rows(
        db, "SELECT * FROM partner ORDER BY id"
    )


def test_an_archive_is_not_loaded_over_existing_data(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "import", "partners", str(_partner_file(tmp_path)), "--db", str(db))
    archive = tmp_path / "umzug.zip"
    _run(capsys, "export", "--archive", str(archive), "--db", str(db))

    code, _out, err = _run(capsys, "import", "--archive", str(archive), "--db", str(db))

    assert code == 2
    assert "only be loaded into an empty database" in err
    assert err.count("\n") == 1
