// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPASSOCIATIONRESETEVENT_H
#define QTSCTP_QSCTPASSOCIATIONRESETEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_ASSOC_RESET_EVENT (struct sctp_assoc_reset_event): the association's TSNs were reset
/// (RFC 6525 SSN/TSN Reset).
class QTSCTP_EXPORT QSctpAssociationResetEvent
{
    Q_GADGET
    Q_PROPERTY(Flags flags READ flags WRITE setFlags)
    Q_PROPERTY(quint32 localTsn READ localTsn WRITE setLocalTsn)
    Q_PROPERTY(quint32 remoteTsn READ remoteTsn WRITE setRemoteTsn)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// The outcome of the reset request (assocreset_flags).
    enum Flag : quint16 {
        /// The reset succeeded.
        NoFlags = 0x0,
        Denied = 0x4, ///< SCTP_ASSOC_RESET_DENIED
        Failed = 0x8, ///< SCTP_ASSOC_RESET_FAILED
    };
    /// A combination of Flag values.
    Q_DECLARE_FLAGS(Flags, Flag)
    Q_FLAG(Flags)

    /// An event with no flags and zero TSNs.
    QSctpAssociationResetEvent() = default;

    ///@{
    /// Whether the reset was denied or failed; #NoFlags when it succeeded.
    Flags flags() const noexcept { return m_flags; }
    void setFlags(Flags flags) noexcept { m_flags = flags; }
    ///@}

    ///@{
    /// The next TSN this endpoint will send.
    quint32 localTsn() const noexcept { return m_localTsn; }
    void setLocalTsn(quint32 tsn) noexcept { m_localTsn = tsn; }
    ///@}

    ///@{
    /// The next TSN this endpoint expects from the peer.
    quint32 remoteTsn() const noexcept { return m_remoteTsn; }
    void setRemoteTsn(quint32 tsn) noexcept { m_remoteTsn = tsn; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpAssociationResetEvent &lhs,
                           const QSctpAssociationResetEvent &rhs) noexcept
    {
        return lhs.m_flags == rhs.m_flags && lhs.m_localTsn == rhs.m_localTsn
                && lhs.m_remoteTsn == rhs.m_remoteTsn && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpAssociationResetEvent &lhs,
                           const QSctpAssociationResetEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    quint32 m_localTsn = 0;
    quint32 m_remoteTsn = 0;
    qint32 m_associationId = 0;
    Flags m_flags;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpAssociationResetEvent::Flags)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAssociationResetEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAssociationResetEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpAssociationResetEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpAssociationResetEvent)

#endif // QTSCTP_QSCTPASSOCIATIONRESETEVENT_H
