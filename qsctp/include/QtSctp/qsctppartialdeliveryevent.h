// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPPARTIALDELIVERYEVENT_H
#define QTSCTP_QSCTPPARTIALDELIVERYEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_PARTIAL_DELIVERY_EVENT (struct sctp_pdapi_event): a partially delivered message will not
/// be completed.
///
/// Decoded per the Linux struct, which differs from RFC 6458: Linux places pdapi_assoc_id before
/// pdapi_stream and pdapi_seq (RFC 6458 puts it last), and older kernels had neither field
/// (such 16-byte notifications are reported as TruncatedBody). Linux fills stream and sequence in
/// when it knows them (with message interleaving, sequence is the message identifier, and the
/// header flags() of QSctpNotification mark an unordered message); otherwise they are 0.
class QTSCTP_EXPORT QSctpPartialDeliveryEvent
{
    Q_GADGET
    Q_PROPERTY(Indication indication READ indication WRITE setIndication)
    Q_PROPERTY(quint32 stream READ stream WRITE setStream)
    Q_PROPERTY(quint32 sequence READ sequence WRITE setSequence)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// What happened to the partial delivery (pdapi_indication).
    enum Indication : quint32 {
        Aborted = 0, ///< SCTP_PARTIAL_DELIVERY_ABORTED
    };
    Q_ENUM(Indication)

    /// An #Aborted event on stream 0.
    QSctpPartialDeliveryEvent() = default;

    ///@{
    /// What happened (only #Aborted is defined).
    Indication indication() const noexcept { return m_indication; }
    void setIndication(Indication indication) noexcept { m_indication = indication; }
    ///@}

    ///@{
    /// The stream of the message whose delivery was aborted, when the kernel knows it; else 0.
    quint32 stream() const noexcept { return m_stream; }
    void setStream(quint32 stream) noexcept { m_stream = stream; }
    ///@}

    ///@{
    /// The stream sequence number (or, with interleaving, the message identifier) of that message,
    /// when the kernel knows it; else 0.
    quint32 sequence() const noexcept { return m_sequence; }
    void setSequence(quint32 sequence) noexcept { m_sequence = sequence; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpPartialDeliveryEvent &lhs,
                           const QSctpPartialDeliveryEvent &rhs) noexcept
    {
        return lhs.m_indication == rhs.m_indication && lhs.m_stream == rhs.m_stream
                && lhs.m_sequence == rhs.m_sequence && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpPartialDeliveryEvent &lhs,
                           const QSctpPartialDeliveryEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    Indication m_indication = Aborted;
    quint32 m_stream = 0;
    quint32 m_sequence = 0;
    qint32 m_associationId = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpPartialDeliveryEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpPartialDeliveryEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpPartialDeliveryEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpPartialDeliveryEvent)

#endif // QTSCTP_QSCTPPARTIALDELIVERYEVENT_H
