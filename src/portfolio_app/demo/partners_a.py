"""Demo partners, part one: the services every office and plant relies on."""

from __future__ import annotations

from portfolio_app.demo import company as us
from portfolio_app.demo.specs import (
    FOOD,
    N1M_MONTH,
    N3M_QUARTER,
    N6M_TERM,
    N6W_MONTH,
    N30D_TERM,
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
PARTNERS_A: tuple[PartnerSpec, ...] = (
    PartnerSpec(
        name="Kreativhaus Neckar GmbH", short="Kreativhaus", category=Cat.MARKETING.value,
        status=Status.ACTIVE, since_months=50, street="Königstraße 28", city="70173 Stuttgart",
        domain="kreativhaus-neckar.de",
        description="Full-Service-Agentur für B2B-Marketing: Website, Messeauftritte, "
        "Fachanzeigen und LinkedIn. Betreut unseren Markenauftritt seit dem Relaunch.",
        wants="Ehrliche Einschätzungen statt Hochglanz, feste Ansprechpartner, Festpreise "
        "und Kampagnen, die messbar Anfragen von Einkäufern im Maschinenbau bringen.",
        avoids="Ständig wechselnde Junior-Berater, Stundenabrechnung ohne Vorab-Schätzung, "
        "Entwürfe, die an unserer Zielgruppe vorbeigehen.",
        tags=("Rahmenvertrag", "regional"), owner=us.MARKETING,
        contacts=(
            ContactSpec("Jürgen Weiß", "Geschäftsführer", "+49 711 2489 310"),
            ContactSpec("Lea Schönfelder", "Key Account Managerin", "+49 711 2489 322",
                        "Erreichbar Mo–Do; freitags Vertretung durch Niklas Brandstätter."),
            ContactSpec("Niklas Brandstätter", "Projektleiter Digital", "+49 711 2489 335"),
        ),
        agreements=(
            AgreementSpec("Rahmenvertrag Marketingleistungen", Kind.FRAMEWORK, "4850.00",
                          Bill.MONTHLY, 48, term=24, notes="Kontingent 40 Stunden pro Monat; "
                          "Mehrstunden 98 € netto."),
            AgreementSpec("Website-Relaunch 2.0 (Festpreisprojekt)", Kind.SERVICE_CONTRACT,
                          "38500.00", Bill.ONE_OFF, 10, term=6, notice=None, renewal=None,
                          status=AStatus.EXPIRED),
            AgreementSpec("Hosting und Pflege der Website", Kind.SLA, "290.00", Bill.MONTHLY,
                          46, notice=N1M_MONTH),
        ),
        topics=("Messeauftritt AMB", "LinkedIn-Kampagne", "Produktfotos Drehteile",
                "Newsletter"),
        goals=(
            GoalSpec("Mehr qualifizierte Anfragen über die Website",
                     "Anfragen über das Kontaktformular und den Teilekonfigurator.", 20, 4,
                     ((Goal.ON_TRACK, "18"), (Goal.ON_TRACK, "26"), (Goal.AT_RISK, "24"),
                      (Goal.ON_TRACK, "34")), ("Leads pro Quartal", "18", "45")),
            GoalSpec("Messeauftritt zur nächsten AMB vorbereiten",
                     "Standkonzept, Exponate und Einladungsmailing.", 5, 5,
                     ((Goal.PLANNED, None), (Goal.ON_TRACK, None))),
        ),
        incidents=(
            IncidentSpec(14, "Anzeige mit alter Telefonnummer erschienen", Channel.CALL,
                         "Die Agentur hat unsere Mail „passt so weit“ als Freigabe verstanden. "
                         "Gemeint war nur das Layout; die Telefonnummer war noch alt.",
                         "Korrekturanzeige in der nächsten Ausgabe.",
                         "Kosten der Korrekturanzeige teilen wir 50/50. Freigaben künftig nur "
                         "noch schriftlich über das Freigabeformular."),
        ),
        note_count=(6, 11),
    ),
    PartnerSpec(
        name="Systemhaus Albrecht GmbH & Co. KG", short="Systemhaus Albrecht",
        category=Cat.IT_SERVICES.value, status=Status.ACTIVE, since_months=70,
        street="Gustav-Werner-Straße 14", city="72762 Reutlingen",
        domain="systemhaus-albrecht.de",
        description="IT-Dienstleister für Arbeitsplätze, Server und Netzwerk; betreibt "
        "unseren Helpdesk und die Datensicherung. Kritisch für Fertigung und ERP.",
        wants="Verlässliche Reaktionszeiten auch in der Spätschicht, proaktive Hinweise auf "
        "Sicherheitslücken, ein fester Techniker, der unsere Fertigung kennt.",
        avoids="Tickets, die ohne Rückmeldung geschlossen werden, Überraschungsrechnungen für "
        "„Sonderaufwand“, Lizenzen, die wir nicht brauchen.",
        tags=("kritisch", "Rahmenvertrag", "regional"), owner=us.IT,
        contacts=(
            ContactSpec("Sören Müller", "Key Account Manager", "+49 7121 93850 12"),
            ContactSpec("Dr. Ingrid Albrecht", "Geschäftsführerin", "+49 7121 93850 0"),
            ContactSpec("Marco Ferreira", "Servicetechniker", "+49 7121 93850 47",
                        "Kennt die Maschinennetze in Halle 2 am besten."),
        ),
        agreements=(
            AgreementSpec("IT-Servicevertrag Arbeitsplätze und Server",
                          Kind.SERVICE_CONTRACT, "6980.00", Bill.MONTHLY, 68, term=36),
            AgreementSpec("SLA Helpdesk und Störungsbeseitigung", Kind.SLA, "1450.00",
                          Bill.MONTHLY, 30, term=24, notes="Reaktionszeit P1: 2 Stunden, "
                          "P2: 8 Stunden; Servicezeit Mo–Fr 6–22 Uhr."),
            AgreementSpec("Microsoft-365-Lizenzen (CSP)", Kind.SERVICE_CONTRACT, "2315.40",
                          Bill.MONTHLY, 40, notice=N30D_TERM),
            AgreementSpec("Vertraulichkeitsvereinbarung", Kind.NDA, None, Bill.ONE_OFF, 70,
                          term=None, notice=None, renewal=None),
        ),
        topics=("Windows-11-Migration", "Firewall-Tausch", "Backup-Konzept",
                "Helpdesk-Tickets"),
        goals=(
            GoalSpec("Reaktionszeit bei Störungen senken",
                     "Vom ersten Anruf bis zum Techniker am Problem.", 26, -2,
                     ((Goal.ON_TRACK, "24"), (Goal.ON_TRACK, "12"), (Goal.AT_RISK, "14"),
                      (Goal.ACHIEVED, "4")), ("Reaktionszeit in Stunden", "24", "4")),
            GoalSpec("Umstellung auf Windows 11 abschließen",
                     "Alle 95 Arbeitsplätze inklusive Leitstände in der Fertigung.", 14, 2,
                     ((Goal.PLANNED, None), (Goal.ON_TRACK, None), (Goal.AT_RISK, None))),
            GoalSpec("Wiederherstellung des ERP regelmäßig testen",
                     "Rücksicherung auf ein Testsystem mit Protokoll.", 9, 3,
                     ((Goal.PLANNED, "0"), (Goal.ON_TRACK, "1")), ("Tests pro Jahr", "0", "2")),
        ),
        incidents=(
            IncidentSpec(22, "ERP-Ausfall am Montagmorgen nach Patch", Channel.CALL,
                         "Nach einem Update am Wochenende startete der ERP-Server nicht. "
                         "Albrecht ging davon aus, dass Patches am Wochenende abgesprochen "
                         "waren; wir hatten nur Samstagvormittag freigegeben.",
                         "Server bis 9:30 Uhr wiederhergestellt; Ursachenbericht folgt.",
                         "Wartungsfenster nur noch samstags 14–18 Uhr, mit Ankündigung per "
                         "E-Mail an IT-Leitung und Werkleitung."),
        ),
        note_count=(8, 13),
    ),
    PartnerSpec(
        name="Druckerei Haußmann GmbH", short="Druckerei Haußmann", category=Cat.PRINT.value,
        status=Status.ACTIVE, since_months=90, street="Kelternstraße 7", city="72555 Metzingen",
        domain="druckerei-haussmann.de",
        description="Familiengeführte Offset- und Digitaldruckerei. Druckt Produktkataloge, "
        "Datenblätter, Geschäftsausstattung und Messematerial.",
        wants="Papier aus zertifizierter Forstwirtschaft, ehrliche Beratung zu Auflagen, "
        "Lieferung direkt ins Lager, Nachdrucke innerhalb von drei Arbeitstagen.",
        avoids="Farbabweichungen beim Firmenblau, Proofs per Post statt PDF, "
        "Mindermengenzuschläge ohne Hinweis.",
        tags=("Nachhaltigkeit", "regional"), owner=us.MARKETING,
        contacts=(
            ContactSpec("Gerd Haußmann", "Inhaber", "+49 7123 96170 0"),
            ContactSpec("Tanja Wölfle", "Kundenberaterin", "+49 7123 96170 14"),
        ),
        agreements=(
            AgreementSpec("Rahmenvereinbarung Drucksachen", Kind.FRAMEWORK, "14000.00",
                          Bill.YEARLY, 34, term=24, notice=N3M_QUARTER,
                          notes="Staffelpreise für Kataloge ab 2.000 Stück."),
            AgreementSpec("Lagerhaltung Geschäftsausstattung", Kind.SERVICE_CONTRACT, "95.00",
                          Bill.MONTHLY, 26, term=None, notice=N6W_MONTH, renewal=None),
        ),
        topics=("Produktkatalog", "Datenblätter", "Messeflyer", "Visitenkarten"),
        goals=(
            GoalSpec("Nachdrucke schneller liefern", "Vom Auftrag bis zur Anlieferung im "
                     "Lager.", 18, 6, ((Goal.ON_TRACK, "5"), (Goal.ON_TRACK, "4"),
                                       (Goal.ON_TRACK, "3.5")),
                     ("Lieferzeit in Arbeitstagen", "5", "3")),
            GoalSpec("Kataloge auf Recyclingpapier umstellen", "Mit Blauem Engel, ohne "
                     "Mehrkosten über 5 %.", 28, -12,
                     ((Goal.PLANNED, None), (Goal.ON_TRACK, None), (Goal.ACHIEVED, None))),
        ),
        note_count=(4, 9),
    ),
    PartnerSpec(
        name="Glanzwerk Gebäudereinigung GmbH", short="Glanzwerk",
        category=Cat.FACILITY.value, status=Status.ACTIVE, since_months=25,
        street="Hechinger Straße 112", city="72072 Tübingen", domain="glanzwerk-reinigung.de",
        description="Unterhaltsreinigung für Verwaltung, Sozialräume und Kantine, "
        "Glasreinigung zweimal im Jahr. Hat Blitzblank als Dienstleister abgelöst.",
        wants="Gleichbleibende Qualität nach Leistungsverzeichnis, feste Reinigungskräfte, "
        "umweltfreundliche Reinigungsmittel, kurze Wege bei Beschwerden.",
        avoids="Reinigung in den Büros während der Kernarbeitszeit, wechselnde Teams ohne "
        "Einweisung, Mängel, die wir erst selbst melden müssen.",
        tags=("regional",), owner=us.PLANT,
        contacts=(
            ContactSpec("Aylin Kaya", "Objektleiterin", "+49 7071 55402 18"),
            ContactSpec("Michael Straub", "Geschäftsführer", "+49 7071 55402 0"),
        ),
        agreements=(
            AgreementSpec("Unterhaltsreinigung Verwaltung und Sozialräume",
                          Kind.SERVICE_CONTRACT, "3640.00", Bill.MONTHLY, 25, term=24,
                          notice=N3M_QUARTER),
            AgreementSpec("Glasreinigung", Kind.SERVICE_CONTRACT, "2360.00", Bill.YEARLY, 25),
        ),
        topics=("Leistungsverzeichnis", "Kantinenreinigung", "Teppichreinigung"),
        goals=(
            GoalSpec("Reklamationen senken", "Gezählt im Mängelbuch am Empfang.", 22, -4,
                     ((Goal.ON_TRACK, "6"), (Goal.ON_TRACK, "3"), (Goal.ACHIEVED, "1")),
                     ("Reklamationen pro Monat", "6", "1")),
        ),
        incidents=(
            IncidentSpec(2, "Reinigung der Kantinenküche: Umfang unklar", Channel.ON_SITE,
                         "Glanzwerk reinigt in der Kantinenküche nur die Böden. Nach unserem "
                         "Verständnis gehören Dunstabzug und Kühlraum laut Ausschreibung dazu.",
                         "Beide Seiten prüfen Ausschreibung und Leistungsverzeichnis.", "",
                         follow_up="Ausschreibungsunterlagen heraussuchen und Glanzwerk "
                         "schicken"),
        ),
        note_count=(5, 9),
    ),
    PartnerSpec(
        name="Mobilitas Flottenleasing AG", short="Mobilitas", category=Cat.FLEET.value,
        status=Status.ACTIVE, since_months=58, street="Leopoldstraße 244", city="80807 München",
        domain="mobilitas-leasing.de",
        description="Full-Service-Leasing für 14 Dienstwagen und zwei Transporter inklusive "
        "Wartung, Reifen und Schadenmanagement. Umstellung auf Elektrofahrzeuge läuft.",
        wants="Transparente Abrechnung pro Fahrzeug, schnelle Ersatzfahrzeuge, Beratung zur "
        "Ladeinfrastruktur, faire Rücknahme ohne Streit über Kleinschäden.",
        avoids="Nachberechnungen für normale Gebrauchsspuren, Hotline-Schleifen, Fahrzeuge "
        "mit monatelangen Lieferzeiten.",
        tags=("Nachhaltigkeit", "Rahmenvertrag"), owner=us.PURCHASING,
        contacts=(
            ContactSpec("Stefanie Großmann", "Key Account Managerin Flotte",
                        "+49 89 4521 7730"),
            ContactSpec("Lukas Öztürk", "Schadenservice", "+49 89 4521 7788"),
        ),
        agreements=(
            AgreementSpec("Rahmenvertrag Full-Service-Leasing", Kind.FRAMEWORK, "9870.00",
                          Bill.MONTHLY, 56, term=48, notice=N6M_TERM),
            AgreementSpec("Leasing E-Transporter (2 Fahrzeuge)", Kind.LEASE, "1290.00",
                          Bill.MONTHLY, 15, term=36, notice=None, renewal=None),
            AgreementSpec("Wallboxen Betriebsparkplatz", Kind.SERVICE_CONTRACT, "18400.00",
                          Bill.ONE_OFF, -2, term=3, notice=None, renewal=None,
                          status=AStatus.DRAFT, notes="Angebot liegt vor; Förderung prüfen."),
        ),
        topics=("Fahrzeugrückgabe", "Ladekarten", "Dienstwagenordnung", "Reifenwechsel"),
        goals=(
            GoalSpec("Anteil E-Fahrzeuge in der Flotte erhöhen", "Bei jeder Ersatzbeschaffung "
                     "E-Fahrzeug prüfen.", 24, 20,
                     ((Goal.ON_TRACK, "12"), (Goal.ON_TRACK, "25"), (Goal.AT_RISK, "31"),
                      (Goal.ON_TRACK, "38")), ("Anteil E-Fahrzeuge in %", "12", "60")),
        ),
        incidents=(
            IncidentSpec(11, "Nachberechnung nach Fahrzeugrückgabe", Channel.EMAIL,
                         "Das Rückgabegutachten listet Kratzer an der Ladekante als Schaden. "
                         "Nach unserem Verständnis sind das Gebrauchsspuren.",
                         "Widerspruch mit Fotos geschickt.",
                         "Nach Prüfung des Schadenkatalogs (Anlage 3) verzichtet Mobilitas "
                         "auf die Nachberechnung von 1.240 €.", mood=Mood.NEUTRAL),
        ),
        note_count=(5, 9),
    ),
    PartnerSpec(
        name="Bürotechnik Schäfer GmbH", short="Bürotechnik Schäfer",
        category=Cat.OFFICE_EQUIPMENT.value, status=Status.ACTIVE, since_months=64,
        street="Fabrikstraße 31", city="73728 Esslingen am Neckar",
        domain="buerotechnik-schaefer.de",
        description="Leasing und Service für neun Multifunktionsgeräte (Kopieren, Drucken, "
        "Scannen) inklusive Toner und Wartung; Abrechnung nach Seitenpreis.",
        wants="Geräte, die laufen; Techniker innerhalb von acht Stunden vor Ort; automatische "
        "Tonerlieferung; Seitenpreise, die zu unserem sinkenden Druckvolumen passen.",
        avoids="Überdimensionierte Geräte, Zählerstandsabfragen per Fax, "
        "Vertragsverlängerungen durch die Hintertür.",
        tags=("regional",), owner=us.FINANCE,
        contacts=(
            ContactSpec("Holger Schäfer", "Geschäftsführer", "+49 711 3168 240"),
            ContactSpec("Jana Ruoff", "Vertriebsinnendienst", "+49 711 3168 246"),
        ),
        agreements=(
            AgreementSpec("Leasingvertrag Multifunktionsgeräte", Kind.LEASE, "1120.00",
                          Bill.MONTHLY, 40, term=60),
            AgreementSpec("Servicevertrag Seitenpreis (Klick-Vertrag)", Kind.SERVICE_CONTRACT,
                          "640.00", Bill.MONTHLY, 40, term=60, notes="Inklusive 18.000 Seiten "
                          "s/w und 4.000 Farbseiten pro Monat; Mehrseiten 0,6 bzw. 4,9 Cent."),
            AgreementSpec("Altvertrag Kopierer Verwaltung", Kind.LEASE, "410.00", Bill.MONTHLY,
                          64, term=24, status=AStatus.EXPIRED, ended_months=40),
        ),
        topics=("Zählerstände", "Tonerlieferung", "Scan-to-Mail", "Gerätetausch"),
        goals=(
            GoalSpec("Druckkosten pro Seite senken", "Mischpreis aus s/w- und Farbseiten.",
                     30, 6, ((Goal.ON_TRACK, "4.2"), (Goal.ON_TRACK, "3.6"), (Goal.AT_RISK, "3.5"),
                             (Goal.ON_TRACK, "3.1")), ("Druckkosten pro Seite in Cent", "4.2",
                                                     "2.8")),
        ),
        note_count=(3, 7),
    ),
    PartnerSpec(
        name="Kaffeewerk Südwest GmbH", short="Kaffeewerk", category=FOOD, status=Status.ACTIVE,
        since_months=44, street="Schwieberdinger Straße 60", city="71636 Ludwigsburg",
        domain="kaffeewerk-suedwest.de",
        description="Miete und Service der sechs Kaffeevollautomaten inklusive Bohnen aus "
        "fairem Handel, Entkalkung und Reparatur.",
        wants="Fair gehandelter Kaffee, Störungsbehebung innerhalb eines Arbeitstages, "
        "Abrechnung nach tatsächlichem Verbrauch.",
        avoids="Automaten, die tagelang defekt sind, Preiserhöhungen ohne Vorankündigung, "
        "Kapselsysteme.",
        tags=("Nachhaltigkeit", "regional"), owner=us.PLANT,
        contacts=(ContactSpec("Dominik Kärcher", "Serviceleiter", "+49 7141 28833 5"),),
        agreements=(
            AgreementSpec("Mietvertrag Kaffeevollautomaten inkl. Service", Kind.LEASE, "780.00",
                          Bill.MONTHLY, 43, term=36),
            AgreementSpec("Liefervereinbarung Kaffeebohnen", Kind.SERVICE_CONTRACT, "410.00",
                          Bill.MONTHLY, 43, term=None, notice=N1M_MONTH, renewal=None),
        ),
        topics=("Automat in der Kantine", "Entkalkung", "neue Bohnensorte"),
        goals=(
            GoalSpec("Störungen schneller beheben", "Tage, an denen ein Automat ausfällt.", 12,
                     3, ((Goal.PLANNED, "9"), (Goal.ON_TRACK, "5"), (Goal.ON_TRACK, "3")),
                     ("Ausfalltage pro Quartal", "9", "2")),
        ),
        note_count=(3, 6),
    ),
    PartnerSpec(
        name="Sensorik Labs UG (haftungsbeschränkt)", short="Sensorik Labs",
        category=Cat.STARTUP.value, status=Status.ACTIVE, since_months=20,
        street="Haid-und-Neu-Straße 7", city="76131 Karlsruhe", domain="sensorik-labs.de",
        description="Ausgründung des KIT; entwickelt Vibrationssensoren mit KI-Auswertung. "
        "Gemeinsames Pilotprojekt zur vorausschauenden Wartung an unseren CNC-Drehmaschinen.",
        wants="Offenheit über den Entwicklungsstand, schnelle Iterationen, gemeinsame "
        "Veröffentlichung der Ergebnisse, eine faire Regelung der Nutzungsrechte.",
        avoids="Abhängigkeit von einem Prototyp in der Serienfertigung, Daten unserer Maschinen "
        "bei Dritten, Zusagen, die das kleine Team nicht halten kann.",
        tags=("Innovation", "Start-up"), owner=us.MANAGING_DIRECTOR,
        contacts=(
            ContactSpec("Dr. Hannah Böhm", "Mitgründerin und CTO", "+49 721 9817 4410"),
            ContactSpec("Felix Nguyen", "Mitgründer und CEO", "+49 721 9817 4400"),
        ),
        agreements=(
            AgreementSpec("Kooperation Pilotprojekt Predictive Maintenance", Kind.COOPERATION,
                          "2500.00", Bill.MONTHLY, 16, term=18, notice=N1M_MONTH, renewal=None),
            AgreementSpec("Geheimhaltungsvereinbarung (NDA)", Kind.NDA, None, Bill.ONE_OFF, 20,
                          term=36, notice=None, renewal=None),
            AgreementSpec("Folgevereinbarung Serienlizenz", Kind.FRAMEWORK, "14400.00",
                          Bill.YEARLY, -3, term=24, status=AStatus.DRAFT, notes="Entwurf von "
                          "Sensorik Labs; Nutzungsrechte an den Daten noch offen."),
        ),
        topics=("Sensordaten", "Dashboard", "Pilotmaschine in Halle 2", "Nutzungsrechte"),
        goals=(
            GoalSpec("Ungeplante Stillstände an den Drehmaschinen reduzieren", "Gemessen über "
                     "die Maschinendatenerfassung.", 15, 4,
                     ((Goal.PLANNED, "38"), (Goal.ON_TRACK, "33"), (Goal.AT_RISK, "35"),
                      (Goal.ON_TRACK, "27")), ("Stillstandsstunden pro Monat", "38", "20")),
            GoalSpec("Sensoren an allen zwölf Maschinen installieren", "", 14, -1,
                     ((Goal.ON_TRACK, "0"), (Goal.ON_TRACK, "6"), (Goal.ACHIEVED, "12")),
                     ("Maschinen mit Sensor", "0", "12")),
        ),
        incidents=(
            IncidentSpec(1, "Nutzungsrechte an den Trainingsdaten", Channel.VIDEO,
                         "Sensorik Labs ging davon aus, unsere Maschinendaten auch für das "
                         "Training ihres Modells für andere Kunden nutzen zu dürfen. Aus "
                         "unserer Sicht deckt die Kooperationsvereinbarung das nicht.",
                         "Bis zur Klärung keine Weitergabe; beide Seiten legen ihre Lesart der "
                         "Vereinbarung schriftlich dar.", "",
                         follow_up="Stellungnahme unserer Anwältin zur Datennutzung einholen"),
        ),
        note_count=(6, 10),
    ),
)
# fmt: on
