// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPMESSAGE_H
#define QTSCTP_QSCTPMESSAGE_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtNetwork/qhostaddress.h>

QT_BEGIN_NAMESPACE
    class QDebug;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// One SCTP user message: its payload and how it travels (stream, PPID, ordering, context,
/// optionally one peer address); a received message also carries the receive information the
/// kernel reported. Small and cheap to copy: the payload is an implicitly shared QByteArray.
class QTSCTP_EXPORT QSctpMessage
{
    Q_GADGET
    Q_PROPERTY(QByteArray payload READ payload WRITE setPayload)
    Q_PROPERTY(quint16 stream READ stream WRITE setStream)
    Q_PROPERTY(quint32 payloadProtocolId READ payloadProtocolId WRITE setPayloadProtocolId)
    Q_PROPERTY(bool unordered READ isUnordered WRITE setUnordered)
    Q_PROPERTY(quint32 context READ context WRITE setContext)
    Q_PROPERTY(QHostAddress destination READ destination WRITE setDestination)
    Q_PROPERTY(quint16 streamSequenceNumber READ streamSequenceNumber)
    Q_PROPERTY(quint32 transmissionSequenceNumber READ transmissionSequenceNumber)
    Q_PROPERTY(quint32 cumulativeTsn READ cumulativeTsn)
    Q_PROPERTY(ReceiveFlags receiveFlags READ receiveFlags)
    Q_PROPERTY(bool endOfRecord READ isEndOfRecord)

public:
    /// What the kernel said about a received message (or fragment).
    enum ReceiveFlag : quint32 {
        /// No flag: a fragment of a message without receive information.
        NoReceiveFlags = 0,
        EndOfRecord = 0x1, ///< the last bytes of the message (MSG_EOR)
        Unordered = 0x2, ///< sent unordered (SCTP_UNORDERED in the receive info)
        ReceiveInfoPresent = 0x4, ///< the receive info fields below are valid
    };
    /// A combination of ReceiveFlag values.
    Q_DECLARE_FLAGS(ReceiveFlags, ReceiveFlag)
    Q_FLAG(ReceiveFlags)

    /// An empty message on stream 0 with PPID 0, ordered, no context, to the primary path.
    QSctpMessage() = default;
    /// A message carrying \a payload on \a stream with \a payloadProtocolId (host byte order).
    explicit QSctpMessage(const QByteArray &payload, quint16 stream = 0,
                          quint32 payloadProtocolId = 0);

    ///@{
    /// The user data. SCTP has no empty messages: sending one fails.
    QByteArray payload() const { return m_payload; }
    void setPayload(const QByteArray &payload) { m_payload = payload; }
    ///@}
    /// The payload size in bytes.
    qsizetype size() const { return m_payload.size(); }

    ///@{
    /// The stream id, 0 to the negotiated number of outbound streams minus one.
    quint16 stream() const { return m_stream; }
    void setStream(quint16 stream) { m_stream = stream; }
    ///@}

    ///@{
    /// The payload protocol identifier (PPID) in host byte order: QtSctp converts it to the
    /// network byte order that every SCTP peer expects on the wire, and back on receipt.
    /// Well-known values: Diameter 46, M3UA 3, S1AP 18, NGAP 60.
    quint32 payloadProtocolId() const { return m_ppid; }
    void setPayloadProtocolId(quint32 ppid) { m_ppid = ppid; }
    ///@}

    ///@{
    /// Whether the message is delivered as soon as it arrives rather than in stream order. Set for
    /// sending; on a received message it mirrors the #Unordered receive flag.
    bool isUnordered() const { return m_unordered; }
    void setUnordered(bool unordered) { m_unordered = unordered; }
    ///@}

    ///@{
    /// An opaque value that the kernel hands back with the data when a send fails.
    quint32 context() const { return m_context; }
    void setContext(quint32 context) { m_context = context; }
    ///@}

    ///@{
    /// Send to this peer address instead of the primary path (SCTP_ADDR_OVER). Null: primary.
    QHostAddress destination() const { return m_destination.value(0); }
    void setDestination(const QHostAddress &address);
    ///@}

    /// The stream sequence number of a received ordered message (receive information: valid
    /// when receiveFlags() has #ReceiveInfoPresent, as for the next three).
    quint16 streamSequenceNumber() const { return m_ssn; }
    /// The TSN of the message's (last) DATA chunk.
    quint32 transmissionSequenceNumber() const { return m_tsn; }
    /// The cumulative TSN acknowledged when the message was delivered.
    quint32 cumulativeTsn() const { return m_cumulativeTsn; }
    /// What the kernel reported with the message; #NoReceiveFlags for a message built to be sent.
    ReceiveFlags receiveFlags() const { return m_receiveFlags; }
    /// True when this is the whole message or its last fragment (MSG_EOR).
    bool isEndOfRecord() const { return m_receiveFlags.testFlag(EndOfRecord); }

    /// For engines and tests: set what a receive reported.
    void setReceiveInfo(quint16 ssn, quint32 tsn, quint32 cumulativeTsn, ReceiveFlags flags);

    ///@{
    /// Equal when payload, send parameters and receive information are all equal.
    friend bool operator==(const QSctpMessage &lhs, const QSctpMessage &rhs) noexcept
    {
        return lhs.equals(rhs);
    }
    friend bool operator!=(const QSctpMessage &lhs, const QSctpMessage &rhs) noexcept
    {
        return !lhs.equals(rhs);
    }
    ///@}

private:
    bool equals(const QSctpMessage &other) const noexcept;

    QByteArray m_payload;
    // Empty or one address: a default QHostAddress allocates, and received messages need none.
    QList<QHostAddress> m_destination;
    quint32 m_ppid = 0;
    quint32 m_context = 0;
    quint32 m_tsn = 0;
    quint32 m_cumulativeTsn = 0;
    ReceiveFlags m_receiveFlags;
    quint16 m_stream = 0;
    quint16 m_ssn = 0;
    bool m_unordered = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpMessage::ReceiveFlags)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpMessage to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpMessage &message);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_METATYPE(QtSctp::QSctpMessage)

#endif // QTSCTP_QSCTPMESSAGE_H
