"""The PDF dossier and portfolio report, from a real database, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portfolio_app.interchange.report_content import dossier_document, portfolio_document
from portfolio_app.interchange.report_html import (
    ReportDocument,
    ReportFormat,
    document,
    heading,
    paragraph,
    table,
)
from portfolio_app.interchange.report_pdf import write_report_pdf
from portfolio_app.services.catalog import Services
from portfolio_app.ui.report_wording import report_format
from tests.pdf_text import one_line, page_count, page_texts
from tests.report_data import CLEANING, HOSTILE, MUELLER, fill_report_portfolio

pytestmark = pytest.mark.usefixtures("qapp")


def test_the_dossier_is_a_pdf_with_the_partner_in_it(services: Services, tmp_path: Path) -> None:
    stored = fill_report_portfolio(services)
    target = tmp_path / "dossier.pdf"

    pages = write_report_pdf(
        dossier_document(services.reports.dossier(stored.mueller), report_format()), target
    )

    assert target.read_bytes().startswith(b"%PDF")
    assert page_count(target) == pages == 2
    first, second = (one_line(page) for page in page_texts(target))
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second
    text = f"{first} {second}"
    assert "Partner Dossier" in text
    assert MUELLER in text
    assert "As of 29/11/2026" in text
    for shown in ("Jürgen Weiß", "Objektleiter", "jw@example.de", "Anna Öztürk (primary contact)"):
        assert shown in text
    assert "Unterhaltsreinigung" in text  # the agreement (its title may wrap in the cell)
    assert "Service contract, Active" in text
    # Next end, last notice day, renewal, annual cost:
    assert "28/02/2027 30/11/2026 01/03/2027" in text
    assert "€5,400.00" in text
    for shown in ("Reklamationen halbieren", "At risk", "20 → 10, now 15 Fälle", "50 %"):
        assert shown in text  # a goal with its KPI and progress
    assert "Quartalsgespräch" in text
    assert "Health score:" in text
    assert "Partnership: 8 years +10" in text


def test_a_large_dossier_spans_pages_each_with_header_and_footer(
    services: Services, tmp_path: Path
) -> None:
    stored = fill_report_portfolio(services, extra_notes=60, extra_agreements=40)
    target = tmp_path / "dossier.pdf"

    pages = write_report_pdf(
        dossier_document(services.reports.dossier(stored.mueller), report_format()), target
    )

    texts = page_texts(target)
    assert pages >= 3
    assert page_count(target) == pages == len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "As of 29/11/2026" in text
        assert f"Partner Portfolio · Partner Dossier · {MUELLER}" in one_line(text)
    everything = one_line(" ".join(texts))
    assert "Zusatzvertrag 40" in everything
    assert "The latest 10 of 61 notes, newest first." in everything
    assert "Telefonat 10" not in everything  # only the latest ten notes
    assert "Total per year €10,200.00" in everything


def test_the_portfolio_report_shows_costs_deadlines_and_health(
    services: Services, tmp_path: Path
) -> None:
    fill_report_portfolio(services)
    target = tmp_path / "report.pdf"

    pages = write_report_pdf(
        portfolio_document(services.reports.portfolio(), report_format()), target
    )

    assert target.read_bytes().startswith(b"%PDF")
    assert page_count(target) == pages == 1
    text = one_line(page_texts(target)[0])
    assert "Portfolio Report" in text
    assert "Facility / cleaning €5,400.00" in text
    assert "IT services €4,800.00" in text
    assert "Total per year €10,200.00" in text
    assert "Deadlines of the next 90 days" in text
    assert f"30/11/2026 Last notice day {MUELLER} {CLEANING}" in text
    assert "05/12/2026 Follow-up due" in text
    assert "Quartalsgespräch" in text
    assert "Partners by health, lowest first" in text
    assert f"55 watch {HOSTILE} IT services" in text
    assert text.index("55 watch") < text.index("84 good")
    assert "Page 1 of 1" in text


def test_hostile_text_is_escaped_never_parsed(services: Services) -> None:
    fill_report_portfolio(services)

    html = portfolio_document(services.reports.portfolio(), report_format()).html

    assert "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;" in html
    assert "<b>x</b>" not in html


def test_writing_into_a_missing_folder_raises_and_leaves_nothing(
    services: Services, tmp_path: Path
) -> None:
    fill_report_portfolio(services)
    target = tmp_path / "missing" / "report.pdf"

    with pytest.raises(OSError, match="No such file"):
        write_report_pdf(portfolio_document(services.reports.portfolio(), report_format()), target)

    assert not target.parent.exists()


def test_a_heading_never_stays_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    target = tmp_path / "layout.pdf"
    for lines in range(56, 70):  # the heading moves down to the foot of page 2, and beyond
        body = "".join(paragraph(f"Zeile {n}") for n in range(lines))
        section = heading("Abschnitt") + table(["Spalte"], [["Erste Zeile"]])
        html = document(ReportFormat(), "Titel", "", date(2026, 11, 29), body + section)

        write_report_pdf(ReportDocument("Titel", "Kopf", "Fuß", "Seite %1 von %2", html), target)

        pages = [one_line(page) for page in page_texts(target)]
        (with_heading,) = [page for page in pages if "Abschnitt" in page]
        assert "Erste Zeile" in with_heading, lines
