"""Fixtures for the dialog tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def german_locale() -> Iterator[QLocale]:
    """Make German (Germany) the default locale for the test, then restore the old one."""
    previous = QLocale()
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    yield german
    QLocale.setDefault(previous)
