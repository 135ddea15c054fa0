"""The partner list sorts in its model (one key per row), stably, and re-sorts on new scores."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from portfolio_app.domain.health import HealthScore, band_for
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner
from portfolio_app.ui.models.columns import PARTNER_NAME
from portfolio_app.ui.models.partner_filter_proxy import PartnerFilterProxy
from portfolio_app.ui.models.partner_table_model import PARTNER_HEALTH, PartnerTableModel
from portfolio_app.ui.models.record_table_model import Column, RecordTableModel


def names(proxy: PartnerFilterProxy) -> list[str]:
    return [str(proxy.index(row, PARTNER_NAME).data()) for row in range(proxy.rowCount())]


def score(value: int) -> HealthScore:
    return HealthScore(score=value, factors=(), band=band_for(value))


def partners(*names: str) -> list[Partner]:
    return [Partner(PartnerId(i + 1), name) for i, name in enumerate(names)]


def test_the_view_sorts_through_the_model_and_keeps_the_selection(qtbot: QtBot) -> None:
    model = PartnerTableModel()
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    model.set_records(partners("Zeta", "alpha", "Müller", "Beta"))
    view.sortByColumn(PARTNER_NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["alpha", "Beta", "Müller", "Zeta"]
    selected = QPersistentModelIndex(proxy.index(2, PARTNER_NAME))

    view.sortByColumn(PARTNER_NAME, Qt.SortOrder.DescendingOrder)

    assert names(proxy) == ["Zeta", "Müller", "Beta", "alpha"]
    assert selected.row() == 1  # the persistent index followed "Müller"
    assert proxy.sortColumn() == -1  # the proxy only filters


def test_new_scores_in_the_sorted_column_re_sort_the_rows(qtbot: QtBot) -> None:
    model = PartnerTableModel()
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    model.set_records(partners("A", "B", "C"))
    proxy.sort(PARTNER_HEALTH, Qt.SortOrder.AscendingOrder)

    model.set_health_scores({PartnerId(1): score(80), PartnerId(2): score(20)})
    assert names(proxy) == ["C", "B", "A"]  # C has no score yet: before the lowest

    model.set_health_scores(
        {PartnerId(1): score(80), PartnerId(2): score(20), PartnerId(3): score(5)}
    )
    assert names(proxy) == ["C", "B", "A"]


def test_sorting_is_stable_and_puts_missing_keys_last_ascending_first_descending() -> None:
    columns = (
        Column("Name", lambda r: r[0]),
        Column("Key", lambda r: r[1], sort_key=lambda r: r[1]),
    )
    model = RecordTableModel(columns, id_of=None)
    model.set_records([("x", 2), ("none1", None), ("y", 1), ("z", 2), ("none2", None)])

    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in model.records()] == ["y", "x", "z", "none1", "none2"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in model.records()] == ["none1", "none2", "x", "z", "y"]
    model.set_records([("b", 1), ("a", 0)])  # new rows keep the chosen order
    assert [r[0] for r in model.records()] == ["b", "a"]


def test_the_filter_reads_new_rows_after_a_reload(qtbot: QtBot) -> None:
    model = PartnerTableModel()
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    model.set_records(partners("Alpha Druck", "Beta"))
    proxy.set_search_text("druck")
    assert names(proxy) == ["Alpha Druck"]

    model.set_records(partners("Alpha Reinigung", "Beta Druckerei"))

    assert names(proxy) == ["Beta Druckerei"]
