// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_SCTPDIAGPARSER_H
#define QTSCTP_MONITOR_SCTPDIAGPARSER_H

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

// What struct sctp_info (linux/sctp.h) carries in INET_DIAG_INFO: the association's figures
// and its primary path's. The kernel fills the socket part (socketType ...) only in an
// endpoint's record and the rest only in an association's.
struct SctpDiagInfo
{
    quint32 tag = 0; // our verification tag
    quint32 peerTag = 0;
    int state = -1; // enum sctp_state, as idiag_state
    quint32 receiveWindow = 0; // the a_rwnd we advertise
    quint32 peerReceiveWindow = 0;
    int unackedChunks = 0; // sent, not yet acknowledged
    int pendingTsns = 0; // received out of order, waiting for a gap to close
    int inboundStreams = 0;
    int outboundStreams = 0;
    quint32 fragmentationPoint = 0;
    quint32 inQueueChunks = 0;
    quint32 outQueueChunks = 0;
    quint32 overallErrors = 0;
    quint32 maxBurst = 0;
    quint32 maxSegment = 0;
    quint64 sacksReceived = 0;
    quint64 sacksSent = 0;
    quint64 packetsSent = 0;
    quint64 packetsReceived = 0;
    quint64 retransmittedChunks = 0;
    quint64 outOfSequenceTsns = 0;
    quint64 duplicateChunks = 0;
    quint64 gapAckBlocks = 0;
    quint64 controlChunksSent = 0;
    quint64 controlChunksReceived = 0;
    // The primary path.
    QString primaryAddress;
    int primaryState = -1; // the path state numbers of /proc/net/sctp/remaddr
    quint32 primaryCwnd = 0; // bytes
    quint32 primarySrtt = 0; // milliseconds
    quint32 primaryRto = 0; // milliseconds
    quint32 primaryHeartbeatInterval = 0;
    quint32 primaryPathMaxRetransmissions = 0;
    quint32 primarySsthresh = 0;
    quint32 primaryFlightSize = 0;
    // The socket (endpoint records).
    int socketType = -1; // 0 one-to-many, 2 one-to-one, as /proc's STY
};

// sk_meminfo (INET_DIAG_SKMEMINFO): the socket's memory accounting, in bytes.
struct SctpDiagMemory
{
    qint64 receiveAllocated = -1; // SK_MEMINFO_RMEM_ALLOC
    qint64 receiveBuffer = -1; // SK_MEMINFO_RCVBUF
    qint64 sendAllocated = -1; // SK_MEMINFO_WMEM_ALLOC
    qint64 sendBuffer = -1; // SK_MEMINFO_SNDBUF
    qint64 sendQueued = -1; // SK_MEMINFO_WMEM_QUEUED
    qint64 drops = -1; // SK_MEMINFO_DROPS
};

// One record of an sctp_diag dump: an association, or an endpoint (a listening socket, or
// the socket itself, sent before its associations).
struct SctpDiagRecord
{
    bool isAssociation = false; // it has INET_DIAG_PEERS
    int family = 0; // AF_INET or AF_INET6 (the socket's)
    int state = -1; // an association's enum sctp_state; an endpoint's sk_state (TCP_*)
    int timer = 0; // 1 while the primary path's T3-rtx timer runs
    int retransmits = 0; // with the timer: data chunks retransmitted
    quint32 timerExpires = 0; // milliseconds
    quint32 receiveQueue = 0; // bytes received and not read (listeners: accept backlog)
    quint32 sendQueue = 0; // bytes queued for sending (listeners: the backlog's limit)
    qint64 uid = -1;
    quint64 inode = 0;
    quint32 interfaceIndex = 0; // of the primary path's route
    quint16 localPort = 0;
    quint16 peerPort = 0;
    QString localAddress; // the first bound address
    QString peerAddress; // the primary path
    QStringList localAddresses; // INET_DIAG_LOCALS
    QStringList peerAddresses; // INET_DIAG_PEERS
    bool hasInfo = false;
    SctpDiagInfo info;
    bool hasMemory = false;
    SctpDiagMemory memory;
    int shutdown = -1; // INET_DIAG_SHUTDOWN: the socket's RCV_SHUTDOWN|SEND_SHUTDOWN bits
    int ignoredAttributes = 0; // attributes of types this decoder does not read
};

// Pure decoding of the kernel's sock_diag replies for IPPROTO_SCTP (net/sctp/diag.c), and
// the request that asks for them. Every length is checked: a short or inconsistent message
// gives an error naming what was wrong, never a read past the end.
class SctpDiagParser
{
    Q_DECLARE_TR_FUNCTIONS(SctpDiagParser)
public:
    // What one datagram of the reply held.
    struct Batch
    {
        QList<SctpDiagRecord> records;
        bool done = false; // NLMSG_DONE, or an error that ends the dump
        int errorCode = 0; // errno from NLMSG_ERROR (e.g. ENOENT: no sctp_diag handler)
        QString error; // the dump cannot go on (also set with errorCode)
        QStringList warnings; // messages skipped, and why
    };

    // A SOCK_DIAG_BY_FAMILY dump request for every SCTP socket of one address family, in
    // every state, with INET_DIAG_INFO and INET_DIAG_SKMEMINFO.
    static QByteArray dumpRequest(int family, quint32 sequence);
    // One datagram as recv() gave it: netlink messages back to back. Messages of another
    // sequence number are skipped (sequence 0 takes any).
    static Batch parseDatagram(QByteArrayView datagram, quint32 sequence = 0);
    // One SOCK_DIAG_BY_FAMILY message's payload (struct inet_diag_msg, then attributes).
    static bool parseMessage(QByteArrayView payload, SctpDiagRecord *record, QString *error);
    // A struct sockaddr_in or sockaddr_in6 as QHostAddress writes it (IPv4-mapped IPv6
    // addresses as IPv4, as /proc/net/sctp prints them); empty with *error set otherwise.
    static QString parseSocketAddress(QByteArrayView bytes, QString *error);
};

#endif // QTSCTP_MONITOR_SCTPDIAGPARSER_H
