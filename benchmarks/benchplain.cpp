// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The baseline: blocking sendmsg()/recvmsg() on a one-to-one SCTP socket, no Qt. It asks the
// kernel for the same work as QtSctp does per message (an SCTP_SNDINFO cmsg on sending,
// SCTP_RECVRCVINFO on receiving, NODELAY, the same buffer sizes), so that the ratios measure
// what the library adds.

#include "benchcommon.h"

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/sctp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

namespace {

class PlainSocket
{
public:
    explicit PlainSocket(int fd)
        : m_fd(fd)
        , m_buffer(ReceiveBufferBytes)
    {
        m_sendIov = iovec{nullptr, 0};
        m_send.msg_iov = &m_sendIov;
        m_send.msg_iovlen = 1;
        m_send.msg_control = m_sendControl;
        m_send.msg_controllen = sizeof m_sendControl;
        cmsghdr *cmsg = CMSG_FIRSTHDR(&m_send);
        cmsg->cmsg_level = IPPROTO_SCTP;
        cmsg->cmsg_type = SCTP_SNDINFO;
        cmsg->cmsg_len = CMSG_LEN(sizeof(sctp_sndinfo));
        sctp_sndinfo info{};
        std::memcpy(CMSG_DATA(cmsg), &info, sizeof info);
    }
    ~PlainSocket() { ::close(m_fd); }

    void send(const char *data, int size)
    {
        m_sendIov.iov_base = const_cast<char *>(data);
        m_sendIov.iov_len = size_t(size);
        ssize_t n;
        do {
            n = ::sendmsg(m_fd, &m_send, MSG_NOSIGNAL);
        } while (n < 0 && errno == EINTR);
        if (n != size)
            fail("sendmsg(%d bytes) returned %zd: %s", size, n, std::strerror(errno));
    }

    // One whole message (0 bytes: end of stream), reassembled when the kernel hands it over in
    // parts (partial delivery under receive memory pressure); notifications are not subscribed
    // to.
    int64_t receive()
    {
        size_t have = 0;
        for (;;) {
            if (have == m_buffer.size())
                fail("recvmsg: a message larger than %zu bytes", m_buffer.size());
            iovec iov{m_buffer.data() + have, m_buffer.size() - have};
            msghdr msg{};
            msg.msg_iov = &iov;
            msg.msg_iovlen = 1;
            msg.msg_control = m_receiveControl;
            msg.msg_controllen = sizeof m_receiveControl;
            ssize_t n;
            do {
                n = ::recvmsg(m_fd, &msg, 0);
            } while (n < 0 && errno == EINTR);
            if (n < 0)
                fail("recvmsg: %s", std::strerror(errno));
            if (n == 0) {
                if (have)
                    fail("end of stream in the middle of a message");
                return 0;
            }
            if (msg.msg_flags & MSG_NOTIFICATION)
                fail("unexpected notification");
            // Read the receive info as a real application would.
            for (cmsghdr *cmsg = CMSG_FIRSTHDR(&msg); cmsg; cmsg = CMSG_NXTHDR(&msg, cmsg)) {
                if (cmsg->cmsg_level == IPPROTO_SCTP && cmsg->cmsg_type == SCTP_RCVINFO) {
                    sctp_rcvinfo info;
                    std::memcpy(&info, CMSG_DATA(cmsg), sizeof info);
                    m_lastStream = info.rcv_sid;
                }
            }
            if (m_lastStream != 0)
                fail("a message on stream %d", m_lastStream);
            have += size_t(n);
            if (msg.msg_flags & MSG_EOR)
                return int64_t(have);
        }
    }
    const char *data() const { return m_buffer.data(); }

private:
    int m_fd;
    std::vector<char> m_buffer;
    iovec m_sendIov;
    msghdr m_send{};
    alignas(cmsghdr) char m_sendControl[CMSG_SPACE(sizeof(sctp_sndinfo))] = {};
    alignas(cmsghdr) char m_receiveControl[CMSG_SPACE(sizeof(sctp_rcvinfo))] = {};
    int m_lastStream = 0;
};

int openSocket()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP);
    if (fd < 0)
        fail("socket(IPPROTO_SCTP): %s", std::strerror(errno));
    sctp_initmsg init{};
    init.sinit_num_ostreams = 10;
    init.sinit_max_instreams = 10;
    if (::setsockopt(fd, IPPROTO_SCTP, SCTP_INITMSG, &init, sizeof init) != 0)
        fail("setsockopt(SCTP_INITMSG): %s", std::strerror(errno));
    setBuffers(fd);
    setNoDelay(fd);
    setIntOption(fd, IPPROTO_SCTP, SCTP_RECVRCVINFO, 1, "SCTP_RECVRCVINFO");
    return fd;
}

sockaddr_in loopback(uint16_t port)
{
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return sin;
}

} // namespace

int plainReceiver(const RoleArgs &args)
{
    const int listener = openSocket();
    sockaddr_in sin = loopback(0);
    if (::bind(listener, reinterpret_cast<sockaddr *>(&sin), sizeof sin) != 0)
        fail("bind: %s", std::strerror(errno));
    if (::listen(listener, 4) != 0)
        fail("listen: %s", std::strerror(errno));
    socklen_t length = sizeof sin;
    if (::getsockname(listener, reinterpret_cast<sockaddr *>(&sin), &length) != 0)
        fail("getsockname: %s", std::strerror(errno));
    emitLine("PORT %u", unsigned(ntohs(sin.sin_port)));

    int fd;
    do {
        fd = ::accept(listener, nullptr, nullptr);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        fail("accept: %s", std::strerror(errno));
    ::close(listener);
    setNoDelay(fd);
    PlainSocket socket(fd);
    markStart();
    socket.send(&ReadyByte, 1);

    Checker checker("plain receiver", args.size, args.count);
    if (args.test == Test::OneWay) {
        int64_t end = 0;
        while (!checker.complete()) {
            const int64_t n = socket.receive();
            if (n == 0)
                fail("end of stream after %d messages", checker.received());
            checker.check(socket.data(), n);
        }
        end = monotonicNs();
        markEnd();
        socket.send(&DoneByte, 1);
        if (socket.receive() != 0)
            fail("data after the last message");
        emitUsage();
        emitLine("RECV %d %lld %lld", checker.received(), static_cast<long long>(checker.bytes()),
                 static_cast<long long>(end));
        return 0;
    }
    // Ping-pong: echo every message until the client closes.
    for (;;) {
        const int64_t n = socket.receive();
        if (n == 0)
            break;
        checker.check(socket.data(), n);
        socket.send(socket.data(), int(n));
        if (checker.complete())
            markEnd();
    }
    markEnd();
    if (!checker.complete())
        fail("end of stream after %d of %d round trips", checker.received(), args.count);
    emitUsage();
    emitLine("ECHO %d %lld", checker.received(), static_cast<long long>(checker.bytes()));
    return 0;
}

int plainSender(const RoleArgs &args)
{
    const int fd = openSocket();
    PlainSocket socket(fd);
    sockaddr_in sin = loopback(args.port);
    int result;
    do {
        result = ::connect(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin);
    } while (result != 0 && errno == EINTR);
    if (result != 0)
        fail("connect to port %u: %s", unsigned(args.port), std::strerror(errno));
    if (socket.receive() != 1 || socket.data()[0] != ReadyByte)
        fail("no ready message from the receiver");

    std::vector<char> payload(size_t(args.size));
    fillPattern(payload.data(), args.size);

    if (args.test == Test::OneWay) {
        const int64_t start = monotonicNs();
        markStart();
        for (int i = 0; i < args.count; ++i) {
            stamp(payload.data(), uint32_t(i));
            socket.send(payload.data(), args.size);
        }
        const int64_t sent = monotonicNs();
        if (socket.receive() != 1 || socket.data()[0] != DoneByte)
            fail("no done message from the receiver");
        markEnd();
        emitUsage();
        emitLine("SEND %lld %lld", static_cast<long long>(start), static_cast<long long>(sent));
        return 0;
    }
    Checker checker("plain client", args.size, args.count);
    const int64_t start = monotonicNs();
    markStart();
    for (int i = 0; i < args.count; ++i) {
        stamp(payload.data(), uint32_t(i));
        socket.send(payload.data(), args.size);
        const int64_t n = socket.receive();
        if (n == 0)
            fail("end of stream after %d round trips", i);
        checker.check(socket.data(), n);
    }
    const int64_t end = monotonicNs();
    markEnd();
    emitUsage();
    emitLine("RTT %lld %lld", static_cast<long long>(start), static_cast<long long>(end));
    return 0;
}

} // namespace bench
