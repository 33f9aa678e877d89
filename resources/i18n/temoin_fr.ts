<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AfterCallPage</name>
    <message>
        <location filename="../../ui/after_call.py" line="50"/>
        <source>After the call</source>
        <translation>Après l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="69"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="70"/>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="71"/>
        <source>They will call back / follow-up needed</source>
        <translation>Ils rappellent / suite nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="72"/>
        <source>Escalated (complaint, ombudsman)</source>
        <translation>Escaladé (réclamation, médiateur)</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="76"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="79"/>
        <source>T&amp;icket number</source>
        <translation>Numéro de t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="82"/>
        <source>e.g. invoice, contract=12345</source>
        <translation>p. ex. facture, contrat=12345</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="83"/>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="87"/>
        <source>What was said and promised, in a few lines</source>
        <translation>Ce qui a été dit et promis, en quelques lignes</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="88"/>
        <source>&amp;Summary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="90"/>
        <source>Save these &amp;details with the call</source>
        <translation>Enregistrer ces &amp;détails avec l&apos;appel</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../ui/session.py" line="256"/>
        <source>The recording folder was deleted, moved or made read-only: the recording stopped. The audio captured is copied to another folder, named when the call has ended.</source>
        <translation>Le dossier de l&apos;enregistrement a été supprimé, déplacé ou mis en lecture seule : l&apos;enregistrement s&apos;est arrêté. L&apos;audio capté est copié dans un autre dossier, indiqué à la fin de l&apos;appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="262"/>
        <source>The recording reached the 4 GiB a WAV file can hold and stopped. Everything written until then is saved; start a new call to go on.</source>
        <translation>L&apos;enregistrement a atteint les 4 Gio qu&apos;un fichier WAV peut contenir et s&apos;est arrêté. Tout ce qui a été écrit jusque-là est conservé ; commencez un nouvel appel pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="267"/>
        <source>The disk is full or cannot be written: the recording stopped. Everything written until then is saved; free some space before the next call.</source>
        <translation>Le disque est plein ou ne peut pas être écrit : l&apos;enregistrement s&apos;est arrêté. Tout ce qui a été écrit jusque-là est conservé ; libérez de la place avant le prochain appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="297"/>
        <source>The microphone stopped delivering sound (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on another microphone to go on in the same recording, or end the call.</source>
        <translation>Le micro ne transmet plus de son (%1). Tout ce qui a été enregistré jusque-là (%2) est sauvegardé ; rien n&apos;est enregistré pour l&apos;instant. Continuez sur un autre micro pour poursuivre le même enregistrement, ou mettez fin à l&apos;appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="302"/>
        <source>no sound</source>
        <translation>aucun son</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="257"/>
        <source>The disk is full: nothing more can be written. Free some space and try again.</source>
        <translation>Le disque est plein : plus rien ne peut être écrit. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="262"/>
        <source>this folder</source>
        <translation>ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="263"/>
        <source>Témoin may not write to %1 (%2).</source>
        <translation>Témoin n&apos;a pas le droit d&apos;écrire dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="267"/>
        <source>Something went wrong inside Témoin (%1). Your recordings are safe; details were written to the log folder.</source>
        <translation>Une erreur interne s&apos;est produite dans Témoin (%1). Vos enregistrements ne sont pas touchés ; les détails sont dans le dossier des journaux.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="288"/>
        <source>The audio system (PortAudio) is missing: no microphone can be used.</source>
        <translation>Le système audio (PortAudio) est absent : aucun micro ne peut être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="292"/>
        <source>The microphone could not be used.</source>
        <translation>Le micro n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="294"/>
        <source>The library is in use by another Témoin window or command.</source>
        <translation>La bibliothèque est utilisée par une autre fenêtre ou commande Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="298"/>
        <source>The library&apos;s index is damaged. Your recordings are untouched; it can be rebuilt.</source>
        <translation>L&apos;index de la bibliothèque est endommagé. Vos enregistrements sont intacts ; l&apos;index peut être reconstruit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="303"/>
        <source>Témoin cannot read or write where it needs to.</source>
        <translation>Témoin ne peut pas lire ou écrire là où il en a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="307"/>
        <source>This file or value cannot be used.</source>
        <translation>Ce fichier ou cette valeur ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="309"/>
        <source>The check found a problem.</source>
        <translation>La vérification a trouvé un problème.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="314"/>
        <source>%1 Details: %2</source>
        <translation>%1 Détails : %2</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="537"/>
        <source>A call is being recorded: the list of microphones cannot be refreshed now (asking the audio system would cut the call&apos;s sound). The list shows the microphones as they were; press Refresh again once the call has ended.</source>
        <translation>Un appel est en cours d&apos;enregistrement : la liste des micros ne peut pas être actualisée maintenant (interroger le système audio couperait le son de l&apos;appel). La liste montre les micros tels qu&apos;ils étaient ; appuyez de nouveau sur Actualiser une fois l&apos;appel terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="544"/>
        <source>Témoin cannot ask the audio system for the microphones there are now: one that went away is still held by the sound library. The list shows them as they were. To see the ones there are now, end the call if one is going on, then close Témoin and open it again; what was recorded is kept.</source>
        <translation>Témoin ne peut pas demander au système audio les micros présents maintenant : un micro qui a disparu est encore tenu par la bibliothèque audio. La liste les montre tels qu&apos;ils étaient. Pour voir ceux qui sont là maintenant, terminez l&apos;appel s&apos;il y en a un en cours, puis fermez Témoin et rouvrez-le ; ce qui a été enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Recording started</source>
        <translation>Début de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Recording stopped</source>
        <translation>Fin de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>They agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>They refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Someone new on the line</source>
        <translation>Nouvelle personne en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Paused (not recording)</source>
        <translation>En pause (pas d&apos;enregistrement)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Recording resumed</source>
        <translation>Enregistrement repris</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Microphone lost</source>
        <translation>Micro perdu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Microphone changed</source>
        <translation>Micro changé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Recording continues (new part)</source>
        <translation>L&apos;enregistrement continue (nouvelle partie)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Write error</source>
        <translation>Erreur d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Input file unreadable</source>
        <translation>Fichier source illisible</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Audio cut</source>
        <translation>Audio coupé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Audio deleted</source>
        <translation>Audio effacé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Audio dropped (computer too busy)</source>
        <translation>Audio perdu (ordinateur trop occupé)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Audio missing (computer stalled)</source>
        <translation>Audio manquant (ordinateur bloqué)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Audio rescued elsewhere (folder deleted or read-only)</source>
        <translation>Audio sauvé ailleurs (dossier supprimé ou en lecture seule)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>Welcome to Témoin</source>
        <translation>Bienvenue dans Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="144"/>
        <source>Témoin records your calls with support lines lawfully: it tells you what to say before recording, keeps the other party&apos;s answer on the recording, and turns the call into evidence you can check. It gives information, not legal advice.</source>
        <translation>Témoin enregistre légalement vos appels aux services clients : il vous dit quoi annoncer avant d&apos;enregistrer, garde la réponse de votre interlocuteur sur l&apos;enregistrement et fait de l&apos;appel une preuve vérifiable. Il donne des informations, pas un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="150"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>&amp;Where you live</source>
        <translation>&amp;Où vous habitez</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Said in the announcement</source>
        <translation>Dit dans l&apos;annonce</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>Speak: the bar should move</source>
        <translation>Parlez : la barre doit bouger</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="160"/>
        <source>No microphone found. You can plug one in later and pick it in Settings.</source>
        <translation>Aucun micro trouvé. Vous pourrez en brancher un plus tard et le choisir dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/meter.py" line="53"/>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../ui/meter.py" line="79"/>
        <source>Peak %1 dBFS</source>
        <translation>Crête %1 dBFS</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/library_page.py" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="61"/>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="62"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="63"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="64"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="65"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="68"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="69"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="70"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="71"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="131"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library_page.py" line="159"/>
        <source>Search calls (name, tag, purpose)…</source>
        <translation>Chercher un appel (nom, étiquette, objet)…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="162"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Vérifier un dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="165"/>
        <source>Check a bundle someone sent you (or drop a .zip on the window)</source>
        <translation>Vérifier un dossier qu&apos;on vous a envoyé (ou déposer un .zip sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="197"/>
        <source>Select a call to see it here.</source>
        <translation>Choisissez un appel pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="209"/>
        <location filename="../../ui/library_page.py" line="432"/>
        <location filename="../../ui/library_page.py" line="467"/>
        <source>&amp;Play</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="213"/>
        <source>&amp;Export evidence bundle…</source>
        <translation>&amp;Exporter le dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="218"/>
        <source>&amp;Delete the audio…</source>
        <translation>&amp;Supprimer l&apos;audio…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="222"/>
        <source>Once the dispute is over, delete the recording&apos;s audio for good. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>Une fois le litige terminé, supprimez définitivement l&apos;audio de l&apos;enregistrement. Sa chronologie, ses empreintes et sa chaîne de conservation restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="232"/>
        <source>Consent events and markers</source>
        <translation>Événements de consentement et repères</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="288"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="307"/>
        <source>This call could not be loaded.</source>
        <translation>Cet appel n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="315"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="341"/>
        <source>Témoin cannot assess the consent in this call: see the note below.</source>
        <translation>Témoin ne peut pas évaluer le consentement de cet appel : voir la note ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="345"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="358"/>
        <source>Delete the audio?</source>
        <translation>Supprimer l&apos;audio ?</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="360"/>
        <source>Delete the audio of %1 for good? This cannot be undone. Export an evidence bundle first if you may still need it. The timeline, the hashes and the chain of custody stay in the library.</source>
        <translation>Supprimer définitivement l&apos;audio de %1 ? C&apos;est irréversible. Exportez d&apos;abord un dossier de preuve si vous pourriez encore en avoir besoin. La chronologie, les empreintes et la chaîne de conservation restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="384"/>
        <source>The audio of %1 is deleted. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>L&apos;audio de %1 est supprimé. Sa chronologie, ses empreintes et sa chaîne de conservation restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="404"/>
        <source>Playback failed: %1</source>
        <translation>La lecture a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="435"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="476"/>
        <source>Export evidence bundle</source>
        <translation>Exporter le dossier de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="476"/>
        <location filename="../../ui/library_page.py" line="529"/>
        <source>Zip bundle (*.zip)</source>
        <translation>Dossier zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="487"/>
        <source>Exporting the evidence bundle…</source>
        <translation>Export du dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="487"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="490"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="520"/>
        <source>Bundle exported to %1. Send this file as it is: any change breaks its seal.</source>
        <translation>Dossier exporté dans %1. Transmettez ce fichier tel quel : toute modification brise son sceau.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="529"/>
        <source>Verify an evidence bundle</source>
        <translation>Vérifier un dossier de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="535"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="545"/>
        <source>%1 is intact: the files and the signature match. The app was interrupted during this call: the audio&apos;s hash was taken at recovery, and the part before the last checkpoint matches the hash taken while recording.</source>
        <translation>%1 est intact : les fichiers et la signature concordent. L&apos;application a été interrompue pendant cet appel : l&apos;empreinte de l&apos;audio a été calculée à la récupération, et la partie antérieure au dernier point de contrôle correspond à l&apos;empreinte calculée pendant l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="552"/>
        <source>%1 is intact: the files, the signature and the hash taken while recording all match.</source>
        <translation>%1 est intact : les fichiers, la signature et l&apos;empreinte prise pendant l&apos;enregistrement concordent.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="558"/>
        <source>%1 does NOT verify: %2</source>
        <translation>%1 n&apos;est PAS vérifié : %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="567"/>
        <source>Bundle check</source>
        <translation>Vérification du dossier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Verify a bundle…</source>
        <translation>Vérifier un dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Témoin — not recording</source>
        <translation>Témoin — pas d&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="304"/>
        <source>%n recording(s) interrupted by a crash or power cut were recovered and are in the library: %1</source>
        <translation>
            <numerusform>%n enregistrement interrompu par un plantage ou une coupure de courant a été récupéré et se trouve dans la bibliothèque : %1</numerusform>
            <numerusform>%n enregistrements interrompus par un plantage ou une coupure de courant ont été récupérés et se trouvent dans la bibliothèque : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="314"/>
        <source>%n call(s) recorded earlier had not reached the library (it was in use when they ended) and are in it now: %1</source>
        <translation>
            <numerusform>%n appel enregistré plus tôt n&apos;était pas dans la bibliothèque (elle était utilisée à la fin de l&apos;appel) ; il y est maintenant : %1</numerusform>
            <numerusform>%n appels enregistrés plus tôt n&apos;étaient pas dans la bibliothèque (elle était utilisée à la fin des appels) ; ils y sont maintenant : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>‖ PAUSED %1 — Témoin</source>
        <translation>‖ PAUSE %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Témoin — paused, not recording</source>
        <translation>Témoin — en pause, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>⚠ MIC LOST %1 — Témoin</source>
        <translation>⚠ MICRO PERDU %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Témoin — microphone lost, not recording</source>
        <translation>Témoin — micro perdu, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>● REC %1 — Témoin</source>
        <translation>● REC %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Témoin — RECORDING</source>
        <translation>Témoin — ENREGISTREMENT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Press “I&apos;m reading it now” (Ctrl+L) as you start reading the text above aloud, then click the other party&apos;s answer.</source>
        <translation>Appuyez sur « Je le lis maintenant » (Ctrl+L) au moment où vous commencez à lire le texte ci-dessus à voix haute, puis cliquez sur la réponse de votre interlocuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Noted: you are reading the text. When they have answered, click their answer.</source>
        <translation>C&apos;est noté : vous lisez le texte. Quand la personne a répondu, cliquez sur sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>Continue on another microphone…</source>
        <translation>Continuer sur un autre micro…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>End the call</source>
        <translation>Mettre fin à l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="527"/>
        <source>Recording again, from %1. The audio continues in the same recording; the log notes where the microphone changed.</source>
        <translation>L&apos;enregistrement reprend, depuis %1. Le son continue dans le même enregistrement ; le journal note où le micro a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Someone new is on the line: press “I&apos;m reading it now” (Ctrl+L) as you read the text to them, then click their answer.</source>
        <translation>Une nouvelle personne est en ligne : appuyez sur « Je le lis maintenant » (Ctrl+L) en lui lisant le texte, puis cliquez sur sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="586"/>
        <source>They agreed. The call is recorded with their consent.</source>
        <translation>Accord donné. L&apos;appel est enregistré avec son consentement.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>Nothing is recorded now. Resume when the sensitive part is over.</source>
        <translation>Rien n&apos;est enregistré maintenant. Reprenez quand la partie sensible est terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630"/>
        <location filename="../../ui/main_window.py" line="658"/>
        <source>Say now:</source>
        <translation>Dites maintenant :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>They refused, so the recording stopped and its audio (%1) was deleted, as the rule where you and they are requires. Only the log of what happened (times, the refusal) is kept.</source>
        <translation>Refus : l&apos;enregistrement s&apos;est arrêté et son audio (%1) a été effacé, comme l&apos;exige la règle applicable chez vous et chez votre interlocuteur. Seul le journal de ce qui s&apos;est passé (heures, refus) est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>They refused, so the recording stopped. The part recorded with consent (%1) is kept; the %2 since the new person came on the line was deleted.</source>
        <translation>Refus : l&apos;enregistrement s&apos;est arrêté. La partie enregistrée avec consentement (%1) est conservée ; les %2 depuis l&apos;arrivée de la nouvelle personne ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>They refused; the recording stopped.</source>
        <translation>Refus : l&apos;enregistrement s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>They withdrew their consent, so the recording stopped. The part recorded while they agreed (%1) is kept; nothing after the withdrawal is.</source>
        <translation>Consentement retiré : l&apos;enregistrement s&apos;est arrêté. La partie enregistrée avec son accord (%1) est conservée ; rien de ce qui suit le retrait ne l&apos;est.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="672"/>
        <source>The microphone was lost. Everything recorded until then (%1) is kept.</source>
        <translation>Le micro a été perdu. Tout ce qui a été enregistré jusque-là (%1) est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>The recording ended early (%1). What was written until then is kept.</source>
        <translation>L&apos;enregistrement s&apos;est terminé plus tôt (%1). Ce qui a été écrit jusque-là est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688"/>
        <source>Recording saved: %1 of audio, sealed with a fingerprint (SHA-256).</source>
        <translation>Enregistrement conservé : %1 d&apos;audio, scellé par une empreinte (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="702"/>
        <source>The microphone was lost during the call and the recording went on from another one: the file holds %1 parts, one after the other, and the log says when each began.</source>
        <translation>Le micro a été perdu pendant l&apos;appel et l&apos;enregistrement a continué sur un autre : le fichier contient %1 parties, l&apos;une après l&apos;autre, et le journal indique quand chacune a commencé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="736"/>
        <source>The audio (%1) is still on this computer. %2</source>
        <translation>L&apos;audio (%1) est toujours sur cet ordinateur. %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <source>Adding the call to the library…</source>
        <translation>Ajout de l&apos;appel à la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="782"/>
        <source>The call is safe on this computer but not in the library yet: %1 Témoin tries again by itself. If you close Témoin now, the call is added the next time it starts.</source>
        <translation>L&apos;appel est en sécurité sur cet ordinateur, mais pas encore dans la bibliothèque : %1 Témoin réessaie tout seul. Si vous fermez Témoin maintenant, l&apos;appel y sera ajouté au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="789"/>
        <source>The call is safe on this computer but could not be added to the library: %1</source>
        <translation>L&apos;appel est en sécurité sur cet ordinateur, mais n&apos;a pas pu être ajouté à la bibliothèque : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="810"/>
        <source>The call is in your library. Details added here are saved with it.</source>
        <translation>L&apos;appel est dans votre bibliothèque. Les détails ajoutés ici sont enregistrés avec lui.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="813"/>
        <source>The call is now in your library.</source>
        <translation>L&apos;appel est maintenant dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="848"/>
        <source>The call is in your library.</source>
        <translation>L&apos;appel est dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="869"/>
        <source>A call is being recorded: stop it first (Ctrl+E), then close Témoin.</source>
        <translation>Un appel est en cours d&apos;enregistrement : arrêtez-le d&apos;abord (Ctrl+E), puis fermez Témoin.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NewCallPage</name>
    <message>
        <location filename="../../ui/call_setup.py" line="80"/>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="91"/>
        <source>&amp;Where you are</source>
        <translation>&amp;Où vous êtes</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="93"/>
        <source>The other party is in another &amp;country</source>
        <translation>L&apos;interlocuteur est dans un autre &amp;pays</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="102"/>
        <source>Other party&apos;s country</source>
        <translation>Pays de l&apos;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="113"/>
        <source>Company or person you are calling</source>
        <translation>Entreprise ou personne que vous appelez</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="115"/>
        <source>&amp;Calling</source>
        <translation>&amp;Appel à</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="120"/>
        <source>&amp;Purpose</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="129"/>
        <source>Call &amp;language</source>
        <translation>&amp;Langue de l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="138"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="147"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="149"/>
        <source>Before you record</source>
        <translation>Avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="161"/>
        <source>Your name is not set. The announcement must say who is recording: enter your name before the first call.</source>
        <translation>Votre nom n&apos;est pas renseigné. L&apos;annonce doit dire qui enregistre : indiquez votre nom avant le premier appel.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="171"/>
        <source>Enter your &amp;name…</source>
        <translation>Saisir votre &amp;nom…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="179"/>
        <source>&amp;Start recording</source>
        <translation>&amp;Démarrer l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="207"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Démarrer l&apos;enregistrement (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="210"/>
        <source>Enter your name first: the announcement says who is recording, and a call cannot start without it.</source>
        <translation>Indiquez d&apos;abord votre nom : l&apos;annonce dit qui enregistre, et un appel ne peut pas commencer sans lui.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="272"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="274"/>
        <source>Play an audio file instead (demo)…</source>
        <translation>Lire un fichier audio à la place (démo)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="290"/>
        <source>No microphone was found. Plug one in and press Refresh, or play an audio file to try the app.</source>
        <translation>Aucun micro trouvé. Branchez-en un et cliquez Actualiser, ou lisez un fichier audio pour essayer l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="312"/>
        <source>Audio file to play as the call</source>
        <translation>Fichier audio à lire comme appel</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="312"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="412"/>
        <source>No jurisdiction profile is available.</source>
        <translation>Aucun profil juridique n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="425"/>
        <source>You are in different countries: the stricter rule applies (%1).</source>
        <translation>Vous êtes dans des pays différents : la règle la plus stricte s&apos;applique, ici celle de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="439"/>
        <source>Say whom you are calling (a company or a name).</source>
        <translation>Indiquez qui vous appelez (une entreprise ou un nom).</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="444"/>
        <source>Choose a microphone first (or an audio file to play).</source>
        <translation>Choisissez d&apos;abord un micro (ou un fichier audio à lire).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="387"/>
        <source>The %1 profile is not written in this language: its text is shown in English.</source>
        <translation>Le profil %1 n&apos;est pas rédigé dans cette langue : son texte est affiché en anglais.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="392"/>
        <source>The %1 profile is not written in this language: its text is shown in another one.</source>
        <translation>Le profil %1 n&apos;est pas rédigé dans cette langue : son texte est affiché dans une autre langue.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../ui/recording_page.py" line="90"/>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="105"/>
        <source>Read this aloud now:</source>
        <translation>Lisez ceci à voix haute maintenant :</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="126"/>
        <source>I&apos;m &amp;reading it now</source>
        <translation>Je le &amp;lis maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="136"/>
        <source>They &amp;agreed</source>
        <translation>Il a &amp;accepté</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="138"/>
        <source>They r&amp;efused</source>
        <translation>Il a r&amp;efusé</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="141"/>
        <source>Someone &amp;new on the line</source>
        <translation>Quelqu&apos;un de &amp;nouveau en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="143"/>
        <location filename="../../ui/recording_page.py" line="377"/>
        <source>&amp;Pause (sensitive data)</source>
        <translation>&amp;Pause (données sensibles)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="145"/>
        <source>S&amp;top recording</source>
        <translation>Arrê&amp;ter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="152"/>
        <source>They &amp;withdrew consent</source>
        <translation>Il a retiré son &amp;consentement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="155"/>
        <source>They agreed earlier and now want the recording stopped (Alt+W)</source>
        <translation>Il avait accepté et veut maintenant que l&apos;enregistrement s&apos;arrête (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="172"/>
        <source>What just happened (optional)</source>
        <translation>Ce qui vient de se passer (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="173"/>
        <source>Add &amp;marker</source>
        <translation>Ajouter un &amp;repère</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="175"/>
        <source>Mark this moment (Ctrl+M)</source>
        <translation>Marquer ce moment (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="181"/>
        <source>Marker note</source>
        <translation>Note du repère</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="184"/>
        <source>T&amp;icket number</source>
        <translation>Numéro de t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="189"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="193"/>
        <source>Events so far</source>
        <translation>Événements jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="213"/>
        <source>The microphone was lost: nothing is being recorded now.</source>
        <translation>Le micro a été perdu : rien n&apos;est enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="219"/>
        <source>Everything recorded until then is saved. Plug the microphone back in or choose another one, then continue: the audio goes on in the same recording.</source>
        <translation>Tout ce qui a été enregistré jusque-là est sauvegardé. Rebranchez le micro ou choisissez-en un autre, puis continuez : le son se poursuit dans le même enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="231"/>
        <source>Microphone to continue on</source>
        <translation>Micro sur lequel continuer</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="233"/>
        <source>&amp;Use microphone:</source>
        <translation>Micro à &amp;utiliser :</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="235"/>
        <source>Refre&amp;sh list</source>
        <translation>Actualiser la li&amp;ste</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="241"/>
        <source>&amp;Continue on this microphone</source>
        <translation>&amp;Continuer sur ce micro</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="246"/>
        <source>En&amp;d the call</source>
        <translation>Mettre &amp;fin à l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="265"/>
        <source>Opening the microphone…</source>
        <translation>Ouverture du micro…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="279"/>
        <source>The system&apos;s default microphone</source>
        <translation>Le micro par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="365"/>
        <source>‖  PAUSED — NOT RECORDING</source>
        <translation>‖  PAUSE — RIEN N&apos;EST ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="369"/>
        <source>&amp;Resume recording</source>
        <translation>&amp;Reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="371"/>
        <source>⚠  MICROPHONE LOST — NOT RECORDING</source>
        <translation>⚠  MICRO PERDU — RIEN N&apos;EST ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="379"/>
        <source>●  RECORDING — waiting for consent</source>
        <translation>●  ENREGISTREMENT — en attente du consentement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="381"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="383"/>
        <source>●  RECORDING</source>
        <translation>●  ENREGISTREMENT</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="42"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="58"/>
        <source>&amp;Library folder</source>
        <translation>Dossier de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="62"/>
        <source>Your name, as said in the announcement</source>
        <translation>Votre nom, tel que dit dans l&apos;annonce</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="69"/>
        <source>App &amp;language</source>
        <translation>&amp;Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="74"/>
        <source>&amp;Where you usually are</source>
        <translation>&amp;Où vous êtes d&apos;habitude</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82"/>
        <source>Usual call l&amp;anguage</source>
        <translation>L&amp;angue habituelle des appels</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="102"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="106"/>
        <source>MP3 (plays everywhere)</source>
        <translation>MP3 (lisible partout)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="107"/>
        <source>Opus (smaller)</source>
        <translation>Opus (plus petit)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>None (original WAV only)</source>
        <translation>Aucune (WAV original seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110"/>
        <source>Listening &amp;copy in bundles</source>
        <translation>&amp;Copie d&apos;écoute dans les dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="118"/>
        <source>Signing key fingerprint</source>
        <translation>Empreinte de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="120"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="124"/>
        <source>A new app language applies the next time Témoin starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="136"/>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="161"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="171"/>
        <source>No key yet: one is created at your first export.</source>
        <translation>Pas encore de clé : elle est créée à votre premier export.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="198"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="204"/>
        <source>%1 (not connected)</source>
        <translation>%1 (non branché)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="212"/>
        <source>The library folder must be a full path.</source>
        <translation>Le dossier de la bibliothèque doit être un chemin complet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="227"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../ui/waveform.py" line="50"/>
        <source>Waveform with consent events and markers</source>
        <translation>Forme d&apos;onde avec consentements et repères</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="83"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="85"/>
        <source>Other party</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="86"/>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <location filename="../../ui/waveform.py" line="125"/>
        <source>No audio</source>
        <translation>Pas d&apos;audio</translation>
    </message>
</context>
</TS>
