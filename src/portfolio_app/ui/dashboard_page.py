"""The start page: the portfolio at a glance, and what needs attention first."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.costs import HOME_CURRENCY
from portfolio_app.domain.dashboard import PortfolioDashboard
from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind, ItemRef
from portfolio_app.domain.money import Money
from portfolio_app.services.catalog import Services
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.formatting import format_date, format_money
from portfolio_app.ui.labels import category_label, label
from portfolio_app.ui.models.columns import health_colour, health_marker
from portfolio_app.ui.reads import Reader
from portfolio_app.ui.widgets.attention_list import AttentionList, Entry
from portfolio_app.ui.widgets.cost_charts import Bar, HorizontalBarChart
from portfolio_app.ui.widgets.lazy_page import LazyPage
from portfolio_app.ui.widgets.partner_overview import header_font, plain_label

WARNING_COLOUR = QColor("#b3261e")


class DashboardPage(LazyPage):
    """Reads the dashboard when shown (and again after changes) and shows it in cards."""

    open_requested = Signal(object, object)
    """The user wants to open a partner or a record; payload: ``PartnerId`` and ``ItemRef``."""

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        reader: Reader | None = None,
    ):
        super().__init__(events, parent)
        self._reader = reader or Reader(self, background=False)
        self.setObjectName("dashboardView")
        self.setAccessibleName(self.tr("Overview"))
        self._services = services
        self._board: PortfolioDashboard | None = None

        self._title = QLabel(self.tr("The portfolio at a glance"), self)
        self._title.setFont(header_font(self.font()))
        self._summary = plain_label(self, "dashboardSummary")
        self._by_status = HorizontalBarChart(
            "dashboardByStatus", self.tr("Partners by status"), self
        )
        self._by_category = HorizontalBarChart(
            "dashboardByCategory", self.tr("Partners by category"), self
        )
        self._by_criticality = HorizontalBarChart(
            "dashboardByCriticality", self.tr("Annual cost by criticality"), self
        )
        self._lowest = self._list(
            "dashboardLowestHealth", self.tr("Lowest health"), self.tr("No partners yet.")
        )
        self._misunderstandings = self._list(
            "dashboardMisunderstandings",
            self.tr("Open misunderstandings"),
            self.tr("No open misunderstandings."),
        )
        self._goals = self._list(
            "dashboardGoalsAtRisk", self.tr("Goals at risk"), self.tr("No goal is at risk.")
        )
        self._contacts = self._list(
            "dashboardContactsOverdue",
            self.tr("Contact overdue"),
            self.tr("Every partner with a contact rhythm was contacted in time."),
        )
        self._risk = self._list(
            "dashboardRisk",
            self.tr("Cost against criticality"),
            self.tr("No partner has a running cost or high criticality."),
        )
        self._concentration = self._list(
            "dashboardConcentration",
            self.tr("Concentration of spend"),
            self.tr("No running costs yet."),
        )
        self._without_owner = self._list(
            "dashboardWithoutOwner",
            self.tr("Partners without an internal owner"),
            self.tr("Every partner has an internal owner."),
        )
        self._groups: dict[AttentionList, QGroupBox] = {}

        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # ---- Public API

    @property
    def dashboard(self) -> PortfolioDashboard | None:
        """What the page shows (``None`` before the first read)."""
        return self._board

    @property
    def summary_text(self) -> str:
        """The line under the title."""
        return self._summary.text()

    def section(self, object_name: str) -> AttentionList:
        """One of the lists, by object name (``dashboardMisunderstandings``, …)."""
        found = self.findChild(AttentionList, object_name)
        if found is None:
            raise KeyError(object_name)
        return found

    def section_title(self, object_name: str) -> str:
        """The title of a list's card, with its count."""
        return self._groups[self.section(object_name)].title()

    def chart(self, object_name: str) -> HorizontalBarChart:
        """One of the charts, by object name."""
        found = self.findChild(HorizontalBarChart, object_name)
        if found is None:
            raise KeyError(object_name)
        return found

    def reload(self) -> None:
        """Read the dashboard again and show it (when read, with background reads)."""
        self._stale = False
        if self._reader.background and self._board is None:
            self._summary.setText(self.tr("Reading the portfolio…"))
        self._reader.read(
            "dashboard", self._services.dashboard.dashboard, self._apply, self._failed
        )

    def _apply(self, board: PortfolioDashboard) -> None:
        self._board = board
        self._show(board)

    def _failed(self, error: PortfolioError) -> None:
        confirm.show_error(self, self.tr("Could Not Read the Overview"), error)

    # ---- Slots

    # ---- Showing

    def _show(self, board: PortfolioDashboard) -> None:
        self._summary.setText(
            self.tr("As of %1 · %2")
            .replace("%1", format_date(board.today))
            .replace("%2", self._partners_text(board.partner_count))
        )
        self._by_status.set_bars(
            [Bar(label(status), count, str(count)) for status, count in board.by_status],
            self.tr("No partners yet."),
        )
        self._by_category.set_bars(
            [Bar(category_label(cat), count, str(count)) for cat, count in board.by_category],
            self.tr("No partners yet."),
        )
        self._by_criticality.set_bars(
            [
                Bar(
                    label(level.criticality),
                    float(level.annual),
                    f"{_money(level.annual)} · {self._partners_text(level.partners)}",
                    short_text=_money(level.annual),
                )
                for level in board.by_criticality
            ],
            self.tr("No partners yet."),
        )
        self._fill(self._lowest, self._health_entries(board))
        self._fill(self._misunderstandings, self._misunderstanding_entries(board))
        self._fill(self._goals, self._goal_entries(board))
        self._fill(self._contacts, self._contact_entries(board))
        self._fill(self._risk, self._risk_entries(board))
        self._fill(self._concentration, self._concentration_entries(board))
        self._fill(
            self._without_owner,
            [Entry(name, pid, ItemRef(ItemKind.PARTNER, pid)) for pid, name in board.without_owner],
        )

    def _fill(self, widget: AttentionList, entries: list[Entry]) -> None:
        widget.set_entries(entries)
        group = self._groups[widget]
        base = group.property("baseTitle")
        group.setTitle(f"{base} ({len(entries)})" if entries else str(base))

    def _health_entries(self, board: PortfolioDashboard) -> list[Entry]:
        return [
            Entry(
                f"{health_marker(line.band)} {line.score}  {line.name}",
                line.partner_id,
                ItemRef(ItemKind.PARTNER, line.partner_id),
                colour=health_colour(line.band),
            )
            for line in board.lowest_health
        ]

    def _misunderstanding_entries(self, board: PortfolioDashboard) -> list[Entry]:
        return [
            Entry(
                self.tr("%1  %2: %3")
                .replace("%1", format_date(item.when.astimezone().date()))
                .replace("%2", item.partner_name)
                .replace("%3", item.subject),
                item.partner_id,
                ItemRef(ItemKind.NOTE, item.note_id),
            )
            for item in board.misunderstandings
        ]

    def _goal_entries(self, board: PortfolioDashboard) -> list[Entry]:
        entries = []
        for goal in board.goals_at_risk:
            if goal.overdue and goal.target_date is not None:
                state = self.tr("overdue since %1").replace("%1", format_date(goal.target_date))
            else:
                state = label(goal.status)
            entries.append(
                Entry(
                    f"{goal.partner_name}: {goal.title} — {state}",
                    goal.partner_id,
                    ItemRef(ItemKind.GOAL, goal.goal_id),
                    colour=WARNING_COLOUR if goal.overdue else None,
                )
            )
        return entries

    def _contact_entries(self, board: PortfolioDashboard) -> list[Entry]:
        entries = []
        for item in board.contacts_overdue:
            if item.last_contact is None or item.days_overdue is None:
                state = self.tr("no contact recorded yet")
            else:
                state = (
                    self.tr("last contact %1, 1 day overdue")
                    if item.days_overdue == 1
                    else self.tr("last contact %1, %2 days overdue")
                ).replace("%2", str(item.days_overdue))
                state = state.replace("%1", format_date(item.last_contact))
            entries.append(
                Entry(
                    f"{item.name} — {state}",
                    item.partner_id,
                    ItemRef(ItemKind.PARTNER, item.partner_id),
                    tooltip=self.tr("Expected contact every %1 days").replace(
                        "%1", str(item.cadence_days)
                    ),
                )
            )
        return entries

    def _risk_entries(self, board: PortfolioDashboard) -> list[Entry]:
        entries = []
        for line in board.risk:
            share = (
                self.tr(", %1 % of %2").replace("%1", f"{line.share_of_category * 100:.0f}")
                if line.share_of_category is not None
                else ""
            ).replace("%2", category_label(line.category))
            owner = line.internal_owner or self.tr("no owner")
            entries.append(
                Entry(
                    self.tr("%1 — criticality %2, %3 per year%4 (%5)")
                    .replace("%1", line.name)
                    .replace("%2", label(line.criticality))
                    .replace("%3", _money(line.annual))
                    .replace("%4", share)
                    .replace("%5", owner),
                    line.partner_id,
                    ItemRef(ItemKind.PARTNER, line.partner_id),
                )
            )
        return entries

    def _concentration_entries(self, board: PortfolioDashboard) -> list[Entry]:
        entries = []
        for item in board.concentration:
            text = (
                self.tr("%1: %2 holds %3 % of %4 per year")
                .replace("%1", category_label(item.category))
                .replace("%2", item.top_partner_name)
                .replace("%3", f"{item.top_share * 100:.0f}")
                .replace("%4", _money(item.total))
            )
            entries.append(
                Entry(
                    f"⚠ {text}" if item.concentrated else text,
                    item.top_partner_id,
                    ItemRef(ItemKind.PARTNER, item.top_partner_id),
                    tooltip=self.tr("Partners with running costs in this category: %1").replace(
                        "%1", str(item.partners)
                    ),
                    colour=WARNING_COLOUR if item.concentrated else None,
                )
            )
        return entries

    def _partners_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 partner")
        return self.tr("%1 partners").replace("%1", str(count))

    # ---- Building

    def _list(self, object_name: str, title: str, empty_text: str) -> AttentionList:
        widget = AttentionList(object_name, title, empty_text, self)
        widget.open_requested.connect(self.open_requested)
        return widget

    def _group(self, parent: QWidget, title: str, content: QWidget) -> QGroupBox:
        group = QGroupBox(title, parent)
        group.setProperty("baseTitle", title)
        layout = QVBoxLayout(group)
        layout.addWidget(content)
        layout.addStretch(1)
        if isinstance(content, AttentionList):
            self._groups[content] = group
        return group

    def _content(self) -> QWidget:
        body = QWidget(self)
        grid = QGridLayout()
        cards: list[tuple[str, QWidget]] = [
            (self.tr("Partners by status"), self._by_status),
            (self.tr("Partners by category"), self._by_category),
            (self.tr("Lowest health"), self._lowest),
            (self.tr("Open misunderstandings"), self._misunderstandings),
            (self.tr("Goals at risk"), self._goals),
            (self.tr("Contact overdue"), self._contacts),
            (self.tr("Annual cost by criticality"), self._by_criticality),
            (self.tr("Concentration of spend per category"), self._concentration),
            (self.tr("Cost against criticality"), self._risk),
            (self.tr("Partners without an internal owner"), self._without_owner),
        ]
        for index, (title, widget) in enumerate(cards):
            grid.addWidget(self._group(body, title, widget), index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self._title)
        layout.addWidget(self._summary)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._summary.setAlignment(Qt.AlignmentFlag.AlignLeft)
        return body


def _money(amount: Decimal) -> str:
    return format_money(Money(amount, HOME_CURRENCY))
