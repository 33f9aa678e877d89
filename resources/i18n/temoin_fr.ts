<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AfterCallPage</name>
    <message>
        <location filename="../../ui/after_call.py" line="52"/>
        <source>After the call</source>
        <translation>Après l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="82"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="83"/>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="84"/>
        <source>They will call back / follow-up needed</source>
        <translation>Ils rappellent / suite nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="85"/>
        <source>Escalated (complaint, ombudsman)</source>
        <translation>Escaladé (réclamation, médiateur)</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="89"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="92"/>
        <source>T&amp;icket number</source>
        <translation>Numéro de t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="95"/>
        <source>e.g. invoice, contract=12345</source>
        <translation>p. ex. facture, contrat=12345</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="96"/>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="100"/>
        <source>What was said and promised, in a few lines</source>
        <translation>Ce qui a été dit et promis, en quelques lignes</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="101"/>
        <source>&amp;Summary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <location filename="../../ui/after_call.py" line="103"/>
        <source>Save these &amp;details with the call</source>
        <translation>Enregistrer ces &amp;détails avec l&apos;appel</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../../ui/session.py" line="347"/>
        <source>The recording folder was deleted, moved or made read-only: the recording stopped. The audio captured is copied to another folder, named when the call has ended.</source>
        <translation>Le dossier de l&apos;enregistrement a été supprimé, déplacé ou mis en lecture seule : l&apos;enregistrement s&apos;est arrêté. L&apos;audio capté est copié dans un autre dossier, indiqué à la fin de l&apos;appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="353"/>
        <source>The recording reached the 4 GiB a WAV file can hold and stopped. Everything written until then is saved; start a new call to go on.</source>
        <translation>L&apos;enregistrement a atteint les 4 Gio qu&apos;un fichier WAV peut contenir et s&apos;est arrêté. Tout ce qui a été écrit jusque-là est conservé ; commencez un nouvel appel pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="358"/>
        <source>The disk is full or cannot be written: the recording stopped. Everything written until then is saved; free some space before the next call.</source>
        <translation>Le disque est plein ou ne peut pas être écrit : l&apos;enregistrement s&apos;est arrêté. Tout ce qui a été écrit jusque-là est conservé ; libérez de la place avant le prochain appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="409"/>
        <source>The sound stopped (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on other devices to go on in the same recording, or end the call.</source>
        <translation>Le son s&apos;est interrompu (%1). Tout ce qui a été enregistré jusque-là (%2) est sauvegardé ; rien n&apos;est enregistré pour l&apos;instant. Continuez sur d&apos;autres appareils pour poursuivre le même enregistrement, ou mettez fin à l&apos;appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="415"/>
        <source>The microphone stopped delivering sound (%1). Everything recorded until then (%2) is saved; nothing is being recorded now. Continue on another microphone to go on in the same recording, or end the call.</source>
        <translation>Le micro ne transmet plus de son (%1). Tout ce qui a été enregistré jusque-là (%2) est sauvegardé ; rien n&apos;est enregistré pour l&apos;instant. Continuez sur un autre micro pour poursuivre le même enregistrement, ou mettez fin à l&apos;appel.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="420"/>
        <source>no sound</source>
        <translation>aucun son</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="228"/>
        <source>The disk is full: nothing more can be written. Free some space and try again.</source>
        <translation>Le disque est plein : plus rien ne peut être écrit. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="233"/>
        <source>this folder</source>
        <translation>ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="234"/>
        <source>Témoin may not write to %1 (%2).</source>
        <translation>Témoin n&apos;a pas le droit d&apos;écrire dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="238"/>
        <source>Something went wrong inside Témoin (%1). Your recordings are safe; details were written to the log folder.</source>
        <translation>Une erreur interne s&apos;est produite dans Témoin (%1). Vos enregistrements ne sont pas touchés ; les détails sont dans le dossier des journaux.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="259"/>
        <source>The audio system (PortAudio) is missing: no microphone can be used.</source>
        <translation>Le système audio (PortAudio) est absent : aucun micro ne peut être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="263"/>
        <source>The microphone could not be used.</source>
        <translation>Le micro n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="265"/>
        <source>The library is in use by another Témoin window or command.</source>
        <translation>La bibliothèque est utilisée par une autre fenêtre ou commande Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="269"/>
        <source>The library&apos;s index is damaged. Your recordings are untouched; it can be rebuilt.</source>
        <translation>L&apos;index de la bibliothèque est endommagé. Vos enregistrements sont intacts ; l&apos;index peut être reconstruit.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="274"/>
        <source>Témoin cannot read or write where it needs to.</source>
        <translation>Témoin ne peut pas lire ou écrire là où il en a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="278"/>
        <source>This file or value cannot be used.</source>
        <translation>Ce fichier ou cette valeur ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="280"/>
        <source>The check found a problem.</source>
        <translation>La vérification a trouvé un problème.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="285"/>
        <source>%1 Details: %2</source>
        <translation>%1 Détails : %2</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="405"/>
        <source>A call is being recorded: the list of microphones cannot be refreshed now (asking the audio system would cut the call&apos;s sound). The list shows the microphones as they were; press Refresh again once the call has ended.</source>
        <translation>Un appel est en cours d&apos;enregistrement : la liste des micros ne peut pas être actualisée maintenant (interroger le système audio couperait le son de l&apos;appel). La liste montre les micros tels qu&apos;ils étaient ; appuyez de nouveau sur Actualiser une fois l&apos;appel terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="412"/>
        <source>Témoin cannot ask the audio system for the microphones there are now: one that went away is still held by the sound library. The list shows them as they were. To see the ones there are now, end the call if one is going on, then close Témoin and open it again; what was recorded is kept.</source>
        <translation>Témoin ne peut pas demander au système audio les micros présents maintenant : un micro qui a disparu est encore tenu par la bibliothèque audio. La liste les montre tels qu&apos;ils étaient. Pour voir ceux qui sont là maintenant, terminez l&apos;appel s&apos;il y en a un en cours, puis fermez Témoin et rouvrez-le ; ce qui a été enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Recording started</source>
        <translation>Début de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Recording stopped</source>
        <translation>Fin de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>They agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>They refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Someone new on the line</source>
        <translation>Nouvelle personne en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Paused (not recording)</source>
        <translation>En pause (pas d&apos;enregistrement)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Recording resumed</source>
        <translation>Enregistrement repris</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Microphone lost</source>
        <translation>Micro perdu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Microphone changed</source>
        <translation>Micro changé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Recording continues (new part)</source>
        <translation>L&apos;enregistrement continue (nouvelle partie)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Disk full</source>
        <translation>Disque plein</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Write error</source>
        <translation>Erreur d&apos;écriture</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Input file unreadable</source>
        <translation>Fichier source illisible</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Audio cut</source>
        <translation>Audio coupé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Audio deleted</source>
        <translation>Audio effacé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Audio dropped (computer too busy)</source>
        <translation>Audio perdu (ordinateur trop occupé)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Audio missing (computer stalled)</source>
        <translation>Audio manquant (ordinateur bloqué)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Audio rescued elsewhere (folder deleted or read-only)</source>
        <translation>Audio sauvé ailleurs (dossier supprimé ou en lecture seule)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="142"/>
        <source>Welcome to Témoin</source>
        <translation>Bienvenue dans Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>Témoin records your calls with support lines lawfully: it tells you what to say before recording, keeps the other party&apos;s answer on the recording, and turns the call into evidence you can check. It gives information, not legal advice.</source>
        <translation>Témoin enregistre légalement vos appels aux services clients : il vous dit quoi annoncer avant d&apos;enregistrer, garde la réponse de votre interlocuteur sur l&apos;enregistrement et fait de l&apos;appel une preuve vérifiable. Il donne des informations, pas un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="152"/>
        <source>&amp;Where you live</source>
        <translation>&amp;Où vous habitez</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="154"/>
        <source>Said in the announcement</source>
        <translation>Dit dans l&apos;annonce</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="156"/>
        <source>Speak: the bar should move</source>
        <translation>Parlez : la barre doit bouger</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="161"/>
        <source>No microphone found. You can plug one in later and pick it in Settings.</source>
        <translation>Aucun micro trouvé. Vous pourrez en brancher un plus tard et le choisir dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../ui/meter.py" line="83"/>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../ui/meter.py" line="113"/>
        <source>Peak %1 dBFS</source>
        <translation>Crête %1 dBFS</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/library_page.py" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="62"/>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="63"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="64"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="65"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="66"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="69"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="70"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="71"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="72"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="132"/>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library_page.py" line="160"/>
        <source>Search calls (name, tag, purpose)…</source>
        <translation>Chercher un appel (nom, étiquette, objet)…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="163"/>
        <source>&amp;Verify a bundle…</source>
        <translation>&amp;Vérifier un dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="166"/>
        <source>Check a bundle someone sent you (or drop a .zip on the window)</source>
        <translation>Vérifier un dossier qu&apos;on vous a envoyé (ou déposer un .zip sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="198"/>
        <source>Select a call to see it here.</source>
        <translation>Choisissez un appel pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="210"/>
        <location filename="../../ui/library_page.py" line="437"/>
        <location filename="../../ui/library_page.py" line="472"/>
        <source>&amp;Play</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="214"/>
        <source>&amp;Export evidence bundle…</source>
        <translation>&amp;Exporter le dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="219"/>
        <source>&amp;Delete the audio…</source>
        <translation>&amp;Supprimer l&apos;audio…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="223"/>
        <source>Once the dispute is over, delete the recording&apos;s audio for good. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>Une fois le litige terminé, supprimez définitivement l&apos;audio de l&apos;enregistrement. Sa chronologie, ses empreintes et sa chaîne de conservation restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="233"/>
        <source>Consent events and markers</source>
        <translation>Événements de consentement et repères</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="289"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="312"/>
        <source>This call could not be loaded.</source>
        <translation>Cet appel n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="320"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="346"/>
        <source>Témoin cannot assess the consent in this call: see the note below.</source>
        <translation>Témoin ne peut pas évaluer le consentement de cet appel : voir la note ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="350"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="363"/>
        <source>Delete the audio?</source>
        <translation>Supprimer l&apos;audio ?</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="365"/>
        <source>Delete the audio of %1 for good? This cannot be undone. Export an evidence bundle first if you may still need it. The timeline, the hashes and the chain of custody stay in the library.</source>
        <translation>Supprimer définitivement l&apos;audio de %1 ? C&apos;est irréversible. Exportez d&apos;abord un dossier de preuve si vous pourriez encore en avoir besoin. La chronologie, les empreintes et la chaîne de conservation restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="389"/>
        <source>The audio of %1 is deleted. Its timeline, hashes and chain of custody stay in the library.</source>
        <translation>L&apos;audio de %1 est supprimé. Sa chronologie, ses empreintes et sa chaîne de conservation restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="409"/>
        <source>Playback failed: %1</source>
        <translation>La lecture a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="440"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="481"/>
        <source>Export evidence bundle</source>
        <translation>Exporter le dossier de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="481"/>
        <location filename="../../ui/library_page.py" line="534"/>
        <source>Zip bundle (*.zip)</source>
        <translation>Dossier zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="492"/>
        <source>Exporting the evidence bundle…</source>
        <translation>Export du dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="492"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="495"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="525"/>
        <source>Bundle exported to %1. Send this file as it is: any change breaks its seal.</source>
        <translation>Dossier exporté dans %1. Transmettez ce fichier tel quel : toute modification brise son sceau.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="534"/>
        <source>Verify an evidence bundle</source>
        <translation>Vérifier un dossier de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="540"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="550"/>
        <source>%1 is intact: the files and the signature match. The app was interrupted during this call: the audio&apos;s hash was taken at recovery, and the part before the last checkpoint matches the hash taken while recording.</source>
        <translation>%1 est intact : les fichiers et la signature concordent. L&apos;application a été interrompue pendant cet appel : l&apos;empreinte de l&apos;audio a été calculée à la récupération, et la partie antérieure au dernier point de contrôle correspond à l&apos;empreinte calculée pendant l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="557"/>
        <source>%1 is intact: the files, the signature and the hash taken while recording all match.</source>
        <translation>%1 est intact : les fichiers, la signature et l&apos;empreinte prise pendant l&apos;enregistrement concordent.</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="563"/>
        <source>%1 does NOT verify: %2</source>
        <translation>%1 n&apos;est PAS vérifié : %2</translation>
    </message>
    <message>
        <location filename="../../ui/library_page.py" line="572"/>
        <source>Bundle check</source>
        <translation>Vérification du dossier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Verify a bundle…</source>
        <translation>Vérifier un dossier de preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Témoin — not recording</source>
        <translation>Témoin — pas d&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="312"/>
        <source>%n recording(s) interrupted by a crash or power cut were recovered and are in the library: %1</source>
        <translation>
            <numerusform>%n enregistrement interrompu par un plantage ou une coupure de courant a été récupéré et se trouve dans la bibliothèque : %1</numerusform>
            <numerusform>%n enregistrements interrompus par un plantage ou une coupure de courant ont été récupérés et se trouvent dans la bibliothèque : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="322"/>
        <source>%n call(s) recorded earlier had not reached the library (it was in use when they ended) and are in it now: %1</source>
        <translation>
            <numerusform>%n appel enregistré plus tôt n&apos;était pas dans la bibliothèque (elle était utilisée à la fin de l&apos;appel) ; il y est maintenant : %1</numerusform>
            <numerusform>%n appels enregistrés plus tôt n&apos;étaient pas dans la bibliothèque (elle était utilisée à la fin des appels) ; ils y sont maintenant : %1</numerusform>
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
        <translation>Témoin — en pause, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>⚠ MIC LOST %1 — Témoin</source>
        <translation>⚠ MICRO PERDU %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>Témoin — microphone lost, not recording</source>
        <translation>Témoin — micro perdu, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>● REC %1 — Témoin</source>
        <translation>● REC %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>Témoin — RECORDING</source>
        <translation>Témoin — ENREGISTREMENT</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Press “I&apos;m reading it now” (Ctrl+L) as you start reading the text above aloud, then click the other party&apos;s answer.</source>
        <translation>Appuyez sur « Je le lis maintenant » (Ctrl+L) au moment où vous commencez à lire le texte ci-dessus à voix haute, puis cliquez sur la réponse de votre interlocuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>Noted: you are reading the text. When they have answered, click their answer.</source>
        <translation>C&apos;est noté : vous lisez le texte. Quand la personne a répondu, cliquez sur sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>⚠ SOUND LOST %1 — Témoin</source>
        <translation>⚠ SON PERDU %1 — Témoin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <source>Témoin — sound lost, not recording</source>
        <translation>Témoin — son perdu, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Continue on other devices…</source>
        <translation>Continuer sur d&apos;autres appareils…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513"/>
        <source>Continue on another microphone…</source>
        <translation>Continuer sur un autre micro…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>End the call</source>
        <translation>Mettre fin à l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Recording again, from %1. The audio continues in the same recording; the log notes where the microphone changed.</source>
        <translation>L&apos;enregistrement reprend, depuis %1. Le son continue dans le même enregistrement ; le journal note où le micro a changé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="617"/>
        <source>Someone new is on the line: press “I&apos;m reading it now” (Ctrl+L) as you read the text to them, then click their answer.</source>
        <translation>Une nouvelle personne est en ligne : appuyez sur « Je le lis maintenant » (Ctrl+L) en lui lisant le texte, puis cliquez sur sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>They agreed. Nothing was heard from the other party since the announcement, though: check that their answer is on the recording.</source>
        <translation>Accord donné. Mais rien n&apos;a été entendu de votre interlocuteur depuis l&apos;annonce : vérifiez que sa réponse figure dans l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="654"/>
        <source>They agreed. The call is recorded with their consent.</source>
        <translation>Accord donné. L&apos;appel est enregistré avec son consentement.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660"/>
        <source>Nothing is recorded now. Resume when the sensitive part is over.</source>
        <translation>Rien n&apos;est enregistré maintenant. Reprenez quand la partie sensible est terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>Say now:</source>
        <translation>Dites maintenant :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>They refused, so the recording stopped and its audio (%1) was deleted, as the rule where you and they are requires. Only the log of what happened (times, the refusal) is kept.</source>
        <translation>Refus : l&apos;enregistrement s&apos;est arrêté et son audio (%1) a été effacé, comme l&apos;exige la règle applicable chez vous et chez votre interlocuteur. Seul le journal de ce qui s&apos;est passé (heures, refus) est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>They refused, so the recording stopped. The part recorded with consent (%1) is kept; the %2 since the new person came on the line was deleted.</source>
        <translation>Refus : l&apos;enregistrement s&apos;est arrêté. La partie enregistrée avec consentement (%1) est conservée ; les %2 depuis l&apos;arrivée de la nouvelle personne ont été effacées.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="721"/>
        <source>They refused; the recording stopped.</source>
        <translation>Refus : l&apos;enregistrement s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>They withdrew their consent, so the recording stopped. The part recorded while they agreed (%1) is kept; nothing after the withdrawal is.</source>
        <translation>Consentement retiré : l&apos;enregistrement s&apos;est arrêté. La partie enregistrée avec son accord (%1) est conservée ; rien de ce qui suit le retrait ne l&apos;est.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>The microphone was lost. Everything recorded until then (%1) is kept.</source>
        <translation>Le micro a été perdu. Tout ce qui a été enregistré jusque-là (%1) est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="750"/>
        <source>The recording ended early (%1). What was written until then is kept.</source>
        <translation>L&apos;enregistrement s&apos;est terminé plus tôt (%1). Ce qui a été écrit jusque-là est conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>Recording saved: %1 of audio, sealed with a fingerprint (SHA-256).</source>
        <translation>Enregistrement conservé : %1 d&apos;audio, scellé par une empreinte (SHA-256).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>The microphone was lost during the call and the recording went on from another one: the file holds %1 parts, one after the other, and the log says when each began.</source>
        <translation>Le micro a été perdu pendant l&apos;appel et l&apos;enregistrement a continué sur un autre : le fichier contient %1 parties, l&apos;une après l&apos;autre, et le journal indique quand chacune a commencé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="797"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="805"/>
        <source>The audio (%1) is still on this computer. %2</source>
        <translation>L&apos;audio (%1) est toujours sur cet ordinateur. %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826"/>
        <source>Adding the call to the library…</source>
        <translation>Ajout de l&apos;appel à la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="851"/>
        <source>The call is safe on this computer but not in the library yet: %1 Témoin tries again by itself. If you close Témoin now, the call is added the next time it starts.</source>
        <translation>L&apos;appel est en sécurité sur cet ordinateur, mais pas encore dans la bibliothèque : %1 Témoin réessaie tout seul. Si vous fermez Témoin maintenant, l&apos;appel y sera ajouté au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="858"/>
        <source>The call is safe on this computer but could not be added to the library: %1</source>
        <translation>L&apos;appel est en sécurité sur cet ordinateur, mais n&apos;a pas pu être ajouté à la bibliothèque : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="879"/>
        <source>The call is in your library. Details added here are saved with it.</source>
        <translation>L&apos;appel est dans votre bibliothèque. Les détails ajoutés ici sont enregistrés avec lui.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="882"/>
        <source>The call is now in your library.</source>
        <translation>L&apos;appel est maintenant dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>The call is in your library.</source>
        <translation>L&apos;appel est dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="938"/>
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
        <location filename="../../ui/call_setup.py" line="164"/>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="175"/>
        <source>&amp;Where you are</source>
        <translation>&amp;Où vous êtes</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="177"/>
        <source>The other party is in another &amp;country</source>
        <translation>L&apos;interlocuteur est dans un autre &amp;pays</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="186"/>
        <source>Other party&apos;s country</source>
        <translation>Pays de l&apos;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="197"/>
        <source>Company or person you are calling</source>
        <translation>Entreprise ou personne que vous appelez</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="199"/>
        <source>&amp;Calling</source>
        <translation>&amp;Appel à</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="204"/>
        <source>&amp;Purpose</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="213"/>
        <source>Call &amp;language</source>
        <translation>&amp;Langue de l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="224"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="227"/>
        <source>Your voice</source>
        <translation>Votre voix</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="234"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="244"/>
        <source>The other party</source>
        <translation>L&apos;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="248"/>
        <location filename="../../ui/call_setup.py" line="401"/>
        <source>The other part&amp;y</source>
        <translation>L&apos;&amp;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="252"/>
        <source>&amp;Test the sound</source>
        <translation>Tester le &amp;son</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="255"/>
        <source>Listen for a few seconds and say whether both sides of the call are heard</source>
        <translation>Écouter quelques secondes et dire si les deux côtés de l&apos;appel sont entendus</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="268"/>
        <source>Before you record</source>
        <translation>Avant d&apos;enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="280"/>
        <source>Your name is not set. The announcement must say who is recording: enter your name before the first call.</source>
        <translation>Votre nom n&apos;est pas renseigné. L&apos;annonce doit dire qui enregistre : indiquez votre nom avant le premier appel.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="290"/>
        <source>Enter your &amp;name…</source>
        <translation>Saisir votre &amp;nom…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="298"/>
        <source>&amp;Start recording</source>
        <translation>&amp;Démarrer l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="322"/>
        <source>How are you making the call?</source>
        <translation>Comment passez-vous l&apos;appel ?</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="327"/>
        <source>On this comp&amp;uter</source>
        <translation>S&amp;ur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="328"/>
        <source>Mobile phone on l&amp;oudspeaker</source>
        <translation>Portable en &amp;haut-parleur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="329"/>
        <source>Mobile phone pa&amp;ired to this computer</source>
        <translation>Portable &amp;jumelé à cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="330"/>
        <source>A phone a&amp;dapter</source>
        <translation>Un adaptateur téléphoni&amp;que</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="377"/>
        <source>A softphone, Teams, WhatsApp or another app on this computer: your microphone and what the computer plays are recorded, each on its own track.</source>
        <translation>Un softphone, Teams, WhatsApp ou une autre application sur cet ordinateur : votre micro et ce que l&apos;ordinateur diffuse sont enregistrés, chacun sur sa propre piste.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="381"/>
        <source>Put the phone on loudspeaker, right next to this computer&apos;s microphone: one microphone records both voices, on one track. Without the loudspeaker, the other party is not recorded.</source>
        <translation>Mettez le téléphone en haut-parleur, tout près du micro de cet ordinateur : un seul micro enregistre les deux voix, sur une seule piste. Sans le haut-parleur, votre interlocuteur n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="386"/>
        <source>The phone is connected to this computer (Bluetooth hands-free) and the call is heard through the computer: your microphone and what the computer plays are recorded, each on its own track.</source>
        <translation>Le téléphone est connecté à cet ordinateur (mains libres Bluetooth) et l&apos;appel s&apos;entend par l&apos;ordinateur : votre micro et ce que l&apos;ordinateur diffuse sont enregistrés, chacun sur sa propre piste.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="391"/>
        <source>A phone adapter brings the other party&apos;s voice into this computer as a second input: choose it below. Your microphone and that input are recorded, each on its own track.</source>
        <translation>Un adaptateur téléphonique amène la voix de votre interlocuteur dans cet ordinateur comme seconde entrée : choisissez-la ci-dessous. Votre micro et cette entrée sont enregistrés, chacun sur sa propre piste.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="401"/>
        <source>Phone &amp;adapter</source>
        <translation>Adaptateur &amp;téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="418"/>
        <source>Start recording (Ctrl+R)</source>
        <translation>Démarrer l&apos;enregistrement (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="421"/>
        <source>Enter your name first: the announcement says who is recording, and a call cannot start without it.</source>
        <translation>Indiquez d&apos;abord votre nom : l&apos;annonce dit qui enregistre, et un appel ne peut pas commencer sans lui.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="513"/>
        <source>%1 Choose “Mobile phone on loudspeaker” to record with one microphone.</source>
        <translation>%1 Choisissez « Portable en haut-parleur » pour enregistrer avec un seul micro.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="516"/>
        <source>The sound system lists no microphone. Plug one in, then Refresh.</source>
        <translation>Le système audio ne liste aucun micro. Branchez-en un, puis Actualiser.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="523"/>
        <source>The sound system offers no output whose sound can be recorded. On a Mac, install a loopback driver (such as BlackHole), send the call&apos;s sound to it, and choose it as the other party.</source>
        <translation>Le système audio n&apos;offre aucune sortie dont le son puisse être enregistré. Sur un Mac, installez un pilote de bouclage (comme BlackHole), envoyez-y le son de l&apos;appel et choisissez-le comme interlocuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="576"/>
        <location filename="../../ui/call_setup.py" line="584"/>
        <location filename="../../ui/call_setup.py" line="621"/>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="591"/>
        <source>Play an audio file instead (demo)…</source>
        <translation>Lire un fichier audio à la place (démo)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="617"/>
        <source>Choose the loopback input (e.g. BlackHole)…</source>
        <translation>Choisissez l&apos;entrée de bouclage (p. ex. BlackHole)…</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="623"/>
        <source> (input)</source>
        <translation> (entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="786"/>
        <source>We hear nothing from the other party: start the call, and check that the input chosen for them is connected to the phone or receives the call&apos;s sound.</source>
        <translation>Nous n’entendons rien de votre interlocuteur : lancez l’appel, et vérifiez que l’entrée choisie pour lui est branchée au téléphone ou reçoit le son de l’appel.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="943"/>
        <source>Choose the input the phone adapter is plugged into.</source>
        <translation>Choisissez l&apos;entrée sur laquelle l&apos;adaptateur téléphonique est branché.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="946"/>
        <source>Choose the loopback input the call&apos;s sound is sent to (such as BlackHole) as the other party: without it, the other party is not recorded.</source>
        <translation>Choisissez comme interlocuteur l&apos;entrée de bouclage à laquelle le son de l&apos;appel est envoyé (comme BlackHole) : sans elle, votre interlocuteur n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="950"/>
        <source>Choose the output the call is heard on.</source>
        <translation>Choisissez la sortie sur laquelle l&apos;appel s&apos;entend.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="545"/>
        <source>No microphone was found. Plug one in and press Refresh, or play an audio file to try the app.</source>
        <translation>Aucun micro trouvé. Branchez-en un et cliquez Actualiser, ou lisez un fichier audio pour essayer l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="654"/>
        <source>Audio file to play as the call</source>
        <translation>Fichier audio à lire comme appel</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="654"/>
        <source>WAV audio (*.wav)</source>
        <translation>Audio WAV (*.wav)</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="761"/>
        <source>Listening (%1 s): say something, and let the other party speak.</source>
        <translation>Écoute (%1 s) : dites quelque chose, et laissez parler votre interlocuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="763"/>
        <source>Listening (%1 s): say something.</source>
        <translation>Écoute (%1 s) : dites quelque chose.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="795"/>
        <source>Both sides are heard: you and the other party.</source>
        <translation>Les deux côtés sont entendus : vous et votre interlocuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="791"/>
        <source>We hear nothing from the other party: start the call or check the output.</source>
        <translation>Nous n&apos;entendons rien de votre interlocuteur : lancez l&apos;appel ou vérifiez la sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="798"/>
        <source>We hear nothing from your microphone: check that it is plugged in and not muted.</source>
        <translation>Nous n&apos;entendons rien de votre micro : vérifiez qu&apos;il est branché et pas en sourdine.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="801"/>
        <source>The microphone hears you. Keep the phone on loudspeaker next to it, so that it hears the other party too.</source>
        <translation>Le micro vous entend. Gardez le téléphone en haut-parleur à côté de lui, pour qu&apos;il entende aussi votre interlocuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="808"/>
        <source>We hear neither you nor the other party: check the microphone, and start the call or check the output.</source>
        <translation>Nous n&apos;entendons ni vous ni votre interlocuteur : vérifiez le micro, et lancez l&apos;appel ou vérifiez la sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="901"/>
        <source>No jurisdiction profile is available.</source>
        <translation>Aucun profil juridique n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="914"/>
        <source>You are in different countries: the stricter rule applies (%1).</source>
        <translation>Vous êtes dans des pays différents : la règle la plus stricte s&apos;applique, ici celle de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="928"/>
        <source>Say whom you are calling (a company or a name).</source>
        <translation>Indiquez qui vous appelez (une entreprise ou un nom).</translation>
    </message>
    <message>
        <location filename="../../ui/call_setup.py" line="937"/>
        <source>Choose a microphone first (or an audio file to play).</source>
        <translation>Choisissez d&apos;abord un micro (ou un fichier audio à lire).</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="342"/>
        <source>The %1 profile is not written in this language: its text is shown in English.</source>
        <translation>Le profil %1 n&apos;est pas rédigé dans cette langue : son texte est affiché en anglais.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="347"/>
        <source>The %1 profile is not written in this language: its text is shown in another one.</source>
        <translation>Le profil %1 n&apos;est pas rédigé dans cette langue : son texte est affiché dans une autre langue.</translation>
    </message>
</context>
<context>
    <name>RecordingPage</name>
    <message>
        <location filename="../../ui/recording_page.py" line="98"/>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="103"/>
        <location filename="../../ui/recording_page.py" line="367"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="106"/>
        <source>Your voice</source>
        <translation>Votre voix</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="107"/>
        <location filename="../../ui/recording_page.py" line="111"/>
        <source>The other party</source>
        <translation>L&apos;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="120"/>
        <source>⚠  We hear nothing from the other party: check the output.</source>
        <translation>⚠  Nous n&apos;entendons rien de votre interlocuteur : vérifiez la sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="139"/>
        <source>Read this aloud now:</source>
        <translation>Lisez ceci à voix haute maintenant :</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="160"/>
        <source>I&apos;m &amp;reading it now</source>
        <translation>Je le &amp;lis maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="176"/>
        <source>They &amp;agreed</source>
        <translation>Il a &amp;accepté</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="178"/>
        <source>They r&amp;efused</source>
        <translation>Il a r&amp;efusé</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="181"/>
        <source>Someone &amp;new on the line</source>
        <translation>Quelqu&apos;un de &amp;nouveau en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="183"/>
        <location filename="../../ui/recording_page.py" line="533"/>
        <source>&amp;Pause (sensitive data)</source>
        <translation>&amp;Pause (données sensibles)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="185"/>
        <source>S&amp;top recording</source>
        <translation>Arrê&amp;ter l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="192"/>
        <source>They &amp;withdrew consent</source>
        <translation>Il a retiré son &amp;consentement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="195"/>
        <source>They agreed earlier and now want the recording stopped (Alt+W)</source>
        <translation>Il avait accepté et veut maintenant que l&apos;enregistrement s&apos;arrête (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="212"/>
        <source>What just happened (optional)</source>
        <translation>Ce qui vient de se passer (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="213"/>
        <source>Add &amp;marker</source>
        <translation>Ajouter un &amp;repère</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="215"/>
        <source>Mark this moment (Ctrl+M)</source>
        <translation>Marquer ce moment (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="221"/>
        <source>Marker note</source>
        <translation>Note du repère</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="224"/>
        <source>T&amp;icket number</source>
        <translation>Numéro de t&amp;icket</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="229"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="233"/>
        <source>Events so far</source>
        <translation>Événements jusqu&apos;ici</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="279"/>
        <source>The other party&apos;s sound</source>
        <translation>Le son de l&apos;interlocuteur</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="281"/>
        <source>The other part&amp;y:</source>
        <translation>Son &amp;de l&apos;interlocuteur :</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="313"/>
        <source>Opening the devices…</source>
        <translation>Ouverture des appareils…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="348"/>
        <source>What the computer plays (the default output)</source>
        <translation>Ce que l&apos;ordinateur diffuse (la sortie par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="367"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="373"/>
        <source>The sound was lost: nothing is being recorded now.</source>
        <translation>Le son a été perdu : rien n&apos;est enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="376"/>
        <source>Everything recorded until then is saved. Plug the device back in or choose others, then continue: both voices go on in the same recording.</source>
        <translation>Tout ce qui a été enregistré jusque-là est sauvegardé. Rebranchez l&apos;appareil ou choisissez-en d&apos;autres, puis continuez : les deux voix se poursuivent dans le même enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="380"/>
        <source>&amp;Continue on these devices</source>
        <translation>&amp;Continuer sur ces appareils</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="383"/>
        <source>The microphone was lost: nothing is being recorded now.</source>
        <translation>Le micro a été perdu : rien n&apos;est enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="387"/>
        <source>Everything recorded until then is saved. Plug the microphone back in or choose another one, then continue: the audio goes on in the same recording.</source>
        <translation>Tout ce qui a été enregistré jusque-là est sauvegardé. Rebranchez le micro ou choisissez-en un autre, puis continuez : le son se poursuit dans le même enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="267"/>
        <source>Microphone to continue on</source>
        <translation>Micro sur lequel continuer</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="269"/>
        <source>&amp;Use microphone:</source>
        <translation>Micro à &amp;utiliser :</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="271"/>
        <source>Refre&amp;sh list</source>
        <translation>Actualiser la li&amp;ste</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="391"/>
        <source>&amp;Continue on this microphone</source>
        <translation>&amp;Continuer sur ce micro</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="291"/>
        <source>En&amp;d the call</source>
        <translation>Mettre &amp;fin à l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="321"/>
        <source>Opening the microphone…</source>
        <translation>Ouverture du micro…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="342"/>
        <location filename="../../ui/recording_page.py" line="421"/>
        <source>The system&apos;s default microphone</source>
        <translation>Le micro par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="407"/>
        <source>The other party spoke at %1.</source>
        <translation>Votre interlocuteur a parlé à %1.</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="517"/>
        <source>‖  PAUSED — NOT RECORDING</source>
        <translation>‖  PAUSE — RIEN N&apos;EST ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="521"/>
        <source>&amp;Resume recording</source>
        <translation>&amp;Reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="524"/>
        <source>⚠  SOUND LOST — NOT RECORDING</source>
        <translation>⚠  SON PERDU — RIEN N&apos;EST ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="526"/>
        <source>⚠  MICROPHONE LOST — NOT RECORDING</source>
        <translation>⚠  MICRO PERDU — RIEN N&apos;EST ENREGISTRÉ</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="535"/>
        <source>●  RECORDING — waiting for consent</source>
        <translation>●  ENREGISTREMENT — en attente du consentement</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="537"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../ui/recording_page.py" line="539"/>
        <source>●  RECORDING</source>
        <translation>●  ENREGISTREMENT</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="43"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="54"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59"/>
        <source>&amp;Library folder</source>
        <translation>Dossier de la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="63"/>
        <source>Your name, as said in the announcement</source>
        <translation>Votre nom, tel que dit dans l&apos;annonce</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="64"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="70"/>
        <source>App &amp;language</source>
        <translation>&amp;Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="75"/>
        <source>&amp;Where you usually are</source>
        <translation>&amp;Où vous êtes d&apos;habitude</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83"/>
        <source>Usual call l&amp;anguage</source>
        <translation>L&amp;angue habituelle des appels</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92"/>
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="103"/>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="108"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="109"/>
        <source>Mobile phone on loudspeaker (one microphone)</source>
        <translation>Portable en haut-parleur (un seul micro)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="110"/>
        <source>Mobile phone paired to this computer</source>
        <translation>Portable jumelé à cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>A phone adapter</source>
        <translation>Un adaptateur téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="115"/>
        <source>How you usuall&amp;y call</source>
        <translation>Façon &amp;habituelle d&apos;appeler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="121"/>
        <source>MP3 (plays everywhere)</source>
        <translation>MP3 (lisible partout)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="122"/>
        <source>Opus (smaller)</source>
        <translation>Opus (plus petit)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="123"/>
        <source>None (original WAV only)</source>
        <translation>Aucune (WAV original seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="125"/>
        <source>Listening &amp;copy in bundles</source>
        <translation>&amp;Copie d&apos;écoute dans les dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="133"/>
        <source>Signing key fingerprint</source>
        <translation>Empreinte de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="139"/>
        <source>A new app language applies the next time Témoin starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Témoin.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="151"/>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="177"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="187"/>
        <source>No key yet: one is created at your first export.</source>
        <translation>Pas encore de clé : elle est créée à votre premier export.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="214"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="220"/>
        <source>%1 (not connected)</source>
        <translation>%1 (non branché)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="228"/>
        <source>The library folder must be a full path.</source>
        <translation>Le dossier de la bibliothèque doit être un chemin complet.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="244"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../ui/core_bridge.py" line="298"/>
        <source>Nothing was heard from the other party during the whole call: there was total silence on “%1”.</source>
        <translation>Rien n&apos;a été entendu de votre interlocuteur pendant tout l&apos;appel : silence total sur « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="304"/>
        <source>Nothing was heard from the other party during the whole call: only a very faint sound on “%1”, too quiet to be a voice.</source>
        <translation>Rien n&apos;a été entendu de votre interlocuteur pendant tout l&apos;appel : seulement un son très faible sur « %1 », trop faible pour être une voix.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="311"/>
        <source>Before the next call, check that this input hears the call: if it is a phone adapter, that it is connected to the phone; if it is a loopback input (such as BlackHole), that the call&apos;s sound is sent to it.</source>
        <translation>Avant le prochain appel, vérifiez que cette entrée entend l&apos;appel : si c&apos;est un adaptateur téléphonique, qu&apos;il est bien branché au téléphone ; si c&apos;est une entrée de bouclage (comme BlackHole), que le son de l&apos;appel y est bien envoyé.</translation>
    </message>
    <message>
        <location filename="../../ui/core_bridge.py" line="320"/>
        <source>Before the next call, check that the call&apos;s sound goes to the output chosen for the other party, or put the call on loudspeaker.</source>
        <translation>Avant le prochain appel, vérifiez que le son de l&apos;appel sort bien sur la sortie choisie pour votre interlocuteur, ou mettez l&apos;appel en haut-parleur.</translation>
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
