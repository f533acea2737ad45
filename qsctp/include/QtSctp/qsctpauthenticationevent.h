// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPAUTHENTICATIONEVENT_H
#define QTSCTP_QSCTPAUTHENTICATIONEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_AUTHENTICATION_EVENT (struct sctp_authkey_event): SCTP-AUTH (RFC 4895) key events.
class QTSCTP_EXPORT QSctpAuthenticationEvent
{
    Q_GADGET
    Q_PROPERTY(quint16 keyNumber READ keyNumber WRITE setKeyNumber)
    Q_PROPERTY(quint16 alternateKeyNumber READ alternateKeyNumber WRITE setAlternateKeyNumber)
    Q_PROPERTY(Indication indication READ indication WRITE setIndication)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// What happened to the key (auth_indication).
    enum Indication : quint32 {
        NewKey = 0, ///< SCTP_AUTH_NEW_KEY: keyNumber() is now the active key
        FreeKey = 1, ///< SCTP_AUTH_FREE_KEY: keyNumber() is no longer used and may be deleted
        NoAuthentication = 2, ///< SCTP_AUTH_NO_AUTH: the peer does not support SCTP-AUTH
    };
    Q_ENUM(Indication)

    /// A #NewKey event for key 0.
    QSctpAuthenticationEvent() = default;

    ///@{
    /// The shared key identifier the event is about.
    quint16 keyNumber() const noexcept { return m_keyNumber; }
    void setKeyNumber(quint16 key) noexcept { m_keyNumber = key; }
    ///@}

    ///@{
    /// auth_altkeynumber: a field of the Linux struct that RFC 6458 dropped; Linux sets it to 0.
    quint16 alternateKeyNumber() const noexcept { return m_alternateKeyNumber; }
    void setAlternateKeyNumber(quint16 key) noexcept { m_alternateKeyNumber = key; }
    ///@}

    ///@{
    /// What happened to keyNumber().
    Indication indication() const noexcept { return m_indication; }
    void setIndication(Indication indication) noexcept { m_indication = indication; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpAuthenticationEvent &lhs,
                           const QSctpAuthenticationEvent &rhs) noexcept
    {
        return lhs.m_keyNumber == rhs.m_keyNumber
                && lhs.m_alternateKeyNumber == rhs.m_alternateKeyNumber
                && lhs.m_indication == rhs.m_indication
                && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpAuthenticationEvent &lhs,
                           const QSctpAuthenticationEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    Indication m_indication = NewKey;
    qint32 m_associationId = 0;
    quint16 m_keyNumber = 0;
    quint16 m_alternateKeyNumber = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAuthenticationEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAuthenticationEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpAuthenticationEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpAuthenticationEvent)

#endif // QTSCTP_QSCTPAUTHENTICATIONEVENT_H
