"""The fictitious company whose portfolio the demo shows, and its own people."""

from __future__ import annotations

COMPANY = "Bäuerle Präzisionsteile GmbH & Co. KG"
"""A maker of turned and milled machine parts in Reutlingen, about 210 employees."""

DMS_URL = "https://dms.baeuerle-praezision.de/vertraege"
"""Where the signed agreements are filed."""

MANAGING_DIRECTOR = "Katrin Bäuerle"
PURCHASING = "Thomas Riedinger"
MARKETING = "Melanie Özdemir"
IT = "Frank Schäufele"
HR = "Sabine Hörmann"
PLANT = "Jörg Maier"
FINANCE = "Andrea Kübler"
