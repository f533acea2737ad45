// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The rig and the address layer together: a real multi-homed association between two kernel
// SCTP sockets, set up with sctp_bindx() and sctp_connectx() on QSctpAddress's sockaddr arrays.

#include "qsctptestsupport.h"

#include <QtSctp/QSctpAddress>

#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <netinet/sctp.h>
#include <sys/socket.h>
#include <unistd.h>

using QtSctp::QSctpAddress;

namespace {

// Closes the descriptor when the test returns, whichever way it does.
struct Fd
{
    int fd = -1;
    explicit Fd(int f)
        : fd(f)
    { }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
};

QString lastError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(strerror(errno)));
}

// sctp_getladdrs() and sctp_getpaddrs() return packed sockaddr_in/sockaddr_in6 entries.
qsizetype packedSize(const sockaddr *addrs, int count)
{
    qsizetype size = 0;
    const char *p = reinterpret_cast<const char *>(addrs);
    for (int i = 0; i < count; ++i) {
        sa_family_t family;
        memcpy(&family, p + size, sizeof family);
        size += family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    }
    return size;
}

QSctpAddress localAddresses(int fd)
{
    sockaddr *addrs = nullptr;
    const int n = sctp_getladdrs(fd, 0, &addrs);
    if (n <= 0)
        return {};
    QSctpAddress result = QSctpAddress::fromSockaddrs(addrs, packedSize(addrs, n), n);
    sctp_freeladdrs(addrs);
    return result;
}

QSctpAddress peerAddresses(int fd)
{
    sockaddr *addrs = nullptr;
    const int n = sctp_getpaddrs(fd, 0, &addrs);
    if (n <= 0)
        return {};
    QSctpAddress result = QSctpAddress::fromSockaddrs(addrs, packedSize(addrs, n), n);
    sctp_freepaddrs(addrs);
    return result;
}

QList<QHostAddress> sorted(QList<QHostAddress> list)
{
    std::sort(list.begin(), list.end(), [](const QHostAddress &a, const QHostAddress &b) {
        return a.toString() < b.toString();
    });
    return list;
}

} // namespace

class tst_SctpSmoke : public QObject
{
    Q_OBJECT
private slots:
    void multiHomedAssociation_data();
    void multiHomedAssociation();
};

void tst_SctpSmoke::multiHomedAssociation_data()
{
    QTest::addColumn<QString>("listenOn");
    QTest::addColumn<QString>("expectedAddresses");

    QTest::newRow("IPv4 three addresses") << "127.0.0.1/127.0.0.2/127.0.0.3:0"
                                          << "127.0.0.1/127.0.0.2/127.0.0.3";
    QTest::newRow("IPv6 and IPv4") << "[::1]/127.0.0.1:0"
                                   << "127.0.0.1/[::1]";
}

void tst_SctpSmoke::multiHomedAssociation()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    QFETCH(QString, listenOn);
    QFETCH(QString, expectedAddresses);

    QString error;
    const QSctpAddress listenAddress = QSctpAddress::fromString(listenOn, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int family = listenAddress.addressFamily();

    // Server: bind every address at once, port 0 picks one for all of them.
    Fd server(::socket(family, SOCK_STREAM, IPPROTO_SCTP));
    QVERIFY2(server.fd >= 0, qPrintable(lastError("socket")));
    int count = 0;
    QByteArray addrs = listenAddress.toSockaddrs(QSctpAddress::Sctp, &count, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(count, listenAddress.addresses().size());
    QVERIFY2(sctp_bindx(server.fd, reinterpret_cast<sockaddr *>(addrs.data()), count,
                        SCTP_BINDX_ADD_ADDR)
                     == 0,
             qPrintable(lastError("sctp_bindx")));
    QVERIFY2(::listen(server.fd, 8) == 0, qPrintable(lastError("listen")));

    const QSctpAddress bound = localAddresses(server.fd);
    QVERIFY(bound.port() != 0);
    const QSctpAddress expected = QSctpAddress::fromString(
            expectedAddresses + QLatin1Char(':') + QString::number(bound.port()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sorted(bound.addresses()), sorted(expected.addresses()));

    // Client: connectx to all of the server's addresses.
    Fd client(::socket(family, SOCK_STREAM, IPPROTO_SCTP));
    QVERIFY2(client.fd >= 0, qPrintable(lastError("socket")));
    QByteArray peer = bound.toSockaddrs(QSctpAddress::Sctp, &count, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    sctp_assoc_t assocId = 0;
    QVERIFY2(sctp_connectx(client.fd, reinterpret_cast<sockaddr *>(peer.data()), count, &assocId)
                     == 0,
             qPrintable(lastError("sctp_connectx")));

    Fd accepted(::accept(server.fd, nullptr, nullptr));
    QVERIFY2(accepted.fd >= 0, qPrintable(lastError("accept")));

    // The association knows every address of the multi-homed server.
    const QSctpAddress seenByClient = peerAddresses(client.fd);
    QCOMPARE(seenByClient.port(), bound.port());
    QCOMPARE(sorted(seenByClient.addresses()), sorted(expected.addresses()));

    // One message on stream 1 with a PPID (network order on the wire), with its receive info.
    const int on = 1;
    QVERIFY(::setsockopt(accepted.fd, IPPROTO_SCTP, SCTP_RECVRCVINFO, &on, sizeof on) == 0);
    const QByteArray payload("smoke");
    QCOMPARE(sctp_sendmsg(client.fd, payload.constData(), payload.size(), nullptr, 0, htonl(46), 0,
                          1, 0, 0),
             payload.size());

    char buffer[64];
    char control[CMSG_SPACE(sizeof(sctp_rcvinfo))];
    iovec iov{buffer, sizeof buffer};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(accepted.fd, &msg, 0);
    QVERIFY2(n >= 0, qPrintable(lastError("recvmsg")));
    QCOMPARE(QByteArray(buffer, int(n)), payload);
    QVERIFY(msg.msg_flags & MSG_EOR);
    const cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
    QVERIFY(cmsg);
    QCOMPARE(cmsg->cmsg_level, int(IPPROTO_SCTP));
    QCOMPARE(cmsg->cmsg_type, int(SCTP_RCVINFO));
    sctp_rcvinfo info;
    memcpy(&info, CMSG_DATA(cmsg), sizeof info);
    QCOMPARE(info.rcv_sid, quint16(1));
    QCOMPARE(ntohl(info.rcv_ppid), 46u);
}

QTEST_GUILESS_MAIN(tst_SctpSmoke)
#include "tst_sctpsmoke.moc"
