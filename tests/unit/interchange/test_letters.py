"""Termination letters: filling user templates safely, and the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portfolio_app.interchange.letters import (
    DEFAULT_TEMPLATE,
    FORM_NOTES,
    PLACEHOLDERS,
    render_letter_text,
    write_letter_pdf,
)
from tests.pdf_text import page_texts

FIELDS = {
    "partner": "Müller Gebäudereinigung GmbH",
    "notice_address": "Postfach 12 34\n80331 München",
    "contract_number": "V-2024-118",
    "customer_number": "K 4711",
    "agreement": "Büroreinigung",
    "end_date": "31.01.2027",
    "today": "29.11.2026",
    "form_note": FORM_NOTES["written"],
    "sender": "Alpha Marketing AG\nHauptstraße 1\n10115 Berlin",
}
PDFTOTEXT = shutil.which("pdftotext")


def test_the_default_template_uses_every_placeholder() -> None:
    used = set(re.findall(r"\{(\w+)\}", DEFAULT_TEMPLATE))

    assert used == set(PLACEHOLDERS)


def test_the_default_letter_is_filled_completely() -> None:
    text = render_letter_text(DEFAULT_TEMPLATE, FIELDS)

    assert "{" not in text
    assert "Kündigung des Vertrags Büroreinigung" in text
    assert "Vertragsnummer: V-2024-118" in text
    assert "Kundennummer: K 4711" in text
    assert "fristgerecht zum 31.01.2027" in text
    assert "Sehr geehrte Damen und Herren," in text
    assert "Mit freundlichen Grüßen" in text
    assert text.startswith("Alpha Marketing AG\nHauptstraße 1\n10115 Berlin\n\nMüller")


def test_missing_fields_become_empty_and_bare_label_lines_go() -> None:
    fields = {
        key: value
        for key, value in FIELDS.items()
        if key not in {"contract_number", "customer_number", "form_note", "notice_address"}
    }

    text = render_letter_text(DEFAULT_TEMPLATE, fields)

    assert "Vertragsnummer" not in text
    assert "Kundennummer" not in text
    assert "\n\n\n" not in text.split("Mit freundlichen Grüßen")[0]
    assert "Müller Gebäudereinigung GmbH\n\n29.11.2026" in text


def test_a_letter_without_any_fields_starts_with_its_first_words() -> None:
    text = render_letter_text(DEFAULT_TEMPLATE, {})

    assert text.startswith("Kündigung des Vertrags \n")
    assert "{" not in text


def test_unknown_names_and_stray_braces_stay_as_typed() -> None:
    template = "Hallo {partner}, {unbekannt} {0} {} { {partner {partner:>10} }} {{partner}}"

    text = render_letter_text(template, {"partner": "Acme"})

    assert text == "Hallo Acme, {unbekannt} {0} {} { {partner {partner:>10} }} {Acme}"


def test_spaces_inside_the_braces_are_forgiven() -> None:
    assert render_letter_text("An { partner }", {"partner": "Acme"}) == "An Acme"


def test_values_are_not_expanded_a_second_time() -> None:
    text = render_letter_text("{partner} / {sender}", {"partner": "{sender}", "sender": "Wir"})

    assert text == "{sender} / Wir"


def test_a_label_line_with_its_value_missing_keeps_other_text() -> None:
    template = "Vertrag {agreement} vom {today}"

    assert render_letter_text(template, {}) == "Vertrag  vom "


@given(st.text(), st.dictionaries(st.sampled_from(PLACEHOLDERS), st.text()))
def test_rendering_never_fails(template: str, fields: dict[str, str]) -> None:
    assert isinstance(render_letter_text(template, fields), str)


def test_the_pdf_is_written(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "kuendigung.pdf"

    write_letter_pdf(render_letter_text(DEFAULT_TEMPLATE, FIELDS), target)

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 1024
    assert data.rstrip().endswith(b"%%EOF")
    assert [path.name for path in tmp_path.iterdir()] == ["kuendigung.pdf"]


def test_writing_into_a_missing_folder_raises(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_letter_pdf("Text", tmp_path / "missing" / "brief.pdf")


def _pdftotext(*args: str) -> str:
    """Word boxes need poppler's ``pdftotext -bbox``; the test skips without it."""
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", *args, "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def test_the_pdf_text_is_extractable_with_umlauts_and_no_markup(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "kuendigung.pdf"
    fields = {**FIELDS, "agreement": "Büroreinigung <b>Nord</b>"}

    write_letter_pdf(render_letter_text(DEFAULT_TEMPLATE, fields), target)

    text = "\n".join(page_texts(target))
    assert "Kündigung des Vertrags Büroreinigung <b>Nord</b>" in text
    assert "Mit freundlichen Grüßen" in text
    assert "80331 München" in text


def test_the_pdf_is_a4_with_readable_text_inside_the_margins(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "kuendigung.pdf"

    write_letter_pdf("Sehr geehrte Damen und Herren,", target)

    page = _pdftotext("-bbox", str(target))
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', page)
    word = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">', page)
    assert size is not None
    assert word is not None
    assert (round(float(size[1])), round(float(size[2]))) == (595, 842)  # A4 in points
    x_min, y_min, y_max = (float(value) for value in word.groups())
    millimetre = 72 / 25.4
    assert x_min == pytest.approx(25 * millimetre, abs=2)
    assert y_min == pytest.approx(25 * millimetre, abs=4)
    assert 9 < y_max - y_min < 16  # 11 pt type, not a quarter of it
