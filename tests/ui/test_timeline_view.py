"""The graphical timeline, driven like a person: wheel, keys, drag, double-click, filters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain.agreement import Agreement, BillingPeriod
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.domain.note import CommunicationNote
from portfolio_app.domain.partner import Partner
from portfolio_app.domain.timeline import MarkKind
from portfolio_app.runtime import Runtime
from portfolio_app.services.catalog import Services
from portfolio_app.services.changes import Changes
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.formatting import format_date, format_money
from portfolio_app.ui.main_window import VIEW_PARTNERS, VIEW_TIMELINE
from portfolio_app.ui.timeline.canvas import TimelineCanvas
from portfolio_app.ui.timeline.keys import ZOOM_STEP
from portfolio_app.ui.timeline.view import TimelineView
from tests.ui.modal import while_modal
from tests.ui.portfolio_support import TODAY, fill_portfolio, start, stop

NOTE_DAY = date(2026, 11, 2)


def created(changes: Changes) -> int:
    assert changes.created is not None
    return changes.created.id


@dataclass(frozen=True)
class Refs:
    acme: PartnerId
    note: ItemRef
    old: ItemRef
    agreement: ItemRef


@pytest.fixture
def refs(services: Services) -> Refs:
    acme = PartnerId(created(services.partners.add_partner(Partner(None, "Acme", "print"))))
    services.partners.add_partner(Partner(None, "Globex", "marketing"))
    note = created(
        services.notes.add(
            CommunicationNote(
                None, acme, datetime(2026, 11, 2, 12, tzinfo=UTC), "<b>Tom & Jerry</b>"
            )
        )
    )
    old = created(
        services.notes.add(
            CommunicationNote(None, acme, datetime(2010, 1, 5, 12, tzinfo=UTC), "Uralt")
        )
    )
    agreement = created(
        services.agreements.add(
            Agreement(
                None,
                acme,
                "Leasing",
                start_date=date(2026, 3, 1),
                end_date=date(2027, 2, 28),
                value=Money.of("249.90"),
                billing_period=BillingPeriod.MONTHLY,
            )
        )
    )
    return Refs(
        acme,
        ItemRef(ItemKind.NOTE, note),
        ItemRef(ItemKind.NOTE, old),
        ItemRef(ItemKind.AGREEMENT, agreement),
    )


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def view(qtbot: QtBot, services: Services, refs: Refs, events: AppEvents) -> TimelineView:
    view = TimelineView(
        services.timeline,
        lambda: TODAY,
        canvas_name="portfolioTimelineView",
        choices=lambda: (services.partners.categories(), services.partners.tags()),
        events=events,
    )
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def canvas_of(view: TimelineView) -> TimelineCanvas:
    canvas = view.findChild(QWidget, "portfolioTimelineView")
    assert isinstance(canvas, TimelineCanvas)
    return canvas


def expected_x(canvas: TimelineCanvas, day: date) -> float:
    scale, metrics = canvas.scale, canvas.metrics
    return metrics.label_width + (day.toordinal() - scale.first_day + 0.5) * scale.px_per_day


def send_wheel(widget: QWidget, at: QPointF, dx: int, dy: int, mods: Qt.KeyboardModifier) -> None:
    event = QWheelEvent(
        at,
        widget.mapToGlobal(at),
        QPoint(),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_view_shows_items_of_the_visible_range_where_their_day_is(
    view: TimelineView, refs: Refs
) -> None:
    canvas = canvas_of(view)

    position = canvas.item_position(refs.note)

    assert position is not None
    assert position.x() == pytest.approx(expected_x(canvas, NOTE_DAY))
    hit = canvas.item_at(position)
    assert hit is not None
    assert hit.item.ref == refs.note
    assert hit.lane.name == "Acme"
    assert refs.agreement in {item.ref for item in canvas.visible_items()}


def test_items_far_outside_the_visible_range_are_neither_read_nor_painted(
    view: TimelineView, refs: Refs
) -> None:
    canvas = canvas_of(view)

    assert refs.old not in {item.ref for item in canvas.fetched_items()}
    assert refs.old not in {item.ref for item in canvas.visible_items()}
    assert canvas.item_position(refs.old) is None


def test_keyboard_zooms_in_and_out(qtbot: QtBot, view: TimelineView) -> None:
    canvas = canvas_of(view)
    before = canvas.scale.px_per_day

    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    zoomed_in = canvas.scale.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)

    assert zoomed_in == pytest.approx(before * ZOOM_STEP)
    assert canvas.scale.px_per_day == pytest.approx(before / ZOOM_STEP)


def test_ctrl_wheel_zooms_around_the_mouse(view: TimelineView) -> None:
    canvas = canvas_of(view)
    at = QPointF(900, 300)
    day_before = canvas.scale.day_at(at.x() - canvas.metrics.label_width)
    before = canvas.scale.px_per_day

    send_wheel(canvas, at, 0, 240, Qt.KeyboardModifier.ControlModifier)

    assert canvas.scale.px_per_day == pytest.approx(before * ZOOM_STEP**2)
    assert canvas.scale.day_at(at.x() - canvas.metrics.label_width) == day_before


def test_shift_wheel_and_arrow_keys_pan_in_time(qtbot: QtBot, view: TimelineView) -> None:
    canvas = canvas_of(view)
    first = canvas.visible_range()[0]

    send_wheel(canvas, QPointF(700, 300), 0, -120, Qt.KeyboardModifier.ShiftModifier)
    after_wheel = canvas.visible_range()[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)

    assert after_wheel > first
    assert canvas.visible_range()[0] < after_wheel


def test_dragging_pans_and_home_returns_to_today(qtbot: QtBot, view: TimelineView) -> None:
    canvas = canvas_of(view)
    first = canvas.visible_range()[0]

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(1000, 400))
    qtbot.mouseMove(canvas, QPoint(800, 400))
    qtbot.mouseMove(canvas, QPoint(600, 400))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(600, 400))
    dragged = canvas.visible_range()[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)

    assert (dragged - first).days == pytest.approx(400 / canvas.scale.px_per_day, abs=1)
    plot_third = (canvas.width() - canvas.metrics.label_width) / 3
    assert canvas.scale.day_at(plot_third) == TODAY


def test_the_tooltip_names_title_dates_and_amount_as_plain_text(
    view: TimelineView, refs: Refs
) -> None:
    canvas = canvas_of(view)
    bar = canvas.item_position(refs.agreement)
    note = canvas.item_position(refs.note)
    assert bar is not None
    assert note is not None

    text = canvas.tooltip_at(bar)
    QApplication.sendEvent(
        canvas,
        QHelpEvent(QEvent.Type.ToolTip, note.toPoint(), canvas.mapToGlobal(note.toPoint())),
    )

    assert text.splitlines()[0] == "Leasing"
    assert f"{format_date(date(2026, 3, 1))} – {format_date(date(2027, 2, 28))}" in text
    assert format_money(Money.of("249.90")) in text
    assert canvas.tooltip_at(note).splitlines()[0] == "<b>Tom & Jerry</b>"
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in QToolTip.text()
    assert canvas.tooltip_at(QPointF(canvas.width() - 5, canvas.height() - 5)) == ""


def test_enter_on_the_selected_item_asks_to_open_it(
    qtbot: QtBot, view: TimelineView, refs: Refs
) -> None:
    canvas = canvas_of(view)
    position = canvas.item_position(refs.note)
    assert position is not None
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=position.toPoint())

    with qtbot.waitSignal(view.open_requested, check_params_cb=lambda ref: ref == refs.note):
        qtbot.keyClick(canvas, Qt.Key.Key_Return)

    selected = canvas.selected()
    assert selected is not None
    assert selected.kind is MarkKind.NOTE


def test_filtering_by_category_leaves_only_those_lanes(view: TimelineView) -> None:
    canvas = canvas_of(view)
    assert [lane.name for lane in canvas.lanes()] == ["Acme", "Globex"]

    view.category_box.setCurrentIndex(view.category_box.findData("marketing"))

    assert [lane.name for lane in canvas.lanes()] == ["Globex"]
    assert [lane.name for lane in canvas.visible_lanes()] == ["Globex"]


def test_a_legend_names_every_kind_of_marker(view: TimelineView) -> None:
    name = canvas_of(view).objectName()
    legend = [
        label.text()
        for kind in ("Note", "Goal_Update", "Goal_Due", "Notice")
        if (label := view.findChild(QLabel, f"{name}Legend{kind}")) is not None
    ]
    assert legend == ["Note", "Goal update", "Goal target date", "Last day to give notice"]


def test_grouping_by_category_adds_captions(view: TimelineView) -> None:
    view.group_box.setCurrentIndex(view.group_box.findData("category"))

    assert len(canvas_of(view).lanes()) == 2
    assert canvas_of(view).content_height() == 4 * canvas_of(view).metrics.row_height


def test_a_change_elsewhere_refreshes_the_view(
    view: TimelineView, services: Services, refs: Refs, events: AppEvents
) -> None:
    changes = services.notes.add(
        CommunicationNote(None, refs.acme, datetime(2026, 11, 20, 9, tzinfo=UTC), "Neu")
    )
    canvas = canvas_of(view)
    assert "Neu" not in [item.title for item in canvas.visible_items()]

    events.changes_applied.emit(changes)

    assert "Neu" in [item.title for item in canvas.visible_items()]


def test_the_filter_lists_are_read_when_shown_and_follow_new_categories_and_tags(
    qtbot: QtBot, services: Services, refs: Refs, events: AppEvents
) -> None:
    reads: list[int] = []

    def choices() -> tuple[list[str], list[str]]:
        reads.append(1)
        return services.partners.categories(), services.partners.tags()

    view = TimelineView(
        services.timeline,
        lambda: TODAY,
        canvas_name="portfolioTimelineView",
        choices=choices,
        events=events,
    )
    qtbot.addWidget(view)
    assert reads == []  # nothing read before the view is shown (the app's start)
    view.show()
    qtbot.waitExposed(view)
    view.category_box.setCurrentIndex(view.category_box.findData("marketing"))

    changes = services.partners.add_partner(
        Partner(None, "Initech", "cleaning", tags=("Rahmenvertrag",))
    )
    events.changes_applied.emit(changes)

    assert view.category_box.findData("cleaning") > 0
    assert view.tag_box.findData("Rahmenvertrag") > 0
    assert view.category_box.currentData() == "marketing"  # the choice is kept
    assert [lane.name for lane in canvas_of(view).lanes()] == ["Globex"]
    assert len(reads) == 2


@pytest.fixture
def runtime(qtbot: QtBot, db_path: Path) -> Iterator[Runtime]:
    runtime = start(qtbot, db_path)
    yield runtime
    stop(runtime)


def test_double_click_on_a_note_opens_it_in_the_partner_detail(
    qtbot: QtBot, runtime: Runtime
) -> None:
    window = runtime.window
    portfolio = fill_portfolio(runtime.services)
    window.events.changes_applied.emit(Changes())
    window.show_view(VIEW_TIMELINE)
    canvas = window.findChild(TimelineCanvas, "portfolioTimelineView")
    assert canvas is not None
    note = next(item for item in canvas.visible_items() if item.kind is MarkKind.NOTE)
    position = canvas.item_position(note.ref, MarkKind.NOTE)
    assert position is not None
    opened: list[str] = []

    def check_and_cancel(modal: QWidget) -> None:
        subject = modal.findChild(QLineEdit, "noteSubject")
        cancel = modal.findChild(QPushButton, "dialogCancel")
        assert subject is not None
        assert cancel is not None
        opened.append(subject.text())
        cancel.click()

    while_modal(
        lambda: qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=position.toPoint()),
        check_and_cancel,
    )

    assert opened == ["Reklamation Visitenkarten"]
    assert window.current_view() == VIEW_PARTNERS
    assert window.detail.partner_id() == portfolio.druckhaus


def test_a_window_far_away_is_read_in_the_background_while_the_cache_is_painted(
    qtbot: QtBot, view: TimelineView, refs: Refs
) -> None:
    canvas = canvas_of(view)
    canvas.repaint()
    for _ in range(10):
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key.Key_Left)

    canvas.repaint()  # paints what is cached and starts reading the rest
    fetched_at_once = {item.ref for item in canvas.fetched_items()}
    qtbot.waitUntil(lambda: refs.old in {item.ref for item in canvas.fetched_items()})

    assert canvas.visible_range()[0] < date(2010, 1, 5) < canvas.visible_range()[1]
    assert refs.old not in fetched_at_once
    assert canvas.item_position(refs.old) is not None
