// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSHUTDOWNEVENT_H
#define QTSCTP_QSCTPSHUTDOWNEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_SHUTDOWN_EVENT (struct sctp_shutdown_event): the peer sent SHUTDOWN; stop sending.
class QTSCTP_EXPORT QSctpShutdownEvent
{
    Q_GADGET
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// An empty event with every field 0.
    QSctpShutdownEvent() = default;

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpShutdownEvent &lhs, const QSctpShutdownEvent &rhs) noexcept
    {
        return lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpShutdownEvent &lhs, const QSctpShutdownEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    qint32 m_associationId = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpShutdownEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpShutdownEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpShutdownEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpShutdownEvent)

#endif // QTSCTP_QSCTPSHUTDOWNEVENT_H
