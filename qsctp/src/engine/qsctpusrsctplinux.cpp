// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The Linux half of the usrsctp translation: Linux's option numbers and struct layouts, read and
// written from the neutral values of qsctpusrsctpbridge_p.h. <usrsctp.h> must never be included
// here (its constants share these names with other values).

#include "qsctpusrsctpbridge_p.h"

#include <QtSctp/qsctpnotification.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/sctp.h>
#include <sys/socket.h>

QTSCTP_BEGIN_NAMESPACE

namespace QSctpUsrsctpBridge {

namespace {

// A notification struct followed by variable data, with its sn_length set.
template<typename S>
QByteArray withTrailer(S s, const QByteArray &trailer, quint32 *lengthField)
{
    *lengthField = quint32(sizeof s + size_t(trailer.size()));
    QByteArray bytes(reinterpret_cast<const char *>(&s), qsizetype(sizeof s));
    bytes.append(trailer);
    return bytes;
}

template<typename S>
QByteArray plain(S s)
{
    return QByteArray(reinterpret_cast<const char *>(&s), qsizetype(sizeof s));
}

template<typename S>
int readStruct(const void *value, unsigned length, S *out)
{
    if (length < sizeof(S))
        return EINVAL;
    std::memcpy(out, value, sizeof(S));
    return 0;
}

template<typename S>
int writeStruct(const S &in, void *value, unsigned *length)
{
    if (*length < sizeof(S))
        return EINVAL;
    std::memcpy(value, &in, sizeof(S));
    *length = sizeof(S);
    return 0;
}

sctp_paddrinfo toLinux(const PathInfo &in)
{
    sctp_paddrinfo p;
    std::memset(&p, 0, sizeof p);
    p.spinfo_assoc_id = 0;
    std::memcpy(&p.spinfo_address, &in.address, sizeof in.address);
    p.spinfo_state = in.state;
    p.spinfo_cwnd = in.cwnd;
    p.spinfo_srtt = in.srtt;
    p.spinfo_rto = in.rto;
    p.spinfo_mtu = in.mtu;
    return p;
}

} // namespace

QByteArray toLinuxNotification(const Notification &n)
{
    switch (n.type) {
    case QSctpNotification::AssociationChange: {
        sctp_assoc_change s{};
        s.sac_type = SCTP_ASSOC_CHANGE;
        s.sac_flags = n.flags;
        s.sac_state = n.assocState;
        s.sac_error = n.assocError;
        s.sac_outbound_streams = n.outboundStreams;
        s.sac_inbound_streams = n.inboundStreams;
        s.sac_assoc_id = sctp_assoc_t(n.assocId);
        quint32 length = 0;
        QByteArray bytes = withTrailer(s, n.data, &length);
        std::memcpy(bytes.data() + offsetof(sctp_assoc_change, sac_length), &length, sizeof length);
        return bytes;
    }
    case QSctpNotification::PeerAddressChange: {
        sctp_paddr_change s;
        std::memset(&s, 0, sizeof s);
        s.spc_type = SCTP_PEER_ADDR_CHANGE;
        s.spc_flags = n.flags;
        s.spc_length = sizeof s;
        std::memcpy(&s.spc_aaddr, &n.address, sizeof n.address);
        s.spc_state = int(n.addressState);
        s.spc_error = int(n.addressError);
        s.spc_assoc_id = sctp_assoc_t(n.assocId);
        return plain(s);
    }
    case QSctpNotification::RemoteError: {
        sctp_remote_error s{};
        s.sre_type = SCTP_REMOTE_ERROR;
        s.sre_flags = n.flags;
        s.sre_error = n.remoteCauseWire;
        s.sre_assoc_id = sctp_assoc_t(n.assocId);
        quint32 length = 0;
        QByteArray bytes = withTrailer(s, n.data, &length);
        std::memcpy(bytes.data() + offsetof(sctp_remote_error, sre_length), &length, sizeof length);
        return bytes;
    }
    case QSctpNotification::SendFailedEvent: {
        sctp_send_failed_event s{};
        s.ssf_type = SCTP_SEND_FAILED_EVENT;
        s.ssf_flags = n.flags ? SCTP_DATA_SENT : SCTP_DATA_UNSENT; // 1: it was on the wire
        s.ssf_error = n.sendError;
        s.ssfe_info.snd_sid = n.sendStream;
        s.ssfe_info.snd_flags = n.sendUnordered ? SCTP_UNORDERED : 0;
        s.ssfe_info.snd_ppid = n.sendPpidWire;
        s.ssfe_info.snd_context = n.sendContext;
        s.ssf_assoc_id = sctp_assoc_t(n.assocId);
        quint32 length = 0;
        QByteArray bytes = withTrailer(s, n.data, &length);
        std::memcpy(bytes.data() + offsetof(sctp_send_failed_event, ssf_length), &length,
                    sizeof length);
        return bytes;
    }
    case QSctpNotification::ShutdownEvent: {
        sctp_shutdown_event s{};
        s.sse_type = SCTP_SHUTDOWN_EVENT;
        s.sse_flags = n.flags;
        s.sse_length = sizeof s;
        s.sse_assoc_id = sctp_assoc_t(n.assocId);
        return plain(s);
    }
    case QSctpNotification::AdaptationIndication: {
        sctp_adaptation_event s{};
        s.sai_type = SCTP_ADAPTATION_INDICATION;
        s.sai_flags = n.flags;
        s.sai_length = sizeof s;
        s.sai_adaptation_ind = n.adaptation;
        s.sai_assoc_id = sctp_assoc_t(n.assocId);
        return plain(s);
    }
    case QSctpNotification::PartialDeliveryEvent: {
        sctp_pdapi_event s{};
        s.pdapi_type = SCTP_PARTIAL_DELIVERY_EVENT;
        s.pdapi_flags = n.flags;
        s.pdapi_length = sizeof s;
        s.pdapi_indication = n.pdIndication;
        s.pdapi_stream = n.pdStream;
        s.pdapi_seq = n.pdSequence;
        s.pdapi_assoc_id = sctp_assoc_t(n.assocId);
        return plain(s);
    }
    case QSctpNotification::AuthenticationEvent: {
        sctp_authkey_event s{};
        s.auth_type = SCTP_AUTHENTICATION_EVENT;
        s.auth_flags = n.flags;
        s.auth_length = sizeof s;
        s.auth_keynumber = n.authKeyNumber;
        s.auth_indication = n.authIndication;
        s.auth_assoc_id = sctp_assoc_t(n.assocId);
        return plain(s);
    }
    case QSctpNotification::SenderDryEvent: {
        sctp_sender_dry_event s{};
        s.sender_dry_type = SCTP_SENDER_DRY_EVENT;
        s.sender_dry_flags = n.flags;
        s.sender_dry_length = sizeof s;
        s.sender_dry_assoc_id = sctp_assoc_t(n.assocId);
        return plain(s);
    }
    case QSctpNotification::StreamResetEvent: {
        sctp_stream_reset_event s{};
        s.strreset_type = SCTP_STREAM_RESET_EVENT;
        s.strreset_flags = n.flags; // the same bits on both
        s.strreset_assoc_id = sctp_assoc_t(n.assocId);
        QByteArray list;
        for (quint16 stream : n.streams)
            list.append(reinterpret_cast<const char *>(&stream), sizeof stream);
        quint32 length = 0;
        QByteArray bytes = withTrailer(s, list, &length);
        std::memcpy(bytes.data() + offsetof(sctp_stream_reset_event, strreset_length), &length,
                    sizeof length);
        return bytes;
    }
    case QSctpNotification::AssociationResetEvent: {
        sctp_assoc_reset_event s{};
        s.assocreset_type = SCTP_ASSOC_RESET_EVENT;
        s.assocreset_flags = n.flags;
        s.assocreset_length = sizeof s;
        s.assocreset_assoc_id = sctp_assoc_t(n.assocId);
        s.assocreset_local_tsn = n.localTsn;
        s.assocreset_remote_tsn = n.remoteTsn;
        return plain(s);
    }
    case QSctpNotification::StreamChangeEvent: {
        sctp_stream_change_event s{};
        s.strchange_type = SCTP_STREAM_CHANGE_EVENT;
        s.strchange_flags = n.flags;
        s.strchange_length = sizeof s;
        s.strchange_assoc_id = sctp_assoc_t(n.assocId);
        s.strchange_instrms = n.inboundStreams;
        s.strchange_outstrms = n.outboundStreams;
        return plain(s);
    }
    default:
        break;
    }
    return {};
}

Option classify(int level, int name, IntOption *intOption)
{
    *intOption = IntOption::None;
    if (level == SOL_SOCKET) {
        switch (name) {
        case SO_SNDBUF:
            *intOption = IntOption::SendBuffer;
            return Option::IntValue;
        case SO_RCVBUF:
            *intOption = IntOption::ReceiveBuffer;
            return Option::IntValue;
        case SO_ERROR:
            *intOption = IntOption::Error;
            return Option::IntValue;
        case SO_REUSEADDR:
            *intOption = IntOption::ReuseAddress;
            return Option::IntValue;
        case SO_LINGER:
            return Option::Linger;
        default:
            return Option::Unsupported;
        }
    }
    if (level != IPPROTO_SCTP)
        return Option::Unsupported;
    switch (name) {
    case SCTP_NODELAY:
        *intOption = IntOption::NoDelay;
        return Option::IntValue;
    case SCTP_DISABLE_FRAGMENTS:
        *intOption = IntOption::DisableFragments;
        return Option::IntValue;
    case SCTP_RECVRCVINFO:
        *intOption = IntOption::RecvRcvInfo;
        return Option::IntValue;
    case SCTP_PARTIAL_DELIVERY_POINT:
        *intOption = IntOption::PartialDeliveryPoint;
        return Option::IntValue;
    case SCTP_INITMSG:
        return Option::InitMsg;
    case SCTP_STATUS:
        return Option::Status;
    case SCTP_GET_PEER_ADDR_INFO:
        return Option::PeerAddrInfo;
    case SCTP_RTOINFO:
        return Option::RtoInfo;
    case SCTP_ASSOCINFO:
        return Option::AssocInfo;
    case SCTP_PEER_ADDR_PARAMS:
        return Option::PeerAddrParams;
    case SCTP_DELAYED_SACK:
        return Option::DelayedSack;
    case SCTP_MAXSEG:
        return Option::MaxSeg;
    case SCTP_ADAPTATION_LAYER:
        return Option::Adaptation;
    case SCTP_PRIMARY_ADDR:
        return Option::PrimaryAddr;
    case SCTP_SET_PEER_PRIMARY_ADDR:
        return Option::SetPeerPrimaryAddr;
    case SCTP_EVENT:
        return Option::Event;
    case SCTP_DEFAULT_SNDINFO:
        return Option::DefaultSndInfo;
    case SCTP_PEER_ADDR_THLDS:
        return Option::PeerAddrThresholds;
    default:
        return Option::Unsupported;
    }
}

const char *linuxOptionName(int level, int name)
{
    if (level == SOL_SOCKET) {
        switch (name) {
        case SO_SNDBUF:
            return "SO_SNDBUF";
        case SO_RCVBUF:
            return "SO_RCVBUF";
        case SO_LINGER:
            return "SO_LINGER";
        default:
            return "SOL_SOCKET option";
        }
    }
    switch (name) {
    case SCTP_PEER_ADDR_THLDS:
        return "SCTP_PEER_ADDR_THLDS";
    case SCTP_GET_ASSOC_STATS:
        return "SCTP_GET_ASSOC_STATS";
    case SCTP_EVENT:
        return "SCTP_EVENT";
    default:
        return "SCTP option";
    }
}

int readInitMsg(const void *value, unsigned length, InitMsg *out)
{
    sctp_initmsg s;
    if (const int err = readStruct(value, length, &s))
        return err;
    out->outboundStreams = s.sinit_num_ostreams;
    out->maxInboundStreams = s.sinit_max_instreams;
    out->maxAttempts = s.sinit_max_attempts;
    out->maxInitTimeout = s.sinit_max_init_timeo;
    return 0;
}

int writeInitMsg(const InitMsg &in, void *value, unsigned *length)
{
    sctp_initmsg s{};
    s.sinit_num_ostreams = in.outboundStreams;
    s.sinit_max_instreams = in.maxInboundStreams;
    s.sinit_max_attempts = in.maxAttempts;
    s.sinit_max_init_timeo = in.maxInitTimeout;
    return writeStruct(s, value, length);
}

int writeStatus(const Status &in, void *value, unsigned *length)
{
    sctp_status s;
    std::memset(&s, 0, sizeof s);
    s.sstat_state = in.state;
    s.sstat_rwnd = in.rwnd;
    s.sstat_unackdata = in.unackedData;
    s.sstat_penddata = in.pendingData;
    s.sstat_instrms = in.inboundStreams;
    s.sstat_outstrms = in.outboundStreams;
    s.sstat_fragmentation_point = in.fragmentationPoint;
    s.sstat_primary = toLinux(in.primary);
    return writeStruct(s, value, length);
}

int readPathAddress(const void *value, unsigned length, sockaddr_storage *address)
{
    sctp_paddrinfo s;
    if (const int err = readStruct(value, length, &s))
        return err;
    std::memcpy(address, &s.spinfo_address, sizeof *address);
    return 0;
}

int writePathInfo(const PathInfo &in, void *value, unsigned *length)
{
    return writeStruct(toLinux(in), value, length);
}

int readRtoInfo(const void *value, unsigned length, RtoInfo *out)
{
    sctp_rtoinfo s;
    if (const int err = readStruct(value, length, &s))
        return err;
    out->initial = s.srto_initial;
    out->max = s.srto_max;
    out->min = s.srto_min;
    return 0;
}

int writeRtoInfo(const RtoInfo &in, void *value, unsigned *length)
{
    sctp_rtoinfo s{};
    s.srto_initial = in.initial;
    s.srto_max = in.max;
    s.srto_min = in.min;
    return writeStruct(s, value, length);
}

int readAssocInfo(const void *value, unsigned length, AssocInfo *out)
{
    sctp_assocparams s;
    if (const int err = readStruct(value, length, &s))
        return err;
    out->maxRetransmissions = s.sasoc_asocmaxrxt;
    out->peerDestinations = s.sasoc_number_peer_destinations;
    out->peerRwnd = s.sasoc_peer_rwnd;
    out->localRwnd = s.sasoc_local_rwnd;
    out->cookieLife = s.sasoc_cookie_life;
    return 0;
}

int writeAssocInfo(const AssocInfo &in, void *value, unsigned *length)
{
    sctp_assocparams s{};
    s.sasoc_asocmaxrxt = in.maxRetransmissions;
    s.sasoc_number_peer_destinations = in.peerDestinations;
    s.sasoc_peer_rwnd = in.peerRwnd;
    s.sasoc_local_rwnd = in.localRwnd;
    s.sasoc_cookie_life = in.cookieLife;
    return writeStruct(s, value, length);
}

int readPeerAddrParams(const void *value, unsigned length, PeerAddrParams *out)
{
    sctp_paddrparams s;
    if (const int err = readStruct(value, length, &s))
        return err;
    std::memcpy(&out->address, &s.spp_address, sizeof out->address);
    out->heartbeatInterval = s.spp_hbinterval;
    out->pathMtu = s.spp_pathmtu;
    out->pathMaxRetransmissions = s.spp_pathmaxrxt;
    const quint32 flags = s.spp_flags;
    out->heartbeatEnable = flags & SPP_HB_ENABLE;
    out->heartbeatDisable = flags & SPP_HB_DISABLE;
    out->pmtudEnable = flags & SPP_PMTUD_ENABLE;
    out->pmtudDisable = flags & SPP_PMTUD_DISABLE;
    out->heartbeatTimeIsZero = flags & SPP_HB_TIME_IS_ZERO;
    out->sackDelayEnable = flags & SPP_SACKDELAY_ENABLE;
    out->sackDelayDisable = flags & SPP_SACKDELAY_DISABLE;
    out->sackDelay = s.spp_sackdelay;
    return 0;
}

int writePeerAddrParams(const PeerAddrParams &in, void *value, unsigned *length)
{
    sctp_paddrparams s;
    std::memset(&s, 0, sizeof s);
    std::memcpy(&s.spp_address, &in.address, sizeof in.address);
    s.spp_hbinterval = in.heartbeatInterval;
    s.spp_pathmtu = in.pathMtu;
    s.spp_pathmaxrxt = in.pathMaxRetransmissions;
    quint32 flags = 0;
    if (in.heartbeatEnable)
        flags |= SPP_HB_ENABLE;
    if (in.heartbeatDisable)
        flags |= SPP_HB_DISABLE;
    if (in.pmtudEnable)
        flags |= SPP_PMTUD_ENABLE;
    if (in.pmtudDisable)
        flags |= SPP_PMTUD_DISABLE;
    if (in.heartbeatTimeIsZero)
        flags |= SPP_HB_TIME_IS_ZERO;
    if (in.sackDelayEnable)
        flags |= SPP_SACKDELAY_ENABLE;
    if (in.sackDelayDisable)
        flags |= SPP_SACKDELAY_DISABLE;
    s.spp_sackdelay = in.sackDelay;
    s.spp_flags = flags;
    return writeStruct(s, value, length);
}

int readSackInfo(const void *value, unsigned length, SackInfo *out)
{
    sctp_sack_info s;
    if (const int err = readStruct(value, length, &s))
        return err;
    out->delay = s.sack_delay;
    out->frequency = s.sack_freq;
    return 0;
}

int writeSackInfo(const SackInfo &in, void *value, unsigned *length)
{
    sctp_sack_info s{};
    s.sack_delay = in.delay;
    s.sack_freq = in.frequency;
    return writeStruct(s, value, length);
}

int readAssocValue(const void *value, unsigned length, quint32 *out)
{
    if (length >= sizeof(sctp_assoc_value)) {
        sctp_assoc_value s;
        std::memcpy(&s, value, sizeof s);
        *out = s.assoc_value;
        return 0;
    }
    return readU32(value, length, out);
}

int writeAssocValue(quint32 in, void *value, unsigned *length)
{
    if (*length >= sizeof(sctp_assoc_value)) {
        sctp_assoc_value s{};
        s.assoc_value = in;
        return writeStruct(s, value, length);
    }
    return writeU32(in, value, length);
}

int readU32(const void *value, unsigned length, quint32 *out)
{
    return readStruct(value, length, out);
}

int writeU32(quint32 in, void *value, unsigned *length)
{
    return writeStruct(in, value, length);
}

int readPrimaryAddress(const void *value, unsigned length, sockaddr_storage *address)
{
    sctp_prim s;
    if (const int err = readStruct(value, length, &s))
        return err;
    std::memcpy(address, &s.ssp_addr, sizeof *address);
    return 0;
}

int writePrimaryAddress(const sockaddr_storage &address, void *value, unsigned *length)
{
    sctp_prim s;
    std::memset(&s, 0, sizeof s);
    std::memcpy(&s.ssp_addr, &address, sizeof address);
    return writeStruct(s, value, length);
}

int readPeerPrimaryAddress(const void *value, unsigned length, sockaddr_storage *address)
{
    sctp_setpeerprim s;
    if (const int err = readStruct(value, length, &s))
        return err;
    std::memcpy(address, &s.sspp_addr, sizeof *address);
    return 0;
}

int readEvent(const void *value, unsigned length, quint16 *type, bool *on)
{
    sctp_event s;
    if (const int err = readStruct(value, length, &s))
        return err;
    *type = s.se_type;
    *on = s.se_on;
    return 0;
}

int writeEvent(quint16 type, bool on, void *value, unsigned *length)
{
    sctp_event s{};
    s.se_type = type;
    s.se_on = on ? 1 : 0;
    return writeStruct(s, value, length);
}

int readThresholds(const void *value, unsigned length, Thresholds *out)
{
    sctp_paddrthlds s;
    if (const int err = readStruct(value, length, &s))
        return err;
    std::memcpy(&out->address, &s.spt_address, sizeof out->address);
    out->pathMaxRetransmissions = s.spt_pathmaxrxt;
    out->potentiallyFailed = s.spt_pathpfthld;
    return 0;
}

int writeThresholds(const Thresholds &in, void *value, unsigned *length)
{
    sctp_paddrthlds s;
    std::memset(&s, 0, sizeof s);
    std::memcpy(&s.spt_address, &in.address, sizeof in.address);
    s.spt_pathmaxrxt = in.pathMaxRetransmissions;
    s.spt_pathpfthld = in.potentiallyFailed;
    return writeStruct(s, value, length);
}

int readSndInfo(const void *value, unsigned length, SndInfo *out)
{
    sctp_sndinfo s;
    if (const int err = readStruct(value, length, &s))
        return err;
    out->stream = s.snd_sid;
    out->unordered = s.snd_flags & SCTP_UNORDERED;
    out->ppidWire = s.snd_ppid;
    out->context = s.snd_context;
    return 0;
}

int writeSndInfo(const SndInfo &in, void *value, unsigned *length)
{
    sctp_sndinfo s{};
    s.snd_sid = in.stream;
    s.snd_flags = in.unordered ? SCTP_UNORDERED : 0;
    s.snd_ppid = in.ppidWire;
    s.snd_context = in.context;
    return writeStruct(s, value, length);
}

} // namespace QSctpUsrsctpBridge

QTSCTP_END_NAMESPACE
