"""The overview tab's master data: owner, criticality and expected contact cadence."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from portfolio_app.domain.dossier import PartnerDossier
from portfolio_app.domain.ids import PartnerId
from portfolio_app.domain.partner import Criticality, Partner
from portfolio_app.ui.widgets.partner_overview import PartnerOverview

TODAY = date(2026, 11, 29)


def make_overview(qtbot: QtBot, partner: Partner) -> PartnerOverview:
    overview = PartnerOverview(TODAY)
    qtbot.addWidget(overview)
    overview.set_dossier(PartnerDossier(partner))
    return overview


def test_owner_criticality_and_cadence_are_shown(qtbot: QtBot) -> None:
    partner = Partner(
        id=PartnerId(1),
        name="Systemhaus Albrecht",
        internal_owner="Frank Schäufele",
        criticality=Criticality.HIGH,
        contact_cadence_days=42,
    )

    overview = make_overview(qtbot, partner)

    assert overview.field_text("owner") == "Frank Schäufele"
    assert overview.field_text("criticality") == "High"
    assert overview.field_text("cadence") == "every 6 weeks"


def test_a_partner_without_owner_or_cadence_shows_dashes_and_not_set(qtbot: QtBot) -> None:
    overview = make_overview(qtbot, Partner(id=PartnerId(1), name="Kaffeewerk"))

    assert overview.field_text("owner") == "—"
    assert overview.field_text("criticality") == "Medium"
    assert overview.field_text("cadence") == "not set"


@pytest.mark.parametrize(
    ("days", "text"),
    [(30, "every 30 days"), (7, "every week"), (1, "every day"), (84, "every 12 weeks")],
)
def test_cadence_is_shown_in_weeks_when_it_is_a_whole_number_of_weeks(
    qtbot: QtBot, days: int, text: str
) -> None:
    overview = make_overview(qtbot, Partner(id=PartnerId(1), name="Acme"))

    assert overview.cadence_text(days) == text


def test_capital_umlauts_are_not_cut_off_in_plain_labels(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from portfolio_app.ui.widgets.partner_overview import plain_label

    parent = QWidget()
    qtbot.addWidget(parent)
    label = plain_label(parent, "owner")
    label.setText("Melanie Özdemir")
    metrics = label.fontMetrics()

    room_above_baseline = label.contentsMargins().top() + metrics.ascent()

    assert room_above_baseline >= -metrics.tightBoundingRect("ÄÖÜ").top()
