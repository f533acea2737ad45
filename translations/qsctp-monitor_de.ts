<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssociationListModel</name>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="36"/>
        <source>%1 %2, RTO %3 ms</source>
        <translation>%1 %2, RTO %3 ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="41"/>
        <source>, SRTT %1 ms, cwnd %2 bytes</source>
        <translation>, SRTT %1 ms, cwnd %2 Byte</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="45"/>
        <location filename="../monitor-app/associationlistmodel.cpp" line="160"/>
        <source> (primary)</source>
        <translation> (primär)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="59"/>
        <source>Primary path %1: SRTT %2 ms, RTO %3 ms, cwnd %4 bytes, ssthresh %5 bytes, %6 bytes in flight</source>
        <translation>Primärpfad %1: SRTT %2 ms, RTO %3 ms, cwnd %4 Byte, ssthresh %5 Byte, %6 Byte unterwegs</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="67"/>
        <source>Receive window: ours %1 bytes, the peer&apos;s %2 bytes</source>
        <translation>Empfangsfenster: unseres %1 Byte, das der Gegenstelle %2 Byte</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="70"/>
        <source>Chunks: %1 unacknowledged, %2 TSNs pending, %3 queued in, %4 queued out</source>
        <translation>Chunks: %1 unbestätigt, %2 TSNs ausstehend, %3 eingehend und %4 ausgehend in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="76"/>
        <source>Packets: %1 sent, %2 received; SACKs: %3 sent, %4 received</source>
        <translation>Pakete: %1 gesendet, %2 empfangen; SACKs: %3 gesendet, %4 empfangen</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="81"/>
        <source>Fragmentation point %1 bytes; verification tags: ours 0x%2, the peer&apos;s 0x%3</source>
        <translation>Fragmentierungsgrenze %1 Byte; Verification Tags: unserer 0x%2, der der Gegenstelle 0x%3</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="87"/>
        <source>Socket buffers: send %1 bytes, receive %2 bytes</source>
        <translation>Socket-Puffer: Senden %1 Byte, Empfangen %2 Byte</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="91"/>
        <source>Read through sctp_diag (netlink)</source>
        <translation>Über sctp_diag (Netlink) gelesen</translation>
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
        <translation>%1 %2, SRTT %3 ms, RTO %4 ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="302"/>
        <source>this monitor</source>
        <translation>dieser Monitor</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="303"/>
        <source>system (sctp_diag)</source>
        <translation>System (sctp_diag)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="303"/>
        <source>system (/proc)</source>
        <translation>System (/proc)</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="323"/>
        <source>%1 in / %2 out</source>
        <translation>%1 ein / %2 aus</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="344"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="346"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="348"/>
        <source>Assoc ID</source>
        <translation>Assoz.-ID</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="350"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="352"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="354"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="356"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="358"/>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="360"/>
        <source>Send queue</source>
        <translation>Sendewarteschlange</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="362"/>
        <source>Receive queue</source>
        <translation>Empfangswarteschlange</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="364"/>
        <source>Retransmitted</source>
        <translation>Wiederholt gesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationlistmodel.cpp" line="366"/>
        <source>Process</source>
        <translation>Prozess</translation>
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
        <translation>Nach Adresse, Zustand, Prozess filtern…</translation>
    </message>
    <message>
        <location filename="../monitor-app/associationsview.cpp" line="31"/>
        <source>Show the host&apos;s &amp;other associations</source>
        <translation>&amp;Weitere Assoziationen des Rechners anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/associationsview.cpp" line="123"/>
        <source>%n association(s) of this monitor</source>
        <translation>
            <numerusform>%n Assoziation dieses Monitors</numerusform>
            <numerusform>%n Assoziationen dieses Monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/associationsview.cpp" line="125"/>
        <source>, %n on this host</source>
        <translation>
            <numerusform>, %n auf diesem Rechner</numerusform>
            <numerusform>, %n auf diesem Rechner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/associationsview.cpp" line="126"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>DemoTraffic</name>
    <message>
        <location filename="../monitor-app/demotraffic.cpp" line="63"/>
        <source>One path only: %1</source>
        <translation>Nur ein Pfad: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/demotraffic.cpp" line="70"/>
        <source>demo client</source>
        <translation>Demo-Client</translation>
    </message>
    <message>
        <location filename="../monitor-app/demotraffic.cpp" line="160"/>
        <source>demo short-lived #%1</source>
        <translation>Demo, kurzlebig Nr. %1</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="75"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="76"/>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="77"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="82"/>
        <source>&amp;Association:</source>
        <translation>Ass&amp;oziation:</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="88"/>
        <source>&amp;Time window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="96"/>
        <source>No association selected. Start one in the Rig tab, or run with --demo.</source>
        <translation>Keine Assoziation ausgewählt. Starten Sie eine im Reiter „Testaufbau“ oder rufen Sie das Programm mit --demo auf.</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="111"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="113"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="116"/>
        <source>Rates by stream and PPID</source>
        <translation>Raten nach Stream und PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="117"/>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="209"/>
        <source>Metrics (%1)</source>
        <translation>Messgrößen (%1)</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="284"/>
        <source>%1 — %2 → %3 — %4</source>
        <translation>%1 — %2 → %3 — %4</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="289"/>
        <source> — paused</source>
        <translation> — angehalten</translation>
    </message>
    <message>
        <location filename="../monitor-app/detailview.cpp" line="291"/>
        <source> — zoomed (double-click the plot to follow the window again)</source>
        <translation> — vergrößert (Doppelklick auf die Grafik folgt wieder dem Zeitfenster)</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="47"/>
        <source>Association up: %1 outbound and %2 inbound streams</source>
        <translation>Assoziation aufgebaut: %1 ausgehende und %2 eingehende Streams</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="57"/>
        <source>Association lost: ABORT with cause %1</source>
        <translation>Assoziation verloren: ABORT mit Ursache %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="60"/>
        <source>Association lost</source>
        <translation>Assoziation verloren</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="68"/>
        <source>The peer restarted the association: %1 outbound and %2 inbound streams</source>
        <translation>Die Gegenstelle hat die Assoziation neu gestartet: %1 ausgehende und %2 eingehende Streams</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="75"/>
        <source>Shutdown complete</source>
        <translation>Abbau abgeschlossen</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="82"/>
        <source>Cannot start the association: ABORT with cause %1</source>
        <translation>Die Assoziation kann nicht aufgebaut werden: ABORT mit Ursache %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="84"/>
        <source>Cannot start the association (error %1)</source>
        <translation>Die Assoziation kann nicht aufgebaut werden (Fehler %1)</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="102"/>
        <source>Peer address %1 is reachable</source>
        <translation>Gegenstellenadresse %1 ist erreichbar</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="107"/>
        <source>Peer address %1 is unreachable</source>
        <translation>Gegenstellenadresse %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="112"/>
        <source>Peer address %1 was removed</source>
        <translation>Gegenstellenadresse %1 wurde entfernt</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="116"/>
        <source>Peer address %1 was added</source>
        <translation>Gegenstellenadresse %1 wurde hinzugefügt</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="120"/>
        <source>Peer address %1 is now the primary path</source>
        <translation>Gegenstellenadresse %1 ist jetzt der Primärpfad</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="124"/>
        <source>Peer address %1 is confirmed</source>
        <translation>Gegenstellenadresse %1 ist bestätigt</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="129"/>
        <source>Peer address %1 is potentially failed</source>
        <translation>Gegenstellenadresse %1 ist möglicherweise ausgefallen</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="134"/>
        <source>Peer address %1 changed to state %2</source>
        <translation>Gegenstellenadresse %1 hat jetzt den Zustand %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="171"/>
        <source>Malformed notification: %1</source>
        <translation>Fehlerhafte Benachrichtigung: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="203"/>
        <source>The peer reported an error: %1</source>
        <translation>Die Gegenstelle meldet einen Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/eventdescriber.cpp" line="212"/>
        <source>%n byte(s) on stream %1 (%2) not delivered</source>
        <translation>
            <numerusform>%n Byte auf Stream %1 (%2) nicht zugestellt</numerusform>
            <numerusform>%n Bytes auf Stream %1 (%2) nicht zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="223"/>
        <source>The peer started a graceful shutdown</source>
        <translation>Die Gegenstelle hat einen geordneten Abbau begonnen</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="228"/>
        <source>Partial delivery aborted on stream %1</source>
        <translation>Teilzustellung auf Stream %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="233"/>
        <source>The peer&apos;s adaptation layer indication is 0x%1</source>
        <translation>Die Adaptation-Layer-Kennung der Gegenstelle ist 0x%1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="242"/>
        <source>Authentication key %1 is now active</source>
        <translation>Authentifizierungsschlüssel %1 ist jetzt aktiv</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="245"/>
        <source>Authentication key %1 is no longer used</source>
        <translation>Authentifizierungsschlüssel %1 wird nicht mehr verwendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="248"/>
        <source>The peer does not support authentication</source>
        <translation>Die Gegenstelle unterstützt keine Authentifizierung</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="251"/>
        <source>Authentication event %1</source>
        <translation>Authentifizierungsereignis %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="258"/>
        <source>Everything sent has been acknowledged</source>
        <translation>Alles Gesendete wurde bestätigt</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="269"/>
        <source>All streams were reset</source>
        <translation>Alle Streams wurden zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="270"/>
        <source>Streams reset: %1</source>
        <translation>Zurückgesetzte Streams: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="272"/>
        <source>Stream reset refused or failed</source>
        <translation>Zurücksetzen der Streams abgelehnt oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="279"/>
        <source>Association reset: local TSN %1, remote TSN %2</source>
        <translation>Assoziation zurückgesetzt: lokale TSN %1, entfernte TSN %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="287"/>
        <source>Streams changed: %1 inbound, %2 outbound</source>
        <translation>Streams geändert: %1 eingehend, %2 ausgehend</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="294"/>
        <source>Notification of unknown type 0x%1</source>
        <translation>Benachrichtigung unbekannten Typs 0x%1</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="311"/>
        <source>Socket unconnected</source>
        <translation>Socket nicht verbunden</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="314"/>
        <source>Socket connecting</source>
        <translation>Socket verbindet</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="317"/>
        <source>Socket connected</source>
        <translation>Socket verbunden</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="320"/>
        <source>Socket closing</source>
        <translation>Socket wird geschlossen</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventdescriber.cpp" line="334"/>
        <source>Socket error: %1</source>
        <translation>Socket-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="54"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="55"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="55"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/eventlogmodel.cpp" line="56"/>
        <source>stream %1, %2, %n byte(s)%3: %4</source>
        <translation>
            <numerusform>Stream %1, %2, %n Byte%3: %4</numerusform>
            <numerusform>Stream %1, %2, %n Bytes%3: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="59"/>
        <source>, unordered</source>
        <translation>, ungeordnet</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="110"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="183"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="110"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="185"/>
        <source>Association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="110"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="187"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="111"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="189"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="111"/>
        <location filename="../monitor-app/eventlogmodel.cpp" line="191"/>
        <source>Summary</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../monitor-app/eventlogmodel.cpp" line="111"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>FlowRateModel</name>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="71"/>
        <source>stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="71"/>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="75"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="75"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="94"/>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="96"/>
        <source>Stream or PPID</source>
        <translation>Stream oder PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="98"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="100"/>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="102"/>
        <source>Bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="104"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../monitor-app/flowratemodel.cpp" line="106"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>MonitorSession</name>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="38"/>
        <source>This kernel has no SCTP: load the sctp module (modprobe sctp) or run the monitor under scripts/with-sctp.</source>
        <translation>Dieser Kernel hat kein SCTP: Laden Sie das Modul sctp (modprobe sctp) oder starten Sie den Monitor mit scripts/with-sctp.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="150"/>
        <location filename="../monitor-app/monitorsession.cpp" line="171"/>
        <source>client to %1</source>
        <translation>Client zu %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="164"/>
        <source>The peer address needs a port, as in 127.0.0.1/127.0.0.2:3868.</source>
        <translation>Die Adresse der Gegenstelle braucht einen Port, etwa 127.0.0.1/127.0.0.2:3868.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="204"/>
        <source>server on %1</source>
        <translation>Server auf %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorsession.cpp" line="217"/>
        <source>server :%1 from %2</source>
        <translation>Server :%1 von %2</translation>
    </message>
</context>
<context>
    <name>MonitorWindow</name>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="44"/>
        <source>SCTP Association Monitor</source>
        <translation>SCTP-Assoziationsmonitor</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="63"/>
        <source>Associations</source>
        <translation>Assoziationen</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="64"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="65"/>
        <source>Rig</source>
        <translation>Testaufbau</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="84"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="85"/>
        <source>How often the associations are sampled</source>
        <translation>Wie oft die Assoziationen abgefragt werden</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="118"/>
        <source>Export Timeline as &amp;CSV…</source>
        <translation>Zeitverlauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="120"/>
        <source>Export Timeline as &amp;JSON…</source>
        <translation>Zeitverlauf als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="122"/>
        <source>Export Plot as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="128"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="129"/>
        <source>&amp;Pause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="131"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="132"/>
        <source>Freeze the plots and tables; recording goes on</source>
        <translation>Diagramme und Tabellen anhalten; die Aufzeichnung läuft weiter</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="135"/>
        <source>&amp;Associations</source>
        <translation>A&amp;ssoziationen</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="135"/>
        <source>&amp;Detail</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="135"/>
        <source>&amp;Rig</source>
        <translation>&amp;Testaufbau</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="143"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="145"/>
        <source>About the SCTP Association Monitor</source>
        <translation>Über den SCTP-Assoziationsmonitor</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="146"/>
        <source>&lt;p&gt;&lt;b&gt;qsctp-monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live status, paths and events of SCTP associations, built on QtSctp.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence. The plots are drawn with QPainter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;qsctp-monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Zustand, Pfade und Ereignisse von SCTP-Assoziationen in Echtzeit, auf Basis von QtSctp.&lt;/p&gt;&lt;p&gt;Lizenz BSD-3-Clause. Die Diagramme zeichnet QPainter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="152"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="156"/>
        <source>Refresh every </source>
        <translation>Aktualisieren alle </translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="188"/>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="191"/>
        <source>Demo running over %1 SCTP: a server on %2 and a client, with traffic on four streams.</source>
        <translation>Demo läuft über SCTP (%1): ein Server auf %2 und ein Client, mit Verkehr auf vier Streams.</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/monitorwindow.cpp" line="227"/>
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n Assoziation</numerusform>
            <numerusform>%n Assoziationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="229"/>
        <source>Paused — %1</source>
        <translation>Angehalten — %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="238"/>
        <source>No association is selected.</source>
        <translation>Keine Assoziation ist ausgewählt.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="264"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="284"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="284"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="284"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="286"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="294"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../monitor-app/monitorwindow.cpp" line="296"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
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
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="79"/>
        <source>Peer address</source>
        <translation>Gegenstellenadresse</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="81"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="83"/>
        <source>Primary</source>
        <translation>Primär</translation>
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
        <translation>cwnd (Bytes)</translation>
    </message>
    <message>
        <location filename="../monitor-app/pathtablemodel.cpp" line="91"/>
        <source>MTU (bytes)</source>
        <translation>MTU (Bytes)</translation>
    </message>
</context>
<context>
    <name>PlotBuilder</name>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="95"/>
        <source>stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="97"/>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="98"/>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="126"/>
        <source>retransmitted chunks</source>
        <translation>wiederholte Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="129"/>
        <source>packets sent</source>
        <translation>gesendete Pakete</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="130"/>
        <source>packets received</source>
        <translation>empfangene Pakete</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="133"/>
        <source>peer receive window</source>
        <translation>Empfangsfenster der Gegenstelle</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="136"/>
        <source>unacknowledged</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="137"/>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="325"/>
        <source>Smoothed RTT (ms)</source>
        <translation>Geglättete RTT (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="327"/>
        <source>Retransmission timeout (ms)</source>
        <translation>Wiederholungs-Timeout (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="329"/>
        <source>Congestion window (bytes)</source>
        <translation>Überlastfenster (Bytes)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="331"/>
        <source>Path MTU (bytes)</source>
        <translation>Pfad-MTU (Bytes)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="333"/>
        <source>Messages per second by stream</source>
        <translation>Nachrichten pro Sekunde nach Stream</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="335"/>
        <source>Bytes per second by stream</source>
        <translation>Bytes pro Sekunde nach Stream</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="337"/>
        <source>Messages per second by PPID</source>
        <translation>Nachrichten pro Sekunde nach PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="339"/>
        <source>Bytes per second by PPID</source>
        <translation>Bytes pro Sekunde nach PPID</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="341"/>
        <source>Retransmissions per second</source>
        <translation>Wiederholungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="343"/>
        <source>Packets per second</source>
        <translation>Pakete pro Sekunde</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="345"/>
        <source>Peer receive window (bytes)</source>
        <translation>Empfangsfenster der Gegenstelle (Bytes)</translation>
    </message>
    <message>
        <location filename="../monitor-app/plotbuilder.cpp" line="347"/>
        <source>Outstanding chunks</source>
        <translation>Ausstehende Chunks</translation>
    </message>
</context>
<context>
    <name>ProcSctpParser</name>
    <message>
        <location filename="../monitor-app/procsctpparser.cpp" line="118"/>
        <source>one-to-many</source>
        <translation>one-to-many</translation>
    </message>
    <message>
        <location filename="../monitor-app/procsctpparser.cpp" line="120"/>
        <source>one-to-one</source>
        <translation>one-to-one</translation>
    </message>
</context>
<context>
    <name>RigView</name>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="49"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="51"/>
        <source>Client (connect)</source>
        <translation>Client (verbinden)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="52"/>
        <source>Server (listen)</source>
        <translation>Server (Verbindungen annehmen)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="56"/>
        <source>127.0.0.1/127.0.0.2:3868</source>
        <translation>127.0.0.1/127.0.0.2:3868</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="57"/>
        <source>Several addresses separated by slashes, then the port: 10.0.0.1/10.0.1.1:3868, [fd00::1]/10.0.0.1:38412, :0 for any address and a free port.</source>
        <translation>Mehrere Adressen durch Schrägstriche getrennt, dann der Port: 10.0.0.1/10.0.1.1:3868, [fd00::1]/10.0.0.1:38412, :0 für jede Adresse und einen freien Port.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="61"/>
        <source>any local address</source>
        <translation>beliebige lokale Adresse</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="62"/>
        <source>Clients only: the local addresses to bind before connecting, e.g. 127.0.0.1/127.0.0.2:0</source>
        <translation>Nur für Clients: die lokalen Adressen, an die vor dem Verbinden gebunden wird, z. B. 127.0.0.1/127.0.0.2:0</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="74"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="79"/>
        <source>INIT retransmissions before giving up (SCTP_INITMSG sinit_max_attempts)</source>
        <translation>INIT-Wiederholungen, bevor aufgegeben wird (SCTP_INITMSG sinit_max_attempts)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="82"/>
        <source>Largest INIT retransmission timeout (SCTP_INITMSG sinit_max_init_timeo)</source>
        <translation>Größte Wartezeit vor einer INIT-Wiederholung (SCTP_INITMSG sinit_max_init_timeo)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="84"/>
        <location filename="../monitor-app/rigview.cpp" line="90"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="85"/>
        <source>Initial retransmission timeout (SCTP_RTOINFO)</source>
        <translation>Anfängliche Wartezeit bis zur Wiederholung (RTO, SCTP_RTOINFO)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="86"/>
        <source>Smallest retransmission timeout (SCTP_RTOINFO)</source>
        <translation>Kleinste Wartezeit bis zur Wiederholung (RTO, SCTP_RTOINFO)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="87"/>
        <source>Largest retransmission timeout (SCTP_RTOINFO)</source>
        <translation>Größte Wartezeit bis zur Wiederholung (RTO, SCTP_RTOINFO)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="88"/>
        <source>Heartbeat interval of every path (SCTP_PEER_ADDR_PARAMS)</source>
        <translation>Heartbeat-Intervall jedes Pfads (SCTP_PEER_ADDR_PARAMS)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="106"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="107"/>
        <source>&amp;Create</source>
        <translation>Ers&amp;tellen</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="109"/>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="110"/>
        <source>&amp;Abort</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="111"/>
        <source>End the association at once with an ABORT</source>
        <translation>Die Assoziation sofort mit einem ABORT beenden</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="114"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="116"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="124"/>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="126"/>
        <source>max. timeout</source>
        <translation>max. Wartezeit</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="130"/>
        <source>RTO initial</source>
        <translation>RTO anfangs</translation>
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
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="143"/>
        <source>&amp;Bind to:</source>
        <translation>&amp;Lokal binden an:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="144"/>
        <source>INIT streams:</source>
        <translation>Streams im INIT:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="145"/>
        <source>INIT:</source>
        <translation>INIT:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="146"/>
        <source>Timers:</source>
        <translation>Zeitgeber:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="147"/>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="155"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="167"/>
        <source>&amp;Unordered</source>
        <translation>&amp;Ungeordnet</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="169"/>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="170"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="172"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="175"/>
        <source>&amp;Send once</source>
        <translation>Einmal &amp;senden</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="179"/>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="197"/>
        <source>&amp;To:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="200"/>
        <source>&amp;PPID:</source>
        <translation>&amp;PPID:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="211"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="213"/>
        <source>Filter the log…</source>
        <translation>Protokoll filtern…</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="141"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="180"/>
        <source>R&amp;epeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="198"/>
        <source>Strea&amp;m:</source>
        <translation>Strea&amp;m:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="203"/>
        <source>Payload format:</source>
        <translation>Nutzdatenformat:</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="215"/>
        <source>Show messa&amp;ges</source>
        <translation>Na&amp;chrichten anzeigen</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="217"/>
        <source>Cop&amp;y</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="218"/>
        <source>Copy the selected rows, or all shown rows, as tab-separated text</source>
        <translation>Die ausgewählten Zeilen, sonst alle angezeigten, als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="219"/>
        <source>Clea&amp;r</source>
        <translation>Leere&amp;n</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="233"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="382"/>
        <source>Enter an address first.</source>
        <translation>Geben Sie zuerst eine Adresse ein.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="387"/>
        <source>The smallest RTO cannot exceed the largest.</source>
        <translation>Das kleinste RTO darf nicht größer als das größte sein.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="395"/>
        <source>Bind address: %1</source>
        <translation>Bindeadresse: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="409"/>
        <source>Listening on %1.</source>
        <translation>Nimmt Verbindungen an %1 an.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="410"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="461"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="516"/>
        <source>The PPID must be a number (0 to 4294967295, or hex with 0x).</source>
        <translation>Die PPID muss eine Zahl sein (0 bis 4294967295, oder hexadezimal mit 0x).</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="524"/>
        <source>The payload is not an even number of hex digits.</source>
        <translation>Die Nutzdaten sind keine gerade Anzahl von Hexadezimalziffern.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="537"/>
        <source>Choose an association to send on.</source>
        <translation>Wählen Sie eine Assoziation zum Senden.</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="548"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/rigview.cpp" line="551"/>
        <source>the association is gone</source>
        <translation>die Assoziation besteht nicht mehr</translation>
    </message>
    <message numerus="yes">
        <location filename="../monitor-app/rigview.cpp" line="556"/>
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n Nachricht gesendet.</numerusform>
            <numerusform>%n Nachrichten gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SctpDiagParser</name>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="57"/>
        <source>%1 has %2 bytes, not a multiple of %3</source>
        <translation>%1 hat %2 Byte, kein Vielfaches von %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="68"/>
        <source>%1, address %2: %3</source>
        <translation>%1, Adresse %2: %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="82"/>
        <source>INET_DIAG_INFO has %1 bytes; struct sctp_info needs at least %2</source>
        <translation>INET_DIAG_INFO hat %1 Byte; struct sctp_info braucht mindestens %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="125"/>
        <source>INET_DIAG_INFO, primary path: %1</source>
        <translation>INET_DIAG_INFO, Primärpfad: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="188"/>
        <source>%1 bytes are too short for an address</source>
        <translation>%1 Byte sind zu kurz für eine Adresse</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="194"/>
        <source>an IPv4 address needs %1 bytes, %2 given</source>
        <translation>eine IPv4-Adresse braucht %1 Byte, %2 vorhanden</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="204"/>
        <source>an IPv6 address needs %1 bytes, %2 given</source>
        <translation>eine IPv6-Adresse braucht %1 Byte, %2 vorhanden</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="215"/>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="230"/>
        <source>unknown address family %1</source>
        <translation>unbekannte Adressfamilie %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="223"/>
        <source>%1 bytes are too short for struct inet_diag_msg (%2 bytes)</source>
        <translation>%1 Byte sind zu kurz für struct inet_diag_msg (%2 Byte)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="263"/>
        <source>%1 bytes left at offset %2, too short for an attribute header</source>
        <translation>%1 Byte übrig ab Offset %2, zu kurz für einen Attributkopf</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="270"/>
        <source>%1 at offset %2 claims %3 bytes; %4 are left</source>
        <translation>%1 an Offset %2 gibt %3 Byte an; %4 sind übrig</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="319"/>
        <source>%1 bytes left at offset %2, too short for a netlink header</source>
        <translation>%1 Byte übrig ab Offset %2, zu kurz für einen Netlink-Kopf</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="327"/>
        <source>the netlink message at offset %1 claims %2 bytes; %3 are left</source>
        <translation>die Netlink-Nachricht an Offset %1 gibt %2 Byte an; %3 sind übrig</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="347"/>
        <source>the dump ended with error %1 (%2)</source>
        <translation>die Abfrage endete mit Fehler %1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="355"/>
        <source>an NLMSG_ERROR message of %1 bytes carries no error code</source>
        <translation>eine NLMSG_ERROR-Nachricht mit %1 Byte enthält keinen Fehlercode</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="364"/>
        <source>the kernel answered error %1 (%2)</source>
        <translation>der Kernel antwortete mit Fehler %1 (%2)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="371"/>
        <source>the kernel reported lost netlink data (NLMSG_OVERRUN)</source>
        <translation>der Kernel meldete verlorene Netlink-Daten (NLMSG_OVERRUN)</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="381"/>
        <source>message at offset %1 skipped: %2</source>
        <translation>Nachricht an Offset %1 übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagparser.cpp" line="385"/>
        <source>message at offset %1 skipped: unexpected type %2</source>
        <translation>Nachricht an Offset %1 übersprungen: unerwarteter Typ %2</translation>
    </message>
</context>
<context>
    <name>SctpDiagReader</name>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="41"/>
        <source>Cannot open a sock_diag netlink socket: %1</source>
        <translation>Kein sock_diag-Netlink-Socket möglich: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="64"/>
        <source>the kernel has no sctp_diag (modprobe sctp_diag loads it where SCTP is a module): %1</source>
        <translation>der Kernel hat kein sctp_diag (modprobe sctp_diag lädt es, wo SCTP ein Modul ist): %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="88"/>
        <source>Cannot send the sock_diag request: %1</source>
        <translation>Die sock_diag-Anfrage kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="100"/>
        <source>Waiting for sock_diag: %1</source>
        <translation>Warten auf sock_diag: %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="101"/>
        <source>sock_diag did not answer within %1 ms</source>
        <translation>sock_diag hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="110"/>
        <location filename="../monitor-app/sctpdiagreader.cpp" line="119"/>
        <source>Reading sock_diag: %1</source>
        <translation>Lesen von sock_diag: %1</translation>
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
        <translation>Ungültige Stream-Kennung</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="115"/>
        <source>Missing Mandatory Parameter</source>
        <translation>Fehlender Pflichtparameter</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="117"/>
        <source>Stale Cookie Error</source>
        <translation>Veraltetes Cookie</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="119"/>
        <source>Out of Resource</source>
        <translation>Ressourcen erschöpft</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="121"/>
        <source>Unresolvable Address</source>
        <translation>Nicht auflösbare Adresse</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="123"/>
        <source>Unrecognized Chunk Type</source>
        <translation>Unbekannter Chunk-Typ</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="125"/>
        <source>Invalid Mandatory Parameter</source>
        <translation>Ungültiger Pflichtparameter</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="127"/>
        <source>Unrecognized Parameters</source>
        <translation>Unbekannte Parameter</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="129"/>
        <source>No User Data</source>
        <translation>Keine Nutzdaten</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="131"/>
        <source>Cookie Received While Shutting Down</source>
        <translation>Cookie während des Abbaus empfangen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="133"/>
        <source>Restart of an Association with New Addresses</source>
        <translation>Neustart einer Assoziation mit neuen Adressen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="135"/>
        <source>User-Initiated Abort</source>
        <translation>Vom Benutzer ausgelöster Abbruch</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="137"/>
        <source>Protocol Violation</source>
        <translation>Protokollverletzung</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="139"/>
        <source>Request to Delete Last Remaining IP Address</source>
        <translation>Anforderung, die letzte verbleibende IP-Adresse zu löschen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="141"/>
        <source>Operation Refused Due to Resource Shortage</source>
        <translation>Vorgang wegen Ressourcenmangels abgelehnt</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="143"/>
        <source>Request to Delete Source IP Address</source>
        <translation>Anforderung, die Quell-IP-Adresse zu löschen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="145"/>
        <source>Association Aborted Due to Illegal ASCONF-ACK</source>
        <translation>Assoziation wegen unzulässigem ASCONF-ACK abgebrochen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="147"/>
        <source>Request Refused: No Authorization</source>
        <translation>Anforderung abgelehnt: keine Berechtigung</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="149"/>
        <source>Unsupported HMAC Identifier</source>
        <translation>Nicht unterstützte HMAC-Kennung</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="159"/>
        <source>cause %1</source>
        <translation>Ursache %1</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="184"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="186"/>
        <source>potentially failed</source>
        <translation>möglicherweise ausgefallen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="188"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="190"/>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="194"/>
        <location filename="../monitor-app/sctpnames.cpp" line="257"/>
        <location filename="../monitor-app/sctpnames.cpp" line="280"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="239"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="241"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="243"/>
        <source>cookie wait</source>
        <translation>wartet auf Cookie</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="245"/>
        <source>cookie echoed</source>
        <translation>Cookie zurückgesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="247"/>
        <source>established</source>
        <translation>aufgebaut</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="249"/>
        <source>shutdown pending</source>
        <translation>Abbau anstehend</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="251"/>
        <source>shutdown sent</source>
        <translation>Abbau gesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="253"/>
        <source>shutdown received</source>
        <translation>Abbau empfangen</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="255"/>
        <source>shutdown ack sent</source>
        <translation>Abbaubestätigung gesendet</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="272"/>
        <source>unconnected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="274"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="276"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../monitor-app/sctpnames.cpp" line="278"/>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
</context>
<context>
    <name>StatisticsModel</name>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="36"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="40"/>
        <source>Peer receive window (bytes)</source>
        <translation>Empfangsfenster der Gegenstelle (Bytes)</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="44"/>
        <source>Unacknowledged chunks</source>
        <translation>Unbestätigte Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="48"/>
        <source>Chunks waiting to be read</source>
        <translation>Chunks, die auf das Lesen warten</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="52"/>
        <source>Inbound streams</source>
        <translation>Eingehende Streams</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="56"/>
        <source>Outbound streams</source>
        <translation>Ausgehende Streams</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="60"/>
        <source>Fragmentation point (bytes)</source>
        <translation>Fragmentierungsgrenze (Bytes)</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="75"/>
        <source>Packets sent</source>
        <translation>Gesendete Pakete</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="76"/>
        <source>Packets received</source>
        <translation>Empfangene Pakete</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="77"/>
        <source>Retransmitted chunks</source>
        <translation>Wiederholt gesendete Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="79"/>
        <source>SACKs sent</source>
        <translation>Gesendete SACKs</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="80"/>
        <source>SACKs received</source>
        <translation>Empfangene SACKs</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="81"/>
        <source>Gap acknowledgements received</source>
        <translation>Empfangene Lückenbestätigungen</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="83"/>
        <source>Out-of-sequence TSNs received</source>
        <translation>Außer der Reihe empfangene TSNs</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="85"/>
        <source>Duplicate chunks received</source>
        <translation>Empfangene doppelte Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="87"/>
        <source>Ordered chunks sent</source>
        <translation>Gesendete geordnete Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="89"/>
        <source>Ordered chunks received</source>
        <translation>Empfangene geordnete Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="91"/>
        <source>Unordered chunks sent</source>
        <translation>Gesendete ungeordnete Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="93"/>
        <source>Unordered chunks received</source>
        <translation>Empfangene ungeordnete Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="95"/>
        <source>Control chunks sent</source>
        <translation>Gesendete Steuer-Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="97"/>
        <source>Control chunks received</source>
        <translation>Empfangene Steuer-Chunks</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="100"/>
        <source>Highest RTO since last sample (ms)</source>
        <translation>Höchste RTO seit der letzten Abfrage (ms)</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="105"/>
        <source>Path of the highest RTO</source>
        <translation>Pfad der höchsten RTO</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="165"/>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="167"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../monitor-app/statisticsmodel.cpp" line="169"/>
        <source>Per second</source>
        <translation>Pro Sekunde</translation>
    </message>
</context>
<context>
    <name>SystemAssociations</name>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="23"/>
        <source>sctp_diag over netlink, each path&apos;s state and RTO from /proc/net/sctp/remaddr</source>
        <translation>sctp_diag über Netlink, Zustand und RTO jedes Pfads aus /proc/net/sctp/remaddr</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="26"/>
        <source>/proc/net/sctp (sctp_diag unavailable: %1)</source>
        <translation>/proc/net/sctp (sctp_diag nicht verfügbar: %1)</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="27"/>
        <source>/proc/net/sctp</source>
        <translation>/proc/net/sctp</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="31"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="174"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../monitor-app/systemassociations.cpp" line="175"/>
        <source>%1 does not exist: this kernel has no SCTP module loaded.</source>
        <translation>%1 existiert nicht: In diesem Kernel ist kein SCTP-Modul geladen.</translation>
    </message>
</context>
<context>
    <name>TimelinePlot</name>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="166"/>
        <source>association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="293"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="376"/>
        <source>primary path</source>
        <translation>Primärpfad</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="378"/>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="380"/>
        <source>shutting down</source>
        <translation>im Abbau</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="383"/>
        <source>critical event</source>
        <translation>kritisches Ereignis</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="385"/>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="452"/>
        <source>%1 at %2: %3, primary path</source>
        <translation>%1 um %2: %3, Primärpfad</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="453"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../monitor-app/timelineplot.cpp" line="459"/>
        <source>Association at %1: %2</source>
        <translation>Assoziation um %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../monitor-app/main.cpp" line="53"/>
        <source>Live monitor for SCTP associations: their state, every path&apos;s figures, events and traffic.</source>
        <translation>Live-Monitor für SCTP-Assoziationen: ihr Zustand, die Werte jedes Pfades, Ereignisse und Verkehr.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="61"/>
        <source>Start a multi-homed server and client on 127.0.0.1/127.0.0.2 with traffic, to watch.</source>
        <translation>Einen mehrfach angebundenen Server und Client auf 127.0.0.1/127.0.0.2 mit Verkehr starten, zum Beobachten.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="66"/>
        <source>No window: print JSON lines on stdout.</source>
        <translation>Kein Fenster: JSON-Zeilen auf stdout ausgeben.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="69"/>
        <source>Print a JSON line per sample and per event on stdout (also with the window).</source>
        <translation>Eine JSON-Zeile pro Abfrage und pro Ereignis auf stdout ausgeben (auch mit Fenster).</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="74"/>
        <source>Stop after &lt;ms&gt; milliseconds.</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="78"/>
        <source>Sample every &lt;ms&gt; milliseconds (default 500).</source>
        <translation>Alle &lt;ms&gt; Millisekunden abfragen (Standard 500).</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="81"/>
        <source>Listen on &lt;address&gt; (repeatable), e.g. 10.0.0.1/10.0.1.1:3868.</source>
        <translation>Verbindungen an &lt;address&gt; annehmen (wiederholbar), z. B. 10.0.0.1/10.0.1.1:3868.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="87"/>
        <source>Connect to &lt;address&gt; (repeatable).</source>
        <translation>Mit &lt;address&gt; verbinden (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="91"/>
        <source>Open with &lt;view&gt; shown: associations, detail or rig.</source>
        <translation>Mit der Ansicht &lt;view&gt; öffnen: associations, detail oder rig.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="97"/>
        <source>Quit after &lt;ms&gt; milliseconds.</source>
        <translation>Nach &lt;ms&gt; Millisekunden beenden.</translation>
    </message>
    <message>
        <location filename="../monitor-app/main.cpp" line="102"/>
        <source>Save the window as a PNG &lt;file&gt; when quitting.</source>
        <translation>Beim Beenden das Fenster als PNG in &lt;file&gt; speichern.</translation>
    </message>
</context>
</TS>
