"""Custom item-data roles shared by the table models."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id (int)."""
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts the column correctly (dates as ISO strings, names case-folded)."""
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3
"""The frozen domain object behind the row."""
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4
"""The raw value a filter compares against (status value, category value)."""
