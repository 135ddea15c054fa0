"""The locale used for dates, numbers and money."""

from __future__ import annotations

from PySide6.QtCore import QLocale

FALLBACK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
"""Used when the system reports the "C" locale (no LANG set): day-first dates, 4-digit years."""


def apply_default_locale(system: QLocale | None = None) -> QLocale:
    """Make the system locale the default, or the fallback if the system has none."""
    chosen = system or QLocale.system()
    if chosen.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        chosen = FALLBACK
    QLocale.setDefault(chosen)
    return chosen
