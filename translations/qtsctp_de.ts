<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>QtSctp::QSctpAddress</name>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>%1 at position %2 in %3 is not an IP address: brackets are for IPv6 literals</source>
            <translation>%1 an Position %2 in %3 ist keine IP-Adresse: Eckige Klammern sind für IPv6-Adressliterale</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>IPv4 address %1 cannot be used on network sctp6</source>
            <translation>Die IPv4-Adresse %1 ist im Netz sctp6 nicht verwendbar</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>IPv4-mapped address %1 cannot be used on network sctp6</source>
            <translation>Die IPv4-gemappte Adresse %1 ist im Netz sctp6 nicht verwendbar</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>IPv6 address %1 cannot be used on network sctp4</source>
            <translation>Die IPv6-Adresse %1 ist im Netz sctp4 nicht verwendbar</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>cannot resolve host name %1 in %2: %3</source>
            <translation>Hostname %1 in %2 kann nicht aufgelöst werden: %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>control character 0x%1 at position %2 in %3</source>
            <translation>Steuerzeichen 0x%1 an Position %2 in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty address before '/' at position %1 in %2</source>
            <translation>leere Adresse vor '/' an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty address between '/' and ':' at position %1 in %2</source>
            <translation>leere Adresse zwischen '/' und ':' an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty address between '/' at position %1 in %2</source>
            <translation>leere Adresse zwischen '/' an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty brackets at position %1 in %2</source>
            <translation>leere eckige Klammern an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty zone after '%' at position %1 in %2</source>
            <translation>leere Zone nach '%' an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 at position %2 in %3 is not an IP address; use QSctpAddress::resolve() to look up host names</source>
            <translation>Der Hostname %1 an Position %2 in %3 ist keine IP-Adresse; Hostnamen löst QSctpAddress::resolve() auf</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 has no IP address</source>
            <translation>Der Hostname %1 hat keine IP-Adresse</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 has no IPv4 address (network sctp4)</source>
            <translation>Der Hostname %1 hat keine IPv4-Adresse (Netz sctp4)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 has no IPv6 address (network sctp6)</source>
            <translation>Der Hostname %1 hat keine IPv6-Adresse (Netz sctp6)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid IPv4 address %1 at position %2 in %3</source>
            <translation>ungültige IPv4-Adresse %1 an Position %2 in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid IPv6 address %1 at position %2 in %3</source>
            <translation>ungültige IPv6-Adresse %1 an Position %2 in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid address %1 at position %2 in %3</source>
            <translation>ungültige Adresse %1 an Position %2 in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid character '%1' in zone %2 at position %3 in %4</source>
            <translation>ungültiges Zeichen '%1' in der Zone %2 an Position %3 in %4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid port %1 at position %2 in %3: expected a number from 0 to 65535 or a service name</source>
            <translation>ungültiger Port %1 an Position %2 in %3: erwartet wird eine Zahl von 0 bis 65535 oder ein Dienstname</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>missing port: no ':' in %1</source>
            <translation>Port fehlt: kein ':' in %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>negative port %1 at position %2 in %3</source>
            <translation>negativer Port %1 an Position %2 in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>negative sockaddr buffer size %1</source>
            <translation>negative sockaddr-Puffergröße %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>negative sockaddr count %1</source>
            <translation>negative sockaddr-Anzahl %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>non-ASCII character U+%1 at position %2 in %3</source>
            <translation>Nicht-ASCII-Zeichen U+%1 an Position %2 in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>null sockaddr buffer of size %1</source>
            <translation>sockaddr-Nullzeiger als Puffer der Größe %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>port %1 in %2 is out of range (0-65535)</source>
            <translation>Port %1 in %2 liegt außerhalb des Bereichs (0-65535)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>sockaddr entry %1 (%2) at offset %3 is truncated: %4 bytes left, %5 needed</source>
            <translation>sockaddr-Eintrag %1 (%2) an Offset %3 ist abgeschnitten: %4 Bytes übrig, %5 nötig</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>sockaddr entry %1 at offset %2 is truncated: %3 bytes left, the family alone needs %4</source>
            <translation>sockaddr-Eintrag %1 an Offset %2 ist abgeschnitten: %3 Bytes übrig, allein die Adressfamilie braucht %4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>trailing '/' at position %1 in %2</source>
            <translation>überzähliges '/' am Ende, an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unbalanced '[' at position %1 in %2: no closing ']'</source>
            <translation>unausgeglichenes '[' an Position %1 in %2: kein schließendes ']'</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unbalanced ']' at position %1 in %2</source>
            <translation>unausgeglichenes ']' an Position %1 in %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '%1' at position %2 in %3: expected '/' or ':' after ']'</source>
            <translation>unerwartetes '%1' an Position %2 in %3: nach ']' wird '/' oder ':' erwartet</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '/' in port %1 at position %2 in %3: the port must follow the last address</source>
            <translation>unerwartetes '/' im Port %1 an Position %2 in %3: Der Port muss auf die letzte Adresse folgen</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '[' at position %1 in %2: a '[' must start an address</source>
            <translation>unerwartetes '[' an Position %1 in %2: Ein '[' muss am Anfang einer Adresse stehen</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '[' at position %1 inside the brackets opened at position %2 in %3</source>
            <translation>unerwartetes '[' an Position %1 innerhalb der an Position %2 geöffneten Klammern in %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected second ':' at position %1 in %2: IPv6 addresses must be enclosed in brackets, as in "[::1]:80"</source>
            <translation>unerwarteter zweiter ':' an Position %1 in %2: IPv6-Adressen müssen in eckigen Klammern stehen, etwa "[::1]:80"</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unknown address family %1 in sockaddr entry %2 at offset %3</source>
            <translation>unbekannte Adressfamilie %1 im sockaddr-Eintrag %2 an Offset %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unknown service %1 in %2: no sctp or tcp entry in the services database</source>
            <translation>unbekannter Dienst %1 in %2: kein sctp- oder tcp-Eintrag in der Dienstdatenbank</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>zone in %1 at position %2 in %3: only a bracketed IPv6 address can have a zone, as in "[fe80::1%lo]"</source>
            <translation>Zone in %1 an Position %2 in %3: Nur eine IPv6-Adresse in eckigen Klammern kann eine Zone haben, etwa "[fe80::1%lo]"</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>zone on IPv4 address %1 at position %2 in %3</source>
            <translation>Zone an der IPv4-Adresse %1 an Position %2 in %3</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpAssociationOptions</name>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>%1 (at most 500 ms)</source>
            <translation>%1 (höchstens 500 ms)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>%1 (the threshold must not exceed the path's maximum retransmissions)</source>
            <translation>%1 (die Schwelle darf die maximalen Übertragungswiederholungen des Pfads nicht überschreiten)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>%1 (the values must satisfy min &lt;= initial &lt;= max)</source>
            <translation>%1 (die Werte müssen min &lt;= initial &lt;= max erfüllen)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>Cannot set %1: %2</source>
            <translation>%1 kann nicht gesetzt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>it is not supported by the %1 engine</source>
            <translation>die Engine %1 unterstützt es nicht</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpNotification</name>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>%1 notification truncated: it has %2 bytes, struct %3 needs %4</source>
            <translation>Benachrichtigung %1 abgeschnitten: Sie hat %2 Bytes, struct %3 braucht %4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP notification declares %1 bytes but only %2 were received</source>
            <translation>SCTP-Benachrichtigung gibt %1 Bytes an, empfangen wurden aber nur %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP notification declares a length of %1 bytes, less than its %2-byte header</source>
            <translation>SCTP-Benachrichtigung gibt eine Länge von %1 Bytes an, weniger als ihr %2 Byte langer Kopf</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP notification truncated: it has %1 bytes, the header needs %2</source>
            <translation>SCTP-Benachrichtigung abgeschnitten: Sie hat %1 Bytes, der Kopf braucht %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_PEER_ADDR_CHANGE notification has address family %1, neither AF_INET (%2) nor AF_INET6 (%3)</source>
            <translation>SCTP_PEER_ADDR_CHANGE-Benachrichtigung hat die Adressfamilie %1, weder AF_INET (%2) noch AF_INET6 (%3)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_PEER_ADDR_CHANGE notification truncated: it has %1 bytes, its %2 address needs %3</source>
            <translation>SCTP_PEER_ADDR_CHANGE-Benachrichtigung abgeschnitten: Sie hat %1 Bytes, ihre %2-Adresse braucht %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_PEER_ADDR_CHANGE notification truncated: it has %1 bytes, its address family needs %2</source>
            <translation>SCTP_PEER_ADDR_CHANGE-Benachrichtigung abgeschnitten: Sie hat %1 Bytes, ihre Adressfamilie braucht %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_STREAM_RESET_EVENT notification of %1 bytes has a truncated stream list: the %2 bytes after struct sctp_stream_reset_event are not a whole number of %3-byte stream identifiers</source>
            <translation>SCTP_STREAM_RESET_EVENT-Benachrichtigung mit %1 Bytes hat eine abgeschnittene Stream-Liste: Die %2 Bytes nach struct sctp_stream_reset_event sind kein Vielfaches der %3 Byte langen Stream-IDs</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpServer</name>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot accept an association: %1</source>
            <translation>Die Assoziation kann nicht angenommen werden: %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot add %1 to the server: %2</source>
            <translation>%1 kann dem Server nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot change the engine of a listening server (it uses the %1 engine)</source>
            <translation>Die Engine eines lauschenden Servers kann nicht gewechselt werden (er verwendet die Engine %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot listen on %1: %2</source>
            <translation>Lauschen auf %1 nicht möglich: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot remove %1 from the server: %2</source>
            <translation>%1 kann nicht vom Server entfernt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot set %1: %2</source>
            <translation>%1 kann nicht gesetzt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot subscribe to notification type %1</source>
            <translation>Der Benachrichtigungstyp %1 kann nicht abonniert werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot unsubscribe from notification type %1</source>
            <translation>Das Abonnement des Benachrichtigungstyps %1 kann nicht beendet werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>SCTP_EVENT failed: %1</source>
            <translation>SCTP_EVENT fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>The pre-listen hook refused the socket: %1</source>
            <translation>Der Pre-Listen-Hook hat den Socket abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>The server is already listening on %1</source>
            <translation>Der Server lauscht bereits auf %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>The server is not listening</source>
            <translation>Der Server lauscht nicht</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>bindAdd(): the server is not listening</source>
            <translation>bindAdd(): Der Server lauscht nicht</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>bindRemove(): the server is not listening</source>
            <translation>bindRemove(): Der Server lauscht nicht</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>poll() failed: %1</source>
            <translation>poll() fehlgeschlagen: %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>waitForNewConnection() timed out after %1 ms</source>
            <translation>waitForNewConnection(): Zeitüberschreitung nach %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>waitForNewConnection(): accepting is paused (resumeAccepting())</source>
            <translation>waitForNewConnection(): Das Annehmen ist angehalten (resumeAccepting())</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpSocket</name>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source> (ABORT with cause %1)</source>
            <translation> (ABORT mit Ursache %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1 (is %2 an address of the peer?)</source>
            <translation>%1 (ist %2 eine Adresse der Gegenstelle?)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>%1 (the %2 engine binds only addresses of this host's interfaces, not the rest of 127.0.0.0/8 that Linux accepts)</source>
            <translation>%1 (die Engine %2 bindet nur Adressen der Schnittstellen dieses Hosts, nicht den Rest von 127.0.0.0/8, den Linux annimmt)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1 failed: %2</source>
            <translation>%1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1 is not supported by the %2 engine</source>
            <translation>%1 wird von der Engine %2 nicht unterstützt</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1: the socket has no association</source>
            <translation>%1: Der Socket hat keine Assoziation</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot add %1 to the association: %2</source>
            <translation>%1 kann der Assoziation nicht hinzugefügt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot bind to %1: %2</source>
            <translation>Binden an %1 nicht möglich: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot change the engine of a socket that is open (it uses the %1 engine)</source>
            <translation>Die Engine eines offenen Sockets kann nicht gewechselt werden (er verwendet die Engine %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot close for reading: the socket is not connected</source>
            <translation>Schließen zum Lesen nicht möglich: Der Socket ist nicht verbunden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot close for writing: the socket is not connected</source>
            <translation>Schließen zum Schreiben nicht möglich: Der Socket ist nicht verbunden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1 from %2: no local address of the peer's family</source>
            <translation>Keine Verbindung zu %1 von %2 aus möglich: keine lokale Adresse aus der Adressfamilie der Gegenstelle</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: %2</source>
            <translation>Keine Verbindung zu %1 möglich: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: the association could not be started (no answer to INIT)</source>
            <translation>Keine Verbindung zu %1 möglich: Die Assoziation konnte nicht aufgebaut werden (keine Antwort auf INIT)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: the peer aborted the association%2</source>
            <translation>Keine Verbindung zu %1 möglich: Die Gegenstelle hat die Assoziation abgebrochen%2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: the port is 0</source>
            <translation>Keine Verbindung zu %1 möglich: Der Port ist 0</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect: the socket is already connecting or connected</source>
            <translation>Verbinden nicht möglich: Der Socket verbindet sich bereits oder ist verbunden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot create an SCTP socket with the %1 engine: %2</source>
            <translation>Mit der Engine %1 kann kein SCTP-Socket erzeugt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot make stream %1 the default: the association has %2 outbound streams</source>
            <translation>Stream %1 kann nicht zum Standard werden: Die Assoziation hat %2 ausgehende Streams</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot remove %1 from the association: %2</source>
            <translation>%1 kann nicht aus der Assoziation entfernt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot resolve %1: %2</source>
            <translation>%1 kann nicht aufgelöst werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send a message of %1 bytes on stream %2: %3</source>
            <translation>Eine Nachricht von %1 Bytes kann nicht auf Stream %2 gesendet werden: %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send an empty message: SCTP has no zero-length user messages</source>
            <translation>Eine leere Nachricht kann nicht gesendet werden: SCTP kennt keine Benutzernachrichten der Länge null</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send on stream %1: the association has %2 outbound streams (0 to %3)</source>
            <translation>Senden auf Stream %1 nicht möglich: Die Assoziation hat %2 ausgehende Streams (0 bis %3)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send to %1: not an address of this association's peer</source>
            <translation>Senden an %1 nicht möglich: keine Adresse der Gegenstelle dieser Assoziation</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send to %1: sending to one IPv6 address of an association that also has IPv4 paths is not supported by the %2 engine</source>
            <translation>Senden an %1 nicht möglich: Das Senden an eine einzelne IPv6-Adresse einer Assoziation, die auch IPv4-Pfade hat, unterstützt die Engine %2 nicht</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send: the socket is not connected</source>
            <translation>Senden nicht möglich: Der Socket ist nicht verbunden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send: the socket was closed for writing</source>
            <translation>Senden nicht möglich: Der Socket wurde zum Schreiben geschlossen</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set %1: %2</source>
            <translation>%1 kann nicht gesetzt werden: %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set %1: it is not supported by the %2 engine</source>
            <translation>%1 kann nicht gesetzt werden: Die Engine %2 unterstützt es nicht</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set SO_LINGER</source>
            <translation>SO_LINGER kann nicht gesetzt werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set SO_RCVBUF</source>
            <translation>SO_RCVBUF kann nicht gesetzt werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set SO_SNDBUF</source>
            <translation>SO_SNDBUF kann nicht gesetzt werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot subscribe to notification type %1</source>
            <translation>Der Benachrichtigungstyp %1 kann nicht abonniert werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot unsubscribe from notification type %1</source>
            <translation>Das Abonnement des Benachrichtigungstyps %1 kann nicht beendet werden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Connecting to %1 timed out after %2 ms</source>
            <translation>Zeitüberschreitung beim Verbinden mit %1 nach %2 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Dropped a message of %1 bytes on stream %2 (PPID %3): larger than maxMessageSize() (%4 bytes)</source>
            <translation>Nachricht von %1 Bytes auf Stream %2 (PPID %3) verworfen: größer als maxMessageSize() (%4 Bytes)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Receive failed</source>
            <translation>Empfangen fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_GET_PEER_ADDR_INFO: %1 is not a usable address</source>
            <translation>SCTP_GET_PEER_ADDR_INFO: %1 ist keine verwendbare Adresse</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_GET_PEER_ADDR_INFO: %1 is not an address of the peer</source>
            <translation>SCTP_GET_PEER_ADDR_INFO: %1 ist keine Adresse der Gegenstelle</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_PRIMARY_ADDR: %1 is not a usable address</source>
            <translation>SCTP_PRIMARY_ADDR: %1 ist keine verwendbare Adresse</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_PRIMARY_ADDR: %1 is not an address of the peer</source>
            <translation>SCTP_PRIMARY_ADDR: %1 ist keine Adresse der Gegenstelle</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_SET_PEER_PRIMARY_ADDR failed: the association does not support ASCONF (net.sctp.addip_enable is 0 here or at the peer)</source>
            <translation>SCTP_SET_PEER_PRIMARY_ADDR fehlgeschlagen: Die Assoziation unterstützt kein ASCONF (net.sctp.addip_enable ist hier oder bei der Gegenstelle 0)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_SET_PEER_PRIMARY_ADDR: %1 is not a usable address</source>
            <translation>SCTP_SET_PEER_PRIMARY_ADDR: %1 ist keine verwendbare Adresse</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Send failed</source>
            <translation>Senden fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Shutdown failed</source>
            <translation>Shutdown fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The %1 hook is not supported by the %2 engine: it has no kernel socket to hand over</source>
            <translation>Der %1-Hook wird von der Engine %2 nicht unterstützt: Sie hat keinen Kernel-Socket, den sie übergeben könnte</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The association ended in the middle of a message (%1 bytes arrived)</source>
            <translation>Die Assoziation endete mitten in einer Nachricht (%1 Bytes angekommen)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The association was lost%1</source>
            <translation>Die Assoziation ist verloren gegangen%1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpengine.cpp" />
            <source>The kernel SCTP engine is not available: this kernel cannot open an SCTP socket (socket(IPPROTO_SCTP): %1)</source>
            <translation>Die Kernel-SCTP-Engine ist nicht verfügbar: Dieser Kernel kann keinen SCTP-Socket öffnen (socket(IPPROTO_SCTP): %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The pre-connect hook refused the socket: %1</source>
            <translation>Der Pre-Connect-Hook hat den Socket abgelehnt: %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpusrsctpengine.cpp" />
            <source>The usrsctp engine cannot use UDP port %1 (%2) for its SCTP encapsulation: %3. Another process has it: choose another port with QTSCTP_USRSCTP_UDP_PORT or QtSctp::setUserspaceUdpPorts() (0 picks a free one)</source>
            <translation>Die usrsctp-Engine kann den UDP-Port %1 (%2) nicht für ihre SCTP-Kapselung verwenden: %3. Ein anderer Prozess belegt ihn: Wählen Sie mit QTSCTP_USRSCTP_UDP_PORT oder QtSctp::setUserspaceUdpPorts() einen anderen Port (0 wählt einen freien)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpusrsctpengine.cpp" />
            <source>The usrsctp engine found no free UDP port for its SCTP encapsulation</source>
            <translation>Die usrsctp-Engine hat keinen freien UDP-Port für ihre SCTP-Kapselung gefunden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpengine.cpp" />
            <source>The usrsctp engine is not available: this QtSctp was built without it (QTSCTP_WITH_USRSCTP=OFF, or no libusrsctp)</source>
            <translation>Die usrsctp-Engine ist nicht verfügbar: Dieses QtSctp wurde ohne sie gebaut (QTSCTP_WITH_USRSCTP=OFF oder keine libusrsctp)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpusrsctpengine.cpp" />
            <source>The usrsctp engine runs on UDP port %1 already: its port can change only while no userspace socket or server is open</source>
            <translation>Die usrsctp-Engine läuft bereits auf UDP-Port %1: Ihr Port lässt sich nur ändern, solange kein Userspace-Socket oder -Server offen ist</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>This system has no kernel SCTP: socket(IPPROTO_SCTP) failed: %1. Load the sctp module (modprobe sctp; it needs hmac), run under scripts/with-sctp, or use the usrsctp engine (QtSctp::Engine::Userspace, QTSCTP_ENGINE=usrsctp).</source>
            <translation>Dieses System hat kein Kernel-SCTP: socket(IPPROTO_SCTP) fehlgeschlagen: %1. Laden Sie das Modul sctp (modprobe sctp; es braucht hmac), starten Sie unter scripts/with-sctp oder verwenden Sie die usrsctp-Engine (QtSctp::Engine::Userspace, QTSCTP_ENGINE=usrsctp).</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>larger than the socket's send buffer of %1 bytes; raise setSendBufferSize() (capped by net.core.wmem_max without CAP_NET_ADMIN)</source>
            <translation>größer als der Sendepuffer des Sockets von %1 Bytes; erhöhen Sie setSendBufferSize() (ohne CAP_NET_ADMIN durch net.core.wmem_max begrenzt)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>sctp6 (IPv6 only) is not supported by the %1 engine: its IPv6 endpoints always take IPv4 peers too (use sctp with IPv6 addresses)</source>
            <translation>sctp6 (nur IPv6) wird von der Engine %1 nicht unterstützt: Ihre IPv6-Endpunkte nehmen immer auch IPv4-Gegenstellen an (verwenden Sie sctp mit IPv6-Adressen)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>setPathOptions(): only heartbeat and retransmission thresholds apply to one path</source>
            <translation>setPathOptions(): Nur Heartbeat und Schwellen für Übertragungswiederholungen gelten für einen einzelnen Pfad</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForBytesWritten() timed out after %1 ms</source>
            <translation>waitForBytesWritten(): Zeitüberschreitung nach %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForConnected() timed out after %1 ms</source>
            <translation>waitForConnected(): Zeitüberschreitung nach %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForDisconnected() timed out after %1 ms</source>
            <translation>waitForDisconnected(): Zeitüberschreitung nach %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForDisconnected(): the socket is not connected</source>
            <translation>waitForDisconnected(): Der Socket ist nicht verbunden</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForReadyRead() timed out after %1 ms</source>
            <translation>waitForReadyRead(): Zeitüberschreitung nach %1 ms</translation>
        </message>
    </context>
</TS>
