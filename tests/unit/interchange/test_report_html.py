"""The HTML building blocks of the reports: escaping, tables, wording."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QTextDocument

from portfolio_app.interchange.report_content import promises_section, shortened
from portfolio_app.interchange.report_html import (
    WORDING,
    PromiseLine,
    ReportFormat,
    escaped,
    facts,
    signed,
    table,
)

pytestmark = pytest.mark.usefixtures("qapp")


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_user_text_is_shown_as_typed() -> None:
    hostile = '<b>x</b> & "y"\n<script>alert(1)</script>'

    assert escaped(hostile) == (
        "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;<br/>&lt;script&gt;alert(1)&lt;/script&gt;"
    )
    lines = _plain(table(["Name"], [[hostile]])).split("\n")
    assert '<b>x</b> & "y"' in lines
    assert "<script>alert(1)</script>" in lines


def test_facts_leave_out_empty_values() -> None:
    text = _plain(facts([("Website", ""), ("Address", "Hauptstraße 1")]))

    assert "Website" not in text
    assert "Hauptstraße 1" in text


def test_wording_fills_its_placeholders() -> None:
    fmt = ReportFormat()

    assert fmt.t("page", "2", "7") == "Page 2 of 7"
    assert fmt.t("as_of", fmt.format_date(date(2026, 11, 29))) == "As of 2026-11-29"
    assert fmt.day(None) == "—"
    assert all(isinstance(text, str) and text for text in WORDING.values())


def test_points_carry_their_sign() -> None:
    assert [signed(10), signed(-6.4), signed(0.2)] == ["+10", "−6", "±0"]


def test_open_promises_are_listed_with_due_date() -> None:
    fmt = ReportFormat()
    promises = [PromiseLine("Angebot <neu> senden", "we", date(2026, 12, 1), overdue=True)]

    text = _plain(promises_section(promises, fmt))

    assert "Angebot <neu> senden" in text
    assert "2026-12-01 !" in text
    assert _plain(promises_section([], fmt)).strip() == "No open promises."


def test_long_note_texts_are_cut_at_a_word() -> None:
    assert shortened("kurz") == "kurz"
    assert shortened("eins zwei drei vier", limit=12) == "eins zwei …"
    assert shortened("x" * 20, limit=5) == "xxxxx …"
