// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "sctpdiagparser.h"

#include <QtNetwork/QHostAddress>

#include <cstddef>
#include <cstring>
#include <limits>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/sctp.h> // struct sctp_info, through linux/sctp.h
#include <sys/socket.h>

namespace {

// Everything up to the primary path's figures: older layouts never existed (sctp_diag came
// with this struct in Linux 4.7), so a shorter attribute is damaged, not old.
constexpr qsizetype MinimumInfoSize = offsetof(sctp_info, sctpi_s_autoclose);
// The kernel writes each address of INET_DIAG_LOCALS and INET_DIAG_PEERS into a slot of
// this size.
constexpr qsizetype AddressSlot = sizeof(sockaddr_storage);

template<typename T>
T readAt(QByteArrayView bytes, qsizetype offset)
{
    T value;
    std::memcpy(&value, bytes.data() + offset, sizeof value);
    return value;
}

QString attributeName(int type)
{
    switch (type) {
    case INET_DIAG_INFO:
        return QStringLiteral("INET_DIAG_INFO");
    case INET_DIAG_LOCALS:
        return QStringLiteral("INET_DIAG_LOCALS");
    case INET_DIAG_PEERS:
        return QStringLiteral("INET_DIAG_PEERS");
    case INET_DIAG_SKMEMINFO:
        return QStringLiteral("INET_DIAG_SKMEMINFO");
    case INET_DIAG_SHUTDOWN:
        return QStringLiteral("INET_DIAG_SHUTDOWN");
    default:
        return QStringLiteral("attribute %1").arg(type);
    }
}

bool parseAddressList(QByteArrayView bytes, int type, QStringList *addresses, QString *error)
{
    if (bytes.size() % AddressSlot != 0) {
        *error = SctpDiagParser::tr("%1 has %2 bytes, not a multiple of %3")
                         .arg(attributeName(type))
                         .arg(bytes.size())
                         .arg(AddressSlot);
        return false;
    }
    for (qsizetype offset = 0; offset < bytes.size(); offset += AddressSlot) {
        QString addressError;
        const QString address = SctpDiagParser::parseSocketAddress(
                bytes.sliced(offset, AddressSlot), &addressError);
        if (address.isEmpty()) {
            *error = SctpDiagParser::tr("%1, address %2: %3")
                             .arg(attributeName(type))
                             .arg(offset / AddressSlot + 1)
                             .arg(addressError);
            return false;
        }
        addresses->append(address);
    }
    return true;
}

bool parseInfo(QByteArrayView bytes, SctpDiagInfo *info, QString *error)
{
    if (bytes.size() < MinimumInfoSize) {
        *error = SctpDiagParser::tr("INET_DIAG_INFO has %1 bytes; struct sctp_info needs at "
                                    "least %2")
                         .arg(bytes.size())
                         .arg(MinimumInfoSize);
        return false;
    }
    // Longer (a newer kernel's struct) is fine: the known part comes first.
    sctp_info raw;
    std::memset(&raw, 0, sizeof raw);
    std::memcpy(&raw, bytes.data(), size_t(qMin<qsizetype>(bytes.size(), sizeof raw)));
    info->tag = raw.sctpi_tag;
    info->peerTag = raw.sctpi_peer_tag;
    info->state = int(raw.sctpi_state);
    info->receiveWindow = raw.sctpi_rwnd;
    info->peerReceiveWindow = raw.sctpi_peer_rwnd;
    info->unackedChunks = raw.sctpi_unackdata;
    info->pendingTsns = raw.sctpi_penddata;
    info->inboundStreams = raw.sctpi_instrms;
    info->outboundStreams = raw.sctpi_outstrms;
    info->fragmentationPoint = raw.sctpi_fragmentation_point;
    info->inQueueChunks = raw.sctpi_inqueue;
    info->outQueueChunks = raw.sctpi_outqueue;
    info->overallErrors = raw.sctpi_overall_error;
    info->maxBurst = raw.sctpi_max_burst;
    info->maxSegment = raw.sctpi_maxseg;
    info->sacksReceived = raw.sctpi_isacks;
    info->sacksSent = raw.sctpi_osacks;
    info->packetsSent = raw.sctpi_opackets;
    info->packetsReceived = raw.sctpi_ipackets;
    info->retransmittedChunks = raw.sctpi_rtxchunks;
    info->outOfSequenceTsns = raw.sctpi_outofseqtsns;
    info->duplicateChunks = raw.sctpi_idupchunks;
    info->gapAckBlocks = raw.sctpi_gapcnt;
    info->controlChunksSent = raw.sctpi_octrlchunks;
    info->controlChunksReceived = raw.sctpi_ictrlchunks;
    // An endpoint's record has no primary path: the address is all zeros.
    if (raw.sctpi_p_address.ss_family != 0) {
        QString addressError;
        info->primaryAddress = SctpDiagParser::parseSocketAddress(
                QByteArrayView(reinterpret_cast<const char *>(&raw.sctpi_p_address),
                               sizeof raw.sctpi_p_address),
                &addressError);
        if (info->primaryAddress.isEmpty()) {
            *error = SctpDiagParser::tr("INET_DIAG_INFO, primary path: %1").arg(addressError);
            return false;
        }
        info->primaryState = raw.sctpi_p_state;
    }
    info->primaryCwnd = raw.sctpi_p_cwnd;
    info->primarySrtt = raw.sctpi_p_srtt;
    info->primaryRto = raw.sctpi_p_rto;
    info->primaryHeartbeatInterval = raw.sctpi_p_hbinterval;
    info->primaryPathMaxRetransmissions = raw.sctpi_p_pathmaxrxt;
    info->primarySsthresh = raw.sctpi_p_ssthresh;
    info->primaryFlightSize = raw.sctpi_p_flight_size;
    if (bytes.size() >= qsizetype(offsetof(sctp_info, sctpi_s_type) + sizeof raw.sctpi_s_type))
        info->socketType = int(raw.sctpi_s_type);
    return true;
}

// Netlink carries errors as negative errno values; INT_MIN (from damaged bytes) has no
// positive counterpart in an int.
int errnoOf(int code)
{
    return code == std::numeric_limits<int>::min() ? std::numeric_limits<int>::max() : -code;
}

void parseMemory(QByteArrayView bytes, SctpDiagMemory *memory)
{
    // An array of u32 indexed by SK_MEMINFO_*; it grew over time, so read what is there.
    const qsizetype count = bytes.size() / qsizetype(sizeof(quint32));
    auto value = [&](int index) -> qint64 {
        return index < count ? qint64(readAt<quint32>(bytes, index * 4)) : -1;
    };
    memory->receiveAllocated = value(SK_MEMINFO_RMEM_ALLOC);
    memory->receiveBuffer = value(SK_MEMINFO_RCVBUF);
    memory->sendAllocated = value(SK_MEMINFO_WMEM_ALLOC);
    memory->sendBuffer = value(SK_MEMINFO_SNDBUF);
    memory->sendQueued = value(SK_MEMINFO_WMEM_QUEUED);
    memory->drops = value(SK_MEMINFO_DROPS);
}

} // namespace

QByteArray SctpDiagParser::dumpRequest(int family, quint32 sequence)
{
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message;
    std::memset(&message, 0, sizeof message);
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = sequence;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = IPPROTO_SCTP;
    message.request.idiag_ext = (1 << (INET_DIAG_INFO - 1)) | (1 << (INET_DIAG_SKMEMINFO - 1));
    message.request.idiag_states = 0xffffffff; // every state, listeners included
    return QByteArray(reinterpret_cast<const char *>(&message), sizeof message);
}

QString SctpDiagParser::parseSocketAddress(QByteArrayView bytes, QString *error)
{
    if (bytes.size() < qsizetype(sizeof(sa_family_t))) {
        *error = tr("%1 bytes are too short for an address").arg(bytes.size());
        return {};
    }
    const auto family = readAt<sa_family_t>(bytes, 0);
    if (family == AF_INET) {
        if (bytes.size() < qsizetype(sizeof(sockaddr_in))) {
            *error = tr("an IPv4 address needs %1 bytes, %2 given")
                             .arg(sizeof(sockaddr_in))
                             .arg(bytes.size());
            return {};
        }
        const auto address = readAt<sockaddr_in>(bytes, 0);
        return QHostAddress(ntohl(address.sin_addr.s_addr)).toString();
    }
    if (family == AF_INET6) {
        if (bytes.size() < qsizetype(sizeof(sockaddr_in6))) {
            *error = tr("an IPv6 address needs %1 bytes, %2 given")
                             .arg(sizeof(sockaddr_in6))
                             .arg(bytes.size());
            return {};
        }
        const auto address = readAt<sockaddr_in6>(bytes, 0);
        const QHostAddress host(address.sin6_addr.s6_addr);
        bool mapped = false;
        const quint32 ipv4 = host.toIPv4Address(&mapped);
        return mapped ? QHostAddress(ipv4).toString() : host.toString();
    }
    *error = tr("unknown address family %1").arg(family);
    return {};
}

bool SctpDiagParser::parseMessage(QByteArrayView payload, SctpDiagRecord *record, QString *error)
{
    *record = SctpDiagRecord();
    if (payload.size() < qsizetype(sizeof(inet_diag_msg))) {
        *error = tr("%1 bytes are too short for struct inet_diag_msg (%2 bytes)")
                         .arg(payload.size())
                         .arg(sizeof(inet_diag_msg));
        return false;
    }
    const auto message = readAt<inet_diag_msg>(payload, 0);
    if (message.idiag_family != AF_INET && message.idiag_family != AF_INET6) {
        *error = tr("unknown address family %1").arg(message.idiag_family);
        return false;
    }
    record->family = message.idiag_family;
    record->state = message.idiag_state;
    record->timer = message.idiag_timer;
    record->retransmits = message.idiag_retrans;
    record->timerExpires = message.idiag_expires;
    record->receiveQueue = message.idiag_rqueue;
    record->sendQueue = message.idiag_wqueue;
    record->uid = message.idiag_uid;
    record->inode = message.idiag_inode;
    record->interfaceIndex = message.id.idiag_if;
    record->localPort = ntohs(message.id.idiag_sport);
    record->peerPort = ntohs(message.id.idiag_dport);
    // The identity's addresses: 4 bytes for IPv4, 16 for IPv6, in network order.
    auto identityAddress = [&](const __be32 words[4]) {
        if (record->family == AF_INET)
            return QHostAddress(ntohl(words[0])).toString();
        quint8 bytes[16];
        std::memcpy(bytes, words, sizeof bytes);
        const QHostAddress host(bytes);
        bool mapped = false;
        const quint32 ipv4 = host.toIPv4Address(&mapped);
        return mapped ? QHostAddress(ipv4).toString() : host.toString();
    };
    record->localAddress = identityAddress(message.id.idiag_src);
    record->peerAddress = identityAddress(message.id.idiag_dst);

    // Attributes follow, each aligned to 4 bytes.
    qsizetype offset = NLMSG_ALIGN(sizeof(inet_diag_msg));
    while (offset < payload.size()) {
        if (payload.size() - offset < qsizetype(sizeof(nlattr))) {
            *error = tr("%1 bytes left at offset %2, too short for an attribute header")
                             .arg(payload.size() - offset)
                             .arg(offset);
            return false;
        }
        const auto attribute = readAt<nlattr>(payload, offset);
        if (attribute.nla_len < sizeof(nlattr) || attribute.nla_len > payload.size() - offset) {
            *error = tr("%1 at offset %2 claims %3 bytes; %4 are left")
                             .arg(attributeName(attribute.nla_type & NLA_TYPE_MASK))
                             .arg(offset)
                             .arg(attribute.nla_len)
                             .arg(payload.size() - offset);
            return false;
        }
        const int type = attribute.nla_type & NLA_TYPE_MASK;
        const QByteArrayView data
                = payload.sliced(offset + NLA_HDRLEN, attribute.nla_len - NLA_HDRLEN);
        switch (type) {
        case INET_DIAG_LOCALS:
            if (!parseAddressList(data, type, &record->localAddresses, error))
                return false;
            break;
        case INET_DIAG_PEERS:
            if (!parseAddressList(data, type, &record->peerAddresses, error))
                return false;
            record->isAssociation = true;
            break;
        case INET_DIAG_INFO:
            if (!parseInfo(data, &record->info, error))
                return false;
            record->hasInfo = true;
            break;
        case INET_DIAG_SKMEMINFO:
            parseMemory(data, &record->memory);
            record->hasMemory = true;
            break;
        case INET_DIAG_SHUTDOWN:
            if (data.size() >= 1)
                record->shutdown = quint8(data[0]);
            break;
        default:
            // INET_DIAG_PAD, TOS, TCLASS, SKV6ONLY, MARK, CGROUP_ID ... and any newer one.
            ++record->ignoredAttributes;
            break;
        }
        offset += NLA_ALIGN(attribute.nla_len);
    }
    return true;
}

SctpDiagParser::Batch SctpDiagParser::parseDatagram(QByteArrayView datagram, quint32 sequence)
{
    Batch batch;
    qsizetype offset = 0;
    while (offset < datagram.size()) {
        if (datagram.size() - offset < qsizetype(NLMSG_HDRLEN)) {
            batch.error = tr("%1 bytes left at offset %2, too short for a netlink header")
                                  .arg(datagram.size() - offset)
                                  .arg(offset);
            batch.done = true;
            return batch;
        }
        const auto header = readAt<nlmsghdr>(datagram, offset);
        if (header.nlmsg_len < NLMSG_HDRLEN || header.nlmsg_len > datagram.size() - offset) {
            batch.error = tr("the netlink message at offset %1 claims %2 bytes; %3 are left")
                                  .arg(offset)
                                  .arg(header.nlmsg_len)
                                  .arg(datagram.size() - offset);
            batch.done = true;
            return batch;
        }
        const QByteArrayView payload
                = datagram.sliced(offset + NLMSG_HDRLEN, header.nlmsg_len - NLMSG_HDRLEN);
        const qsizetype messageOffset = offset;
        offset += NLMSG_ALIGN(header.nlmsg_len);
        if (sequence != 0 && header.nlmsg_seq != sequence)
            continue; // a reply to an earlier request
        switch (header.nlmsg_type) {
        case NLMSG_NOOP:
            break;
        case NLMSG_DONE:
            // The dump's own status follows as an int (negative errno) on current kernels.
            if (payload.size() >= qsizetype(sizeof(int)) && readAt<int>(payload, 0) < 0) {
                batch.errorCode = errnoOf(readAt<int>(payload, 0));
                batch.error = tr("the dump ended with error %1 (%2)")
                                      .arg(batch.errorCode)
                                      .arg(QString::fromLocal8Bit(strerror(batch.errorCode)));
            }
            batch.done = true;
            return batch;
        case NLMSG_ERROR: {
            if (payload.size() < qsizetype(sizeof(int))) {
                batch.error = tr("an NLMSG_ERROR message of %1 bytes carries no error code")
                                      .arg(payload.size());
                batch.done = true;
                return batch;
            }
            const int code = readAt<int>(payload, 0);
            if (code == 0)
                break; // an acknowledgement
            batch.errorCode = errnoOf(code);
            batch.error = tr("the kernel answered error %1 (%2)")
                                  .arg(batch.errorCode)
                                  .arg(QString::fromLocal8Bit(strerror(batch.errorCode)));
            batch.done = true;
            return batch;
        }
        case NLMSG_OVERRUN:
            batch.error = tr("the kernel reported lost netlink data (NLMSG_OVERRUN)");
            batch.done = true;
            return batch;
        case SOCK_DIAG_BY_FAMILY: {
            SctpDiagRecord record;
            QString error;
            if (parseMessage(payload, &record, &error))
                batch.records.append(record);
            else
                batch.warnings
                        << tr("message at offset %1 skipped: %2").arg(messageOffset).arg(error);
            break;
        }
        default:
            batch.warnings << tr("message at offset %1 skipped: unexpected type %2")
                                      .arg(messageOffset)
                                      .arg(header.nlmsg_type);
            break;
        }
    }
    return batch;
}
