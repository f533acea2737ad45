// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The kernel-facing half of the notification decoder: the only code that knows the layouts of
// <linux/sctp.h>. Every field is read with memcpy at its offsetof() position, because recvmsg()
// buffers carry no alignment promise, and only after the length check that covers it.

#include "qsctpnotification_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qlist.h>
#include <QtNetwork/qhostaddress.h>

#include <cstddef>
#include <cstring>
#include <type_traits>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

// After <netinet/in.h>: lksctp's header defines IPPROTO_SCTP as a macro when it comes first.
#include <netinet/sctp.h>

QTSCTP_BEGIN_NAMESPACE

namespace {

// The public enums carry the kernel's numbers; keep them honest.
#define QTSCTP_SAME_VALUE(ours, kernel) \
    static_assert(qint64(ours) == qint64(kernel), #ours " must equal " #kernel)
static_assert(std::size_t(QSctpNotification::HeaderSize) == sizeof(sctp_notification::sn_header));
QTSCTP_SAME_VALUE(QSctpNotification::AssociationChange, SCTP_ASSOC_CHANGE);
QTSCTP_SAME_VALUE(QSctpNotification::PeerAddressChange, SCTP_PEER_ADDR_CHANGE);
QTSCTP_SAME_VALUE(QSctpNotification::SendFailed, SCTP_SEND_FAILED);
QTSCTP_SAME_VALUE(QSctpNotification::RemoteError, SCTP_REMOTE_ERROR);
QTSCTP_SAME_VALUE(QSctpNotification::ShutdownEvent, SCTP_SHUTDOWN_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::PartialDeliveryEvent, SCTP_PARTIAL_DELIVERY_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::AdaptationIndication, SCTP_ADAPTATION_INDICATION);
QTSCTP_SAME_VALUE(QSctpNotification::AuthenticationEvent, SCTP_AUTHENTICATION_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::SenderDryEvent, SCTP_SENDER_DRY_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::StreamResetEvent, SCTP_STREAM_RESET_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::AssociationResetEvent, SCTP_ASSOC_RESET_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::StreamChangeEvent, SCTP_STREAM_CHANGE_EVENT);
QTSCTP_SAME_VALUE(QSctpNotification::SendFailedEvent, SCTP_SEND_FAILED_EVENT);
static_assert(SCTP_SEND_FAILED_EVENT == SCTP_SN_TYPE_MAX, "a new notification type to decode");

QTSCTP_SAME_VALUE(QSctpAssociationChange::CommunicationUp, SCTP_COMM_UP);
QTSCTP_SAME_VALUE(QSctpAssociationChange::CommunicationLost, SCTP_COMM_LOST);
QTSCTP_SAME_VALUE(QSctpAssociationChange::Restart, SCTP_RESTART);
QTSCTP_SAME_VALUE(QSctpAssociationChange::ShutdownComplete, SCTP_SHUTDOWN_COMP);
QTSCTP_SAME_VALUE(QSctpAssociationChange::CannotStartAssociation, SCTP_CANT_STR_ASSOC);

QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressAvailable, SCTP_ADDR_AVAILABLE);
QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressUnreachable, SCTP_ADDR_UNREACHABLE);
QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressRemoved, SCTP_ADDR_REMOVED);
QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressAdded, SCTP_ADDR_ADDED);
QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressMadePrimary, SCTP_ADDR_MADE_PRIM);
QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressConfirmed, SCTP_ADDR_CONFIRMED);
QTSCTP_SAME_VALUE(QSctpPeerAddressChange::AddressPotentiallyFailed, SCTP_ADDR_POTENTIALLY_FAILED);

QTSCTP_SAME_VALUE(QSctpSendFailed::DataUnsent, SCTP_DATA_UNSENT);
QTSCTP_SAME_VALUE(QSctpSendFailed::DataSent, SCTP_DATA_SENT);

QTSCTP_SAME_VALUE(QSctpPartialDeliveryEvent::Aborted, SCTP_PARTIAL_DELIVERY_ABORTED);

QTSCTP_SAME_VALUE(QSctpAuthenticationEvent::NewKey, SCTP_AUTH_NEW_KEY);
QTSCTP_SAME_VALUE(QSctpAuthenticationEvent::FreeKey, SCTP_AUTH_FREE_KEY);
QTSCTP_SAME_VALUE(QSctpAuthenticationEvent::NoAuthentication, SCTP_AUTH_NO_AUTH);

QTSCTP_SAME_VALUE(QSctpStreamResetEvent::IncomingSsn, SCTP_STREAM_RESET_INCOMING_SSN);
QTSCTP_SAME_VALUE(QSctpStreamResetEvent::OutgoingSsn, SCTP_STREAM_RESET_OUTGOING_SSN);
QTSCTP_SAME_VALUE(QSctpStreamResetEvent::Denied, SCTP_STREAM_RESET_DENIED);
QTSCTP_SAME_VALUE(QSctpStreamResetEvent::Failed, SCTP_STREAM_RESET_FAILED);
QTSCTP_SAME_VALUE(QSctpAssociationResetEvent::Denied, SCTP_ASSOC_RESET_DENIED);
QTSCTP_SAME_VALUE(QSctpAssociationResetEvent::Failed, SCTP_ASSOC_RESET_FAILED);
QTSCTP_SAME_VALUE(QSctpStreamChangeEvent::Denied, SCTP_STREAM_CHANGE_DENIED);
QTSCTP_SAME_VALUE(QSctpStreamChangeEvent::Failed, SCTP_STREAM_CHANGE_FAILED);

// Reads a T at byte offset `offset` of `data`. The caller has checked the bounds.
template<typename T>
T load(const char *data, std::size_t offset) noexcept
{
    static_assert(std::is_trivially_copyable_v<T>);
    T value;
    std::memcpy(&value, data + offset, sizeof(T));
    return value;
}

// Reads Struct::member (nested members allowed: ssf_info.sinfo_ppid) from the start of `data`.
#define QTSCTP_LOAD(data, Struct, member) \
    load<std::remove_cv_t<std::remove_reference_t<decltype(std::declval<Struct &>().member)>>>( \
            data, offsetof(Struct, member))

class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(QtSctp::QSctpNotification)

public:
    Decoder(QByteArrayView raw, QSctpNotificationPrivate &out)
        : m_raw(raw)
        , m_out(out)
    { }

    void run();

private:
    const char *data() const noexcept { return m_raw.data(); }
    // The bytes of this notification: sn_length, checked against the buffer.
    std::size_t length() const noexcept { return std::size_t(m_out.declaredLength); }

    void fail(QSctpNotification::DecodeError error, const QString &message);
    // Fails with TruncatedBody unless sn_length covers `needed` bytes of struct `structName`.
    bool requireBody(std::size_t needed, const char *typeName, const char *structName);
    QByteArray bytesFrom(std::size_t offset) const
    {
        return QByteArray(data() + offset, qsizetype(length() - offset));
    }
    template<typename T>
    void succeed(const T &value)
    {
        m_out.value = QVariant::fromValue(value);
    }

    void decodeAssociationChange();
    void decodePeerAddressChange();
    void decodeRemoteError();
    void decodeSendFailed();
    void decodeSendFailedEvent();
    void decodeShutdownEvent();
    void decodePartialDeliveryEvent();
    void decodeAdaptationIndication();
    void decodeAuthenticationEvent();
    void decodeSenderDryEvent();
    void decodeStreamResetEvent();
    void decodeAssociationResetEvent();
    void decodeStreamChangeEvent();

    QByteArrayView m_raw;
    QSctpNotificationPrivate &m_out;
};

void Decoder::fail(QSctpNotification::DecodeError error, const QString &message)
{
    m_out.error = error;
    m_out.errorString = message;
    m_out.value = QVariant();
    m_out.rawData = m_raw.toByteArray();
}

bool Decoder::requireBody(std::size_t needed, const char *typeName, const char *structName)
{
    if (length() >= needed)
        return true;
    fail(QSctpNotification::TruncatedBody,
         tr("%1 notification truncated: it has %2 bytes, struct %3 needs %4")
                 .arg(QLatin1StringView(typeName))
                 .arg(length())
                 .arg(QLatin1StringView(structName))
                 .arg(needed));
    return false;
}

void Decoder::run()
{
    m_out.decoded = true;
    const auto size = std::size_t(m_raw.size());
    if (size < sizeof(sctp_notification::sn_header)) {
        fail(QSctpNotification::TruncatedHeader,
             tr("SCTP notification truncated: it has %1 bytes, the header needs %2")
                     .arg(size)
                     .arg(sizeof(sctp_notification::sn_header)));
        return;
    }

    using Header = decltype(sctp_notification::sn_header);
    m_out.typeCode = QTSCTP_LOAD(data(), Header, sn_type);
    m_out.flags = QTSCTP_LOAD(data(), Header, sn_flags);
    m_out.declaredLength = QTSCTP_LOAD(data(), Header, sn_length);
    switch (m_out.typeCode) {
    case SCTP_ASSOC_CHANGE:
    case SCTP_PEER_ADDR_CHANGE:
    case SCTP_SEND_FAILED:
    case SCTP_REMOTE_ERROR:
    case SCTP_SHUTDOWN_EVENT:
    case SCTP_PARTIAL_DELIVERY_EVENT:
    case SCTP_ADAPTATION_INDICATION:
    case SCTP_AUTHENTICATION_EVENT:
    case SCTP_SENDER_DRY_EVENT:
    case SCTP_STREAM_RESET_EVENT:
    case SCTP_ASSOC_RESET_EVENT:
    case SCTP_STREAM_CHANGE_EVENT:
    case SCTP_SEND_FAILED_EVENT:
        m_out.type = QSctpNotification::Type(m_out.typeCode);
        break;
    default:
        m_out.type = QSctpNotification::UnknownType;
        break;
    }

    if (length() < sizeof(Header)) {
        fail(QSctpNotification::InvalidLength,
             tr("SCTP notification declares a length of %1 bytes, less than its %2-byte header")
                     .arg(length())
                     .arg(sizeof(Header)));
        return;
    }
    if (length() > size) {
        fail(QSctpNotification::LengthBeyondBuffer,
             tr("SCTP notification declares %1 bytes but only %2 were received")
                     .arg(length())
                     .arg(size));
        return;
    }
    m_out.rawData = m_raw.first(qsizetype(length())).toByteArray();

    switch (m_out.type) {
    case QSctpNotification::UnknownType:
        break; // kept generically: type code, flags and bytes
    case QSctpNotification::AssociationChange:
        decodeAssociationChange();
        break;
    case QSctpNotification::PeerAddressChange:
        decodePeerAddressChange();
        break;
    case QSctpNotification::SendFailed:
        decodeSendFailed();
        break;
    case QSctpNotification::RemoteError:
        decodeRemoteError();
        break;
    case QSctpNotification::ShutdownEvent:
        decodeShutdownEvent();
        break;
    case QSctpNotification::PartialDeliveryEvent:
        decodePartialDeliveryEvent();
        break;
    case QSctpNotification::AdaptationIndication:
        decodeAdaptationIndication();
        break;
    case QSctpNotification::AuthenticationEvent:
        decodeAuthenticationEvent();
        break;
    case QSctpNotification::SenderDryEvent:
        decodeSenderDryEvent();
        break;
    case QSctpNotification::StreamResetEvent:
        decodeStreamResetEvent();
        break;
    case QSctpNotification::AssociationResetEvent:
        decodeAssociationResetEvent();
        break;
    case QSctpNotification::StreamChangeEvent:
        decodeStreamChangeEvent();
        break;
    case QSctpNotification::SendFailedEvent:
        decodeSendFailedEvent();
        break;
    }
}

void Decoder::decodeAssociationChange()
{
    using S = sctp_assoc_change;
    constexpr std::size_t fixed = offsetof(S, sac_info);
    if (!requireBody(fixed, "SCTP_ASSOC_CHANGE", "sctp_assoc_change"))
        return;
    QSctpAssociationChange change;
    change.setState(QSctpAssociationChange::State(QTSCTP_LOAD(data(), S, sac_state)));
    change.setError(QTSCTP_LOAD(data(), S, sac_error));
    change.setOutboundStreams(QTSCTP_LOAD(data(), S, sac_outbound_streams));
    change.setInboundStreams(QTSCTP_LOAD(data(), S, sac_inbound_streams));
    change.setAssociationId(QTSCTP_LOAD(data(), S, sac_assoc_id));
    change.setInfo(bytesFrom(fixed));
    succeed(change);
}

void Decoder::decodePeerAddressChange()
{
    using S = sctp_paddr_change;
    constexpr std::size_t addressOffset = offsetof(S, spc_aaddr);
    constexpr std::size_t familyOffset = addressOffset + offsetof(sockaddr_storage, ss_family);
    constexpr std::size_t familyEnd = familyOffset + sizeof(sa_family_t);
    if (length() < familyEnd) {
        fail(QSctpNotification::TruncatedAddress,
             tr("SCTP_PEER_ADDR_CHANGE notification truncated: it has %1 bytes, its address "
                "family needs %2")
                     .arg(length())
                     .arg(familyEnd));
        return;
    }
    const auto family = load<sa_family_t>(data(), familyOffset);
    std::size_t addressSize = 0;
    const char *familyName = nullptr;
    switch (family) {
    case AF_INET:
        addressSize = sizeof(sockaddr_in);
        familyName = "AF_INET";
        break;
    case AF_INET6:
        addressSize = sizeof(sockaddr_in6);
        familyName = "AF_INET6";
        break;
    default:
        fail(QSctpNotification::UnsupportedAddressFamily,
             tr("SCTP_PEER_ADDR_CHANGE notification has address family %1, neither AF_INET (%2) "
                "nor AF_INET6 (%3)")
                     .arg(family)
                     .arg(AF_INET)
                     .arg(AF_INET6));
        return;
    }
    if (length() < addressOffset + addressSize) {
        fail(QSctpNotification::TruncatedAddress,
             tr("SCTP_PEER_ADDR_CHANGE notification truncated: it has %1 bytes, its %2 address "
                "needs %3")
                     .arg(length())
                     .arg(QLatin1StringView(familyName))
                     .arg(addressOffset + addressSize));
        return;
    }
    if (!requireBody(sizeof(S), "SCTP_PEER_ADDR_CHANGE", "sctp_paddr_change"))
        return;

    QSctpPeerAddressChange change;
    if (family == AF_INET) {
        const auto address = load<sockaddr_in>(data(), addressOffset);
        change.setAddress(QHostAddress(quint32(ntohl(address.sin_addr.s_addr))));
        change.setPort(ntohs(address.sin_port));
    } else {
        const auto address = load<sockaddr_in6>(data(), addressOffset);
        QHostAddress host;
        host.setAddress(address.sin6_addr.s6_addr);
        if (address.sin6_scope_id != 0)
            host.setScopeId(QString::number(address.sin6_scope_id));
        change.setAddress(host);
        change.setPort(ntohs(address.sin6_port));
    }
    change.setState(QSctpPeerAddressChange::State(QTSCTP_LOAD(data(), S, spc_state)));
    change.setError(QTSCTP_LOAD(data(), S, spc_error));
    change.setAssociationId(QTSCTP_LOAD(data(), S, spc_assoc_id));
    succeed(change);
}

void Decoder::decodeRemoteError()
{
    using S = sctp_remote_error;
    constexpr std::size_t fixed = offsetof(S, sre_data);
    if (!requireBody(fixed, "SCTP_REMOTE_ERROR", "sctp_remote_error"))
        return;
    QSctpRemoteError error;
    // sre_error is a __be16: the cause code as it was on the wire.
    error.setCauseCode(ntohs(QTSCTP_LOAD(data(), S, sre_error)));
    error.setAssociationId(QTSCTP_LOAD(data(), S, sre_assoc_id));
    error.setData(bytesFrom(fixed));
    succeed(error);
}

void Decoder::decodeSendFailed()
{
    using S = sctp_send_failed;
    constexpr std::size_t fixed = offsetof(S, ssf_data);
    if (!requireBody(fixed, "SCTP_SEND_FAILED", "sctp_send_failed"))
        return;
    QSctpSendFailed failure;
    failure.setLegacy(true);
    failure.setDataState(QSctpSendFailed::DataState(QTSCTP_LOAD(data(), S, ssf_flags)));
    failure.setError(QTSCTP_LOAD(data(), S, ssf_error));
    failure.setStream(QTSCTP_LOAD(data(), S, ssf_info.sinfo_stream));
    failure.setSsn(QTSCTP_LOAD(data(), S, ssf_info.sinfo_ssn));
    failure.setSendFlags(
            QSctpSendFailed::SendFlags::fromInt(QTSCTP_LOAD(data(), S, ssf_info.sinfo_flags)));
    // PPID is host byte order in the API, converted at the syscall.
    failure.setPpid(ntohl(QTSCTP_LOAD(data(), S, ssf_info.sinfo_ppid)));
    failure.setContext(QTSCTP_LOAD(data(), S, ssf_info.sinfo_context));
    failure.setTimeToLive(QTSCTP_LOAD(data(), S, ssf_info.sinfo_timetolive));
    failure.setTsn(QTSCTP_LOAD(data(), S, ssf_info.sinfo_tsn));
    failure.setCumulativeTsn(QTSCTP_LOAD(data(), S, ssf_info.sinfo_cumtsn));
    failure.setAssociationId(QTSCTP_LOAD(data(), S, ssf_assoc_id));
    failure.setData(bytesFrom(fixed));
    succeed(failure);
}

void Decoder::decodeSendFailedEvent()
{
    using S = sctp_send_failed_event;
    constexpr std::size_t fixed = offsetof(S, ssf_data);
    if (!requireBody(fixed, "SCTP_SEND_FAILED_EVENT", "sctp_send_failed_event"))
        return;
    QSctpSendFailed failure;
    failure.setDataState(QSctpSendFailed::DataState(QTSCTP_LOAD(data(), S, ssf_flags)));
    failure.setError(QTSCTP_LOAD(data(), S, ssf_error));
    failure.setStream(QTSCTP_LOAD(data(), S, ssfe_info.snd_sid));
    failure.setSendFlags(
            QSctpSendFailed::SendFlags::fromInt(QTSCTP_LOAD(data(), S, ssfe_info.snd_flags)));
    // PPID is host byte order in the API, converted at the syscall.
    failure.setPpid(ntohl(QTSCTP_LOAD(data(), S, ssfe_info.snd_ppid)));
    failure.setContext(QTSCTP_LOAD(data(), S, ssfe_info.snd_context));
    failure.setAssociationId(QTSCTP_LOAD(data(), S, ssf_assoc_id));
    failure.setData(bytesFrom(fixed));
    succeed(failure);
}

void Decoder::decodeShutdownEvent()
{
    using S = sctp_shutdown_event;
    if (!requireBody(sizeof(S), "SCTP_SHUTDOWN_EVENT", "sctp_shutdown_event"))
        return;
    QSctpShutdownEvent event;
    event.setAssociationId(QTSCTP_LOAD(data(), S, sse_assoc_id));
    succeed(event);
}

void Decoder::decodePartialDeliveryEvent()
{
    using S = sctp_pdapi_event;
    if (!requireBody(sizeof(S), "SCTP_PARTIAL_DELIVERY_EVENT", "sctp_pdapi_event"))
        return;
    QSctpPartialDeliveryEvent event;
    event.setIndication(
            QSctpPartialDeliveryEvent::Indication(QTSCTP_LOAD(data(), S, pdapi_indication)));
    event.setAssociationId(QTSCTP_LOAD(data(), S, pdapi_assoc_id));
    event.setStream(QTSCTP_LOAD(data(), S, pdapi_stream));
    event.setSequence(QTSCTP_LOAD(data(), S, pdapi_seq));
    succeed(event);
}

void Decoder::decodeAdaptationIndication()
{
    using S = sctp_adaptation_event;
    if (!requireBody(sizeof(S), "SCTP_ADAPTATION_INDICATION", "sctp_adaptation_event"))
        return;
    QSctpAdaptationIndication indication;
    indication.setIndication(QTSCTP_LOAD(data(), S, sai_adaptation_ind));
    indication.setAssociationId(QTSCTP_LOAD(data(), S, sai_assoc_id));
    succeed(indication);
}

void Decoder::decodeAuthenticationEvent()
{
    using S = sctp_authkey_event;
    if (!requireBody(sizeof(S), "SCTP_AUTHENTICATION_EVENT", "sctp_authkey_event"))
        return;
    QSctpAuthenticationEvent event;
    event.setKeyNumber(QTSCTP_LOAD(data(), S, auth_keynumber));
    event.setAlternateKeyNumber(QTSCTP_LOAD(data(), S, auth_altkeynumber));
    event.setIndication(
            QSctpAuthenticationEvent::Indication(QTSCTP_LOAD(data(), S, auth_indication)));
    event.setAssociationId(QTSCTP_LOAD(data(), S, auth_assoc_id));
    succeed(event);
}

void Decoder::decodeSenderDryEvent()
{
    using S = sctp_sender_dry_event;
    if (!requireBody(sizeof(S), "SCTP_SENDER_DRY_EVENT", "sctp_sender_dry_event"))
        return;
    QSctpSenderDryEvent event;
    event.setAssociationId(QTSCTP_LOAD(data(), S, sender_dry_assoc_id));
    succeed(event);
}

void Decoder::decodeStreamResetEvent()
{
    using S = sctp_stream_reset_event;
    constexpr std::size_t fixed = offsetof(S, strreset_stream_list);
    if (!requireBody(fixed, "SCTP_STREAM_RESET_EVENT", "sctp_stream_reset_event"))
        return;
    using StreamId = std::remove_extent_t<decltype(S::strreset_stream_list)>;
    const std::size_t listBytes = length() - fixed;
    if (listBytes % sizeof(StreamId) != 0) {
        fail(QSctpNotification::TruncatedStreamList,
             tr("SCTP_STREAM_RESET_EVENT notification of %1 bytes has a truncated stream list: "
                "the %2 bytes after struct sctp_stream_reset_event are not a whole number of "
                "%3-byte stream identifiers")
                     .arg(length())
                     .arg(listBytes)
                     .arg(sizeof(StreamId)));
        return;
    }
    QList<quint16> streams;
    streams.reserve(qsizetype(listBytes / sizeof(StreamId)));
    for (std::size_t offset = fixed; offset < length(); offset += sizeof(StreamId))
        streams.append(load<StreamId>(data(), offset));

    QSctpStreamResetEvent event;
    event.setFlags(QSctpStreamResetEvent::Flags::fromInt(QTSCTP_LOAD(data(), S, strreset_flags)));
    event.setStreams(streams);
    event.setAssociationId(QTSCTP_LOAD(data(), S, strreset_assoc_id));
    succeed(event);
}

void Decoder::decodeAssociationResetEvent()
{
    using S = sctp_assoc_reset_event;
    if (!requireBody(sizeof(S), "SCTP_ASSOC_RESET_EVENT", "sctp_assoc_reset_event"))
        return;
    QSctpAssociationResetEvent event;
    event.setFlags(
            QSctpAssociationResetEvent::Flags::fromInt(QTSCTP_LOAD(data(), S, assocreset_flags)));
    event.setAssociationId(QTSCTP_LOAD(data(), S, assocreset_assoc_id));
    event.setLocalTsn(QTSCTP_LOAD(data(), S, assocreset_local_tsn));
    event.setRemoteTsn(QTSCTP_LOAD(data(), S, assocreset_remote_tsn));
    succeed(event);
}

void Decoder::decodeStreamChangeEvent()
{
    using S = sctp_stream_change_event;
    if (!requireBody(sizeof(S), "SCTP_STREAM_CHANGE_EVENT", "sctp_stream_change_event"))
        return;
    QSctpStreamChangeEvent event;
    event.setFlags(QSctpStreamChangeEvent::Flags::fromInt(QTSCTP_LOAD(data(), S, strchange_flags)));
    event.setAssociationId(QTSCTP_LOAD(data(), S, strchange_assoc_id));
    event.setInboundStreams(QTSCTP_LOAD(data(), S, strchange_instrms));
    event.setOutboundStreams(QTSCTP_LOAD(data(), S, strchange_outstrms));
    succeed(event);
}

#undef QTSCTP_LOAD
#undef QTSCTP_SAME_VALUE

} // namespace

void QSctpNotificationPrivate::decode(QByteArrayView raw, QSctpNotificationPrivate &out)
{
    Decoder(raw, out).run();
}

QTSCTP_END_NAMESPACE
