// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPPEERADDRESSCHANGE_H
#define QTSCTP_QSCTPPEERADDRESSCHANGE_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtNetwork/qhostaddress.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_PEER_ADDR_CHANGE (struct sctp_paddr_change): one of the peer's addresses changed state.
///
/// The address is kept as the kernel delivers it: an AF_INET6 socket reports IPv4 peers as
/// IPv4-mapped IPv6 addresses. An IPv6 scope id is kept as its number (no interface lookup, so
/// the decoder stays pure).
class QTSCTP_EXPORT QSctpPeerAddressChange
{
    Q_GADGET
    Q_PROPERTY(QHostAddress address READ address WRITE setAddress)
    Q_PROPERTY(quint16 port READ port WRITE setPort)
    Q_PROPERTY(State state READ state WRITE setState)
    Q_PROPERTY(qint32 error READ error WRITE setError)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// enum sctp_spc_state
    /// The new state of the address (enum sctp_spc_state).
    enum State : quint32 {
        /// The address is reachable again (SCTP_ADDR_AVAILABLE).
        AddressAvailable = 0,
        /// The address is unreachable: the path is inactive (SCTP_ADDR_UNREACHABLE).
        AddressUnreachable = 1,
        /// The peer removed the address from the association (SCTP_ADDR_REMOVED).
        AddressRemoved = 2,
        /// The peer added the address (SCTP_ADDR_ADDED; Linux 5.5 and later also at setup).
        AddressAdded = 3,
        /// The address became the primary path (SCTP_ADDR_MADE_PRIM).
        AddressMadePrimary = 4,
        /// The address was confirmed by a heartbeat (SCTP_ADDR_CONFIRMED).
        AddressConfirmed = 5,
        /// The path is potentially failed (SCTP_ADDR_POTENTIALLY_FAILED; needs
        /// net.sctp.pf_expose=2).
        AddressPotentiallyFailed = 6,
    };
    Q_ENUM(State)

    /// An #AddressAvailable change with a null address.
    QSctpPeerAddressChange() = default;

    ///@{
    /// The peer address whose state changed.
    QHostAddress address() const { return m_address; }
    void setAddress(const QHostAddress &address) { m_address = address; }
    ///@}

    ///@{
    /// The peer's port.
    quint16 port() const noexcept { return m_port; }
    void setPort(quint16 port) noexcept { m_port = port; }
    ///@}

    ///@{
    /// The address's new state.
    State state() const noexcept { return m_state; }
    void setState(State state) noexcept { m_state = state; }
    ///@}

    ///@{
    /// spc_error: on Linux one of enum sctp_sn_error (e.g. 0, SCTP_FAILED_THRESHOLD), or 0.
    qint32 error() const noexcept { return m_error; }
    void setError(qint32 error) noexcept { m_error = error; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpPeerAddressChange &lhs, const QSctpPeerAddressChange &rhs)
    {
        return lhs.m_address == rhs.m_address && lhs.m_port == rhs.m_port
                && lhs.m_state == rhs.m_state && lhs.m_error == rhs.m_error
                && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpPeerAddressChange &lhs, const QSctpPeerAddressChange &rhs)
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QHostAddress m_address;
    State m_state = AddressAvailable;
    qint32 m_error = 0;
    qint32 m_associationId = 0;
    quint16 m_port = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpPeerAddressChange to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpPeerAddressChange &change);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpPeerAddressChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpPeerAddressChange)

#endif // QTSCTP_QSCTPPEERADDRESSCHANGE_H
