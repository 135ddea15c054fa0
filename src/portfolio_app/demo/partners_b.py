"""Demo partners, part two: advisers, logistics, canteen, security and people services."""

from __future__ import annotations

from portfolio_app.demo import company as us
from portfolio_app.demo.specs import (
    FOOD,
    LOGISTICS,
    N1M_MONTH,
    N1M_TERM,
    N3M_MONTH,
    N3M_QUARTER,
    N6M_TERM,
    N6W_QUARTER,
    N30D_TERM,
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
from portfolio_app.domain.goal import GoalStatus as Goal
from portfolio_app.domain.note import Channel, Mood
from portfolio_app.domain.partner import PartnerCategory as Cat
from portfolio_app.domain.partner import PartnerStatus as Status

# Hand-aligned table data: the formatter would spread every call over one line per
# argument and triple the length.
# fmt: off
PARTNERS_B: tuple[PartnerSpec, ...] = (
    PartnerSpec(
        name="Kienzle & Partner Steuerberatungsgesellschaft mbB", short="Kienzle & Partner",
        category=Cat.CONSULTING.value, status=Status.ACTIVE, since_months=130,
        street="Am Echazufer 24", city="72764 Reutlingen", domain="kienzle-partner.de",
        description="Steuerberatung, Jahresabschluss und betriebswirtschaftliche Beratung, "
        "auch zu Fördermitteln. Arbeitsrechtliche Fragen klärt die verbundene Kanzlei.",
        wants="Vorausschauende Hinweise zu Gesetzesänderungen, feste Termine für den "
        "Jahresabschluss, Erreichbarkeit in der Abschlussphase.",
        avoids="Honorarnoten ohne Leistungsbeschreibung, Rückfragen, die wir schon dreimal "
        "beantwortet haben.",
        tags=("Rahmenvertrag",), owner=us.FINANCE,
        contacts=(
            ContactSpec("Dr. Ulrike Kienzle", "Steuerberaterin, Partnerin", "+49 7121 3344 0"),
            ContactSpec("Benedikt Frühwirth", "Steuerfachwirt", "+49 7121 3344 21",
                        "Ansprechpartner für alle Belegfragen."),
        ),
        agreements=(
            AgreementSpec("Mandatsvereinbarung Steuerberatung und Jahresabschluss",
                          Kind.FRAMEWORK, "28500.00", Bill.YEARLY, 130, term=None,
                          notice=N3M_QUARTER, renewal=None),
            AgreementSpec("Pauschale laufende Buchhaltungsberatung", Kind.SERVICE_CONTRACT,
                          "1250.00", Bill.MONTHLY, 36),
        ),
        topics=("Jahresabschluss", "Betriebsprüfung", "E-Rechnung", "Forschungszulage"),
        goals=(
            GoalSpec("Jahresabschluss früher fertigstellen", "Testat spätestens zehn Wochen "
                     "nach Geschäftsjahresende.", 30, -5,
                     ((Goal.ON_TRACK, "16"), (Goal.ON_TRACK, "13"), (Goal.ACHIEVED, "10")),
                     ("Wochen nach Jahresende", "16", "10")),
        ),
        note_count=(5, 9),
    ),
    PartnerSpec(
        name="Spedition Rommel GmbH & Co. KG", short="Spedition Rommel", category=LOGISTICS,
        status=Status.ACTIVE, since_months=80, street="Hafenstraße 40", city="74076 Heilbronn",
        domain="spedition-rommel.de",
        description="Stückgut- und Teilladungsverkehre zu unseren Kunden in Deutschland und "
        "Österreich, Sammelgut nach Skandinavien; Abholung täglich um 15 Uhr.",
        wants="Zuverlässige Abholzeiten, Sendungsverfolgung in Echtzeit, ehrliche Meldung "
        "bei Verspätungen, Schadenabwicklung ohne Papierkrieg.",
        avoids="Dieselzuschläge, die sich ohne Erklärung monatlich ändern, Fahrer ohne "
        "Ladungssicherung, Zustellungen ohne Avis bei Großkunden.",
        tags=("kritisch", "Rahmenvertrag"), owner=us.PURCHASING,
        contacts=(
            ContactSpec("Kerstin Rommel", "Geschäftsführerin", "+49 7131 6290 0"),
            ContactSpec("Jens Köhler", "Disposition", "+49 7131 6290 34"),
            ContactSpec("Bianca Straßer", "Kundenservice", "+49 7131 6290 38"),
        ),
        agreements=(
            AgreementSpec("Rahmenvertrag Stückgut und Teilladungen", Kind.FRAMEWORK,
                          "7600.00", Bill.MONTHLY, 32, term=24,
                          notes="Dieselfloater nach Anlage 2; Abrechnung nach Sendungen."),
            AgreementSpec("Lagerlogistik Außenlager Neckarsulm", Kind.SERVICE_CONTRACT,
                          "3200.00", Bill.MONTHLY, 28, notice=N6W_QUARTER),
            AgreementSpec("Frachtvertrag Stückgut (alt)", Kind.FRAMEWORK, "6900.00",
                          Bill.MONTHLY, 80, term=48, renewal=None, status=AStatus.EXPIRED,
                          ended_months=32),
        ),
        topics=("Dieselzuschlag", "Sendungsverfolgung", "Skandinavien-Verkehre",
                "Transportschaden Palette"),
        goals=(
            GoalSpec("Termintreue bei Zustellungen verbessern", "Laut monatlichem Report "
                     "der Spedition.", 16, 2,
                     ((Goal.ON_TRACK, "91"), (Goal.AT_RISK, "89"), (Goal.ON_TRACK, "94"),
                      (Goal.ON_TRACK, "96")), ("Termintreue in %", "91", "98")),
        ),
        incidents=(
            IncidentSpec(8, "Fixtermin beim Kunden in Linz verpasst", Channel.CALL,
                         "Rommel verstand „Fixtermin“ als Zustellung am Tag; wir meinten "
                         "Zustellung bis 10 Uhr. Der Kunde musste seine Montage verschieben.",
                         "Entschuldigungsschreiben an den Kunden, Frachtkosten gutgeschrieben.",
                         "Fixtermine werden künftig mit Uhrzeit im Auftrag erfasst; Zuschlag "
                         "18 € pro Sendung vereinbart."),
        ),
        note_count=(7, 12),
    ),
    PartnerSpec(
        name="Schwäbische Tafel Catering GmbH", short="Schwäbische Tafel", category=FOOD,
        status=Status.ACTIVE, since_months=54, street="Lederstraße 88", city="72764 Reutlingen",
        domain="schwaebische-tafel.de",
        description="Betreibt unsere Kantine: Mittagessen für rund 180 Beschäftigte in zwei "
        "Schichten, dazu Besprechungsverpflegung.",
        wants="Regionale, saisonale Küche, täglich ein vegetarisches Gericht, Essenspreise, "
        "die für alle Beschäftigten bezahlbar bleiben.",
        avoids="Fertigprodukte, Einweggeschirr, Speisepläne, die erst am Montagmorgen "
        "aushängen.",
        tags=("Nachhaltigkeit", "regional"), owner=us.HR,
        contacts=(
            ContactSpec("Bernd Schönleber", "Küchenchef", "+49 7121 14522 30"),
            ContactSpec("Carmen Ruß", "Bereichsleiterin Betriebsgastronomie",
                        "+49 7121 14522 10"),
        ),
        agreements=(
            AgreementSpec("Bewirtschaftungsvertrag Betriebskantine", Kind.SERVICE_CONTRACT,
                          "6500.00", Bill.MONTHLY, 52, term=36, notice=N6M_TERM,
                          notes="Zuschuss pro Essen 3,20 €; Preisgleitklausel nach "
                          "Verbraucherpreisindex."),
            AgreementSpec("Besprechungsverpflegung", Kind.SERVICE_CONTRACT, "380.00",
                          Bill.MONTHLY, 30, term=None, notice=N1M_MONTH, renewal=None),
        ),
        topics=("Speiseplan", "Essenspreise", "Mehrwegsystem", "Sommerfest"),
        goals=(
            GoalSpec("Mehr Beschäftigte essen in der Kantine", "Ausgegebene Essen laut "
                     "Kassensystem.", 20, 4,
                     ((Goal.ON_TRACK, "120"), (Goal.ON_TRACK, "134"), (Goal.AT_RISK, "128"),
                      (Goal.ON_TRACK, "141")), ("Essen pro Tag", "120", "160")),
            GoalSpec("Einwegverpackungen abschaffen", "Auch bei Essen zum Mitnehmen.", 8, -1,
                     ((Goal.PLANNED, None), (Goal.ON_TRACK, None), (Goal.ACHIEVED, None))),
        ),
        note_count=(5, 10),
    ),
    PartnerSpec(
        name="Wachdienst Alb-Neckar GmbH", short="Wachdienst Alb-Neckar",
        category=Cat.FACILITY.value, status=Status.ACTIVE, since_months=38,
        street="Rommelsbacher Straße 50", city="72760 Reutlingen",
        domain="wachdienst-alb-neckar.de",
        description="Nachtstreife, Alarmaufschaltung und Schließdienst für das Werksgelände; "
        "Pfortendienst bei Betriebsversammlungen.",
        wants="Dokumentierte Rundgänge, Alarmverfolgung innerhalb von 20 Minuten, geschultes "
        "Personal mit Sachkundeprüfung.",
        avoids="Wechselnde Wachleute ohne Objekteinweisung, Rechnungen für Fehlalarme, die "
        "die Anlage verursacht hat.",
        tags=("kritisch", "regional"), owner=us.PLANT,
        contacts=(ContactSpec("Ralf Dürr", "Niederlassungsleiter", "+49 7121 47110 0"),),
        agreements=(
            AgreementSpec("Bewachungsvertrag Werksgelände", Kind.SERVICE_CONTRACT, "2950.00",
                          Bill.MONTHLY, 37, term=24),
            AgreementSpec("Alarmaufschaltung Notruf- und Serviceleitstelle", Kind.SLA,
                          "145.00", Bill.MONTHLY, 37, notice=N1M_MONTH),
        ),
        topics=("Schließplan", "Fehlalarme", "Revierfahrten"),
        note_count=(3, 6),
    ),
    PartnerSpec(
        name="Hostwerk Karlsruhe GmbH", short="Hostwerk", category=Cat.IT_SERVICES.value,
        status=Status.ACTIVE, since_months=62, street="Emmy-Noether-Straße 9",
        city="76131 Karlsruhe", domain="hostwerk-ka.de",
        description="Webhosting, Domains und E-Mail-Archivierung in einem Rechenzentrum in "
        "Karlsruhe (ISO 27001).",
        wants="Hosting in Deutschland, Datenschutz nach DSGVO, Erreichbarkeit bei Störungen, "
        "Backups mit nachweisbarer Wiederherstellung.",
        avoids="Upselling-Anrufe, intransparente Domainpreise, Wartungsarbeiten zur "
        "Geschäftszeit ohne Ankündigung.",
        tags=(), owner=us.IT,
        contacts=(
            ContactSpec("Tobias Glöckner", "Technischer Support", "+49 721 5051 900"),
            ContactSpec("Marie-Luise Fuchs", "Vertrieb", "+49 721 5051 911"),
        ),
        agreements=(
            AgreementSpec("Managed Hosting Website und Shop", Kind.SERVICE_CONTRACT, "189.00",
                          Bill.MONTHLY, 60, notice=N1M_TERM),
            AgreementSpec("Domains (12 Stück)", Kind.SERVICE_CONTRACT, "216.00", Bill.YEARLY,
                          62, notice=N30D_TERM),
            AgreementSpec("E-Mail-Archivierung", Kind.SERVICE_CONTRACT, "84.00", Bill.MONTHLY,
                          22, term=24),
        ),
        topics=("SSL-Zertifikate", "Shop-Umzug", "E-Mail-Archiv"),
        note_count=(3, 5),
    ),
    PartnerSpec(
        name="LohnPilot Services GmbH", short="LohnPilot", category=PEOPLE, status=Status.ACTIVE,
        since_months=46, street="Olgastraße 99", city="89073 Ulm", domain="lohnpilot.de",
        description="Lohn- und Gehaltsabrechnung für rund 210 Beschäftigte, Meldungen an "
        "Sozialversicherung und Finanzamt, Schnittstelle zur Zeitwirtschaft.",
        wants="Fehlerfreie Abrechnung zum Monatsende, klare Fristen für unsere Zuarbeit, "
        "Hinweise auf tarifliche Änderungen der Metall- und Elektroindustrie.",
        avoids="Korrekturabrechnungen im Folgemonat als Normalfall, Lohndaten per "
        "unverschlüsselter E-Mail.",
        tags=("kritisch",), owner=us.HR,
        contacts=(
            ContactSpec("Natascha Weiß", "Teamleiterin Entgeltabrechnung", "+49 731 17625 40"),
            ContactSpec("Oliver Jäger", "Kundenbetreuer", "+49 731 17625 44"),
        ),
        agreements=(
            AgreementSpec("Dienstleistungsvertrag Entgeltabrechnung", Kind.SERVICE_CONTRACT,
                          "2780.00", Bill.MONTHLY, 45, term=24, notice=N3M_QUARTER,
                          notes="13,20 € pro Abrechnung, Mindestpauschale 2.400 €."),
            AgreementSpec("Auftragsverarbeitungsvertrag (Art. 28 DSGVO)", Kind.OTHER, None,
                          Bill.ONE_OFF, 45, term=None, notice=None, renewal=None),
        ),
        topics=("Tariferhöhung", "Schnittstelle Zeitwirtschaft", "Jahresmeldungen"),
        goals=(
            GoalSpec("Korrekturabrechnungen reduzieren", "", 18, 2,
                     ((Goal.ON_TRACK, "11"), (Goal.ON_TRACK, "7"), (Goal.AT_RISK, "8"),
                      (Goal.ON_TRACK, "5")), ("Korrekturen pro Monat", "11", "3")),
        ),
        incidents=(
            IncidentSpec(17, "Urlaubsgeld in Raten statt auf einmal", Channel.EMAIL,
                         "LohnPilot hat das Urlaubsgeld auf zwölf Monate verteilt. Wir waren "
                         "von der tariflichen Einmalzahlung im Juni ausgegangen; mehrere "
                         "Beschäftigte haben nachgefragt.",
                         "Abgleich mit dem Tarifvertrag vereinbart.",
                         "Einmalzahlung im Juni bestätigt; Stammdaten korrigiert, "
                         "Nachzahlung mit der nächsten Abrechnung.", mood=Mood.NEUTRAL),
        ),
        note_count=(4, 8),
    ),
    PartnerSpec(
        name="Sprachwerk Übersetzungen GmbH", short="Sprachwerk", category=Cat.OTHER.value,
        status=Status.ACTIVE, since_months=34, street="Kaiser-Joseph-Straße 254",
        city="79098 Freiburg im Breisgau", domain="sprachwerk-freiburg.de",
        description="Fachübersetzungen von Betriebsanleitungen, Datenblättern und "
        "Website-Texten ins Englische, Französische, Italienische und Polnische.",
        wants="Fachübersetzer mit Maschinenbau-Erfahrung, ein gepflegtes Terminologie-Glossar, "
        "Lieferung im Format unseres Redaktionssystems.",
        avoids="Maschinelle Übersetzung ohne Kennzeichnung, Eilzuschläge als Standard.",
        tags=(), owner=us.MARKETING,
        contacts=(ContactSpec("Claire Dubois-Hoffmann", "Projektmanagerin",
                              "+49 761 38790 15"),),
        agreements=(
            AgreementSpec("Rahmenvereinbarung Fachübersetzungen", Kind.FRAMEWORK, "9500.00",
                          Bill.YEARLY, 33, notes="Zeilenpreis 1,45 € (EN) bis 1,75 € (PL); "
                          "Wiederholungen aus dem Translation Memory 30 %."),
        ),
        topics=("Betriebsanleitung Stangenlader", "Glossar", "Website auf Französisch"),
        goals=(
            GoalSpec("Terminologie-Glossar aufbauen", "Deutsch, Englisch, Französisch.", 22,
                     -3, ((Goal.PLANNED, "0"), (Goal.ON_TRACK, "350"), (Goal.ACHIEVED, "820")),
                     ("Einträge im Glossar", "0", "800")),
        ),
        note_count=(3, 6),
    ),
    PartnerSpec(
        name="Messebau Kästle GmbH", short="Messebau Kästle", category=Cat.MARKETING.value,
        status=Status.ACTIVE, since_months=42, street="Mahdentalstraße 86",
        city="71065 Sindelfingen", domain="messebau-kaestle.de",
        description="Plant, baut und lagert unseren Messestand (48 m²) für AMB, EMO und "
        "regionale Zuliefermessen.",
        wants="Wiederverwendbare Standsysteme, Festpreise pro Messe, ein Projektleiter von "
        "der Planung bis zum Abbau.",
        avoids="Nachträge am Aufbautag, Standbau, der nur einmal verwendbar ist.",
        tags=("Nachhaltigkeit",), owner=us.MARKETING,
        contacts=(
            ContactSpec("Markus Kästle", "Geschäftsführer", "+49 7031 68790 0"),
            ContactSpec("Svenja Pfleiderer", "Projektleiterin", "+49 7031 68790 12"),
        ),
        agreements=(
            AgreementSpec("Rahmenvertrag Messestandbau", Kind.FRAMEWORK, "42000.00",
                          Bill.YEARLY, 40, term=36, notice=N6M_TERM),
            AgreementSpec("Einlagerung Standsystem", Kind.SERVICE_CONTRACT, "240.00",
                          Bill.MONTHLY, 40, term=None, notice=N3M_MONTH, renewal=None),
        ),
        topics=("Standplanung AMB", "Standplanung EMO", "Messemöbel", "Aufbaulogistik"),
        goals=(
            GoalSpec("Standkosten pro Messe senken", "Ohne Fläche und Hotel.", 26, -2,
                     ((Goal.ON_TRACK, "38"), (Goal.ON_TRACK, "33"), (Goal.DROPPED, "33")),
                     ("Tausend Euro pro Messe", "38", "30")),
        ),
        incidents=(
            IncidentSpec(19, "Nachtrag Elektroinstallation beim Standaufbau", Channel.ON_SITE,
                         "Nach Kästles Verständnis war die Elektroinstallation Sache der "
                         "Messegesellschaft; wir gingen von einem Komplettpreis aus.",
                         "Aufbau lief weiter; Nachtrag über 2.860 € vorerst nicht anerkannt.",
                         "Nachtrag zur Hälfte übernommen; Elektro steht künftig als eigene "
                         "Position im Angebot."),
        ),
        note_count=(4, 8),
    ),
)
# fmt: on
