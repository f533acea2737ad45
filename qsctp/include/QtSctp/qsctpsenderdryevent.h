// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSENDERDRYEVENT_H
#define QTSCTP_QSCTPSENDERDRYEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_SENDER_DRY_EVENT (struct sctp_sender_dry_event): nothing is left to send or retransmit.
/// Linux also sends one at once when the application subscribes while the queue is empty.
class QTSCTP_EXPORT QSctpSenderDryEvent
{
    Q_GADGET
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// An empty event with every field 0.
    QSctpSenderDryEvent() = default;

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpSenderDryEvent &lhs, const QSctpSenderDryEvent &rhs) noexcept
    {
        return lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpSenderDryEvent &lhs, const QSctpSenderDryEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    qint32 m_associationId = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpSenderDryEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpSenderDryEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpSenderDryEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpSenderDryEvent)

#endif // QTSCTP_QSCTPSENDERDRYEVENT_H
