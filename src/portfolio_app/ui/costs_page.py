"""The portfolio cost overview: totals, charts by category and partner, the next 12 months."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.costs import HOME_CURRENCY, AgreementCost, CostOverview
from portfolio_app.domain.errors import PortfolioError
from portfolio_app.domain.ids import ItemKind, ItemRef, PartnerId
from portfolio_app.domain.money import Money
from portfolio_app.services.catalog import Services
from portfolio_app.ui import confirm
from portfolio_app.ui.events import AppEvents
from portfolio_app.ui.formatting import format_money, format_month
from portfolio_app.ui.labels import category_label
from portfolio_app.ui.models.record_table_model import ALIGN_RIGHT, Column, RecordTableModel
from portfolio_app.ui.models.roles import RECORD_ROLE, SORT_KEY_ROLE
from portfolio_app.ui.widgets.cost_charts import Bar, ColumnChart, HorizontalBarChart
from portfolio_app.ui.widgets.lazy_page import LazyPage
from portfolio_app.ui.widgets.partner_overview import header_font, plain_label
from portfolio_app.ui.widgets.record_table import RecordTable

TOP_PARTNERS = 8
"""Partners shown in the partner chart; the table below lists every agreement."""


@dataclass(frozen=True, slots=True)
class CostRow:
    """One agreement in the cost table."""

    id: int
    partner_id: PartnerId
    title: str
    partner_name: str
    annual: Money
    share: float | None
    """Fraction of the total in the same currency."""


def _share(row: CostRow) -> str:
    if row.share is None:
        return ""
    return QLocale().toString(row.share * 100, "f", 1) + " %"


COST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Agreement"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Partner"), lambda r: r.partner_name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Per year"),
        lambda r: format_money(r.annual),
        sort_key=lambda r: float(r.annual.amount),
        alignment=ALIGN_RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Share"),
        _share,
        sort_key=lambda r: r.share or 0.0,
        alignment=ALIGN_RIGHT,
    ),
)


class CostsPage(LazyPage):
    """Controller of the costs view: reads the cost overview and shows it."""

    open_requested = Signal(object, object)
    """The user wants to open an agreement; payload: ``PartnerId`` and ``ItemRef``."""

    def __init__(self, services: Services, events: AppEvents, parent: QWidget | None = None):
        super().__init__(events, parent)
        self.setObjectName("costsPage")
        self.setAccessibleName(self.tr("Costs"))
        self._services = services
        self._overview: CostOverview | None = None

        self._title = QLabel(self.tr("What the portfolio costs"), self)
        self._title.setFont(header_font(self.font()))
        self._total = plain_label(self, "costsTotal")
        self._note = plain_label(self, "costsNote")
        self._note.setEnabled(False)

        self._by_category = HorizontalBarChart(
            "costsByCategory", self.tr("Annual cost by category"), self
        )
        self._by_partner = HorizontalBarChart(
            "costsByPartner", self.tr("Annual cost of the largest partners"), self
        )
        self._months = ColumnChart("costsByMonth", self.tr("Cost in the next 12 months"), self)

        self._model = RecordTableModel(COST_COLUMNS, self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_KEY_ROLE)
        self._table = RecordTable(
            "costsTable", self.tr("Annual cost by agreement"), self._model, self._proxy, self
        )
        self._table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self._table.setMinimumHeight(220)

        self._empty = QLabel(
            self.tr(
                "No running agreement has a value yet. Enter what an agreement costs "
                "(Value on its General tab) to see the totals and charts here."
            ),
            self,
        )
        self._empty.setObjectName("costsEmpty")
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._table.activated.connect(self._on_table_activated)

    # ---- Public API

    @property
    def total_text(self) -> str:
        """The totals line."""
        return self._total.text()

    @property
    def table(self) -> QTableView:
        """The table of agreements by annual cost."""
        return self._table

    @property
    def category_chart(self) -> HorizontalBarChart:
        """Annual cost by partner category."""
        return self._by_category

    @property
    def partner_chart(self) -> HorizontalBarChart:
        """Annual cost of the largest partners."""
        return self._by_partner

    @property
    def month_chart(self) -> ColumnChart:
        """What falls due in each of the next 12 months."""
        return self._months

    def showing_empty_state(self) -> bool:
        """Whether the page says there is nothing to show."""
        return self._stack.currentWidget() is self._empty

    def reload(self) -> None:
        """Read the cost overview again and show it."""
        try:
            overview = self._services.costs.overview()
        except PortfolioError as error:
            confirm.show_error(self, self.tr("Could Not Read the Costs"), error)
            return
        self._stale = False
        self._overview = overview
        self._show(overview)

    # ---- Slots

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        row = index.data(RECORD_ROLE)
        if isinstance(row, CostRow):
            self.open_requested.emit(row.partner_id, ItemRef(ItemKind.AGREEMENT, row.id))

    # ---- helpers

    def _content(self) -> QWidget:
        body = QWidget(self)
        charts = QGridLayout()
        charts.addWidget(
            self._group(body, self.tr("By category, per year"), self._by_category), 0, 0
        )
        charts.addWidget(
            self._group(body, self.tr("Largest partners, per year"), self._by_partner), 0, 1
        )
        charts.addWidget(
            self._group(
                body,
                self.tr("Bills in the next 12 months (renewals and ends included)"),
                self._months,
            ),
            1,
            0,
            1,
            2,
        )
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self._title)
        layout.addWidget(self._total)
        layout.addWidget(self._note)
        layout.addLayout(charts)
        layout.addWidget(self._group(body, self.tr("By agreement"), self._table), 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("costsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    @staticmethod
    def _group(parent: QWidget, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        if not isinstance(widget, QTableView):
            layout.addStretch(1)  # charts keep their height and sit at the top
        return box

    def _show(self, overview: CostOverview) -> None:
        rows = _cost_rows(overview.by_agreement, overview.total_per_year)
        self._model.set_records(rows)
        self._stack.setCurrentIndex(1 if rows else 0)
        totals = [
            format_money(Money(amount, cur)) for cur, amount in overview.total_per_year.items()
        ]
        count = len(rows)
        agreements = (
            self.tr("1 running agreement with a value")
            if count == 1
            else self.tr("%1 running agreements with a value").replace("%1", str(count))
        )
        self._total.setText(
            self.tr("%1 per year · %2")
            .replace("%1", " + ".join(totals) or "—")
            .replace("%2", agreements)
        )
        others = [cur for cur in overview.total_per_year if cur != HOME_CURRENCY]
        self._note.setText(
            self.tr(
                "The charts show euro amounts; amounts in %1 are listed in the table only."
            ).replace("%1", ", ".join(others))
            if others
            else ""
        )
        self._note.setVisible(bool(others))
        self._by_category.set_bars(
            [
                Bar(category_label(category), float(money.amount), format_money(money))
                for category, money in overview.by_category
                if money.currency == HOME_CURRENCY
            ],
            self.tr("No costs in euro"),
        )
        self._by_partner.set_bars(
            [
                Bar(name, float(money.amount), format_money(money))
                for _pid, name, money in overview.by_partner
                if money.currency == HOME_CURRENCY
            ][:TOP_PARTNERS],
            self.tr("No costs in euro"),
        )
        self._months.set_bars(
            [
                Bar(
                    QLocale().standaloneMonthName(first.month, QLocale.FormatType.ShortFormat),
                    float(money.amount),
                    format_money(money),
                    long_label=format_month(first),
                    short_text=_compact_money(money),
                )
                for first, money in overview.next_12_months
                if money.currency == HOME_CURRENCY
            ],
            self.tr("Nothing due"),
        )


def _cost_rows(costs: tuple[AgreementCost, ...], totals: dict[str, Decimal]) -> list[CostRow]:
    rows = []
    for cost in costs:
        total = totals.get(cost.annual.currency)
        share = float(cost.annual.amount / total) if total else None
        rows.append(
            CostRow(
                cost.agreement_id,
                cost.partner_id,
                cost.title,
                cost.partner_name,
                cost.annual,
                share,
            )
        )
    return rows


def _compact_money(money: Money) -> str:
    """Whole units only, for the small labels above the columns (1.234 €)."""
    whole = Money(money.amount.quantize(Decimal(1)), money.currency)
    text = format_money(whole)
    point = QLocale().decimalPoint()
    zeros = f"{point}00"
    return text.replace(zeros, "")
