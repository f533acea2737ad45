// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_PROCSCTPPARSER_H
#define QTSCTP_MONITOR_PROCSCTPPARSER_H

#include <QtSctp/qsctppeeraddressinfo.h>

#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

// One line of /proc/net/sctp/assocs: an association of any process on this host, as
// sctp_assocs_seq_show() in the kernel's net/sctp/proc.c prints it.
struct ProcSctpAssociation
{
    int associationId = 0; // ASSOC-ID
    int socketType = -1; // STY: 0 one-to-many (SOCK_SEQPACKET), 2 one-to-one (SOCK_STREAM)
    int socketState = -1; // SST: the socket's sk_state (TCP_* numbers)
    int state = -1; // ST: the kernel's enum sctp_state (CLOSED 0 ... SHUTDOWN_ACK_SENT 7)
    qint64 txQueue = 0; // TX_QUEUE: bytes queued for sending (sndbuf_used)
    qint64 rxQueue = 0; // RX_QUEUE: bytes received and not yet read
    qint64 uid = -1;
    quint64 inode = 0; // the socket's inode: /proc/<pid>/fd/* links to socket:[inode]
    quint16 localPort = 0;
    quint16 peerPort = 0;
    QStringList localAddresses;
    QStringList peerAddresses;
    QString primaryLocalAddress; // the source address of the primary path ("*" in LADDRS)
    QString primaryPeerAddress; // the primary path ("*" in RADDRS)
    // The columns after RADDRS (absent from old kernels: then -1).
    qint64 heartbeatInterval = -1; // HBINT, milliseconds
    int inboundStreams = -1; // INS
    int outboundStreams = -1; // OUTS
    int maxRetransmissions = -1; // MAXRT
    int initRetries = -1; // T1X
    int shutdownRetries = -1; // T2X
    qint64 retransmittedChunks = -1; // RTXC
    qint64 sendBuffer = -1; // sndbuf
    qint64 receiveBuffer = -1; // rcvbuf

    friend bool operator==(const ProcSctpAssociation &a, const ProcSctpAssociation &b);
};

// One line of /proc/net/sctp/remaddr: a path (peer address) of an association.
struct ProcSctpPath
{
    QString address;
    int associationId = 0;
    bool heartbeatActive = false; // HB_ACT: the heartbeat timer is running
    qint64 rto = 0; // RTO, milliseconds
    int pathMaxRetransmissions = 0; // MAX_PATH_RTX
    int retransmissions = 0; // REM_ADDR_RTX (the kernel prints 0: it does not count them)
    QtSctp::QSctpPeerAddressInfo::State state = QtSctp::QSctpPeerAddressInfo::Unknown;

    friend bool operator==(const ProcSctpPath &a, const ProcSctpPath &b);
};

// Pure parsers of the kernel's SCTP tables. They follow the header line to find the columns
// (the set grew over kernel versions), fall back to the current layout when there is none,
// skip lines they cannot read and say why in *warnings.
class ProcSctpParser
{
public:
    static QList<ProcSctpAssociation> parseAssociations(QByteArrayView text,
                                                        QStringList *warnings = nullptr);
    static QList<ProcSctpPath> parseRemoteAddresses(QByteArrayView text,
                                                    QStringList *warnings = nullptr);
    // "one-to-one", "one-to-many" (translated), or the number.
    static QString socketTypeName(int socketType);
    // An address as the kernel prints it ("%pI4", or "%pI6" with every zero written out) in
    // the short form QHostAddress::toString() gives; empty when it is no address.
    static QString normalizeAddress(QByteArrayView token);
};

#endif // QTSCTP_MONITOR_PROCSCTPPARSER_H
