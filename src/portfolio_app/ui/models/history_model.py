"""A partner's audit trail as a read-only table: when, what happened, what changed."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from portfolio_app.domain.audit import AuditEntry
from portfolio_app.ui.formatting import format_moment
from portfolio_app.ui.history_text import change_lines, changes_summary, headline
from portfolio_app.ui.models.record_table_model import Column, RecordTableModel

_CONTEXT = "HistoryModel"
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
"""Rows grow with wrapped changes; every cell starts at the top."""


class HistoryColumn(enum.IntEnum):
    """Column order of ``HistoryModel``."""

    WHEN = 0
    WHAT = 1
    CHANGES = 2


HISTORY_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("HistoryModel", "When"),
        lambda entry: format_moment(entry.at),
        sort_key=lambda entry: entry.at.isoformat(),
        alignment=_TOP_LEFT,
    ),
    Column(QT_TRANSLATE_NOOP("HistoryModel", "What happened"), headline, alignment=_TOP_LEFT),
    Column(
        QT_TRANSLATE_NOOP("HistoryModel", "Changes"),
        changes_summary,
        tooltip=change_lines,
        alignment=_TOP_LEFT,
    ),
)
"""In :class:`HistoryColumn` order; the changes' tooltip lists every change in full."""


class HistoryModel(RecordTableModel):
    """Rows are audit entries in the order given (the service gives newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HISTORY_COLUMNS, parent, header_context=_CONTEXT)

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        """Replace all rows."""
        self.set_records(entries)

    def entries(self) -> list[AuditEntry]:
        """The rows, in order."""
        return self.records()
