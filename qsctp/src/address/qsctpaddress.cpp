// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "qsctpaddress_p.h"

#include <QtCore/qdebug.h>
#include <QtCore/qhashfunctions.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtNetwork/qhostinfo.h>

#include <arpa/inet.h>
#include <cstring>
#include <memory>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

QTSCTP_BEGIN_NAMESPACE

/*!
    \class QtSctp::QSctpAddress
    \inmodule QtSctp
    \brief A multi-homed SCTP endpoint: a list of IP addresses and one port.

    SCTP binds and connects to several addresses at once (sctp_bindx(), sctp_connectx()).
    QSctpAddress holds such a list together with the port they share. IPv6 zones are kept in
    QHostAddress::scopeId().

    \section1 Text form

    The syntax is the one of go-sctp: \c{host1/host2/...:port}.
    \list
    \li IPv4 literals in strict dotted-quad form (\c{127.0.0.1}; no leading zeros, no short
        forms such as \c{127.1}).
    \li IPv6 literals in square brackets, with an optional zone by interface name or number:
        \c{[::1]}, \c{[fe80::1%lo]}, \c{[fe80::1%1]}. IPv4 literals may also be bracketed.
    \li The port is a decimal number from 0 to 65535 or a service name, looked up with
        getservbyname_r() for \c{sctp} and then for \c{tcp} (most services databases list
        \c{http} for tcp only). An empty port, as in \c{127.0.0.1:}, means 0.
    \li An empty host list, as in \c{:8000}, is the wildcard address. The empty string is
        accepted too and gives the null address (wildcard, port 0), like go-sctp's
        \c{Listen("sctp", "")}.
    \endlist

    Examples: \c{127.0.0.1/127.0.0.2:3868}, \c{[::1]/127.0.0.1:0}, \c{[fe80::1%lo]/[::1]:5333},
    \c{:8000}, \c{127.0.0.1:http}. There is no limit on the number of addresses; parsing is
    linear in the length of the text.

    fromString() accepts literals only and is pure. resolve() and resolveAsync() also accept
    host names and look them up with QHostInfo, taking one address per name as go-sctp does.
    Parse errors name the offending part of the text and its position (a 0-based index into
    the text).

    toString() prints the form that fromString() reads back to an equal value: IPv6 in
    brackets with its zone, entries joined by '/', then ':' and the port as a number.

    \section1 Networks and address families

    The networks \c{sctp}, \c{sctp4} and \c{sctp6} follow go-sctp (which follows Go's net
    package):
    \list
    \li Under Sctp4 the socket is AF_INET. IPv4-mapped IPv6 literals (\c{[::ffff:127.0.0.1]})
        are taken as the IPv4 address they contain; any other IPv6 address is an error.
    \li Under Sctp6 the socket is AF_INET6 (go-sctp sets IPV6_V6ONLY there). An IPv4 address,
        or an IPv4-mapped one, is an error, as in go-sctp's \c{ResolveSCTPAddr("sctp6",
        "127.0.0.1:http")}.
    \li Under Sctp the socket is AF_INET6 when any entry is an IPv6 address (that is not
        IPv4-mapped), or when the address is a wildcard (Go listens on a dual-stack AF_INET6
        socket then; Linux maps IPv4 into it). Otherwise it is AF_INET. IPv4-mapped
        addresses count as IPv4 and normalized() turns them into plain IPv4.
    \endlist
    In an AF_INET6 sockaddr list, IPv4 entries become IPv4-mapped addresses and \c{0.0.0.0}
    becomes \c{::}.

    A null address (no addresses, port 0) is the wildcard with a port chosen by the system.
*/

/*!
    \enum QtSctp::QSctpAddress::Network
    \value Sctp  IPv4 and IPv6 (\c{"sctp"}).
    \value Sctp4 IPv4 only (\c{"sctp4"}).
    \value Sctp6 IPv6 only (\c{"sctp6"}).
*/

namespace {

constexpr char16_t Slash = u'/';
constexpr char16_t Colon = u':';
constexpr char16_t OpenBracket = u'[';
constexpr char16_t CloseBracket = u']';
constexpr char16_t Percent = u'%';

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigitsAndDots(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isAsciiDigit(c) && c != u'.')
            return false;
    }
    return true;
}

// Host name syntax (RFC 1123 labels, '_' tolerated as resolvers do), at most 253 characters
// plus an optional trailing dot.
bool isHostName(QStringView s)
{
    if (s.endsWith(u'.'))
        s.chop(1);
    if (s.isEmpty() || s.size() > 253)
        return false;
    qsizetype labelLength = 0;
    for (QChar c : s) {
        if (c == u'.') {
            if (labelLength == 0)
                return false;
            labelLength = 0;
            continue;
        }
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_')
            return false;
        if (++labelLength > 63)
            return false;
    }
    return labelLength > 0;
}

QString quoted(QStringView s)
{
    return u'"' + s.toString() + u'"';
}

QHostAddress ipv4Address(quint32 ipv4)
{
    return QHostAddress(ipv4);
}

QHostAddress ipv6Address(const quint8 *bytes, const QString &zone = QString())
{
    QHostAddress address(bytes);
    if (!zone.isEmpty())
        address.setScopeId(zone);
    return address;
}

bool sameEntry(const QHostAddress &a, const QHostAddress &b) noexcept
{
    return a == b && a.scopeId() == b.scopeId();
}

template<typename T>
T readStruct(const unsigned char *p)
{
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// QSctpAddressParser

std::optional<quint32> QSctpAddressParser::parseIPv4(QStringView text)
{
    quint32 result = 0;
    int fields = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        const qsizetype start = i;
        quint32 value = 0;
        while (i < n && isAsciiDigit(text[i])) {
            if (i - start >= 3)
                return std::nullopt;
            value = value * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || value > 255 || (digits > 1 && text[start] == u'0'))
            return std::nullopt;
        result = (result << 8) | value;
        ++fields;
        if (fields == 4)
            break;
        if (i >= n || text[i] != u'.')
            return std::nullopt;
        ++i;
    }
    if (i != n)
        return std::nullopt;
    return result;
}

std::optional<quint16> QSctpAddressParser::lookupService(QStringView name)
{
    // Service names in the services database are short tokens; anything else cannot match.
    if (name.isEmpty() || name.size() > 64)
        return std::nullopt;
    for (QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_' && c != u'.'
            && c != u'+')
            return std::nullopt;
    }
    const QByteArray latin1 = name.toLatin1();
    for (const char *protocol : {"sctp", "tcp"}) {
        servent entry{};
        servent *found = nullptr;
        char buffer[4096];
        if (::getservbyname_r(latin1.constData(), protocol, &entry, buffer, sizeof buffer, &found)
                    == 0
            && found) {
            return quint16(ntohs(quint16(found->s_port)));
        }
    }
    return std::nullopt;
}

QSctpAddressParser::Result QSctpAddressParser::parse(QStringView text, NameMode mode)
{
    Result r;
    const qsizetype n = text.size();
    auto fail = [&r](const QString &message) {
        r.hosts.clear();
        r.port = 0;
        r.error = message;
        return r;
    };

    // Pass 1: characters and colons. IPv6 literals must be bracketed, so outside brackets
    // there is at most one ':' (the one before the port).
    bool inBrackets = false;
    qsizetype colons = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.unicode() > 0x7f) {
            return fail(
                    tr("non-ASCII character U+%1 at position %2 in %3")
                            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'),
                                 QString::number(i), quoted(text)));
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return fail(
                    tr("control character 0x%1 at position %2 in %3")
                            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0'),
                                 QString::number(i), quoted(text)));
        }
        if (c == OpenBracket)
            inBrackets = true;
        else if (c == CloseBracket)
            inBrackets = false;
        else if (c == Colon && !inBrackets && ++colons == 2) {
            return fail(tr("unexpected second ':' at position %1 in %2: IPv6 addresses must be "
                           "enclosed in brackets, as in \"[::1]:80\"")
                                .arg(QString::number(i), quoted(text)));
        }
    }

    if (text.isEmpty())
        return r; // the null address: wildcard, port 0

    // Pass 2: the host list.
    QString nameError; // the first host name, when names are rejected
    qsizetype pos = 0;
    if (text[0] != Colon) {
        while (true) {
            const qsizetype start = pos;
            if (text[pos] == OpenBracket) {
                qsizetype close = pos + 1;
                while (close < n && text[close] != CloseBracket) {
                    if (text[close] == OpenBracket) {
                        return fail(tr("unexpected '[' at position %1 inside the brackets "
                                       "opened at position %2 in %3")
                                            .arg(QString::number(close), QString::number(pos),
                                                 quoted(text)));
                    }
                    ++close;
                }
                if (close == n) {
                    return fail(tr("unbalanced '[' at position %1 in %2: no closing ']'")
                                        .arg(QString::number(pos), quoted(text)));
                }
                const QStringView content = text.sliced(pos + 1, close - pos - 1);
                if (content.isEmpty()) {
                    return fail(tr("empty brackets at position %1 in %2")
                                        .arg(QString::number(pos), quoted(text)));
                }
                Host host;
                host.position = start;
                QStringView hostPart = content;
                QString zone;
                const qsizetype percent = content.indexOf(Percent);
                if (percent >= 0) {
                    hostPart = content.first(percent);
                    const QStringView zonePart = content.sliced(percent + 1);
                    if (zonePart.isEmpty()) {
                        return fail(tr("empty zone after '%' at position %1 in %2")
                                            .arg(QString::number(pos + 1 + percent), quoted(text)));
                    }
                    for (qsizetype k = 0; k < zonePart.size(); ++k) {
                        const QChar zc = zonePart[k];
                        if (zc == Percent || zc == u' ') {
                            return fail(tr("invalid character '%1' in zone %2 at position %3 "
                                           "in %4")
                                                .arg(QString(zc), quoted(zonePart),
                                                     QString::number(pos + 2 + percent + k),
                                                     quoted(text)));
                        }
                    }
                    zone = zonePart.toString();
                }
                if (hostPart.contains(Colon)) {
                    quint8 bytes[16];
                    const QByteArray latin1 = hostPart.toLatin1();
                    if (hostPart.size() >= INET6_ADDRSTRLEN
                        || ::inet_pton(AF_INET6, latin1.constData(), bytes) != 1) {
                        return fail(tr("invalid IPv6 address %1 at position %2 in %3")
                                            .arg(quoted(hostPart), QString::number(pos + 1),
                                                 quoted(text)));
                    }
                    host.address = ipv6Address(bytes, zone);
                } else if (isDigitsAndDots(hostPart)) {
                    const auto ipv4 = parseIPv4(hostPart);
                    if (!ipv4) {
                        return fail(tr("invalid IPv4 address %1 at position %2 in %3")
                                            .arg(quoted(hostPart), QString::number(pos + 1),
                                                 quoted(text)));
                    }
                    if (!zone.isEmpty()) {
                        return fail(tr("zone on IPv4 address %1 at position %2 in %3")
                                            .arg(quoted(content), QString::number(pos + 1),
                                                 quoted(text)));
                    }
                    host.address = ipv4Address(*ipv4);
                } else {
                    return fail(
                            tr("%1 at position %2 in %3 is not an IP address: brackets "
                               "are for IPv6 literals")
                                    .arg(quoted(content), QString::number(pos + 1), quoted(text)));
                }
                r.hosts.append(std::move(host));
                pos = close + 1;
                if (pos < n && text[pos] != Slash && text[pos] != Colon) {
                    return fail(
                            tr("unexpected '%1' at position %2 in %3: expected '/' or ':' "
                               "after ']'")
                                    .arg(QString(text[pos]), QString::number(pos), quoted(text)));
                }
            } else {
                qsizetype end = pos;
                while (end < n && text[end] != Slash && text[end] != Colon) {
                    if (text[end] == CloseBracket) {
                        return fail(tr("unbalanced ']' at position %1 in %2")
                                            .arg(QString::number(end), quoted(text)));
                    }
                    if (text[end] == OpenBracket) {
                        return fail(tr("unexpected '[' at position %1 in %2: a '[' must start "
                                       "an address")
                                            .arg(QString::number(end), quoted(text)));
                    }
                    ++end;
                }
                const QStringView token = text.sliced(pos, end - pos);
                if (token.isEmpty()) {
                    const bool afterSlash = pos > 0 && text[pos - 1] == Slash;
                    const bool beforeColon = end < n && text[end] == Colon;
                    if (!afterSlash) {
                        return fail(tr("empty address before '/' at position %1 in %2")
                                            .arg(QString::number(pos), quoted(text)));
                    }
                    if (beforeColon) {
                        return fail(tr("empty address between '/' and ':' at position %1 in %2")
                                            .arg(QString::number(pos), quoted(text)));
                    }
                    if (end == n) {
                        return fail(tr("trailing '/' at position %1 in %2")
                                            .arg(QString::number(pos - 1), quoted(text)));
                    }
                    return fail(tr("empty address between '/' at position %1 in %2")
                                        .arg(QString::number(pos), quoted(text)));
                }
                Host host;
                host.position = start;
                const qsizetype percent = token.indexOf(Percent);
                const QStringView hostPart = percent >= 0 ? token.first(percent) : token;
                if (isDigitsAndDots(hostPart)) {
                    const auto ipv4 = parseIPv4(hostPart);
                    if (!ipv4) {
                        return fail(
                                tr("invalid IPv4 address %1 at position %2 in %3")
                                        .arg(quoted(hostPart), QString::number(pos), quoted(text)));
                    }
                    if (percent >= 0) {
                        return fail(
                                tr("zone on IPv4 address %1 at position %2 in %3")
                                        .arg(quoted(token), QString::number(pos), quoted(text)));
                    }
                    host.address = ipv4Address(*ipv4);
                } else if (percent >= 0) {
                    return fail(tr("zone in %1 at position %2 in %3: only a bracketed IPv6 "
                                   "address can have a zone, as in \"[fe80::1%lo]\"")
                                        .arg(quoted(token), QString::number(pos), quoted(text)));
                } else if (isHostName(token)) {
                    if (mode == RejectNames && nameError.isEmpty()) {
                        nameError = tr("host name %1 at position %2 in %3 is not an IP "
                                       "address; use QSctpAddress::resolve() to look up host "
                                       "names")
                                            .arg(quoted(token), QString::number(pos), quoted(text));
                    }
                    host.name = token.toString();
                } else {
                    return fail(tr("invalid address %1 at position %2 in %3")
                                        .arg(quoted(token), QString::number(pos), quoted(text)));
                }
                r.hosts.append(std::move(host));
                pos = end;
            }

            if (pos == n) {
                return fail(tr("missing port: no ':' in %1").arg(quoted(text)));
            }
            if (text[pos] == Colon)
                break;
            ++pos; // the '/'
            if (pos == n) {
                return fail(tr("trailing '/' at position %1 in %2")
                                    .arg(QString::number(pos - 1), quoted(text)));
            }
        }
    }

    // The port, after the ':' at pos. Structural errors there win over a rejected host name,
    // so that "a//b:1" reports the empty entry rather than the name "a".
    const QString portError = parsePort(text, pos + 1, &r.port);
    if (!portError.isEmpty())
        return fail(portError);
    if (!nameError.isEmpty())
        return fail(nameError);
    return r;
}

QString QSctpAddressParser::parsePort(QStringView text, qsizetype portPos, quint16 *port)
{
    *port = 0;
    const QStringView portText = text.sliced(portPos);
    if (portText.isEmpty())
        return QString(); // "127.0.0.1:" means port 0
    if (portText.contains(Slash)) {
        return tr("unexpected '/' in port %1 at position %2 in %3: the port must follow the last "
                  "address")
                .arg(quoted(portText), QString::number(portPos), quoted(text));
    }
    if (portText.startsWith(u'-')) {
        return tr("negative port %1 at position %2 in %3")
                .arg(quoted(portText), QString::number(portPos), quoted(text));
    }
    bool allDigits = true;
    quint32 value = 0;
    for (QChar c : portText) {
        if (!isAsciiDigit(c)) {
            allDigits = false;
            break;
        }
        if (value <= 65535)
            value = value * 10 + (c.unicode() - u'0');
    }
    if (allDigits) {
        if (value > 65535) {
            return tr("port %1 in %2 is out of range (0-65535)")
                    .arg(quoted(portText), quoted(text));
        }
        *port = quint16(value);
        return QString();
    }
    for (QChar c : portText) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_' && c != u'.'
            && c != u'+') {
            return tr("invalid port %1 at position %2 in %3: expected a number from 0 to 65535 "
                      "or a service name")
                    .arg(quoted(portText), QString::number(portPos), quoted(text));
        }
    }
    const auto service = lookupService(portText);
    if (!service) {
        return tr("unknown service %1 in %2: no sctp or tcp entry in the services database")
                .arg(quoted(portText), quoted(text));
    }
    *port = *service;
    return QString();
}

bool QSctpAddressParser::isV4Mapped(const QHostAddress &address, quint32 *ipv4)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (a[i] != 0)
            return false;
    }
    if (a[10] != 0xff || a[11] != 0xff)
        return false;
    if (ipv4)
        *ipv4 = (quint32(a[12]) << 24) | (quint32(a[13]) << 16) | (quint32(a[14]) << 8) | a[15];
    return true;
}

bool QSctpAddressParser::isIPv4Like(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol || isV4Mapped(address);
}

bool QSctpAddressParser::isUnspecified(const QHostAddress &address)
{
    quint32 ipv4 = 0;
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return address.toIPv4Address() == 0;
    case QAbstractSocket::IPv6Protocol: {
        if (isV4Mapped(address, &ipv4))
            return ipv4 == 0;
        const Q_IPV6ADDR a = address.toIPv6Address();
        for (int i = 0; i < 16; ++i) {
            if (a[i] != 0)
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

QString QSctpAddressParser::formatHost(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString();
    const Q_IPV6ADDR a = address.toIPv6Address();
    char buffer[INET6_ADDRSTRLEN];
    if (!::inet_ntop(AF_INET6, a.c, buffer, sizeof buffer))
        return QString();
    QString result = u'[' + QString::fromLatin1(buffer);
    if (!address.scopeId().isEmpty())
        result += u'%' + address.scopeId();
    result += u']';
    return result;
}

QString QSctpAddressParser::applyNetwork(QList<QHostAddress> *addresses,
                                         QSctpAddress::Network network)
{
    for (QHostAddress &address : *addresses) {
        quint32 ipv4 = 0;
        const bool mapped = isV4Mapped(address, &ipv4);
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            if (network == QSctpAddress::Sctp6) {
                return tr("IPv4 address %1 cannot be used on network sctp6")
                        .arg(quoted(address.toString()));
            }
        } else if (mapped) {
            if (network == QSctpAddress::Sctp6) {
                return tr("IPv4-mapped address %1 cannot be used on network sctp6")
                        .arg(quoted(formatHost(address)));
            }
            address = QHostAddress(ipv4); // Go does not tell the two forms apart
        } else if (network == QSctpAddress::Sctp4) {
            return tr("IPv6 address %1 cannot be used on network sctp4")
                    .arg(quoted(formatHost(address)));
        }
    }
    return QString();
}

std::optional<QHostAddress> QSctpAddressParser::pickResolved(const QList<QHostAddress> &candidates,
                                                             QSctpAddress::Network network)
{
    switch (network) {
    case QSctpAddress::Sctp4:
        for (const QHostAddress &a : candidates) {
            if (isIPv4Like(a))
                return a;
        }
        return std::nullopt;
    case QSctpAddress::Sctp6:
        for (const QHostAddress &a : candidates) {
            if (a.protocol() == QAbstractSocket::IPv6Protocol && !isV4Mapped(a))
                return a;
        }
        return std::nullopt;
    case QSctpAddress::Sctp:
        break;
    }
    // Go's "ip" resolution of a name: the first IPv4 address, else the first address.
    for (const QHostAddress &a : candidates) {
        if (isIPv4Like(a))
            return a;
    }
    for (const QHostAddress &a : candidates) {
        if (a.protocol() == QAbstractSocket::IPv6Protocol)
            return a;
    }
    return std::nullopt;
}

QString QSctpAddressParser::noAddressForName(const QString &name, QSctpAddress::Network network)
{
    switch (network) {
    case QSctpAddress::Sctp4:
        return tr("host name %1 has no IPv4 address (network sctp4)").arg(quoted(name));
    case QSctpAddress::Sctp6:
        return tr("host name %1 has no IPv6 address (network sctp6)").arg(quoted(name));
    case QSctpAddress::Sctp:
        break;
    }
    return tr("host name %1 has no IP address").arg(quoted(name));
}

quint32 QSctpAddressParser::scopeIdForZone(const QString &zone)
{
    if (zone.isEmpty())
        return 0;
    bool numeric = false;
    const uint number = zone.toUInt(&numeric, 10);
    if (numeric && isAsciiDigit(zone.front()))
        return number;
    // An unknown interface name gives scope 0, as in Go; the kernel then rejects link-local
    // addresses that need a scope.
    return ::if_nametoindex(zone.toLocal8Bit().constData());
}

QString QSctpAddressParser::zoneForScopeId(quint32 scopeId)
{
    if (scopeId == 0)
        return QString();
    char name[IF_NAMESIZE];
    if (::if_indextoname(scopeId, name))
        return QString::fromLocal8Bit(name);
    return QString::number(scopeId);
}

// ---------------------------------------------------------------------------------------------
// QSctpAddress

/*!
    Constructs an address for \a addresses and \a port.

    Null QHostAddress entries are dropped; QHostAddress::Any becomes \c{::} (the IPv6
    unspecified address, which under Sctp means a dual-stack wildcard).
*/
QSctpAddress::QSctpAddress(const QList<QHostAddress> &addresses, quint16 port)
    : m_port(port)
{
    setAddresses(addresses);
}

/*!
    Constructs an address with the single \a address and \a port.
*/
QSctpAddress::QSctpAddress(const QHostAddress &address, quint16 port)
    : QSctpAddress(QList<QHostAddress>{address}, port)
{ }

/*!
    Sets the address list to \a addresses (see the constructor for null and Any entries).
*/
void QSctpAddress::setAddresses(const QList<QHostAddress> &addresses)
{
    m_addresses.clear();
    m_addresses.reserve(addresses.size());
    for (const QHostAddress &a : addresses) {
        switch (a.protocol()) {
        case QAbstractSocket::IPv4Protocol:
        case QAbstractSocket::IPv6Protocol:
            m_addresses.append(a);
            break;
        case QAbstractSocket::AnyIPProtocol:
            m_addresses.append(QHostAddress(QHostAddress::AnyIPv6));
            break;
        default:
            break;
        }
    }
}

/*!
    \fn bool QtSctp::QSctpAddress::isNull() const

    Returns \c true when there are no addresses and the port is 0, as for a default-constructed
    address, \c{fromString(":0")}, \c{fromString("")} and a failed parse. Used for binding, a
    null address is the wildcard with a port chosen by the system.
*/

/*!
    Returns \c true when the address list is empty or all its entries are unspecified
    (\c{0.0.0.0}, \c{::} or \c{::ffff:0.0.0.0}).
*/
bool QSctpAddress::isWildcard() const noexcept
{
    for (const QHostAddress &a : m_addresses) {
        if (!QSctpAddressParser::isUnspecified(a))
            return false;
    }
    return true;
}

/*!
    Returns the text form, which fromString() parses back to an equal address: IPv4
    addresses as is, IPv6 addresses in brackets with their zone, entries joined by '/', then
    ':' and the port number. An empty list prints as \c{:port}.

    A zone set by hand that contains '%', ']' or a space does not round-trip.
*/
QString QSctpAddress::toString() const
{
    QString result;
    for (qsizetype i = 0; i < m_addresses.size(); ++i) {
        if (i)
            result += Slash;
        result += QSctpAddressParser::formatHost(m_addresses.at(i));
    }
    result += Colon;
    result += QString::number(m_port);
    return result;
}

/*!
    Parses \a text (see the class description) without any lookup of host names.

    On success \a errorString, if given, is cleared; on failure it says what is wrong with which
    part of the text and a null address is returned. Since \c{""} and \c{":0"} parse to a null
    address too, test \a errorString to tell a failure apart.
*/
QSctpAddress QSctpAddress::fromString(QStringView text, QString *errorString)
{
    const auto parsed = QSctpAddressParser::parse(text, QSctpAddressParser::RejectNames);
    if (errorString)
        *errorString = parsed.error;
    QSctpAddress result;
    if (!parsed.ok())
        return result;
    result.m_addresses.reserve(parsed.hosts.size());
    for (const auto &host : parsed.hosts)
        result.m_addresses.append(host.address);
    result.m_port = parsed.port;
    return result;
}

/*!
    Like fromString(), but also accepts host names and looks them up with
    QHostInfo::fromName(), blocking. As go-sctp, one address is taken per host name: under Sctp4
    the first IPv4 address, under Sctp6 the first IPv6 address, under Sctp the first IPv4
    address and else the first address. The result is normalized() for \a network.

    On failure a null address is returned and \a errorString says why.
*/
QSctpAddress QSctpAddress::resolve(QStringView text, Network network, QString *errorString)
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return QSctpAddress();
    };
    const auto parsed = QSctpAddressParser::parse(text, QSctpAddressParser::AcceptNames);
    if (!parsed.ok())
        return fail(parsed.error);
    QList<QHostAddress> addresses;
    addresses.reserve(parsed.hosts.size());
    for (const auto &host : parsed.hosts) {
        if (host.name.isEmpty()) {
            addresses.append(host.address);
            continue;
        }
        const QHostInfo info = QHostInfo::fromName(host.name);
        if (info.error() != QHostInfo::NoError) {
            return fail(QSctpAddressParser::tr("cannot resolve host name %1 in %2: %3")
                                .arg(quoted(host.name), quoted(text), info.errorString()));
        }
        const auto picked = QSctpAddressParser::pickResolved(info.addresses(), network);
        if (!picked)
            return fail(QSctpAddressParser::noAddressForName(host.name, network));
        addresses.append(*picked);
    }
    QSctpAddress result(addresses, parsed.port);
    QString error;
    result = result.normalized(network, &error);
    if (!error.isEmpty())
        return fail(error);
    if (errorString)
        errorString->clear();
    return result;
}

/*!
    \typedef QtSctp::QSctpAddress::ResolveCallback

    \c{std::function<void(const QtSctp::QSctpAddress &address, const QString &errorString)>}:
    receives the result of resolveAsync(); \a errorString is empty on success.
*/

/*!
    Resolves \a text like resolve() without blocking: host names are looked up through
    QHostInfo::lookupHost(). \a callback is called exactly once, always asynchronously (also
    for text without host names, and for parse errors) and in the thread of \a context. If
    \a context is destroyed first, \a callback is not called.
*/
void QSctpAddress::resolveAsync(QStringView text, Network network, const QObject *context,
                                ResolveCallback callback)
{
    if (!context || !callback) {
        qWarning("QSctpAddress::resolveAsync: needs a context object and a callback");
        return;
    }
    struct State
    {
        QSctpAddressParser::Result parsed;
        QString text;
        Network network = Sctp;
        ResolveCallback callback;
        int pending = 0;
        QString error;

        void finish()
        {
            if (!error.isEmpty() || !parsed.ok()) {
                callback(QSctpAddress(), error.isEmpty() ? parsed.error : error);
                return;
            }
            QList<QHostAddress> addresses;
            addresses.reserve(parsed.hosts.size());
            for (const auto &host : std::as_const(parsed.hosts))
                addresses.append(host.address);
            QString normalizeError;
            const QSctpAddress result
                    = QSctpAddress(addresses, parsed.port).normalized(network, &normalizeError);
            callback(normalizeError.isEmpty() ? result : QSctpAddress(), normalizeError);
        }
    };
    auto state = std::make_shared<State>();
    state->parsed = QSctpAddressParser::parse(text, QSctpAddressParser::AcceptNames);
    state->text = text.toString();
    state->network = network;
    state->callback = std::move(callback);

    QObject *target = const_cast<QObject *>(context);
    if (state->parsed.ok()) {
        for (qsizetype i = 0; i < state->parsed.hosts.size(); ++i) {
            const QString name = state->parsed.hosts.at(i).name;
            if (name.isEmpty())
                continue;
            ++state->pending;
            QHostInfo::lookupHost(name, target, [state, i, name](const QHostInfo &info) {
                if (state->error.isEmpty()) {
                    if (info.error() != QHostInfo::NoError) {
                        state->error = QSctpAddressParser::tr("cannot resolve host name %1 in "
                                                              "%2: %3")
                                               .arg(quoted(name), quoted(state->text),
                                                    info.errorString());
                    } else if (const auto picked = QSctpAddressParser::pickResolved(
                                       info.addresses(), state->network)) {
                        state->parsed.hosts[i].address = *picked;
                        state->parsed.hosts[i].name.clear();
                    } else {
                        state->error = QSctpAddressParser::noAddressForName(name, state->network);
                    }
                }
                if (--state->pending == 0)
                    state->finish();
            });
        }
    }
    if (state->pending == 0)
        QMetaObject::invokeMethod(
                target, [state] { state->finish(); }, Qt::QueuedConnection);
}

/*!
    Returns this address with the rules of \a network applied (see the class description):
    IPv4-mapped entries become plain IPv4 under Sctp and Sctp4; an IPv6 entry under Sctp4, or an
    IPv4 or IPv4-mapped entry under Sctp6, is an error, reported in \a errorString with a null
    address returned.
*/
QSctpAddress QSctpAddress::normalized(Network network, QString *errorString) const
{
    QSctpAddress result = *this;
    const QString error = QSctpAddressParser::applyNetwork(&result.m_addresses, network);
    if (errorString)
        *errorString = error;
    if (!error.isEmpty())
        return QSctpAddress();
    return result;
}

/*!
    Returns the socket family (AF_INET or AF_INET6) for this address on \a network: AF_INET
    under Sctp4, AF_INET6 under Sctp6; under Sctp AF_INET6 when any entry is an IPv6 address
    that is not IPv4-mapped or when the address isWildcard() (a dual-stack socket, as Go
    listens on where the host maps IPv4 into IPv6; on hosts without IPv6 use Sctp4), else
    AF_INET.

    The family does not check the rules that normalized() enforces.
*/
int QSctpAddress::addressFamily(Network network) const noexcept
{
    switch (network) {
    case Sctp4:
        return AF_INET;
    case Sctp6:
        return AF_INET6;
    case Sctp:
        break;
    }
    for (const QHostAddress &a : m_addresses) {
        if (!QSctpAddressParser::isIPv4Like(a))
            return AF_INET6;
    }
    return isWildcard() ? AF_INET6 : AF_INET;
}

/*!
    Returns the network for \a name: \c{"sctp"}, \c{"sctp4"} or \c{"sctp6"}; anything else
    (including the empty string) gives \c{std::nullopt}.
*/
std::optional<QSctpAddress::Network> QSctpAddress::networkFromString(QStringView name) noexcept
{
    if (name == u"sctp")
        return Sctp;
    if (name == u"sctp4")
        return Sctp4;
    if (name == u"sctp6")
        return Sctp6;
    return std::nullopt;
}

/*!
    Returns \c{"sctp"}, \c{"sctp4"} or \c{"sctp6"} for \a network.
*/
QString QSctpAddress::networkName(Network network)
{
    switch (network) {
    case Sctp4:
        return QStringLiteral("sctp4");
    case Sctp6:
        return QStringLiteral("sctp6");
    case Sctp:
        break;
    }
    return QStringLiteral("sctp");
}

/*!
    Returns the packed array of \c{struct sockaddr_in} or \c{struct sockaddr_in6} that
    sctp_bindx() and sctp_connectx() take, all of the family addressFamily(\a network), each
    with the port in network byte order. \a count receives the number of entries.

    The address is first normalized() for \a network; on error an empty array is returned,
    \a count is 0 and \a errorString says why. An empty address list gives one wildcard entry.
    In an AF_INET6 array IPv4 entries are IPv4-mapped and \c{0.0.0.0} becomes \c{::}; zones
    become \c{sin6_scope_id} (a number as is, a name through if_nametoindex(); an unknown name
    gives 0, as in Go).
*/
QByteArray QSctpAddress::toSockaddrs(Network network, int *count, QString *errorString) const
{
    if (count)
        *count = 0;
    QString error;
    const QSctpAddress address = normalized(network, &error);
    if (errorString)
        *errorString = error;
    if (!error.isEmpty())
        return QByteArray();

    const int family = address.addressFamily(network);
    const quint16 port = htons(address.m_port);
    const qsizetype entries = qMax<qsizetype>(1, address.m_addresses.size());
    const qsizetype entrySize = family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
    QByteArray bytes(entries * entrySize, Qt::Uninitialized);
    char *out = bytes.data();

    auto put4 = [&out, port](quint32 ipv4) {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = port;
        sin.sin_addr.s_addr = htonl(ipv4);
        std::memcpy(out, &sin, sizeof sin);
        out += sizeof sin;
    };
    auto put6 = [&out, port](const quint8 *bytes16, quint32 scopeId) {
        sockaddr_in6 sin6{};
        sin6.sin6_family = AF_INET6;
        sin6.sin6_port = port;
        std::memcpy(&sin6.sin6_addr, bytes16, 16);
        sin6.sin6_scope_id = scopeId;
        std::memcpy(out, &sin6, sizeof sin6);
        out += sizeof sin6;
    };

    if (address.m_addresses.isEmpty()) {
        if (family == AF_INET) {
            put4(0);
        } else {
            const quint8 zero[16] = {};
            put6(zero, 0);
        }
    }
    for (const QHostAddress &a : address.m_addresses) {
        quint32 ipv4 = 0;
        const bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
        if (v4)
            ipv4 = a.toIPv4Address();
        else
            QSctpAddressParser::isV4Mapped(a, &ipv4); // normalized() leaves none of these
        if (family == AF_INET) {
            put4(ipv4);
        } else if (v4) {
            quint8 mapped[16] = {};
            if (ipv4 != 0) {
                mapped[10] = mapped[11] = 0xff;
                mapped[12] = quint8(ipv4 >> 24);
                mapped[13] = quint8(ipv4 >> 16);
                mapped[14] = quint8(ipv4 >> 8);
                mapped[15] = quint8(ipv4);
            }
            put6(mapped, 0);
        } else {
            const Q_IPV6ADDR a6 = a.toIPv6Address();
            put6(a6.c, QSctpAddressParser::scopeIdForZone(a.scopeId()));
        }
    }
    if (count)
        *count = int(entries);
    return bytes;
}

/*!
    Reads \a count packed \c{sockaddr_in}/\c{sockaddr_in6} entries from the \a size bytes at
    \a data, as sctp_getladdrs() and sctp_getpaddrs() return them. Every entry is checked: an
    unknown family or an entry that does not fit in \a size is an error (reported in
    \a errorString, with a null address returned), never a read out of bounds. Bytes after the
    last entry are ignored. The data need not be aligned.

    The port is taken from the first entry. IPv4-mapped IPv6 entries come back as plain IPv4
    addresses (the kernel reports IPv4 peers of an AF_INET6 socket that way); a scope id
    becomes a zone with the interface name, or its number when no interface has that index.
*/
QSctpAddress QSctpAddress::fromSockaddrs(const void *data, qsizetype size, int count,
                                         QString *errorString)
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return QSctpAddress();
    };
    if (count < 0)
        return fail(QSctpAddressParser::tr("negative sockaddr count %1").arg(count));
    if (size < 0)
        return fail(QSctpAddressParser::tr("negative sockaddr buffer size %1").arg(size));
    if (!data && size > 0)
        return fail(QSctpAddressParser::tr("null sockaddr buffer of size %1").arg(size));

    const auto *bytes = static_cast<const unsigned char *>(data);
    QSctpAddress result;
    // Never trust count for the allocation: at most as many entries as the buffer can hold.
    result.m_addresses.reserve(qMin<qsizetype>(count, size / qsizetype(sizeof(sockaddr_in))));
    qsizetype offset = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype left = size - offset;
        if (left < qsizetype(sizeof(sa_family_t))) {
            return fail(QSctpAddressParser::tr("sockaddr entry %1 at offset %2 is truncated: %3 "
                                               "bytes left, the family alone needs %4")
                                .arg(QString::number(i), QString::number(offset),
                                     QString::number(left), QString::number(sizeof(sa_family_t))));
        }
        const auto family = readStruct<sa_family_t>(bytes + offset + offsetof(sockaddr, sa_family));
        qsizetype needed = 0;
        if (family == AF_INET) {
            needed = sizeof(sockaddr_in);
        } else if (family == AF_INET6) {
            needed = sizeof(sockaddr_in6);
        } else {
            return fail(QSctpAddressParser::tr("unknown address family %1 in sockaddr entry %2 "
                                               "at offset %3")
                                .arg(QString::number(family), QString::number(i),
                                     QString::number(offset)));
        }
        if (left < needed) {
            return fail(QSctpAddressParser::tr("sockaddr entry %1 (%2) at offset %3 is "
                                               "truncated: %4 bytes left, %5 needed")
                                .arg(QString::number(i),
                                     family == AF_INET ? QStringLiteral("AF_INET")
                                                       : QStringLiteral("AF_INET6"),
                                     QString::number(offset), QString::number(left),
                                     QString::number(needed)));
        }
        quint16 port = 0;
        if (family == AF_INET) {
            const auto sin = readStruct<sockaddr_in>(bytes + offset);
            port = ntohs(sin.sin_port);
            result.m_addresses.append(QHostAddress(quint32(ntohl(sin.sin_addr.s_addr))));
        } else {
            const auto sin6 = readStruct<sockaddr_in6>(bytes + offset);
            port = ntohs(sin6.sin6_port);
            QHostAddress a(reinterpret_cast<const quint8 *>(&sin6.sin6_addr));
            quint32 ipv4 = 0;
            if (QSctpAddressParser::isV4Mapped(a, &ipv4)) {
                a = QHostAddress(ipv4);
            } else if (sin6.sin6_scope_id != 0) {
                a.setScopeId(QSctpAddressParser::zoneForScopeId(sin6.sin6_scope_id));
            }
            result.m_addresses.append(a);
        }
        if (i == 0)
            result.m_port = port;
        offset += needed;
    }
    if (errorString)
        errorString->clear();
    return result;
}

/*!
    Reads one \c{sockaddr_in} or \c{sockaddr_in6} of \a length bytes at \a address, as
    fromSockaddrs() does.
*/
QSctpAddress QSctpAddress::fromSockaddr(const sockaddr *address, socklen_t length,
                                        QString *errorString)
{
    return fromSockaddrs(address, qsizetype(length), 1, errorString);
}

bool QSctpAddress::equals(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept
{
    if (lhs.m_port != rhs.m_port || lhs.m_addresses.size() != rhs.m_addresses.size())
        return false;
    for (qsizetype i = 0; i < lhs.m_addresses.size(); ++i) {
        if (!sameEntry(lhs.m_addresses.at(i), rhs.m_addresses.at(i)))
            return false;
    }
    return true;
}

/*!
    \relates QtSctp::QSctpAddress
    Returns the hash of \a address, using \a seed.
*/
size_t qHash(const QSctpAddress &address, size_t seed) noexcept
{
    const QList<QHostAddress> addresses = address.addresses();
    return qHashMulti(seed, address.port(), qHashRange(addresses.cbegin(), addresses.cend(), seed));
}

#ifndef QT_NO_DEBUG_STREAM
/*!
    \relates QtSctp::QSctpAddress
    Writes \a address to \a debug as \c{QSctpAddress("127.0.0.1/[::1]:80")}.
*/
QDebug operator<<(QDebug debug, const QSctpAddress &address)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpAddress(\"" << address.toString() << "\")";
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
