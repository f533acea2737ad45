// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPSENDFAILED_H
#define QTSCTP_QSCTPSENDFAILED_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QTSCTP_BEGIN_NAMESPACE

/// A message the stack could not deliver, returned with its send information and data. One class
/// for both forms: SCTP_SEND_FAILED_EVENT (struct sctp_send_failed_event with a struct
/// sctp_sndinfo, RFC 6458) and the deprecated SCTP_SEND_FAILED (struct sctp_send_failed with a
/// struct sctp_sndrcvinfo); isLegacy() tells which. The sctp_sndrcvinfo-only fields (ssn,
/// timeToLive, tsn, cumulativeTsn) stay 0 for the RFC 6458 form.
///
/// Byte order rule for the PPID: PPID is host byte order in the API, converted at the syscall.
/// The kernel hands back the PPID exactly as the sender passed it, and QtSctp passes it in network
/// byte order (the convention for what goes on the wire), so the decoder converts it to host order.
class QTSCTP_EXPORT QSctpSendFailed
{
    Q_GADGET
    Q_PROPERTY(bool legacy READ isLegacy WRITE setLegacy)
    Q_PROPERTY(DataState dataState READ dataState WRITE setDataState)
    Q_PROPERTY(quint32 error READ error WRITE setError)
    Q_PROPERTY(quint16 stream READ stream WRITE setStream)
    Q_PROPERTY(SendFlags sendFlags READ sendFlags WRITE setSendFlags)
    Q_PROPERTY(quint32 ppid READ ppid WRITE setPpid)
    Q_PROPERTY(quint32 context READ context WRITE setContext)
    Q_PROPERTY(quint16 ssn READ ssn WRITE setSsn)
    Q_PROPERTY(quint32 timeToLive READ timeToLive WRITE setTimeToLive)
    Q_PROPERTY(quint32 tsn READ tsn WRITE setTsn)
    Q_PROPERTY(quint32 cumulativeTsn READ cumulativeTsn WRITE setCumulativeTsn)
    Q_PROPERTY(qint32 associationId READ associationId WRITE setAssociationId)
    Q_PROPERTY(QByteArray data READ data WRITE setData)

public:
    /// Whether the data went out (ssf_flags, enum sctp_ssf_flags).
    enum DataState : quint16 {
        DataUnsent = 0, ///< SCTP_DATA_UNSENT: never put on the wire
        DataSent = 1, ///< SCTP_DATA_SENT: put on the wire, delivery unknown
    };
    Q_ENUM(DataState)

    /// The send flags Linux reports are the flags of the DATA chunk that failed: with them an
    /// application can tell whether data() is the whole message or its tail.
    enum SendFlag : quint16 {
        NoSendFlags = 0x0,
        LastFragment = 0x1, ///< SCTP_DATA_LAST_FRAG
        FirstFragment = 0x2, ///< SCTP_DATA_FIRST_FRAG (both: SCTP_DATA_NOT_FRAG, a whole message)
        Unordered = 0x4, ///< SCTP_DATA_UNORDERED
        ImmediateSack = 0x8, ///< SCTP_DATA_SACK_IMM
    };
    /// A combination of SendFlag values.
    Q_DECLARE_FLAGS(SendFlags, SendFlag)
    Q_FLAG(SendFlags)

    /// An empty RFC 6458 style event: #DataUnsent, no data.
    QSctpSendFailed() = default;

    ///@{
    /// True for the deprecated SCTP_SEND_FAILED form, false for SCTP_SEND_FAILED_EVENT.
    bool isLegacy() const noexcept { return m_legacy; }
    void setLegacy(bool legacy) noexcept { m_legacy = legacy; }
    ///@}

    ///@{
    /// Whether the data was ever put on the wire.
    DataState dataState() const noexcept { return m_dataState; }
    void setDataState(DataState state) noexcept { m_dataState = state; }
    ///@}

    ///@{
    /// ssf_error as the kernel delivers it (0, an errno, or a protocol error cause code).
    quint32 error() const noexcept { return m_error; }
    void setError(quint32 error) noexcept { m_error = error; }
    ///@}

    ///@{
    /// The stream the message was sent on.
    quint16 stream() const noexcept { return m_stream; }
    void setStream(quint16 stream) noexcept { m_stream = stream; }
    ///@}

    ///@{
    /// The flags of the DATA chunk that failed (see SendFlag).
    SendFlags sendFlags() const noexcept { return m_sendFlags; }
    void setSendFlags(SendFlags flags) noexcept { m_sendFlags = flags; }
    ///@}

    ///@{
    /// Host byte order (see the class comment).
    quint32 ppid() const noexcept { return m_ppid; }
    void setPpid(quint32 ppid) noexcept { m_ppid = ppid; }
    ///@}

    ///@{
    /// The opaque context the sender attached, unchanged.
    quint32 context() const noexcept { return m_context; }
    void setContext(quint32 context) noexcept { m_context = context; }
    ///@}

    ///@{
    /// The stream sequence number (legacy form only; else 0).
    quint16 ssn() const noexcept { return m_ssn; }
    void setSsn(quint16 ssn) noexcept { m_ssn = ssn; }
    ///@}

    ///@{
    /// The PR-SCTP lifetime in milliseconds the message was sent with (legacy form only; else 0).
    quint32 timeToLive() const noexcept { return m_timeToLive; }
    void setTimeToLive(quint32 ttl) noexcept { m_timeToLive = ttl; }
    ///@}

    ///@{
    /// The TSN of the failed chunk (legacy form only; else 0).
    quint32 tsn() const noexcept { return m_tsn; }
    void setTsn(quint32 tsn) noexcept { m_tsn = tsn; }
    ///@}

    ///@{
    /// The cumulative TSN at the time of the failure (legacy form only; else 0).
    quint32 cumulativeTsn() const noexcept { return m_cumulativeTsn; }
    void setCumulativeTsn(quint32 tsn) noexcept { m_cumulativeTsn = tsn; }
    ///@}

    ///@{
    /// The kernel's id of the association this belongs to (sctp_assoc_t).
    qint32 associationId() const noexcept { return m_associationId; }
    void setAssociationId(qint32 id) noexcept { m_associationId = id; }
    ///@}

    ///@{
    /// ssf_data: the undelivered message, or its undelivered tail (see sendFlags()).
    QByteArray data() const { return m_data; }
    void setData(const QByteArray &data) { m_data = data; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpSendFailed &lhs, const QSctpSendFailed &rhs) noexcept
    {
        return lhs.m_legacy == rhs.m_legacy && lhs.m_dataState == rhs.m_dataState
                && lhs.m_error == rhs.m_error && lhs.m_stream == rhs.m_stream
                && lhs.m_sendFlags == rhs.m_sendFlags && lhs.m_ppid == rhs.m_ppid
                && lhs.m_context == rhs.m_context && lhs.m_ssn == rhs.m_ssn
                && lhs.m_timeToLive == rhs.m_timeToLive && lhs.m_tsn == rhs.m_tsn
                && lhs.m_cumulativeTsn == rhs.m_cumulativeTsn
                && lhs.m_associationId == rhs.m_associationId && lhs.m_data == rhs.m_data;
    }
    friend bool operator!=(const QSctpSendFailed &lhs, const QSctpSendFailed &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    QByteArray m_data;
    quint32 m_error = 0;
    quint32 m_ppid = 0;
    quint32 m_context = 0;
    quint32 m_timeToLive = 0;
    quint32 m_tsn = 0;
    quint32 m_cumulativeTsn = 0;
    qint32 m_associationId = 0;
    SendFlags m_sendFlags;
    DataState m_dataState = DataUnsent;
    quint16 m_stream = 0;
    quint16 m_ssn = 0;
    bool m_legacy = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpSendFailed::SendFlags)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpSendFailed to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpSendFailed &failure);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpSendFailed, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpSendFailed)

#endif // QTSCTP_QSCTPSENDFAILED_H
