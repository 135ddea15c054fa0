from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Partner, PartnerCategory, PartnerStatus
from portfolio_app.ui.models.columns import PARTNER_COLUMNS, PARTNER_SINCE, PARTNER_STATUS
from portfolio_app.ui.models.record_table_model import RecordTableModel
from portfolio_app.ui.models.roles import ID_ROLE
from portfolio_app.ui.widgets.partner_list_panel import PartnerListPanel

PARTNERS = [
    Partner(
        PartnerId(1),
        "Druckhaus Weiß GmbH",
        PartnerCategory.PRINT.value,
        PartnerStatus.ACTIVE,
        date(2019, 3, 1),
        address="Hauptstraße 4\n70173 Stuttgart",
        tags=("regional",),
    ),
    Partner(
        PartnerId(2),
        "Alpha Marketing AG",
        PartnerCategory.MARKETING.value,
        PartnerStatus.PROSPECT,
        date(2024, 1, 15),
    ),
    Partner(
        PartnerId(3),
        "Kaffeewerk Süd",
        "Kaffeemaschinen",
        PartnerStatus.ENDED,
        None,
        tags=("Nachhaltigkeit",),
    ),
]


@pytest.fixture
def panel(qtbot: QtBot) -> PartnerListPanel:
    panel = PartnerListPanel()
    qtbot.addWidget(panel)
    panel.set_categories([c.value for c in PartnerCategory] + ["Kaffeemaschinen"])
    panel.set_partners(PARTNERS)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_partner_model_satisfies_the_qt_model_contract(qtmodeltester) -> None:
    model = RecordTableModel(PARTNER_COLUMNS)
    model.set_records(PARTNERS)
    qtmodeltester.check(model)
    model.set_records([])
    qtmodeltester.check(model)


def test_cells_show_name_translated_category_status_and_date() -> None:
    model = RecordTableModel(PARTNER_COLUMNS)
    model.set_records(PARTNERS)

    assert [model.index(0, c).data() for c in range(4)] == [
        "Druckhaus Weiß GmbH",
        "Print",
        "Active",
        model.index(0, PARTNER_SINCE).data(),
    ]
    assert "2019" in model.index(0, PARTNER_SINCE).data()
    assert model.index(2, 1).data() == "Kaffeemaschinen"
    assert model.index(1, 0).data(ID_ROLE) == 2


def test_list_is_sorted_by_name_at_first(panel: PartnerListPanel) -> None:
    assert panel.visible_names() == ["Alpha Marketing AG", "Druckhaus Weiß GmbH", "Kaffeewerk Süd"]


def test_clicking_a_header_sorts_by_that_column(panel: PartnerListPanel, qtbot: QtBot) -> None:
    header = panel.table.horizontalHeader()
    position = header.sectionViewportPosition(PARTNER_SINCE) + 5

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))

    names = panel.visible_names()
    assert names.index("Druckhaus Weiß GmbH") < names.index("Alpha Marketing AG")


def test_sorting_by_status_follows_the_life_cycle(panel: PartnerListPanel) -> None:
    panel.table.sortByColumn(PARTNER_STATUS, Qt.SortOrder.AscendingOrder)

    assert panel.visible_names() == ["Alpha Marketing AG", "Druckhaus Weiß GmbH", "Kaffeewerk Süd"]


def test_typing_in_the_search_box_narrows_the_list(panel: PartnerListPanel, qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.search_edit, "alpha")

    assert panel.visible_names() == ["Alpha Marketing AG"]


def test_search_matches_tags_and_city_and_every_word(panel: PartnerListPanel, qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.search_edit, "stuttgart")
    assert panel.visible_names() == ["Druckhaus Weiß GmbH"]

    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "nachhalt kaffee")
    assert panel.visible_names() == ["Kaffeewerk Süd"]


def test_search_finds_the_translated_category(panel: PartnerListPanel, qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.search_edit, "marketing")

    assert panel.visible_names() == ["Alpha Marketing AG"]


def test_status_filter_shows_only_that_status(panel: PartnerListPanel) -> None:
    combo = panel.status_filter
    combo.setCurrentIndex(combo.findData(PartnerStatus.PROSPECT.value))

    assert panel.visible_names() == ["Alpha Marketing AG"]


def test_category_filter_includes_own_categories(panel: PartnerListPanel) -> None:
    combo = panel.category_filter
    combo.setCurrentIndex(combo.findData("Kaffeemaschinen"))

    assert panel.visible_names() == ["Kaffeewerk Süd"]


def test_count_label_says_how_many_are_shown(panel: PartnerListPanel, qtbot: QtBot) -> None:
    count = panel.findChild(QLabel, "partnerCount")
    assert count is not None
    assert count.text() == "3 partners"
    qtbot.keyClicks(panel.search_edit, "alpha")
    assert count.text() == "1 of 3 partners"


def test_selecting_a_row_reports_the_partner(panel: PartnerListPanel, qtbot: QtBot) -> None:
    table = panel.table
    rect = table.visualRect(table.model().index(1, 0))

    with qtbot.waitSignal(panel.selection_changed, check_params_cb=lambda pid: pid == 1):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert panel.selected_partner_id() == 1


def test_enter_on_a_row_asks_to_edit_it(panel: PartnerListPanel, qtbot: QtBot) -> None:
    panel.select_partner(3)

    with qtbot.waitSignal(panel.edit_requested, check_params_cb=lambda pid: pid == 3):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)


def test_replacing_rows_keeps_the_selection(panel: PartnerListPanel) -> None:
    panel.select_partner(2)

    panel.set_partners(list(reversed(PARTNERS)))

    assert panel.selected_partner_id() == 2


def test_selection_is_cleared_when_the_partner_disappears(
    panel: PartnerListPanel, qtbot: QtBot
) -> None:
    panel.select_partner(2)

    with qtbot.waitSignal(panel.selection_changed, check_params_cb=lambda pid: pid is None):
        panel.set_partners([PARTNERS[0]])
