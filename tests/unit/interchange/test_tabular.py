"""Reading CSV and XLSX files as offices write them into tables of text cells."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from portfolio_app.interchange import spreadsheet, tabular
from portfolio_app.interchange.rows import ImportFileError
from portfolio_app.interchange.spreadsheet import cell_text
from portfolio_app.interchange.tabular import Table, read_table, sheet_names, table_from_records

GERMAN_ROWS = (
    "Firma;Straße;Betrag\r\n"
    "Müller GmbH;Hauptstraße 5;1.234,50\r\n"
    "Bäckerei Öz;Gärtnerweg 1;99,90\r\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path: Path, sheet: str | None = None) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_table(path, sheet=sheet)
    return caught.value


@pytest.mark.parametrize(
    "data",
    [
        GERMAN_ROWS.encode("utf-8"),
        codecs.BOM_UTF8 + GERMAN_ROWS.encode("utf-8"),
        GERMAN_ROWS.encode("cp1252"),
        codecs.BOM_UTF16_LE + GERMAN_ROWS.encode("utf-16-le"),
        GERMAN_ROWS.encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom", "latin1"],
)
def test_encodings_are_detected_and_umlauts_survive(tmp_path: Path, data: bytes) -> None:
    table = read_table(_write(tmp_path, "partner.csv", data))

    assert table == Table(
        ("Firma", "Straße", "Betrag"),
        (("Müller GmbH", "Hauptstraße 5", "1.234,50"), ("Bäckerei Öz", "Gärtnerweg 1", "99,90")),
        "csv",
    )


def test_cp1252_only_characters_are_decoded_as_windows_writes_them(tmp_path: Path) -> None:
    data = "Name;Notiz\nMüller;Preis 5 € – „fair“\n".encode("cp1252")

    table = read_table(_write(tmp_path, "a.csv", data))

    assert table.rows == (("Müller", "Preis 5 € – „fair“"),)


@pytest.mark.parametrize(
    "text",
    [
        "Name;Ort;Betrag\nAcme;Berlin;1,5\nGlobex;Köln;2,5\n",
        "Name,Ort,Betrag\nAcme,Berlin,1.5\nGlobex,Köln,2.5\n",
        "Name\tOrt\tBetrag\nAcme\tBerlin\t1,5\nGlobex\tKöln\t2,5\n",
        'Name,Ort,Betrag\nAcme,Berlin,"1,5"\nGlobex,Köln,"2,5"\n',
        "sep=;\nName;Ort;Betrag\nAcme;Berlin;1,5\nGlobex;Köln;2,5\n",
    ],
    ids=["semicolon", "comma", "tab", "comma-quoted-decimals", "excel-sep-line"],
)
def test_the_delimiter_is_sniffed(tmp_path: Path, text: str) -> None:
    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.headers == ("Name", "Ort", "Betrag")
    assert [row[:2] for row in table.rows] == [("Acme", "Berlin"), ("Globex", "Köln")]
    assert table.first_row == 2


def test_commas_inside_values_do_not_fool_the_sniffer(tmp_path: Path) -> None:
    text = "Name;Straße, Nr.;Notiz\nAcme;Weg, 1;a, b, c\nGlobex;Pfad, 2;d, e\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.headers == ("Name", "Straße, Nr.", "Notiz")
    assert table.rows[0] == ("Acme", "Weg, 1", "a, b, c")


def test_a_single_column_file_is_not_split_at_commas(tmp_path: Path) -> None:
    text = "Name\nMüller, Hans\nSchmidt, Anna\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.rows == (("Müller, Hans",), ("Schmidt, Anna",))


def test_quoted_line_breaks_stay_in_their_cell_and_count_as_one_row(tmp_path: Path) -> None:
    text = 'Titel;Notiz\r\nA;"Zeile 1\r\nZeile 2\r\nZeile 3"\r\nB;"Er sagte ""ja"""\r\n'

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.rows == (("A", "Zeile 1\nZeile 2\nZeile 3"), ("B", 'Er sagte "ja"'))


def test_old_mac_line_ends_are_read(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", b"Name;Ort\rAcme;Berlin\rGlobex;Bonn\r"))

    assert table.rows == (("Acme", "Berlin"), ("Globex", "Bonn"))


def test_cells_are_trimmed_and_rows_padded(tmp_path: Path) -> None:
    text = "Name ; Ort;Land\n  Acme  ;  Berlin\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.headers == ("Name", "Ort", "Land")
    assert table.rows == (("Acme", "Berlin", ""),)


def test_empty_rows_between_are_kept_so_numbers_stay_right(tmp_path: Path) -> None:
    text = "\n\nName;Ort\nAcme;Berlin\n;\n\nGlobex;Bonn\n\n;\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.first_row == 4
    assert table.rows == (("Acme", "Berlin"), ("", ""), ("", ""), ("Globex", "Bonn"))


def test_blank_and_repeated_headers_get_names(tmp_path: Path) -> None:
    text = "Name;;Notiz;notiz;Notiz\nA;b;c;d;e\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.headers == ("Name", "Column 2", "Notiz", "notiz (2)", "Notiz (3)")


def test_extra_filled_cells_are_kept_and_empty_ones_dropped(tmp_path: Path) -> None:
    text = "Name,Ort\nMüller, Hans,Berlin\nAcme,Bonn,,\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.rows == (("Müller", "Hans", "Berlin"), ("Acme", "Bonn"))


def test_apostrophes_the_export_added_against_formulas_are_removed(tmp_path: Path) -> None:
    text = "Name;Telefon;Notiz\n'=HYPERLINK(1);'+49 30 1;'Tach auch'\n"

    table = read_table(_write(tmp_path, "a.csv", text.encode()))

    assert table.rows == (("=HYPERLINK(1)", "+49 30 1", "'Tach auch'"),)


@pytest.mark.parametrize("name", ["a.xls", "a.ods", "a.pdf", "a.json", "a"])
def test_other_formats_are_refused(tmp_path: Path, name: str) -> None:
    assert _error(_write(tmp_path, name, b"Name\nAcme\n")).code == "import.file.format"


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04rest", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"Name\x00\x01\x02"]
)
def test_binary_files_named_csv_are_refused(tmp_path: Path, data: bytes) -> None:
    assert _error(_write(tmp_path, "a.csv", data)).code == "import.file.format"


@pytest.mark.parametrize("data", [b"", b"\n\n", b" ; ;\r\n;\r\n", codecs.BOM_UTF8])
def test_files_without_a_header_are_empty(tmp_path: Path, data: bytes) -> None:
    assert _error(_write(tmp_path, "a.csv", data)).code == "import.file.empty"


def test_a_header_without_rows_is_an_empty_table(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "a.csv", b"Name;Ort\n"))

    assert table == Table(("Name", "Ort"), (), "csv")


def test_files_over_the_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 10)

    assert _error(_write(tmp_path, "a.csv", b"Name\nAcme GmbH\n")).code == "import.file.too_large"


def test_missing_files_and_folders_are_unreadable(tmp_path: Path) -> None:
    (tmp_path / "folder.csv").mkdir()

    assert _error(tmp_path / "missing.csv").code == "import.file.unreadable"
    assert _error(tmp_path / "folder.csv").code == "import.file.unreadable"


def test_cells_longer_than_the_csv_limit_make_the_file_unreadable(tmp_path: Path) -> None:
    data = b'Name;Notiz\nA;"' + b"x" * 200_000 + b'"\n'

    assert _error(_write(tmp_path, "a.csv", data)).code == "import.file.unreadable"


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


AGREEMENT_SHEET: list[list[object]] = [
    ["Partner", "Titel", "Beginn", "Betrag", "Laufzeit"],
    ["Müller GmbH", "Reinigung", datetime(2025, 1, 1), 1234.5, 24],
    ["Acme", "Kopierer", date(2025, 2, 1), Decimal("0.1"), 12.0],
]


def test_xlsx_first_sheet_with_date_and_number_cells(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "v.xlsx", {"Verträge": AGREEMENT_SHEET, "Andere": [["Name"], ["X"]]}
    )

    table = read_table(path)

    assert table == Table(
        ("Partner", "Titel", "Beginn", "Betrag", "Laufzeit"),
        (
            ("Müller GmbH", "Reinigung", "2025-01-01", "1234.5", "24"),
            ("Acme", "Kopierer", "2025-02-01", "0.1", "12"),
        ),
        "xlsx",
    )


def test_xlsx_chosen_sheet_by_name(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "v.xlsx", {"Verträge": AGREEMENT_SHEET, "Kontakte": [["Name"]]})
    (tmp_path / "v.xlsx").rename(tmp_path / "v.XLSX")
    path = tmp_path / "v.XLSX"

    assert read_table(path, sheet="Kontakte").headers == ("Name",)
    assert read_table(path, sheet="kontakte ").headers == ("Name",)
    assert sheet_names(path) == ["Verträge", "Kontakte"]


def test_xlsx_unknown_sheet_names_the_existing_ones(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "v.xlsx", {"Verträge": AGREEMENT_SHEET})

    error = _error(path, sheet="Partner")

    assert error.code == "import.xlsx.sheet"
    assert "'Verträge'" in error.detail


def test_xlsx_rows_keep_the_sheets_numbers_and_unnamed_columns(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "v.xlsx",
        {"S": [[None], [None, None], ["Name", "Ort"], ["Acme", "Bonn", "Notiz rechts"], []]},
    )

    table = read_table(path)

    assert table.first_row == 4
    assert table.headers == ("Name", "Ort", "Column 3")
    assert table.rows == (("Acme", "Bonn", "Notiz rechts"),)


def test_xlsx_formulas_are_not_evaluated(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "v.xlsx", {"S": [["Name", "Summe"], ["Acme", "=1+1"]]})

    assert read_table(path).rows == (("Acme", ""),)


def test_xlsx_empty_workbook_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "v.xlsx"
    Workbook().save(path)

    assert _error(path).code == "import.file.empty"


@pytest.mark.parametrize("data", [b"not a zip", b"PK\x03\x04broken"])
def test_broken_xlsx_files_are_unreadable(tmp_path: Path, data: bytes) -> None:
    assert _error(_write(tmp_path, "v.xlsx", data)).code == "import.file.unreadable"


def test_a_zip_that_is_no_workbook_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "v.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")

    assert _error(path).code == "import.file.unreadable"


def test_xlsx_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _workbook(tmp_path / "v.xlsx", {"S": AGREEMENT_SHEET})
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 1000)

    assert _error(path).code == "import.file.too_large"


def test_a_far_away_cell_cannot_blow_up_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workbook = Workbook()
    workbook.active["A1"] = "Name"
    workbook.active["Z5000"] = "x"
    workbook.save(tmp_path / "v.xlsx")
    monkeypatch.setattr(spreadsheet, "MAX_CELLS", 100_000)

    assert _error(tmp_path / "v.xlsx").code == "import.file.too_large"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (datetime(2026, 12, 31), "2026-12-31"),
        (datetime(2026, 12, 31, 14, 30, 0, 5), "2026-12-31 14:30:00"),
        (date(2026, 1, 2), "2026-01-02"),
        (time(14, 30), "14:30:00"),
        (0.1, "0.1"),
        (1234.5, "1234.5"),
        (12.0, "12"),
        (1e20, "100000000000000000000"),
        (-0.0, "0"),
        (7, "7"),
        (Decimal("1.50"), "1.5"),
        ("Text", "Text"),
    ],
)
def test_cell_values_become_the_text_a_user_would_type(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_records_without_anything_are_empty() -> None:
    with pytest.raises(ImportFileError):
        table_from_records([[], ["", " "]], "csv")
