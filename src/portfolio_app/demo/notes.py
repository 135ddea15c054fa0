"""Templates of everyday communication notes, filled in per partner and date.

Placeholders: ``{partner}`` (short name), ``{contact}``, ``{owner}`` (our colleague),
``{topic}`` (one of the partner's topics), ``{month}``, ``{quarter}`` and ``{year}`` (of
the note's date).
"""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.domain.note import Channel, Mood

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NoteTemplate:
    """One kind of exchange; an empty ``follow_up`` means nothing to do afterwards."""

    subject: str
    channels: tuple[Channel, ...]
    body: str
    outcome: str
    mood: Mood = Mood.GOOD
    follow_up: str = ""
    due_days: int = 14
    for_prospects: bool = False
    """Whether it fits a partner we have no agreement with yet."""


FIRST_CONTACT = NoteTemplate(
    "Kennenlernen und Erstgespräch",
    (Channel.MEETING, Channel.VIDEO),
    "Erstes Gespräch mit {contact}: Vorstellung beider Unternehmen, unser Bedarf, "
    "Referenzen von {partner}. Besonderes Interesse an {topic}.",
    "{partner} erstellt ein Angebot; {owner} holt intern Meinungen ein.",
    follow_up="Angebot von {partner} prüfen",
)

# fmt: off
EVERYDAY: tuple[NoteTemplate, ...] = (
    NoteTemplate(
        "Quartalsgespräch Q{quarter}/{year}", (Channel.MEETING, Channel.VIDEO),
        "Rückblick auf das Quartal mit {contact}: Leistung, offene Punkte, Rechnungen. "
        "Schwerpunkt diesmal: {topic}.\nInsgesamt solide; Kleinigkeiten laufen über das "
        "Ticketsystem.",
        "Weiter wie vereinbart; {topic} bekommt einen eigenen Termin.",
        follow_up="Protokoll an alle Teilnehmenden verschicken", due_days=3),
    NoteTemplate(
        "Abstimmung {topic}", (Channel.CALL, Channel.VIDEO),
        "{contact} hat den Stand zu {topic} vorgestellt. Zeitplan und Budget passen; zwei "
        "Detailfragen klären wir intern.",
        "Nächster Schritt vereinbart; Freigabe durch {owner} bis Ende nächster Woche.",
        follow_up="Freigabe zu {topic} erteilen", due_days=10, for_prospects=True),
    NoteTemplate(
        "Angebot für {topic}", (Channel.EMAIL,),
        "{partner} hat ein Angebot für {topic} geschickt. Der Preis liegt etwa 8 % über dem "
        "Vorjahr, der Leistungsumfang ist leicht erweitert.",
        "Wir holen ein Vergleichsangebot ein, bevor wir entscheiden.", Mood.NEUTRAL,
        follow_up="Vergleichsangebot einholen und gegenüberstellen", due_days=21,
        for_prospects=True),
    NoteTemplate(
        "Jahresgespräch {year}", (Channel.MEETING, Channel.ON_SITE),
        "Jahresgespräch mit {contact} bei uns im Haus. Themen: Zufriedenheit beider Seiten, "
        "Preise für das kommende Jahr, Ansprechpartner, Pläne zu {topic}.",
        "Konditionen bleiben stabil; beide Seiten wollen die Zusammenarbeit ausbauen."),
    NoteTemplate(
        "Rückfrage zur Rechnung {month}", (Channel.EMAIL, Channel.CALL),
        "In der Rechnung für {month} war eine Position doppelt berechnet. {contact} hat das "
        "sofort geprüft und bestätigt.",
        "Gutschrift zugesagt, sie kommt mit der nächsten Rechnung.", Mood.NEUTRAL,
        follow_up="Gutschrift in der nächsten Rechnung prüfen", due_days=30),
    NoteTemplate(
        "Angekündigte Preiserhöhung", (Channel.EMAIL, Channel.MEETING),
        "{partner} kündigt eine Preiserhöhung von 6,5 % an und begründet sie mit Lohn- und "
        "Energiekosten. Aus unserer Sicht zu hoch und zu kurzfristig.",
        "Gegenvorschlag: 3,5 % ab dem nächsten Quartal. Antwort von {contact} steht aus.",
        Mood.TENSE, follow_up="Antwort auf den Gegenvorschlag nachfassen"),
    NoteTemplate(
        "Reklamation: {topic}", (Channel.CALL,),
        "Reklamation bei {contact} zum Thema {topic}: Die Leistung entsprach nicht dem "
        "Vereinbarten. Ton am Telefon anfangs gereizt, dann sachlich.",
        "{partner} bessert innerhalb einer Woche kostenlos nach.", Mood.TENSE,
        follow_up="Nachbesserung abnehmen", due_days=7),
    NoteTemplate(
        "Kurze Rückfrage zu {topic}", (Channel.CHAT, Channel.CALL),
        "Kurze Klärung mit {contact} zu {topic}; die Unterlagen kommen per E-Mail.",
        "Erledigt, keine weiteren Schritte nötig.", for_prospects=True),
    NoteTemplate(
        "Vor-Ort-Termin: {topic}", (Channel.ON_SITE,),
        "Termin mit {contact} bei uns im Werk zum Thema {topic}. Rundgang mit {owner}, "
        "anschließend Besprechung der Varianten.",
        "{partner} schickt einen Umsetzungsvorschlag mit Zeitplan.",
        follow_up="Umsetzungsvorschlag bewerten", for_prospects=True),
    NoteTemplate(
        "Terminverzug bei {topic}", (Channel.CALL, Channel.EMAIL),
        "Der zugesagte Termin für {topic} ist um zwei Wochen gerissen; wir haben es erst auf "
        "Nachfrage erfahren. Ärgerlich, weil intern schon alles geplant war.",
        "Neuer verbindlicher Termin; künftig meldet {partner} Verzug von sich aus.",
        Mood.TENSE, follow_up="Einhaltung des neuen Termins prüfen"),
    NoteTemplate(
        "Vertretung während der Urlaubszeit", (Channel.EMAIL,),
        "{contact} ist drei Wochen im Urlaub; Vertretung und Notfallnummer wurden mitgeteilt.",
        "Vertretungsregelung im Team bekannt gemacht.", Mood.NEUTRAL),
    NoteTemplate(
        "Lieferantenbewertung {year}", (Channel.EMAIL,),
        "Jährliche Bewertung nach unserem QM-Handbuch: Qualität, Termintreue, Kommunikation, "
        "Preis. {partner} hat die Selbstauskunft zu Umwelt und Datenschutz geliefert.",
        "Bewertung B (gut); Verbesserungspotenzial bei {topic}.", Mood.NEUTRAL,
        follow_up="Bewertung an {contact} schicken"),
    NoteTemplate(
        "Workshop {topic}", (Channel.MEETING, Channel.VIDEO),
        "Halbtägiger Workshop mit {contact} zu {topic}. Gute Ideen, manche noch nicht "
        "ausgereift.",
        "Drei Maßnahmen priorisiert; Umsetzung im nächsten Quartal.",
        follow_up="Maßnahmenliste mit Verantwortlichen verteilen", due_days=7,
        for_prospects=True),
    NoteTemplate(
        "Daten für unseren Nachhaltigkeitsbericht", (Channel.EMAIL,),
        "Bitte an {contact} um Angaben zu CO₂-Emissionen, Energieverbrauch und Zertifikaten "
        "für unseren Nachhaltigkeitsbericht.",
        "Daten kommen bis Monatsende; Zertifikate liegen bereits vor.", Mood.NEUTRAL,
        follow_up="Angaben von {partner} in den Bericht übernehmen", due_days=30),
    NoteTemplate(
        "Feedback zu {topic}", (Channel.VIDEO, Channel.CALL),
        "Unser Feedback zu {topic} an {contact}: Das Ergebnis überzeugt, die Abstimmung lief "
        "reibungslos.",
        "{partner} nutzt das Vorgehen als Vorlage für weitere Projekte."),
    NoteTemplate(
        "Gespräch über die Vertragsverlängerung", (Channel.MEETING,),
        "{contact} bietet eine Verlängerung um 12 Monate zu unveränderten Konditionen an, "
        "wenn wir auf die Preisgleitklausel verzichten.",
        "Wir prüfen intern und entscheiden vor Ablauf der Kündigungsfrist.", Mood.NEUTRAL,
        follow_up="Entscheidung zur Verlängerung treffen und {partner} mitteilen",
        due_days=21),
    NoteTemplate(
        "Auftragsverarbeitung: neue Unterauftragnehmer", (Channel.EMAIL,),
        "{partner} hat den aktualisierten Vertrag zur Auftragsverarbeitung mit zwei neuen "
        "Unterauftragnehmern geschickt.",
        "An unseren Datenschutzbeauftragten weitergeleitet.", Mood.NEUTRAL,
        follow_up="Stellungnahme des Datenschutzbeauftragten einholen", due_days=21),
    NoteTemplate(
        "Eskalationsgespräch {topic}", (Channel.MEETING, Channel.VIDEO),
        "Eskalation auf Geschäftsleitungsebene wegen wiederholter Probleme bei {topic}. "
        "{owner} hat deutlich gemacht, dass es so nicht weitergehen kann.",
        "Maßnahmenplan mit wöchentlichem Status, bis die Probleme abgestellt sind.",
        Mood.TENSE, follow_up="Wöchentlichen Status bei {contact} einfordern", due_days=7),
    NoteTemplate(
        "Neuigkeiten bei {partner}", (Channel.CALL,),
        "{contact} berichtet von einer Umstrukturierung und einem neuen Standort; für uns "
        "ändert sich an der Betreuung nichts.",
        "Adresse in unseren Stammdaten wird aktualisiert.", Mood.NEUTRAL,
        follow_up="Neue Adresse von {partner} an Einkauf und Buchhaltung geben",
        for_prospects=True),
    NoteTemplate(
        "Monatlicher Status", (Channel.VIDEO, Channel.CHAT),
        "Kurzer Status mit {contact}, Schwerpunkt {topic}: alles nach Plan, keine Störungen "
        "im letzten Monat.",
        "Keine Entscheidungen nötig."),
)
# fmt: on
