// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPASSOCIATIONSTATUS_H
#define QTSCTP_QSCTPASSOCIATIONSTATUS_H

#include <QtSctp/qsctppeeraddressinfo.h>
#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QT_BEGIN_NAMESPACE
    class QDebug;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// An association's state and queues as SCTP_STATUS reports them. The primary path's figures
/// are here too; QSctpSocket::paths() has every path.
class QTSCTP_EXPORT QSctpAssociationStatus
{
    Q_GADGET
    Q_PROPERTY(State state READ state WRITE setState)
    Q_PROPERTY(quint32 receiveWindow READ receiveWindow WRITE setReceiveWindow)
    Q_PROPERTY(quint16 unacknowledgedChunks READ unacknowledgedChunks WRITE setUnacknowledgedChunks)
    Q_PROPERTY(quint16 pendingChunks READ pendingChunks WRITE setPendingChunks)
    Q_PROPERTY(quint16 inboundStreams READ inboundStreams WRITE setInboundStreams)
    Q_PROPERTY(quint16 outboundStreams READ outboundStreams WRITE setOutboundStreams)
    Q_PROPERTY(quint32 fragmentationPoint READ fragmentationPoint WRITE setFragmentationPoint)
    Q_PROPERTY(QtSctp::QSctpPeerAddressInfo primaryPath READ primaryPath WRITE setPrimaryPath)

public:
    /// Linux's enum sctp_sstat_state.
    /// The association's protocol state (RFC 9260 section 4).
    enum State : qint32 {
        Empty = 0,
        Closed = 1,
        CookieWait = 2,
        CookieEchoed = 3,
        Established = 4,
        ShutdownPending = 5,
        ShutdownSent = 6,
        ShutdownReceived = 7,
        ShutdownAckSent = 8,
    };
    Q_ENUM(State)

    /// An empty (State Empty) status with zero figures, as returned when there is no association.
    QSctpAssociationStatus() = default;

    ///@{
    /// The protocol state; Established while data flows.
    State state() const { return m_state; }
    void setState(State state) { m_state = state; }
    ///@}
    ///@{
    /// The peer's current receive window, in bytes.
    quint32 receiveWindow() const { return m_rwnd; }
    void setReceiveWindow(quint32 bytes) { m_rwnd = bytes; }
    ///@}
    ///@{
    /// DATA chunks sent and not yet acknowledged.
    quint16 unacknowledgedChunks() const { return m_unacked; }
    void setUnacknowledgedChunks(quint16 count) { m_unacked = count; }
    ///@}
    ///@{
    /// DATA chunks missing from the peer: TSNs between the cumulative TSN ack point and the
    /// highest TSN received that have not arrived (sstat_penddata, Linux's
    /// sctp_tsnmap_pending()); 0 while nothing is lost or reordered.
    quint16 pendingChunks() const { return m_pending; }
    void setPendingChunks(quint16 count) { m_pending = count; }
    ///@}
    ///@{
    /// The negotiated number of inbound streams.
    quint16 inboundStreams() const { return m_inStreams; }
    void setInboundStreams(quint16 count) { m_inStreams = count; }
    ///@}
    ///@{
    /// The negotiated number of outbound streams.
    quint16 outboundStreams() const { return m_outStreams; }
    void setOutboundStreams(quint16 count) { m_outStreams = count; }
    ///@}
    ///@{
    /// Messages larger than this are fragmented.
    quint32 fragmentationPoint() const { return m_fragmentationPoint; }
    void setFragmentationPoint(quint32 bytes) { m_fragmentationPoint = bytes; }
    ///@}
    ///@{
    /// The primary path's figures (SCTP_STATUS reports only this one path).
    QSctpPeerAddressInfo primaryPath() const { return m_primary; }
    void setPrimaryPath(const QSctpPeerAddressInfo &info) { m_primary = info; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpAssociationStatus &lhs, const QSctpAssociationStatus &rhs)
    {
        return lhs.m_state == rhs.m_state && lhs.m_rwnd == rhs.m_rwnd
                && lhs.m_unacked == rhs.m_unacked && lhs.m_pending == rhs.m_pending
                && lhs.m_inStreams == rhs.m_inStreams && lhs.m_outStreams == rhs.m_outStreams
                && lhs.m_fragmentationPoint == rhs.m_fragmentationPoint
                && lhs.m_primary == rhs.m_primary;
    }
    friend bool operator!=(const QSctpAssociationStatus &lhs, const QSctpAssociationStatus &rhs)
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QSctpPeerAddressInfo m_primary;
    State m_state = Empty;
    quint32 m_rwnd = 0;
    quint32 m_fragmentationPoint = 0;
    quint16 m_unacked = 0;
    quint16 m_pending = 0;
    quint16 m_inStreams = 0;
    quint16 m_outStreams = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAssociationStatus to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAssociationStatus &status);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_METATYPE(QtSctp::QSctpAssociationStatus)

#endif // QTSCTP_QSCTPASSOCIATIONSTATUS_H
