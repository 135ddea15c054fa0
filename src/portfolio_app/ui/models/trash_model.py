"""The trash as a read-only table: kind, item, partner, when deleted, when purged."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from portfolio_app.domain.ids import ItemKind
from portfolio_app.domain.trash import TrashedItem
from portfolio_app.ui.formatting import format_date, format_moment
from portfolio_app.ui.history_text import kind_name
from portfolio_app.ui.models.record_table_model import Column, RecordTableModel

_CONTEXT = "TrashModel"


class TrashColumn(enum.IntEnum):
    """Column order of ``TrashModel``."""

    KIND = 0
    TITLE = 1
    PARTNER = 2
    DELETED = 3
    PURGED = 4


def _partner(item: TrashedItem) -> str:
    return "" if item.kind is ItemKind.PARTNER else item.partner_name


def _deleted_key(item: TrashedItem) -> str:
    return item.deleted_at.isoformat()


TRASH_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("TrashModel", "Type"), lambda item: kind_name(item.kind)),
    Column(QT_TRANSLATE_NOOP("TrashModel", "Item"), lambda item: item.title),
    Column(QT_TRANSLATE_NOOP("TrashModel", "Partner"), _partner),
    Column(
        QT_TRANSLATE_NOOP("TrashModel", "Deleted"),
        lambda item: format_moment(item.deleted_at),
        sort_key=_deleted_key,
    ),
    Column(
        QT_TRANSLATE_NOOP("TrashModel", "Removed for good on"),
        lambda item: format_date(item.purge_at.astimezone().date()),
        sort_key=_deleted_key,
    ),
)
"""In :class:`TrashColumn` order; both dates sort by when the item was deleted."""


class TrashModel(RecordTableModel):
    """Rows are trashed items in the order given (the service gives newest first).

    A partner's row leaves the partner column empty: the row *is* the partner.
    Trashed items have no id of their own, so ``ID_ROLE`` is ``None``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(TRASH_COLUMNS, parent, header_context=_CONTEXT, id_of=None)

    def set_items(self, items: Sequence[TrashedItem]) -> None:
        """Replace all rows."""
        self.set_records(items)

    def items(self) -> list[TrashedItem]:
        """The rows, in model order."""
        return self.records()
