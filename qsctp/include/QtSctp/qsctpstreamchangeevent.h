// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSTREAMCHANGEEVENT_H
#define QTSCTP_QSCTPSTREAMCHANGEEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_STREAM_CHANGE_EVENT (struct sctp_stream_change_event): streams were added (RFC 6525).
class QTSCTP_EXPORT QSctpStreamChangeEvent
{
    Q_GADGET
    Q_PROPERTY(Flags flags READ flags WRITE setFlags)
    Q_PROPERTY(quint16 inboundStreams READ inboundStreams WRITE setInboundStreams)
    Q_PROPERTY(quint16 outboundStreams READ outboundStreams WRITE setOutboundStreams)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// The outcome of the request to add streams (strchange_flags).
    enum Flag : quint16 {
        /// The streams were added.
        NoFlags = 0x0,
        Denied = 0x4, ///< SCTP_STREAM_CHANGE_DENIED
        Failed = 0x8, ///< SCTP_STREAM_CHANGE_FAILED
    };
    /// A combination of Flag values.
    Q_DECLARE_FLAGS(Flags, Flag)
    Q_FLAG(Flags)

    /// An event with no flags and zero stream counts.
    QSctpStreamChangeEvent() = default;

    ///@{
    /// Whether the request was denied or failed; #NoFlags when it succeeded.
    Flags flags() const noexcept { return m_flags; }
    void setFlags(Flags flags) noexcept { m_flags = flags; }
    ///@}

    ///@{
    /// The inbound stream count now in effect (strchange_instrms).
    quint16 inboundStreams() const noexcept { return m_inboundStreams; }
    void setInboundStreams(quint16 count) noexcept { m_inboundStreams = count; }
    ///@}

    ///@{
    /// The outbound stream count now in effect.
    quint16 outboundStreams() const noexcept { return m_outboundStreams; }
    void setOutboundStreams(quint16 count) noexcept { m_outboundStreams = count; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpStreamChangeEvent &lhs,
                           const QSctpStreamChangeEvent &rhs) noexcept
    {
        return lhs.m_flags == rhs.m_flags && lhs.m_inboundStreams == rhs.m_inboundStreams
                && lhs.m_outboundStreams == rhs.m_outboundStreams
                && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpStreamChangeEvent &lhs,
                           const QSctpStreamChangeEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    qint32 m_associationId = 0;
    Flags m_flags;
    quint16 m_inboundStreams = 0;
    quint16 m_outboundStreams = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpStreamChangeEvent::Flags)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpStreamChangeEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpStreamChangeEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpStreamChangeEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpStreamChangeEvent)

#endif // QTSCTP_QSCTPSTREAMCHANGEEVENT_H
