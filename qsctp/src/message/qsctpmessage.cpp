// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qsctpmessage.h>

#include <QtCore/qdebug.h>

/*!
    \class QtSctp::QSctpMessage
    \brief One SCTP user message and how it travels.

    The payload protocol identifier is in host byte order: QSctpSocket converts it to network
    byte order on sending and back on receipt, which is what other SCTP stacks and Wireshark
    expect on the wire. An empty message cannot be sent: SCTP has no zero-length DATA chunks.
*/

QTSCTP_BEGIN_NAMESPACE

QSctpMessage::QSctpMessage(const QByteArray &payload, quint16 stream, quint32 payloadProtocolId)
    : m_payload(payload)
    , m_ppid(payloadProtocolId)
    , m_stream(stream)
{ }

void QSctpMessage::setDestination(const QHostAddress &address)
{
    m_destination.clear();
    if (!address.isNull())
        m_destination.append(address);
}

void QSctpMessage::setReceiveInfo(quint16 ssn, quint32 tsn, quint32 cumulativeTsn,
                                  ReceiveFlags flags)
{
    m_ssn = ssn;
    m_tsn = tsn;
    m_cumulativeTsn = cumulativeTsn;
    m_receiveFlags = flags;
}

bool QSctpMessage::equals(const QSctpMessage &other) const noexcept
{
    return m_payload == other.m_payload && m_destination == other.m_destination
            && m_ppid == other.m_ppid && m_context == other.m_context && m_tsn == other.m_tsn
            && m_cumulativeTsn == other.m_cumulativeTsn && m_receiveFlags == other.m_receiveFlags
            && m_stream == other.m_stream && m_ssn == other.m_ssn
            && m_unordered == other.m_unordered;
}

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "QSctpMessage(stream=" << message.stream()
                    << ", ppid=" << message.payloadProtocolId() << ", " << message.size()
                    << " bytes";
    if (message.isUnordered())
        debug << ", unordered";
    if (message.context())
        debug << ", context=" << message.context();
    // The address bare, like the other fields (QDebug would quote the QString).
    if (!message.destination().isNull())
        debug.noquote() << ", to " << message.destination().toString();
    if (message.receiveFlags().testFlag(QSctpMessage::ReceiveInfoPresent))
        debug << ", ssn=" << message.streamSequenceNumber()
              << ", tsn=" << message.transmissionSequenceNumber();
    if (!message.isEndOfRecord() && message.receiveFlags() != QSctpMessage::NoReceiveFlags)
        debug << ", partial";
    debug << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
