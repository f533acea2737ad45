// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "procsctpparser.h"
#include "sctpnames.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtNetwork/QHostAddress>

using QtSctp::QSctpPeerAddressInfo;

namespace {

QList<QByteArrayView> splitFields(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        const qsizetype start = i;
        while (i < n && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            ++i;
        if (i > start)
            fields.append(line.sliced(start, i - start));
    }
    return fields;
}

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            if (i > start)
                lines.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return lines;
}

bool toInt64(QByteArrayView field, qint64 *value)
{
    bool ok = false;
    *value = field.toLongLong(&ok, 10);
    return ok;
}

// A line is a header when its first field is not a number or a pointer value.
bool isHeader(const QList<QByteArrayView> &fields, QByteArrayView firstName)
{
    return !fields.isEmpty() && fields.first() == firstName;
}

// The kernel's current column sets (Linux 4.x to 6.x).
const QList<QByteArray> defaultAssocFixed
        = {"ASSOC",    "SOCK",     "STY", "SST",   "ST",    "HBKT", "ASSOC-ID",
           "TX_QUEUE", "RX_QUEUE", "UID", "INODE", "LPORT", "RPORT"};
const QList<QByteArray> defaultAssocTrailing = {"HBINT", "INS",   "OUTS",  "MAXRT",  "T1X",   "T2X",
                                                "RTXC",  "wmema", "wmemq", "sndbuf", "rcvbuf"};
const QList<QByteArray> defaultRemaddr
        = {"ADDR", "ASSOC_ID", "HB_ACT", "RTO", "MAX_PATH_RTX", "REM_ADDR_RTX", "START", "STATE"};

QString lineWarning(int lineNumber, const QString &what)
{
    return QStringLiteral("line %1: %2").arg(lineNumber).arg(what);
}

} // namespace

bool operator==(const ProcSctpAssociation &a, const ProcSctpAssociation &b)
{
    return a.associationId == b.associationId && a.socketType == b.socketType
            && a.socketState == b.socketState && a.state == b.state && a.txQueue == b.txQueue
            && a.rxQueue == b.rxQueue && a.uid == b.uid && a.inode == b.inode
            && a.localPort == b.localPort && a.peerPort == b.peerPort
            && a.localAddresses == b.localAddresses && a.peerAddresses == b.peerAddresses
            && a.primaryLocalAddress == b.primaryLocalAddress
            && a.primaryPeerAddress == b.primaryPeerAddress
            && a.heartbeatInterval == b.heartbeatInterval && a.inboundStreams == b.inboundStreams
            && a.outboundStreams == b.outboundStreams
            && a.maxRetransmissions == b.maxRetransmissions && a.initRetries == b.initRetries
            && a.shutdownRetries == b.shutdownRetries
            && a.retransmittedChunks == b.retransmittedChunks && a.sendBuffer == b.sendBuffer
            && a.receiveBuffer == b.receiveBuffer;
}

bool operator==(const ProcSctpPath &a, const ProcSctpPath &b)
{
    return a.address == b.address && a.associationId == b.associationId
            && a.heartbeatActive == b.heartbeatActive && a.rto == b.rto
            && a.pathMaxRetransmissions == b.pathMaxRetransmissions
            && a.retransmissions == b.retransmissions && a.state == b.state;
}

QString ProcSctpParser::normalizeAddress(QByteArrayView token)
{
    if (token.startsWith('*'))
        token = token.sliced(1);
    if (token.isEmpty() || (!token.contains('.') && !token.contains(':')))
        return {};
    QHostAddress address;
    if (!address.setAddress(QString::fromLatin1(token)))
        return {};
    return address.toString();
}

QString ProcSctpParser::socketTypeName(int socketType)
{
    // SCTP_SOCKET_UDP 0, SCTP_SOCKET_UDP_HIGH_BANDWIDTH 1, SCTP_SOCKET_TCP 2.
    switch (socketType) {
    case 0:
    case 1:
        return QCoreApplication::translate("ProcSctpParser", "one-to-many");
    case 2:
        return QCoreApplication::translate("ProcSctpParser", "one-to-one");
    default:
        return QString::number(socketType);
    }
}

QList<ProcSctpAssociation> ProcSctpParser::parseAssociations(QByteArrayView text,
                                                             QStringList *warnings)
{
    QList<ProcSctpAssociation> result;
    QList<QByteArray> fixed = defaultAssocFixed;
    QList<QByteArray> trailing = defaultAssocTrailing;
    QHash<int, qsizetype> seen; // association id -> index: a line per association, once
    int lineNumber = 0;
    for (const QByteArrayView line : splitLines(text)) {
        ++lineNumber;
        const QList<QByteArrayView> fields = splitFields(line);
        if (fields.isEmpty())
            continue;
        if (isHeader(fields, "ASSOC")) {
            // Columns before LADDRS are fixed; those after RADDRS trail the addresses.
            fixed.clear();
            trailing.clear();
            bool afterRemote = false;
            for (const QByteArrayView name : fields) {
                if (name == "LADDRS" || name == "<->")
                    continue;
                if (name == "RADDRS") {
                    afterRemote = true;
                    continue;
                }
                (afterRemote ? trailing : fixed).append(name.toByteArray());
            }
            continue;
        }
        const qsizetype arrow = fields.indexOf(QByteArrayView("<->"));
        if (arrow < fixed.size()) {
            if (warnings)
                warnings->append(lineWarning(lineNumber, QStringLiteral("too few columns")));
            continue;
        }
        ProcSctpAssociation assoc;
        bool ok = true;
        for (qsizetype i = 0; i < fixed.size() && ok; ++i) {
            const QByteArray &name = fixed.at(i);
            qint64 value = 0;
            if (name == "ASSOC" || name == "SOCK")
                continue; // kernel pointers, hashed: of no use here
            if (!toInt64(fields.at(i), &value)) {
                ok = false;
                if (warnings)
                    warnings->append(lineWarning(
                            lineNumber,
                            QStringLiteral("%1 is not a number").arg(QString::fromLatin1(name))));
                break;
            }
            if (name == "STY")
                assoc.socketType = int(value);
            else if (name == "SST")
                assoc.socketState = int(value);
            else if (name == "ST")
                assoc.state = int(value);
            else if (name == "ASSOC-ID")
                assoc.associationId = int(value);
            else if (name == "TX_QUEUE")
                assoc.txQueue = value;
            else if (name == "RX_QUEUE")
                assoc.rxQueue = value;
            else if (name == "UID")
                assoc.uid = value;
            else if (name == "INODE")
                assoc.inode = quint64(value);
            else if (name == "LPORT")
                assoc.localPort = quint16(value);
            else if (name == "RPORT")
                assoc.peerPort = quint16(value);
        }
        if (!ok)
            continue;
        for (qsizetype i = fixed.size(); i < arrow; ++i) {
            const QString address = normalizeAddress(fields.at(i));
            if (address.isEmpty())
                continue;
            assoc.localAddresses.append(address);
            if (fields.at(i).startsWith('*'))
                assoc.primaryLocalAddress = address;
        }
        // After "<->": the peer addresses, then the trailing numbers.
        qsizetype i = arrow + 1;
        for (; i < fields.size(); ++i) {
            const QString address = normalizeAddress(fields.at(i));
            if (address.isEmpty())
                break;
            assoc.peerAddresses.append(address);
            if (fields.at(i).startsWith('*'))
                assoc.primaryPeerAddress = address;
        }
        for (qsizetype t = 0; t < trailing.size() && i < fields.size(); ++t, ++i) {
            qint64 value = 0;
            if (!toInt64(fields.at(i), &value))
                break;
            const QByteArray &name = trailing.at(t);
            if (name == "HBINT")
                assoc.heartbeatInterval = value;
            else if (name == "INS")
                assoc.inboundStreams = int(value);
            else if (name == "OUTS")
                assoc.outboundStreams = int(value);
            else if (name == "MAXRT")
                assoc.maxRetransmissions = int(value);
            else if (name == "T1X")
                assoc.initRetries = int(value);
            else if (name == "T2X")
                assoc.shutdownRetries = int(value);
            else if (name == "RTXC")
                assoc.retransmittedChunks = value;
            else if (name == "sndbuf")
                assoc.sendBuffer = value;
            else if (name == "rcvbuf")
                assoc.receiveBuffer = value;
        }
        const auto known = seen.constFind(assoc.associationId);
        if (known != seen.constEnd() && assoc.associationId != 0) {
            result[*known] = assoc;
        } else {
            seen.insert(assoc.associationId, result.size());
            result.append(assoc);
        }
    }
    return result;
}

QList<ProcSctpPath> ProcSctpParser::parseRemoteAddresses(QByteArrayView text, QStringList *warnings)
{
    QList<ProcSctpPath> result;
    QList<QByteArray> columns = defaultRemaddr;
    int lineNumber = 0;
    for (const QByteArrayView line : splitLines(text)) {
        ++lineNumber;
        const QList<QByteArrayView> fields = splitFields(line);
        if (fields.isEmpty())
            continue;
        if (isHeader(fields, "ADDR")) {
            columns.clear();
            for (const QByteArrayView name : fields)
                columns.append(name.toByteArray());
            continue;
        }
        if (fields.size() < columns.size()) {
            if (warnings)
                warnings->append(lineWarning(lineNumber, QStringLiteral("too few columns")));
            continue;
        }
        ProcSctpPath path;
        bool ok = true;
        for (qsizetype i = 0; i < columns.size() && ok; ++i) {
            const QByteArray &name = columns.at(i);
            if (name == "ADDR") {
                path.address = normalizeAddress(fields.at(i));
                ok = !path.address.isEmpty();
                if (!ok && warnings)
                    warnings->append(lineWarning(lineNumber, QStringLiteral("bad address")));
                continue;
            }
            qint64 value = 0;
            if (!toInt64(fields.at(i), &value)) {
                ok = false;
                if (warnings)
                    warnings->append(lineWarning(
                            lineNumber,
                            QStringLiteral("%1 is not a number").arg(QString::fromLatin1(name))));
                break;
            }
            if (name == "ASSOC_ID")
                path.associationId = int(value);
            else if (name == "HB_ACT")
                path.heartbeatActive = value != 0;
            else if (name == "RTO")
                path.rto = value;
            else if (name == "MAX_PATH_RTX")
                path.pathMaxRetransmissions = int(value);
            else if (name == "REM_ADDR_RTX")
                path.retransmissions = int(value);
            else if (name == "STATE")
                path.state = SctpNames::pathStateFromKernel(int(value));
        }
        if (!ok)
            continue;
        // The kernel walks transports and may print an association's paths more than once.
        bool duplicate = false;
        for (ProcSctpPath &known : result) {
            if (known.associationId == path.associationId && known.address == path.address) {
                known = path;
                duplicate = true;
                break;
            }
        }
        if (!duplicate)
            result.append(path);
    }
    return result;
}
