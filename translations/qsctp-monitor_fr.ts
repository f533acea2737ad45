<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssociationListModel</name>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="36"/>
        <source>%1 %2, RTO %3 ms</source>
        <translation>%1 %2, RTO %3&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="41"/>
        <source>, SRTT %1 ms, cwnd %2 bytes</source>
        <translation>, SRTT %1&#xa0;ms, cwnd %2&#xa0;octets</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="45"/>
        <location filename="../monitor-app/associationlistmodel.cpp" line="160"/>
        <source> (primary)</source>
        <translation> (principale)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="59"/>
        <source>Primary path %1: SRTT %2 ms, RTO %3 ms, cwnd %4 bytes, ssthresh %5 bytes, %6 bytes in flight</source>
        <translation>Chemin principal %1&#xa0;: SRTT %2&#xa0;ms, RTO %3&#xa0;ms, cwnd %4&#xa0;octets, ssthresh %5&#xa0;octets, %6&#xa0;octets en vol</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="67"/>
        <source>Receive window: ours %1 bytes, the peer&apos;s %2 bytes</source>
        <translation>Fenêtre de réception&#xa0;: la nôtre %1&#xa0;octets, celle du pair %2&#xa0;octets</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="70"/>
        <source>Chunks: %1 unacknowledged, %2 TSNs pending, %3 queued in, %4 queued out</source>
        <translation>Chunks&#xa0;: %1 non acquittés, %2 TSN en attente, %3 en file d’entrée, %4 en file de sortie</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="76"/>
        <source>Packets: %1 sent, %2 received; SACKs: %3 sent, %4 received</source>
        <translation>Paquets&#xa0;: %1 envoyés, %2 reçus&#xa0;; SACK&#xa0;: %3 envoyés, %4 reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="81"/>
        <source>Fragmentation point %1 bytes; verification tags: ours 0x%2, the peer&apos;s 0x%3</source>
        <translation>Seuil de fragmentation %1&#xa0;octets&#xa0;; étiquettes de vérification&#xa0;: la nôtre 0x%2, celle du pair 0x%3</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="87"/>
        <source>Socket buffers: send %1 bytes, receive %2 bytes</source>
        <translation>Tampons du socket&#xa0;: émission %1&#xa0;octets, réception %2&#xa0;octets</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="91"/>
        <source>Read through sctp_diag (netlink)</source>
        <translation>Lu via sctp_diag (netlink)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="122"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="123"/>
        <source>uid %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="154"/>
        <source>%1 %2, SRTT %3 ms, RTO %4 ms</source>
        <translation>%1 %2, SRTT %3&#xa0;ms, RTO %4&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="302"/>
        <source>this monitor</source>
        <translation>ce moniteur</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="303"/>
        <source>system (sctp_diag)</source>
        <translation>système (sctp_diag)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="303"/>
        <source>system (/proc)</source>
        <translation>système (/proc)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="323"/>
        <source>%1 in / %2 out</source>
        <translation>%1 entrants / %2 sortants</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="344"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="346"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="348"/>
        <source>Assoc ID</source>
        <translation>ID d’assoc.</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="350"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="352"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="354"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="356"/>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="358"/>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="360"/>
        <source>Send queue</source>
        <translation>File d’émission</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="362"/>
        <source>Receive queue</source>
        <translation>File de réception</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="364"/>
        <source>Retransmitted</source>
        <translation>Retransmis</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="366"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="368"/>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
</context>
<context>
    <name>AssociationsView</name>
    <message>
        <location filename="../monitor-app/associationsview.cpp" line="29"/>
        <source>Filter by address, state, process…</source>
        <translation>Filtrer par adresse, état, processus…</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationsview.cpp" line="31"/>
        <source>Show the host&apos;s &amp;other associations</source>
        <translation>Afficher les autres associations de l’&amp;hôte</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/associationsview.cpp" line="123"/>
        <source>%n association(s) of this monitor</source>
        <translation>
            <numerusform>%n association de ce moniteur</numerusform>
            <numerusform>%n associations de ce moniteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/associationsview.cpp" line="125"/>
        <source>, %n on this host</source>
        <translation>
            <numerusform>, %n sur cet hôte</numerusform>
            <numerusform>, %n sur cet hôte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/associationsview.cpp" line="126"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoTraffic</name>
    <message>
        <location filename="../monitor-app/demotraffic.cpp" line="63"/>
        <source>One path only: %1</source>
        <translation>Un seul chemin&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/demotraffic.cpp" line="70"/>
        <source>demo client</source>
        <translation>client de démo</translation>
    </message>
    <message>
        <location filename="../monitor-app/demotraffic.cpp" line="160"/>
        <source>demo short-lived #%1</source>
        <translation>démo éphémère n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="75"/>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="76"/>
        <source>Last 10 minutes</source>
        <translation>10 dernières minutes</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="77"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="82"/>
        <source>&amp;Association:</source>
        <translation>Ass&amp;ociation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="88"/>
        <source>&amp;Time window:</source>
        <translation>Fenêtre de &amp;temps&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="96"/>
        <source>No association selected. Start one in the Rig tab, or run with --demo.</source>
        <translation>Aucune association sélectionnée. Lancez-en une dans l’onglet «&#xa0;Banc d’essai&#xa0;», ou démarrez avec --demo.</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="111"/>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="113"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="116"/>
        <source>Rates by stream and PPID</source>
        <translation>Débits par flux et par PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="117"/>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="209"/>
        <source>Metrics (%1)</source>
        <translation>Mesures (%1)</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="284"/>
        <source>%1 — %2 → %3 — %4</source>
        <translation>%1 — %2 → %3 — %4</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="289"/>
        <source> — paused</source>
        <translation> — en pause</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="291"/>
        <source> — zoomed (double-click the plot to follow the window again)</source>
        <translation> — zoomé (double-cliquez sur le graphique pour suivre à nouveau la fenêtre de temps)</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="47"/>
        <source>Association up: %1 outbound and %2 inbound streams</source>
        <translation>Association établie&#xa0;: %1 flux sortants et %2 flux entrants</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="57"/>
        <source>Association lost: ABORT with cause %1</source>
        <translation>Association perdue&#xa0;: ABORT avec la cause %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="60"/>
        <source>Association lost</source>
        <translation>Association perdue</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="68"/>
        <source>The peer restarted the association: %1 outbound and %2 inbound streams</source>
        <translation>Le pair a redémarré l’association&#xa0;: %1 flux sortants et %2 flux entrants</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="75"/>
        <source>Shutdown complete</source>
        <translation>Fermeture terminée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="82"/>
        <source>Cannot start the association: ABORT with cause %1</source>
        <translation>Impossible d’établir l’association&#xa0;: ABORT avec la cause %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="84"/>
        <source>Cannot start the association (error %1)</source>
        <translation>Impossible d’établir l’association (erreur %1)</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="102"/>
        <source>Peer address %1 is reachable</source>
        <translation>L’adresse du pair %1 est joignable</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="107"/>
        <source>Peer address %1 is unreachable</source>
        <translation>L’adresse du pair %1 est injoignable</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="112"/>
        <source>Peer address %1 was removed</source>
        <translation>L’adresse du pair %1 a été retirée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="116"/>
        <source>Peer address %1 was added</source>
        <translation>L’adresse du pair %1 a été ajoutée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="120"/>
        <source>Peer address %1 is now the primary path</source>
        <translation>L’adresse du pair %1 est désormais le chemin principal</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="124"/>
        <source>Peer address %1 is confirmed</source>
        <translation>L’adresse du pair %1 est confirmée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="129"/>
        <source>Peer address %1 is potentially failed</source>
        <translation>L’adresse du pair %1 est peut-être en panne</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="134"/>
        <source>Peer address %1 changed to state %2</source>
        <translation>L’adresse du pair %1 est passée à l’état %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="171"/>
        <source>Malformed notification: %1</source>
        <translation>Notification mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="203"/>
        <source>The peer reported an error: %1</source>
        <translation>Le pair signale une erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/eventdescriber.cpp" line="212"/>
        <source>%n byte(s) on stream %1 (%2) not delivered</source>
        <translation>
            <numerusform>%n octet sur le flux %1 (%2) non remis</numerusform>
            <numerusform>%n octets sur le flux %1 (%2) non remis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="223"/>
        <source>The peer started a graceful shutdown</source>
        <translation>Le pair a commencé une fermeture ordonnée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="228"/>
        <source>Partial delivery aborted on stream %1</source>
        <translation>Livraison partielle interrompue sur le flux %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="233"/>
        <source>The peer&apos;s adaptation layer indication is 0x%1</source>
        <translation>L’indication de couche d’adaptation du pair est 0x%1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="242"/>
        <source>Authentication key %1 is now active</source>
        <translation>La clé d’authentification %1 est désormais active</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="245"/>
        <source>Authentication key %1 is no longer used</source>
        <translation>La clé d’authentification %1 n’est plus utilisée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="248"/>
        <source>The peer does not support authentication</source>
        <translation>Le pair ne prend pas en charge l’authentification</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="251"/>
        <source>Authentication event %1</source>
        <translation>Événement d’authentification %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="258"/>
        <source>Everything sent has been acknowledged</source>
        <translation>Tout ce qui a été envoyé a été acquitté</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="269"/>
        <source>All streams were reset</source>
        <translation>Tous les flux ont été réinitialisés</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="270"/>
        <source>Streams reset: %1</source>
        <translation>Flux réinitialisés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="272"/>
        <source>Stream reset refused or failed</source>
        <translation>Réinitialisation des flux refusée ou échouée</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="279"/>
        <source>Association reset: local TSN %1, remote TSN %2</source>
        <translation>Association réinitialisée&#xa0;: TSN local %1, TSN distant %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="287"/>
        <source>Streams changed: %1 inbound, %2 outbound</source>
        <translation>Flux modifiés&#xa0;: %1 entrants, %2 sortants</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="294"/>
        <source>Notification of unknown type 0x%1</source>
        <translation>Notification de type inconnu 0x%1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="311"/>
        <source>Socket unconnected</source>
        <translation>Socket non connecté</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="314"/>
        <source>Socket connecting</source>
        <translation>Socket en cours de connexion</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="317"/>
        <source>Socket connected</source>
        <translation>Socket connecté</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="320"/>
        <source>Socket closing</source>
        <translation>Socket en cours de fermeture</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="334"/>
        <source>Socket error: %1</source>
        <translation>Erreur du socket&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="54"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="55"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="55"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/eventlogmodel.cpp" line="56"/>
        <source>stream %1, %2, %n byte(s)%3: %4</source>
        <translation>
            <numerusform>flux %1, %2, %n octet%3&#xa0;: %4</numerusform>
            <numerusform>flux %1, %2, %n octets%3&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="59"/>
        <source>, unordered</source>
        <translation>, non ordonné</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="110"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="183"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="110"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="185"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="110"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="187"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="111"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="189"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="111"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="191"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="111"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>FlowRateModel</name>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="71"/>
        <source>stream</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="71"/>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="75"/>
        <source>sent</source>
        <translation>envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="75"/>
        <source>received</source>
        <translation>reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="94"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="96"/>
        <source>Stream or PPID</source>
        <translation>Flux ou PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="98"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="100"/>
        <source>Messages/s</source>
        <translation>Messages/s</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="102"/>
        <source>Bytes/s</source>
        <translation>Octets/s</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="104"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="106"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>MonitorSession</name>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="38"/>
        <source>This kernel has no SCTP: load the sctp module (modprobe sctp) or run the monitor under scripts/with-sctp.</source>
        <translation>Ce noyau n’a pas SCTP&#xa0;: chargez le module sctp (modprobe sctp) ou lancez le moniteur avec scripts/with-sctp.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="150"/>
        <location filename="../monitor-app/monitorsession.cpp" line="171"/>
        <source>client to %1</source>
        <translation>client vers %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="164"/>
        <source>The peer address needs a port, as in 127.0.0.1/127.0.0.2:3868.</source>
        <translation>L’adresse du pair doit comporter un port, par exemple 127.0.0.1/127.0.0.2:3868.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="204"/>
        <source>server on %1</source>
        <translation>serveur sur %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="217"/>
        <source>server :%1 from %2</source>
        <translation>serveur :%1 depuis %2</translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="44"/>
        <source>SCTP Association Monitor</source>
        <translation>Moniteur d’associations SCTP</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="63"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="64"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="65"/>
        <source>Rig</source>
        <translation>Banc d’essai</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="84"/>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="85"/>
        <source>How often the associations are sampled</source>
        <translation>Fréquence d’échantillonnage des associations</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="118"/>
        <source>Export Timeline as &amp;CSV…</source>
        <translation>Exporter la chronologie en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="120"/>
        <source>Export Timeline as &amp;JSON…</source>
        <translation>Exporter la chronologie en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="122"/>
        <source>Export Plot as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="128"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="129"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="131"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="132"/>
        <source>Freeze the plots and tables; recording goes on</source>
        <translation>Figer les graphiques et les tableaux&#xa0;; l’enregistrement continue</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="135"/>
        <source>&amp;Associations</source>
        <translation>A&amp;ssociations</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="135"/>
        <source>&amp;Detail</source>
        <translation>&amp;Détail</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="135"/>
        <source>&amp;Rig</source>
        <translation>&amp;Banc d’essai</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="142"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="143"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="145"/>
        <source>About the SCTP Association Monitor</source>
        <translation>À propos du moniteur d’associations SCTP</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="146"/>
        <source>&lt;p&gt;&lt;b&gt;qsctp-monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live status, paths and events of SCTP associations, built on QtSctp.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence. The plots are drawn with QPainter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;qsctp-monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;État, chemins et événements des associations SCTP en direct, fondé sur QtSctp.&lt;/p&gt;&lt;p&gt;Licence BSD-3-Clause. Les graphiques sont dessinés avec QPainter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="152"/>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="156"/>
        <source>Refresh every </source>
        <translation>Actualiser toutes les </translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="188"/>
        <source>The demo could not start: %1</source>
        <translation>La démo n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="191"/>
        <source>Demo running over %1 SCTP: a server on %2 and a client, with traffic on four streams.</source>
        <translation>Démo en cours sur SCTP (%1)&#xa0;: un serveur sur %2 et un client, avec du trafic sur quatre flux.</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/monitorwindow.cpp" line="227"/>
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n association</numerusform>
            <numerusform>%n associations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="229"/>
        <source>Paused — %1</source>
        <translation>En pause — %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="238"/>
        <source>No association is selected.</source>
        <translation>Aucune association n’est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="264"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="284"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="284"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="284"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="286"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="294"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="296"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="93"/>
        <source>QtSctp %1</source>
        <translation>QtSctp %1</translation>
    </message>
</context>
<context>
    <name>PathTableModel</name>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="60"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="79"/>
        <source>Peer address</source>
        <translation>Adresse du pair</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="81"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="83"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="85"/>
        <source>SRTT (ms)</source>
        <translation>SRTT (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="87"/>
        <source>RTO (ms)</source>
        <translation>RTO (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="89"/>
        <source>cwnd (bytes)</source>
        <translation>cwnd (octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="91"/>
        <source>MTU (bytes)</source>
        <translation>MTU (octets)</translation>
    </message>
</context>
<context>
    <name>PlotBuilder</name>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="95"/>
        <source>stream %1</source>
        <translation>flux %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="97"/>
        <source>%1 sent</source>
        <translation>%1 envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="98"/>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="126"/>
        <source>retransmitted chunks</source>
        <translation>chunks retransmis</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="129"/>
        <source>packets sent</source>
        <translation>paquets envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="130"/>
        <source>packets received</source>
        <translation>paquets reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="133"/>
        <source>peer receive window</source>
        <translation>fenêtre de réception du pair</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="136"/>
        <source>unacknowledged</source>
        <translation>non acquittés</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="137"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="325"/>
        <source>Smoothed RTT (ms)</source>
        <translation>RTT lissé (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="327"/>
        <source>Retransmission timeout (ms)</source>
        <translation>Délai de retransmission (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="329"/>
        <source>Congestion window (bytes)</source>
        <translation>Fenêtre de congestion (octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="331"/>
        <source>Path MTU (bytes)</source>
        <translation>MTU du chemin (octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="333"/>
        <source>Messages per second by stream</source>
        <translation>Messages par seconde par flux</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="335"/>
        <source>Bytes per second by stream</source>
        <translation>Octets par seconde par flux</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="337"/>
        <source>Messages per second by PPID</source>
        <translation>Messages par seconde par PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="339"/>
        <source>Bytes per second by PPID</source>
        <translation>Octets par seconde par PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="341"/>
        <source>Retransmissions per second</source>
        <translation>Retransmissions par seconde</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="343"/>
        <source>Packets per second</source>
        <translation>Paquets par seconde</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="345"/>
        <source>Peer receive window (bytes)</source>
        <translation>Fenêtre de réception du pair (octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="347"/>
        <source>Outstanding chunks</source>
        <translation>Chunks en suspens</translation>
    </message>
</context>
<context>
    <name>ProcSctpParser</name>
    <message>
        <location filename="../monitor-app/procsctpparser.cpp" line="118"/>
        <source>one-to-many</source>
        <translation>un-à-plusieurs</translation>
    </message>
    <message>
        <location filename="../monitor-app/procsctpparser.cpp" line="120"/>
        <source>one-to-one</source>
        <translation>un-à-un</translation>
    </message>
</context>
<context>
    <name>RigView</name>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="49"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="51"/>
        <source>Client (connect)</source>
        <translation>Client (se connecter)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="52"/>
        <source>Server (listen)</source>
        <translation>Serveur (écouter)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="56"/>
        <source>127.0.0.1/127.0.0.2:3868</source>
        <translation>127.0.0.1/127.0.0.2:3868</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="57"/>
        <source>Several addresses separated by slashes, then the port: 10.0.0.1/10.0.1.1:3868, [fd00::1]/10.0.0.1:38412, :0 for any address and a free port.</source>
        <translation>Plusieurs adresses séparées par des barres obliques, puis le port&#xa0;: 10.0.0.1/10.0.1.1:3868, [fd00::1]/10.0.0.1:38412, :0 pour toute adresse et un port libre.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="61"/>
        <source>any local address</source>
        <translation>toute adresse locale</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="62"/>
        <source>Clients only: the local addresses to bind before connecting, e.g. 127.0.0.1/127.0.0.2:0</source>
        <translation>Clients uniquement&#xa0;: les adresses locales à lier avant la connexion, par exemple 127.0.0.1/127.0.0.2:0</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="74"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="79"/>
        <source>INIT retransmissions before giving up (SCTP_INITMSG sinit_max_attempts)</source>
        <translation>Retransmissions de l’INIT avant abandon (SCTP_INITMSG sinit_max_attempts)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="82"/>
        <source>Largest INIT retransmission timeout (SCTP_INITMSG sinit_max_init_timeo)</source>
        <translation>Délai maximal avant retransmission de l’INIT (SCTP_INITMSG sinit_max_init_timeo)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="84"/>
        <location filename="../monitor-app/rigview.cpp" line="90"/>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="85"/>
        <source>Initial retransmission timeout (SCTP_RTOINFO)</source>
        <translation>Délai de retransmission initial (RTO, SCTP_RTOINFO)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="86"/>
        <source>Smallest retransmission timeout (SCTP_RTOINFO)</source>
        <translation>Délai de retransmission minimal (RTO, SCTP_RTOINFO)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="87"/>
        <source>Largest retransmission timeout (SCTP_RTOINFO)</source>
        <translation>Délai de retransmission maximal (RTO, SCTP_RTOINFO)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="88"/>
        <source>Heartbeat interval of every path (SCTP_PEER_ADDR_PARAMS)</source>
        <translation>Intervalle de heartbeat de chaque chemin (SCTP_PEER_ADDR_PARAMS)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="106"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="107"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="109"/>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="110"/>
        <source>&amp;Abort</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="111"/>
        <source>End the association at once with an ABORT</source>
        <translation>Terminer l’association immédiatement par un ABORT</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="114"/>
        <source>out</source>
        <translation>sortants</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="116"/>
        <source>in</source>
        <translation>entrants</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="124"/>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="126"/>
        <source>max. timeout</source>
        <translation>délai max.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="130"/>
        <source>RTO initial</source>
        <translation>RTO initial</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="132"/>
        <source>min.</source>
        <translation>min.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="134"/>
        <source>max.</source>
        <translation>max.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="142"/>
        <source>A&amp;ddress:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="143"/>
        <source>&amp;Bind to:</source>
        <translation>&amp;Lier à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="144"/>
        <source>INIT streams:</source>
        <translation>Flux dans l’INIT&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="145"/>
        <source>INIT:</source>
        <translation>INIT&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="146"/>
        <source>Timers:</source>
        <translation>Temporisations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="147"/>
        <source>Heartbeat:</source>
        <translation>Heartbeat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="155"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="167"/>
        <source>&amp;Unordered</source>
        <translation>&amp;Non ordonné</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="169"/>
        <source>Text (UTF-8)</source>
        <translation>Texte (UTF-8)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="170"/>
        <source>Hex</source>
        <translation>Hexadécimal</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="172"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="175"/>
        <source>&amp;Send once</source>
        <translation>Envo&amp;yer une fois</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="179"/>
        <source> msg/s</source>
        <translation>&#xa0;msg/s</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="197"/>
        <source>&amp;To:</source>
        <translation>Ci&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="200"/>
        <source>&amp;PPID:</source>
        <translation>&amp;PPID&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="211"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="213"/>
        <source>Filter the log…</source>
        <translation>Filtrer le journal…</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="141"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="180"/>
        <source>R&amp;epeat</source>
        <translation>Répé&amp;ter</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="198"/>
        <source>Strea&amp;m:</source>
        <translation>Fl&amp;ux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="203"/>
        <source>Payload format:</source>
        <translation>Format de la charge utile&#xa0;:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="215"/>
        <source>Show messa&amp;ges</source>
        <translation>Afficher les messa&amp;ges</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="217"/>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="218"/>
        <source>Copy the selected rows, or all shown rows, as tab-separated text</source>
        <translation>Copier les lignes sélectionnées, ou toutes les lignes affichées, en texte séparé par des tabulations</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="219"/>
        <source>Clea&amp;r</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="233"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="382"/>
        <source>Enter an address first.</source>
        <translation>Saisissez d’abord une adresse.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="387"/>
        <source>The smallest RTO cannot exceed the largest.</source>
        <translation>Le RTO minimal ne peut pas dépasser le RTO maximal.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="395"/>
        <source>Bind address: %1</source>
        <translation>Adresse locale&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="409"/>
        <source>Listening on %1.</source>
        <translation>À l’écoute sur %1.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="410"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="461"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="516"/>
        <source>The PPID must be a number (0 to 4294967295, or hex with 0x).</source>
        <translation>Le PPID doit être un nombre (de 0 à 4294967295, ou en hexadécimal avec 0x).</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="524"/>
        <source>The payload is not an even number of hex digits.</source>
        <translation>La charge utile n’est pas un nombre pair de chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="537"/>
        <source>Choose an association to send on.</source>
        <translation>Choisissez une association sur laquelle envoyer.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="548"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="551"/>
        <source>the association is gone</source>
        <translation>l’association n’existe plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/rigview.cpp" line="556"/>
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SctpDiagParser</name>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="57"/>
        <source>%1 has %2 bytes, not a multiple of %3</source>
        <translation>%1 fait %2&#xa0;octets, ce qui n’est pas un multiple de %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="68"/>
        <source>%1, address %2: %3</source>
        <translation>%1, adresse %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="82"/>
        <source>INET_DIAG_INFO has %1 bytes; struct sctp_info needs at least %2</source>
        <translation>INET_DIAG_INFO fait %1&#xa0;octets&#xa0;; struct sctp_info en demande au moins %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="125"/>
        <source>INET_DIAG_INFO, primary path: %1</source>
        <translation>INET_DIAG_INFO, chemin principal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="188"/>
        <source>%1 bytes are too short for an address</source>
        <translation>%1&#xa0;octets sont trop courts pour une adresse</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="194"/>
        <source>an IPv4 address needs %1 bytes, %2 given</source>
        <translation>une adresse IPv4 demande %1&#xa0;octets, %2 fournis</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="204"/>
        <source>an IPv6 address needs %1 bytes, %2 given</source>
        <translation>une adresse IPv6 demande %1&#xa0;octets, %2 fournis</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="215"/>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="230"/>
        <source>unknown address family %1</source>
        <translation>famille d’adresses inconnue %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="223"/>
        <source>%1 bytes are too short for struct inet_diag_msg (%2 bytes)</source>
        <translation>%1&#xa0;octets sont trop courts pour struct inet_diag_msg (%2&#xa0;octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="263"/>
        <source>%1 bytes left at offset %2, too short for an attribute header</source>
        <translation>%1&#xa0;octets restants à la position %2, trop courts pour un en-tête d’attribut</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="270"/>
        <source>%1 at offset %2 claims %3 bytes; %4 are left</source>
        <translation>%1 à la position %2 annonce %3&#xa0;octets&#xa0;; il en reste %4</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="319"/>
        <source>%1 bytes left at offset %2, too short for a netlink header</source>
        <translation>%1&#xa0;octets restants à la position %2, trop courts pour un en-tête netlink</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="327"/>
        <source>the netlink message at offset %1 claims %2 bytes; %3 are left</source>
        <translation>le message netlink à la position %1 annonce %2&#xa0;octets&#xa0;; il en reste %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="347"/>
        <source>the dump ended with error %1 (%2)</source>
        <translation>l’extraction s’est terminée par l’erreur %1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="355"/>
        <source>an NLMSG_ERROR message of %1 bytes carries no error code</source>
        <translation>un message NLMSG_ERROR de %1&#xa0;octets ne contient aucun code d’erreur</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="364"/>
        <source>the kernel answered error %1 (%2)</source>
        <translation>le noyau a répondu par l’erreur %1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="371"/>
        <source>the kernel reported lost netlink data (NLMSG_OVERRUN)</source>
        <translation>le noyau a signalé des données netlink perdues (NLMSG_OVERRUN)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="381"/>
        <source>message at offset %1 skipped: %2</source>
        <translation>message à la position %1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="385"/>
        <source>message at offset %1 skipped: unexpected type %2</source>
        <translation>message à la position %1 ignoré&#xa0;: type inattendu %2</translation>
    </message>
</context>
<context>
    <name>SctpDiagReader</name>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="41"/>
        <source>Cannot open a sock_diag netlink socket: %1</source>
        <translation>Impossible d’ouvrir un socket netlink sock_diag&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="64"/>
        <source>the kernel has no sctp_diag (modprobe sctp_diag loads it where SCTP is a module): %1</source>
        <translation>le noyau n’a pas sctp_diag (modprobe sctp_diag le charge là où SCTP est un module)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="88"/>
        <source>Cannot send the sock_diag request: %1</source>
        <translation>Impossible d’envoyer la requête sock_diag&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="100"/>
        <source>Waiting for sock_diag: %1</source>
        <translation>Attente de sock_diag&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="101"/>
        <source>sock_diag did not answer within %1 ms</source>
        <translation>sock_diag n’a pas répondu en %1&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="110"/>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="119"/>
        <source>Reading sock_diag: %1</source>
        <translation>Lecture de sock_diag&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SctpNames</name>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="105"/>
        <source>PPID %1</source>
        <translation>PPID %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="106"/>
        <location filename="../monitor-app/sctpnames.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="113"/>
        <source>Invalid Stream Identifier</source>
        <translation>Identifiant de flux invalide</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="115"/>
        <source>Missing Mandatory Parameter</source>
        <translation>Paramètre obligatoire manquant</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="117"/>
        <source>Stale Cookie Error</source>
        <translation>Cookie périmé</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="119"/>
        <source>Out of Resource</source>
        <translation>Ressources épuisées</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="121"/>
        <source>Unresolvable Address</source>
        <translation>Adresse impossible à résoudre</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="123"/>
        <source>Unrecognized Chunk Type</source>
        <translation>Type de chunk non reconnu</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="125"/>
        <source>Invalid Mandatory Parameter</source>
        <translation>Paramètre obligatoire invalide</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="127"/>
        <source>Unrecognized Parameters</source>
        <translation>Paramètres non reconnus</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="129"/>
        <source>No User Data</source>
        <translation>Aucune donnée utilisateur</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="131"/>
        <source>Cookie Received While Shutting Down</source>
        <translation>Cookie reçu pendant la fermeture</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="133"/>
        <source>Restart of an Association with New Addresses</source>
        <translation>Redémarrage d’une association avec de nouvelles adresses</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="135"/>
        <source>User-Initiated Abort</source>
        <translation>Interruption demandée par l’utilisateur</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="137"/>
        <source>Protocol Violation</source>
        <translation>Violation du protocole</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="139"/>
        <source>Request to Delete Last Remaining IP Address</source>
        <translation>Demande de suppression de la dernière adresse IP restante</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="141"/>
        <source>Operation Refused Due to Resource Shortage</source>
        <translation>Opération refusée faute de ressources</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="143"/>
        <source>Request to Delete Source IP Address</source>
        <translation>Demande de suppression de l’adresse IP source</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="145"/>
        <source>Association Aborted Due to Illegal ASCONF-ACK</source>
        <translation>Association interrompue à cause d’un ASCONF-ACK illégal</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="147"/>
        <source>Request Refused: No Authorization</source>
        <translation>Demande refusée&#xa0;: aucune autorisation</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="149"/>
        <source>Unsupported HMAC Identifier</source>
        <translation>Identifiant HMAC non pris en charge</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="159"/>
        <source>cause %1</source>
        <translation>cause %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="184"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="186"/>
        <source>potentially failed</source>
        <translation>peut-être en panne</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="188"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="190"/>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="194"/>
        <location filename="../monitor-app/sctpnames.cpp" line="257"/>
        <location filename="../monitor-app/sctpnames.cpp" line="280"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="239"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="241"/>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="243"/>
        <source>cookie wait</source>
        <translation>attente du cookie</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="245"/>
        <source>cookie echoed</source>
        <translation>cookie renvoyé</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="247"/>
        <source>established</source>
        <translation>établie</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="249"/>
        <source>shutdown pending</source>
        <translation>fermeture en attente</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="251"/>
        <source>shutdown sent</source>
        <translation>fermeture envoyée</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="253"/>
        <source>shutdown received</source>
        <translation>fermeture reçue</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="255"/>
        <source>shutdown ack sent</source>
        <translation>acquittement de fermeture envoyé</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="272"/>
        <source>unconnected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="274"/>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="276"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="278"/>
        <source>closing</source>
        <translation>fermeture en cours</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="36"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="40"/>
        <source>Peer receive window (bytes)</source>
        <translation>Fenêtre de réception du pair (octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="44"/>
        <source>Unacknowledged chunks</source>
        <translation>Chunks non acquittés</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="48"/>
        <source>Chunks waiting to be read</source>
        <translation>Chunks en attente de lecture</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="52"/>
        <source>Inbound streams</source>
        <translation>Flux entrants</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="56"/>
        <source>Outbound streams</source>
        <translation>Flux sortants</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="60"/>
        <source>Fragmentation point (bytes)</source>
        <translation>Seuil de fragmentation (octets)</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="75"/>
        <source>Packets sent</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="76"/>
        <source>Packets received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="77"/>
        <source>Retransmitted chunks</source>
        <translation>Chunks retransmis</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="79"/>
        <source>SACKs sent</source>
        <translation>SACK envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="80"/>
        <source>SACKs received</source>
        <translation>SACK reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="81"/>
        <source>Gap acknowledgements received</source>
        <translation>Acquittements de trous reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="83"/>
        <source>Out-of-sequence TSNs received</source>
        <translation>TSN reçus hors séquence</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="85"/>
        <source>Duplicate chunks received</source>
        <translation>Chunks dupliqués reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="87"/>
        <source>Ordered chunks sent</source>
        <translation>Chunks ordonnés envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="89"/>
        <source>Ordered chunks received</source>
        <translation>Chunks ordonnés reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="91"/>
        <source>Unordered chunks sent</source>
        <translation>Chunks non ordonnés envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="93"/>
        <source>Unordered chunks received</source>
        <translation>Chunks non ordonnés reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="95"/>
        <source>Control chunks sent</source>
        <translation>Chunks de contrôle envoyés</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="97"/>
        <source>Control chunks received</source>
        <translation>Chunks de contrôle reçus</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="100"/>
        <source>Highest RTO since last sample (ms)</source>
        <translation>RTO maximal depuis le dernier échantillon (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="105"/>
        <source>Path of the highest RTO</source>
        <translation>Chemin du RTO maximal</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="165"/>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="167"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="169"/>
        <source>Per second</source>
        <translation>Par seconde</translation>
    </message>
</context>
<context>
    <name>SystemAssociations</name>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="23"/>
        <source>sctp_diag over netlink, each path&apos;s state and RTO from /proc/net/sctp/remaddr</source>
        <translation>sctp_diag via netlink, état et RTO de chaque chemin depuis /proc/net/sctp/remaddr</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="26"/>
        <source>/proc/net/sctp (sctp_diag unavailable: %1)</source>
        <translation>/proc/net/sctp (sctp_diag indisponible&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="27"/>
        <source>/proc/net/sctp</source>
        <translation>/proc/net/sctp</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="31"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="174"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="175"/>
        <source>%1 does not exist: this kernel has no SCTP module loaded.</source>
        <translation>%1 n’existe pas&#xa0;: aucun module SCTP n’est chargé dans ce noyau.</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="166"/>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="293"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="376"/>
        <source>primary path</source>
        <translation>chemin principal</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="378"/>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="380"/>
        <source>shutting down</source>
        <translation>en fermeture</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="383"/>
        <source>critical event</source>
        <translation>événement critique</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="385"/>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="452"/>
        <source>%1 at %2: %3, primary path</source>
        <translation>%1 à %2&#xa0;: %3, chemin principal</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="453"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="459"/>
        <source>Association at %1: %2</source>
        <translation>Association à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../monitor-app/main.cpp" line="53"/>
        <source>Live monitor for SCTP associations: their state, every path&apos;s figures, events and traffic.</source>
        <translation>Moniteur en direct des associations SCTP&#xa0;: leur état, les mesures de chaque chemin, les événements et le trafic.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="61"/>
        <source>Start a multi-homed server and client on 127.0.0.1/127.0.0.2 with traffic, to watch.</source>
        <translation>Lancer un serveur et un client multi-domiciliés sur 127.0.0.1/127.0.0.2 avec du trafic, à observer.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="66"/>
        <source>No window: print JSON lines on stdout.</source>
        <translation>Sans fenêtre&#xa0;: écrire des lignes JSON sur stdout.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="69"/>
        <source>Print a JSON line per sample and per event on stdout (also with the window).</source>
        <translation>Écrire une ligne JSON par échantillon et par événement sur stdout (aussi avec la fenêtre).</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="74"/>
        <source>Stop after &lt;ms&gt; milliseconds.</source>
        <translation>S’arrêter après &lt;ms&gt; millisecondes.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="78"/>
        <source>Sample every &lt;ms&gt; milliseconds (default 500).</source>
        <translation>Échantillonner toutes les &lt;ms&gt; millisecondes (500 par défaut).</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="81"/>
        <source>Listen on &lt;address&gt; (repeatable), e.g. 10.0.0.1/10.0.1.1:3868.</source>
        <translation>Écouter sur &lt;address&gt; (répétable), par exemple 10.0.0.1/10.0.1.1:3868.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="87"/>
        <source>Connect to &lt;address&gt; (repeatable).</source>
        <translation>Se connecter à &lt;address&gt; (répétable).</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="91"/>
        <source>Open with &lt;view&gt; shown: associations, detail or rig.</source>
        <translation>Ouvrir sur la vue &lt;view&gt;&#xa0;: associations, detail ou rig.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="97"/>
        <source>Quit after &lt;ms&gt; milliseconds.</source>
        <translation>Quitter après &lt;ms&gt; millisecondes.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="102"/>
        <source>Save the window as a PNG &lt;file&gt; when quitting.</source>
        <translation>Enregistrer la fenêtre en PNG dans &lt;file&gt; en quittant.</translation>
    </message>
</context>
</TS>
