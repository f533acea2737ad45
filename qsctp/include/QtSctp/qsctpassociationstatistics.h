// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPASSOCIATIONSTATISTICS_H
#define QTSCTP_QSCTPASSOCIATIONSTATISTICS_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtNetwork/qhostaddress.h>

QT_BEGIN_NAMESPACE
    class QDebug;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// Counters of one association (SCTP_GET_ASSOC_STATS). The kernel resets the maximum observed
/// RTO each time it is read; the other counters only grow.
class QTSCTP_EXPORT QSctpAssociationStatistics
{
    Q_GADGET
    Q_PROPERTY(quint64 maxObservedRto MEMBER maxObservedRto)
    Q_PROPERTY(QHostAddress maxObservedRtoAddress MEMBER maxObservedRtoAddress)
    Q_PROPERTY(quint64 sacksReceived MEMBER sacksReceived)
    Q_PROPERTY(quint64 sacksSent MEMBER sacksSent)
    Q_PROPERTY(quint64 packetsSent MEMBER packetsSent)
    Q_PROPERTY(quint64 packetsReceived MEMBER packetsReceived)
    Q_PROPERTY(quint64 retransmittedChunks MEMBER retransmittedChunks)
    Q_PROPERTY(quint64 outOfSequenceTsns MEMBER outOfSequenceTsns)
    Q_PROPERTY(quint64 duplicateChunksReceived MEMBER duplicateChunksReceived)
    Q_PROPERTY(quint64 gapAcksReceived MEMBER gapAcksReceived)
    Q_PROPERTY(quint64 unorderedChunksSent MEMBER unorderedChunksSent)
    Q_PROPERTY(quint64 unorderedChunksReceived MEMBER unorderedChunksReceived)
    Q_PROPERTY(quint64 orderedChunksSent MEMBER orderedChunksSent)
    Q_PROPERTY(quint64 orderedChunksReceived MEMBER orderedChunksReceived)
    Q_PROPERTY(quint64 controlChunksSent MEMBER controlChunksSent)
    Q_PROPERTY(quint64 controlChunksReceived MEMBER controlChunksReceived)

public:
    QHostAddress maxObservedRtoAddress; ///< the path of maxObservedRto
    quint64 maxObservedRto = 0; ///< milliseconds, since the previous read
    quint64 sacksReceived = 0; ///< SACK chunks received.
    quint64 sacksSent = 0; ///< SACK chunks sent.
    quint64 packetsSent = 0; ///< SCTP packets sent.
    quint64 packetsReceived = 0; ///< SCTP packets received.
    quint64 retransmittedChunks = 0; ///< DATA chunks retransmitted.
    quint64 outOfSequenceTsns = 0; ///< DATA chunks received out of TSN order.
    quint64 duplicateChunksReceived = 0; ///< Duplicate DATA chunks received.
    quint64 gapAcksReceived = 0; ///< Gap acknowledgement blocks received in SACKs.
    quint64 unorderedChunksSent = 0; ///< Unordered DATA chunks sent.
    quint64 unorderedChunksReceived = 0; ///< Unordered DATA chunks received.
    quint64 orderedChunksSent = 0; ///< Ordered DATA chunks sent.
    quint64 orderedChunksReceived = 0; ///< Ordered DATA chunks received.
    quint64 controlChunksSent = 0; ///< Control chunks sent.
    quint64 controlChunksReceived = 0; ///< Control chunks received.

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpAssociationStatistics &lhs,
                           const QSctpAssociationStatistics &rhs)
    {
        return lhs.maxObservedRtoAddress == rhs.maxObservedRtoAddress
                && lhs.maxObservedRto == rhs.maxObservedRto
                && lhs.sacksReceived == rhs.sacksReceived && lhs.sacksSent == rhs.sacksSent
                && lhs.packetsSent == rhs.packetsSent && lhs.packetsReceived == rhs.packetsReceived
                && lhs.retransmittedChunks == rhs.retransmittedChunks
                && lhs.outOfSequenceTsns == rhs.outOfSequenceTsns
                && lhs.duplicateChunksReceived == rhs.duplicateChunksReceived
                && lhs.gapAcksReceived == rhs.gapAcksReceived
                && lhs.unorderedChunksSent == rhs.unorderedChunksSent
                && lhs.unorderedChunksReceived == rhs.unorderedChunksReceived
                && lhs.orderedChunksSent == rhs.orderedChunksSent
                && lhs.orderedChunksReceived == rhs.orderedChunksReceived
                && lhs.controlChunksSent == rhs.controlChunksSent
                && lhs.controlChunksReceived == rhs.controlChunksReceived;
    }
    friend bool operator!=(const QSctpAssociationStatistics &lhs,
                           const QSctpAssociationStatistics &rhs)
    {
        return !(lhs == rhs);
    }
    ///@}
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAssociationStatistics to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAssociationStatistics &statistics);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_METATYPE(QtSctp::QSctpAssociationStatistics)

#endif // QTSCTP_QSCTPASSOCIATIONSTATISTICS_H
