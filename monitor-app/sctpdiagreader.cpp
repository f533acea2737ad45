// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "sctpdiagreader.h"

#include <QtCore/QByteArray>

#include <cerrno>
#include <cstring>

#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The kernel answers a dump at once; this only bounds a kernel that never does, so that the
// GUI's refresh cannot hang on it.
constexpr int ReplyTimeoutMsecs = 2000;

QString systemError(int code)
{
    return QString::fromLocal8Bit(strerror(code));
}

} // namespace

bool SctpDiagReader::dump(QList<SctpDiagRecord> *records, QString *errorString, bool *notAvailable,
                          QStringList *warnings)
{
    records->clear();
    if (notAvailable)
        *notAvailable = false;
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0) {
        const int code = errno;
        if (notAvailable)
            *notAvailable = code == EPROTONOSUPPORT || code == EAFNOSUPPORT;
        *errorString = tr("Cannot open a sock_diag netlink socket: %1").arg(systemError(code));
        return false;
    }
    int errorCode = 0;
    bool ok = dumpFamily(fd, AF_INET, 1, records, errorString, &errorCode, warnings);
    if (ok) {
        // IPv6 sockets are dumped apart. A kernel without IPv6 has no handler for them:
        // that loses nothing, the IPv4 dump has every association then.
        QString ipv6Error;
        int ipv6Code = 0;
        if (!dumpFamily(fd, AF_INET6, 2, records, &ipv6Error, &ipv6Code, warnings)) {
            if (ipv6Code != ENOENT && ipv6Code != EAFNOSUPPORT) {
                *errorString = ipv6Error;
                ok = false;
                errorCode = ipv6Code;
            }
        }
    }
    ::close(fd);
    if (!ok && errorCode == ENOENT) {
        // inet_diag finds no handler for IPPROTO_SCTP and could not load one.
        if (notAvailable)
            *notAvailable = true;
        *errorString = tr("the kernel has no sctp_diag (modprobe sctp_diag loads it where SCTP "
                          "is a module): %1")
                               .arg(*errorString);
    }
    if (!ok)
        records->clear();
    return ok;
}

bool SctpDiagReader::dumpFamily(int fd, int family, quint32 sequence,
                                QList<SctpDiagRecord> *records, QString *errorString,
                                int *errorCode, QStringList *warnings)
{
    const QByteArray request = SctpDiagParser::dumpRequest(family, sequence);
    sockaddr_nl kernel;
    std::memset(&kernel, 0, sizeof kernel);
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(fd, request.constData(), size_t(request.size()), 0,
                        reinterpret_cast<const sockaddr *>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent != request.size()) {
        *errorCode = sent < 0 ? errno : EIO;
        *errorString = tr("Cannot send the sock_diag request: %1").arg(systemError(*errorCode));
        return false;
    }
    QByteArray buffer;
    for (;;) {
        pollfd readable{fd, POLLIN, 0};
        const int ready = ::poll(&readable, 1, ReplyTimeoutMsecs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            *errorCode = ready < 0 ? errno : ETIMEDOUT;
            *errorString = ready < 0
                    ? tr("Waiting for sock_diag: %1").arg(systemError(errno))
                    : tr("sock_diag did not answer within %1 ms").arg(ReplyTimeoutMsecs);
            return false;
        }
        // Peek at the datagram's size first: a dump's datagrams can exceed a page.
        const ssize_t size = ::recv(fd, nullptr, 0, MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
        if (size < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            *errorCode = errno;
            *errorString = tr("Reading sock_diag: %1").arg(systemError(*errorCode));
            return false;
        }
        buffer.resize(qMax<qsizetype>(size, NLMSG_HDRLEN));
        const ssize_t received = ::recv(fd, buffer.data(), size_t(buffer.size()), MSG_DONTWAIT);
        if (received < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            *errorCode = errno;
            *errorString = tr("Reading sock_diag: %1").arg(systemError(*errorCode));
            return false;
        }
        const SctpDiagParser::Batch batch = SctpDiagParser::parseDatagram(
                QByteArrayView(buffer.constData(), received), sequence);
        records->append(batch.records);
        if (warnings)
            warnings->append(batch.warnings);
        if (!batch.error.isEmpty()) {
            *errorCode = batch.errorCode;
            *errorString = batch.error;
            return false;
        }
        if (batch.done)
            return true;
    }
}
