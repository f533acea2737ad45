// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The usrsctp half of the userspace engine. Only <usrsctp.h> is included here, never Linux's
// SCTP header: its constants share names with Linux's and differ in value. Linux's numbers and
// layouts are read and written in qsctpusrsctplinux.cpp, through qsctpusrsctpbridge_p.h.

#include "qsctpusrsctpengine_p.h"

#include "qsctpusrsctpbridge_p.h"

#include <QtSctp/qsctpassociationchange.h>
#include <QtSctp/qsctpassociationstatus.h>
#include <QtSctp/qsctpnotification.h>
#include <QtSctp/qsctppeeraddresschange.h>
#include <QtSctp/qsctppeeraddressinfo.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qcoreapplication.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <netinet/in.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

#include <usrsctp.h>

// Not in usrsctp.h, but handled by its stack (the FreeBSD socket option, number and layout).
#ifndef SCTP_PEER_ADDR_THLDS
#define SCTP_PEER_ADDR_THLDS 0x00000023
struct sctp_paddrthlds
{
    struct sockaddr_storage spt_address;
    sctp_assoc_t spt_assoc_id;
    uint16_t spt_pathmaxrxt;
    uint16_t spt_pathpfthld;
    uint16_t spt_pathcpthld;
};
#endif

QTSCTP_BEGIN_NAMESPACE

namespace {

constexpr quint16 DefaultUdpPort = 9899;
constexpr int ReceiveBufferSize = 64 * 1024;

quint16 portFromEnvironment(const char *name, quint16 fallback, bool zeroAllowed)
{
    const QByteArray value = qgetenv(name).trimmed();
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const uint port = value.toUInt(&ok);
    if (!ok || port > 0xffff || (port == 0 && !zeroAllowed)) {
        qWarning("QtSctp: ignoring %s=%s (not a UDP port)", name, value.constData());
        return fallback;
    }
    return quint16(port);
}

// --- the process-wide stack -------------------------------------------------------------------
//
// Leaked on purpose: usrsctp's threads may still run while static destructors do at exit.
struct Stack
{
    std::mutex mutex;
    int users = 0;
    bool running = false;
    bool finisherRunning = false;
    quint16 activePort = 0; // the UDP port the running stack has
    // setUserspaceUdpPorts(); -1: not set, the environment decides.
    int localPort = -1;
    int remotePort = -1;
};

Stack &stack()
{
    static Stack *s = new Stack;
    return *s;
}

// The local port asked for (under the lock): 0 picks a free one.
quint16 configuredLocalPort(const Stack &s)
{
    if (s.localPort >= 0)
        return quint16(s.localPort);
    return portFromEnvironment("QTSCTP_USRSCTP_UDP_PORT", DefaultUdpPort, true);
}

quint16 configuredRemotePort(const Stack &s)
{
    if (s.remotePort > 0)
        return quint16(s.remotePort);
    if (s.localPort < 0) {
        const quint16 fromEnvironment
                = portFromEnvironment("QTSCTP_USRSCTP_REMOTE_UDP_PORT", 0, false);
        if (fromEnvironment)
            return fromEnvironment;
    }
    return s.running ? s.activePort : configuredLocalPort(s);
}

// Binds a UDP socket of the family to the port (0: any); 0 or the errno. *bound gets the port.
int bindUdp(int family, quint16 port, quint16 *bound = nullptr)
{
    const int fd = ::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errno;
    int err = 0;
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (family == AF_INET6) {
        // As usrsctp binds its IPv6 socket: IPv6 only, beside the IPv4 one.
        const int on = 1;
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        sin6->sin6_addr = in6addr_any;
        length = sizeof *sin6;
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(INADDR_ANY);
        length = sizeof *sin;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        err = errno;
    } else if (bound) {
        length = sizeof storage;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&storage), &length);
        *bound = family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port)
                                    : ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    ::close(fd);
    return err;
}

// Whether the UDP port is free for IPv4 and (where the host has it) IPv6: usrsctp_init()
// cannot say that it failed to bind it. *family gets the family that failed.
int checkUdpPort(quint16 port, int *family)
{
    *family = AF_INET;
    if (const int err = bindUdp(AF_INET, port))
        return err;
    *family = AF_INET6;
    const int err = bindUdp(AF_INET6, port);
    if (err == EAFNOSUPPORT || err == EADDRNOTAVAIL)
        return 0; // no IPv6 here: usrsctp goes without it too
    return err;
}

// A port free for both families, or 0.
quint16 pickFreeUdpPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        quint16 port = 0;
        if (bindUdp(AF_INET, 0, &port) != 0 || port == 0)
            return 0;
        int family = 0;
        if (checkUdpPort(port, &family) == 0)
            return port;
    }
    return 0;
}

QString portErrorText(quint16 port, int family, int err)
{
    return QCoreApplication::translate("QtSctp::QSctpSocket",
                                       "The usrsctp engine cannot use UDP port %1 (%2) for its "
                                       "SCTP encapsulation: %3. Another process has it: choose "
                                       "another port with QTSCTP_USRSCTP_UDP_PORT or "
                                       "QtSctp::setUserspaceUdpPorts() (0 picks a free one)")
            .arg(port)
            .arg(family == AF_INET6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"))
            .arg(QString::fromLocal8Bit(std::strerror(err)));
}

// Starts usrsctp on the port; false when its UDP socket did not get the port (usrsctp_init()
// cannot say so: a bind of our own that succeeds afterwards tells).
bool startStackOn(quint16 port)
{
    usrsctp_init(port, nullptr, nullptr);
    int family = 0;
    if (checkUdpPort(port, &family) == 0) {
        usrsctp_finish();
        return false;
    }
    return true;
}

int acquireStack(QString *errorText)
{
    Stack &s = stack();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.running) {
        quint16 port = configuredLocalPort(s);
        if (port == 0) {
            // A free port, the same one again when the stack restarts (fewer chances for two
            // processes to pick the same one at the same moment); another one when it is taken.
            static quint16 picked = 0;
            int family = 0;
            bool started = false;
            for (int attempt = 0; attempt < 20 && !started; ++attempt) {
                if (picked == 0 || checkUdpPort(picked, &family) != 0)
                    picked = pickFreeUdpPort();
                if (picked == 0)
                    break;
                started = startStackOn(picked);
                if (!started)
                    picked = 0;
            }
            if (!started) {
                *errorText = QCoreApplication::translate(
                        "QtSctp::QSctpSocket",
                        "The usrsctp engine found no free UDP port for its SCTP encapsulation");
                return EADDRINUSE;
            }
            port = picked;
        } else {
            int family = 0;
            int err = checkUdpPort(port, &family);
            if (!err && !startStackOn(port)) {
                err = EADDRINUSE; // taken between the check and usrsctp_init()
                family = AF_INET;
            }
            if (err) {
                *errorText = portErrorText(port, family, err);
                return err;
            }
        }
        s.activePort = port;
        s.running = true;
    }
    ++s.users;
    return 0;
}

// usrsctp_finish() refuses while associations still shut down in the background: try again
// for a while from a helper thread, unless a new user came.
void finishLater()
{
    std::thread([] {
        Stack &s = stack();
        for (int attempt = 0; attempt < 100; ++attempt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            std::lock_guard<std::mutex> lock(s.mutex);
            if (s.users > 0 || !s.running) {
                s.finisherRunning = false;
                return;
            }
            if (usrsctp_finish() == 0) {
                s.running = false;
                s.finisherRunning = false;
                return;
            }
        }
        std::lock_guard<std::mutex> lock(s.mutex);
        s.finisherRunning = false;
    }).detach();
}

void releaseStack()
{
    Stack &s = stack();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (--s.users > 0 || !s.running)
        return;
    if (usrsctp_finish() == 0) {
        s.running = false;
        return;
    }
    if (!s.finisherRunning) {
        s.finisherRunning = true;
        finishLater();
    }
}

// --- upcalls ----------------------------------------------------------------------------------
//
// They run on usrsctp's threads: they only write to the eventfd of the socket they are for,
// found under a lock so that a closing engine can take its descriptor away first.
struct Upcalls
{
    std::mutex mutex;
    std::unordered_map<struct socket *, int> eventFds;
};

Upcalls &upcalls()
{
    static Upcalls *u = new Upcalls;
    return *u;
}

void onUpcall(struct socket *so, void *, int)
{
    Upcalls &u = upcalls();
    std::lock_guard<std::mutex> lock(u.mutex);
    const auto it = u.eventFds.find(so);
    if (it == u.eventFds.end())
        return;
    const quint64 one = 1;
    // A full counter (never in practice) is still readable: nothing is lost.
    [[maybe_unused]] const ssize_t written = ::write(it->second, &one, sizeof one);
}

// --- listeners --------------------------------------------------------------------------------
//
// SCTP_REUSE_PORT lets a wildcard endpoint listen beside a specific one on the same port, which
// Linux refuses. Every usrsctp endpoint of the process is one of ours: the engine keeps the
// listeners and refuses an overlapping one itself.
struct Listeners
{
    std::mutex mutex;
    std::unordered_map<struct socket *, QSctpAddress> addresses;
};

Listeners &listeners()
{
    static Listeners *l = new Listeners;
    return *l;
}

bool overlaps(const QSctpAddress &a, const QSctpAddress &b)
{
    if (a.port() != b.port())
        return false;
    for (const QHostAddress &x : a.addresses()) {
        for (const QHostAddress &y : b.addresses()) {
            if (x.isEqual(y, QHostAddress::TolerantConversion))
                return true;
        }
    }
    return false;
}

// --- translations -----------------------------------------------------------------------------

quint16 usrsctpEventType(quint16 linuxType)
{
    switch (linuxType) {
    case QSctpNotification::AssociationChange:
        return SCTP_ASSOC_CHANGE;
    case QSctpNotification::PeerAddressChange:
        return SCTP_PEER_ADDR_CHANGE;
    case QSctpNotification::SendFailed:
        return SCTP_SEND_FAILED;
    case QSctpNotification::RemoteError:
        return SCTP_REMOTE_ERROR;
    case QSctpNotification::ShutdownEvent:
        return SCTP_SHUTDOWN_EVENT;
    case QSctpNotification::PartialDeliveryEvent:
        return SCTP_PARTIAL_DELIVERY_EVENT;
    case QSctpNotification::AdaptationIndication:
        return SCTP_ADAPTATION_INDICATION;
    case QSctpNotification::AuthenticationEvent:
        return SCTP_AUTHENTICATION_EVENT;
    case QSctpNotification::SenderDryEvent:
        return SCTP_SENDER_DRY_EVENT;
    case QSctpNotification::StreamResetEvent:
        return SCTP_STREAM_RESET_EVENT;
    case QSctpNotification::AssociationResetEvent:
        return SCTP_ASSOC_RESET_EVENT;
    case QSctpNotification::StreamChangeEvent:
        return SCTP_STREAM_CHANGE_EVENT;
    case QSctpNotification::SendFailedEvent:
        return SCTP_SEND_FAILED_EVENT;
    default:
        return 0;
    }
}

template<typename S>
bool load(const QByteArray &raw, S *s)
{
    if (raw.size() < qsizetype(sizeof(S)))
        return false;
    std::memcpy(s, raw.constData(), sizeof(S));
    return true;
}

QByteArray after(const QByteArray &raw, size_t offset, quint32 length)
{
    const qsizetype end = qMin<qsizetype>(raw.size(), qsizetype(length));
    if (qsizetype(offset) >= end)
        return {};
    return raw.mid(qsizetype(offset), end - qsizetype(offset));
}

// usrsctp's notification to Linux's bytes; what has no Linux form goes as it came, which
// QSctpNotification::decode() reports as an unknown type (usrsctp's numbers are below 0x8000).
QByteArray translateNotification(const QByteArray &raw)
{
    decltype(sctp_notification::sn_header) header;
    if (!load(raw, &header))
        return raw;
    using QSctpUsrsctpBridge::Notification;
    Notification n;
    n.flags = header.sn_flags;
    switch (header.sn_type) {
    case SCTP_ASSOC_CHANGE: {
        sctp_assoc_change s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::AssociationChange;
        switch (s.sac_state) {
        case SCTP_COMM_UP:
            n.assocState = QSctpAssociationChange::CommunicationUp;
            break;
        case SCTP_COMM_LOST:
            n.assocState = QSctpAssociationChange::CommunicationLost;
            break;
        case SCTP_RESTART:
            n.assocState = QSctpAssociationChange::Restart;
            break;
        case SCTP_SHUTDOWN_COMP:
            n.assocState = QSctpAssociationChange::ShutdownComplete;
            break;
        case SCTP_CANT_STR_ASSOC:
            n.assocState = QSctpAssociationChange::CannotStartAssociation;
            break;
        default:
            return raw;
        }
        n.assocError = s.sac_error;
        n.outboundStreams = s.sac_outbound_streams;
        n.inboundStreams = s.sac_inbound_streams;
        n.assocId = s.sac_assoc_id;
        // The feature list (COMM_UP, RESTART: the same values on both) or the ABORT chunk.
        n.data = after(raw, offsetof(sctp_assoc_change, sac_info), s.sac_length);
        break;
    }
    case SCTP_PEER_ADDR_CHANGE: {
        sctp_paddr_change s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::PeerAddressChange;
        std::memcpy(&n.address, &s.spc_aaddr, sizeof n.address);
        switch (s.spc_state) {
        case SCTP_ADDR_AVAILABLE:
            n.addressState = QSctpPeerAddressChange::AddressAvailable;
            break;
        case SCTP_ADDR_UNREACHABLE:
            n.addressState = QSctpPeerAddressChange::AddressUnreachable;
            break;
        case SCTP_ADDR_REMOVED:
            n.addressState = QSctpPeerAddressChange::AddressRemoved;
            break;
        case SCTP_ADDR_ADDED:
            n.addressState = QSctpPeerAddressChange::AddressAdded;
            break;
        case SCTP_ADDR_MADE_PRIM:
            n.addressState = QSctpPeerAddressChange::AddressMadePrimary;
            break;
        case SCTP_ADDR_CONFIRMED:
            n.addressState = QSctpPeerAddressChange::AddressConfirmed;
            break;
        default:
            return raw;
        }
        n.addressError = s.spc_error;
        n.assocId = s.spc_assoc_id;
        break;
    }
    case SCTP_REMOTE_ERROR: {
        sctp_remote_error s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::RemoteError;
        n.remoteCauseWire = s.sre_error; // as on the wire on both stacks
        n.assocId = s.sre_assoc_id;
        n.data = after(raw, offsetof(sctp_remote_error, sre_data), s.sre_length);
        break;
    }
    case SCTP_SEND_FAILED_EVENT: {
        sctp_send_failed_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::SendFailedEvent;
        // usrsctp's flags are bits (UNSENT 1, SENT 2), Linux's an enum (UNSENT 0, SENT 1): the
        // bridge carries 1 for "was on the wire", 0 otherwise.
        n.flags = (s.ssfe_flags & SCTP_DATA_SENT) ? 1 : 0;
        n.sendError = s.ssfe_error;
        n.sendStream = s.ssfe_info.snd_sid;
        n.sendUnordered = s.ssfe_info.snd_flags & SCTP_UNORDERED;
        n.sendPpidWire = s.ssfe_info.snd_ppid;
        n.sendContext = s.ssfe_info.snd_context;
        n.assocId = s.ssfe_assoc_id;
        n.data = after(raw, offsetof(sctp_send_failed_event, ssfe_data), s.ssfe_length);
        break;
    }
    case SCTP_SHUTDOWN_EVENT: {
        sctp_shutdown_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::ShutdownEvent;
        n.assocId = s.sse_assoc_id;
        break;
    }
    case SCTP_ADAPTATION_INDICATION: {
        sctp_adaptation_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::AdaptationIndication;
        n.adaptation = s.sai_adaptation_ind;
        n.assocId = s.sai_assoc_id;
        break;
    }
    case SCTP_PARTIAL_DELIVERY_EVENT: {
        sctp_pdapi_event s;
        if (raw.size() >= qsizetype(sizeof s)) {
            std::memcpy(&s, raw.constData(), sizeof s);
        } else if (raw.size() >= 20) {
            // usrsctp 0.9.5 sends 20 bytes: stream and sequence as 16-bit fields, unlike the
            // struct its header declares.
            quint16 stream = 0, sequence = 0;
            quint32 indication = 0, assocId = 0;
            std::memcpy(&indication, raw.constData() + 8, 4);
            std::memcpy(&stream, raw.constData() + 12, 2);
            std::memcpy(&sequence, raw.constData() + 14, 2);
            std::memcpy(&assocId, raw.constData() + 16, 4);
            s.pdapi_indication = indication;
            s.pdapi_stream = stream;
            s.pdapi_seq = sequence;
            s.pdapi_assoc_id = assocId;
        } else {
            return raw;
        }
        if (s.pdapi_indication != SCTP_PARTIAL_DELIVERY_ABORTED)
            return raw;
        n.type = QSctpNotification::PartialDeliveryEvent;
        n.pdIndication = 0; // Linux's SCTP_PARTIAL_DELIVERY_ABORTED
        n.pdStream = s.pdapi_stream;
        n.pdSequence = s.pdapi_seq;
        n.assocId = s.pdapi_assoc_id;
        break;
    }
    case SCTP_AUTHENTICATION_EVENT: {
        sctp_authkey_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::AuthenticationEvent;
        n.authKeyNumber = s.auth_keynumber;
        // usrsctp counts from 1 (NEW_KEY, NO_AUTH, FREE_KEY), Linux from 0.
        if (s.auth_indication < SCTP_AUTH_NEW_KEY || s.auth_indication > SCTP_AUTH_FREE_KEY)
            return raw;
        n.authIndication = s.auth_indication - SCTP_AUTH_NEW_KEY;
        n.assocId = s.auth_assoc_id;
        break;
    }
    case SCTP_SENDER_DRY_EVENT: {
        sctp_sender_dry_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::SenderDryEvent;
        n.assocId = s.sender_dry_assoc_id;
        break;
    }
    case SCTP_STREAM_RESET_EVENT: {
        sctp_stream_reset_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::StreamResetEvent;
        n.assocId = s.strreset_assoc_id;
        const QByteArray list = after(raw, offsetof(sctp_stream_reset_event, strreset_stream_list),
                                      s.strreset_length);
        for (qsizetype i = 0; i + 1 < list.size(); i += 2) {
            quint16 stream;
            std::memcpy(&stream, list.constData() + i, sizeof stream);
            n.streams.append(stream);
        }
        break;
    }
    case SCTP_ASSOC_RESET_EVENT: {
        sctp_assoc_reset_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::AssociationResetEvent;
        n.assocId = s.assocreset_assoc_id;
        n.localTsn = s.assocreset_local_tsn;
        n.remoteTsn = s.assocreset_remote_tsn;
        break;
    }
    case SCTP_STREAM_CHANGE_EVENT: {
        sctp_stream_change_event s;
        if (!load(raw, &s))
            return raw;
        n.type = QSctpNotification::StreamChangeEvent;
        n.assocId = s.strchange_assoc_id;
        n.inboundStreams = s.strchange_instrms;
        n.outboundStreams = s.strchange_outstrms;
        break;
    }
    default:
        return raw; // SCTP_NOTIFICATIONS_STOPPED_EVENT and what comes later
    }
    const QByteArray bytes = QSctpUsrsctpBridge::toLinuxNotification(n);
    return bytes.isEmpty() ? raw : bytes;
}

qint32 associationState(int32_t usrsctpState)
{
    if (usrsctpState & SCTP_SHUTDOWN_PENDING)
        return QSctpAssociationStatus::ShutdownPending;
    switch (usrsctpState & 0x7f) {
    case SCTP_COOKIE_WAIT:
        return QSctpAssociationStatus::CookieWait;
    case SCTP_COOKIE_ECHOED:
        return QSctpAssociationStatus::CookieEchoed;
    case SCTP_ESTABLISHED:
        return QSctpAssociationStatus::Established;
    case SCTP_SHUTDOWN_SENT:
        return QSctpAssociationStatus::ShutdownSent;
    case SCTP_SHUTDOWN_RECEIVED:
        return QSctpAssociationStatus::ShutdownReceived;
    case SCTP_SHUTDOWN_ACK_SENT:
        return QSctpAssociationStatus::ShutdownAckSent;
    default:
        return QSctpAssociationStatus::Closed;
    }
}

QSctpUsrsctpBridge::PathInfo pathInfo(const sctp_paddrinfo &p)
{
    // usrsctp's spinfo_state: SCTP_ACTIVE, SCTP_INACTIVE, SCTP_UNCONFIRMED, plus a potentially
    // failed bit (0x0800) that it does not name in its header.
    constexpr int32_t PotentiallyFailedBit = 0x0800;
    QSctpUsrsctpBridge::PathInfo info;
    std::memcpy(&info.address, &p.spinfo_address, sizeof info.address);
    if (p.spinfo_state & SCTP_UNCONFIRMED)
        info.state = QSctpPeerAddressInfo::Unconfirmed;
    else if (p.spinfo_state & PotentiallyFailedBit)
        info.state = QSctpPeerAddressInfo::PotentiallyFailed;
    else if (p.spinfo_state & SCTP_ACTIVE)
        info.state = QSctpPeerAddressInfo::Active;
    else
        info.state = QSctpPeerAddressInfo::Inactive;
    info.cwnd = p.spinfo_cwnd;
    info.srtt = p.spinfo_srtt;
    info.rto = p.spinfo_rto;
    info.mtu = p.spinfo_mtu;
    return info;
}

// Linux takes an all-zero address as "the whole association"; usrsctp wants the unspecified
// address of a family for that (and answers EAFNOSUPPORT to family 0).
void wildcardIfUnspecified(void *storage, int family)
{
    auto *ss = static_cast<sockaddr_storage *>(storage);
    if (ss->ss_family != 0)
        return;
    std::memset(ss, 0, sizeof *ss);
    if (family == AF_INET6) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_addr = in6addr_any;
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(ss);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(INADDR_ANY);
    }
}

int lastError()
{
    const int err = errno;
    return err ? err : EIO;
}

// Packed sockaddr_in / sockaddr_in6 entries, as usrsctp_getladdrs() and getpaddrs() return.
QSctpAddress addressesFrom(sockaddr *addrs, int count, int *error)
{
    qsizetype size = 0;
    const char *p = reinterpret_cast<const char *>(addrs);
    int usable = 0;
    for (int i = 0; i < count; ++i) {
        sa_family_t family;
        std::memcpy(&family, p + size, sizeof family);
        if (family != AF_INET && family != AF_INET6)
            break; // AF_CONN and the like: not ours
        size += family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
        ++usable;
    }
    QString conversionError;
    QSctpAddress result = QSctpAddress::fromSockaddrs(addrs, size, usable, &conversionError);
    *error = conversionError.isEmpty() ? 0 : EINVAL;
    return result;
}

} // namespace

// --- QSctpUsrsctpEngine -----------------------------------------------------------------------

quint16 QSctpUsrsctpEngine::udpPort()
{
    Stack &s = stack();
    std::lock_guard<std::mutex> lock(s.mutex);
    return s.running ? s.activePort : configuredLocalPort(s);
}

quint16 QSctpUsrsctpEngine::remoteUdpPort()
{
    Stack &s = stack();
    std::lock_guard<std::mutex> lock(s.mutex);
    return configuredRemotePort(s);
}

bool QSctpUsrsctpEngine::setUdpPorts(quint16 localPort, quint16 remotePort, QString *errorText)
{
    Stack &s = stack();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.running) {
        *errorText = QCoreApplication::translate("QtSctp::QSctpSocket",
                                                 "The usrsctp engine runs on UDP port %1 already: "
                                                 "its port can change only while no userspace "
                                                 "socket or server is open")
                             .arg(s.activePort);
        return false;
    }
    s.localPort = localPort;
    s.remotePort = remotePort;
    return true;
}

QSctpUsrsctpEngine::~QSctpUsrsctpEngine()
{
    close();
}

QString QSctpUsrsctpEngine::name() const
{
    return QStringLiteral("usrsctp");
}

int QSctpUsrsctpEngine::open(int family)
{
    close();
    m_openError.clear();
    if (const int err = acquireStack(&m_openError))
        return err;
    m_holdsStack = true;
    struct socket *so
            = usrsctp_socket(family, SOCK_STREAM, IPPROTO_SCTP, nullptr, nullptr, 0, nullptr);
    if (!so) {
        const int err = lastError();
        close();
        return err;
    }
    m_family = family;
    if (const int err = attach(so)) {
        close();
        return err;
    }
    // Peers are reached over UDP (RFC 6951), whatever the raw sockets of a root process could do.
    sctp_udpencaps encaps;
    std::memset(&encaps, 0, sizeof encaps);
    encaps.sue_assoc_id = SCTP_FUTURE_ASSOC;
    encaps.sue_port = htons(remoteUdpPort());
    if (usrsctp_setsockopt(m_so, IPPROTO_SCTP, SCTP_REMOTE_UDP_ENCAPS_PORT, &encaps, sizeof encaps)
        != 0) {
        const int err = lastError();
        close();
        return err;
    }
    return 0;
}

int QSctpUsrsctpEngine::attach(struct socket *so)
{
    m_so = so;
    if (usrsctp_set_non_blocking(so, 1) != 0)
        return lastError();
    if (m_eventFd < 0) {
        m_eventFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (m_eventFd < 0)
            return errno;
    }
    {
        Upcalls &u = upcalls();
        std::lock_guard<std::mutex> lock(u.mutex);
        u.eventFds[so] = m_eventFd;
    }
    if (usrsctp_set_upcall(so, onUpcall, nullptr) != 0)
        return lastError();
    // What happened before the upcall was in place is looked at once.
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_eventFd, &one, sizeof one);
    return 0;
}

int QSctpUsrsctpEngine::adopt(struct socket *so, int family)
{
    if (const int err = acquireStack(&m_openError)) {
        usrsctp_close(so);
        return err;
    }
    m_holdsStack = true;
    m_family = family;
    return attach(so);
}

void QSctpUsrsctpEngine::drainNotifications()
{
    char buffer[512];
    for (int i = 0; i < 1000; ++i) {
        sockaddr_storage from;
        socklen_t fromLength = sizeof from;
        socklen_t infoLength = 0;
        unsigned int infoType = SCTP_RECVV_NOINFO;
        int flags = MSG_PEEK;
        const ssize_t n
                = usrsctp_recvv(m_so, buffer, sizeof buffer, reinterpret_cast<sockaddr *>(&from),
                                &fromLength, nullptr, &infoLength, &infoType, &flags);
        if (n < 0 || !(flags & MSG_NOTIFICATION))
            return;
        fromLength = sizeof from;
        infoLength = 0;
        flags = 0;
        if (usrsctp_recvv(m_so, buffer, sizeof buffer, reinterpret_cast<sockaddr *>(&from),
                          &fromLength, nullptr, &infoLength, &infoType, &flags)
            < 0)
            return;
    }
}

void QSctpUsrsctpEngine::close()
{
    discardReceived();
    if (m_so) {
        {
            Upcalls &u = upcalls();
            std::lock_guard<std::mutex> lock(u.mutex);
            u.eventFds.erase(m_so);
        }
        {
            Listeners &l = listeners();
            std::lock_guard<std::mutex> lock(l.mutex);
            l.addresses.erase(m_so);
        }
        // Unread notifications count as unread data to usrsctp, whose close then sends an
        // ABORT; Linux counts user data only. Read them away first (data stays, and aborts).
        drainNotifications();
        // Graceful unless SO_LINGER 0 asked for an ABORT; the stack finishes in the background.
        usrsctp_close(m_so);
        m_so = nullptr;
    }
    if (m_eventFd >= 0) {
        ::close(m_eventFd);
        m_eventFd = -1;
    }
    if (m_holdsStack) {
        m_holdsStack = false;
        releaseStack();
    }
    m_receiveBlocked = m_sendBlocked = false;
}

int QSctpUsrsctpEngine::pendingEvents() const
{
    if (!m_so)
        return 0;
    const int events = usrsctp_get_events(m_so);
    if (events < 0)
        return ErrorEvent;
    int result = 0;
    if ((events & SCTP_EVENT_READ) && !m_receiveBlocked)
        result |= ReadEvent;
    if ((events & SCTP_EVENT_WRITE) && !m_sendBlocked)
        result |= WriteEvent;
    if (events & SCTP_EVENT_ERROR)
        result |= ErrorEvent;
    return result;
}

void QSctpUsrsctpEngine::clearReadiness()
{
    if (m_eventFd < 0)
        return;
    quint64 count = 0;
    if (::read(m_eventFd, &count, sizeof count) == ssize_t(sizeof count) && count > 0) {
        // The stack signalled: what would have blocked may not any more.
        m_receiveBlocked = m_sendBlocked = false;
    }
}

int QSctpUsrsctpEngine::setIntOption(int level, int option, int value)
{
    if (!m_so)
        return EBADF;
    if (usrsctp_setsockopt(m_so, level, option, &value, sizeof value) != 0)
        return lastError();
    return 0;
}

int QSctpUsrsctpEngine::getIntOption(int level, int option, int *value) const
{
    if (!m_so)
        return EBADF;
    socklen_t length = sizeof *value;
    if (usrsctp_getsockopt(m_so, level, option, value, &length) != 0)
        return lastError();
    return 0;
}

int QSctpUsrsctpEngine::setInitOptions(const QSctpInitOptions &options)
{
    sctp_initmsg init{};
    init.sinit_num_ostreams = options.outboundStreams();
    init.sinit_max_instreams = options.maxInboundStreams();
    init.sinit_max_attempts = options.maxAttempts();
    init.sinit_max_init_timeo = options.maxInitTimeout();
    if (usrsctp_setsockopt(m_so, IPPROTO_SCTP, SCTP_INITMSG, &init, sizeof init) != 0)
        return lastError();
    return 0;
}

int QSctpUsrsctpEngine::setSendBufferSize(int bytes)
{
    return setIntOption(SOL_SOCKET, SO_SNDBUF, bytes);
}

int QSctpUsrsctpEngine::setReceiveBufferSize(int bytes)
{
    return setIntOption(SOL_SOCKET, SO_RCVBUF, bytes);
}

int QSctpUsrsctpEngine::grantedSendBufferSize() const
{
    int value = 0;
    return getIntOption(SOL_SOCKET, SO_SNDBUF, &value) == 0 ? value : -1;
}

int QSctpUsrsctpEngine::grantedReceiveBufferSize() const
{
    int value = 0;
    return getIntOption(SOL_SOCKET, SO_RCVBUF, &value) == 0 ? value : -1;
}

int QSctpUsrsctpEngine::setNoDelay(bool on)
{
    return setIntOption(IPPROTO_SCTP, SCTP_NODELAY, on ? 1 : 0);
}

int QSctpUsrsctpEngine::setLinger(int seconds)
{
    if (!m_so)
        return EBADF;
    linger l{};
    l.l_onoff = seconds >= 0 ? 1 : 0;
    l.l_linger = seconds >= 0 ? seconds : 0;
    if (usrsctp_setsockopt(m_so, SOL_SOCKET, SO_LINGER, &l, sizeof l) != 0)
        return lastError();
    return 0;
}

int QSctpUsrsctpEngine::setReuseAddress(bool)
{
    // usrsctp has no SO_REUSEADDR. Its SCTP_REUSE_PORT would come closest, but with it
    // usrsctp 0.9.5 crashed in sofree() when a listener closed under load: not used. A port
    // that a closed endpoint still holds is free again once usrsctp has let it go.
    return 0;
}

int QSctpUsrsctpEngine::setIPv6Only(bool on)
{
    // usrsctp has no IPV6_V6ONLY (its setsockopt knows SOL_SOCKET and IPPROTO_SCTP only): an
    // AF_INET6 endpoint always takes IPv4 peers and addresses too.
    return on ? ENOPROTOOPT : 0;
}

int QSctpUsrsctpEngine::setReceiveInfoEnabled(bool on)
{
    return setIntOption(IPPROTO_SCTP, SCTP_RECVRCVINFO, on ? 1 : 0);
}

int QSctpUsrsctpEngine::setEventEnabled(quint16 notificationType, bool on)
{
    if (!m_so)
        return EBADF;
    const quint16 type = usrsctpEventType(notificationType);
    if (!type)
        return ENOPROTOOPT;
    sctp_event event{};
    event.se_assoc_id = SCTP_FUTURE_ASSOC;
    event.se_type = type;
    event.se_on = on ? 1 : 0;
    if (usrsctp_setsockopt(m_so, IPPROTO_SCTP, SCTP_EVENT, &event, sizeof event) != 0)
        return lastError();
    return 0;
}

QByteArray QSctpUsrsctpEngine::sockaddrs(const QSctpAddress &address, int *count, int *error) const
{
    QString conversionError;
    const QByteArray bytes
            = address.toSockaddrs(m_family == AF_INET6 ? QSctpAddress::Sctp : QSctpAddress::Sctp4,
                                  count, &conversionError);
    *error = conversionError.isEmpty() ? 0 : EINVAL;
    return bytes;
}

int QSctpUsrsctpEngine::bind(const QSctpAddress &address)
{
    if (!m_so)
        return EBADF;
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    auto *first = reinterpret_cast<sockaddr *>(addrs.data());
    const socklen_t firstLength
            = first->sa_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    // The first address binds (and picks the port when it is 0); the rest join it.
    if (usrsctp_bind(m_so, first, firstLength) != 0)
        return lastError();
    if (count > 1) {
        const quint16 port = localAddresses(&error).port();
        QSctpAddress rest(address.addresses().mid(1), port);
        QByteArray more = sockaddrs(rest, &count, &error);
        if (error)
            return error;
        if (usrsctp_bindx(m_so, reinterpret_cast<sockaddr *>(more.data()), count,
                          SCTP_BINDX_ADD_ADDR)
            != 0)
            return lastError();
    }
    return 0;
}

int QSctpUsrsctpEngine::connect(const QSctpAddress &address)
{
    if (!m_so)
        return EBADF;
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    sctp_assoc_t id = 0;
    if (usrsctp_connectx(m_so, reinterpret_cast<sockaddr *>(addrs.data()), count, &id) != 0) {
        const int err = lastError();
        return err == EWOULDBLOCK ? EINPROGRESS : err;
    }
    // A non-blocking usrsctp_connectx() says 0 once the INIT is out, not when it is answered;
    // on loopback the stack's threads may even have finished the handshake by now. Either way
    // the outcome is reported through the eventfd, as a kernel socket's non-blocking connect
    // is: the caller never sees a connect complete inside the call.
    return EINPROGRESS;
}

bool QSctpUsrsctpEngine::established() const
{
    sctp_status status;
    std::memset(&status, 0, sizeof status);
    socklen_t length = sizeof status;
    if (usrsctp_getsockopt(m_so, IPPROTO_SCTP, SCTP_STATUS, &status, &length) != 0)
        return false;
    const qint32 state = associationState(status.sstat_state);
    return state >= QSctpAssociationStatus::Established;
}

int QSctpUsrsctpEngine::pendingConnectError()
{
    if (!m_so)
        return EBADF;
    int value = 0;
    socklen_t length = sizeof value;
    if (usrsctp_getsockopt(m_so, SOL_SOCKET, SO_ERROR, &value, &length) == 0 && value != 0)
        return value;
    return established() ? 0 : EINPROGRESS;
}

int QSctpUsrsctpEngine::listen(int backlog)
{
    if (!m_so)
        return EBADF;
    int error = 0;
    const QSctpAddress local = localAddresses(&error);
    Listeners &l = listeners();
    std::lock_guard<std::mutex> lock(l.mutex);
    if (!error) {
        for (const auto &[so, addresses] : l.addresses) {
            if (so != m_so && overlaps(addresses, local))
                return EADDRINUSE;
        }
    }
    if (usrsctp_listen(m_so, backlog) != 0)
        return lastError();
    if (!error)
        l.addresses[m_so] = local;
    return 0;
}

std::unique_ptr<QSctpEngine> QSctpUsrsctpEngine::accept(int *error)
{
    if (!m_so) {
        *error = EBADF;
        return nullptr;
    }
    struct socket *so = usrsctp_accept(m_so, nullptr, nullptr);
    if (!so) {
        *error = lastError();
        if (*error == EWOULDBLOCK) {
            m_receiveBlocked = true;
            *error = EAGAIN;
        }
        return nullptr;
    }
    auto engine = std::make_unique<QSctpUsrsctpEngine>();
    if ((*error = engine->adopt(so, m_family)))
        return nullptr;
    return engine;
}

qint64 QSctpUsrsctpEngine::send(const QSctpMessage &message, quint16 peerPort, int *error)
{
    if (!m_so) {
        *error = EBADF;
        return -1;
    }
    sctp_sndinfo info{};
    info.snd_sid = message.stream();
    info.snd_ppid = htonl(message.payloadProtocolId());
    info.snd_context = message.context();
    if (message.isUnordered())
        info.snd_flags |= SCTP_UNORDERED;
    QByteArray destination;
    sockaddr *to = nullptr;
    int toCount = 0;
    const QHostAddress target = message.destination();
    if (!target.isNull()) {
        // usrsctp 0.9.5 loops forever in sctp_chunk_output() when a message is sent to one
        // IPv6 address of an association that has IPv4 paths too: refused, not hung.
        if (target.protocol() == QAbstractSocket::IPv6Protocol) {
            bool mapped = false;
            target.toIPv4Address(&mapped);
            int peerError = 0;
            const QList<QHostAddress> peers = peerAddresses(&peerError).addresses();
            const bool mixed = std::any_of(peers.begin(), peers.end(), [](const QHostAddress &a) {
                bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
                if (!v4)
                    a.toIPv4Address(&v4);
                return v4;
            });
            if (!mapped && mixed) {
                *error = EOPNOTSUPP;
                return -1;
            }
        }
        int conversionError = 0;
        destination = sockaddrs(QSctpAddress(target, peerPort), &toCount, &conversionError);
        if (conversionError) {
            *error = conversionError;
            return -1;
        }
        to = reinterpret_cast<sockaddr *>(destination.data());
        info.snd_flags |= SCTP_ADDR_OVER;
    }
    const QByteArray payload = message.payload();
    if (m_fragmentsDisabled) {
        // As Linux: with fragmentation off a message must fit the fragmentation point
        // (SCTP_MAXSEG or the path MTU); usrsctp itself checks the path MTU only, loosely.
        sctp_status status;
        std::memset(&status, 0, sizeof status);
        socklen_t statusLength = sizeof status;
        if (usrsctp_getsockopt(m_so, IPPROTO_SCTP, SCTP_STATUS, &status, &statusLength) == 0
            && status.sstat_fragmentation_point > 0
            && quint32(payload.size()) > status.sstat_fragmentation_point) {
            *error = EMSGSIZE;
            return -1;
        }
    }
    const ssize_t sent = usrsctp_sendv(m_so, payload.constData(), size_t(payload.size()), to,
                                       toCount, &info, sizeof info, SCTP_SENDV_SNDINFO, 0);
    if (sent < 0) {
        *error = lastError();
        if (*error == EWOULDBLOCK) {
            m_sendBlocked = true;
            *error = EAGAIN;
        }
        return -1;
    }
    m_sendBlocked = false;
    *error = 0;
    return sent;
}

int QSctpUsrsctpEngine::sendBatch(const QSctpMessage *const *messages, int count, quint16 peerPort,
                                  int *error)
{
    int sent = 0;
    for (; sent < count; ++sent) {
        if (send(*messages[sent], peerPort, error) < 0)
            return sent > 0 ? sent : -1;
    }
    *error = 0;
    return sent;
}

qint64 QSctpUsrsctpEngine::receive(const char **data, QSctpReceiveInfo *info, int *error)
{
    *error = 0;
    if (!m_so) {
        *error = EBADF;
        return -1;
    }
    if (m_buffer.size() != ReceiveBufferSize)
        m_buffer.resize(ReceiveBufferSize);
    for (;;) {
        sctp_rcvinfo rcv;
        std::memset(&rcv, 0, sizeof rcv);
        socklen_t infoLength = sizeof rcv;
        unsigned int infoType = SCTP_RECVV_NOINFO;
        int flags = 0;
        sockaddr_storage from;
        socklen_t fromLength = sizeof from;
        const ssize_t n = usrsctp_recvv(m_so, m_buffer.data(), size_t(m_buffer.size()),
                                        reinterpret_cast<sockaddr *>(&from), &fromLength, &rcv,
                                        &infoLength, &infoType, &flags);
        if (n < 0) {
            *error = lastError();
            if (*error == EWOULDBLOCK) {
                m_receiveBlocked = true;
                *error = EAGAIN;
            }
            return -1;
        }
        m_receiveBlocked = false;
        *info = QSctpReceiveInfo();
        if (n == 0 && !(flags & MSG_NOTIFICATION))
            return 0; // end of stream
        if (flags & MSG_NOTIFICATION) {
            // Whole notifications only: usrsctp's layout must be read as one piece.
            m_notification.append(m_buffer.constData(), qsizetype(n));
            if (!(flags & MSG_EOR))
                continue;
            m_translated = translateNotification(std::exchange(m_notification, QByteArray()));
            info->notification = true;
            info->endOfRecord = true;
            *data = m_translated.constData();
            return m_translated.size();
        }
        info->endOfRecord = flags & MSG_EOR;
        if (infoType == SCTP_RECVV_RCVINFO && infoLength >= sizeof rcv) {
            info->present = true;
            info->stream = rcv.rcv_sid;
            info->ssn = rcv.rcv_ssn;
            info->unordered = rcv.rcv_flags & SCTP_UNORDERED;
            info->ppid = ntohl(rcv.rcv_ppid);
            info->tsn = rcv.rcv_tsn;
            info->cumulativeTsn = rcv.rcv_cumtsn;
            info->context = rcv.rcv_context;
        }
        *data = m_buffer.constData();
        return qint64(n);
    }
}

bool QSctpUsrsctpEngine::hasBufferedReceive() const
{
    // More is readable and the last receive did not find the queue empty: the caller comes
    // back for it without waiting for another upcall.
    return m_so && !m_receiveBlocked && (usrsctp_get_events(m_so) & SCTP_EVENT_READ);
}

void QSctpUsrsctpEngine::discardReceived()
{
    m_notification.clear();
    m_translated.clear();
}

int QSctpUsrsctpEngine::shutdown(int how)
{
    if (!m_so)
        return EBADF;
    if (usrsctp_shutdown(m_so, how) != 0)
        return lastError();
    return 0;
}

QSctpAddress QSctpUsrsctpEngine::localAddresses(int *error) const
{
    if (!m_so) {
        *error = EBADF;
        return {};
    }
    sockaddr *addrs = nullptr;
    const int count = usrsctp_getladdrs(m_so, 0, &addrs);
    if (count < 0) {
        *error = lastError();
        return {};
    }
    *error = 0;
    if (count == 0)
        return {};
    QSctpAddress result = addressesFrom(addrs, count, error);
    usrsctp_freeladdrs(addrs);
    return result;
}

QSctpAddress QSctpUsrsctpEngine::peerAddresses(int *error) const
{
    if (!m_so) {
        *error = EBADF;
        return {};
    }
    sockaddr *addrs = nullptr;
    const int count = usrsctp_getpaddrs(m_so, 0, &addrs);
    if (count < 0) {
        *error = lastError();
        return {};
    }
    *error = 0;
    if (count == 0)
        return {};
    QSctpAddress result = addressesFrom(addrs, count, error);
    usrsctp_freepaddrs(addrs);
    return result;
}

int QSctpUsrsctpEngine::streamCounts(int *inbound, int *outbound) const
{
    if (!m_so)
        return EBADF;
    sctp_status status;
    std::memset(&status, 0, sizeof status);
    socklen_t length = sizeof status;
    if (usrsctp_getsockopt(m_so, IPPROTO_SCTP, SCTP_STATUS, &status, &length) != 0)
        return lastError();
    // Before the handshake is done the counts are only what was asked for.
    const bool up = associationState(status.sstat_state) >= QSctpAssociationStatus::Established;
    *inbound = up ? status.sstat_instrms : 0;
    *outbound = up ? status.sstat_outstrms : 0;
    return 0;
}

int QSctpUsrsctpEngine::bindAdd(const QSctpAddress &address)
{
    if (!m_so)
        return EBADF;
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    if (usrsctp_bindx(m_so, reinterpret_cast<sockaddr *>(addrs.data()), count, SCTP_BINDX_ADD_ADDR)
        != 0)
        return lastError();
    return 0;
}

int QSctpUsrsctpEngine::bindRemove(const QSctpAddress &address)
{
    if (!m_so)
        return EBADF;
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    if (usrsctp_bindx(m_so, reinterpret_cast<sockaddr *>(addrs.data()), count, SCTP_BINDX_REM_ADDR)
        != 0)
        return lastError();
    return 0;
}

int QSctpUsrsctpEngine::setOption(int level, int name, const void *value, unsigned length)
{
    using namespace QSctpUsrsctpBridge;
    if (!m_so)
        return EBADF;
    auto set = [this](int lvl, int opt, const void *v, socklen_t l) {
        return usrsctp_setsockopt(m_so, lvl, opt, v, l) == 0 ? 0 : lastError();
    };
    IntOption intOption;
    switch (classify(level, name, &intOption)) {
    case Option::IntValue: {
        quint32 v = 0;
        if (const int err = readU32(value, length, &v))
            return err;
        switch (intOption) {
        case IntOption::SendBuffer:
            return setSendBufferSize(int(v));
        case IntOption::ReceiveBuffer:
            return setReceiveBufferSize(int(v));
        case IntOption::NoDelay:
            return setIntOption(IPPROTO_SCTP, SCTP_NODELAY, int(v));
        case IntOption::DisableFragments:
            if (const int err = setIntOption(IPPROTO_SCTP, SCTP_DISABLE_FRAGMENTS, int(v)))
                return err;
            m_fragmentsDisabled = v != 0;
            return 0;
        case IntOption::RecvRcvInfo:
            return setIntOption(IPPROTO_SCTP, SCTP_RECVRCVINFO, int(v));
        case IntOption::PartialDeliveryPoint:
            return set(IPPROTO_SCTP, SCTP_PARTIAL_DELIVERY_POINT, &v, sizeof v);
        case IntOption::ReuseAddress:
            return setReuseAddress(v != 0);
        default:
            return ENOPROTOOPT;
        }
    }
    case Option::Linger: {
        if (length < sizeof(linger))
            return EINVAL;
        return set(SOL_SOCKET, SO_LINGER, value, sizeof(linger));
    }
    case Option::InitMsg: {
        InitMsg in;
        if (const int err = readInitMsg(value, length, &in))
            return err;
        sctp_initmsg s{};
        s.sinit_num_ostreams = in.outboundStreams;
        s.sinit_max_instreams = in.maxInboundStreams;
        s.sinit_max_attempts = in.maxAttempts;
        s.sinit_max_init_timeo = in.maxInitTimeout;
        return set(IPPROTO_SCTP, SCTP_INITMSG, &s, sizeof s);
    }
    case Option::RtoInfo: {
        RtoInfo in;
        if (const int err = readRtoInfo(value, length, &in))
            return err;
        sctp_rtoinfo s{};
        s.srto_assoc_id = SCTP_FUTURE_ASSOC;
        s.srto_initial = in.initial;
        s.srto_max = in.max;
        s.srto_min = in.min;
        return set(IPPROTO_SCTP, SCTP_RTOINFO, &s, sizeof s);
    }
    case Option::AssocInfo: {
        AssocInfo in;
        if (const int err = readAssocInfo(value, length, &in))
            return err;
        sctp_assocparams s{};
        s.sasoc_assoc_id = SCTP_FUTURE_ASSOC;
        s.sasoc_asocmaxrxt = in.maxRetransmissions;
        s.sasoc_number_peer_destinations = in.peerDestinations;
        s.sasoc_peer_rwnd = in.peerRwnd;
        s.sasoc_local_rwnd = in.localRwnd;
        s.sasoc_cookie_life = in.cookieLife;
        return set(IPPROTO_SCTP, SCTP_ASSOCINFO, &s, sizeof s);
    }
    case Option::PeerAddrParams: {
        PeerAddrParams in;
        if (const int err = readPeerAddrParams(value, length, &in))
            return err;
        if (in.sackDelayEnable || in.sackDelayDisable) {
            // usrsctp keeps the SACK delay in SCTP_DELAYED_SACK only: on is a delay (and more
            // than one packet per SACK), off a SACK for every packet.
            sctp_sack_info sack{};
            socklen_t sackLength = sizeof sack;
            sack.sack_assoc_id = SCTP_FUTURE_ASSOC;
            if (usrsctp_getsockopt(m_so, IPPROTO_SCTP, SCTP_DELAYED_SACK, &sack, &sackLength) != 0)
                return lastError();
            sack.sack_assoc_id = SCTP_FUTURE_ASSOC;
            if (in.sackDelayDisable) {
                sack.sack_freq = 1;
                sack.sack_delay = 0; // unchanged
            } else {
                sack.sack_delay = in.sackDelay; // 0: unchanged
                if (sack.sack_freq <= 1)
                    sack.sack_freq = 2; // RFC 9260's default
            }
            if (const int err = set(IPPROTO_SCTP, SCTP_DELAYED_SACK, &sack, sizeof sack))
                return err;
        }
        sctp_paddrparams s;
        std::memset(&s, 0, sizeof s);
        std::memcpy(&s.spp_address, &in.address, sizeof in.address);
        wildcardIfUnspecified(&s.spp_address, m_family);
        s.spp_assoc_id = SCTP_FUTURE_ASSOC;
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
        s.spp_flags = flags;
        return set(IPPROTO_SCTP, SCTP_PEER_ADDR_PARAMS, &s, sizeof s);
    }
    case Option::DelayedSack: {
        SackInfo in;
        if (const int err = readSackInfo(value, length, &in))
            return err;
        sctp_sack_info s{};
        s.sack_assoc_id = SCTP_FUTURE_ASSOC;
        s.sack_delay = in.delay;
        s.sack_freq = in.frequency;
        return set(IPPROTO_SCTP, SCTP_DELAYED_SACK, &s, sizeof s);
    }
    case Option::MaxSeg: {
        quint32 v = 0;
        if (const int err = readAssocValue(value, length, &v))
            return err;
        sctp_assoc_value s{};
        s.assoc_id = SCTP_FUTURE_ASSOC;
        s.assoc_value = v;
        return set(IPPROTO_SCTP, SCTP_MAXSEG, &s, sizeof s);
    }
    case Option::Adaptation: {
        quint32 v = 0;
        if (const int err = readU32(value, length, &v))
            return err;
        sctp_setadaptation s{};
        s.ssb_adaptation_ind = v;
        return set(IPPROTO_SCTP, SCTP_ADAPTATION_LAYER, &s, sizeof s);
    }
    case Option::PrimaryAddr: {
        sctp_setprim s;
        std::memset(&s, 0, sizeof s);
        if (const int err = readPrimaryAddress(value, length, &s.ssp_addr))
            return err;
        return set(IPPROTO_SCTP, SCTP_PRIMARY_ADDR, &s, sizeof s);
    }
    case Option::SetPeerPrimaryAddr: {
        sctp_setpeerprim s;
        std::memset(&s, 0, sizeof s);
        if (const int err = readPeerPrimaryAddress(value, length, &s.sspp_addr))
            return err;
        return set(IPPROTO_SCTP, SCTP_SET_PEER_PRIMARY_ADDR, &s, sizeof s);
    }
    case Option::Event: {
        quint16 type = 0;
        bool on = false;
        if (const int err = readEvent(value, length, &type, &on))
            return err;
        return setEventEnabled(type, on);
    }
    case Option::DefaultSndInfo: {
        SndInfo in;
        if (const int err = readSndInfo(value, length, &in))
            return err;
        sctp_sndinfo s{};
        s.snd_sid = in.stream;
        s.snd_flags = in.unordered ? SCTP_UNORDERED : 0;
        s.snd_ppid = in.ppidWire;
        s.snd_context = in.context;
        s.snd_assoc_id = SCTP_FUTURE_ASSOC;
        return set(IPPROTO_SCTP, SCTP_DEFAULT_SNDINFO, &s, sizeof s);
    }
    case Option::PeerAddrThresholds: {
        Thresholds in;
        if (const int err = readThresholds(value, length, &in))
            return err;
        // Read first: the stack takes every threshold at once (the third one stays).
        sctp_paddrthlds s;
        std::memset(&s, 0, sizeof s);
        std::memcpy(&s.spt_address, &in.address, sizeof in.address);
        wildcardIfUnspecified(&s.spt_address, m_family);
        s.spt_assoc_id = SCTP_FUTURE_ASSOC;
        socklen_t got = sizeof s;
        if (usrsctp_getsockopt(m_so, IPPROTO_SCTP, SCTP_PEER_ADDR_THLDS, &s, &got) != 0)
            return lastError();
        std::memcpy(&s.spt_address, &in.address, sizeof in.address);
        wildcardIfUnspecified(&s.spt_address, m_family);
        s.spt_assoc_id = SCTP_FUTURE_ASSOC;
        s.spt_pathmaxrxt = in.pathMaxRetransmissions;
        s.spt_pathpfthld = in.potentiallyFailed;
        return set(IPPROTO_SCTP, SCTP_PEER_ADDR_THLDS, &s, sizeof s);
    }
    case Option::Status:
    case Option::PeerAddrInfo:
        return EINVAL; // read-only
    case Option::Unsupported:
        break;
    }
    return ENOPROTOOPT;
}

int QSctpUsrsctpEngine::getOption(int level, int name, void *value, unsigned *length) const
{
    using namespace QSctpUsrsctpBridge;
    if (!m_so)
        return EBADF;
    auto get = [this](int lvl, int opt, void *v, socklen_t l) {
        socklen_t got = l;
        return usrsctp_getsockopt(m_so, lvl, opt, v, &got) == 0 ? 0 : lastError();
    };
    IntOption intOption;
    switch (classify(level, name, &intOption)) {
    case Option::IntValue: {
        int v = 0;
        int err = 0;
        switch (intOption) {
        case IntOption::SendBuffer:
            err = getIntOption(SOL_SOCKET, SO_SNDBUF, &v);
            break;
        case IntOption::ReceiveBuffer:
            err = getIntOption(SOL_SOCKET, SO_RCVBUF, &v);
            break;
        case IntOption::Error:
            err = getIntOption(SOL_SOCKET, SO_ERROR, &v);
            break;
        case IntOption::NoDelay:
            err = getIntOption(IPPROTO_SCTP, SCTP_NODELAY, &v);
            break;
        case IntOption::DisableFragments:
            err = getIntOption(IPPROTO_SCTP, SCTP_DISABLE_FRAGMENTS, &v);
            break;
        case IntOption::RecvRcvInfo:
            err = getIntOption(IPPROTO_SCTP, SCTP_RECVRCVINFO, &v);
            break;
        case IntOption::PartialDeliveryPoint:
            err = getIntOption(IPPROTO_SCTP, SCTP_PARTIAL_DELIVERY_POINT, &v);
            break;
        default:
            return ENOPROTOOPT;
        }
        if (err)
            return err;
        return writeU32(quint32(v), value, length);
    }
    case Option::Linger: {
        if (*length < sizeof(linger))
            return EINVAL;
        *length = sizeof(linger);
        return get(SOL_SOCKET, SO_LINGER, value, sizeof(linger));
    }
    case Option::InitMsg: {
        sctp_initmsg s{};
        if (const int err = get(IPPROTO_SCTP, SCTP_INITMSG, &s, sizeof s))
            return err;
        InitMsg out;
        out.outboundStreams = s.sinit_num_ostreams;
        out.maxInboundStreams = s.sinit_max_instreams;
        out.maxAttempts = s.sinit_max_attempts;
        out.maxInitTimeout = s.sinit_max_init_timeo;
        return writeInitMsg(out, value, length);
    }
    case Option::Status: {
        sctp_status s;
        std::memset(&s, 0, sizeof s);
        if (const int err = get(IPPROTO_SCTP, SCTP_STATUS, &s, sizeof s))
            return err;
        Status out;
        out.state = associationState(s.sstat_state);
        out.rwnd = s.sstat_rwnd;
        out.unackedData = s.sstat_unackdata;
        out.pendingData = s.sstat_penddata;
        out.inboundStreams = s.sstat_instrms;
        out.outboundStreams = s.sstat_outstrms;
        out.fragmentationPoint = s.sstat_fragmentation_point;
        out.primary = pathInfo(s.sstat_primary);
        return writeStatus(out, value, length);
    }
    case Option::PeerAddrInfo: {
        sctp_paddrinfo s;
        std::memset(&s, 0, sizeof s);
        if (const int err = readPathAddress(value, *length, &s.spinfo_address))
            return err;
        if (const int err = get(IPPROTO_SCTP, SCTP_GET_PEER_ADDR_INFO, &s, sizeof s))
            return err;
        return writePathInfo(pathInfo(s), value, length);
    }
    case Option::RtoInfo: {
        sctp_rtoinfo s{};
        if (const int err = get(IPPROTO_SCTP, SCTP_RTOINFO, &s, sizeof s))
            return err;
        RtoInfo out;
        out.initial = s.srto_initial;
        out.max = s.srto_max;
        out.min = s.srto_min;
        return writeRtoInfo(out, value, length);
    }
    case Option::AssocInfo: {
        sctp_assocparams s{};
        if (const int err = get(IPPROTO_SCTP, SCTP_ASSOCINFO, &s, sizeof s))
            return err;
        AssocInfo out;
        out.maxRetransmissions = s.sasoc_asocmaxrxt;
        out.peerDestinations = s.sasoc_number_peer_destinations;
        out.peerRwnd = s.sasoc_peer_rwnd;
        out.localRwnd = s.sasoc_local_rwnd;
        out.cookieLife = s.sasoc_cookie_life;
        return writeAssocInfo(out, value, length);
    }
    case Option::PeerAddrParams: {
        PeerAddrParams in;
        if (const int err = readPeerAddrParams(value, *length, &in))
            return err;
        sctp_paddrparams s;
        std::memset(&s, 0, sizeof s);
        std::memcpy(&s.spp_address, &in.address, sizeof in.address);
        wildcardIfUnspecified(&s.spp_address, m_family);
        s.spp_assoc_id = SCTP_FUTURE_ASSOC;
        if (const int err = get(IPPROTO_SCTP, SCTP_PEER_ADDR_PARAMS, &s, sizeof s))
            return err;
        PeerAddrParams out;
        std::memcpy(&out.address, &s.spp_address, sizeof out.address);
        out.heartbeatInterval = s.spp_hbinterval;
        out.pathMtu = s.spp_pathmtu;
        out.pathMaxRetransmissions = s.spp_pathmaxrxt;
        out.heartbeatEnable = s.spp_flags & SPP_HB_ENABLE;
        out.heartbeatDisable = s.spp_flags & SPP_HB_DISABLE;
        out.pmtudEnable = s.spp_flags & SPP_PMTUD_ENABLE;
        out.pmtudDisable = s.spp_flags & SPP_PMTUD_DISABLE;
        out.heartbeatTimeIsZero = s.spp_flags & SPP_HB_TIME_IS_ZERO;
        sctp_sack_info sack{};
        sack.sack_assoc_id = SCTP_FUTURE_ASSOC;
        if (const int err = get(IPPROTO_SCTP, SCTP_DELAYED_SACK, &sack, sizeof sack))
            return err;
        out.sackDelayDisable = sack.sack_freq == 1;
        out.sackDelayEnable = !out.sackDelayDisable;
        out.sackDelay = sack.sack_delay;
        return writePeerAddrParams(out, value, length);
    }
    case Option::DelayedSack: {
        sctp_sack_info s{};
        if (const int err = get(IPPROTO_SCTP, SCTP_DELAYED_SACK, &s, sizeof s))
            return err;
        SackInfo out;
        out.delay = s.sack_delay;
        out.frequency = s.sack_freq;
        return writeSackInfo(out, value, length);
    }
    case Option::MaxSeg: {
        sctp_assoc_value s{};
        if (const int err = get(IPPROTO_SCTP, SCTP_MAXSEG, &s, sizeof s))
            return err;
        return writeAssocValue(s.assoc_value, value, length);
    }
    case Option::Adaptation: {
        sctp_setadaptation s{};
        if (const int err = get(IPPROTO_SCTP, SCTP_ADAPTATION_LAYER, &s, sizeof s))
            return err;
        return writeU32(s.ssb_adaptation_ind, value, length);
    }
    case Option::PrimaryAddr: {
        sctp_setprim s;
        std::memset(&s, 0, sizeof s);
        if (const int err = get(IPPROTO_SCTP, SCTP_PRIMARY_ADDR, &s, sizeof s))
            return err;
        return writePrimaryAddress(s.ssp_addr, value, length);
    }
    case Option::Event: {
        quint16 type = 0;
        bool on = false;
        if (const int err = readEvent(value, *length, &type, &on))
            return err;
        sctp_event s{};
        s.se_assoc_id = SCTP_FUTURE_ASSOC;
        s.se_type = usrsctpEventType(type);
        if (!s.se_type)
            return ENOPROTOOPT;
        if (const int err = get(IPPROTO_SCTP, SCTP_EVENT, &s, sizeof s))
            return err;
        return writeEvent(type, s.se_on != 0, value, length);
    }
    case Option::DefaultSndInfo: {
        sctp_sndinfo s{};
        s.snd_assoc_id = SCTP_FUTURE_ASSOC;
        if (const int err = get(IPPROTO_SCTP, SCTP_DEFAULT_SNDINFO, &s, sizeof s))
            return err;
        SndInfo out;
        out.stream = s.snd_sid;
        out.unordered = s.snd_flags & SCTP_UNORDERED;
        out.ppidWire = s.snd_ppid;
        out.context = s.snd_context;
        return writeSndInfo(out, value, length);
    }
    case Option::PeerAddrThresholds: {
        Thresholds in;
        if (const int err = readThresholds(value, *length, &in))
            return err;
        sctp_paddrthlds s;
        std::memset(&s, 0, sizeof s);
        std::memcpy(&s.spt_address, &in.address, sizeof in.address);
        wildcardIfUnspecified(&s.spt_address, m_family);
        s.spt_assoc_id = SCTP_FUTURE_ASSOC;
        if (const int err = get(IPPROTO_SCTP, SCTP_PEER_ADDR_THLDS, &s, sizeof s))
            return err;
        Thresholds out;
        std::memcpy(&out.address, &s.spt_address, sizeof out.address);
        out.pathMaxRetransmissions = s.spt_pathmaxrxt;
        out.potentiallyFailed = s.spt_pathpfthld;
        return writeThresholds(out, value, length);
    }
    case Option::SetPeerPrimaryAddr:
        return EINVAL; // write-only
    case Option::Unsupported:
        break;
    }
    return ENOPROTOOPT;
}

QTSCTP_END_NAMESPACE
