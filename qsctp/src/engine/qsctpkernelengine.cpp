// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "qsctpkernelengine_p.h"

#include <QtCore/qcoreapplication.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/sctp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

QTSCTP_BEGIN_NAMESPACE

QSctpKernelEngine::QSctpKernelEngine(int descriptor, int family)
    : m_fd(descriptor)
    , m_family(family)
{ }

QSctpKernelEngine::~QSctpKernelEngine()
{
    close(); // also lets go of the thread's receive arena
}

QString QSctpKernelEngine::name() const
{
    return QStringLiteral("kernel");
}

int QSctpKernelEngine::open(int family)
{
    close();
    const int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_SCTP);
    if (fd < 0)
        return errno;
    m_fd = fd;
    m_family = family;
    return 0;
}

void QSctpKernelEngine::close()
{
    discardReceived();
    if (m_fd >= 0) {
        // A close interrupted by a signal has still released the descriptor on Linux.
        ::close(m_fd);
        m_fd = -1;
    }
}

int QSctpKernelEngine::setIntOption(int level, int option, int value)
{
    if (::setsockopt(m_fd, level, option, &value, sizeof value) != 0)
        return errno;
    return 0;
}

int QSctpKernelEngine::setInitOptions(const QSctpInitOptions &options)
{
    sctp_initmsg init{};
    init.sinit_num_ostreams = options.outboundStreams();
    init.sinit_max_instreams = options.maxInboundStreams();
    init.sinit_max_attempts = options.maxAttempts();
    init.sinit_max_init_timeo = options.maxInitTimeout();
    if (::setsockopt(m_fd, IPPROTO_SCTP, SCTP_INITMSG, &init, sizeof init) != 0)
        return errno;
    return 0;
}

// The *FORCE variants pass net.core.wmem_max and rmem_max when the process may
// (CAP_NET_ADMIN); others get what the sysctls allow, as with go-sctp.
int QSctpKernelEngine::setSendBufferSize(int bytes)
{
    if (setIntOption(SOL_SOCKET, SO_SNDBUFFORCE, bytes) == 0)
        return 0;
    return setIntOption(SOL_SOCKET, SO_SNDBUF, bytes);
}

int QSctpKernelEngine::setReceiveBufferSize(int bytes)
{
    if (setIntOption(SOL_SOCKET, SO_RCVBUFFORCE, bytes) == 0)
        return 0;
    return setIntOption(SOL_SOCKET, SO_RCVBUF, bytes);
}

int QSctpKernelEngine::grantedSendBufferSize() const
{
    int value = 0;
    socklen_t length = sizeof value;
    return ::getsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &value, &length) == 0 ? value : -1;
}

int QSctpKernelEngine::grantedReceiveBufferSize() const
{
    int value = 0;
    socklen_t length = sizeof value;
    return ::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &value, &length) == 0 ? value : -1;
}

int QSctpKernelEngine::setNoDelay(bool on)
{
    return setIntOption(IPPROTO_SCTP, SCTP_NODELAY, on ? 1 : 0);
}

int QSctpKernelEngine::setLinger(int seconds)
{
    linger l{};
    l.l_onoff = seconds >= 0 ? 1 : 0;
    l.l_linger = seconds >= 0 ? seconds : 0;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof l) != 0)
        return errno;
    return 0;
}

int QSctpKernelEngine::setReuseAddress(bool on)
{
    return setIntOption(SOL_SOCKET, SO_REUSEADDR, on ? 1 : 0);
}

int QSctpKernelEngine::setIPv6Only(bool on)
{
    return setIntOption(IPPROTO_IPV6, IPV6_V6ONLY, on ? 1 : 0);
}

int QSctpKernelEngine::setReceiveInfoEnabled(bool on)
{
    return setIntOption(IPPROTO_SCTP, SCTP_RECVRCVINFO, on ? 1 : 0);
}

int QSctpKernelEngine::setEventEnabled(quint16 notificationType, bool on)
{
    sctp_event event{};
    event.se_assoc_id = 0;
    event.se_type = notificationType;
    event.se_on = on ? 1 : 0;
    if (::setsockopt(m_fd, IPPROTO_SCTP, SCTP_EVENT, &event, sizeof event) != 0)
        return errno;
    return 0;
}

QByteArray QSctpKernelEngine::sockaddrs(const QSctpAddress &address, int *count, int *error) const
{
    // An AF_INET6 socket takes IPv4 addresses too (it is dual-stack unless sctp6 made it
    // V6ONLY, and then the caller let no IPv4 address through), so convert by the sctp rules:
    // IPv4-mapped entries in a list with IPv6, plain sockaddr_in entries in an all-IPv4 one,
    // which Linux accepts there.
    QString conversionError;
    const QByteArray bytes
            = address.toSockaddrs(m_family == AF_INET6 ? QSctpAddress::Sctp : QSctpAddress::Sctp4,
                                  count, &conversionError);
    *error = conversionError.isEmpty() ? 0 : EINVAL;
    return bytes;
}

int QSctpKernelEngine::bind(const QSctpAddress &address)
{
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    if (sctp_bindx(m_fd, reinterpret_cast<sockaddr *>(addrs.data()), count, SCTP_BINDX_ADD_ADDR)
        != 0)
        return errno;
    return 0;
}

int QSctpKernelEngine::connect(const QSctpAddress &address)
{
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    sctp_assoc_t id = 0;
    if (sctp_connectx(m_fd, reinterpret_cast<sockaddr *>(addrs.data()), count, &id) != 0)
        return errno;
    return 0;
}

int QSctpKernelEngine::pendingConnectError()
{
    int value = 0;
    socklen_t length = sizeof value;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &value, &length) != 0)
        return errno;
    return value;
}

int QSctpKernelEngine::listen(int backlog)
{
    if (::listen(m_fd, backlog) != 0)
        return errno;
    return 0;
}

std::unique_ptr<QSctpEngine> QSctpKernelEngine::accept(int *error)
{
    const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return nullptr;
    }
    *error = 0;
    return std::make_unique<QSctpKernelEngine>(fd, m_family);
}

// One message's msghdr: payload, an SCTP_SNDINFO cmsg, and the peer address for SCTP_ADDR_OVER.
// The buffers live in *slot, which must outlive the syscall.
struct QSctpKernelEngine::SendSlot
{
    QByteArray payload;
    QByteArray destination;
    iovec iov;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(sctp_sndinfo))];
};

int QSctpKernelEngine::prepareSend(const QSctpMessage &message, quint16 peerPort, SendSlot *slot,
                                   msghdr *msg) const
{
    slot->payload = message.payload();
    slot->iov = iovec{const_cast<char *>(slot->payload.constData()), size_t(slot->payload.size())};
    *msg = msghdr{};
    msg->msg_iov = &slot->iov;
    msg->msg_iovlen = 1;
    msg->msg_control = slot->control;
    msg->msg_controllen = sizeof slot->control;

    sctp_sndinfo info{};
    info.snd_sid = message.stream();
    info.snd_ppid = htonl(message.payloadProtocolId());
    info.snd_context = message.context();
    if (message.isUnordered())
        info.snd_flags |= SCTP_UNORDERED;

    // SCTP_ADDR_OVER: this one peer address instead of the primary path.
    const QHostAddress to = message.destination();
    if (!to.isNull()) {
        int count = 0;
        int conversionError = 0;
        slot->destination = sockaddrs(QSctpAddress(to, peerPort), &count, &conversionError);
        if (conversionError)
            return conversionError;
        msg->msg_name = slot->destination.data();
        msg->msg_namelen = socklen_t(slot->destination.size());
        info.snd_flags |= SCTP_ADDR_OVER;
    }
    cmsghdr *cmsg = CMSG_FIRSTHDR(msg);
    cmsg->cmsg_level = IPPROTO_SCTP;
    cmsg->cmsg_type = SCTP_SNDINFO;
    cmsg->cmsg_len = CMSG_LEN(sizeof(sctp_sndinfo));
    std::memcpy(CMSG_DATA(cmsg), &info, sizeof info);
    return 0;
}

qint64 QSctpKernelEngine::send(const QSctpMessage &message, quint16 peerPort, int *error)
{
    SendSlot slot;
    msghdr msg;
    if ((*error = prepareSend(message, peerPort, &slot, &msg)))
        return -1;
    const ssize_t sent = ::sendmsg(m_fd, &msg, MSG_NOSIGNAL);
    if (sent < 0) {
        *error = errno;
        return -1;
    }
    *error = 0;
    return sent;
}

int QSctpKernelEngine::sendBatch(const QSctpMessage *const *messages, int count, quint16 peerPort,
                                 int *error)
{
    constexpr int MaxBatch = 32;
    count = qMin(count, MaxBatch);
    SendSlot prepared[MaxBatch];
    mmsghdr headers[MaxBatch];
    for (int i = 0; i < count; ++i) {
        headers[i].msg_len = 0;
        if (const int err
            = prepareSend(*messages[i], peerPort, &prepared[i], &headers[i].msg_hdr)) {
            if (i == 0) {
                *error = err;
                return -1;
            }
            count = i; // send what is good; the bad one fails on its own next time
            break;
        }
    }
    int sent;
    do {
        sent = ::sendmmsg(m_fd, headers, unsigned(count), MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0) {
        *error = errno;
        return -1;
    }
    *error = 0;
    return sent;
}

namespace {

// One recvmmsg() arena per thread, shared by every socket of that thread: a socket holds it
// only while it handles one readiness (QSctpSocket hands back what it did not take with
// keepBufferedReceive()), so the memory does not grow with the number of associations.
struct ReceiveArena
{
    static constexpr int BatchSize = 32;
    static constexpr int PieceSize = 16 * 1024;
    static constexpr size_t ControlSize = CMSG_SPACE(sizeof(sctp_rcvinfo));

    alignas(cmsghdr) char controls[BatchSize][ControlSize];
    char pieces[BatchSize][PieceSize];
    iovec iovs[BatchSize];
    mmsghdr headers[BatchSize];
    QSctpKernelEngine *owner = nullptr;
    int count = 0;
    int next = 0;
};

ReceiveArena &receiveArena()
{
    thread_local std::unique_ptr<ReceiveArena> arena;
    if (!arena)
        arena = std::make_unique<ReceiveArena>();
    return *arena;
}

void decodeReceived(const msghdr &msg, QSctpReceiveInfo *info)
{
    *info = QSctpReceiveInfo();
    info->endOfRecord = msg.msg_flags & MSG_EOR;
    info->notification = msg.msg_flags & MSG_NOTIFICATION;
    for (cmsghdr *cmsg = CMSG_FIRSTHDR(&msg); cmsg;
         cmsg = CMSG_NXTHDR(const_cast<msghdr *>(&msg), cmsg)) {
        if (cmsg->cmsg_level != IPPROTO_SCTP || cmsg->cmsg_type != SCTP_RCVINFO
            || cmsg->cmsg_len < CMSG_LEN(sizeof(sctp_rcvinfo)))
            continue;
        sctp_rcvinfo rcv;
        std::memcpy(&rcv, CMSG_DATA(cmsg), sizeof rcv);
        info->present = true;
        info->stream = rcv.rcv_sid;
        info->ssn = rcv.rcv_ssn;
        info->unordered = rcv.rcv_flags & SCTP_UNORDERED;
        info->ppid = ntohl(rcv.rcv_ppid);
        info->tsn = rcv.rcv_tsn;
        info->cumulativeTsn = rcv.rcv_cumtsn;
        info->context = rcv.rcv_context;
    }
}

} // namespace

qint64 QSctpKernelEngine::receive(const char **data, QSctpReceiveInfo *info, int *error)
{
    *error = 0;
    // Pieces kept from an earlier batch come first.
    if (!m_kept.empty()) {
        m_current = std::move(m_kept.front());
        m_kept.pop_front();
        *info = m_current.info;
        *data = m_current.bytes.constData();
        return m_current.bytes.size();
    }
    ReceiveArena &arena = receiveArena();
    if (arena.owner && arena.owner != this) {
        // Another socket of this thread was in the middle of a batch (a slot of its own
        // messageReceived() made this one read): it keeps its pieces before the arena is reused.
        arena.owner->keepBufferedReceive();
    }
    if (arena.owner != this || arena.next >= arena.count) {
        if (m_lastBatchShort) {
            // The last batch was short: the kernel's queue was empty a moment ago.
            m_lastBatchShort = false;
            *error = m_deferredError ? std::exchange(m_deferredError, 0) : EAGAIN;
            return -1;
        }
        for (int i = 0; i < ReceiveArena::BatchSize; ++i) {
            arena.iovs[i] = iovec{arena.pieces[i], ReceiveArena::PieceSize};
            msghdr &msg = arena.headers[i].msg_hdr;
            msg = msghdr{};
            msg.msg_iov = &arena.iovs[i];
            msg.msg_iovlen = 1;
            msg.msg_control = arena.controls[i];
            msg.msg_controllen = ReceiveArena::ControlSize;
            arena.headers[i].msg_len = 0;
        }
        arena.owner = this;
        arena.count = arena.next = 0;
        int n;
        do {
            n = ::recvmmsg(m_fd, arena.headers, ReceiveArena::BatchSize, MSG_DONTWAIT, nullptr);
        } while (n < 0 && errno == EINTR);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && !m_deferredError) {
            // recvmmsg() reports a pending socket error (ECONNRESET after an ABORT) before what
            // is queued, and clears it: take the queue first (COMM_LOST with the ABORT's cause,
            // the send failures), and report the error once it is empty.
            m_deferredError = errno;
            do {
                n = ::recvmmsg(m_fd, arena.headers, ReceiveArena::BatchSize, MSG_DONTWAIT, nullptr);
            } while (n < 0 && errno == EINTR);
        }
        if (n <= 0) {
            *error = n < 0 ? errno : EAGAIN;
            if (m_deferredError && (*error == EAGAIN || *error == EWOULDBLOCK))
                *error = std::exchange(m_deferredError, 0);
            return -1;
        }
        arena.count = n;
        m_lastBatchShort = n < ReceiveArena::BatchSize;
    }

    const mmsghdr &entry = arena.headers[arena.next++];
    *data = static_cast<const char *>(entry.msg_hdr.msg_iov->iov_base);
    if (entry.msg_len == 0) {
        // End of stream: nothing after it in the batch exists.
        arena.count = arena.next = 0;
        m_lastBatchShort = false;
        *info = QSctpReceiveInfo();
        return 0;
    }
    decodeReceived(entry.msg_hdr, info);
    return qint64(entry.msg_len);
}

bool QSctpKernelEngine::hasBufferedReceive() const
{
    if (!m_kept.empty() || m_deferredError)
        return true;
    const ReceiveArena &arena = receiveArena();
    return arena.owner == this && arena.next < arena.count;
}

void QSctpKernelEngine::keepBufferedReceive()
{
    ReceiveArena &arena = receiveArena();
    if (arena.owner != this)
        return;
    for (; arena.next < arena.count; ++arena.next) {
        const mmsghdr &entry = arena.headers[arena.next];
        KeptPiece piece;
        piece.bytes = QByteArray(static_cast<const char *>(entry.msg_hdr.msg_iov->iov_base),
                                 qsizetype(entry.msg_len));
        decodeReceived(entry.msg_hdr, &piece.info);
        m_kept.push_back(std::move(piece));
    }
    arena.owner = nullptr;
    arena.count = arena.next = 0;
}

void QSctpKernelEngine::discardReceived()
{
    m_kept.clear();
    m_lastBatchShort = false;
    m_deferredError = 0;
    ReceiveArena &arena = receiveArena();
    if (arena.owner == this) {
        arena.owner = nullptr;
        arena.count = arena.next = 0;
    }
}

int QSctpKernelEngine::shutdown(int how)
{
    if (::shutdown(m_fd, how) != 0)
        return errno;
    return 0;
}

// sctp_getladdrs() and sctp_getpaddrs() return packed sockaddr_in and sockaddr_in6 entries.
static QSctpAddress addressesFromKernel(sockaddr *addrs, int count, int *error)
{
    qsizetype size = 0;
    const char *p = reinterpret_cast<const char *>(addrs);
    for (int i = 0; i < count; ++i) {
        sa_family_t family;
        std::memcpy(&family, p + size, sizeof family);
        size += family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    }
    QString conversionError;
    QSctpAddress result = QSctpAddress::fromSockaddrs(addrs, size, count, &conversionError);
    *error = conversionError.isEmpty() ? 0 : EINVAL;
    return result;
}

QSctpAddress QSctpKernelEngine::localAddresses(int *error) const
{
    sockaddr *addrs = nullptr;
    const int count = sctp_getladdrs(m_fd, 0, &addrs);
    if (count < 0) {
        *error = errno;
        return {};
    }
    *error = 0;
    if (count == 0)
        return {};
    QSctpAddress result = addressesFromKernel(addrs, count, error);
    sctp_freeladdrs(addrs);
    return result;
}

QSctpAddress QSctpKernelEngine::peerAddresses(int *error) const
{
    sockaddr *addrs = nullptr;
    const int count = sctp_getpaddrs(m_fd, 0, &addrs);
    if (count < 0) {
        *error = errno;
        return {};
    }
    *error = 0;
    if (count == 0)
        return {};
    QSctpAddress result = addressesFromKernel(addrs, count, error);
    sctp_freepaddrs(addrs);
    return result;
}

int QSctpKernelEngine::streamCounts(int *inbound, int *outbound) const
{
    sctp_status status{};
    socklen_t length = sizeof status;
    if (::getsockopt(m_fd, IPPROTO_SCTP, SCTP_STATUS, &status, &length) != 0)
        return errno;
    *inbound = status.sstat_instrms;
    *outbound = status.sstat_outstrms;
    return 0;
}

int QSctpKernelEngine::bindAdd(const QSctpAddress &address)
{
    return bind(address);
}

int QSctpKernelEngine::bindRemove(const QSctpAddress &address)
{
    int count = 0;
    int error = 0;
    QByteArray addrs = sockaddrs(address, &count, &error);
    if (error)
        return error;
    if (sctp_bindx(m_fd, reinterpret_cast<sockaddr *>(addrs.data()), count, SCTP_BINDX_REM_ADDR)
        != 0)
        return errno;
    return 0;
}

int QSctpKernelEngine::setOption(int level, int name, const void *value, unsigned length)
{
    if (::setsockopt(m_fd, level, name, value, socklen_t(length)) != 0)
        return errno;
    return 0;
}

int QSctpKernelEngine::getOption(int level, int name, void *value, unsigned *length) const
{
    socklen_t l = socklen_t(*length);
    if (::getsockopt(m_fd, level, name, value, &l) != 0)
        return errno;
    *length = unsigned(l);
    return 0;
}

QTSCTP_END_NAMESPACE
