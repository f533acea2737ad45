// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The typed notification values: what their accessors derive from the raw fields, and how they
// print themselves.

#include "qsctpnotification_p.h"

#include <QtCore/qdebug.h>

QTSCTP_BEGIN_NAMESPACE

namespace {

// RFC 9260 section 3.3.7: the ABORT chunk is type 6 and carries error causes after its 4-byte
// header (type, flags, 16-bit length in network byte order).
constexpr quint8 AbortChunkType = 6;
constexpr qsizetype ChunkHeaderSize = 4;
// Each error cause starts with a 16-bit code in network byte order.
constexpr qsizetype CauseCodeSize = 2;

bool stateCarriesFeatures(QSctpAssociationChange::State state)
{
    return state == QSctpAssociationChange::CommunicationUp
            || state == QSctpAssociationChange::Restart;
}

bool stateCarriesAbort(QSctpAssociationChange::State state)
{
    return state == QSctpAssociationChange::CommunicationLost
            || state == QSctpAssociationChange::CannotStartAssociation;
}

quint16 bigEndian16(const QByteArray &bytes, qsizetype offset)
{
    return quint16((quint8(bytes.at(offset)) << 8) | quint8(bytes.at(offset + 1)));
}

} // namespace

QSctpAssociationChange::Features QSctpAssociationChange::supportedFeatures() const noexcept
{
    Features features;
    if (!stateCarriesFeatures(m_state))
        return features;
    for (const char byte : m_info) {
        const auto code = quint8(byte);
        // SCTP_ASSOC_SUPPORTS_PR (1) ... SCTP_ASSOC_SUPPORTS_INTERLEAVING (6): bit code - 1.
        if (code >= 1 && code <= 6)
            features |= Feature(1u << (code - 1));
    }
    return features;
}

QByteArray QSctpAssociationChange::abortCauses() const
{
    if (!stateCarriesAbort(m_state))
        return {};
    // The RFC 6458 form: the whole chunk. Its first byte is the chunk type; no error cause code
    // starts with the byte 0x06, so the Linux form (the causes alone) cannot be mistaken for it.
    if (m_info.size() >= ChunkHeaderSize && quint8(m_info.at(0)) == AbortChunkType) {
        const qsizetype chunkLength = bigEndian16(m_info, 2);
        if (chunkLength >= ChunkHeaderSize && chunkLength <= m_info.size())
            return m_info.mid(ChunkHeaderSize, chunkLength - ChunkHeaderSize);
    }
    return m_info;
}

quint16 QSctpAssociationChange::abortCauseCode() const noexcept
{
    const QByteArray causes = abortCauses();
    return causes.size() >= CauseCodeSize ? bigEndian16(causes, 0) : 0;
}

#ifndef QT_NO_DEBUG_STREAM

QByteArray QSctpNotificationDebug::hexPreview(const QByteArray &bytes)
{
    constexpr qsizetype limit = 64;
    if (bytes.isEmpty())
        return QByteArrayLiteral("(none)");
    QByteArray text = bytes.left(limit).toHex(' ');
    if (bytes.size() > limit)
        text += " ... (" + QByteArray::number(bytes.size()) + " bytes)";
    return text;
}

using namespace QSctpNotificationDebug;

QDebug operator<<(QDebug debug, const QSctpAssociationChange &change)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpAssociationChange(" << enumKey(change.state()) << ", error "
                              << change.error() << ", outbound streams " << change.outboundStreams()
                              << ", inbound streams " << change.inboundStreams() << ", association "
                              << change.associationId();
    if (stateCarriesFeatures(change.state()) && !change.info().isEmpty())
        debug << ", supports " << flagKeys(change.supportedFeatures());
    if (stateCarriesAbort(change.state()) && !change.info().isEmpty())
        debug << ", abort cause " << change.abortCauseCode();
    debug << ", info " << hexPreview(change.info()) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpPeerAddressChange &change)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpPeerAddressChange(" << enumKey(change.state()) << ", ";
    const QString host = change.address().toString();
    if (change.address().protocol() == QAbstractSocket::IPv6Protocol)
        debug << '[' << host << "]:" << change.port();
    else
        debug << (host.isEmpty() ? QStringLiteral("(no address)") : host) << ':' << change.port();
    debug << ", error " << change.error() << ", association " << change.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpRemoteError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpRemoteError(cause " << error.causeCode() << ", data "
                              << hexPreview(error.data()) << ", association "
                              << error.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpSendFailed &failure)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpSendFailed(" << enumKey(failure.dataState()) << ", error "
                              << failure.error() << ", stream " << failure.stream() << ", flags "
                              << flagKeys(failure.sendFlags()) << ", ppid " << failure.ppid()
                              << ", context " << failure.context();
    if (failure.isLegacy()) {
        debug << ", legacy, ssn " << failure.ssn() << ", ttl " << failure.timeToLive() << ", tsn "
              << failure.tsn() << ", cumulative tsn " << failure.cumulativeTsn();
    }
    debug << ", association " << failure.associationId() << ", " << failure.data().size()
          << " bytes " << hexPreview(failure.data()) << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpShutdownEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "QSctpShutdownEvent(association " << event.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpAdaptationIndication &indication)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpAdaptationIndication(indication 0x"
                              << QByteArray::number(indication.indication(), 16) << ", association "
                              << indication.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpPartialDeliveryEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpPartialDeliveryEvent(" << enumKey(event.indication())
                              << ", stream " << event.stream() << ", sequence " << event.sequence()
                              << ", association " << event.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpAuthenticationEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpAuthenticationEvent(" << enumKey(event.indication())
                              << ", key " << event.keyNumber() << ", alternate key "
                              << event.alternateKeyNumber() << ", association "
                              << event.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpSenderDryEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "QSctpSenderDryEvent(association " << event.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpStreamResetEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpStreamResetEvent(" << flagKeys(event.flags())
                              << ", streams ";
    if (event.streams().isEmpty()) {
        debug << "all";
    } else {
        for (qsizetype i = 0; i < event.streams().size(); ++i)
            debug << (i ? "," : "") << event.streams().at(i);
    }
    debug << ", association " << event.associationId() << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpAssociationResetEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpAssociationResetEvent(" << flagKeys(event.flags())
                              << ", local tsn " << event.localTsn() << ", remote tsn "
                              << event.remoteTsn() << ", association " << event.associationId()
                              << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const QSctpStreamChangeEvent &event)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpStreamChangeEvent(" << flagKeys(event.flags())
                              << ", inbound streams " << event.inboundStreams()
                              << ", outbound streams " << event.outboundStreams()
                              << ", association " << event.associationId() << ')';
    return debug;
}

#endif // QT_NO_DEBUG_STREAM

QTSCTP_END_NAMESPACE
