"""Filtering of the partner list (free text, status, category); sorting is the model's."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from typing_extensions import override

from portfolio_app.domain.partner import Partner
from portfolio_app.ui.labels import category_label
from portfolio_app.ui.models.record_table_model import SourceSortProxy
from portfolio_app.ui.models.roles import RECORD_ROLE


class PartnerFilterProxy(SourceSortProxy):
    """Shows the partners whose text contains every typed word and that match the filters.

    A lazily filled source is fetched completely while a filter is set, so that the filter
    also finds the partners the list has not shown yet.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: str | None = None
        self._category: str | None = None
        # Each partner's searchable text, built once per list (not once per keystroke).
        self._haystacks: dict[int, str] = {}
        # Whether each source row passes, decided for all rows at once after a change:
        # Qt then asks row by row, and each answer is a look-up.
        self._passes: list[bool] | None = None
        self.sourceModelChanged.connect(self._on_source_model_changed)

    def is_filtering(self) -> bool:
        """Whether any filter (text, status or category) hides partners."""
        return bool(self._words) or self._status is not None or self._category is not None

    def set_search_text(self, text: str) -> None:
        """Match partners whose name, category, tags or address contain every word."""
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._passes = None
        self.endFilterChange()
        self._fetch_all_if_filtering()

    def set_status(self, status: str | None) -> None:
        """Only partners with this status value (``None``: any)."""
        self.beginFilterChange()
        self._status = status
        self._passes = None
        self.endFilterChange()
        self._fetch_all_if_filtering()

    def set_category(self, category: str | None) -> None:
        """Only partners in this category (``None``: any)."""
        self.beginFilterChange()
        self._category = category
        self._passes = None
        self.endFilterChange()
        self._fetch_all_if_filtering()

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        passes = self._passes
        if passes is not None:
            return passes[source_row]
        if not self.is_filtering():
            return True
        model = self.record_model()
        if model is None:
            source = self.sourceModel()
            return self._accepts(source.data(source.index(source_row, 0), RECORD_ROLE))
        self._passes = passes = [self._accepts(partner) for partner in model.records()]
        return passes[source_row]

    def _accepts(self, partner: Partner) -> bool:
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

    def _fetch_all_if_filtering(self) -> None:
        """Fetch every partner while a filter is set (after filtering the ones shown)."""
        model = self.record_model()
        if model is not None and self.is_filtering():
            model.fetch_all()

    def _on_source_model_changed(self) -> None:
        self._haystacks.clear()
        self._forget_passes()
        source = self.sourceModel()
        if source is not None:
            # A reload brings new partner data under the same ids: forget the old texts.
            source.modelAboutToBeReset.connect(self._haystacks.clear)
            # Rows move or change: decide again which pass (before Qt asks).
            for signal in (
                source.modelAboutToBeReset,
                source.layoutAboutToBeChanged,
                source.rowsAboutToBeInserted,
                source.rowsAboutToBeRemoved,
            ):
                signal.connect(self._forget_passes)
            # A reload shows the first rows only: a filter must see them all again.
            source.modelReset.connect(self._fetch_all_if_filtering)

    def _forget_passes(self) -> None:
        self._passes = None


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
