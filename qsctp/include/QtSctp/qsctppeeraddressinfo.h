// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPPEERADDRESSINFO_H
#define QTSCTP_QSCTPPEERADDRESSINFO_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtNetwork/qhostaddress.h>

QT_BEGIN_NAMESPACE
    class QDebug;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// One path of an association: a peer address with its reachability and transport figures, as
/// SCTP_GET_PEER_ADDR_INFO reports them.
class QTSCTP_EXPORT QSctpPeerAddressInfo
{
    Q_GADGET
    Q_PROPERTY(QHostAddress address READ address WRITE setAddress)
    Q_PROPERTY(quint16 port READ port WRITE setPort)
    Q_PROPERTY(State state READ state WRITE setState)
    Q_PROPERTY(quint32 congestionWindow READ congestionWindow WRITE setCongestionWindow)
    Q_PROPERTY(quint32 smoothedRtt READ smoothedRtt WRITE setSmoothedRtt)
    Q_PROPERTY(
            quint32 retransmissionTimeout READ retransmissionTimeout WRITE setRetransmissionTimeout)
    Q_PROPERTY(quint32 mtu READ mtu WRITE setMtu)
    Q_PROPERTY(bool primary READ isPrimary WRITE setPrimary)

public:
    /// Linux's values (SCTP_INACTIVE, SCTP_PF, SCTP_ACTIVE, SCTP_UNCONFIRMED, SCTP_UNKNOWN).
    /// The reachability of the path.
    enum State : quint16 {
        /// Unreachable: retransmissions exceeded the path maximum.
        Inactive = 0,
        /// Potentially failed: errors passed the PF threshold (RFC 7829).
        PotentiallyFailed = 1,
        /// Reachable and confirmed.
        Active = 2,
        /// Not yet confirmed by a heartbeat.
        Unconfirmed = 3,
        /// Not known (also the default).
        Unknown = 0xffff,
    };
    Q_ENUM(State)

    /// An #Unknown path with a null address and zero figures.
    QSctpPeerAddressInfo() = default;

    ///@{
    /// The peer address of the path.
    QHostAddress address() const { return m_address; }
    void setAddress(const QHostAddress &address) { m_address = address; }
    ///@}
    ///@{
    /// The peer's port.
    quint16 port() const { return m_port; }
    void setPort(quint16 port) { m_port = port; }
    ///@}
    ///@{
    /// Whether the path is usable.
    State state() const { return m_state; }
    void setState(State state) { m_state = state; }
    ///@}
    ///@{
    /// The congestion window of the path, in bytes.
    quint32 congestionWindow() const { return m_cwnd; }
    void setCongestionWindow(quint32 bytes) { m_cwnd = bytes; }
    ///@}
    ///@{
    /// The smoothed round-trip time of the path, in milliseconds.
    quint32 smoothedRtt() const { return m_srtt; }
    void setSmoothedRtt(quint32 msecs) { m_srtt = msecs; }
    ///@}
    ///@{
    /// The current retransmission timeout (RTO) of the path, in milliseconds.
    quint32 retransmissionTimeout() const { return m_rto; }
    void setRetransmissionTimeout(quint32 msecs) { m_rto = msecs; }
    ///@}
    ///@{
    /// Bytes available for chunks in one packet on this path.
    quint32 mtu() const { return m_mtu; }
    void setMtu(quint32 bytes) { m_mtu = bytes; }
    ///@}
    ///@{
    /// The primary path: where data goes unless a message names another address.
    bool isPrimary() const { return m_primary; }
    void setPrimary(bool primary) { m_primary = primary; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpPeerAddressInfo &lhs, const QSctpPeerAddressInfo &rhs)
    {
        return lhs.m_address == rhs.m_address && lhs.m_port == rhs.m_port
                && lhs.m_state == rhs.m_state && lhs.m_cwnd == rhs.m_cwnd
                && lhs.m_srtt == rhs.m_srtt && lhs.m_rto == rhs.m_rto && lhs.m_mtu == rhs.m_mtu
                && lhs.m_primary == rhs.m_primary;
    }
    friend bool operator!=(const QSctpPeerAddressInfo &lhs, const QSctpPeerAddressInfo &rhs)
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QHostAddress m_address;
    quint32 m_cwnd = 0;
    quint32 m_srtt = 0;
    quint32 m_rto = 0;
    quint32 m_mtu = 0;
    State m_state = Unknown;
    quint16 m_port = 0;
    bool m_primary = false;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpPeerAddressInfo to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpPeerAddressInfo &info);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_METATYPE(QtSctp::QSctpPeerAddressInfo)

#endif // QTSCTP_QSCTPPEERADDRESSINFO_H
