"""Demo partners, part three: waste, telecoms, insurance, health, and the newest and ended."""

from __future__ import annotations

from portfolio_app.demo import company as us
from portfolio_app.demo.specs import (
    N1M_MONTH,
    N3M_MONTH,
    N3M_QUARTER,
    N4W_ANY,
    N4W_MONTH,
    PEOPLE,
    AgreementSpec,
    ContactSpec,
    GoalSpec,
    IncidentSpec,
    PartnerSpec,
)
from portfolio_app.domain.agreement import AgreementKind as Kind
from portfolio_app.domain.agreement import AgreementStatus as AStatus
from portfolio_app.domain.agreement import BillingPeriod as Bill
from portfolio_app.domain.agreement import Decision
from portfolio_app.domain.goal import GoalStatus as Goal
from portfolio_app.domain.note import Channel
from portfolio_app.domain.partner import PartnerCategory as Cat
from portfolio_app.domain.partner import PartnerStatus as Status

# Hand-aligned table data: the formatter would spread every call over one line per
# argument and triple the length.
# fmt: off
PARTNERS_C: tuple[PartnerSpec, ...] = (
    PartnerSpec(
        name="Recycling Zollernalb GmbH", short="Recycling Zollernalb",
        category=Cat.FACILITY.value, status=Status.ACTIVE, since_months=100,
        street="Wilhelm-Kraut-Straße 41", city="72336 Balingen",
        domain="recycling-zollernalb.de",
        description="Entsorgung von Gewerbeabfall, Altöl, Kühlschmierstoff-Emulsionen und "
        "Schrott; stellt Container und die Entsorgungsnachweise.",
        wants="Rechtssichere Entsorgungsnachweise, faire Schrottvergütung nach Börsenkurs, "
        "Abholung innerhalb von 48 Stunden.",
        avoids="Standgebühren für Container ohne Absprache, verspätete Wiegescheine.",
        tags=("Nachhaltigkeit", "regional"), owner=us.PLANT,
        contacts=(
            ContactSpec("Wolfgang Bürkle", "Vertrieb", "+49 7433 90415 22"),
            ContactSpec("Sandra Maier", "Disposition", "+49 7433 90415 10"),
        ),
        agreements=(
            AgreementSpec("Entsorgungsvertrag Gewerbeabfall und Wertstoffe",
                          Kind.SERVICE_CONTRACT, "1840.00", Bill.MONTHLY, 98, term=24),
            AgreementSpec("Entsorgung Kühlschmierstoff-Emulsionen", Kind.SERVICE_CONTRACT,
                          "5200.00", Bill.QUARTERLY, 27, notice=N3M_QUARTER),
        ),
        topics=("Containerstellung", "Schrottvergütung", "Entsorgungsnachweise"),
        goals=(
            GoalSpec("Recyclingquote am Standort erhöhen", "Anteil verwerteter Abfälle laut "
                     "Jahresbilanz.", 28, 6,
                     ((Goal.ON_TRACK, "62"), (Goal.ON_TRACK, "68"), (Goal.ON_TRACK, "73")),
                     ("Recyclingquote in %", "62", "80")),
        ),
        note_count=(3, 7),
    ),
    PartnerSpec(
        name="KomTel Netze Württemberg GmbH", short="KomTel", category=Cat.IT_SERVICES.value,
        status=Status.ACTIVE, since_months=76, street="Heilbronner Straße 150",
        city="70191 Stuttgart", domain="komtel-wuerttemberg.de",
        description="Glasfaseranschluss, Telefonanlage aus der Cloud und bis vor Kurzem die "
        "Mobilfunkverträge für 65 Diensthandys.",
        wants="Symmetrische Bandbreite, Entstörung innerhalb von vier Stunden, eine Rechnung "
        "für alles.",
        avoids="Vertragsverlängerung durch Hardwaretausch, Warteschleifen bei der Hotline.",
        tags=("kritisch",), owner=us.IT,
        contacts=(ContactSpec("Philipp Krämer", "Geschäftskundenbetreuer",
                              "+49 711 25788 612"),),
        agreements=(
            AgreementSpec("Glasfaser-Standleitung 1 Gbit/s", Kind.SERVICE_CONTRACT, "890.00",
                          Bill.MONTHLY, 34, term=36, decision=Decision.RENEGOTIATE,
                          decision_reasons="Wettbewerber bietet 2 Gbit/s zum gleichen Preis. "
                          "Vor der Verlängerung nachverhandeln, sonst wechseln."),
            AgreementSpec("Cloud-Telefonanlage (120 Nebenstellen)", Kind.SERVICE_CONTRACT,
                          "540.00", Bill.MONTHLY, 34, term=24),
            AgreementSpec("Mobilfunk-Rahmenvertrag", Kind.FRAMEWORK, "1625.00", Bill.MONTHLY,
                          76, term=24, status=AStatus.TERMINATED, notes="Gekündigt; Wechsel "
                          "zum günstigeren Anbieter aus der Ausschreibung."),
        ),
        topics=("Rufnummernportierung", "Glasfaserausbau", "Diensthandys"),
        note_count=(3, 6),
    ),
    PartnerSpec(
        name="Haller & Greiner Versicherungsmakler GmbH", short="Haller & Greiner",
        category=Cat.CONSULTING.value, status=Status.ACTIVE, since_months=110,
        street="Wilhelmstraße 22", city="72074 Tübingen", domain="haller-greiner.de",
        description="Betreut unsere betrieblichen Versicherungen: Betriebs- und "
        "Produkthaftpflicht, Maschinenbruch, Cyber und Flotte.",
        wants="Jährlicher Risiko-Check, Unterstützung im Schadenfall, Marktvergleich vor "
        "jeder Verlängerung.",
        avoids="Provisionsgetriebene Produktwechsel, Deckungslücken, von denen wir erst im "
        "Schadenfall erfahren.",
        tags=("Rahmenvertrag",), owner=us.FINANCE,
        contacts=(
            ContactSpec("Christoph Haller", "Geschäftsführender Gesellschafter",
                        "+49 7071 94660 0"),
            ContactSpec("Elif Şahin", "Schadenmanagement", "+49 7071 94660 31"),
        ),
        agreements=(
            AgreementSpec("Maklervertrag mit Maklervollmacht", Kind.FRAMEWORK, None,
                          Bill.ONE_OFF, 110, term=None, notice=N3M_MONTH, renewal=None),
            AgreementSpec("Servicevereinbarung Schadenmanagement", Kind.SLA, "1800.00",
                          Bill.YEARLY, 24),
        ),
        topics=("Cyberversicherung", "Produkthaftpflicht", "Schadenfall Maschinenbruch"),
        goals=(
            GoalSpec("Cyberversicherung abschließen", "Deckung mindestens 2 Mio. € inklusive "
                     "Betriebsunterbrechung.", 10, -4,
                     ((Goal.PLANNED, None), (Goal.AT_RISK, None), (Goal.ACHIEVED, None))),
        ),
        note_count=(3, 6),
    ),
    PartnerSpec(
        name="Talentbrücke Personalberatung GmbH", short="Talentbrücke", category=PEOPLE,
        status=Status.PAUSED, since_months=30, street="Theodor-Heuss-Straße 34",
        city="70174 Stuttgart", domain="talentbruecke.de",
        description="Personalberatung für Fach- und Führungskräfte im Maschinenbau. "
        "Zusammenarbeit wegen des Einstellungsstopps pausiert.",
        wants="Passende Kandidaten statt Lebenslauf-Stapeln, ehrliche Einschätzung der "
        "Marktlage, Erfolgshonorar.",
        avoids="Abwerbung unserer eigenen Beschäftigten, Kandidaten ohne Vorgespräch.",
        tags=(), owner=us.HR,
        contacts=(
            ContactSpec("Vanessa König", "Senior Consultant Technik", "+49 711 66492 17"),
            ContactSpec("Daniel Förster", "Geschäftsführer", "+49 711 66492 0"),
        ),
        agreements=(
            AgreementSpec("Rahmenvereinbarung Personalvermittlung", Kind.FRAMEWORK, None,
                          Bill.ONE_OFF, 29, notice=N1M_MONTH,
                          notes="Erfolgshonorar 22 % des Jahresbruttogehalts."),
            AgreementSpec("Suchauftrag Leitung Qualitätssicherung", Kind.SERVICE_CONTRACT,
                          "24500.00", Bill.ONE_OFF, 14, term=6, notice=None, renewal=None,
                          status=AStatus.EXPIRED),
        ),
        topics=("Suchauftrag Qualitätssicherung", "Gehaltsband", "Einstellungsstopp"),
        goals=(
            GoalSpec("Offene Stellen schneller besetzen", "", 26, -6,
                     ((Goal.ON_TRACK, "120"), (Goal.ON_TRACK, "96"), (Goal.DROPPED, "96")),
                     ("Tage bis zur Besetzung", "120", "75")),
        ),
        note_count=(3, 6), quiet_months=5,
    ),
    PartnerSpec(
        name="Arbeitsmedizin Neckar-Alb GmbH", short="Arbeitsmedizin Neckar-Alb",
        category=PEOPLE, status=Status.ACTIVE, since_months=84, street="Steinenbergstraße 31",
        city="72764 Reutlingen", domain="arbeitsmedizin-neckar-alb.de",
        description="Betriebsärztliche Betreuung nach DGUV Vorschrift 2, Vorsorge (Lärm, "
        "Bildschirm), Grippeschutzimpfung und Unterstützung beim Eingliederungsmanagement.",
        wants="Feste Sprechstunde im Werk, Termine an den Rändern der Schichten, verständliche "
        "Berichte für den Arbeitsschutzausschuss.",
        avoids="Vorsorgetermine, die Schichten durcheinanderbringen, Berichte nur auf Papier.",
        tags=("regional",), owner=us.HR,
        contacts=(ContactSpec("Dr. med. Anja Häberle", "Betriebsärztin", "+49 7121 38045 0"),),
        agreements=(
            AgreementSpec("Vertrag betriebsärztliche Betreuung", Kind.SERVICE_CONTRACT,
                          "7400.00", Bill.YEARLY, 82),
        ),
        topics=("Arbeitsschutzausschuss", "Grippeschutzimpfung", "Lärmvorsorge"),
        goals=(
            GoalSpec("Vorsorgequote an Lärmarbeitsplätzen erhöhen", "", 14, 1,
                     ((Goal.ON_TRACK, "70"), (Goal.ON_TRACK, "88"), (Goal.ON_TRACK, "94")),
                     ("Quote in %", "70", "100")),
        ),
        note_count=(3, 6),
    ),
    PartnerSpec(
        name="Loopmetal GmbH", short="Loopmetal", category=Cat.STARTUP.value,
        status=Status.ACTIVE, since_months=11, street="Wiener Straße 180",
        city="70469 Stuttgart", domain="loopmetal.de",
        description="Start-up für Kreislaufwirtschaft: holt Aluminium- und Messingspäne "
        "sortenrein ab, presst sie zu Briketts und vermarktet sie an Hütten. Gemeinsamer Pilot.",
        wants="Höhere Erlöse für sortenreine Späne, eine CO₂-Bilanz pro Abholung, "
        "unkomplizierte Abstimmung mit dem Lager.",
        avoids="Verunreinigte Chargen, die uns zurückbelastet werden, Lärm der "
        "Brikettierpresse in der Nachtschicht.",
        tags=("Nachhaltigkeit", "Start-up"), owner=us.PLANT,
        contacts=(
            ContactSpec("Paulina Wagner", "Gründerin und Geschäftsführerin",
                        "+49 711 8856 2201"),
            ContactSpec("Emre Yılmaz", "Logistik", "+49 711 8856 2207"),
        ),
        agreements=(
            AgreementSpec("Kooperationsvertrag Späne-Recycling (Pilot)", Kind.COOPERATION,
                          None, Bill.ONE_OFF, 11, notice=N4W_ANY, renewal=6),
            AgreementSpec("Mietvertrag Brikettierpresse", Kind.LEASE, "950.00", Bill.MONTHLY,
                          9, term=24, renewal=None),
        ),
        topics=("Abholrhythmus", "Spänebehälter", "CO₂-Bilanz"),
        goals=(
            GoalSpec("Erlös für Aluminiumspäne steigern", "", 10, 8,
                     ((Goal.PLANNED, "820"), (Goal.ON_TRACK, "905"), (Goal.ON_TRACK, "980")),
                     ("Euro pro Tonne", "820", "1100")),
            GoalSpec("CO₂-Bericht pro Abholung", "Automatisch mit dem Wiegeschein.", 6, 2,
                     ((Goal.PLANNED, None), (Goal.AT_RISK, None))),
        ),
        note_count=(4, 8),
    ),
    PartnerSpec(
        name="Schildwacht Security UG (haftungsbeschränkt)", short="Schildwacht",
        category=Cat.STARTUP.value, status=Status.PROSPECT, since_months=4,
        street="Amalienstraße 81", city="76133 Karlsruhe", domain="schildwacht-security.de",
        description="Junges Team aus dem CyberForum Karlsruhe: Angriffserkennung für "
        "Produktionsnetze (OT) und Phishing-Trainings. Wir prüfen ein Pilotprojekt.",
        wants="Schutz der Maschinen ohne Eingriff in die Steuerungen, verständliche Berichte "
        "für die Geschäftsführung, Unterstützung bei NIS2.",
        avoids="Fehlalarme, die die Fertigung stoppen, Agenten-Software auf "
        "Maschinensteuerungen.",
        tags=("Innovation", "Start-up"), owner=us.IT,
        contacts=(
            ContactSpec("Moritz Heußler", "Gründer und Geschäftsführer", "+49 721 47702 10"),
            ContactSpec("Jasmin Ali", "Security Consultant", "+49 721 47702 14"),
        ),
        agreements=(
            AgreementSpec("Geheimhaltungsvereinbarung", Kind.NDA, None, Bill.ONE_OFF, 3,
                          term=24, notice=None, renewal=None),
            AgreementSpec("Pilotprojekt OT-Angriffserkennung", Kind.SERVICE_CONTRACT,
                          "3900.00", Bill.MONTHLY, -1, term=6, notice=N4W_MONTH, renewal=None,
                          status=AStatus.DRAFT),
        ),
        topics=("Netzwerkanalyse Fertigung", "NIS2", "Phishing-Simulation"),
        goals=(
            GoalSpec("Entscheidung über das Pilotprojekt", "Mit Werkleitung und "
                     "Geschäftsführung.", 2, 2, ((Goal.PLANNED, None), (Goal.ON_TRACK, None))),
        ),
        note_count=(3, 5),
    ),
    PartnerSpec(
        name="Grünkraft Energieberatung GmbH", short="Grünkraft",
        category=Cat.CONSULTING.value, status=Status.PROSPECT, since_months=6,
        street="Merzhauser Straße 161", city="79100 Freiburg im Breisgau",
        domain="gruenkraft-beratung.de",
        description="Energieberatung für Industriebetriebe: Energieaudit, Photovoltaik auf "
        "dem Hallendach, Fördermittel von BAFA und KfW.",
        wants="Belastbare Amortisationsrechnungen, Begleitung der Förderanträge, "
        "unabhängige Beratung ohne Bindung an einen Anlagenbauer.",
        avoids="PV-Vertrieb im Beratermantel, Pauschalschätzungen ohne Messung.",
        tags=("Nachhaltigkeit",), owner=us.MANAGING_DIRECTOR,
        contacts=(ContactSpec("Lena Brückner", "Energieberaterin", "+49 761 45690 70"),),
        agreements=(
            AgreementSpec("Energieaudit nach DIN EN 16247", Kind.SERVICE_CONTRACT, "8900.00",
                          Bill.ONE_OFF, -1, term=4, notice=None, renewal=None,
                          status=AStatus.DRAFT),
        ),
        topics=("Energieaudit", "Photovoltaik auf dem Hallendach", "Förderantrag"),
        note_count=(3, 5),
    ),
    PartnerSpec(
        name="Blitzblank Gebäudeservice GmbH", short="Blitzblank",
        category=Cat.FACILITY.value, status=Status.ENDED, since_months=84,
        street="Siemensstraße 9", city="72766 Reutlingen", domain="blitzblank-service.de",
        description="Früherer Reinigungsdienstleister. Nach wiederholten Qualitätsmängeln "
        "gekündigt und durch Glanzwerk ersetzt.",
        wants="Saubere Abwicklung: Schlussrechnung, Rückgabe aller Schlüssel und Transponder.",
        avoids="Nachforderungen nach Vertragsende.",
        tags=(), owner=us.PLANT,
        contacts=(ContactSpec("Heike Renz", "Objektleiterin", "+49 7121 52233 0"),),
        agreements=(
            AgreementSpec("Unterhaltsreinigung", Kind.SERVICE_CONTRACT, "3310.00",
                          Bill.MONTHLY, 84, term=24, notice=N3M_QUARTER,
                          status=AStatus.TERMINATED, ended_months=25),
        ),
        topics=("Mängelliste", "Reinigungsprotokolle", "Schlüsselrückgabe"),
        goals=(
            GoalSpec("Qualitätsmängel abstellen", "Nach der Mängelliste vom Rundgang.", 34,
                     -28, ((Goal.ON_TRACK, None), (Goal.AT_RISK, None), (Goal.DROPPED, None))),
        ),
        incidents=(
            IncidentSpec(31, "Reinigungsintervall Sanitärräume", Channel.MEETING,
                         "Blitzblank reinigte die Sanitärräume dreimal pro Woche und hielt "
                         "das für vereinbart. Im Leistungsverzeichnis steht täglich.",
                         "Sofortige Umstellung auf tägliche Reinigung zugesagt.",
                         "Leistungsverzeichnis bestätigt; Gutschrift für zwei Monate. Das "
                         "Vertrauen hat trotzdem gelitten."),
        ),
        note_count=(3, 6), quiet_months=24,
    ),
)
# fmt: on
