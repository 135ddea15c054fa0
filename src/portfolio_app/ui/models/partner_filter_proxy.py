"""Filtering of the partner list (free text, status, category); sorting is the model's."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from typing_extensions import override

from portfolio_app.domain.partner import Partner
from portfolio_app.ui.labels import category_label
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE


class PartnerFilterProxy(QSortFilterProxyModel):
    """Shows the partners whose text contains every typed word and that match the filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self._category: str | None = None
        self.setSortRole(SORT_KEY_ROLE)
        self.setDynamicSortFilter(True)
        # Each partner's searchable text, built once per list (not once per keystroke).
        self._haystacks: dict[int, str] = {}
        self.sourceModelChanged.connect(self._forget_haystacks)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model order its rows; this proxy keeps that order and filters.

        Sorting here would call into Python for each of the n·log n comparisons (about a
        second for ten thousand partners); the source sorts one key per row.
        """
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_search_text(self, text: str) -> None:
        """Match partners whose name, category, tags or address contain every word."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_status(self, status: str | None) -> None:
        """Only partners with this status value (``None``: any)."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_category(self, category: str | None) -> None:
        """Only partners in this category (``None``: any)."""
        self.beginFilterChange()
        self._category = category
        self.endFilterChange()

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        partner: Partner = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if self._status is not None and partner.status.value != self._status:
            return False
        if self._category is not None and partner.category != self._category:
            return False
        if not self._words:
            return True
        key = partner.id if partner.id is not None else -id(partner)
        haystack = self._haystacks.get(key)
        if haystack is None:
            haystack = self._haystacks[key] = _searchable_text(partner)
        return all(word in haystack for word in self._words)

    def _forget_haystacks(self) -> None:
        self._haystacks.clear()
        source = self.sourceModel()
        if source is not None:
            # A reload brings new partner data under the same ids: forget the old texts.
            source.modelAboutToBeReset.connect(self._haystacks.clear)


def _searchable_text(partner: Partner) -> str:
    parts = (
        partner.name,
        category_label(partner.category),
        partner.category,
        " ".join(partner.tags),
        partner.address,
        partner.website,
    )
    return " ".join(parts).casefold()
