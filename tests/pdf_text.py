"""Read a PDF back (pypdf, a test dependency): its page count and the text of each page."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def page_count(path: Path) -> int:
    """The number of pages in the file."""
    return len(PdfReader(path).pages)


def page_texts(path: Path) -> list[str]:
    """The text of every page, in reading order (words apart by spaces, as typeset)."""
    return [(page.extract_text() or "").replace("\t", " ") for page in PdfReader(path).pages]


def one_line(text: str) -> str:
    """``text`` with every run of white space made one space (table cells wrap).

    Ligatures are spelled out again ("ﬁ" → "fi").
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())
