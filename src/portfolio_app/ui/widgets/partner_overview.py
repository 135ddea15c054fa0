"""The overview tab: master data, values & expectations and a summary of the relationship."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.agreement import AgreementStatus
from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.goal import GoalStatus
from portfolio_app.domain.health import HealthFactor, HealthFactorKind, HealthScore
from portfolio_app.domain.money import Money
from portfolio_app.ui.formatting import format_money
from portfolio_app.ui.labels import label
from portfolio_app.ui.models.columns import health_band_text
from portfolio_app.ui.widgets.contact_status import (
    cadence_text,
    contact_due_text,
    count_text,
    last_contact_text,
    span_text,
)
from portfolio_app.ui.widgets.line_chart import ChartPoint, LineChart
from portfolio_app.ui.widgets.open_misunderstandings import OpenMisunderstandings

OVERDUE_STYLE = "color: #b91c1c; font-weight: bold;"


def plain_label(parent: QWidget, name: str = "") -> QLabel:
    """A label that never interprets user text as HTML, selectable and word-wrapped."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setContentsMargins(0, accent_overshoot(widget.fontMetrics()), 0, 0)
    if name:
        widget.setObjectName(name)
    return widget


def accent_overshoot(metrics: QFontMetrics) -> int:
    """Pixels by which the dots of Ä, Ö, Ü rise above the font's ascent.

    A word-wrapped label is laid out exactly one line high; in fonts such as DejaVu Sans
    the umlaut dots of capitals reach above that line and would be cut off ("Özdemir"
    shown as "Ozdemir") without this much room on top.
    """
    return max(0, -metrics.tightBoundingRect("ÄÖÜ").top() - metrics.ascent())


class PartnerOverview(QScrollArea):
    """Presentation of one partner's master data and relationship summary.

    Signals:
        open_requested: An open misunderstanding was activated; payload: its ``ItemRef``.
        resolve_requested: The user wants to resolve one; payload: the note's id.
    """

    open_requested = Signal(object)
    resolve_requested = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerOverview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._today = today
        body = QWidget(self)
        self._fields: dict[str, QLabel] = {}

        master = QGroupBox(self.tr("Master data"), body)
        form = QFormLayout(master)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, caption in (
            ("owner", self.tr("Internal owner")),
            ("criticality", self.tr("Criticality")),
            ("cadence", self.tr("Expected contact")),
            ("website", self.tr("Website")),
            ("address", self.tr("Address")),
            ("tags", self.tr("Tags")),
            ("description", self.tr("Description")),
        ):
            form.addRow(caption, self._field(body, key))

        values = QGroupBox(self.tr("Values && expectations — what is wanted, and what not"), body)
        values_layout = QVBoxLayout(values)
        values_layout.addWidget(self._field(body, "values"))

        summary = QGroupBox(self.tr("Relationship at a glance"), body)
        summary_form = QFormLayout(summary)
        for key, caption in (
            ("health", self.tr("Health")),
            ("contacts", self.tr("Contacts")),
            ("agreements", self.tr("Agreements")),
            ("cost", self.tr("Annual cost")),
            ("goals", self.tr("Shared goals")),
            ("last_contact", self.tr("Last contact")),
            ("contact_due", self.tr("Next contact")),
            ("open_points", self.tr("Open points")),
        ):
            summary_form.addRow(caption, self._field(body, key))

        self._misunderstandings = OpenMisunderstandings(body)
        self._misunderstandings.open_requested.connect(self.open_requested)
        self._misunderstandings.resolve_requested.connect(self.resolve_requested)
        trend = QGroupBox(self.tr("Health over the last 12 months"), body)
        self._health_chart = LineChart("healthHistoryChart", self.tr("Health over time"), trend)
        QVBoxLayout(trend).addWidget(self._health_chart)

        layout = QVBoxLayout(body)
        layout.addWidget(summary)
        layout.addWidget(self._misunderstandings)
        layout.addWidget(trend)
        layout.addWidget(values)
        layout.addWidget(master)
        layout.addStretch(1)
        self.setWidget(body)

    @property
    def misunderstandings(self) -> OpenMisunderstandings:
        """The list of open misunderstandings."""
        return self._misunderstandings

    @property
    def health_chart(self) -> LineChart:
        """The health score over time."""
        return self._health_chart

    def set_health_history(self, history: Sequence[tuple[date, int]]) -> None:
        """Show the score over time (day, score), oldest first."""
        points = [ChartPoint(day, float(score), str(score)) for day, score in history]
        self._health_chart.set_data(points, empty_text=self.tr("No history yet."))

    def field_text(self, key: str) -> str:
        """The text shown for one field (for tests and accessibility checks)."""
        return self._fields[key].text()

    def set_dossier(self, dossier: PartnerDossier, health: HealthScore | None = None) -> None:
        """Show this partner, with its health score and the factors behind it if given."""
        partner = dossier.partner
        dash = "—"
        self._set("owner", partner.internal_owner or dash)
        self._set("criticality", label(partner.criticality))
        self._set("cadence", self.cadence_text(partner.contact_cadence_days))
        self._set("website", partner.website or dash)
        self._set("address", partner.address or dash)
        self._set("tags", ", ".join(partner.tags) or dash)
        self._set("description", partner.description or dash)
        self._set(
            "values",
            partner.values_expectations
            or self.tr("Not written down yet. What do you expect from this partner, and what not?"),
        )
        self._set("contacts", self._contacts_text(dossier))
        self._set("agreements", self._agreements_text(dossier))
        self._set("cost", self._cost_text(dossier))
        self._set("goals", self._goals_text(dossier))
        self._set("last_contact", last_contact_text(dossier, self._today))
        self._show_contact_due(dossier)
        self._misunderstandings.set_notes(dossier.notes)
        self._set("open_points", self._open_points_text(dossier))
        self._set("health", self.health_text(health) if health else dash)

    def cadence_text(self, days: int | None) -> str:
        """How often contact is expected: "every 6 weeks", "every 30 days", "not set"."""
        return cadence_text(days)

    def health_text(self, health: HealthScore) -> str:
        """The score and band ("64 — watch"), then each factor's signed points and reason."""
        lines = [f"{health.score} — {health_band_text(health.band)}"]
        lines.extend(
            f"{_signed(factor.points)} {self._factor_reason(factor)}" for factor in health.factors
        )
        return "\n".join(lines)

    # ---- helpers

    def _field(self, parent: QWidget, key: str) -> QLabel:
        widget = plain_label(parent, f"overview_{key}")
        self._fields[key] = widget
        return widget

    def _set(self, key: str, text: str) -> None:
        self._fields[key].setText(text)

    def _factor_reason(self, factor: HealthFactor) -> str:
        detail = {key: int(value) for key, value in factor.detail.items() if key != "years"}
        match factor.kind:
            case HealthFactorKind.CONTACT_RECENCY:
                return self._recency_reason(detail)
            case HealthFactorKind.FOLLOW_UPS:
                return self._count_text(
                    detail["overdue"],
                    self.tr("no follow-up overdue"),
                    self.tr("one follow-up overdue"),
                    self.tr("%1 follow-ups overdue"),
                )
            case HealthFactorKind.GOALS:
                return self._goals_reason(detail)
            case HealthFactorKind.MISUNDERSTANDINGS:
                return self._count_text(
                    detail["unresolved"],
                    self.tr("no unresolved misunderstanding"),
                    self.tr("one unresolved misunderstanding"),
                    self.tr("%1 unresolved misunderstandings"),
                )
            case HealthFactorKind.MOOD:
                return self._mood_reason(detail)
            case HealthFactorKind.PARTNERSHIP_LENGTH:
                return self._length_reason(factor.detail)
            case HealthFactorKind.PROMISES:
                return self._count_text(
                    detail["overdue"],
                    self.tr("no promise overdue"),
                    self.tr("one promise overdue"),
                    self.tr("%1 promises overdue"),
                )

    def _recency_reason(self, detail: dict[str, int]) -> str:
        if not detail.get("notes"):
            return self.tr("no contact noted yet")
        cadence, days = detail["cadence_days"], detail["days_since"]
        if days <= cadence:
            return self.tr("contact within the expected %1").replace("%1", self._span(cadence))
        return (
            self.tr("last contact %1 days ago, expected within %2")
            .replace("%1", str(days))
            .replace("%2", self._span(cadence))
        )

    def _goals_reason(self, detail: dict[str, int]) -> str:
        parts = [
            self._count_text(
                detail["at_risk"], "", self.tr("one goal at risk"), self.tr("%1 goals at risk")
            ),
            self._count_text(
                detail["overdue"],
                "",
                self.tr("one goal past its target date"),
                self.tr("%1 goals past their target date"),
            ),
            self._count_text(
                detail["achieved"],
                "",
                self.tr("one goal achieved in the last year"),
                self.tr("%1 goals achieved in the last year"),
            ),
        ]
        return ", ".join(part for part in parts if part) or self.tr("no goal at risk or late")

    def _mood_reason(self, detail: dict[str, int]) -> str:
        good, neutral, tense = detail["good"], detail["neutral"], detail["tense"]
        if not good + neutral + tense:
            return self.tr("no recent notes about the mood")
        return (
            self.tr("mood in recent notes: %1 good, %2 neutral, %3 tense")
            .replace("%1", str(good))
            .replace("%2", str(neutral))
            .replace("%3", str(tense))
        )

    def _length_reason(self, detail: dict[str, int | float | str]) -> str:
        if not detail.get("known"):
            return self.tr("partner since: not known")
        years = int(float(detail.get("years", 0)) + 0.5)
        if years < 1:
            return self.tr("partner for less than a year")
        return self._count_text(
            years, "", self.tr("partner for 1 year"), self.tr("partner for %1 years")
        )

    def _span(self, days: int) -> str:
        return span_text(days)

    @staticmethod
    def _count_text(count: int, none: str, one: str, many: str) -> str:
        return count_text(count, none, one, many)

    def _contacts_text(self, dossier: PartnerDossier) -> str:
        if not dossier.contacts:
            return self.tr("none yet")
        primary = next((c for c in dossier.contacts if c.is_primary), dossier.contacts[0])
        text = primary.name + (f" ({primary.role})" if primary.role else "")
        others = len(dossier.contacts) - 1
        if others:
            text += self.tr(" and %1 more").replace("%1", str(others))
        return text

    def _agreements_text(self, dossier: PartnerDossier) -> str:
        active = sum(1 for a in dossier.agreements if a.status is AgreementStatus.ACTIVE)
        return (
            self.tr("%1 in total, %2 active")
            .replace("%1", str(len(dossier.agreements)))
            .replace("%2", str(active))
        )

    def _cost_text(self, dossier: PartnerDossier) -> str:
        totals: dict[str, Decimal] = {}
        for agreement in dossier.agreements:
            cost = agreement.annual_cost()
            if agreement.status is AgreementStatus.ACTIVE and cost is not None:
                totals[cost.currency] = totals.get(cost.currency, Decimal(0)) + cost.amount
        if not totals:
            return "—"
        parts = [
            format_money(Money(amount, currency)) for currency, amount in sorted(totals.items())
        ]
        return self.tr("%1 per year (active agreements)").replace("%1", " + ".join(parts))

    def _goals_text(self, dossier: PartnerDossier) -> str:
        if not dossier.goals:
            return self.tr("none yet")
        at_risk = sum(1 for g in dossier.goals if g.status is GoalStatus.AT_RISK)
        achieved = sum(1 for g in dossier.goals if g.status is GoalStatus.ACHIEVED)
        return (
            self.tr("%1 in total, %2 at risk, %3 achieved")
            .replace("%1", str(len(dossier.goals)))
            .replace("%2", str(at_risk))
            .replace("%3", str(achieved))
        )

    def _show_contact_due(self, dossier: PartnerDossier) -> None:
        """When the next contact is due, or "Overdue for contact by N days" in red."""
        text, overdue = contact_due_text(dossier, self._today)
        widget = self._fields["contact_due"]
        widget.setStyleSheet(OVERDUE_STYLE if overdue else "")
        widget.setProperty("overdue", overdue)
        self._set("contact_due", text)

    def contact_overdue(self) -> bool:
        """Whether the "Next contact" line shows the overdue flag."""
        return bool(self._fields["contact_due"].property("overdue"))

    def _open_points_text(self, dossier: PartnerDossier) -> str:
        follow_ups = [
            n.follow_up for n in dossier.notes if n.follow_up is not None and not n.follow_up.done
        ]
        overdue = sum(1 for f in follow_ups if f is not None and f.due and f.due < self._today)
        misunderstandings = sum(1 for n in dossier.notes if n.misunderstanding and not n.resolution)
        if not follow_ups and not misunderstandings:
            return self.tr("nothing open")
        parts = []
        if follow_ups:
            parts.append(
                self.tr("1 open follow-up")
                if len(follow_ups) == 1
                else self.tr("%1 open follow-ups").replace("%1", str(len(follow_ups)))
            )
        if overdue:
            parts.append(self.tr("%1 overdue").replace("%1", str(overdue)))
        if misunderstandings:
            parts.append(
                self.tr("1 unresolved misunderstanding")
                if misunderstandings == 1
                else self.tr("%1 unresolved misunderstandings").replace(
                    "%1", str(misunderstandings)
                )
            )
        return ", ".join(parts)


def _signed(points: float) -> str:
    """Whole points with their sign: "+10", "−6" (a real minus sign), "±0"."""
    whole = round(points)
    if whole > 0:
        return f"+{whole}"
    return f"−{-whole}" if whole < 0 else "±0"


def header_font(base: QFont) -> QFont:
    """A larger, bold variant of ``base`` for the partner's name."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.5)
    font.setBold(True)
    return font
