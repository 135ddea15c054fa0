<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Partner Portfolio</source>
        <translation>Über Partner Portfolio</translation>
    </message>
    <message>
        <source>Version, database in use and the licences of the bundled components</source>
        <translation>Version, verwendete Datenbank und die Lizenzen der mitgelieferten Komponenten</translation>
    </message>
    <message>
        <source>Version, database and licence information; links open in the web browser</source>
        <translation>Informationen zu Version, Datenbank und Lizenzen; Links werden im Webbrowser geöffnet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the About window</source>
        <translation>Fenster „Über“ schließen</translation>
    </message>
    <message>
        <source>This application uses Qt %1 and Qt for Python (PySide6 %2) under the terms of the GNU Lesser General Public License version 3 (LGPL-3.0). Qt and PySide6 are dynamically linked and may be replaced by a compatible version. Their source code is available at %3 and %4; the licence texts are in the LICENSES folder.</source>
        <translation>Diese Anwendung verwendet Qt %1 und Qt for Python (PySide6 %2) gemäß den Bedingungen der GNU Lesser General Public License Version 3 (LGPL-3.0). Qt und PySide6 sind dynamisch gebunden und können durch eine kompatible Version ersetzt werden. Ihr Quellcode ist unter %3 und %4 erhältlich; die Lizenztexte befinden sich im Ordner LICENSES.</translation>
    </message>
    <message>
        <source>Partners, agreements, shared goals and communication in one place.</source>
        <translation>Partner, Vereinbarungen, gemeinsame Ziele und Kommunikation an einem Ort.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Partner Portfolio</source>
        <translation>Partner Portfolio</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt und PySide6</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
</context>
<context>
    <name>ActionItemsDialog</name>
    <message>
        <source>Action Items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tick the action items that are promises to keep track of.</source>
        <translation>Markieren Sie die Aufgaben, die Sie als Zusagen verfolgen möchten.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&amp;Create Promises</source>
        <translation>Zusagen &amp;erstellen</translation>
    </message>
    <message>
        <source>Create a promise from item %1</source>
        <translation>Zusage aus Aufgabe %1 erstellen</translation>
    </message>
    <message>
        <source>Text of item %1</source>
        <translation>Text von Aufgabe %1</translation>
    </message>
    <message>
        <source>Direction of item %1</source>
        <translation>Richtung von Aufgabe %1</translation>
    </message>
    <message>
        <source>Owner of item %1</source>
        <translation>Verantwortlich für Aufgabe %1</translation>
    </message>
    <message>
        <source>Item %1 has a due date</source>
        <translation>Aufgabe %1 hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Due date of item %1</source>
        <translation>Fälligkeitsdatum von Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit Agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Agreement sections</source>
        <translation>Abschnitte der Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Te&amp;rm &amp;&amp; notice</source>
        <translation>&amp;Laufzeit &amp;&amp; Fristen</translation>
    </message>
    <message>
        <source>Not&amp;ice &amp;&amp; contact</source>
        <translation>&amp;Kündigung &amp;&amp; Kontakt</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Was als Nächstes geschieht</translation>
    </message>
    <message>
        <source>A short name for the agreement; required</source>
        <translation>Ein kurzer Name für die Vereinbarung; erforderlich</translation>
    </message>
    <message>
        <source>The kind of agreement, e.g. contract or framework agreement</source>
        <translation>Die Art der Vereinbarung, z. B. Vertrag oder Rahmenvereinbarung</translation>
    </message>
    <message>
        <source>Whether the agreement is being negotiated, running or ended</source>
        <translation>Ob die Vereinbarung verhandelt wird, läuft oder beendet ist</translation>
    </message>
    <message>
        <source>The amount paid per billing period</source>
        <translation>Der je Abrechnungszeitraum gezahlte Betrag</translation>
    </message>
    <message>
        <source>The currency of the value</source>
        <translation>Die Währung des Betrags</translation>
    </message>
    <message>
        <source>How often the value is paid</source>
        <translation>Wie oft der Betrag gezahlt wird</translation>
    </message>
    <message>
        <source>Where the signed document is stored (a file or web address)</source>
        <translation>Wo das unterschriebene Dokument abgelegt ist (Datei oder Webadresse)</translation>
    </message>
    <message>
        <source>Opens a file dialog to choose the document</source>
        <translation>Öffnet einen Dateidialog zur Auswahl des Dokuments</translation>
    </message>
    <message>
        <source>Free notes about the agreement</source>
        <translation>Freie Notizen zur Vereinbarung</translation>
    </message>
    <message>
        <source>The day the agreement begins</source>
        <translation>Der Tag, an dem die Vereinbarung beginnt</translation>
    </message>
    <message>
        <source>Check when the start date is known</source>
        <translation>Aktivieren, wenn das Startdatum bekannt ist</translation>
    </message>
    <message>
        <source>The day the agreement ends, if it has a fixed end</source>
        <translation>Der Tag, an dem die Vereinbarung endet, falls sie ein festes Ende hat</translation>
    </message>
    <message>
        <source>Check when the agreement has a fixed end date</source>
        <translation>Aktivieren, wenn die Vereinbarung ein festes Enddatum hat</translation>
    </message>
    <message>
        <source>The minimum term in months</source>
        <translation>Die Mindestlaufzeit in Monaten</translation>
    </message>
    <message>
        <source>Check when the agreement renews itself unless notice is given</source>
        <translation>Aktivieren, wenn sich die Vereinbarung ohne Kündigung automatisch verlängert</translation>
    </message>
    <message>
        <source>By how many months the agreement renews each time</source>
        <translation>Um wie viele Monate sich die Vereinbarung jeweils verlängert</translation>
    </message>
    <message>
        <source>How long the notice period is</source>
        <translation>Wie lang die Kündigungsfrist ist</translation>
    </message>
    <message>
        <source>Whether the notice period counts days, weeks or months</source>
        <translation>Ob die Kündigungsfrist in Tagen, Wochen oder Monaten bemessen ist</translation>
    </message>
    <message>
        <source>What the notice period counts back from</source>
        <translation>Von welchem Zeitpunkt aus die Kündigungsfrist zurückgerechnet wird</translation>
    </message>
    <message>
        <source>The form notice must take, e.g. in writing</source>
        <translation>Die Form, die die Kündigung haben muss, z. B. schriftlich</translation>
    </message>
    <message>
        <source>How many days before the notice deadline to remind you, separated by commas</source>
        <translation>Wie viele Tage vor dem letzten Kündigungstag Sie erinnert werden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The partner&apos;s number for this contract, for the notice letter</source>
        <translation>Die Nummer des Partners für diesen Vertrag, für das Kündigungsschreiben</translation>
    </message>
    <message>
        <source>Your customer number with the partner, for the notice letter</source>
        <translation>Ihre Kundennummer beim Partner, für das Kündigungsschreiben</translation>
    </message>
    <message>
        <source>Where a notice letter must be sent</source>
        <translation>Wohin ein Kündigungsschreiben gesendet werden muss</translation>
    </message>
    <message>
        <source>Who acts on the deadlines when the owner is away</source>
        <translation>Wer sich bei Abwesenheit des Verantwortlichen um die Fristen kümmert</translation>
    </message>
    <message>
        <source>Details, term and notice, and the notice letter data</source>
        <translation>Angaben, Laufzeit und Kündigung sowie die Daten für das Kündigungsschreiben</translation>
    </message>
    <message>
        <source>e.g. Printing of brochures 2026</source>
        <translation>z. B. Druck der Broschüren 2026</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>File path or web address</source>
        <translation>Dateipfad oder Webadresse</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose a document file</source>
        <translation>Dokumentdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Leave empty if the agreement has no value</source>
        <translation>Leer lassen, wenn die Vereinbarung keinen Wert hat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>The agreement has a start date</source>
        <translation>Die Vereinbarung hat ein Startdatum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>The agreement has an end date</source>
        <translation>Die Vereinbarung hat ein Enddatum</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Enddatum:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Minimum term:</source>
        <translation>&amp;Mindestlaufzeit:</translation>
    </message>
    <message>
        <source>N&amp;otice period:</source>
        <translation>Kündigungs&amp;frist:</translation>
    </message>
    <message>
        <source>Re&amp;news automatically by</source>
        <translation>Verlängert sich automatisch &amp;um</translation>
    </message>
    <message>
        <source>Renews automatically</source>
        <translation>Verlängert sich automatisch</translation>
    </message>
    <message>
        <source>Renewal term</source>
        <translation>Verlängerungszeitraum</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Unit of the notice period</source>
        <translation>Einheit der Kündigungsfrist</translation>
    </message>
    <message>
        <source>Notice is given</source>
        <translation>Kündigung zum</translation>
    </message>
    <message>
        <source>&amp;Contract number:</source>
        <translation>&amp;Vertragsnummer:</translation>
    </message>
    <message>
        <source>C&amp;ustomer number:</source>
        <translation>K&amp;undennummer:</translation>
    </message>
    <message>
        <source>Where the notice must go, if not to the partner&apos;s address</source>
        <translation>Wohin die Kündigung gehen muss, falls nicht an die Adresse des Partners</translation>
    </message>
    <message>
        <source>Notice &amp;address:</source>
        <translation>Kündigungsa&amp;dresse:</translation>
    </message>
    <message>
        <source>Required &amp;form:</source>
        <translation>Erforderliche &amp;Form:</translation>
    </message>
    <message>
        <source>Who acts on the deadlines when you are away</source>
        <translation>Wer sich in Ihrer Abwesenheit um die Fristen kümmert</translation>
    </message>
    <message>
        <source>De&amp;puty:</source>
        <translation>Ver&amp;tretung:</translation>
    </message>
    <message>
        <source>Days before the last notice day on which you are reminded, separated by commas. Reminders repeat until you mark them done.</source>
        <translation>Tage vor dem letzten Kündigungstag, an denen Sie erinnert werden, durch Kommas getrennt. Erinnerungen wiederholen sich, bis Sie sie als erledigt markieren.</translation>
    </message>
    <message>
        <source>Remind me, da&amp;ys before:</source>
        <translation>Erinnern, Ta&amp;ge vorher:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>Record when and how the notice was sent with “Act on deadline…” in the agreements tab.</source>
        <translation>Erfassen Sie mit „Über Frist entscheiden…“ auf der Registerkarte „Vereinbarungen“, wann und wie die Kündigung versendet wurde.</translation>
    </message>
    <message>
        <source>Choose Document</source>
        <translation>Dokument auswählen</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Demo Portfolio</source>
        <translation>Demo-Portfolio</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Partner Portfolio</source>
        <translation>Partner Portfolio</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Automatische Sicherung gespeichert: %1</translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Sicherungen werden geprüft…</translation>
    </message>
    <message>
        <source>Move Database</source>
        <translation>Datenbank verschieben</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and was not opened.

Restore the newest verified backup from %2? The damaged file is kept beside it, renamed, so that nothing is thrown away.</source>
        <translation>Die Datenbank „%1“ ist beschädigt und wurde nicht geöffnet.

Die neueste geprüfte Sicherung vom %2 wiederherstellen? Die beschädigte Datei wird umbenannt daneben aufbewahrt, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>a folder that a cloud service synchronises</source>
        <translation>in einem Ordner, den ein Cloud-Dienst synchronisiert</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>a removable drive</source>
        <translation>auf einem Wechseldatenträger</translation>
    </message>
    <message>
        <source>a folder that is not on this computer&apos;s own disk</source>
        <translation>in einem Ordner, der nicht auf der eigenen Festplatte dieses Computers liegt</translation>
    </message>
    <message>
        <source>Database in a Risky Place</source>
        <translation>Datenbank an riskantem Speicherort</translation>
    </message>
    <message>
        <source>The database “%1” lies in %2. Sync clients, network hiccups or an unplugged drive can damage a database that is open there.

Move the live file to this computer (%3)? Backups can still go to any folder.</source>
        <translation>Die Datenbank „%1“ liegt %2. Synchronisierungsprogramme, Netzwerkaussetzer oder ein abgezogenes Laufwerk können eine dort geöffnete Datenbank beschädigen.

Die Arbeitsdatei auf diesen Computer verschieben (%3)? Sicherungen können weiterhin in einem beliebigen Ordner abgelegt werden.</translation>
    </message>
    <message>
        <source>Move to This Computer</source>
        <translation>Auf diesen Computer verschieben</translation>
    </message>
    <message>
        <source>Keep It There</source>
        <translation>Dort belassen</translation>
    </message>
    <message>
        <source>Backup Restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup “%1” was restored. The previous database was kept as “%2”.</source>
        <translation>Die Sicherung „%1“ wurde wiederhergestellt. Die bisherige Datenbank wurde als „%2“ aufbewahrt.</translation>
    </message>
    <message>
        <source>The newest verified backup was restored. The damaged file was kept as “%1”.</source>
        <translation>Die neueste geprüfte Sicherung wurde wiederhergestellt. Die beschädigte Datei wurde als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Database Moved</source>
        <translation>Datenbank verschoben</translation>
    </message>
    <message>
        <source>The database now lives in “%1”. The old file “%2” was left as it was; delete it once you no longer need it.</source>
        <translation>Die Datenbank befindet sich jetzt in „%1“. Die alte Datei „%2“ wurde unverändert belassen; löschen Sie sie, sobald Sie sie nicht mehr benötigen.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Partner briefing</source>
        <translation>Partner-Briefing</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Briefing drucken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the briefing as a PDF file</source>
        <translation>Briefing als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Close the briefing</source>
        <translation>Briefing schließen</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>Briefing drucken</translation>
    </message>
    <message>
        <source>The briefing could not be printed.</source>
        <translation>Das Briefing konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>An den Drucker gesendete Seiten: %1.</translation>
    </message>
    <message>
        <source>Save Briefing as PDF</source>
        <translation>Briefing als PDF speichern</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the deadlines of the next 12 months for Outlook, Thunderbird or a phone</source>
        <translation>Die Fristen der nächsten 12 Monate für Outlook, Thunderbird oder ein Smartphone speichern</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>deadlines.ics</source>
        <translation>Fristen.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>1 deadline exported to %1.</source>
        <translation>1 Frist nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%2 deadlines exported to %1.</source>
        <translation>%2 Fristen nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The calendar could not be saved as %1:
%2

Nothing was changed. Choose another folder, or check that the disk is not full.</source>
        <translation>Der Kalender konnte nicht als %1 gespeichert werden:
%2

Es wurde nichts geändert. Wählen Sie einen anderen Ordner, oder prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Existing Records</source>
        <translation>Vorhandene Datensätze</translation>
    </message>
    <message>
        <source>What should happen to rows that match a stored record?</source>
        <translation>Was soll mit Zeilen geschehen, die einem gespeicherten Datensatz entsprechen?</translation>
    </message>
    <message>
        <source>&amp;Skip them (keep what is stored)</source>
        <translation>&amp;Überspringen (Gespeichertes behalten)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values</source>
        <translation>Mit den Werten aus der Datei &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Create a &amp;duplicate</source>
        <translation>&amp;Duplikat anlegen</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>Check the import without saving</source>
        <translation>Import prüfen, ohne zu speichern</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 would be created, %2 updated, %3 skipped; rows that cannot be imported: %n.</source>
        <translation>
            <numerusform>Anzulegen: %1, zu aktualisieren: %2, zu überspringen: %3; nicht importierbar: %n Zeile.</numerusform>
            <numerusform>Anzulegen: %1, zu aktualisieren: %2, zu überspringen: %3; nicht importierbar: %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Partner seit</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>The target date %1 has passed and the goal is still open.</source>
        <translation>Das Zieldatum %1 ist überschritten und das Ziel ist noch offen.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Misunderstanding</source>
        <translation>Missverständnis</translation>
    </message>
    <message>
        <source>Follow-up open</source>
        <translation>Wiedervorlage offen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health %1 — %2</source>
        <translation>Zustand %1 — %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit Contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Account manager</source>
        <translation>z. B. Kundenbetreuer</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>name@example.de</source>
        <translation>name@example.de</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>+49 …</source>
        <translation>+49 …</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Pr&amp;imary contact for this partner</source>
        <translation>&amp;Hauptansprechpartner für diesen Partner</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>The contact person&apos;s full name; required</source>
        <translation>Der vollständige Name des Ansprechpartners; erforderlich</translation>
    </message>
    <message>
        <source>The person&apos;s role or job title at the partner</source>
        <translation>Rolle oder Position der Person beim Partner</translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address</source>
        <translation>Die E-Mail-Adresse der Person</translation>
    </message>
    <message>
        <source>The person&apos;s phone number</source>
        <translation>Die Telefonnummer der Person</translation>
    </message>
    <message>
        <source>Check for the main contact person of this partner</source>
        <translation>Aktivieren für den Hauptansprechpartner dieses Partners</translation>
    </message>
    <message>
        <source>Free notes about the person</source>
        <translation>Freie Notizen zur Person</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What the portfolio costs</source>
        <translation>Was das Portfolio kostet</translation>
    </message>
    <message>
        <source>Annual cost by category</source>
        <translation>Jahreskosten nach Kategorie</translation>
    </message>
    <message>
        <source>Annual cost of the largest partners</source>
        <translation>Jahreskosten der größten Partner</translation>
    </message>
    <message>
        <source>Cost in the next 12 months</source>
        <translation>Kosten in den nächsten 12 Monaten</translation>
    </message>
    <message>
        <source>Annual cost by agreement</source>
        <translation>Jahreskosten nach Vereinbarung</translation>
    </message>
    <message>
        <source>No running agreement has a value yet. Enter what an agreement costs (Value on its General tab) to see the totals and charts here.</source>
        <translation>Noch keine laufende Vereinbarung hat einen Betrag. Geben Sie an, was eine Vereinbarung kostet (Betrag auf der Registerkarte „Allgemein“), um hier Summen und Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Could Not Read the Costs</source>
        <translation>Kosten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>By category, per year</source>
        <translation>Nach Kategorie, pro Jahr</translation>
    </message>
    <message>
        <source>Largest partners, per year</source>
        <translation>Größte Partner, pro Jahr</translation>
    </message>
    <message>
        <source>Bills in the next 12 months (renewals and ends included)</source>
        <translation>Rechnungen in den nächsten 12 Monaten (inkl. Verlängerungen und Vertragsenden)</translation>
    </message>
    <message>
        <source>By agreement</source>
        <translation>Nach Vereinbarung</translation>
    </message>
    <message>
        <source>1 running agreement with a value</source>
        <translation>1 laufende Vereinbarung mit Betrag</translation>
    </message>
    <message>
        <source>%1 running agreements with a value</source>
        <translation>%1 laufende Vereinbarungen mit Betrag</translation>
    </message>
    <message>
        <source>%1 per year · %2</source>
        <translation>%1 pro Jahr · %2</translation>
    </message>
    <message>
        <source>The charts show euro amounts; amounts in %1 are listed in the table only.</source>
        <translation>Die Diagramme zeigen Euro-Beträge; Beträge in %1 stehen nur in der Tabelle.</translation>
    </message>
    <message>
        <source>No costs in euro</source>
        <translation>Keine Kosten in Euro</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The portfolio at a glance</source>
        <translation>Das Portfolio auf einen Blick</translation>
    </message>
    <message>
        <source>Partners by status</source>
        <translation>Partner nach Status</translation>
    </message>
    <message>
        <source>Partners by category</source>
        <translation>Partner nach Kategorie</translation>
    </message>
    <message>
        <source>Annual cost by criticality</source>
        <translation>Jahreskosten nach Kritikalität</translation>
    </message>
    <message>
        <source>Lowest health</source>
        <translation>Schwächster Beziehungszustand</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Noch keine Partner.</translation>
    </message>
    <message>
        <source>Open misunderstandings</source>
        <translation>Offene Missverständnisse</translation>
    </message>
    <message>
        <source>No open misunderstandings.</source>
        <translation>Keine offenen Missverständnisse.</translation>
    </message>
    <message>
        <source>Goals at risk</source>
        <translation>Gefährdete Ziele</translation>
    </message>
    <message>
        <source>No goal is at risk.</source>
        <translation>Kein Ziel ist gefährdet.</translation>
    </message>
    <message>
        <source>Contact overdue</source>
        <translation>Kontakt überfällig</translation>
    </message>
    <message>
        <source>Every partner with a contact rhythm was contacted in time.</source>
        <translation>Alle Partner mit Kontaktrhythmus wurden rechtzeitig kontaktiert.</translation>
    </message>
    <message>
        <source>Cost against criticality</source>
        <translation>Kosten im Verhältnis zur Kritikalität</translation>
    </message>
    <message>
        <source>No partner has a running cost or high criticality.</source>
        <translation>Kein Partner hat laufende Kosten oder eine hohe Kritikalität.</translation>
    </message>
    <message>
        <source>Concentration of spend</source>
        <translation>Ausgabenkonzentration</translation>
    </message>
    <message>
        <source>No running costs yet.</source>
        <translation>Noch keine laufenden Kosten.</translation>
    </message>
    <message>
        <source>Partners without an internal owner</source>
        <translation>Partner ohne internen Verantwortlichen</translation>
    </message>
    <message>
        <source>Every partner has an internal owner.</source>
        <translation>Jeder Partner hat einen internen Verantwortlichen.</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Portfolio wird gelesen…</translation>
    </message>
    <message>
        <source>Could Not Read the Overview</source>
        <translation>Übersicht konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>As of %1 · %2</source>
        <translation>Stand: %1 · %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>no contact recorded yet</source>
        <translation>noch kein Kontakt erfasst</translation>
    </message>
    <message>
        <source>last contact %1, 1 day overdue</source>
        <translation>letzter Kontakt %1, 1 Tag überfällig</translation>
    </message>
    <message>
        <source>last contact %1, %2 days overdue</source>
        <translation>letzter Kontakt %1, %2 Tage überfällig</translation>
    </message>
    <message>
        <source>Expected contact every %1 days</source>
        <translation>Erwarteter Kontakt alle %1 Tage</translation>
    </message>
    <message>
        <source>, %1 % of %2</source>
        <translation>, %1 % von %2</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Verantwortlicher</translation>
    </message>
    <message>
        <source>%1 — criticality %2, %3 per year%4 (%5)</source>
        <translation>%1 — Kritikalität %2, %3 pro Jahr%4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 % of %4 per year</source>
        <translation>%1: Auf %2 entfallen %3 % von %4 pro Jahr</translation>
    </message>
    <message>
        <source>Partners with running costs in this category: %1</source>
        <translation>Partner mit laufenden Kosten in dieser Kategorie: %1</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 Partner</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>%1 Partner</translation>
    </message>
    <message>
        <source>Concentration of spend per category</source>
        <translation>Ausgabenkonzentration nach Kategorie</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>send by %1</source>
        <translation>absenden bis %1</translation>
    </message>
    <message>
        <source>deputy: %1</source>
        <translation>Vertretung: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was ansteht</translation>
    </message>
    <message>
        <source>How far ahead</source>
        <translation>Wie weit im Voraus</translation>
    </message>
    <message>
        <source>How many days ahead the list shows deadlines; overdue ones always show</source>
        <translation>Wie viele Tage im Voraus die Liste Fristen anzeigt; überfällige werden immer angezeigt</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>Nächste %1 Tage</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Ausgewählten Eintrag öffnen</translation>
    </message>
    <message>
        <source>Shows the partner and opens the agreement, note or goal of the deadline</source>
        <translation>Zeigt den Partner an und öffnet die Vereinbarung, Notiz oder das Ziel der Frist</translation>
    </message>
    <message>
        <source>&amp;Act on deadline…</source>
        <translation>Über &amp;Frist entscheiden…</translation>
    </message>
    <message>
        <source>Act on the selected deadline</source>
        <translation>Über die ausgewählte Frist entscheiden</translation>
    </message>
    <message>
        <source>Decide whether to renew, renegotiate, switch or cancel the agreement</source>
        <translation>Entscheiden, ob Sie die Vereinbarung verlängern, neu verhandeln, den Partner wechseln oder kündigen</translation>
    </message>
    <message>
        <source>Runs the menu command of the same name</source>
        <translation>Führt den gleichnamigen Menübefehl aus</translation>
    </message>
    <message>
        <source>Could Not Read the Deadlines</source>
        <translation>Fristen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 items · %2 overdue · %3 within 14 days</source>
        <translation>%1 Einträge · %2 überfällig · %3 innerhalb von 14 Tagen</translation>
    </message>
    <message>
        <source>Nothing needs attention in the next %1 days: no notice deadlines, ends or renewals, no follow-ups due and no goals past their target date.</source>
        <translation>In den nächsten %1 Tagen steht nichts an: keine Kündigungsfristen, Vertragsenden oder Verlängerungen, keine fälligen Wiedervorlagen und keine Ziele, deren Zieldatum überschritten ist.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Act on Deadline — %1</source>
        <translation>Über Frist entscheiden — %1</translation>
    </message>
    <message>
        <source>“%1” with %2</source>
        <translation>„%1“ mit %2</translation>
    </message>
    <message>
        <source>Form of notice</source>
        <translation>Kündigungsform</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Renew: let it run on as it is</source>
        <translation>&amp;Verlängern: unverändert weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Re&amp;negotiate: talk about new terms before the deadline</source>
        <translation>&amp;Neu verhandeln: vor der Frist über neue Konditionen sprechen</translation>
    </message>
    <message>
        <source>S&amp;witch: move to another partner (and give notice)</source>
        <translation>&amp;Wechseln: zu einem anderen Partner wechseln (und kündigen)</translation>
    </message>
    <message>
        <source>&amp;Cancel: give notice now</source>
        <translation>&amp;Kündigen: jetzt kündigen</translation>
    </message>
    <message>
        <source>Why? E.g. prices rose by 12 %, service was late three times.</source>
        <translation>Warum? Z. B. Preise um 12 % gestiegen, Service dreimal verspätet.</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>The notice has been sent</source>
        <translation>Die Kündigung wurde versendet</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht versendet</translation>
    </message>
    <message>
        <source>Registered letter with return receipt</source>
        <translation>Einschreiben mit Rückschein</translation>
    </message>
    <message>
        <source>Registered letter (drop-in)</source>
        <translation>Einwurf-Einschreiben</translation>
    </message>
    <message>
        <source>Letter by courier, with receipt</source>
        <translation>Brief per Bote, mit Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Handed over in person, with receipt</source>
        <translation>Persönlich übergeben, mit Empfangsbestätigung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>The partner confirmed receipt</source>
        <translation>Der Partner hat den Empfang bestätigt</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Versendet a&amp;m:</translation>
    </message>
    <message>
        <source>Sent &amp;via:</source>
        <translation>Versand&amp;art:</translation>
    </message>
    <message>
        <source>Receipt con&amp;firmed on:</source>
        <translation>Empfang bes&amp;tätigt am:</translation>
    </message>
    <message>
        <source>Careful: this agreement requires written form. An e-mail or fax does not meet it; send a letter signed by hand.</source>
        <translation>Achtung: Diese Vereinbarung erfordert die Schriftform. Eine E-Mail oder ein Fax genügt dafür nicht; senden Sie einen eigenhändig unterschriebenen Brief.</translation>
    </message>
    <message>
        <source>Written form: print the letter, sign it by hand and keep the proof of delivery.</source>
        <translation>Schriftform: Drucken Sie den Brief aus, unterschreiben Sie ihn eigenhändig und bewahren Sie den Zustellnachweis auf.</translation>
    </message>
    <message>
        <source>Text form is enough: a letter, e-mail or fax will do.</source>
        <translation>Textform genügt: Brief, E-Mail oder Fax sind ausreichend.</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be saved: %1</source>
        <translation>Der Brief konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Letter saved as %1.</source>
        <translation>Brief wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DecisionFlow</name>
    <message>
        <source>Act on Deadline</source>
        <translation>Über Frist entscheiden</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another Partner Portfolio database file</source>
        <translation>Eine andere Partner-Portfolio-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Partner Portfolio databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Partner-Portfolio-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Same as the menu command %1</source>
        <translation>Wie der Menübefehl „%1“</translation>
    </message>
    <message>
        <source>Same as the menu command %1 (%2)</source>
        <translation>Wie der Menübefehl „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Partner Portfolio</source>
        <translation>Willkommen bei Partner Portfolio</translation>
    </message>
    <message>
        <source>Keep every partner in one place: contact persons, agreements with their notice periods, shared goals and what was said in meetings and calls.

Start with your first partner, or look around in a demo portfolio of a mid-sized company first. The demo is kept in a separate file; your own data is never mixed with it.</source>
        <translation>Verwalten Sie alle Partner an einem Ort: Ansprechpartner, Vereinbarungen mit ihren Kündigungsfristen, gemeinsame Ziele und das, was in Besprechungen und Telefonaten gesagt wurde.

Beginnen Sie mit Ihrem ersten Partner, oder sehen Sie sich zuerst in einem Demo-Portfolio eines mittelständischen Unternehmens um. Die Demo liegt in einer separaten Datei; Ihre eigenen Daten werden nie damit vermischt.</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Opens a dialog to add your first partner</source>
        <translation>Öffnet einen Dialog, um Ihren ersten Partner hinzuzufügen</translation>
    </message>
    <message>
        <source>Open &amp;demo portfolio</source>
        <translation>&amp;Demo-Portfolio öffnen</translation>
    </message>
    <message>
        <source>Open demo portfolio</source>
        <translation>Demo-Portfolio öffnen</translation>
    </message>
    <message>
        <source>Opens a separate portfolio with invented partners to try the app</source>
        <translation>Öffnet ein separates Portfolio mit erfundenen Partnern zum Ausprobieren der App</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Zu exportierende Daten</translation>
    </message>
    <message>
        <source>Which table is written to the file</source>
        <translation>Welche Tabelle in die Datei geschrieben wird</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Language of the column headers</source>
        <translation>Sprache der Spaltenüberschriften</translation>
    </message>
    <message>
        <source>The language of the first row of the file</source>
        <translation>Die Sprache der ersten Zeile der Datei</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Where the file is saved; the ending chooses CSV or Excel</source>
        <translation>Wo die Datei gespeichert wird; die Dateiendung bestimmt CSV oder Excel</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Opens a file dialog</source>
        <translation>Öffnet einen Dateidialog</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Writes the file</source>
        <translation>Schreibt die Datei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes the dialog without exporting</source>
        <translation>Schließt den Dialog ohne Export</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Column &amp;headers:</source>
        <translation>&amp;Spaltenüberschriften:</translation>
    </message>
    <message>
        <source>Please choose a file ending in .csv or .xlsx.</source>
        <translation>Bitte wählen Sie eine Datei mit der Endung .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Nothing was changed; please choose another folder or close the file in other programs.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden (%2). Es wurde nichts geändert; bitte wählen Sie einen anderen Ordner oder schließen Sie die Datei in anderen Programmen.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>%n partners written to %1</source>
        <translation>%n Partner nach %1 exportiert</translation>
    </message>
    <message>
        <source>%n contacts written to %1</source>
        <translation>%n Ansprechpartner nach %1 exportiert</translation>
    </message>
    <message>
        <source>%n agreements written to %1</source>
        <translation>%n Vereinbarungen nach %1 exportiert</translation>
    </message>
    <message>
        <source>%n goals written to %1</source>
        <translation>%n Ziele nach %1 exportiert</translation>
    </message>
    <message>
        <source>%n notes written to %1</source>
        <translation>%n Notizen nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit Goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>New Goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>e.g. Halve the reprint rate</source>
        <translation>z. B. Nachdruckquote halbieren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Who looks after it</source>
        <translation>Wer sich darum kümmert</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>The goal has a target date</source>
        <translation>Das Ziel hat ein Zieldatum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Ziel&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What you want to reach together; required</source>
        <translation>Was Sie gemeinsam erreichen möchten; erforderlich</translation>
    </message>
    <message>
        <source>More about the goal</source>
        <translation>Weitere Angaben zum Ziel</translation>
    </message>
    <message>
        <source>Who is responsible for the goal</source>
        <translation>Wer für das Ziel verantwortlich ist</translation>
    </message>
    <message>
        <source>Whether the goal is open, reached or dropped</source>
        <translation>Ob das Ziel offen, erreicht oder aufgegeben ist</translation>
    </message>
    <message>
        <source>By when the goal should be reached</source>
        <translation>Bis wann das Ziel erreicht sein soll</translation>
    </message>
    <message>
        <source>Check when the goal has a target date</source>
        <translation>Aktivieren, wenn das Ziel ein Zieldatum hat</translation>
    </message>
    <message>
        <source>Check to measure the goal with a number</source>
        <translation>Aktivieren, um das Ziel mit einer Zahl zu messen</translation>
    </message>
    <message>
        <source>The value the measure started from</source>
        <translation>Der Wert, von dem die Messgröße ausging</translation>
    </message>
    <message>
        <source>The value of the measure now</source>
        <translation>Der aktuelle Wert der Messgröße</translation>
    </message>
    <message>
        <source>The value the measure should reach</source>
        <translation>Der Wert, den die Messgröße erreichen soll</translation>
    </message>
    <message>
        <source>The unit of the measure, e.g. % or days</source>
        <translation>Die Einheit der Messgröße, z. B. % oder Tage</translation>
    </message>
    <message>
        <source>Measure with a &amp;KPI</source>
        <translation>Mit einer &amp;KPI messen</translation>
    </message>
    <message>
        <source>Measure with a KPI</source>
        <translation>Mit einer KPI messen</translation>
    </message>
    <message>
        <source>e.g. %, hours, pieces</source>
        <translation>z. B. %, Stunden, Stück</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>&amp;Current value:</source>
        <translation>Akt&amp;ueller Wert:</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <source>not measured yet — from %1 to %2</source>
        <translation>noch nicht gemessen — von %1 auf %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 — from %2 to %3</source>
        <translation>%1 — von %2 auf %3</translation>
    </message>
    <message>
        <source>Overdue: the target date %1 has passed</source>
        <translation>Überfällig: Das Zieldatum %1 ist überschritten</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Zielfortschritt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Progress towards the target</source>
        <translation>Fortschritt zum Zielwert</translation>
    </message>
    <message>
        <source>KPI over time</source>
        <translation>KPI im Zeitverlauf</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Fortschrittsverlauf</translation>
    </message>
    <message>
        <source>Every recorded value of the goal&apos;s measure, newest first</source>
        <translation>Alle erfassten Werte der Messgröße des Ziels, neueste zuerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Select a goal to see its progress and history here.</source>
        <translation>Wählen Sie ein Ziel aus, um hier seinen Fortschritt und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Status: %1 (no KPI)</source>
        <translation>Status: %1 (kein KPI)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>No KPI values recorded yet.</source>
        <translation>Noch keine KPI-Werte erfasst.</translation>
    </message>
    <message>
        <source>This goal has no KPI to chart.</source>
        <translation>Dieses Ziel hat keinen KPI für ein Diagramm.</translation>
    </message>
    <message>
        <source>goal set</source>
        <translation>Ziel festgelegt</translation>
    </message>
</context>
<context>
    <name>GoalProgressDialog</name>
    <message>
        <source>Record Progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>kein KPI</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>leave empty to keep the value</source>
        <translation>leer lassen, um den Wert beizubehalten</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>What happened, what was decided</source>
        <translation>Was ist passiert, was wurde entschieden</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goal update</source>
        <translation>Fortschrittsmeldung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Partner “%1” added</source>
        <translation>Partner „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Partner “%1” changed</source>
        <translation>Partner „%1“ geändert</translation>
    </message>
    <message>
        <source>Partner “%1” moved to the trash</source>
        <translation>Partner „%1“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Partner “%1” restored from the trash</source>
        <translation>Partner „%1“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Contact “%1” added</source>
        <translation>Ansprechpartner „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Contact “%1” changed</source>
        <translation>Ansprechpartner „%1“ geändert</translation>
    </message>
    <message>
        <source>Contact “%1” moved to the trash</source>
        <translation>Ansprechpartner „%1“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Contact “%1” restored from the trash</source>
        <translation>Ansprechpartner „%1“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Agreement “%1” added</source>
        <translation>Vereinbarung „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Agreement “%1” changed</source>
        <translation>Vereinbarung „%1“ geändert</translation>
    </message>
    <message>
        <source>Agreement “%1” moved to the trash</source>
        <translation>Vereinbarung „%1“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Agreement “%1” restored from the trash</source>
        <translation>Vereinbarung „%1“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Goal “%1” added</source>
        <translation>Ziel „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Goal “%1” changed</source>
        <translation>Ziel „%1“ geändert</translation>
    </message>
    <message>
        <source>Goal “%1” moved to the trash</source>
        <translation>Ziel „%1“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Goal “%1” restored from the trash</source>
        <translation>Ziel „%1“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Note “%1” added</source>
        <translation>Notiz „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Note “%1” changed</source>
        <translation>Notiz „%1“ geändert</translation>
    </message>
    <message>
        <source>Note “%1” moved to the trash</source>
        <translation>Notiz „%1“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Note “%1” restored from the trash</source>
        <translation>Notiz „%1“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Promise “%1” added</source>
        <translation>Zusage „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Promise “%1” changed</source>
        <translation>Zusage „%1“ geändert</translation>
    </message>
    <message>
        <source>Promise “%1” moved to the trash</source>
        <translation>Zusage „%1“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Promise “%1” restored from the trash</source>
        <translation>Zusage „%1“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Partner seit</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Values &amp; expectations</source>
        <translation>Werte &amp; Erwartungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>Verantwortlich intern</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Contact every (days)</source>
        <translation>Kontakt alle (Tage)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Minimum term (months)</source>
        <translation>Mindestlaufzeit (Monate)</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Notice to</source>
        <translation>Kündigung zum</translation>
    </message>
    <message>
        <source>Renewal (months)</source>
        <translation>Verlängerung (Monate)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>KPI unit</source>
        <translation>KPI-Einheit</translation>
    </message>
    <message>
        <source>KPI baseline</source>
        <translation>KPI-Ausgangswert</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>KPI-Zielwert</translation>
    </message>
    <message>
        <source>KPI current value</source>
        <translation>KPI-Istwert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Misunderstanding</source>
        <translation>Missverständnis</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Follow-up owner</source>
        <translation>Verantwortlich für Wiedervorlage</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From note</source>
        <translation>Aus Notiz</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Partner history</source>
        <translation>Partnerverlauf</translation>
    </message>
    <message>
        <source>Every change to this partner and its records, newest first</source>
        <translation>Jede Änderung an diesem Partner und seinen Datensätzen, neueste zuerst</translation>
    </message>
    <message>
        <source>No changes recorded yet. From now on, every change to this partner and its contacts, agreements, goals and notes is listed here with its date.</source>
        <translation>Noch keine Änderungen erfasst. Ab jetzt wird hier jede Änderung an diesem Partner und seinen Ansprechpartnern, Vereinbarungen, Zielen und Notizen mit Datum aufgeführt.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Nicht importierbare Zeilen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The import failed unexpectedly. Nothing was changed.</source>
        <translation>Der Import ist unerwartet fehlgeschlagen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Could Not Undo the Import</source>
        <translation>Import konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>&amp;Undo Import of 1 row</source>
        <translation>Import von 1 Zeile &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Import of %1 rows</source>
        <translation>Import von %1 Zeilen &amp;rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>IT services</source>
        <translation>IT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Facility / cleaning</source>
        <translation>Gebäude / Reinigung</translation>
    </message>
    <message>
        <source>Fleet / leasing</source>
        <translation>Fuhrpark / Leasing</translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation>Büroausstattung</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Start-up cooperation</source>
        <translation>Start-up-Kooperation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Service contract</source>
        <translation>Dienstleistungsvertrag</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Leasing</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Rahmenvertrag</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>zu jedem Tag</translation>
    </message>
    <message>
        <source>to the end of a month</source>
        <translation>zum Monatsende</translation>
    </message>
    <message>
        <source>to the end of a quarter</source>
        <translation>zum Quartalsende</translation>
    </message>
    <message>
        <source>to the end of the term</source>
        <translation>zum Laufzeitende</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>Written form (letter signed by hand)</source>
        <translation>Schriftform (eigenhändig unterschriebener Brief)</translation>
    </message>
    <message>
        <source>Text form (e-mail, fax or letter)</source>
        <translation>Textform (E-Mail, Fax oder Brief)</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Nachverhandeln</translation>
    </message>
    <message>
        <source>Switch partner</source>
        <translation>Partner wechseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kündigen</translation>
    </message>
    <message>
        <source>Last notice day</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Vereinbarung endet</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <source>Goal past target date</source>
        <translation>Zieldatum überschritten</translation>
    </message>
    <message>
        <source>We owe</source>
        <translation>Wir schulden</translation>
    </message>
    <message>
        <source>They owe</source>
        <translation>Partner schuldet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Within 14 days</source>
        <translation>In den nächsten 14 Tagen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Tense</source>
        <translation>Angespannt</translation>
    </message>
    <message>
        <source>We owe them</source>
        <translation>Wir schulden ihnen</translation>
    </message>
    <message>
        <source>They owe us</source>
        <translation>Sie schulden uns</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Aufgehoben</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Termination letter</source>
        <translation>Kündigungsschreiben</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>&amp;Fill in again</source>
        <translation>&amp;Neu ausfüllen</translation>
    </message>
    <message>
        <source>Fill in the letter again from the template</source>
        <translation>Brief erneut aus der Vorlage ausfüllen</translation>
    </message>
    <message>
        <source>Replace the letter by the template filled in with this agreement&apos;s data</source>
        <translation>Brief durch die Vorlage ersetzen, ausgefüllt mit den Daten dieser Vereinbarung</translation>
    </message>
    <message>
        <source>Save letter as &amp;PDF…</source>
        <translation>Brief als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in template</source>
        <translation>&amp;Mitgelieferte Vorlage wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the built-in template</source>
        <translation>Mitgelieferte Vorlage wiederherstellen</translation>
    </message>
    <message>
        <source>Fields in braces are filled in: %1</source>
        <translation>Felder in geschweiften Klammern werden ausgefüllt: %1</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Your company, its address and who signs, e.g.
Musterfirma GmbH
…</source>
        <translation>Ihr Unternehmen, seine Adresse und wer unterschreibt, z. B.
Musterfirma GmbH
…</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Absender</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partner Portfolio</source>
        <translation>Partner Portfolio</translation>
    </message>
    <message>
        <source>%1 — Partner Portfolio</source>
        <translation>%1 — Partner Portfolio</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Fristen</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>Die verwendete Datenbankdatei</translation>
    </message>
    <message>
        <source>Could Not Read the Database</source>
        <translation>Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>&amp;New Partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>Neuer &amp;Ansprechpartner…</translation>
    </message>
    <message>
        <source>New &amp;Agreement…</source>
        <translation>Neue &amp;Vereinbarung…</translation>
    </message>
    <message>
        <source>New &amp;Goal…</source>
        <translation>Neues &amp;Ziel…</translation>
    </message>
    <message>
        <source>New N&amp;ote…</source>
        <translation>Neue &amp;Notiz…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Portfolio</source>
        <translation>&amp;Demo-Portfolio öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Be&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Find Partner</source>
        <translation>Partner su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>&amp;Schnellsuche…</translation>
    </message>
    <message>
        <source>&amp;Edit Partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Partner…</source>
        <translation>Partner &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>&amp;About Partner Portfolio</source>
        <translation>&amp;Über Partner Portfolio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Symbolleiste</translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup &amp;Folder…</source>
        <translation>Sicherungs&amp;ordner…</translation>
    </message>
    <message>
        <source>Writing and verifying the backup…</source>
        <translation>Sicherung wird geschrieben und überprüft…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the data you see now by the backup “%1”?

The current database file is kept aside next to it, not deleted.</source>
        <translation>Die aktuell angezeigten Daten durch die Sicherung „%1“ ersetzen?

Die aktuelle Datenbankdatei wird daneben aufbewahrt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups now go to %1.</source>
        <translation>Sicherungen werden jetzt in %1 abgelegt.</translation>
    </message>
    <message>
        <source>Backup saved and verified: %1 (%2)</source>
        <translation>Sicherung gespeichert und überprüft: %1 (%2)</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the Columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>Choose for each column what it holds, or ignore it.</source>
        <translation>Wählen Sie für jede Spalte aus, was sie enthält, oder ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please enter the partner&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Partners ein.</translation>
    </message>
    <message>
        <source>That name is too long.</source>
        <translation>Der Name ist zu lang.</translation>
    </message>
    <message>
        <source>There already is a partner with this name.</source>
        <translation>Es gibt bereits einen Partner mit diesem Namen.</translation>
    </message>
    <message>
        <source>That category is too long.</source>
        <translation>Die Kategorie ist zu lang.</translation>
    </message>
    <message>
        <source>That web address is too long.</source>
        <translation>Die Webadresse ist zu lang.</translation>
    </message>
    <message>
        <source>A tag may have at most 40 characters.</source>
        <translation>Ein Schlagwort darf höchstens 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Dieser Partner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The name of the internal owner is too long.</source>
        <translation>Der Name des internen Verantwortlichen ist zu lang.</translation>
    </message>
    <message>
        <source>The expected contact cadence must be between 1 and 730 days.</source>
        <translation>Der erwartete Kontaktrhythmus muss zwischen 1 und 730 Tagen liegen.</translation>
    </message>
    <message>
        <source>Please enter the contact&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Ansprechpartners ein.</translation>
    </message>
    <message>
        <source>That role is too long.</source>
        <translation>Die Rolle ist zu lang.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (example: anna.schmidt@example.de).</source>
        <translation>Dies ist keine gültige E-Mail-Adresse (Beispiel: anna.schmidt@example.de).</translation>
    </message>
    <message>
        <source>That phone number is too long.</source>
        <translation>Die Telefonnummer ist zu lang.</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <source>That title is too long.</source>
        <translation>Der Titel ist zu lang.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>The minimum term must be between 1 and 1200 months.</source>
        <translation>Die Mindestlaufzeit muss zwischen 1 und 1200 Monaten liegen.</translation>
    </message>
    <message>
        <source>The renewal term must be between 1 and 1200 months.</source>
        <translation>Der Verlängerungszeitraum muss zwischen 1 und 1200 Monaten liegen.</translation>
    </message>
    <message>
        <source>The notice period must be a positive number.</source>
        <translation>Die Kündigungsfrist muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>That link is too long.</source>
        <translation>Der Link ist zu lang.</translation>
    </message>
    <message>
        <source>Please enter the reminder days as whole numbers from 1 to 3650, separated by commas (e.g. 120, 60, 30, 14, 7, 1).</source>
        <translation>Bitte geben Sie die Erinnerungstage als ganze Zahlen von 1 bis 3650 ein, durch Kommas getrennt (z. B. 120, 60, 30, 14, 7, 1).</translation>
    </message>
    <message>
        <source>Receipt cannot have been confirmed before the notice was sent.</source>
        <translation>Der Zugang kann nicht vor dem Versand der Kündigung bestätigt worden sein.</translation>
    </message>
    <message>
        <source>The notice cannot have been sent in the future. Record it once it is sent.</source>
        <translation>Die Kündigung kann nicht in der Zukunft versendet worden sein. Erfassen Sie sie, sobald sie versendet ist.</translation>
    </message>
    <message>
        <source>Receipt cannot have been confirmed in the future.</source>
        <translation>Der Zugang kann nicht in der Zukunft bestätigt worden sein.</translation>
    </message>
    <message>
        <source>That contract number is too long.</source>
        <translation>Die Vertragsnummer ist zu lang.</translation>
    </message>
    <message>
        <source>That customer number is too long.</source>
        <translation>Die Kundennummer ist zu lang.</translation>
    </message>
    <message>
        <source>Please choose what to do.</source>
        <translation>Bitte wählen Sie aus, was geschehen soll.</translation>
    </message>
    <message>
        <source>Please enter the day the notice was sent before its receipt.</source>
        <translation>Bitte geben Sie zuerst den Tag ein, an dem die Kündigung versendet wurde, und dann ihren Zugang.</translation>
    </message>
    <message>
        <source>A reminder can only be snoozed until a later day.</source>
        <translation>Eine Erinnerung kann nur auf einen späteren Tag zurückgestellt werden.</translation>
    </message>
    <message>
        <source>This reminder no longer applies: its agreement changed or is gone.</source>
        <translation>Diese Erinnerung gilt nicht mehr: Die zugehörige Vereinbarung wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Please enter an amount such as %1.</source>
        <translation>Bitte geben Sie einen Betrag wie %1 ein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Please enter a three-letter currency code such as EUR.</source>
        <translation>Bitte geben Sie einen dreistelligen Währungscode wie EUR ein.</translation>
    </message>
    <message>
        <source>The KPI&apos;s target must differ from its baseline.</source>
        <translation>Der Zielwert der KPI muss sich vom Ausgangswert unterscheiden.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>That unit is too long.</source>
        <translation>Die Einheit ist zu lang.</translation>
    </message>
    <message>
        <source>Please enter a new value, choose another status or write a comment.</source>
        <translation>Bitte geben Sie einen neuen Wert ein, wählen Sie einen anderen Status oder schreiben Sie einen Kommentar.</translation>
    </message>
    <message>
        <source>This goal has no KPI, so it takes no value. Add a KPI to the goal first.</source>
        <translation>Dieses Ziel hat keine KPI und nimmt daher keinen Wert an. Fügen Sie dem Ziel zuerst eine KPI hinzu.</translation>
    </message>
    <message>
        <source>Progress cannot be recorded for a day in the future.</source>
        <translation>Für einen Tag in der Zukunft kann kein Fortschritt erfasst werden.</translation>
    </message>
    <message>
        <source>That comment is too long.</source>
        <translation>Der Kommentar ist zu lang.</translation>
    </message>
    <message>
        <source>Please describe how the misunderstanding was resolved.</source>
        <translation>Bitte beschreiben Sie, wie das Missverständnis geklärt wurde.</translation>
    </message>
    <message>
        <source>Please enter a subject.</source>
        <translation>Bitte geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>That subject is too long.</source>
        <translation>Der Betreff ist zu lang.</translation>
    </message>
    <message>
        <source>The list of participants is too long.</source>
        <translation>Die Teilnehmerliste ist zu lang.</translation>
    </message>
    <message>
        <source>Please describe the follow-up, or clear its due date.</source>
        <translation>Bitte beschreiben Sie die Wiedervorlage, oder entfernen Sie ihr Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Die Datenbankdatei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The database path is not a file.</source>
        <translation>Der Datenbankpfad ist keine Datei.</translation>
    </message>
    <message>
        <source>The database file cannot be read.</source>
        <translation>Die Datenbankdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only.</source>
        <translation>Die Datenbankdatei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>This file is not a Partner Portfolio database.</source>
        <translation>Diese Datei ist keine Partner-Portfolio-Datenbank.</translation>
    </message>
    <message>
        <source>This database belongs to another program; it was left untouched.</source>
        <translation>Diese Datenbank gehört zu einem anderen Programm; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Searching is not possible in this database. Please restart the app.</source>
        <translation>In dieser Datenbank ist keine Suche möglich. Bitte starten Sie die Anwendung neu.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Partner Portfolio. Please update the application.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Partner Portfolio geschrieben. Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>The database could not be upgraded; it was left unchanged.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>This database is open in another Partner Portfolio window. Close it there first; a file is never opened for writing twice.</source>
        <translation>Diese Datenbank ist in einem anderen Partner-Portfolio-Fenster geöffnet. Schließen Sie sie zuerst dort; eine Datei wird nie zweimal zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The database file is damaged or not a database. It was left untouched.</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database could not be written: the disk is full (or failing). Nothing was changed; free some space and try again.</source>
        <translation>Die Datenbank konnte nicht geschrieben werden: Der Datenträger ist voll (oder defekt). Es wurde nichts geändert; schaffen Sie Speicherplatz, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but the safety backup before it could not be written. The file was left unchanged; check the backup folder and free space.</source>
        <translation>Die Datenbank muss aktualisiert werden, aber die vorherige Sicherung konnte nicht geschrieben werden. Die Datei blieb unverändert; prüfen Sie den Sicherungsordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The database file could not be moved aside. Nothing was changed.</source>
        <translation>Die Datenbankdatei konnte nicht beiseitegelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is not enough free space for the backup. Nothing was written; your data and earlier backups are unchanged.</source>
        <translation>Für die Sicherung ist nicht genug Speicherplatz frei. Es wurde nichts geschrieben; Ihre Daten und frühere Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <source>A file with that name already exists; it was not overwritten.</source>
        <translation>Eine Datei mit diesem Namen ist bereits vorhanden; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>The backup could not be written or verified. Earlier backups are unchanged.</source>
        <translation>Die Sicherung konnte nicht geschrieben oder überprüft werden. Frühere Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <source>This file is not a valid Partner Portfolio backup (damaged, from another program or from a newer version). Nothing was changed.</source>
        <translation>Diese Datei ist keine gültige Partner-Portfolio-Sicherung (beschädigt, von einem anderen Programm oder von einer neueren Version). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>Die Sicherungsdatei ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>There is not enough free space to restore. Nothing was changed.</source>
        <translation>Für die Wiederherstellung ist nicht genug Speicherplatz frei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Your current data is unchanged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden. Ihre aktuellen Daten sind unverändert.</translation>
    </message>
    <message>
        <source>This partner cannot be restored: another partner has its name now. Rename that partner first, then restore again.</source>
        <translation>Dieser Partner kann nicht wiederhergestellt werden: Ein anderer Partner trägt jetzt seinen Namen. Benennen Sie zuerst den anderen Partner um, und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <source>This item is no longer in the trash.</source>
        <translation>Dieses Element befindet sich nicht mehr im Papierkorb.</translation>
    </message>
    <message>
        <source>This file is not a valid Partner Portfolio archive (damaged or altered). Nothing was changed.</source>
        <translation>Diese Datei ist kein gültiges Partner-Portfolio-Archiv (beschädigt oder verändert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This archive comes from another version of Partner Portfolio and cannot be loaded by this one.</source>
        <translation>Dieses Archiv stammt aus einer anderen Version von Partner Portfolio und kann von dieser nicht geladen werden.</translation>
    </message>
    <message>
        <source>An archive can only be loaded into an empty database. Nothing was changed.</source>
        <translation>Ein Archiv kann nur in eine leere Datenbank geladen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This archive is larger than any real portfolio; it was not opened.</source>
        <translation>Dieses Archiv ist größer als jedes echte Portfolio; es wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The archive could not be written. Nothing was changed.</source>
        <translation>Das Archiv konnte nicht geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Please choose a file ending in .csv or .xlsx.</source>
        <translation>Bitte wählen Sie eine Datei mit der Endung .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>The file holds no table (no header row).</source>
        <translation>Die Datei enthält keine Tabelle (keine Kopfzeile).</translation>
    </message>
    <message>
        <source>Only .csv, .xlsx and (for contacts) .vcf files can be imported.</source>
        <translation>Importiert werden können nur .csv-, .xlsx- und (für Ansprechpartner) .vcf-Dateien.</translation>
    </message>
    <message>
        <source>This file is too large to import.</source>
        <translation>Diese Datei ist zu groß für den Import.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name.</source>
        <translation>Die Arbeitsmappe enthält kein Tabellenblatt mit diesem Namen.</translation>
    </message>
    <message>
        <source>This is not a readable vCard file.</source>
        <translation>Dies ist keine lesbare vCard-Datei.</translation>
    </message>
    <message>
        <source>A card has no name.</source>
        <translation>Eine vCard hat keinen Namen.</translation>
    </message>
    <message>
        <source>A card is not closed (END:VCARD missing).</source>
        <translation>Eine vCard ist nicht abgeschlossen (END:VCARD fehlt).</translation>
    </message>
    <message>
        <source>A card cannot be read.</source>
        <translation>Eine vCard kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no partner of that name.</source>
        <translation>Es gibt keinen Partner mit diesem Namen.</translation>
    </message>
    <message>
        <source>The row names no partner (and none was chosen for all rows).</source>
        <translation>Die Zeile nennt keinen Partner (und für alle Zeilen wurde keiner ausgewählt).</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Eine Pflichtangabe fehlt.</translation>
    </message>
    <message>
        <source>This is not a date (use 31.12.2026 or 2026-12-31).</source>
        <translation>Dies ist kein Datum (verwenden Sie 31.12.2026 oder 2026-12-31).</translation>
    </message>
    <message>
        <source>This is not a time of day (use 14:30).</source>
        <translation>Dies ist keine Uhrzeit (verwenden Sie 14:30).</translation>
    </message>
    <message>
        <source>Please use yes or no.</source>
        <translation>Bitte verwenden Sie ja oder nein.</translation>
    </message>
    <message>
        <source>This value is not one of the choices.</source>
        <translation>Dieser Wert gehört nicht zu den Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>Dies ist keine Zahl.</translation>
    </message>
    <message>
        <source>Please give a number of months.</source>
        <translation>Bitte geben Sie eine Anzahl von Monaten an.</translation>
    </message>
    <message>
        <source>Please give a number of days or weeks (e.g. 30, 6 Wochen).</source>
        <translation>Bitte geben Sie eine Anzahl von Tagen oder Wochen an (z. B. 30, 6 Wochen).</translation>
    </message>
    <message>
        <source>This is not a notice period (e.g. 3 Monate, 6 weeks, 30 Tage).</source>
        <translation>Dies ist keine Kündigungsfrist (z. B. 3 Monate, 6 Wochen, 30 Tage).</translation>
    </message>
    <message>
        <source>The amount names another currency than the currency column.</source>
        <translation>Der Betrag nennt eine andere Währung als die Währungsspalte.</translation>
    </message>
    <message>
        <source>The file has no column of that name.</source>
        <translation>Die Datei hat keine Spalte mit diesem Namen.</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field.</source>
        <translation>Zwei Spalten sind demselben Feld zugeordnet.</translation>
    </message>
    <message>
        <source>There is no field of that name.</source>
        <translation>Es gibt kein Feld mit diesem Namen.</translation>
    </message>
    <message>
        <source>The row has more cells than the header (an unquoted separator?).</source>
        <translation>Die Zeile hat mehr Zellen als die Kopfzeile (ein Trennzeichen ohne Anführungszeichen?).</translation>
    </message>
    <message>
        <source>The note&apos;s time has no time zone; please enter it again.</source>
        <translation>Der Zeitpunkt der Notiz hat keine Zeitzone; bitte geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The name of the follow-up&apos;s owner is too long.</source>
        <translation>Der Name des Verantwortlichen für die Wiedervorlage ist zu lang.</translation>
    </message>
    <message>
        <source>Please describe what was promised.</source>
        <translation>Bitte beschreiben Sie, was zugesagt wurde.</translation>
    </message>
    <message>
        <source>The promise is too long (at most 1000 characters).</source>
        <translation>Die Zusage ist zu lang (höchstens 1000 Zeichen).</translation>
    </message>
    <message>
        <source>The name of the promise&apos;s owner is too long.</source>
        <translation>Der Name des Verantwortlichen für die Zusage ist zu lang.</translation>
    </message>
    <message>
        <source>Please tick at least one action item.</source>
        <translation>Bitte wählen Sie mindestens eine Aufgabe aus.</translation>
    </message>
    <message>
        <source>The database could not be accessed. Nothing was changed.</source>
        <translation>Auf die Datenbank konnte nicht zugegriffen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Der Vorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dieses Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Dieser Text ist zu lang.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Note sections</source>
        <translation>Abschnitte der Notiz</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>&amp;Outcome &amp;&amp; follow-up</source>
        <translation>&amp;Ergebnis &amp;&amp; Wiedervorlage</translation>
    </message>
    <message>
        <source>When the conversation took place</source>
        <translation>Wann das Gespräch stattfand</translation>
    </message>
    <message>
        <source>How you talked: meeting, call, e-mail …</source>
        <translation>Wie Sie miteinander gesprochen haben: Besprechung, Telefonat, E-Mail …</translation>
    </message>
    <message>
        <source>A short subject line; required</source>
        <translation>Eine kurze Betreffzeile; erforderlich</translation>
    </message>
    <message>
        <source>Who took part, separated by commas</source>
        <translation>Wer teilgenommen hat, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>How the conversation went</source>
        <translation>Wie das Gespräch verlaufen ist</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source>Check when the note records a misunderstanding to clear up</source>
        <translation>Aktivieren, wenn die Notiz ein zu klärendes Missverständnis festhält</translation>
    </message>
    <message>
        <source>How the misunderstanding was resolved</source>
        <translation>Wie das Missverständnis geklärt wurde</translation>
    </message>
    <message>
        <source>Fills the note with the headings of a meeting template</source>
        <translation>Füllt die Notiz mit den Überschriften einer Besprechungsvorlage</translation>
    </message>
    <message>
        <source>Opens a list to turn the agreed actions into follow-ups</source>
        <translation>Öffnet eine Liste, um die vereinbarten Aufgaben in Wiedervorlagen umzuwandeln</translation>
    </message>
    <message>
        <source>What needs to be done next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>By when it must be done</source>
        <translation>Bis wann es erledigt sein muss</translation>
    </message>
    <message>
        <source>Check when the follow-up has a due date</source>
        <translation>Aktivieren, wenn die Wiedervorlage ein Fälligkeitsdatum hat</translation>
    </message>
    <message>
        <source>Check when the follow-up is done</source>
        <translation>Aktivieren, wenn die Wiedervorlage erledigt ist</translation>
    </message>
    <message>
        <source>The conversation, its follow-up and action items</source>
        <translation>Das Gespräch, seine Wiedervorlage und Aufgaben</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The note already has text. Append the meeting template to it?</source>
        <translation>Die Notiz enthält bereits Text. Soll die Besprechungsvorlage angehängt werden?</translation>
    </message>
    <message>
        <source>Meeting Template</source>
        <translation>Besprechungsvorlage</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>There are no action items: list them as bullets under “%1”.</source>
        <translation>Es gibt keine Aufgaben: Führen Sie sie als Aufzählungspunkte unter „%1“ auf.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmer:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Meeting &amp;Template</source>
        <translation>Besprechungs&amp;vorlage</translation>
    </message>
    <message>
        <source>Meeting template</source>
        <translation>Besprechungsvorlage</translation>
    </message>
    <message>
        <source>Agenda, decisions and action items</source>
        <translation>Tagesordnung, Entscheidungen und Aufgaben</translation>
    </message>
    <message>
        <source>Action &amp;Items…</source>
        <translation>&amp;Aufgaben…</translation>
    </message>
    <message>
        <source>Save the note and turn its action items into promises</source>
        <translation>Notiz speichern und ihre Aufgaben in Zusagen umwandeln</translation>
    </message>
    <message>
        <source>What was agreed or decided</source>
        <translation>Was vereinbart oder entschieden wurde</translation>
    </message>
    <message>
        <source>Outcome &amp;&amp; &amp;decisions:</source>
        <translation>Ergebnis &amp;&amp; Entschei&amp;dungen:</translation>
    </message>
    <message>
        <source>There was a m&amp;isunderstanding</source>
        <translation>Es gab ein &amp;Missverständnis</translation>
    </message>
    <message>
        <source>How it was cleared up</source>
        <translation>Wie es geklärt wurde</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Klärung:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>What is to be done next</source>
        <translation>Was als Nächstes zu tun ist</translation>
    </message>
    <message>
        <source>&amp;To do:</source>
        <translation>&amp;Zu erledigen:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer es erledigt</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>The follow-up has a due date</source>
        <translation>Die Wiedervorlage hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Er&amp;ledigt</translation>
    </message>
</context>
<context>
    <name>OpenMisunderstandings</name>
    <message>
        <source>Open misunderstandings</source>
        <translation>Offene Missverständnisse</translation>
    </message>
    <message>
        <source>Notes marked as a misunderstanding that is not resolved yet</source>
        <translation>Als Missverständnis markierte Notizen, die noch nicht geklärt sind</translation>
    </message>
    <message>
        <source>No open misunderstandings.</source>
        <translation>Keine offenen Missverständnisse.</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Klären…</translation>
    </message>
    <message>
        <source>Resolve misunderstanding</source>
        <translation>Missverständnis klären</translation>
    </message>
    <message>
        <source>Records how the selected misunderstanding was resolved</source>
        <translation>Erfasst, wie das ausgewählte Missverständnis geklärt wurde</translation>
    </message>
    <message>
        <source>Record how the selected misunderstanding was resolved</source>
        <translation>Erfassen, wie das ausgewählte Missverständnis geklärt wurde</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Notiz öffnen</translation>
    </message>
    <message>
        <source>Opens the note of the selected entry</source>
        <translation>Öffnet die Notiz des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Double-click to open the note</source>
        <translation>Doppelklicken, um die Notiz zu öffnen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Check when the date is known; the date field next to it is then enabled</source>
        <translation>Aktivieren, wenn das Datum bekannt ist; dann wird das Datumsfeld daneben freigegeben</translation>
    </message>
    <message>
        <source>The date; type it or press Alt+Down to choose it from a calendar</source>
        <translation>Das Datum; geben Sie es ein oder drücken Sie Alt+Nach-unten, um es aus einem Kalender auszuwählen</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPage</name>
    <message>
        <source>Partner detail</source>
        <translation>Partnerdetails</translation>
    </message>
    <message>
        <source>Select a partner on the left to see its contacts, agreements, goals and notes.</source>
        <translation>Wählen Sie links einen Partner aus, um seine Ansprechpartner, Vereinbarungen, Ziele und Notizen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>Opens the partner&apos;s details for editing</source>
        <translation>Öffnet die Angaben des Partners zum Bearbeiten</translation>
    </message>
    <message>
        <source>Delete partner…</source>
        <translation>Partner löschen…</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>Deletes the partner after asking; it can be restored from the trash</source>
        <translation>Löscht den Partner nach Rückfrage; er kann aus dem Papierkorb wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Partner sections</source>
        <translation>Partnerbereiche</translation>
    </message>
    <message>
        <source>Overview, contacts, agreements, goals, notes, timeline and history</source>
        <translation>Übersicht, Ansprechpartner, Vereinbarungen, Ziele, Notizen, Zeitleiste und Verlauf</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Delete “%1” with all its contacts, agreements, goals and notes?

It goes to the trash (Edit › Trash…), from where you can restore it with everything that belonged to it for 30 days.</source>
        <translation>„%1“ mit allen Ansprechpartnern, Vereinbarungen, Zielen und Notizen löschen?

Der Partner wird in den Papierkorb verschoben (Bearbeiten › Papierkorb…) und kann dort 30 Tage lang mit allem, was dazugehört, wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>partner since %1</source>
        <translation>Partner seit %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Edit Partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Partner sections</source>
        <translation>Partnerbereiche</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>The partner&apos;s name as it appears in lists; required</source>
        <translation>Der Name des Partners, wie er in Listen erscheint; erforderlich</translation>
    </message>
    <message>
        <source>The kind of partner, e.g. supplier or service provider; you may type a new one</source>
        <translation>Die Art des Partners, z. B. Lieferant oder Dienstleister; Sie können auch eine neue eingeben</translation>
    </message>
    <message>
        <source>Where the partnership stands: prospect, active, paused or ended</source>
        <translation>Stand der Partnerschaft: Interessent, aktiv, pausiert oder beendet</translation>
    </message>
    <message>
        <source>The colleague responsible for this partnership</source>
        <translation>Wer im Unternehmen für diese Partnerschaft verantwortlich ist</translation>
    </message>
    <message>
        <source>How much the business depends on this partner</source>
        <translation>Wie stark das Geschäft von diesem Partner abhängt</translation>
    </message>
    <message>
        <source>After how many days without contact the partner is flagged</source>
        <translation>Nach wie vielen Tagen ohne Kontakt der Partner markiert wird</translation>
    </message>
    <message>
        <source>The day the partnership began</source>
        <translation>Der Tag, an dem die Partnerschaft begann</translation>
    </message>
    <message>
        <source>Check when the start of the partnership is known</source>
        <translation>Aktivieren, wenn der Beginn der Partnerschaft bekannt ist</translation>
    </message>
    <message>
        <source>The partner&apos;s web address</source>
        <translation>Die Webadresse des Partners</translation>
    </message>
    <message>
        <source>Keywords separated by commas, for filtering and search</source>
        <translation>Schlagwörter, durch Kommas getrennt, zum Filtern und Suchen</translation>
    </message>
    <message>
        <source>The partner&apos;s postal address</source>
        <translation>Die Postanschrift des Partners</translation>
    </message>
    <message>
        <source>Archived partners are kept but hidden from the list</source>
        <translation>Archivierte Partner bleiben erhalten, werden aber in der Liste ausgeblendet</translation>
    </message>
    <message>
        <source>What the partnership is about</source>
        <translation>Worum es in der Partnerschaft geht</translation>
    </message>
    <message>
        <source>The shared values or principles of the partnership</source>
        <translation>Die gemeinsamen Werte oder Grundsätze der Partnerschaft</translation>
    </message>
    <message>
        <source>General details and the partner&apos;s description and values</source>
        <translation>Allgemeine Angaben sowie Beschreibung und Werte des Partners</translation>
    </message>
    <message>
        <source>e.g. Müller Druck GmbH</source>
        <translation>z. B. Müller Druck GmbH</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pick an area, or type your own</source>
        <translation>Wählen Sie einen Bereich oder geben Sie einen eigenen ein</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Who looks after this partner in our company</source>
        <translation>Wer diesen Partner in unserem Unternehmen betreut</translation>
    </message>
    <message>
        <source>Internal &amp;owner:</source>
        <translation>Intern &amp;verantwortlich:</translation>
    </message>
    <message>
        <source>How much our business depends on this partner</source>
        <translation>Wie stark unser Geschäft von diesem Partner abhängt</translation>
    </message>
    <message>
        <source>Critica&amp;lity:</source>
        <translation>K&amp;ritikalität:</translation>
    </message>
    <message>
        <source>Expected contact ever&amp;y:</source>
        <translation>Kontakt erwartet a&amp;lle:</translation>
    </message>
    <message>
        <source>The start of the partnership is known</source>
        <translation>Beginn der Partnerschaft ist bekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Partner &amp;since:</source>
        <translation>Partner &amp;seit:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Schlagwörter durch Kommas trennen</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Sc&amp;hlagwörter:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>A&amp;rchived (kept, but hidden from the list)</source>
        <translation>Ar&amp;chiviert (bleibt erhalten, wird aber in der Liste ausgeblendet)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Expected contact every … days</source>
        <translation>Kontakt erwartet alle … Tage</translation>
    </message>
    <message>
        <source>How often you want to be in touch with this partner</source>
        <translation>Wie oft Sie mit diesem Partner in Kontakt sein möchten</translation>
    </message>
    <message>
        <source>What the partner does for us</source>
        <translation>Was der Partner für uns leistet</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What is wanted, and what is not</source>
        <translation>Was gewünscht ist und was nicht</translation>
    </message>
    <message>
        <source>&amp;Values &amp;&amp; expectations:</source>
        <translation>Werte &amp;&amp; &amp;Erwartungen:</translation>
    </message>
</context>
<context>
    <name>PartnerListPanel</name>
    <message>
        <source>Filter partners (name, category, tag, city) — Ctrl+K searches everything</source>
        <translation>Partner filtern (Name, Kategorie, Schlagwort, Ort) — Strg+K durchsucht alles</translation>
    </message>
    <message>
        <source>Search partners</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Shows only partners whose name, category or tags contain the text</source>
        <translation>Zeigt nur Partner, deren Name, Kategorie oder Schlagwörter den Text enthalten</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Shows only partners with the chosen status</source>
        <translation>Zeigt nur Partner mit dem gewählten Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Shows only partners of the chosen category</source>
        <translation>Zeigt nur Partner der gewählten Kategorie</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1 of %2 partners</source>
        <translation>%1 von %2 Partnern</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 Partner</translation>
    </message>
    <message>
        <source>%1 partners</source>
        <translation>%1 Partner</translation>
    </message>
</context>
<context>
    <name>PartnerOverview</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>no notes yet</source>
        <translation>noch keine Notizen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>no cadence set</source>
        <translation>kein Kontaktrhythmus festgelegt</translation>
    </message>
    <message>
        <source>no contact noted yet — expected %1</source>
        <translation>noch kein Kontakt notiert — erwartet %1</translation>
    </message>
    <message>
        <source>Overdue for contact by 1 day</source>
        <translation>Kontakt seit 1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue for contact by %1 days</source>
        <translation>Kontakt seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>due within %1</source>
        <translation>fällig: noch %1</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>Intern verantwortlich</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Expected contact</source>
        <translation>Kontaktrhythmus</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Values &amp;&amp; expectations — what is wanted, and what not</source>
        <translation>Werte &amp;&amp; Erwartungen — was gewünscht ist und was nicht</translation>
    </message>
    <message>
        <source>Relationship at a glance</source>
        <translation>Beziehung auf einen Blick</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <source>Health over the last 12 months</source>
        <translation>Beziehungszustand der letzten 12 Monate</translation>
    </message>
    <message>
        <source>Health over time</source>
        <translation>Beziehungszustand im Zeitverlauf</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Noch kein Verlauf vorhanden.</translation>
    </message>
    <message>
        <source>Not written down yet. What do you expect from this partner, and what not?</source>
        <translation>Noch nicht festgehalten. Was erwarten Sie von diesem Partner und was nicht?</translation>
    </message>
    <message>
        <source>no follow-up overdue</source>
        <translation>keine Wiedervorlage überfällig</translation>
    </message>
    <message>
        <source>one follow-up overdue</source>
        <translation>eine Wiedervorlage überfällig</translation>
    </message>
    <message>
        <source>%1 follow-ups overdue</source>
        <translation>%1 Wiedervorlagen überfällig</translation>
    </message>
    <message>
        <source>no unresolved misunderstanding</source>
        <translation>kein ungeklärtes Missverständnis</translation>
    </message>
    <message>
        <source>one unresolved misunderstanding</source>
        <translation>ein ungeklärtes Missverständnis</translation>
    </message>
    <message>
        <source>%1 unresolved misunderstandings</source>
        <translation>%1 ungeklärte Missverständnisse</translation>
    </message>
    <message>
        <source>no promise overdue</source>
        <translation>keine Zusage überfällig</translation>
    </message>
    <message>
        <source>one promise overdue</source>
        <translation>eine Zusage überfällig</translation>
    </message>
    <message>
        <source>%1 promises overdue</source>
        <translation>%1 Zusagen überfällig</translation>
    </message>
    <message>
        <source>no contact noted yet</source>
        <translation>noch kein Kontakt notiert</translation>
    </message>
    <message>
        <source>contact within the expected %1</source>
        <translation>Kontakt im erwarteten Rhythmus (%1)</translation>
    </message>
    <message>
        <source>last contact %1 days ago, expected within %2</source>
        <translation>letzter Kontakt vor %1 Tagen, erwartet innerhalb von %2</translation>
    </message>
    <message>
        <source>one goal at risk</source>
        <translation>ein Ziel gefährdet</translation>
    </message>
    <message>
        <source>%1 goals at risk</source>
        <translation>%1 Ziele gefährdet</translation>
    </message>
    <message>
        <source>one goal past its target date</source>
        <translation>ein Ziel hat das Zieldatum überschritten</translation>
    </message>
    <message>
        <source>%1 goals past their target date</source>
        <translation>%1 Ziele haben das Zieldatum überschritten</translation>
    </message>
    <message>
        <source>one goal achieved in the last year</source>
        <translation>ein Ziel im letzten Jahr erreicht</translation>
    </message>
    <message>
        <source>%1 goals achieved in the last year</source>
        <translation>%1 Ziele im letzten Jahr erreicht</translation>
    </message>
    <message>
        <source>no goal at risk or late</source>
        <translation>kein Ziel gefährdet oder verspätet</translation>
    </message>
    <message>
        <source>no recent notes about the mood</source>
        <translation>keine aktuellen Notizen zur Stimmung</translation>
    </message>
    <message>
        <source>mood in recent notes: %1 good, %2 neutral, %3 tense</source>
        <translation>Stimmung in den letzten Notizen: %1 gut, %2 neutral, %3 angespannt</translation>
    </message>
    <message>
        <source>partner since: not known</source>
        <translation>Partner seit: unbekannt</translation>
    </message>
    <message>
        <source>partner for less than a year</source>
        <translation>seit weniger als einem Jahr Partner</translation>
    </message>
    <message>
        <source>partner for 1 year</source>
        <translation>seit 1 Jahr Partner</translation>
    </message>
    <message>
        <source>partner for %1 years</source>
        <translation>seit %1 Jahren Partner</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>%1 in total, %2 active</source>
        <translation>%1 insgesamt, %2 aktiv</translation>
    </message>
    <message>
        <source>%1 per year (active agreements)</source>
        <translation>%1 pro Jahr (aktive Vereinbarungen)</translation>
    </message>
    <message>
        <source>%1 in total, %2 at risk, %3 achieved</source>
        <translation>%1 insgesamt, %2 gefährdet, %3 erreicht</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <source>1 open follow-up</source>
        <translation>1 offene Wiedervorlage</translation>
    </message>
    <message>
        <source>%1 open follow-ups</source>
        <translation>%1 offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>1 unresolved misunderstanding</source>
        <translation>1 ungeklärtes Missverständnis</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, theme, deadline horizon, backup folder and the database in use</source>
        <translation>Sprache, Farbschema, Fristenvorschau, Sicherungsordner und die verwendete Datenbank</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; takes effect when the app restarts</source>
        <translation>Die Sprache der Menüs und Dialoge; wird nach einem Neustart der App wirksam</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect on restart.</source>
        <translation>Wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light or dark colours; System follows the colour scheme of the desktop</source>
        <translation>Helle oder dunkle Farben; „System“ folgt dem Farbschema des Desktops</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Deadline horizon</source>
        <translation>Fristenvorschau</translation>
    </message>
    <message>
        <source>How many days ahead the deadlines view looks</source>
        <translation>Wie viele Tage im Voraus die Fristenansicht reicht</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>The folder backups are written to; empty: the default folder</source>
        <translation>Der Ordner, in den Sicherungen geschrieben werden; leer: der Standardordner</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>The database file in use (read-only)</source>
        <translation>Die verwendete Datenbankdatei (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the path of the database file to the clipboard</source>
        <translation>Pfad der Datenbankdatei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Deadline horizon:</source>
        <translation>Fristen&amp;vorschau:</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply the preferences and close</source>
        <translation>Einstellungen übernehmen und schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Please enter the full path of the backup folder.</source>
        <translation>Bitte geben Sie den vollständigen Pfad des Sicherungsordners ein.</translation>
    </message>
    <message>
        <source>The backup folder “%1” does not exist. Please choose a folder.</source>
        <translation>Der Sicherungsordner „%1“ ist nicht vorhanden. Bitte wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Backups cannot be written to “%1”. Please choose a folder you may write to.</source>
        <translation>In „%1“ können keine Sicherungen geschrieben werden. Bitte wählen Sie einen Ordner, für den Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>renews automatically by %1 months</source>
        <translation>verlängert sich automatisch um %1 Monate</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>Mindestlaufzeit</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>%1 days before the last notice day</source>
        <translation>%1 Tage vor dem letzten Kündigungstag</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Vertragsnummer</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Form of notice</source>
        <translation>Kündigungsform</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>Notice address</source>
        <translation>Kündigungsadresse</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>aktuell %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Outcome / decisions</source>
        <translation>Ergebnis / Entscheidungen</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>noch nicht geklärt</translation>
    </message>
    <message>
        <source>Misunderstanding</source>
        <translation>Missverständnis</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>&amp;Add promise…</source>
        <translation>Zusage &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>No promises yet. What did you promise the partner, and what did it promise you?</source>
        <translation>Noch keine Zusagen. Was haben Sie dem Partner zugesagt, und was hat er Ihnen zugesagt?</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Select a promise to see it here.</source>
        <translation>Wählen Sie eine Zusage aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Mark &amp;kept</source>
        <translation>Als &amp;eingehalten markieren</translation>
    </message>
    <message>
        <source>The selected promise has been kept</source>
        <translation>Die ausgewählte Zusage wurde eingehalten</translation>
    </message>
    <message>
        <source>&amp;Promise from Note…</source>
        <translation>&amp;Zusage aus Notiz…</translation>
    </message>
    <message>
        <source>Record a promise made in the selected note</source>
        <translation>Eine in der ausgewählten Notiz gemachte Zusage erfassen</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Edit Promise</source>
        <translation>Zusage bearbeiten</translation>
    </message>
    <message>
        <source>New Promise</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>e.g. Send the revised offer</source>
        <translation>z. B. Überarbeitetes Angebot senden</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>&amp;Zusage:</translation>
    </message>
    <message>
        <source>Who keeps or chases it</source>
        <translation>Wer sie einhält oder nachverfolgt</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>The promise has a due date</source>
        <translation>Die Zusage hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>einer Notiz</translation>
    </message>
    <message>
        <source>Taken from:</source>
        <translation>Übernommen aus:</translation>
    </message>
</context>
<context>
    <name>PromisePreview</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Taken from a note.</source>
        <translation>Aus einer Notiz übernommen.</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Quick Open</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Type a few letters; Up and Down choose a result, Enter opens it</source>
        <translation>Geben Sie einige Buchstaben ein; mit Nach-oben und Nach-unten wählen Sie einen Treffer, die Eingabetaste öffnet ihn</translation>
    </message>
    <message>
        <source>Search partners, contacts, agreements, goals and notes…</source>
        <translation>Partner, Ansprechpartner, Vereinbarungen, Ziele und Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Matching records grouped by kind; Enter opens the chosen one</source>
        <translation>Passende Einträge, nach Art gruppiert; die Eingabetaste öffnet den gewählten</translation>
    </message>
    <message>
        <source>Type to search. Enter opens, Esc closes.</source>
        <translation>Tippen Sie, um zu suchen. Eingabe öffnet, Esc schließt.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>1 result. Enter opens it.</source>
        <translation>1 Treffer. Eingabe öffnet ihn.</translation>
    </message>
    <message>
        <source>%1 results. ↑↓ choose, Enter opens.</source>
        <translation>%1 Treffer. ↑↓ wählt aus, Eingabe öffnet.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Saves the entry and closes the dialog</source>
        <translation>Speichert den Eintrag und schließt den Dialog</translation>
    </message>
    <message>
        <source>Closes the dialog without saving the changes</source>
        <translation>Schließt den Dialog, ohne die Änderungen zu speichern</translation>
    </message>
</context>
<context>
    <name>RecordEditors</name>
    <message>
        <source>Contacts (%1)</source>
        <translation>Ansprechpartner (%1)</translation>
    </message>
    <message>
        <source>Agreements (%1)</source>
        <translation>Vereinbarungen (%1)</translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation>Ziele (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>Promises (%1)</source>
        <translation>Zusagen (%1)</translation>
    </message>
    <message>
        <source>Act on &amp;deadline…</source>
        <translation>Über &amp;Frist entscheiden…</translation>
    </message>
    <message>
        <source>Decide whether to renew, renegotiate, switch or cancel, and record the notice</source>
        <translation>Entscheiden, ob Sie verlängern, neu verhandeln, wechseln oder kündigen, und die Kündigung erfassen</translation>
    </message>
    <message>
        <source>Record &amp;progress…</source>
        <translation>&amp;Fortschritt erfassen…</translation>
    </message>
    <message>
        <source>Record a new KPI value, status or comment</source>
        <translation>Neuen KPI-Wert, Status oder Kommentar erfassen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>It goes to the trash (Edit › Trash…), from where you can restore it for 30 days.</source>
        <translation>Der Eintrag wird in den Papierkorb verschoben (Bearbeiten › Papierkorb…) und kann dort 30 Tage lang wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <source>Delete the contact “%1”?</source>
        <translation>Den Ansprechpartner „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete Agreement</source>
        <translation>Vereinbarung löschen</translation>
    </message>
    <message>
        <source>Delete the agreement “%1”?</source>
        <translation>Die Vereinbarung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete Goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete the goal “%1” with its history?</source>
        <translation>Das Ziel „%1“ mit seinem Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete the note “%1”?</source>
        <translation>Die Notiz „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete Promise</source>
        <translation>Zusage löschen</translation>
    </message>
    <message>
        <source>Delete the promise “%1”?</source>
        <translation>Die Zusage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Ansprechpartner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>No contact persons yet. Who do you talk to at this partner?</source>
        <translation>Noch keine Ansprechpartner. Mit wem sprechen Sie bei diesem Partner?</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Details zum Ansprechpartner</translation>
    </message>
    <message>
        <source>Select a contact to see the details here.</source>
        <translation>Wählen Sie einen Ansprechpartner aus, um hier die Details zu sehen.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;Add agreement…</source>
        <translation>Vereinbarung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No agreements yet. Add contracts, leases and SLAs with their terms.</source>
        <translation>Noch keine Vereinbarungen. Erfassen Sie Verträge, Leasings und SLAs mit ihren Konditionen.</translation>
    </message>
    <message>
        <source>Agreement details</source>
        <translation>Details zur Vereinbarung</translation>
    </message>
    <message>
        <source>Select an agreement to see its terms here.</source>
        <translation>Wählen Sie eine Vereinbarung aus, um hier ihre Konditionen zu sehen.</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>Ziel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No shared goals yet. What do you want to achieve together?</source>
        <translation>Noch keine gemeinsamen Ziele. Was möchten Sie gemeinsam erreichen?</translation>
    </message>
    <message>
        <source>Goal details</source>
        <translation>Details zum Ziel</translation>
    </message>
    <message>
        <source>Select a goal to see it here.</source>
        <translation>Wählen Sie ein Ziel aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Communication notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>Notiz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No notes yet. Record meetings, calls and decisions here.</source>
        <translation>Noch keine Notizen. Erfassen Sie hier Besprechungen, Telefonate und Entscheidungen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Select a note to read it here.</source>
        <translation>Wählen Sie eine Notiz aus, um sie hier zu lesen.</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>Opens a dialog to add a new entry</source>
        <translation>Öffnet einen Dialog, um einen neuen Eintrag hinzuzufügen</translation>
    </message>
    <message>
        <source>Opens the selected entry for editing</source>
        <translation>Öffnet den ausgewählten Eintrag zum Bearbeiten</translation>
    </message>
    <message>
        <source>Deletes the selected entry after asking; it can be restored from the trash</source>
        <translation>Löscht den ausgewählten Eintrag nach Rückfrage; er kann aus dem Papierkorb wiederhergestellt werden</translation>
    </message>
    <message>
        <source>All details of the selected entry</source>
        <translation>Alle Angaben zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>Acts on the selected entry: %1</source>
        <translation>Für den ausgewählten Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>One row per entry. Click a column header to sort; Enter or a double-click opens the selected row.</source>
        <translation>Eine Zeile pro Eintrag. Klicken Sie auf eine Spaltenüberschrift, um zu sortieren; die Eingabetaste oder ein Doppelklick öffnet die ausgewählte Zeile.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Show all deadlines</source>
        <translation>Alle Fristen anzeigen</translation>
    </message>
    <message>
        <source>Switches to the deadlines view</source>
        <translation>Wechselt zur Fristenansicht</translation>
    </message>
    <message>
        <source>1 notice deadline needs a decision</source>
        <translation>1 Kündigungsfrist erfordert eine Entscheidung</translation>
    </message>
    <message>
        <source>%1 notice deadlines need a decision</source>
        <translation>%1 Kündigungsfristen erfordern eine Entscheidung</translation>
    </message>
    <message>
        <source>%1 more not shown here.</source>
        <translation>%1 weitere werden hier nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Reminder Not Changed</source>
        <translation>Erinnerung nicht geändert</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Notice deadlines need a decision</source>
        <translation>Kündigungsfristen erfordern eine Entscheidung</translation>
    </message>
    <message>
        <source>Partner Portfolio</source>
        <translation>Partner Portfolio</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Öffnen: %1</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Zurückstellen: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Acts on the reminder of the notice deadline for %1</source>
        <translation>Betrifft die Erinnerung an die Kündigungsfrist für %1</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Für 1 Tag</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Für 1 Woche</translation>
    </message>
    <message>
        <source>For %1 days</source>
        <translation>Für %1 Tage</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export Portfolio &amp;Report (PDF)…</source>
        <translation>Portfolio&amp;bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Costs by category, deadlines of the next 90 days and partners by health</source>
        <translation>Kosten nach Kategorie, Fristen der nächsten 90 Tage und Partner nach Beziehungszustand</translation>
    </message>
    <message>
        <source>Export &amp;Dossier (PDF)…</source>
        <translation>&amp;Dossier exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Everything about the selected partner, ready to print or send</source>
        <translation>Alles über den ausgewählten Partner, bereit zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Briefing…</translation>
    </message>
    <message>
        <source>Prepare a meeting: contacts, last notes, open points, deadlines, goals</source>
        <translation>Besprechung vorbereiten: Ansprechpartner, letzte Notizen, offene Punkte, Fristen, Ziele</translation>
    </message>
    <message>
        <source>Export Portfolio Report</source>
        <translation>Portfoliobericht exportieren</translation>
    </message>
    <message>
        <source>portfolio-report.pdf</source>
        <translation>Portfoliobericht.pdf</translation>
    </message>
    <message>
        <source>Portfolio report saved as %1 (%2).</source>
        <translation>Portfoliobericht als %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Export Dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>Dossier %1.pdf</source>
        <translation>Dossier %1.pdf</translation>
    </message>
    <message>
        <source>Dossier saved as %1 (%2).</source>
        <translation>Dossier als %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Briefing %1.pdf</source>
        <translation>Briefing %1.pdf</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Partner Portfolio</source>
        <translation>Partner Portfolio</translation>
    </message>
    <message>
        <source>Partner Dossier</source>
        <translation>Partnerdossier</translation>
    </message>
    <message>
        <source>Partner Briefing</source>
        <translation>Partner-Briefing</translation>
    </message>
    <message>
        <source>Portfolio Report</source>
        <translation>Portfoliobericht</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Partner seit</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>Intern verantwortlich</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Expected contact</source>
        <translation>Kontaktrhythmus</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Values &amp; expectations</source>
        <translation>Werte &amp; Erwartungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>primary contact</source>
        <translation>Hauptansprechpartner</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Noch keine Ansprechpartner.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Next end</source>
        <translation>Nächstmögliches Ende</translation>
    </message>
    <message>
        <source>Last notice day</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation>Verlängerung am</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jahreskosten</translation>
    </message>
    <message>
        <source>Total per year</source>
        <translation>Summe pro Jahr</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Noch keine Vereinbarungen.</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>%1 → %2, now %3</source>
        <translation>%1 → %2, aktuell %3</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>past its target date</source>
        <translation>Zieldatum überschritten</translation>
    </message>
    <message>
        <source>No shared goals yet.</source>
        <translation>Noch keine gemeinsamen Ziele.</translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation>Neueste Notizen</translation>
    </message>
    <message>
        <source>The latest %1 of %2 notes, newest first.</source>
        <translation>Die neuesten %1 von %2 Notizen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Outcome and decisions</source>
        <translation>Ergebnis und Entscheidungen</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Relationship health</source>
        <translation>Beziehungszustand</translation>
    </message>
    <message>
        <source>Health score: %1 of 100 (%2)</source>
        <translation>Beziehungszustand: %1 von 100 (%2)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Open promises</source>
        <translation>Offene Zusagen</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Owed by</source>
        <translation>Geschuldet von</translation>
    </message>
    <message>
        <source>No open promises.</source>
        <translation>Keine offenen Zusagen.</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Anstehende Fristen</translation>
    </message>
    <message>
        <source>Deadlines of the next %1 days</source>
        <translation>Fristen der nächsten %1 Tage</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Costs by category</source>
        <translation>Kosten nach Kategorie</translation>
    </message>
    <message>
        <source>No running agreement with a value.</source>
        <translation>Keine laufende Vereinbarung mit Betrag.</translation>
    </message>
    <message>
        <source>Partners by health, lowest first</source>
        <translation>Partner nach Beziehungszustand, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>No partners yet.</source>
        <translation>Noch keine Partner.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve Misunderstanding</source>
        <translation>Missverständnis klären</translation>
    </message>
    <message>
        <source>How was it cleared up? What was agreed?</source>
        <translation>Wie wurde es geklärt? Was wurde vereinbart?</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Klärung:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current database is not deleted: it is moved aside next to it, so nothing is lost even if you pick the wrong one.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Die aktuelle Datenbank wird nicht gelöscht, sondern daneben beiseitegelegt – so geht nichts verloren, auch wenn Sie die falsche wählen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The verified backups, newest first, with their date and contents</source>
        <translation>Die geprüften Sicherungen, neueste zuerst, mit Datum und Inhalt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Sicherungsordner: %1</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Replaces the current data by the selected backup, after asking</source>
        <translation>Ersetzt nach Rückfrage die aktuellen Daten durch die ausgewählte Sicherung</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Andere &amp;Datei…</translation>
    </message>
    <message>
        <source>Restore from another file</source>
        <translation>Aus einer anderen Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup file from another folder</source>
        <translation>Sicherungsdatei aus einem anderen Ordner auswählen</translation>
    </message>
    <message>
        <source>Closes the dialog without restoring</source>
        <translation>Schließt den Dialog ohne Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore from File</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Partner Portfolio databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Datenbanken von Partner Portfolio (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 partners, %2 agreements, %3 notes</source>
        <translation>%1 Partner, %2 Vereinbarungen, %3 Notizen</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 updated, %3 skipped; rows that could not be imported: %n.</source>
        <translation>
            <numerusform>%1 angelegt, %2 aktualisiert, %3 übersprungen; %n Zeile konnte nicht importiert werden.</numerusform>
            <numerusform>%1 angelegt, %2 aktualisiert, %3 übersprungen; %n Zeilen konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>Ended; nothing more to do.</source>
        <translation>Beendet; nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Ended on %1; nothing more to do.</source>
        <translation>Beendet am %1; nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>The usual send-by day has passed: to cancel, send the notice today by a way that arrives in time.</source>
        <translation>Der übliche Versandtag ist verstrichen: Wenn Sie kündigen möchten, senden Sie die Kündigung noch heute auf einem Weg, der rechtzeitig ankommt.</translation>
    </message>
    <message>
        <source>Send the notice by %1 so that it arrives in time.</source>
        <translation>Senden Sie die Kündigung bis zum %1 ab, damit sie rechtzeitig ankommt.</translation>
    </message>
    <message>
        <source>It has renewed before; the current term runs from %1 to %2.</source>
        <translation>Die Vereinbarung hat sich bereits verlängert; die aktuelle Laufzeit reicht vom %1 bis zum %2.</translation>
    </message>
    <message>
        <source>Draft: no dates are watched until the agreement is active.</source>
        <translation>Entwurf: Termine werden erst überwacht, wenn die Vereinbarung aktiv ist.</translation>
    </message>
    <message>
        <source>Expired: nothing more to do.</source>
        <translation>Abgelaufen: nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Terminated; no reminders any more.</source>
        <translation>Gekündigt; keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>Terminated: ends on %1; no reminders any more.</source>
        <translation>Gekündigt: endet am %1; keine Erinnerungen mehr.</translation>
    </message>
    <message>
        <source>Notice sent on %1</source>
        <translation>Kündigung versandt am %1</translation>
    </message>
    <message>
        <source>; receipt confirmed on %1</source>
        <translation>; Zugang bestätigt am %1</translation>
    </message>
    <message>
        <source>; receipt not confirmed yet</source>
        <translation>; Zugang noch nicht bestätigt</translation>
    </message>
    <message>
        <source>Can end on %1 at the earliest if notice is given by %2.</source>
        <translation>Kann frühestens zum %1 enden, wenn bis zum %2 gekündigt wird.</translation>
    </message>
    <message>
        <source>Ends on %1; no notice needed.</source>
        <translation>Endet am %1; keine Kündigung nötig.</translation>
    </message>
    <message>
        <source>Open-ended without a notice period: there are no dates to watch.</source>
        <translation>Unbefristet ohne Kündigungsfrist: Es gibt keine Termine zu überwachen.</translation>
    </message>
    <message>
        <source>No dates can be worked out yet: enter the start date and the term.</source>
        <translation>Es lassen sich noch keine Termine berechnen: Geben Sie den Beginn und die Laufzeit ein.</translation>
    </message>
    <message>
        <source>Renews on %1 for %2 unless cancelled by %3.</source>
        <translation>Verlängert sich am %1 um %2, wenn nicht bis zum %3 gekündigt wird.</translation>
    </message>
    <message>
        <source>Renews on %1 for %2: the last notice day for the current term has passed. To end it on %3, cancel by %4.</source>
        <translation>Verlängert sich am %1 um %2: Der letzte Kündigungstag für die aktuelle Laufzeit ist verstrichen. Um die Vereinbarung zum %3 zu beenden, kündigen Sie bis zum %4.</translation>
    </message>
    <message>
        <source>Can end on %1 if cancelled by %2; otherwise it renews on %3 for %4.</source>
        <translation>Kann zum %1 enden, wenn bis zum %2 gekündigt wird; sonst verlängert sie sich am %3 um %4.</translation>
    </message>
    <message>
        <source>Notice by %1</source>
        <translation>Kündigung bis %1</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Endet am %1</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>Aktuelle Laufzeit</translation>
    </message>
    <message>
        <source>Next possible end</source>
        <translation>Nächstmögliches Ende</translation>
    </message>
    <message>
        <source>Last notice day</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Send notice by</source>
        <translation>Kündigung absenden bis</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>from %1 for %2</source>
        <translation>ab %1 für %2</translation>
    </message>
    <message>
        <source>Notice for “%1” (%2) must arrive by %3 (%4)</source>
        <translation>Kündigung für „%1“ (%2) muss bis zum %3 zugehen (%4)</translation>
    </message>
    <message>
        <source>send by %1</source>
        <translation>absenden bis %1</translation>
    </message>
    <message>
        <source>deputy: %1</source>
        <translation>Vertretung: %1</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>What do you want to import, and from which file?</source>
        <translation>Was möchten Sie importieren, und aus welcher Datei?</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Was importiert werden soll</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .vcf file</source>
        <translation>Eine .csv-, .xlsx- oder .vcf-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>Partner for rows that name none</source>
        <translation>Partner für Zeilen ohne Partnerangabe</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Importieren:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>&amp;Partner for rows that name none:</source>
        <translation>&amp;Partner für Zeilen ohne Partnerangabe:</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <source>Tables and vCards (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Tabellen und vCards (*.csv *.xlsx *.vcf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>No partners to show. Change the filter or add a partner.</source>
        <translation>Keine Partner zum Anzeigen. Ändern Sie den Filter oder fügen Sie einen Partner hinzu.</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Goal update</source>
        <translation>Fortschrittsmeldung</translation>
    </message>
    <message>
        <source>Goal target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Agreements as bars, notes, goal updates and notice days as markers, one lane per partner</source>
        <translation>Vereinbarungen als Balken, Notizen, Zielaktualisierungen und Kündigungstage als Markierungen, eine Spur je Partner</translation>
    </message>
    <message>
        <source>Scroll through the lanes</source>
        <translation>Durch die Spuren blättern</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppieren:</translation>
    </message>
    <message>
        <source>Group lanes by</source>
        <translation>Spuren gruppieren nach</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Herauszoomen (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Hineinzoomen (+)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show today (Home)</source>
        <translation>Heute anzeigen (Pos1)</translation>
    </message>
    <message>
        <source>Changes the part of time the timeline shows</source>
        <translation>Ändert den Zeitraum, den die Zeitleiste anzeigt</translation>
    </message>
    <message>
        <source>Changes which partners the timeline shows</source>
        <translation>Ändert, welche Partner die Zeitleiste anzeigt</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted partners, contacts, agreements, goals and notes stay here for 30 days. Restoring brings an item back with everything that belonged to it.</source>
        <translation>Gelöschte Partner, Ansprechpartner, Vereinbarungen, Ziele und Notizen bleiben hier 30 Tage lang. Beim Wiederherstellen kommt ein Element mit allem zurück, was dazugehörte.</translation>
    </message>
    <message>
        <source>The trash is empty. Whatever you delete waits here for 30 days.</source>
        <translation>Der Papierkorb ist leer. Alles, was Sie löschen, bleibt hier 30 Tage lang.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Puts the selected items back where they were</source>
        <translation>Stellt die ausgewählten Elemente an ihrem ursprünglichen Ort wieder her</translation>
    </message>
    <message>
        <source>Deletes everything in the trash for good, after asking</source>
        <translation>Löscht nach Rückfrage alles im Papierkorb endgültig</translation>
    </message>
    <message>
        <source>Closes the trash</source>
        <translation>Schließt den Papierkorb</translation>
    </message>
    <message>
        <source>Could Not Read the Trash</source>
        <translation>Papierkorb konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>„%1“ ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Remove the item in the trash for good? This cannot be undone.</source>
        <translation>Das Element im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove all %1 items in the trash for good? This cannot be undone.</source>
        <translation>Alle %1 Elemente im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Could Not Empty the Trash</source>
        <translation>Papierkorb konnte nicht geleert werden</translation>
    </message>
    <message>
        <source>Restoring “%1” brings back the partner alone.</source>
        <translation>Beim Wiederherstellen von „%1“ kommt nur der Partner zurück.</translation>
    </message>
    <message>
        <source>Restoring “%1” also brings back %2.</source>
        <translation>Mit „%1“ wird auch Folgendes wiederhergestellt: %2.</translation>
    </message>
    <message>
        <source>“%1” belongs to “%2”, which is in the trash too. Restoring it restores “%2” as well.</source>
        <translation>„%1“ gehört zum Partner „%2“, der ebenfalls im Papierkorb liegt. Beim Wiederherstellen wird „%2“ mit wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring puts “%1” back at “%2”.</source>
        <translation>Beim Wiederherstellen kommt „%1“ wieder zu „%2“.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Ansprechpartner</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 Vereinbarung</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>1 promise</source>
        <translation>1 Zusage</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Ansprechpartner</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 Vereinbarungen</translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>%1 promises</source>
        <translation>%1 Zusagen</translation>
    </message>
    <message>
        <source>“%1” cannot be restored: another partner has that name now. Rename that partner first, then restore again.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Ein anderer Partner trägt jetzt diesen Namen. Benennen Sie zuerst den anderen Partner um, und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Gelöschte Elemente</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Removed for good on</source>
        <translation>Endgültig gelöscht am</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>R&amp;ückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>R&amp;ückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>%1 „%2“ löschen</translation>
    </message>
    <message>
        <source>Restore %1 “%2”</source>
        <translation>%1 „%2“ wiederherstellen</translation>
    </message>
    <message>
        <source>Could Not Undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <source>Could Not Redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>The record was changed in the meantime, so this step can no longer be undone or redone. The undo history was cleared; nothing was changed.</source>
        <translation>Der Datensatz wurde inzwischen geändert, daher kann dieser Schritt nicht mehr rückgängig gemacht oder wiederholt werden. Der Rückgängig-Verlauf wurde geleert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Resolve Misunderstanding “%2”</source>
        <translation>Missverständnis „%2“ klären</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>%1 „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Record Progress for %1 “%2”</source>
        <translation>Fortschritt für %1 „%2“ erfassen</translation>
    </message>
    <message>
        <source>Change State of %1 “%2”</source>
        <translation>Status von %1 „%2“ ändern</translation>
    </message>
    <message>
        <source>Add Promises from %1 “%2”</source>
        <translation>Zusagen aus %1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Record Decision on %1 “%2”</source>
        <translation>Entscheidung zu %1 „%2“ erfassen</translation>
    </message>
    <message>
        <source>Record Notice for %1 “%2”</source>
        <translation>Kündigung für %1 „%2“ erfassen</translation>
    </message>
</context>
<context>
    <name>ViewSwitcher</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Overview, partners, deadlines, costs and timeline; Ctrl+1 to Ctrl+5</source>
        <translation>Übersicht, Partner, Fristen, Kosten und Zeitleiste; Strg+1 bis Strg+5</translation>
    </message>
</context>
</TS>
