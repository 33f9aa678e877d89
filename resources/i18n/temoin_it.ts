<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AfterCallPage</name>
    <message>
        <location filename="../../ui/after_call.py" line="52"/>
        <source>After the call</source>
        <translation>Dopo la chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="82"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="83"/>
        <source>Not resolved</source>
        <translation>Non risolto</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="84"/>
        <source>They will call back / follow-up needed</source>
        <translation>Richiameranno / serve un seguito</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="85"/>
        <source>Escalated (complaint, ombudsman)</source>
        <translation>Escalation (reclamo, organo di conciliazione)</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="89"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="92"/>
        <source>T&amp;icket number</source>
        <translation>Numero di t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="95"/>
        <source>e.g. invoice, contract=12345</source>
        <translation>p. es. fattura, contratto=12345</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="96"/>
        <source>&amp;Tags</source>
        <translation>E&amp;tichette</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="100"/>
        <source>What was said and promised, in a few lines</source>
        <translation>Che cosa è stato detto e promesso, in poche righe</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="101"/>
        <source>&amp;Summary</source>
        <translation>&amp;Riassunto</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="103"/>
        <source>Save these &amp;details with the call</source>
        <translation>Salva questi &amp;dettagli con la chiamata</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../ui/session.py" line="347"/>
        <source>The recording folder was deleted, moved or made read-only: the recording stopped. The audio captured is copied to another folder, named when the call has ended.</source>
        <translation>La cartella della registrazione è stata eliminata, spostata o resa di sola lettura: la registrazione si è fermata. L&apos;audio registrato viene copiato in un&apos;altra cartella, indicata alla fine della chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="353"/>
        <source>The recording reached the 4 GiB a WAV file can hold and stopped. Everything written until then is saved; start a new call to go on.</source>
        <translation>La registrazione ha raggiunto i 4 GiB che un file WAV può contenere e si è fermata. Tutto ciò che è stato scritto fino a quel momento è salvato; per continuare, avvii una nuova chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="358"/>
        <source>The disk is full or cannot be written: the recording stopped. Everything written until then is saved; free some space before the next call.</source>
        <translation>Il disco è pieno o non è scrivibile: la registrazione si è fermata. Tutto ciò che è stato scritto fino a quel momento è salvato; liberi spazio prima della prossima chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="409"/>
        <source>The sound stopped (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on other devices to go on in the same recording, or end the call.</source>
        <translation>L&apos;audio si è interrotto (%1). Tutto ciò che è stato registrato fino a quel momento (%2) è salvato; ora non si registra nulla. Continui con altri dispositivi per proseguire nella stessa registrazione, oppure termini la chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="415"/>
        <source>The microphone stopped delivering sound (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on another microphone to go on in the same recording, or end the call.</source>
        <translation>Il microfono non trasmette più suono (%1). Tutto ciò che è stato registrato fino a quel momento (%2) è salvato; ora non si registra nulla. Continui con un altro microfono per proseguire nella stessa registrazione, oppure termini la chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="420"/>
        <source>no sound</source>
        <translation>nessun suono</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="228"/>
        <source>The disk is full: nothing more can be written. Free some space and try again.</source>
        <translation>Il disco è pieno: non si può scrivere più nulla. Liberi spazio e riprovi.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="233"/>
        <source>this folder</source>
        <translation>questa cartella</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="234"/>
        <source>Témoin may not write to %1 (%2).</source>
        <translation>Témoin non ha il permesso di scrivere in %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="238"/>
        <source>Something went wrong inside Témoin (%1). Your recordings are safe; details were written to the log folder.</source>
        <translation>Si è verificato un errore interno in Témoin (%1). Le sue registrazioni sono al sicuro; i dettagli sono stati scritti nella cartella dei log.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="259"/>
        <source>The audio system (PortAudio) is missing: no microphone can be used.</source>
        <translation>Manca il sistema audio (PortAudio): non si può usare nessun microfono.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="263"/>
        <source>The microphone could not be used.</source>
        <translation>Non è stato possibile usare il microfono.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="265"/>
        <source>The library is in use by another Témoin window or command.</source>
        <translation>La biblioteca è in uso da parte di un&apos;altra finestra o di un altro comando di Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="269"/>
        <source>The library&apos;s index is damaged. Your recordings are untouched; it can be rebuilt.</source>
        <translation>L&apos;indice della biblioteca è danneggiato. Le sue registrazioni sono intatte; l&apos;indice può essere ricostruito.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="274"/>
        <source>Témoin cannot read or write where it needs to.</source>
        <translation>Témoin non riesce a leggere o a scrivere dove gli serve.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="278"/>
        <source>This file or value cannot be used.</source>
        <translation>Questo file o questo valore non può essere usato.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="280"/>
        <source>The check found a problem.</source>
        <translation>La verifica ha trovato un problema.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="285"/>
        <source>%1 Details: %2</source>
        <translation>%1 Dettagli: %2</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="405"/>
        <source>A call is being recorded: the list of microphones cannot be refreshed now (asking the audio system would cut the call&apos;s sound). The list shows the microphones as they were; press Refresh again once the call has ended.</source>
        <translation>È in corso la registrazione di una chiamata: l&apos;elenco dei microfoni non può essere aggiornato ora (interrogare il sistema audio interromperebbe l&apos;audio della chiamata). L&apos;elenco mostra i microfoni com&apos;erano; prema di nuovo Aggiorna quando la chiamata sarà terminata.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="412"/>
        <source>Témoin cannot ask the audio system for the microphones there are now: one that went away is still held by the sound library. The list shows them as they were. To see the ones there are now, end the call if one is going on, then close Témoin and open it again; what was recorded is kept.</source>
        <translation>Témoin non può chiedere al sistema audio i microfoni presenti ora: uno che è scomparso è ancora trattenuto dalla libreria audio. L&apos;elenco li mostra com&apos;erano. Per vedere quelli presenti ora, termini la chiamata se ce n&apos;è una in corso, poi chiuda Témoin e lo riapra; ciò che è stato registrato è conservato.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Recording started</source>
        <translation>Registrazione avviata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Recording stopped</source>
        <translation>Registrazione terminata</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Announcement</source>
        <translation>Annuncio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>They agreed</source>
        <translation>L&apos;interlocutore ha accettato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>They refused</source>
        <translation>L&apos;interlocutore ha rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Someone new on the line</source>
        <translation>Nuova persona in linea</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Paused (not recording)</source>
        <translation>In pausa (non registra)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Recording resumed</source>
        <translation>Registrazione ripresa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Consent withdrawn</source>
        <translation>Consenso revocato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Marker</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Microphone lost</source>
        <translation>Microfono perso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Microphone changed</source>
        <translation>Microfono cambiato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Recording continues (new part)</source>
        <translation>La registrazione continua (nuova parte)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Disk full</source>
        <translation>Disco pieno</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Write error</source>
        <translation>Errore di scrittura</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Input file unreadable</source>
        <translation>File di ingresso illeggibile</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Audio cut</source>
        <translation>Audio tagliato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Audio deleted</source>
        <translation>Audio cancellato</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Audio dropped (computer too busy)</source>
        <translation>Audio perso (computer troppo occupato)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Audio missing (computer stalled)</source>
        <translation>Audio mancante (computer bloccato)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Audio rescued elsewhere (folder deleted or read-only)</source>
        <translation>Audio salvato altrove (cartella eliminata o di sola lettura)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="142"/>
        <source>Welcome to Témoin</source>
        <translation>Benvenuti in Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>Témoin records your calls with support lines lawfully: it tells you what to say before recording, keeps the other party&apos;s answer on the recording, and turns the call into evidence you can check. It gives information, not legal advice.</source>
        <translation>Témoin registra legalmente le sue chiamate ai servizi di assistenza: le dice che cosa annunciare prima di registrare, conserva nella registrazione la risposta dell&apos;interlocutore e trasforma la chiamata in una prova verificabile. Fornisce informazioni, non consulenza legale.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>&amp;Where you live</source>
        <translation>&amp;Dove abita</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Your &amp;name</source>
        <translation>Il suo &amp;nome</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Said in the announcement</source>
        <translation>Viene detto nell&apos;annuncio</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Microfono</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="156"/>
        <source>Speak: the bar should move</source>
        <translation>Parli: la barra dovrebbe muoversi</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>No microphone found. You can plug one in later and pick it in Settings.</source>
        <translation>Nessun microfono trovato. Può collegarne uno più tardi e sceglierlo nelle Impostazioni.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/meter.py" line="83"/>
        <source>Input level</source>
        <translation>Livello d&apos;ingresso</translation>
    </message>
    <message>
        <location filename="../../ui/meter.py" line="113"/>
        <source>Peak %1 dBFS</source>
        <translation>Picco %1 dBFS</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/library_page.py" line="61"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="62"/>
        <source>Called</source>
        <translation>Chiamato</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="63"/>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="64"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="65"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="66"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="69"/>
        <source>Support</source>
        <translation>Supporto</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="70"/>
        <source>Order</source>
        <translation>Ordinazione</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="71"/>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="72"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="132"/>
        <source>Not assessed</source>
        <translation>Non valutato</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library_page.py" line="160"/>
        <source>Search calls (name, tag, purpose)…</source>
        <translation>Cerca chiamate (nome, etichetta, scopo)…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="163"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Verifica un pacchetto di prova…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="166"/>
        <source>Check a bundle someone sent you (or drop a .zip on the window)</source>
        <translation>Verificare un pacchetto ricevuto da qualcuno (o trascinare un .zip sulla finestra)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="198"/>
        <source>Select a call to see it here.</source>
        <translation>Selezioni una chiamata per vederla qui.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="210"/>
        <location filename="../../ui/library_page.py" line="437"/>
        <location filename="../../ui/library_page.py" line="472"/>
        <source>&amp;Play</source>
        <translation>&amp;Riproduci</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="214"/>
        <source>&amp;Export evidence bundle…</source>
        <translation>&amp;Esporta il pacchetto di prova…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="219"/>
        <source>&amp;Delete the audio…</source>
        <translation>&amp;Cancella l&apos;audio…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="223"/>
        <source>Once the dispute is over, delete the recording&apos;s audio for good. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>Una volta chiusa la controversia, cancelli definitivamente l&apos;audio della registrazione. La cronologia, le impronte e la catena di custodia restano nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="233"/>
        <source>Consent events and markers</source>
        <translation>Eventi di consenso e segnalibri</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="289"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="312"/>
        <source>This call could not be loaded.</source>
        <translation>Non è stato possibile caricare questa chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="320"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="346"/>
        <source>Témoin cannot assess the consent in this call: see the note below.</source>
        <translation>Témoin non può valutare il consenso in questa chiamata: veda la nota qui sotto.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="350"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="363"/>
        <source>Delete the audio?</source>
        <translation>Cancellare l&apos;audio?</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="365"/>
        <source>Delete the audio of %1 for good? This cannot be undone. Export an evidence bundle first if you may still need it. The timeline, the hashes and the chain of custody stay in the library.</source>
        <translation>Cancellare definitivamente l&apos;audio di %1? L&apos;operazione è irreversibile. Se potrebbe ancora servirle, esporti prima un pacchetto di prova. La cronologia, le impronte e la catena di custodia restano nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="389"/>
        <source>The audio of %1 is deleted. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>L&apos;audio di %1 è stato cancellato. La cronologia, le impronte e la catena di custodia restano nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="409"/>
        <source>Playback failed: %1</source>
        <translation>Riproduzione non riuscita: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="440"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="481"/>
        <source>Export evidence bundle</source>
        <translation>Esporta il pacchetto di prova</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="481"/>
        <location filename="../../ui/library_page.py" line="534"/>
        <source>Zip bundle (*.zip)</source>
        <translation>Pacchetto zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="492"/>
        <source>Exporting the evidence bundle…</source>
        <translation>Esportazione del pacchetto di prova…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="492"/>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="495"/>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="525"/>
        <source>Bundle exported to %1. Send this file as it is: any change breaks its seal.</source>
        <translation>Pacchetto esportato in %1. Invii questo file così com&apos;è: qualsiasi modifica ne rompe il sigillo.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="534"/>
        <source>Verify an evidence bundle</source>
        <translation>Verificare un pacchetto di prova</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="540"/>
        <source>Checking %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="550"/>
        <source>%1 is intact: the files and the signature match. The app was interrupted during this call: the audio&apos;s hash was taken at recovery, and the part before the last checkpoint matches the hash taken while recording.</source>
        <translation>%1 è intatto: i file e la firma corrispondono. L&apos;app è stata interrotta durante questa chiamata: l&apos;impronta dell&apos;audio è stata calcolata al ripristino, e la parte precedente all&apos;ultimo punto di controllo corrisponde all&apos;impronta calcolata durante la registrazione.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="557"/>
        <source>%1 is intact: the files, the signature and the hash taken while recording all match.</source>
        <translation>%1 è intatto: i file, la firma e l&apos;impronta calcolata durante la registrazione corrispondono.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="563"/>
        <source>%1 does NOT verify: %2</source>
        <translation>%1 NON supera la verifica: %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="572"/>
        <source>Bundle check</source>
        <translation>Verifica del pacchetto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>New call</source>
        <translation>Nuova chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Verify a bundle…</source>
        <translation>Verifica un pacchetto di prova…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Témoin — not recording</source>
        <translation>Témoin — nessuna registrazione in corso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="312"/>
        <source>%n recording(s) interrupted by a crash or power cut were recovered and are in the library: %1</source>
        <translation>
            <numerusform>%n registrazione interrotta da un arresto anomalo o da un&apos;interruzione di corrente è stata recuperata e si trova nella biblioteca: %1</numerusform>
            <numerusform>%n registrazioni interrotte da un arresto anomalo o da un&apos;interruzione di corrente sono state recuperate e si trovano nella biblioteca: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="322"/>
        <source>%n call(s) recorded earlier had not reached the library (it was in use when they ended) and are in it now: %1</source>
        <translation>
            <numerusform>%n chiamata registrata in precedenza non era ancora nella biblioteca (era in uso quando è terminata); ora vi si trova: %1</numerusform>
            <numerusform>%n chiamate registrate in precedenza non erano ancora nella biblioteca (era in uso quando sono terminate); ora vi si trovano: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>‖ PAUSED %1 — Témoin</source>
        <translation>‖ PAUSA %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Témoin — paused, not recording</source>
        <translation>Témoin — in pausa, nessuna registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>⚠ MIC LOST %1 — Témoin</source>
        <translation>⚠ MICROFONO PERSO %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Témoin — microphone lost, not recording</source>
        <translation>Témoin — microfono perso, nessuna registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>● REC %1 — Témoin</source>
        <translation>● REC %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Témoin — RECORDING</source>
        <translation>Témoin — REGISTRAZIONE IN CORSO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Press “I&apos;m reading it now” (Ctrl+L) as you start reading the text above aloud, then click the other party&apos;s answer.</source>
        <translation>Prema «Lo sto leggendo ora» (Ctrl+L) nel momento in cui comincia a leggere ad alta voce il testo qui sopra, poi clicchi sulla risposta dell&apos;interlocutore.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Noted: you are reading the text. When they have answered, click their answer.</source>
        <translation>Annotato: sta leggendo il testo. Quando l&apos;interlocutore ha risposto, clicchi sulla risposta ricevuta.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>⚠ SOUND LOST %1 — Témoin</source>
        <translation>⚠ AUDIO PERSO %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Témoin — sound lost, not recording</source>
        <translation>Témoin — audio perso, nessuna registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Continue on other devices…</source>
        <translation>Continua con altri dispositivi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513"/>
        <source>Continue on another microphone…</source>
        <translation>Continua con un altro microfono…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>End the call</source>
        <translation>Termina la chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Recording again, from %1. The audio continues in the same recording; the log notes where the microphone changed.</source>
        <translation>Di nuovo in registrazione, da %1. L&apos;audio continua nella stessa registrazione; il registro annota dove è cambiato il microfono.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="617"/>
        <source>Someone new is on the line: press “I&apos;m reading it now” (Ctrl+L) as you read the text to them, then click their answer.</source>
        <translation>Una nuova persona è in linea: prema «Lo sto leggendo ora» (Ctrl+L) mentre legge il testo a questa persona, poi clicchi sulla risposta ricevuta.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>They agreed. Nothing was heard from the other party since the announcement, though: check that their answer is on the recording.</source>
        <translation>L&apos;interlocutore ha accettato. Dall&apos;annuncio però non si è sentito nulla dall&apos;interlocutore: verifichi che la sua risposta sia nella registrazione.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>They agreed. The call is recorded with their consent.</source>
        <translation>L&apos;interlocutore ha accettato. La chiamata viene registrata con il consenso dell&apos;interlocutore.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Nothing is recorded now. Resume when the sensitive part is over.</source>
        <translation>Ora non si registra nulla. Riprenda quando la parte delicata è finita.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>Say now:</source>
        <translation>Dica ora:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>They refused, so the recording stopped and its audio (%1) was deleted, as the rule where you and they are requires. Only the log of what happened (times, the refusal) is kept.</source>
        <translation>L&apos;interlocutore ha rifiutato: la registrazione si è fermata e l&apos;audio registrato (%1) è stato cancellato, come esige la regola del luogo in cui si trovano lei e l&apos;interlocutore. Si conserva solo il registro di ciò che è successo (orari, rifiuto).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>They refused, so the recording stopped. The part recorded with consent (%1) is kept; the %2 since the new person came on the line was deleted.</source>
        <translation>La nuova persona in linea ha rifiutato: la registrazione si è fermata. La parte registrata con consenso (%1) è conservata; la parte di %2 registrata dopo l&apos;arrivo della nuova persona è stata cancellata.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="721"/>
        <source>They refused; the recording stopped.</source>
        <translation>L&apos;interlocutore ha rifiutato: la registrazione si è fermata.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>They withdrew their consent, so the recording stopped. The part recorded while they agreed (%1) is kept; nothing after the withdrawal is.</source>
        <translation>L&apos;interlocutore ha revocato il consenso: la registrazione si è fermata. La parte registrata mentre l&apos;interlocutore era d&apos;accordo (%1) è conservata; di ciò che segue la revoca non si conserva nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>The microphone was lost. Everything recorded until then (%1) is kept.</source>
        <translation>Il microfono è stato perso. Tutto ciò che è stato registrato fino a quel momento (%1) è conservato.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>The recording ended early (%1). What was written until then is kept.</source>
        <translation>La registrazione è terminata prima del previsto (%1). Ciò che è stato scritto fino a quel momento è conservato.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>Recording saved: %1 of audio, sealed with a fingerprint (SHA-256).</source>
        <translation>Registrazione salvata: %1 di audio, sigillata con un&apos;impronta (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>The microphone was lost during the call and the recording went on from another one: the file holds %1 parts, one after the other, and the log says when each began.</source>
        <translation>Il microfono è stato perso durante la chiamata e la registrazione è proseguita con un altro: il file contiene %1 parti, una dopo l&apos;altra, e il registro indica quando è iniziata ciascuna.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="805"/>
        <source>The audio (%1) is still on this computer. %2</source>
        <translation>L&apos;audio (%1) è ancora su questo computer. %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826"/>
        <source>Adding the call to the library…</source>
        <translation>Aggiunta della chiamata alla biblioteca…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>The call is safe on this computer but not in the library yet: %1 Témoin tries again by itself. If you close Témoin now, the call is added the next time it starts.</source>
        <translation>La chiamata è al sicuro su questo computer, ma non ancora nella biblioteca: %1 Témoin riprova da solo. Se chiude Témoin ora, la chiamata verrà aggiunta al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858"/>
        <source>The call is safe on this computer but could not be added to the library: %1</source>
        <translation>La chiamata è al sicuro su questo computer, ma non è stato possibile aggiungerla alla biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="879"/>
        <source>The call is in your library. Details added here are saved with it.</source>
        <translation>La chiamata è nella sua biblioteca. I dettagli aggiunti qui vengono salvati con essa.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="882"/>
        <source>The call is now in your library.</source>
        <translation>La chiamata è ora nella sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>The call is in your library.</source>
        <translation>La chiamata è nella sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="938"/>
        <source>A call is being recorded: stop it first (Ctrl+E), then close Témoin.</source>
        <translation>È in corso la registrazione di una chiamata: la fermi prima (Ctrl+E), poi chiuda Témoin.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>NewCallPage</name>
    <message>
        <location filename="../../ui/call_setup.py" line="164"/>
        <source>New call</source>
        <translation>Nuova chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="175"/>
        <source>&amp;Where you are</source>
        <translation>&amp;Dove si trova</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="177"/>
        <source>The other party is in another &amp;country</source>
        <translation>L&apos;interlocutore è in un altro &amp;paese</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="186"/>
        <source>Other party&apos;s country</source>
        <translation>Paese dell&apos;interlocutore</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="197"/>
        <source>Company or person you are calling</source>
        <translation>Azienda o persona chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="199"/>
        <source>&amp;Calling</source>
        <translation>&amp;Chiamata a</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="204"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Scopo</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="213"/>
        <source>Call &amp;language</source>
        <translation>&amp;Lingua della chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="224"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="227"/>
        <source>Your voice</source>
        <translation>La sua voce</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="234"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Microfono</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="244"/>
        <source>The other party</source>
        <translation>L&apos;interlocutore</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="248"/>
        <location filename="../../ui/call_setup.py" line="401"/>
        <source>The other part&amp;y</source>
        <translation>L&apos;&amp;interlocutore</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="252"/>
        <source>&amp;Test the sound</source>
        <translation>Pr&amp;ova l&apos;audio</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="255"/>
        <source>Listen for a few seconds and say whether both sides of the call are heard</source>
        <translation>Ascoltare per qualche secondo e dire se si sentono entrambe le parti della chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="268"/>
        <source>Before you record</source>
        <translation>Prima di registrare</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="280"/>
        <source>Your name is not set. The announcement must say who is recording: enter your name before the first call.</source>
        <translation>Il suo nome non è impostato. L&apos;annuncio deve dire chi registra: inserisca il suo nome prima della prima chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="290"/>
        <source>Enter your &amp;name…</source>
        <translation>Inserisca il suo &amp;nome…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="298"/>
        <source>&amp;Start recording</source>
        <translation>&amp;Avvia la registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="322"/>
        <source>How are you making the call?</source>
        <translation>Come effettua la chiamata?</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="327"/>
        <source>On this comp&amp;uter</source>
        <translation>Su q&amp;uesto computer</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="328"/>
        <source>Mobile phone on l&amp;oudspeaker</source>
        <translation>Cellulare in &amp;vivavoce</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="329"/>
        <source>Mobile phone pa&amp;ired to this computer</source>
        <translation>Cellulare a&amp;bbinato a questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="330"/>
        <source>A phone a&amp;dapter</source>
        <translation>Un adattato&amp;re telefonico</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="377"/>
        <source>A softphone, Teams, WhatsApp or another app on this computer: your microphone and what the computer plays are recorded, each on its own track.</source>
        <translation>Un softphone, Teams, WhatsApp o un&apos;altra app su questo computer: il suo microfono e ciò che il computer riproduce vengono registrati, ciascuno sulla propria traccia.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="381"/>
        <source>Put the phone on loudspeaker, right next to this computer&apos;s microphone: one microphone records both voices, on one track. Without the loudspeaker, the other party is not recorded.</source>
        <translation>Metta il telefono in vivavoce, proprio accanto al microfono di questo computer: un solo microfono registra entrambe le voci, su una sola traccia. Senza vivavoce, l&apos;interlocutore non viene registrato.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="386"/>
        <source>The phone is connected to this computer (Bluetooth hands-free) and the call is heard through the computer: your microphone and what the computer plays are recorded, each on its own track.</source>
        <translation>Il telefono è collegato a questo computer (vivavoce Bluetooth) e la chiamata si sente dal computer: il suo microfono e ciò che il computer riproduce vengono registrati, ciascuno sulla propria traccia.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="391"/>
        <source>A phone adapter brings the other party&apos;s voice into this computer as a second input: choose it below. Your microphone and that input are recorded, each on its own track.</source>
        <translation>Un adattatore telefonico porta la voce dell&apos;interlocutore in questo computer come secondo ingresso: lo scelga qui sotto. Il suo microfono e quell&apos;ingresso vengono registrati, ciascuno sulla propria traccia.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="401"/>
        <source>Phone &amp;adapter</source>
        <translation>Adattatore &amp;telefonico</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="418"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Avvia la registrazione (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="421"/>
        <source>Enter your name first: the announcement says who is recording, and a call cannot start without it.</source>
        <translation>Inserisca prima il suo nome: l&apos;annuncio dice chi registra e senza di esso una chiamata non può iniziare.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="513"/>
        <source>%1 Choose “Mobile phone on loudspeaker” to record with one microphone.</source>
        <translation>%1 Scelga «Cellulare in vivavoce» per registrare con un solo microfono.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="516"/>
        <source>The sound system lists no microphone. Plug one in, then Refresh.</source>
        <translation>Il sistema audio non elenca alcun microfono. Ne colleghi uno, poi prema Aggiorna.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="523"/>
        <source>The sound system offers no output whose sound can be recorded. On a Mac, install a loopback driver (such as BlackHole), send the call&apos;s sound to it, and choose it as the other party.</source>
        <translation>Il sistema audio non offre alcuna uscita il cui suono si possa registrare. Su un Mac, installi un driver di loopback (come BlackHole), vi invii il suono della chiamata e lo scelga come interlocutore.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="576"/>
        <location filename="../../ui/call_setup.py" line="584"/>
        <location filename="../../ui/call_setup.py" line="621"/>
        <source> (default)</source>
        <translation> (predefinito)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="591"/>
        <source>Play an audio file instead (demo)…</source>
        <translation>Riproduci invece un file audio (demo)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="617"/>
        <source>Choose the loopback input (e.g. BlackHole)…</source>
        <translation>Scelga l&apos;ingresso di loopback (ad es. BlackHole)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="623"/>
        <source> (input)</source>
        <translation> (ingresso)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="786"/>
        <source>We hear nothing from the other party: start the call, and check that the input chosen for them is connected to the phone or receives the call&apos;s sound.</source>
        <translation>Non sentiamo nulla dall’interlocutore: avvii la chiamata e verifichi che l’ingresso scelto per l’interlocutore sia collegato al telefono o riceva l’audio della chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="943"/>
        <source>Choose the input the phone adapter is plugged into.</source>
        <translation>Scelga l&apos;ingresso a cui è collegato l&apos;adattatore telefonico.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="946"/>
        <source>Choose the loopback input the call&apos;s sound is sent to (such as BlackHole) as the other party: without it, the other party is not recorded.</source>
        <translation>Scelga come interlocutore l&apos;ingresso di loopback a cui è inviato il suono della chiamata (come BlackHole): senza di esso, l&apos;interlocutore non viene registrato.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="950"/>
        <source>Choose the output the call is heard on.</source>
        <translation>Scelga l&apos;uscita da cui si sente la chiamata.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="545"/>
        <source>No microphone was found. Plug one in and press Refresh, or play an audio file to try the app.</source>
        <translation>Nessun microfono trovato. Ne colleghi uno e prema Aggiorna, oppure riproduca un file audio per provare l&apos;app.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="654"/>
        <source>Audio file to play as the call</source>
        <translation>File audio da riprodurre come chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="654"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="761"/>
        <source>Listening (%1 s): say something, and let the other party speak.</source>
        <translation>In ascolto (%1 s): dica qualcosa e lasci parlare l&apos;interlocutore.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="763"/>
        <source>Listening (%1 s): say something.</source>
        <translation>In ascolto (%1 s): dica qualcosa.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="795"/>
        <source>Both sides are heard: you and the other party.</source>
        <translation>Si sentono entrambe le parti: lei e l&apos;interlocutore.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="791"/>
        <source>We hear nothing from the other party: start the call or check the output.</source>
        <translation>Non si sente nulla dall&apos;interlocutore: avvii la chiamata o controlli l&apos;uscita.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="798"/>
        <source>We hear nothing from your microphone: check that it is plugged in and not muted.</source>
        <translation>Non si sente nulla dal suo microfono: verifichi che sia collegato e non silenziato.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="801"/>
        <source>The microphone hears you. Keep the phone on loudspeaker next to it, so that it hears the other party too.</source>
        <translation>Il microfono la sente. Tenga il telefono in vivavoce accanto al microfono, perché senta anche l&apos;interlocutore.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="808"/>
        <source>We hear neither you nor the other party: check the microphone, and start the call or check the output.</source>
        <translation>Non si sentono né lei né l&apos;interlocutore: controlli il microfono, e avvii la chiamata o controlli l&apos;uscita.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="901"/>
        <source>No jurisdiction profile is available.</source>
        <translation>Nessun profilo giuridico disponibile.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="914"/>
        <source>You are in different countries: the stricter rule applies (%1).</source>
        <translation>Vi trovate in paesi diversi: si applica la regola più severa (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="928"/>
        <source>Say whom you are calling (a company or a name).</source>
        <translation>Indichi a chi è diretta la chiamata (un&apos;azienda o un nome).</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="937"/>
        <source>Choose a microphone first (or an audio file to play).</source>
        <translation>Scelga prima un microfono (o un file audio da riprodurre).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="342"/>
        <source>The %1 profile is not written in this language: its text is shown in English.</source>
        <translation>Il profilo %1 non è redatto in questa lingua: il testo del profilo è mostrato in inglese.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="347"/>
        <source>The %1 profile is not written in this language: its text is shown in another one.</source>
        <translation>Il profilo %1 non è redatto in questa lingua: il testo del profilo è mostrato in un&apos;altra lingua.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../ui/recording_page.py" line="98"/>
        <source>Elapsed time</source>
        <translation>Tempo trascorso</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="103"/>
        <location filename="../../ui/recording_page.py" line="367"/>
        <source>You</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="106"/>
        <source>Your voice</source>
        <translation>La sua voce</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="107"/>
        <location filename="../../ui/recording_page.py" line="111"/>
        <source>The other party</source>
        <translation>L&apos;interlocutore</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="120"/>
        <source>⚠  We hear nothing from the other party: check the output.</source>
        <translation>⚠  Non si sente nulla dall&apos;interlocutore: controlli l&apos;uscita.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="139"/>
        <source>Read this aloud now:</source>
        <translation>Legga ora ad alta voce:</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="160"/>
        <source>I&apos;m &amp;reading it now</source>
        <translation>Lo sto &amp;leggendo ora</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="176"/>
        <source>They &amp;agreed</source>
        <translation>L&apos;interlocutore ha &amp;accettato</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="178"/>
        <source>They r&amp;efused</source>
        <translation>L&apos;interlocutore ha &amp;rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="181"/>
        <source>Someone &amp;new on the line</source>
        <translation>&amp;Nuova persona in linea</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="183"/>
        <location filename="../../ui/recording_page.py" line="533"/>
        <source>&amp;Pause (sensitive data)</source>
        <translation>&amp;Pausa (dati sensibili)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="185"/>
        <source>S&amp;top recording</source>
        <translation>&amp;Ferma la registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="192"/>
        <source>They &amp;withdrew consent</source>
        <translation>L&apos;interlocutore ha re&amp;vocato il consenso</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="195"/>
        <source>They agreed earlier and now want the recording stopped (Alt+W)</source>
        <translation>L&apos;interlocutore aveva accettato e ora vuole che la registrazione si fermi (Alt+V)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="212"/>
        <source>What just happened (optional)</source>
        <translation>Che cosa è appena successo (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="213"/>
        <source>Add &amp;marker</source>
        <translation>Aggiungi &amp;segnalibro</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="215"/>
        <source>Mark this moment (Ctrl+M)</source>
        <translation>Segna questo momento (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="221"/>
        <source>Marker note</source>
        <translation>Nota del segnalibro</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="224"/>
        <source>T&amp;icket number</source>
        <translation>Numero di t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="229"/>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="233"/>
        <source>Events so far</source>
        <translation>Eventi finora</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="279"/>
        <source>The other party&apos;s sound</source>
        <translation>L&apos;audio dell&apos;interlocutore</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="281"/>
        <source>The other part&amp;y:</source>
        <translation>Au&amp;dio dell&apos;interlocutore:</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="313"/>
        <source>Opening the devices…</source>
        <translation>Apertura dei dispositivi…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="348"/>
        <source>What the computer plays (the default output)</source>
        <translation>Ciò che il computer riproduce (l&apos;uscita predefinita)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="367"/>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="373"/>
        <source>The sound was lost: nothing is being recorded now.</source>
        <translation>L&apos;audio è stato perso: ora non si registra nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="376"/>
        <source>Everything recorded until then is saved. Plug the device back in or choose others, then continue: both voices go on in the same recording.</source>
        <translation>Tutto ciò che è stato registrato fino a quel momento è salvato. Ricolleghi il dispositivo o ne scelga altri, poi continui: entrambe le voci proseguono nella stessa registrazione.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="380"/>
        <source>&amp;Continue on these devices</source>
        <translation>&amp;Continua con questi dispositivi</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="383"/>
        <source>The microphone was lost: nothing is being recorded now.</source>
        <translation>Il microfono è stato perso: ora non si registra nulla.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="387"/>
        <source>Everything recorded until then is saved. Plug the microphone back in or choose another one, then continue: the audio goes on in the same recording.</source>
        <translation>Tutto ciò che è stato registrato fino a quel momento è salvato. Ricolleghi il microfono o ne scelga un altro, poi continui: l&apos;audio prosegue nella stessa registrazione.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="267"/>
        <source>Microphone to continue on</source>
        <translation>Microfono con cui continuare</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="269"/>
        <source>&amp;Use microphone:</source>
        <translation>&amp;Usa il microfono:</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="271"/>
        <source>Refre&amp;sh list</source>
        <translation>A&amp;ggiorna l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="391"/>
        <source>&amp;Continue on this microphone</source>
        <translation>&amp;Continua con questo microfono</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="291"/>
        <source>En&amp;d the call</source>
        <translation>&amp;Termina la chiamata</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="321"/>
        <source>Opening the microphone…</source>
        <translation>Apertura del microfono…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="342"/>
        <location filename="../../ui/recording_page.py" line="421"/>
        <source>The system&apos;s default microphone</source>
        <translation>Il microfono predefinito del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="407"/>
        <source>The other party spoke at %1.</source>
        <translation>L&apos;interlocutore ha parlato a %1.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="517"/>
        <source>‖  PAUSED — NOT RECORDING</source>
        <translation>‖  PAUSA — NESSUNA REGISTRAZIONE</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="521"/>
        <source>&amp;Resume recording</source>
        <translation>Ri&amp;prendi la registrazione</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="524"/>
        <source>⚠  SOUND LOST — NOT RECORDING</source>
        <translation>⚠  AUDIO PERSO — NESSUNA REGISTRAZIONE</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="526"/>
        <source>⚠  MICROPHONE LOST — NOT RECORDING</source>
        <translation>⚠  MICROFONO PERSO — NESSUNA REGISTRAZIONE</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="535"/>
        <source>●  RECORDING — waiting for consent</source>
        <translation>●  REGISTRAZIONE — in attesa del consenso</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="537"/>
        <source>Stopping…</source>
        <translation>Arresto in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="539"/>
        <source>●  RECORDING</source>
        <translation>●  REGISTRAZIONE</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="43"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="54"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>&amp;Library folder</source>
        <translation>Cartella della &amp;biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>Your name, as said in the announcement</source>
        <translation>Il suo nome, come viene detto nell&apos;annuncio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Your &amp;name</source>
        <translation>Il suo &amp;nome</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="70"/>
        <source>App &amp;language</source>
        <translation>&amp;Lingua dell&apos;app</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>&amp;Where you usually are</source>
        <translation>&amp;Dove si trova di solito</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Usual call l&amp;anguage</source>
        <translation>Lingua &amp;abituale delle chiamate</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="103"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Microfono</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>On this computer</source>
        <translation>Su questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Mobile phone on loudspeaker (one microphone)</source>
        <translation>Cellulare in vivavoce (un solo microfono)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110"/>
        <source>Mobile phone paired to this computer</source>
        <translation>Cellulare abbinato a questo computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>A phone adapter</source>
        <translation>Un adattatore telefonico</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="115"/>
        <source>How you usuall&amp;y call</source>
        <translation>Come telefona di s&amp;olito</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="121"/>
        <source>MP3 (plays everywhere)</source>
        <translation>MP3 (riproducibile ovunque)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Opus (smaller)</source>
        <translation>Opus (più piccolo)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>None (original WAV only)</source>
        <translation>Nessuna (solo il WAV originale)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="125"/>
        <source>Listening &amp;copy in bundles</source>
        <translation>&amp;Copia d&apos;ascolto nei pacchetti</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>Signing key fingerprint</source>
        <translation>Impronta della chiave di firma</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>&amp;Save settings</source>
        <translation>Sal&amp;va le impostazioni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>A new app language applies the next time Témoin starts.</source>
        <translation>La nuova lingua dell&apos;app si applica al prossimo avvio di Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="151"/>
        <source>Library folder</source>
        <translation>Cartella della biblioteca</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="177"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>No key yet: one is created at your first export.</source>
        <translation>Nessuna chiave per ora: viene creata alla prima esportazione.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="220"/>
        <source>%1 (not connected)</source>
        <translation>%1 (non collegato)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228"/>
        <source>The library folder must be a full path.</source>
        <translation>La cartella della biblioteca deve essere un percorso completo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="244"/>
        <source>Settings saved.</source>
        <translation>Impostazioni salvate.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="298"/>
        <source>Nothing was heard from the other party during the whole call: there was total silence on “%1”.</source>
        <translation>Dall&apos;interlocutore non si è sentito nulla per tutta la chiamata: silenzio totale su «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="304"/>
        <source>Nothing was heard from the other party during the whole call: only a very faint sound on “%1”, too quiet to be a voice.</source>
        <translation>Dall&apos;interlocutore non si è sentito nulla per tutta la chiamata: solo un suono debolissimo su «%1», troppo debole per essere una voce.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="311"/>
        <source>Before the next call, check that this input hears the call: if it is a phone adapter, that it is connected to the phone; if it is a loopback input (such as BlackHole), that the call&apos;s sound is sent to it.</source>
        <translation>Prima della prossima chiamata, controlli che questo ingresso senta la chiamata: se è un adattatore telefonico, che sia collegato al telefono; se è un ingresso di loopback (come BlackHole), che l&apos;audio della chiamata vi sia inviato.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="320"/>
        <source>Before the next call, check that the call&apos;s sound goes to the output chosen for the other party, or put the call on loudspeaker.</source>
        <translation>Prima della prossima chiamata, controlli che l&apos;audio della chiamata esca dall&apos;uscita scelta per l&apos;interlocutore, oppure metta la chiamata in vivavoce.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/waveform.py" line="50"/>
        <source>Waveform with consent events and markers</source>
        <translation>Forma d&apos;onda con eventi di consenso e segnalibri</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="83"/>
        <source>You</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="85"/>
        <source>Other party</source>
        <translation>Interlocutore</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="86"/>
        <source>Channel %1</source>
        <translation>Canale %1</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="125"/>
        <source>No audio</source>
        <translation>Nessun audio</translation>
    </message>
</context>
</TS>
