<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>QtSctp::QSctpAddress</name>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>%1 at position %2 in %3 is not an IP address: brackets are for IPv6 literals</source>
            <translation>%1 à la position %2 dans %3 n'est pas une adresse IP : les crochets sont réservés aux adresses IPv6 littérales</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>IPv4 address %1 cannot be used on network sctp6</source>
            <translation>l'adresse IPv4 %1 n'est pas utilisable sur le réseau sctp6</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>IPv4-mapped address %1 cannot be used on network sctp6</source>
            <translation>l'adresse IPv4 mappée %1 n'est pas utilisable sur le réseau sctp6</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>IPv6 address %1 cannot be used on network sctp4</source>
            <translation>l'adresse IPv6 %1 n'est pas utilisable sur le réseau sctp4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>cannot resolve host name %1 in %2: %3</source>
            <translation>impossible de résoudre le nom d'hôte %1 dans %2 : %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>control character 0x%1 at position %2 in %3</source>
            <translation>caractère de contrôle 0x%1 à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty address before '/' at position %1 in %2</source>
            <translation>adresse vide avant '/' à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty address between '/' and ':' at position %1 in %2</source>
            <translation>adresse vide entre '/' et ':' à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty address between '/' at position %1 in %2</source>
            <translation>adresse vide entre deux '/' à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty brackets at position %1 in %2</source>
            <translation>crochets vides à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>empty zone after '%' at position %1 in %2</source>
            <translation>zone vide après '%' à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 at position %2 in %3 is not an IP address; use QSctpAddress::resolve() to look up host names</source>
            <translation>le nom d'hôte %1 à la position %2 dans %3 n'est pas une adresse IP ; QSctpAddress::resolve() résout les noms d'hôte</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 has no IP address</source>
            <translation>le nom d'hôte %1 n'a pas d'adresse IP</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 has no IPv4 address (network sctp4)</source>
            <translation>le nom d'hôte %1 n'a pas d'adresse IPv4 (réseau sctp4)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>host name %1 has no IPv6 address (network sctp6)</source>
            <translation>le nom d'hôte %1 n'a pas d'adresse IPv6 (réseau sctp6)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid IPv4 address %1 at position %2 in %3</source>
            <translation>adresse IPv4 %1 invalide à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid IPv6 address %1 at position %2 in %3</source>
            <translation>adresse IPv6 %1 invalide à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid address %1 at position %2 in %3</source>
            <translation>adresse %1 invalide à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid character '%1' in zone %2 at position %3 in %4</source>
            <translation>caractère '%1' invalide dans la zone %2 à la position %3 dans %4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>invalid port %1 at position %2 in %3: expected a number from 0 to 65535 or a service name</source>
            <translation>port %1 invalide à la position %2 dans %3 : un nombre de 0 à 65535 ou un nom de service est attendu</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>missing port: no ':' in %1</source>
            <translation>port manquant : pas de ':' dans %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>negative port %1 at position %2 in %3</source>
            <translation>port négatif %1 à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>negative sockaddr buffer size %1</source>
            <translation>taille négative %1 du tampon de sockaddr</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>negative sockaddr count %1</source>
            <translation>nombre négatif %1 de sockaddr</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>non-ASCII character U+%1 at position %2 in %3</source>
            <translation>caractère non ASCII U+%1 à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>null sockaddr buffer of size %1</source>
            <translation>tampon de sockaddr nul de taille %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>port %1 in %2 is out of range (0-65535)</source>
            <translation>le port %1 dans %2 est hors limites (0-65535)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>sockaddr entry %1 (%2) at offset %3 is truncated: %4 bytes left, %5 needed</source>
            <translation>l'entrée sockaddr %1 (%2) au décalage %3 est tronquée : %4 octets restants, %5 nécessaires</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>sockaddr entry %1 at offset %2 is truncated: %3 bytes left, the family alone needs %4</source>
            <translation>l'entrée sockaddr %1 au décalage %2 est tronquée : %3 octets restants, la famille d'adresses seule en demande %4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>trailing '/' at position %1 in %2</source>
            <translation>'/' final en trop à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unbalanced '[' at position %1 in %2: no closing ']'</source>
            <translation>'[' non fermé à la position %1 dans %2 : pas de ']' fermant</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unbalanced ']' at position %1 in %2</source>
            <translation>']' sans '[' correspondant à la position %1 dans %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '%1' at position %2 in %3: expected '/' or ':' after ']'</source>
            <translation>'%1' inattendu à la position %2 dans %3 : '/' ou ':' attendu après ']'</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '/' in port %1 at position %2 in %3: the port must follow the last address</source>
            <translation>'/' inattendu dans le port %1 à la position %2 dans %3 : le port doit suivre la dernière adresse</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '[' at position %1 in %2: a '[' must start an address</source>
            <translation>'[' inattendu à la position %1 dans %2 : un '[' doit ouvrir une adresse</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected '[' at position %1 inside the brackets opened at position %2 in %3</source>
            <translation>'[' inattendu à la position %1 à l'intérieur des crochets ouverts à la position %2 dans %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unexpected second ':' at position %1 in %2: IPv6 addresses must be enclosed in brackets, as in "[::1]:80"</source>
            <translation>second ':' inattendu à la position %1 dans %2 : les adresses IPv6 doivent être entre crochets, comme dans "[::1]:80"</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unknown address family %1 in sockaddr entry %2 at offset %3</source>
            <translation>famille d'adresses %1 inconnue dans l'entrée sockaddr %2 au décalage %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>unknown service %1 in %2: no sctp or tcp entry in the services database</source>
            <translation>service %1 inconnu dans %2 : aucune entrée sctp ou tcp dans la base des services</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>zone in %1 at position %2 in %3: only a bracketed IPv6 address can have a zone, as in "[fe80::1%lo]"</source>
            <translation>zone dans %1 à la position %2 dans %3 : seule une adresse IPv6 entre crochets peut avoir une zone, comme dans "[fe80::1%lo]"</translation>
        </message>
        <message>
            <location filename="../qsctp/src/address/qsctpaddress.cpp" />
            <source>zone on IPv4 address %1 at position %2 in %3</source>
            <translation>zone sur l'adresse IPv4 %1 à la position %2 dans %3</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpAssociationOptions</name>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>%1 (at most 500 ms)</source>
            <translation>%1 (500 ms au plus)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>%1 (the threshold must not exceed the path's maximum retransmissions)</source>
            <translation>%1 (le seuil ne doit pas dépasser le nombre maximal de retransmissions du chemin)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>%1 (the values must satisfy min &lt;= initial &lt;= max)</source>
            <translation>%1 (les valeurs doivent vérifier min &lt;= initial &lt;= max)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>Cannot set %1: %2</source>
            <translation>Impossible de définir %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/options/qsctpassociationoptions.cpp" />
            <source>it is not supported by the %1 engine</source>
            <translation>le moteur %1 ne le prend pas en charge</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpNotification</name>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>%1 notification truncated: it has %2 bytes, struct %3 needs %4</source>
            <translation>notification %1 tronquée : elle fait %2 octets, la structure %3 en demande %4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP notification declares %1 bytes but only %2 were received</source>
            <translation>la notification SCTP annonce %1 octets, mais seuls %2 ont été reçus</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP notification declares a length of %1 bytes, less than its %2-byte header</source>
            <translation>la notification SCTP annonce une longueur de %1 octets, inférieure à son en-tête de %2 octets</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP notification truncated: it has %1 bytes, the header needs %2</source>
            <translation>notification SCTP tronquée : elle fait %1 octets, l'en-tête en demande %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_PEER_ADDR_CHANGE notification has address family %1, neither AF_INET (%2) nor AF_INET6 (%3)</source>
            <translation>la notification SCTP_PEER_ADDR_CHANGE a la famille d'adresses %1, ni AF_INET (%2) ni AF_INET6 (%3)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_PEER_ADDR_CHANGE notification truncated: it has %1 bytes, its %2 address needs %3</source>
            <translation>notification SCTP_PEER_ADDR_CHANGE tronquée : elle fait %1 octets, son adresse %2 en demande %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_PEER_ADDR_CHANGE notification truncated: it has %1 bytes, its address family needs %2</source>
            <translation>notification SCTP_PEER_ADDR_CHANGE tronquée : elle fait %1 octets, sa famille d'adresses en demande %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/notification/qsctpnotificationdecoder.cpp" />
            <source>SCTP_STREAM_RESET_EVENT notification of %1 bytes has a truncated stream list: the %2 bytes after struct sctp_stream_reset_event are not a whole number of %3-byte stream identifiers</source>
            <translation>la notification SCTP_STREAM_RESET_EVENT de %1 octets a une liste de flux tronquée : les %2 octets après la structure sctp_stream_reset_event ne forment pas un nombre entier d'identifiants de flux de %3 octets</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpServer</name>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot accept an association: %1</source>
            <translation>Impossible d'accepter une association : %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot add %1 to the server: %2</source>
            <translation>Impossible d'ajouter %1 au serveur : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot change the engine of a listening server (it uses the %1 engine)</source>
            <translation>Impossible de changer le moteur d'un serveur à l'écoute (il utilise le moteur %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot listen on %1: %2</source>
            <translation>Impossible d'écouter sur %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot remove %1 from the server: %2</source>
            <translation>Impossible de retirer %1 du serveur : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot set %1: %2</source>
            <translation>Impossible de définir %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot subscribe to notification type %1</source>
            <translation>Impossible de s'abonner au type de notification %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>Cannot unsubscribe from notification type %1</source>
            <translation>Impossible de se désabonner du type de notification %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>SCTP_EVENT failed: %1</source>
            <translation>Échec de SCTP_EVENT : %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>The pre-listen hook refused the socket: %1</source>
            <translation>La fonction de rappel d'avant écoute a refusé le socket : %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>The server is already listening on %1</source>
            <translation>Le serveur écoute déjà sur %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>The server is not listening</source>
            <translation>Le serveur n'est pas à l'écoute</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>bindAdd(): the server is not listening</source>
            <translation>bindAdd() : le serveur n'est pas à l'écoute</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>bindRemove(): the server is not listening</source>
            <translation>bindRemove() : le serveur n'est pas à l'écoute</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>poll() failed: %1</source>
            <translation>Échec de poll() : %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>waitForNewConnection() timed out after %1 ms</source>
            <translation>waitForNewConnection() : délai dépassé après %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/server/qsctpserver.cpp" />
            <source>waitForNewConnection(): accepting is paused (resumeAccepting())</source>
            <translation>waitForNewConnection() : l'acceptation est suspendue (resumeAccepting())</translation>
        </message>
    </context>
    <context>
        <name>QtSctp::QSctpSocket</name>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source> (ABORT with cause %1)</source>
            <translation> (ABORT avec la cause %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1 (is %2 an address of the peer?)</source>
            <translation>%1 (%2 est-elle une adresse du pair ?)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>%1 (the %2 engine binds only addresses of this host's interfaces, not the rest of 127.0.0.0/8 that Linux accepts)</source>
            <translation>%1 (le moteur %2 ne se lie qu'aux adresses des interfaces de cet hôte, pas au reste de 127.0.0.0/8 que Linux accepte)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1 failed: %2</source>
            <translation>Échec de %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1 is not supported by the %2 engine</source>
            <translation>%1 n'est pas pris en charge par le moteur %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>%1: the socket has no association</source>
            <translation>%1 : le socket n'a pas d'association</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot add %1 to the association: %2</source>
            <translation>Impossible d'ajouter %1 à l'association : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot bind to %1: %2</source>
            <translation>Impossible de se lier à %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot change the engine of a socket that is open (it uses the %1 engine)</source>
            <translation>Impossible de changer le moteur d'un socket ouvert (il utilise le moteur %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot close for reading: the socket is not connected</source>
            <translation>Impossible de fermer en lecture : le socket n'est pas connecté</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot close for writing: the socket is not connected</source>
            <translation>Impossible de fermer en écriture : le socket n'est pas connecté</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1 from %2: no local address of the peer's family</source>
            <translation>Impossible de se connecter à %1 depuis %2 : aucune adresse locale de la famille d'adresses du pair</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: %2</source>
            <translation>Impossible de se connecter à %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: the association could not be started (no answer to INIT)</source>
            <translation>Impossible de se connecter à %1 : l'association n'a pas pu être établie (pas de réponse à INIT)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: the peer aborted the association%2</source>
            <translation>Impossible de se connecter à %1 : le pair a interrompu l'association%2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect to %1: the port is 0</source>
            <translation>Impossible de se connecter à %1 : le port est 0</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot connect: the socket is already connecting or connected</source>
            <translation>Impossible de se connecter : le socket est déjà en cours de connexion ou connecté</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot create an SCTP socket with the %1 engine: %2</source>
            <translation>Impossible de créer un socket SCTP avec le moteur %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot make stream %1 the default: the association has %2 outbound streams</source>
            <translation>Impossible de faire du flux %1 le flux par défaut : l'association a %2 flux sortants</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot remove %1 from the association: %2</source>
            <translation>Impossible de retirer %1 de l'association : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot resolve %1: %2</source>
            <translation>Impossible de résoudre %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send a message of %1 bytes on stream %2: %3</source>
            <translation>Impossible d'envoyer un message de %1 octets sur le flux %2 : %3</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send an empty message: SCTP has no zero-length user messages</source>
            <translation>Impossible d'envoyer un message vide : SCTP n'a pas de messages utilisateur de longueur nulle</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send on stream %1: the association has %2 outbound streams (0 to %3)</source>
            <translation>Impossible d'envoyer sur le flux %1 : l'association a %2 flux sortants (0 à %3)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send to %1: not an address of this association's peer</source>
            <translation>Impossible d'envoyer à %1 : ce n'est pas une adresse du pair de cette association</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send to %1: sending to one IPv6 address of an association that also has IPv4 paths is not supported by the %2 engine</source>
            <translation>Impossible d'envoyer à %1 : le moteur %2 ne prend pas en charge l'envoi vers une seule adresse IPv6 d'une association qui a aussi des chemins IPv4</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send: the socket is not connected</source>
            <translation>Impossible d'envoyer : le socket n'est pas connecté</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot send: the socket was closed for writing</source>
            <translation>Impossible d'envoyer : le socket a été fermé en écriture</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set %1: %2</source>
            <translation>Impossible de définir %1 : %2</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set %1: it is not supported by the %2 engine</source>
            <translation>Impossible de définir %1 : le moteur %2 ne le prend pas en charge</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set SO_LINGER</source>
            <translation>Impossible de définir SO_LINGER</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set SO_RCVBUF</source>
            <translation>Impossible de définir SO_RCVBUF</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Cannot set SO_SNDBUF</source>
            <translation>Impossible de définir SO_SNDBUF</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot subscribe to notification type %1</source>
            <translation>Impossible de s'abonner au type de notification %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>Cannot unsubscribe from notification type %1</source>
            <translation>Impossible de se désabonner du type de notification %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Connecting to %1 timed out after %2 ms</source>
            <translation>La connexion à %1 a expiré après %2 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Dropped a message of %1 bytes on stream %2 (PPID %3): larger than maxMessageSize() (%4 bytes)</source>
            <translation>Message de %1 octets sur le flux %2 (PPID %3) abandonné : plus grand que maxMessageSize() (%4 octets)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Receive failed</source>
            <translation>Échec de la réception</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_GET_PEER_ADDR_INFO: %1 is not a usable address</source>
            <translation>SCTP_GET_PEER_ADDR_INFO : %1 n'est pas une adresse utilisable</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_GET_PEER_ADDR_INFO: %1 is not an address of the peer</source>
            <translation>SCTP_GET_PEER_ADDR_INFO : %1 n'est pas une adresse du pair</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_PRIMARY_ADDR: %1 is not a usable address</source>
            <translation>SCTP_PRIMARY_ADDR : %1 n'est pas une adresse utilisable</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_PRIMARY_ADDR: %1 is not an address of the peer</source>
            <translation>SCTP_PRIMARY_ADDR : %1 n'est pas une adresse du pair</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_SET_PEER_PRIMARY_ADDR failed: the association does not support ASCONF (net.sctp.addip_enable is 0 here or at the peer)</source>
            <translation>Échec de SCTP_SET_PEER_PRIMARY_ADDR : l'association ne prend pas en charge ASCONF (net.sctp.addip_enable vaut 0 ici ou chez le pair)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>SCTP_SET_PEER_PRIMARY_ADDR: %1 is not a usable address</source>
            <translation>SCTP_SET_PEER_PRIMARY_ADDR : %1 n'est pas une adresse utilisable</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Send failed</source>
            <translation>Échec de l'envoi</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>Shutdown failed</source>
            <translation>Échec de la fermeture (SHUTDOWN)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The %1 hook is not supported by the %2 engine: it has no kernel socket to hand over</source>
            <translation>Le hook %1 n'est pas pris en charge par le moteur %2 : il n'a pas de socket noyau à transmettre</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The association ended in the middle of a message (%1 bytes arrived)</source>
            <translation>L'association s'est terminée au milieu d'un message (%1 octets reçus)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The association was lost%1</source>
            <translation>L'association a été perdue%1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpengine.cpp" />
            <source>The kernel SCTP engine is not available: this kernel cannot open an SCTP socket (socket(IPPROTO_SCTP): %1)</source>
            <translation>Le moteur SCTP du noyau n'est pas disponible : ce noyau ne peut pas ouvrir de socket SCTP (socket(IPPROTO_SCTP) : %1)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>The pre-connect hook refused the socket: %1</source>
            <translation>La fonction de rappel d'avant connexion a refusé le socket : %1</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpusrsctpengine.cpp" />
            <source>The usrsctp engine cannot use UDP port %1 (%2) for its SCTP encapsulation: %3. Another process has it: choose another port with QTSCTP_USRSCTP_UDP_PORT or QtSctp::setUserspaceUdpPorts() (0 picks a free one)</source>
            <translation>Le moteur usrsctp ne peut pas utiliser le port UDP %1 (%2) pour son encapsulation SCTP : %3. Un autre processus l'occupe : choisissez un autre port avec QTSCTP_USRSCTP_UDP_PORT ou QtSctp::setUserspaceUdpPorts() (0 en choisit un libre)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpusrsctpengine.cpp" />
            <source>The usrsctp engine found no free UDP port for its SCTP encapsulation</source>
            <translation>Le moteur usrsctp n'a trouvé aucun port UDP libre pour son encapsulation SCTP</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpengine.cpp" />
            <source>The usrsctp engine is not available: this QtSctp was built without it (QTSCTP_WITH_USRSCTP=OFF, or no libusrsctp)</source>
            <translation>Le moteur usrsctp n'est pas disponible : ce QtSctp a été compilé sans lui (QTSCTP_WITH_USRSCTP=OFF, ou pas de libusrsctp)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/engine/qsctpusrsctpengine.cpp" />
            <source>The usrsctp engine runs on UDP port %1 already: its port can change only while no userspace socket or server is open</source>
            <translation>Le moteur usrsctp tourne déjà sur le port UDP %1 : son port ne peut changer que si aucun socket ou serveur en espace utilisateur n'est ouvert</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>This system has no kernel SCTP: socket(IPPROTO_SCTP) failed: %1. Load the sctp module (modprobe sctp; it needs hmac), run under scripts/with-sctp, or use the usrsctp engine (QtSctp::Engine::Userspace, QTSCTP_ENGINE=usrsctp).</source>
            <translation>Ce système n'a pas de SCTP noyau : échec de socket(IPPROTO_SCTP) : %1. Chargez le module sctp (modprobe sctp ; il a besoin de hmac), lancez sous scripts/with-sctp ou utilisez le moteur usrsctp (QtSctp::Engine::Userspace, QTSCTP_ENGINE=usrsctp).</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>larger than the socket's send buffer of %1 bytes; raise setSendBufferSize() (capped by net.core.wmem_max without CAP_NET_ADMIN)</source>
            <translation>plus grand que le tampon d'émission du socket de %1 octets ; augmentez setSendBufferSize() (plafonné par net.core.wmem_max sans CAP_NET_ADMIN)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>sctp6 (IPv6 only) is not supported by the %1 engine: its IPv6 endpoints always take IPv4 peers too (use sctp with IPv6 addresses)</source>
            <translation>sctp6 (IPv6 uniquement) n'est pas pris en charge par le moteur %1 : ses points d'extrémité IPv6 acceptent toujours aussi des pairs IPv4 (utilisez sctp avec des adresses IPv6)</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocketassociation.cpp" />
            <source>setPathOptions(): only heartbeat and retransmission thresholds apply to one path</source>
            <translation>setPathOptions() : seuls les heartbeats et les seuils de retransmission s'appliquent à un chemin</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForBytesWritten() timed out after %1 ms</source>
            <translation>waitForBytesWritten() : délai dépassé après %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForConnected() timed out after %1 ms</source>
            <translation>waitForConnected() : délai dépassé après %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForDisconnected() timed out after %1 ms</source>
            <translation>waitForDisconnected() : délai dépassé après %1 ms</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForDisconnected(): the socket is not connected</source>
            <translation>waitForDisconnected() : le socket n'est pas connecté</translation>
        </message>
        <message>
            <location filename="../qsctp/src/socket/qsctpsocket.cpp" />
            <source>waitForReadyRead() timed out after %1 ms</source>
            <translation>waitForReadyRead() : délai dépassé après %1 ms</translation>
        </message>
    </context>
</TS>
