<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AfterCallPage</name>
    <message>
        <location filename="../../ui/after_call.py" line="52"/>
        <source>After the call</source>
        <translation>Nach dem Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="82"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="83"/>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="84"/>
        <source>They will call back / follow-up needed</source>
        <translation>Rückruf / Nachfassen nötig</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="85"/>
        <source>Escalated (complaint, ombudsman)</source>
        <translation>Eskaliert (Beschwerde, Ombudsstelle)</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="89"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="92"/>
        <source>T&amp;icket number</source>
        <translation>T&amp;icketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="95"/>
        <source>e.g. invoice, contract=12345</source>
        <translation>z. B. Rechnung, Vertrag=12345</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="96"/>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="100"/>
        <source>What was said and promised, in a few lines</source>
        <translation>Was gesagt und versprochen wurde, in wenigen Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="101"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="103"/>
        <source>Save these &amp;details with the call</source>
        <translation>Diese &amp;Angaben zum Anruf speichern</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../ui/session.py" line="347"/>
        <source>The recording folder was deleted, moved or made read-only: the recording stopped. The audio captured is copied to another folder, named when the call has ended.</source>
        <translation>Der Ordner der Aufnahme wurde gelöscht, verschoben oder schreibgeschützt: Die Aufnahme wurde angehalten. Der aufgenommene Ton wird in einen anderen Ordner kopiert, der nach dem Ende des Anrufs genannt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="353"/>
        <source>The recording reached the 4 GiB a WAV file can hold and stopped. Everything written until then is saved; start a new call to go on.</source>
        <translation>Die Aufnahme hat die 4 GiB erreicht, die eine WAV-Datei fassen kann, und wurde beendet. Alles bis dahin Geschriebene ist gespeichert; beginnen Sie einen neuen Anruf, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="358"/>
        <source>The disk is full or cannot be written: the recording stopped. Everything written until then is saved; free some space before the next call.</source>
        <translation>Der Datenträger ist voll oder nicht beschreibbar: Die Aufnahme wurde beendet. Alles bis dahin Geschriebene ist gespeichert; schaffen Sie vor dem nächsten Anruf Platz.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="409"/>
        <source>The sound stopped (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on other devices to go on in the same recording, or end the call.</source>
        <translation>Der Ton ist ausgefallen (%1). Alles bis dahin Aufgenommene (%2) ist gesichert; im Moment wird nichts aufgenommen. Machen Sie mit anderen Geräten in derselben Aufnahme weiter, oder beenden Sie den Anruf.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="415"/>
        <source>The microphone stopped delivering sound (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on another microphone to go on in the same recording, or end the call.</source>
        <translation>Das Mikrofon liefert keinen Ton mehr (%1). Alles bis dahin Aufgenommene (%2) ist gesichert; im Moment wird nichts aufgenommen. Machen Sie mit einem anderen Mikrofon in derselben Aufnahme weiter, oder beenden Sie den Anruf.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="420"/>
        <source>no sound</source>
        <translation>kein Ton</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="228"/>
        <source>The disk is full: nothing more can be written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Es kann nichts mehr geschrieben werden. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="233"/>
        <source>this folder</source>
        <translation>diesen Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="234"/>
        <source>Témoin may not write to %1 (%2).</source>
        <translation>Témoin darf nicht in %1 schreiben (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="238"/>
        <source>Something went wrong inside Témoin (%1). Your recordings are safe; details were written to the log folder.</source>
        <translation>In Témoin ist ein interner Fehler aufgetreten (%1). Ihre Aufnahmen sind sicher; die Einzelheiten stehen im Protokollordner.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="259"/>
        <source>The audio system (PortAudio) is missing: no microphone can be used.</source>
        <translation>Das Audiosystem (PortAudio) fehlt: Es kann kein Mikrofon verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="263"/>
        <source>The microphone could not be used.</source>
        <translation>Das Mikrofon konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="265"/>
        <source>The library is in use by another Témoin window or command.</source>
        <translation>Die Bibliothek wird von einem anderen Témoin-Fenster oder -Befehl verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="269"/>
        <source>The library&apos;s index is damaged. Your recordings are untouched; it can be rebuilt.</source>
        <translation>Der Index der Bibliothek ist beschädigt. Ihre Aufnahmen sind unversehrt; der Index lässt sich neu aufbauen.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="274"/>
        <source>Témoin cannot read or write where it needs to.</source>
        <translation>Témoin kann dort, wo es nötig ist, nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="278"/>
        <source>This file or value cannot be used.</source>
        <translation>Diese Datei oder dieser Wert kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="280"/>
        <source>The check found a problem.</source>
        <translation>Die Prüfung hat ein Problem gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="285"/>
        <source>%1 Details: %2</source>
        <translation>%1 Einzelheiten: %2</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="405"/>
        <source>A call is being recorded: the list of microphones cannot be refreshed now (asking the audio system would cut the call&apos;s sound). The list shows the microphones as they were; press Refresh again once the call has ended.</source>
        <translation>Ein Anruf wird aufgenommen: Die Liste der Mikrofone kann jetzt nicht aktualisiert werden (das Audiosystem abzufragen, würde den Ton des Anrufs unterbrechen). Die Liste zeigt die Mikrofone, wie sie waren; drücken Sie nach dem Ende des Anrufs erneut auf Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="412"/>
        <source>Témoin cannot ask the audio system for the microphones there are now: one that went away is still held by the sound library. The list shows them as they were. To see the ones there are now, end the call if one is going on, then close Témoin and open it again; what was recorded is kept.</source>
        <translation>Témoin kann das Audiosystem nicht nach den jetzt vorhandenen Mikrofonen fragen: Ein Mikrofon, das verschwunden ist, wird von der Audiobibliothek noch festgehalten. Die Liste zeigt sie, wie sie waren. Um die jetzt vorhandenen zu sehen, beenden Sie einen laufenden Anruf, schliessen Sie dann Témoin und öffnen Sie es wieder; was aufgenommen wurde, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Recording started</source>
        <translation>Aufnahme gestartet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Recording stopped</source>
        <translation>Aufnahme beendet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Announcement</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>They agreed</source>
        <translation>Einverstanden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>They refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Someone new on the line</source>
        <translation>Neue Person am Apparat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Paused (not recording)</source>
        <translation>Pausiert (keine Aufnahme)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Recording resumed</source>
        <translation>Aufnahme fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Microphone lost</source>
        <translation>Mikrofon verloren</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Microphone changed</source>
        <translation>Mikrofon gewechselt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Recording continues (new part)</source>
        <translation>Aufnahme geht weiter (neuer Teil)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Input file unreadable</source>
        <translation>Eingabedatei unlesbar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Audio cut</source>
        <translation>Ton gekürzt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Audio deleted</source>
        <translation>Ton gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Audio dropped (computer too busy)</source>
        <translation>Ton verloren (Computer überlastet)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Audio missing (computer stalled)</source>
        <translation>Audio fehlt (Computer blockiert)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Audio rescued elsewhere (folder deleted or read-only)</source>
        <translation>Audio anderswo gerettet (Ordner gelöscht oder schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="142"/>
        <source>Welcome to Témoin</source>
        <translation>Willkommen bei Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>Témoin records your calls with support lines lawfully: it tells you what to say before recording, keeps the other party&apos;s answer on the recording, and turns the call into evidence you can check. It gives information, not legal advice.</source>
        <translation>Témoin nimmt Ihre Anrufe bei Kundendiensten rechtmässig auf: Es sagt Ihnen, was Sie vor der Aufnahme ansagen, hält die Antwort Ihres Gegenübers auf der Aufnahme fest und macht aus dem Anruf ein überprüfbares Beweismittel. Es gibt Informationen, keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>&amp;Where you live</source>
        <translation>&amp;Wo Sie wohnen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Said in the announcement</source>
        <translation>Wird in der Ansage genannt</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="156"/>
        <source>Speak: the bar should move</source>
        <translation>Sprechen Sie: Der Balken sollte sich bewegen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>No microphone found. You can plug one in later and pick it in Settings.</source>
        <translation>Kein Mikrofon gefunden. Sie können später eines anschliessen und es in den Einstellungen wählen.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/meter.py" line="83"/>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <location filename="../../ui/meter.py" line="113"/>
        <source>Peak %1 dBFS</source>
        <translation>Spitze %1 dBFS</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/library_page.py" line="61"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="62"/>
        <source>Called</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="63"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="64"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="65"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="66"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="69"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="70"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="71"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="72"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="132"/>
        <source>Not assessed</source>
        <translation>Nicht beurteilt</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library_page.py" line="160"/>
        <source>Search calls (name, tag, purpose)…</source>
        <translation>Anrufe suchen (Name, Schlagwort, Zweck)…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="163"/>
        <source>&amp;Verify a bundle…</source>
        <translation>Beweis&amp;paket prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="166"/>
        <source>Check a bundle someone sent you (or drop a .zip on the window)</source>
        <translation>Ein zugesandtes Beweispaket prüfen (oder eine .zip-Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="198"/>
        <source>Select a call to see it here.</source>
        <translation>Wählen Sie einen Anruf, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="210"/>
        <location filename="../../ui/library_page.py" line="437"/>
        <location filename="../../ui/library_page.py" line="472"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="214"/>
        <source>&amp;Export evidence bundle…</source>
        <translation>Beweispaket &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="219"/>
        <source>&amp;Delete the audio…</source>
        <translation>Audio &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="223"/>
        <source>Once the dispute is over, delete the recording&apos;s audio for good. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>Ist der Streit erledigt, löschen Sie die Tonaufnahme endgültig. Zeitablauf, Hashes und Beweiskette bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="233"/>
        <source>Consent events and markers</source>
        <translation>Einwilligungsereignisse und Markierungen</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="289"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="312"/>
        <source>This call could not be loaded.</source>
        <translation>Dieser Anruf konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="320"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="346"/>
        <source>Témoin cannot assess the consent in this call: see the note below.</source>
        <translation>Témoin kann die Einwilligung in diesem Gespräch nicht beurteilen: siehe die Notiz unten.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="350"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="363"/>
        <source>Delete the audio?</source>
        <translation>Audio löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="365"/>
        <source>Delete the audio of %1 for good? This cannot be undone. Export an evidence bundle first if you may still need it. The timeline, the hashes and the chain of custody stay in the library.</source>
        <translation>Die Tonaufnahme von %1 endgültig löschen? Das lässt sich nicht rückgängig machen. Exportieren Sie zuerst ein Beweispaket, falls Sie es noch brauchen könnten. Zeitablauf, Hashes und Beweiskette bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="389"/>
        <source>The audio of %1 is deleted. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>Die Tonaufnahme von %1 ist gelöscht. Zeitablauf, Hashes und Beweiskette bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="409"/>
        <source>Playback failed: %1</source>
        <translation>Wiedergabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="440"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="481"/>
        <source>Export evidence bundle</source>
        <translation>Beweispaket exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="481"/>
        <location filename="../../ui/library_page.py" line="534"/>
        <source>Zip bundle (*.zip)</source>
        <translation>Zip-Paket (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="492"/>
        <source>Exporting the evidence bundle…</source>
        <translation>Beweispaket wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="492"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="495"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="525"/>
        <source>Bundle exported to %1. Send this file as it is: any change breaks its seal.</source>
        <translation>Beweispaket nach %1 exportiert. Senden Sie die Datei unverändert: Jede Änderung bricht ihr Siegel.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="534"/>
        <source>Verify an evidence bundle</source>
        <translation>Beweispaket prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="540"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="550"/>
        <source>%1 is intact: the files and the signature match. The app was interrupted during this call: the audio&apos;s hash was taken at recovery, and the part before the last checkpoint matches the hash taken while recording.</source>
        <translation>%1 ist unversehrt: Dateien und Signatur stimmen überein. Die App wurde während dieses Anrufs unterbrochen: Der Hash der Aufnahme wurde bei der Wiederherstellung berechnet, und der Teil vor dem letzten Kontrollpunkt stimmt mit dem während der Aufnahme berechneten Hash überein.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="557"/>
        <source>%1 is intact: the files, the signature and the hash taken while recording all match.</source>
        <translation>%1 ist unversehrt: Dateien, Signatur und der während der Aufnahme berechnete Hash stimmen überein.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="563"/>
        <source>%1 does NOT verify: %2</source>
        <translation>%1 ist NICHT gültig: %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="572"/>
        <source>Bundle check</source>
        <translation>Paketprüfung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>New call</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Verify a bundle…</source>
        <translation>Beweispaket prüfen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Témoin — not recording</source>
        <translation>Témoin — keine Aufnahme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="312"/>
        <source>%n recording(s) interrupted by a crash or power cut were recovered and are in the library: %1</source>
        <translation>
            <numerusform>%n durch einen Absturz oder Stromausfall unterbrochene Aufnahme wurde wiederhergestellt und ist in der Bibliothek: %1</numerusform>
            <numerusform>%n durch einen Absturz oder Stromausfall unterbrochene Aufnahmen wurden wiederhergestellt und sind in der Bibliothek: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="322"/>
        <source>%n call(s) recorded earlier had not reached the library (it was in use when they ended) and are in it now: %1</source>
        <translation>
            <numerusform>%n früher aufgenommener Anruf war noch nicht in der Bibliothek (sie war bei seinem Ende in Gebrauch) und ist jetzt darin: %1</numerusform>
            <numerusform>%n früher aufgenommene Anrufe waren noch nicht in der Bibliothek (sie war bei ihrem Ende in Gebrauch) und sind jetzt darin: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>‖ PAUSED %1 — Témoin</source>
        <translation>‖ PAUSE %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Témoin — paused, not recording</source>
        <translation>Témoin — pausiert, keine Aufnahme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>⚠ MIC LOST %1 — Témoin</source>
        <translation>⚠ MIKRO WEG %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Témoin — microphone lost, not recording</source>
        <translation>Témoin — Mikrofon verloren, keine Aufnahme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>● REC %1 — Témoin</source>
        <translation>● REC %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Témoin — RECORDING</source>
        <translation>Témoin — AUFNAHME</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Press “I&apos;m reading it now” (Ctrl+L) as you start reading the text above aloud, then click the other party&apos;s answer.</source>
        <translation>Drücken Sie «Ich lese es jetzt vor» (Strg+L), sobald Sie beginnen, den Text oben laut vorzulesen, und klicken Sie dann auf die Antwort Ihres Gegenübers.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Noted: you are reading the text. When they have answered, click their answer.</source>
        <translation>Vermerkt: Sie lesen den Text vor. Wenn Ihr Gegenüber geantwortet hat, klicken Sie auf die Antwort.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>⚠ SOUND LOST %1 — Témoin</source>
        <translation>⚠ TON WEG %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Témoin — sound lost, not recording</source>
        <translation>Témoin — Ton verloren, keine Aufnahme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Continue on other devices…</source>
        <translation>Mit anderen Geräten weiter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513"/>
        <source>Continue on another microphone…</source>
        <translation>Mit einem anderen Mikrofon weiter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>End the call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Recording again, from %1. The audio continues in the same recording; the log notes where the microphone changed.</source>
        <translation>Die Aufnahme läuft wieder, über %1. Der Ton geht in derselben Aufnahme weiter; das Protokoll vermerkt, wo das Mikrofon wechselte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="617"/>
        <source>Someone new is on the line: press “I&apos;m reading it now” (Ctrl+L) as you read the text to them, then click their answer.</source>
        <translation>Eine neue Person ist am Apparat: Drücken Sie «Ich lese es jetzt vor» (Strg+L), während Sie ihr den Text vorlesen, und klicken Sie dann auf ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>They agreed. Nothing was heard from the other party since the announcement, though: check that their answer is on the recording.</source>
        <translation>Einverstanden. Seit der Ankündigung war vom Gegenüber aber nichts zu hören: Prüfen Sie, ob seine Antwort in der Aufnahme ist.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>They agreed. The call is recorded with their consent.</source>
        <translation>Einverstanden. Der Anruf wird mit Einwilligung aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Nothing is recorded now. Resume when the sensitive part is over.</source>
        <translation>Jetzt wird nichts aufgenommen. Setzen Sie fort, wenn der heikle Teil vorbei ist.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>Say now:</source>
        <translation>Sagen Sie jetzt:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>They refused, so the recording stopped and its audio (%1) was deleted, as the rule where you and they are requires. Only the log of what happened (times, the refusal) is kept.</source>
        <translation>Abgelehnt: Die Aufnahme wurde beendet und ihr Ton (%1) gelöscht, wie es die Regel an Ihrem und am Ort Ihres Gegenübers verlangt. Nur das Protokoll des Geschehens (Zeiten, Ablehnung) bleibt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>They refused, so the recording stopped. The part recorded with consent (%1) is kept; the %2 since the new person came on the line was deleted.</source>
        <translation>Abgelehnt: Die Aufnahme wurde beendet. Der mit Einwilligung aufgenommene Teil (%1) bleibt; die %2 seit dem Eintritt der neuen Person wurden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="721"/>
        <source>They refused; the recording stopped.</source>
        <translation>Abgelehnt: Die Aufnahme wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>They withdrew their consent, so the recording stopped. The part recorded while they agreed (%1) is kept; nothing after the withdrawal is.</source>
        <translation>Einwilligung widerrufen: Die Aufnahme wurde beendet. Der Teil, der mit Einwilligung aufgenommen wurde (%1), bleibt; nach dem Widerruf bleibt nichts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>The microphone was lost. Everything recorded until then (%1) is kept.</source>
        <translation>Das Mikrofon ging verloren. Alles bis dahin Aufgenommene (%1) bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>The recording ended early (%1). What was written until then is kept.</source>
        <translation>Die Aufnahme endete vorzeitig (%1). Das bis dahin Geschriebene bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>Recording saved: %1 of audio, sealed with a fingerprint (SHA-256).</source>
        <translation>Aufnahme gespeichert: %1 Ton, versiegelt mit einem Fingerabdruck (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>The microphone was lost during the call and the recording went on from another one: the file holds %1 parts, one after the other, and the log says when each began.</source>
        <translation>Das Mikrofon ging während des Anrufs verloren und die Aufnahme lief über ein anderes weiter: Die Datei enthält %1 Teile nacheinander, und das Protokoll sagt, wann jeder begann.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="805"/>
        <source>The audio (%1) is still on this computer. %2</source>
        <translation>Das Audio (%1) ist noch auf diesem Computer. %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826"/>
        <source>Adding the call to the library…</source>
        <translation>Der Anruf wird in die Bibliothek aufgenommen …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>The call is safe on this computer but not in the library yet: %1 Témoin tries again by itself. If you close Témoin now, the call is added the next time it starts.</source>
        <translation>Der Anruf ist auf diesem Computer sicher gespeichert, aber noch nicht in der Bibliothek: %1 Témoin versucht es selbst erneut. Wenn Sie Témoin jetzt schliessen, wird der Anruf beim nächsten Start aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858"/>
        <source>The call is safe on this computer but could not be added to the library: %1</source>
        <translation>Der Anruf ist auf diesem Computer sicher gespeichert, konnte aber nicht in die Bibliothek aufgenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="879"/>
        <source>The call is in your library. Details added here are saved with it.</source>
        <translation>Der Anruf ist in Ihrer Bibliothek. Was Sie hier ergänzen, wird mit ihm gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="882"/>
        <source>The call is now in your library.</source>
        <translation>Der Anruf ist jetzt in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>The call is in your library.</source>
        <translation>Der Anruf ist in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="938"/>
        <source>A call is being recorded: stop it first (Ctrl+E), then close Témoin.</source>
        <translation>Ein Anruf wird aufgenommen: Beenden Sie ihn zuerst (Strg+E) und schliessen Sie dann Témoin.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Dismiss</source>
        <translation>Schliessen</translation>
    </message>
</context>
<context>
    <name>NewCallPage</name>
    <message>
        <location filename="../../ui/call_setup.py" line="164"/>
        <source>New call</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="175"/>
        <source>&amp;Where you are</source>
        <translation>&amp;Wo Sie sind</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="177"/>
        <source>The other party is in another &amp;country</source>
        <translation>Das Gegenüber ist in einem anderen &amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="186"/>
        <source>Other party&apos;s country</source>
        <translation>Land des Gegenübers</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="197"/>
        <source>Company or person you are calling</source>
        <translation>Firma oder Person, die Sie anrufen</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="199"/>
        <source>&amp;Calling</source>
        <translation>&amp;Anruf bei</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="204"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="213"/>
        <source>Call &amp;language</source>
        <translation>&amp;Sprache des Anrufs</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="224"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="227"/>
        <source>Your voice</source>
        <translation>Ihre Stimme</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="234"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="244"/>
        <source>The other party</source>
        <translation>Das Gegenüber</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="248"/>
        <location filename="../../ui/call_setup.py" line="401"/>
        <source>The other part&amp;y</source>
        <translation>Das &amp;Gegenüber</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="252"/>
        <source>&amp;Test the sound</source>
        <translation>Ton &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="255"/>
        <source>Listen for a few seconds and say whether both sides of the call are heard</source>
        <translation>Einige Sekunden lang zuhören und sagen, ob beide Seiten des Anrufs zu hören sind</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="268"/>
        <source>Before you record</source>
        <translation>Vor der Aufnahme</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="280"/>
        <source>Your name is not set. The announcement must say who is recording: enter your name before the first call.</source>
        <translation>Ihr Name ist nicht eingetragen. Die Ankündigung muss sagen, wer aufnimmt: Geben Sie Ihren Namen vor dem ersten Anruf ein.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="290"/>
        <source>Enter your &amp;name…</source>
        <translation>Ihren &amp;Namen eingeben…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="298"/>
        <source>&amp;Start recording</source>
        <translation>Aufnahme &amp;starten</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="322"/>
        <source>How are you making the call?</source>
        <translation>Wie führen Sie den Anruf?</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="327"/>
        <source>On this comp&amp;uter</source>
        <translation>An diesem &amp;Computer</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="328"/>
        <source>Mobile phone on l&amp;oudspeaker</source>
        <translation>&amp;Handy mit Lautsprecher</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="329"/>
        <source>Mobile phone pa&amp;ired to this computer</source>
        <translation>Handy mit diesem Computer &amp;verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="330"/>
        <source>A phone a&amp;dapter</source>
        <translation>&amp;Ein Telefonadapter</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="377"/>
        <source>A softphone, Teams, WhatsApp or another app on this computer: your microphone and what the computer plays are recorded, each on its own track.</source>
        <translation>Ein Softphone, Teams, WhatsApp oder eine andere App auf diesem Computer: Ihr Mikrofon und was der Computer wiedergibt werden aufgenommen, jedes auf einer eigenen Spur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="381"/>
        <source>Put the phone on loudspeaker, right next to this computer&apos;s microphone: one microphone records both voices, on one track. Without the loudspeaker, the other party is not recorded.</source>
        <translation>Schalten Sie das Telefon auf Lautsprecher und legen Sie es direkt neben das Mikrofon dieses Computers: Ein Mikrofon nimmt beide Stimmen auf, auf einer Spur. Ohne Lautsprecher wird das Gegenüber nicht aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="386"/>
        <source>The phone is connected to this computer (Bluetooth hands-free) and the call is heard through the computer: your microphone and what the computer plays are recorded, each on its own track.</source>
        <translation>Das Telefon ist mit diesem Computer verbunden (Bluetooth-Freisprechen) und der Anruf ist über den Computer zu hören: Ihr Mikrofon und was der Computer wiedergibt werden aufgenommen, jedes auf einer eigenen Spur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="391"/>
        <source>A phone adapter brings the other party&apos;s voice into this computer as a second input: choose it below. Your microphone and that input are recorded, each on its own track.</source>
        <translation>Ein Telefonadapter bringt die Stimme des Gegenübers als zweiten Eingang in diesen Computer: Wählen Sie ihn unten. Ihr Mikrofon und dieser Eingang werden aufgenommen, jedes auf einer eigenen Spur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="401"/>
        <source>Phone &amp;adapter</source>
        <translation>&amp;Telefonadapter</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="418"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Aufnahme starten (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="421"/>
        <source>Enter your name first: the announcement says who is recording, and a call cannot start without it.</source>
        <translation>Geben Sie zuerst Ihren Namen ein: Die Ankündigung sagt, wer aufnimmt, und ohne ihn kann kein Anruf beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="513"/>
        <source>%1 Choose “Mobile phone on loudspeaker” to record with one microphone.</source>
        <translation>%1 Wählen Sie «Handy mit Lautsprecher», um mit einem Mikrofon aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="516"/>
        <source>The sound system lists no microphone. Plug one in, then Refresh.</source>
        <translation>Das Audiosystem listet kein Mikrofon. Schliessen Sie eines an und klicken Sie dann auf Aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="523"/>
        <source>The sound system offers no output whose sound can be recorded. On a Mac, install a loopback driver (such as BlackHole), send the call&apos;s sound to it, and choose it as the other party.</source>
        <translation>Das Audiosystem bietet keinen Ausgang, dessen Ton aufgenommen werden kann. Installieren Sie auf einem Mac einen Loopback-Treiber (etwa BlackHole), leiten Sie den Ton des Anrufs dorthin und wählen Sie ihn als Gegenüber.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="576"/>
        <location filename="../../ui/call_setup.py" line="584"/>
        <location filename="../../ui/call_setup.py" line="621"/>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="591"/>
        <source>Play an audio file instead (demo)…</source>
        <translation>Stattdessen eine Audiodatei abspielen (Demo)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="617"/>
        <source>Choose the loopback input (e.g. BlackHole)…</source>
        <translation>Loopback-Eingang wählen (z. B. BlackHole)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="623"/>
        <source> (input)</source>
        <translation> (Eingang)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="786"/>
        <source>We hear nothing from the other party: start the call, and check that the input chosen for them is connected to the phone or receives the call&apos;s sound.</source>
        <translation>Vom Gegenüber ist nichts zu hören: Starten Sie den Anruf, und prüfen Sie, ob der für das Gegenüber gewählte Eingang mit dem Telefon verbunden ist oder den Ton des Anrufs erhält.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="943"/>
        <source>Choose the input the phone adapter is plugged into.</source>
        <translation>Wählen Sie den Eingang, an dem der Telefonadapter angeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="946"/>
        <source>Choose the loopback input the call&apos;s sound is sent to (such as BlackHole) as the other party: without it, the other party is not recorded.</source>
        <translation>Wählen Sie als Gegenüber den Loopback-Eingang, an den der Ton des Anrufs geleitet wird (etwa BlackHole): Ohne ihn wird Ihr Gegenüber nicht aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="950"/>
        <source>Choose the output the call is heard on.</source>
        <translation>Wählen Sie den Ausgang, über den der Anruf zu hören ist.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="545"/>
        <source>No microphone was found. Plug one in and press Refresh, or play an audio file to try the app.</source>
        <translation>Kein Mikrofon gefunden. Schliessen Sie eines an und klicken Sie auf Aktualisieren, oder spielen Sie eine Audiodatei ab, um die App auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="654"/>
        <source>Audio file to play as the call</source>
        <translation>Audiodatei, die als Anruf abgespielt wird</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="654"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="761"/>
        <source>Listening (%1 s): say something, and let the other party speak.</source>
        <translation>Hört zu (%1 s): Sagen Sie etwas, und lassen Sie das Gegenüber sprechen.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="763"/>
        <source>Listening (%1 s): say something.</source>
        <translation>Hört zu (%1 s): Sagen Sie etwas.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="795"/>
        <source>Both sides are heard: you and the other party.</source>
        <translation>Beide Seiten sind zu hören: Sie und das Gegenüber.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="791"/>
        <source>We hear nothing from the other party: start the call or check the output.</source>
        <translation>Vom Gegenüber ist nichts zu hören: Starten Sie den Anruf oder prüfen Sie den Ausgang.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="798"/>
        <source>We hear nothing from your microphone: check that it is plugged in and not muted.</source>
        <translation>Von Ihrem Mikrofon ist nichts zu hören: Prüfen Sie, ob es angeschlossen und nicht stummgeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="801"/>
        <source>The microphone hears you. Keep the phone on loudspeaker next to it, so that it hears the other party too.</source>
        <translation>Das Mikrofon hört Sie. Lassen Sie das Telefon auf Lautsprecher daneben liegen, damit es auch das Gegenüber hört.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="808"/>
        <source>We hear neither you nor the other party: check the microphone, and start the call or check the output.</source>
        <translation>Weder Sie noch das Gegenüber sind zu hören: Prüfen Sie das Mikrofon, und starten Sie den Anruf oder prüfen Sie den Ausgang.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="901"/>
        <source>No jurisdiction profile is available.</source>
        <translation>Kein Rechtsprofil verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="914"/>
        <source>You are in different countries: the stricter rule applies (%1).</source>
        <translation>Sie sind in verschiedenen Ländern: Es gilt die strengere Regel (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="928"/>
        <source>Say whom you are calling (a company or a name).</source>
        <translation>Geben Sie an, wen Sie anrufen (eine Firma oder einen Namen).</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="937"/>
        <source>Choose a microphone first (or an audio file to play).</source>
        <translation>Wählen Sie zuerst ein Mikrofon (oder eine Audiodatei zum Abspielen).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="342"/>
        <source>The %1 profile is not written in this language: its text is shown in English.</source>
        <translation>Das Profil %1 ist nicht in dieser Sprache verfasst: Sein Text wird auf Englisch angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="347"/>
        <source>The %1 profile is not written in this language: its text is shown in another one.</source>
        <translation>Das Profil %1 ist nicht in dieser Sprache verfasst: Sein Text wird in einer anderen Sprache angezeigt.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../ui/recording_page.py" line="98"/>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="103"/>
        <location filename="../../ui/recording_page.py" line="367"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="106"/>
        <source>Your voice</source>
        <translation>Ihre Stimme</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="107"/>
        <location filename="../../ui/recording_page.py" line="111"/>
        <source>The other party</source>
        <translation>Das Gegenüber</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="120"/>
        <source>⚠  We hear nothing from the other party: check the output.</source>
        <translation>⚠  Vom Gegenüber ist nichts zu hören: Prüfen Sie den Ausgang.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="139"/>
        <source>Read this aloud now:</source>
        <translation>Lesen Sie das jetzt laut vor:</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="160"/>
        <source>I&apos;m &amp;reading it now</source>
        <translation>Ich lese es &amp;jetzt vor</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="176"/>
        <source>They &amp;agreed</source>
        <translation>Das Gegenüber ist &amp;einverstanden</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="178"/>
        <source>They r&amp;efused</source>
        <translation>Das Gegenüber hat a&amp;bgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="181"/>
        <source>Someone &amp;new on the line</source>
        <translation>&amp;Neue Person am Apparat</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="183"/>
        <location filename="../../ui/recording_page.py" line="533"/>
        <source>&amp;Pause (sensitive data)</source>
        <translation>&amp;Pause (heikle Daten)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="185"/>
        <source>S&amp;top recording</source>
        <translation>Aufnahme &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="192"/>
        <source>They &amp;withdrew consent</source>
        <translation>Das Gegenüber hat die Einwilligung &amp;widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="195"/>
        <source>They agreed earlier and now want the recording stopped (Alt+W)</source>
        <translation>Das Gegenüber hatte eingewilligt und will die Aufnahme jetzt beenden (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="212"/>
        <source>What just happened (optional)</source>
        <translation>Was gerade passiert ist (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="213"/>
        <source>Add &amp;marker</source>
        <translation>&amp;Markierung setzen</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="215"/>
        <source>Mark this moment (Ctrl+M)</source>
        <translation>Diesen Moment markieren (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="221"/>
        <source>Marker note</source>
        <translation>Notiz zur Markierung</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="224"/>
        <source>T&amp;icket number</source>
        <translation>T&amp;icketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="229"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="233"/>
        <source>Events so far</source>
        <translation>Bisherige Ereignisse</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="279"/>
        <source>The other party&apos;s sound</source>
        <translation>Der Ton des Gegenübers</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="281"/>
        <source>The other part&amp;y:</source>
        <translation>Das &amp;Gegenüber:</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="313"/>
        <source>Opening the devices…</source>
        <translation>Geräte werden geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="348"/>
        <source>What the computer plays (the default output)</source>
        <translation>Was der Computer wiedergibt (der Standardausgang)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="367"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="373"/>
        <source>The sound was lost: nothing is being recorded now.</source>
        <translation>Der Ton ist weg: Im Moment wird nichts aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="376"/>
        <source>Everything recorded until then is saved. Plug the device back in or choose others, then continue: both voices go on in the same recording.</source>
        <translation>Alles bis dahin Aufgenommene ist gesichert. Stecken Sie das Gerät wieder ein oder wählen Sie andere und machen Sie weiter: Beide Stimmen gehen in derselben Aufnahme weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="380"/>
        <source>&amp;Continue on these devices</source>
        <translation>Mit diesen Geräten &amp;fortfahren</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="383"/>
        <source>The microphone was lost: nothing is being recorded now.</source>
        <translation>Das Mikrofon ist weg: Im Moment wird nichts aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="387"/>
        <source>Everything recorded until then is saved. Plug the microphone back in or choose another one, then continue: the audio goes on in the same recording.</source>
        <translation>Alles bis dahin Aufgenommene ist gesichert. Stecken Sie das Mikrofon wieder ein oder wählen Sie ein anderes und machen Sie weiter: Der Ton geht in derselben Aufnahme weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="267"/>
        <source>Microphone to continue on</source>
        <translation>Mikrofon, mit dem es weitergeht</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="269"/>
        <source>&amp;Use microphone:</source>
        <translation>Mikrofon &amp;wählen:</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="271"/>
        <source>Refre&amp;sh list</source>
        <translation>&amp;Liste aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="391"/>
        <source>&amp;Continue on this microphone</source>
        <translation>Mit diesem Mikrofon &amp;fortfahren</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="291"/>
        <source>En&amp;d the call</source>
        <translation>Anruf been&amp;den</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="321"/>
        <source>Opening the microphone…</source>
        <translation>Mikrofon wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="342"/>
        <location filename="../../ui/recording_page.py" line="421"/>
        <source>The system&apos;s default microphone</source>
        <translation>Standardmikrofon des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="407"/>
        <source>The other party spoke at %1.</source>
        <translation>Das Gegenüber hat bei %1 gesprochen.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="517"/>
        <source>‖  PAUSED — NOT RECORDING</source>
        <translation>‖  PAUSE — KEINE AUFNAHME</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="521"/>
        <source>&amp;Resume recording</source>
        <translation>Aufnahme &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="524"/>
        <source>⚠  SOUND LOST — NOT RECORDING</source>
        <translation>⚠  TON VERLOREN — KEINE AUFNAHME</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="526"/>
        <source>⚠  MICROPHONE LOST — NOT RECORDING</source>
        <translation>⚠  MIKROFON VERLOREN — KEINE AUFNAHME</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="535"/>
        <source>●  RECORDING — waiting for consent</source>
        <translation>●  AUFNAHME — Einwilligung ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="537"/>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="539"/>
        <source>●  RECORDING</source>
        <translation>●  AUFNAHME</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="43"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="54"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>&amp;Library folder</source>
        <translation>&amp;Bibliotheksordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>Your name, as said in the announcement</source>
        <translation>Ihr Name, wie er in der Ansage genannt wird</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="70"/>
        <source>App &amp;language</source>
        <translation>&amp;Sprache der App</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>&amp;Where you usually are</source>
        <translation>&amp;Wo Sie sich meistens aufhalten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Usual call l&amp;anguage</source>
        <translation>Übliche &amp;Anrufsprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="103"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>On this computer</source>
        <translation>An diesem Computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Mobile phone on loudspeaker (one microphone)</source>
        <translation>Handy mit Lautsprecher (ein Mikrofon)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110"/>
        <source>Mobile phone paired to this computer</source>
        <translation>Handy mit diesem Computer verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>A phone adapter</source>
        <translation>Ein Telefonadapter</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="115"/>
        <source>How you usuall&amp;y call</source>
        <translation>So &amp;telefonieren Sie meistens</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="121"/>
        <source>MP3 (plays everywhere)</source>
        <translation>MP3 (überall abspielbar)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Opus (smaller)</source>
        <translation>Opus (kleiner)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>None (original WAV only)</source>
        <translation>Keine (nur Original-WAV)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="125"/>
        <source>Listening &amp;copy in bundles</source>
        <translation>&amp;Hörkopie in Beweispaketen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>Signing key fingerprint</source>
        <translation>Fingerabdruck des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>A new app language applies the next time Témoin starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="151"/>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="177"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>No key yet: one is created at your first export.</source>
        <translation>Noch kein Schlüssel: Er wird beim ersten Export erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="220"/>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228"/>
        <source>The library folder must be a full path.</source>
        <translation>Der Bibliotheksordner muss ein vollständiger Pfad sein.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="244"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="298"/>
        <source>Nothing was heard from the other party during the whole call: there was total silence on “%1”.</source>
        <translation>Vom Gegenüber war während des ganzen Anrufs nichts zu hören: Auf «%1» herrschte völlige Stille.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="304"/>
        <source>Nothing was heard from the other party during the whole call: only a very faint sound on “%1”, too quiet to be a voice.</source>
        <translation>Vom Gegenüber war während des ganzen Anrufs nichts zu hören: Auf «%1» war nur ein sehr leiser Ton, zu leise für eine Stimme.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="311"/>
        <source>Before the next call, check that this input hears the call: if it is a phone adapter, that it is connected to the phone; if it is a loopback input (such as BlackHole), that the call&apos;s sound is sent to it.</source>
        <translation>Prüfen Sie vor dem nächsten Anruf, ob dieser Eingang den Anruf hört: Ist es ein Telefonadapter, ob er mit dem Telefon verbunden ist; ist es ein Loopback-Eingang (etwa BlackHole), ob der Ton des Anrufs dorthin geleitet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="320"/>
        <source>Before the next call, check that the call&apos;s sound goes to the output chosen for the other party, or put the call on loudspeaker.</source>
        <translation>Prüfen Sie vor dem nächsten Anruf, ob der Ton des Anrufs auf dem für das Gegenüber gewählten Ausgang ausgegeben wird, oder schalten Sie den Anruf auf Lautsprecher.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/waveform.py" line="50"/>
        <source>Waveform with consent events and markers</source>
        <translation>Wellenform mit Einwilligungen und Markierungen</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="83"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="85"/>
        <source>Other party</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="86"/>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="125"/>
        <source>No audio</source>
        <translation>Kein Ton</translation>
    </message>
</context>
</TS>
