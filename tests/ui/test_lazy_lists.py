"""Long lists fill lazily (fetchMore) yet filter, select, sort and count over every record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from portfolio_app.domain.contact import ContactPerson
from portfolio_app.domain.ids import ContactId, PartnerId
from portfolio_app.domain.partner import Partner, PartnerStatus
from portfolio_app.ui.models.columns import CONTACT_COLUMNS, PARTNER_COLUMNS, PARTNER_NAME
from portfolio_app.ui.models.partner_filter_proxy import PartnerFilterProxy
from portfolio_app.ui.models.record_table_model import FETCH_BATCH, RecordTableModel
from portfolio_app.ui.models.roles import ID_ROLE
from portfolio_app.ui.widgets.partner_list_panel import INSTANT_SEARCH_LIMIT, PartnerListPanel
from portfolio_app.ui.widgets.record_list_panel import RecordListPanel

MANY = 2 * FETCH_BATCH + 100
LAST = "Zebra Logistik GmbH"
"""Sorts after every other name: beyond the first batch."""


def _partners(count: int) -> list[Partner]:
    partners = [
        Partner(PartnerId(i), f"Partner {i:05d}", status=PartnerStatus.ACTIVE)
        for i in range(1, count)
    ]
    partners.insert(count // 3, Partner(PartnerId(count), LAST, status=PartnerStatus.PAUSED))
    return partners


@pytest.fixture
def panel(qtbot: QtBot) -> PartnerListPanel:
    panel = PartnerListPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.set_partners(_partners(MANY))
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _shown_names(panel: PartnerListPanel) -> list[str]:
    """The names the table's rows hold now, without fetching more."""
    model = panel.table.model()
    return [str(model.index(row, PARTNER_NAME).data()) for row in range(model.rowCount())]


def test_a_lazy_model_keeps_the_qt_contract(qtmodeltester) -> None:
    model = RecordTableModel(PARTNER_COLUMNS, batch=10)
    model.set_records(_partners(35))
    qtmodeltester.check(model)
    model.sort(PARTNER_NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_model_shows_its_rows_batch_by_batch() -> None:
    model = RecordTableModel(PARTNER_COLUMNS, batch=FETCH_BATCH)
    model.set_records(_partners(MANY))

    counts = [model.rowCount()]
    while model.canFetchMore():
        model.fetchMore()
        counts.append(model.rowCount())

    assert counts == [FETCH_BATCH, 2 * FETCH_BATCH, MANY]
    assert model.record_count() == MANY


def test_the_list_shows_a_first_batch_and_fetches_more_on_scrolling(
    panel: PartnerListPanel, qtbot: QtBot
) -> None:
    model = panel.table.model()
    assert model.rowCount() == FETCH_BATCH

    bar = panel.table.verticalScrollBar()

    def scrolled_to_the_end_shows(rows: int) -> bool:
        bar.setValue(bar.maximum())  # the range grows once the view has laid out new rows
        return model.rowCount() == rows

    qtbot.waitUntil(lambda: scrolled_to_the_end_shows(2 * FETCH_BATCH))
    qtbot.waitUntil(lambda: scrolled_to_the_end_shows(MANY))
    assert _shown_names(panel)[-1] == LAST


def test_the_count_includes_partners_not_fetched_yet(panel: PartnerListPanel) -> None:
    count = panel.findChild(QLabel, "partnerCount")
    assert count is not None

    assert count.text() == f"{MANY} partners"


def test_typing_finds_a_partner_beyond_the_first_batch(
    panel: PartnerListPanel, qtbot: QtBot
) -> None:
    assert LAST not in _shown_names(panel)

    qtbot.keyClicks(panel.search_edit, "zebra")

    assert _shown_names(panel) == [LAST]
    count = panel.findChild(QLabel, "partnerCount")
    assert count is not None
    assert count.text() == f"1 of {MANY} partners"


def test_the_status_filter_finds_a_partner_beyond_the_first_batch(
    panel: PartnerListPanel,
) -> None:
    combo = panel.status_filter
    combo.setCurrentIndex(combo.findData(PartnerStatus.PAUSED.value))

    assert _shown_names(panel) == [LAST]


def test_a_reload_while_filtering_still_finds_every_match(panel: PartnerListPanel) -> None:
    combo = panel.status_filter
    combo.setCurrentIndex(combo.findData(PartnerStatus.PAUSED.value))

    panel.set_partners(_partners(MANY))

    assert _shown_names(panel) == [LAST]


def test_selecting_a_partner_beyond_the_first_batch_shows_it(panel: PartnerListPanel) -> None:
    assert panel.select_partner(MANY)

    assert panel.selected_partner_id() == MANY
    selected = panel.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == [LAST]
    assert panel.table.visualRect(selected[0]).intersects(panel.table.viewport().rect())


def test_sorting_orders_every_partner_and_shows_the_first_batch(
    panel: PartnerListPanel,
) -> None:
    panel.table.sortByColumn(PARTNER_NAME, Qt.SortOrder.DescendingOrder)

    names = _shown_names(panel)
    assert names[0] == LAST
    assert names[1] == f"Partner {MANY - 1:05d}"
    assert len(names) == FETCH_BATCH


def test_sorting_keeps_a_selected_partner_that_moves_beyond_the_fetched_rows(
    panel: PartnerListPanel,
) -> None:
    assert panel.select_partner(1)  # first by name ascending

    panel.table.sortByColumn(PARTNER_NAME, Qt.SortOrder.DescendingOrder)  # now nearly last

    assert panel.selected_partner_id() == 1
    assert _shown_names(panel)[0] == LAST


def test_end_goes_to_the_last_partner(panel: PartnerListPanel, qtbot: QtBot) -> None:
    panel.select_partner(1)
    panel.table.setFocus()

    qtbot.keyClick(panel.table, Qt.Key.Key_End)

    assert panel.selected_partner_id() == MANY
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    assert panel.selected_partner_id() == 1


def test_page_down_reaches_rows_beyond_the_first_batch(
    panel: PartnerListPanel, qtbot: QtBot
) -> None:
    panel.select_partner(1)
    panel.table.setFocus()

    for _ in range(FETCH_BATCH):  # more pages than one batch has rows
        qtbot.keyClick(panel.table, Qt.Key.Key_PageDown)
        if panel.selected_partner_id() == MANY:
            break

    assert panel.selected_partner_id() == MANY


def test_a_long_list_filters_once_typing_pauses(qtbot: QtBot) -> None:
    panel = PartnerListPanel()
    qtbot.addWidget(panel)
    panel.set_partners(_partners(INSTANT_SEARCH_LIMIT + 1))
    panel.show()

    qtbot.keyClicks(panel.search_edit, "zebra")

    assert len(_shown_names(panel)) == FETCH_BATCH  # not filtered while typing
    qtbot.waitUntil(lambda: _shown_names(panel) == [LAST])


def test_enter_filters_a_long_list_at_once(qtbot: QtBot) -> None:
    panel = PartnerListPanel()
    qtbot.addWidget(panel)
    panel.set_partners(_partners(INSTANT_SEARCH_LIMIT + 1))
    panel.show()
    qtbot.keyClicks(panel.search_edit, "zebra")

    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)

    assert _shown_names(panel) == [LAST]


def test_clearing_the_search_shows_every_partner_at_once(qtbot: QtBot) -> None:
    panel = PartnerListPanel()
    qtbot.addWidget(panel)
    panel.set_partners(_partners(INSTANT_SEARCH_LIMIT + 1))
    qtbot.keyClicks(panel.search_edit, "zebra")
    qtbot.waitUntil(lambda: _shown_names(panel) == [LAST])

    panel.search_edit.clear()

    assert len(_shown_names(panel)) == INSTANT_SEARCH_LIMIT + 1
    assert panel.select_partner(1)


def test_the_filter_proxy_over_a_lazy_model_keeps_the_qt_contract(qtmodeltester) -> None:
    model = RecordTableModel(PARTNER_COLUMNS, batch=10)
    model.set_records(_partners(35))
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("zebra")

    assert [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())] == [35]
    qtmodeltester.check(proxy)


TEXTS = {
    "list": "Contacts",
    "add": "Add",
    "edit": "Edit",
    "delete": "Delete",
    "empty": "None",
    "preview": "Preview",
    "preview_hint": "Select one",
}


def _contact_panel(qtbot: QtBot) -> RecordListPanel:
    panel = RecordListPanel("contact", CONTACT_COLUMNS, TEXTS)
    qtbot.addWidget(panel)
    contacts = [
        ContactPerson(ContactId(i), PartnerId(1), f"Kontakt {i:04d}") for i in range(1, MANY)
    ]
    contacts.insert(5, ContactPerson(ContactId(MANY), PartnerId(1), "Zander"))
    panel.set_records(contacts)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_record_panel_sorts_every_record_not_only_the_fetched_ones(qtbot: QtBot) -> None:
    panel = _contact_panel(qtbot)
    model = panel.table.model()
    assert model.rowCount() == FETCH_BATCH

    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    assert model.index(0, 0).data() == "Zander"
    assert model.index(1, 0).data() == f"Kontakt {MANY - 1:04d}"
    assert len(panel.row_texts()) == MANY


def test_a_record_panel_selects_a_record_beyond_the_first_batch(qtbot: QtBot) -> None:
    panel = _contact_panel(qtbot)

    assert panel.select(MANY - 1)

    assert panel.selected_id() == MANY - 1
