"""Read a PDF back with poppler's ``pdfinfo`` and ``pdftotext`` (tests skip without them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return found


def page_count(path: Path) -> int:
    """The number of pages ``pdfinfo`` reports."""
    info = subprocess.run(
        [_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^Pages:\s+(\d+)$", info, re.MULTILINE)
    assert match is not None, info
    return int(match.group(1))


def page_texts(path: Path) -> list[str]:
    """The text of every page, in reading order (pages split at form feeds)."""
    text = subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def one_line(text: str) -> str:
    """``text`` with every run of white space made one space (table cells wrap).

    Ligatures are spelled out again ("ﬁ" → "fi").
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())
