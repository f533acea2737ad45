// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSTREAMRESETEVENT_H
#define QTSCTP_QSCTPSTREAMRESETEVENT_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// SCTP_STREAM_RESET_EVENT (struct sctp_stream_reset_event): streams were reset (RFC 6525).
class QTSCTP_EXPORT QSctpStreamResetEvent
{
    Q_GADGET
    Q_PROPERTY(Flags flags READ flags WRITE setFlags)
    Q_PROPERTY(QList<quint16> streams READ streams WRITE setStreams)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)

public:
    /// Which direction was reset, and the outcome (strreset_flags).
    enum Flag : quint16 {
        /// No flag.
        NoFlags = 0x0,
        IncomingSsn = 0x1, ///< SCTP_STREAM_RESET_INCOMING_SSN
        OutgoingSsn = 0x2, ///< SCTP_STREAM_RESET_OUTGOING_SSN
        Denied = 0x4, ///< SCTP_STREAM_RESET_DENIED
        Failed = 0x8, ///< SCTP_STREAM_RESET_FAILED
    };
    /// A combination of Flag values.
    Q_DECLARE_FLAGS(Flags, Flag)
    Q_FLAG(Flags)

    /// An event with no flags and no streams.
    QSctpStreamResetEvent() = default;

    ///@{
    /// The direction reset and whether the request was denied or failed.
    Flags flags() const noexcept { return m_flags; }
    void setFlags(Flags flags) noexcept { m_flags = flags; }
    ///@}

    ///@{
    /// strreset_stream_list: the affected streams; empty means all of them.
    QList<quint16> streams() const { return m_streams; }
    void setStreams(const QList<quint16> &streams) { m_streams = streams; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpStreamResetEvent &lhs,
                           const QSctpStreamResetEvent &rhs) noexcept
    {
        return lhs.m_flags == rhs.m_flags && lhs.m_streams == rhs.m_streams
                && lhs.m_associationId == rhs.m_associationId;
    }
    friend bool operator!=(const QSctpStreamResetEvent &lhs,
                           const QSctpStreamResetEvent &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QList<quint16> m_streams;
    qint32 m_associationId = 0;
    Flags m_flags;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpStreamResetEvent::Flags)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpStreamResetEvent to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpStreamResetEvent &event);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpStreamResetEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpStreamResetEvent)

#endif // QTSCTP_QSCTPSTREAMRESETEVENT_H
