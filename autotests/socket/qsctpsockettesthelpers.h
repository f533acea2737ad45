// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Shared by tst_qsctpsocket and tst_qsctpserver: a connected pair of QSctpSockets, waiting
// on the event loop without fixed sleeps, and the extra addresses a test kernel can have.

#ifndef QTSCTP_QSCTPSOCKETTESTHELPERS_H
#define QTSCTP_QSCTPSOCKETTESTHELPERS_H

#include "qsctptestsupport.h"

#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QTimer>
#include <QtTest/QtTest>

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace QtSctpTest {

// IPv4-mapped IPv6 addresses as plain IPv4, sorted: kernels list the same set in either form.
inline QList<QHostAddress> plain(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> result;
    for (const QHostAddress &a : addresses) {
        bool ok = false;
        const quint32 v4 = a.toIPv4Address(&ok);
        result.append(ok ? QHostAddress(v4) : QHostAddress(a.toString()));
    }
    std::sort(result.begin(), result.end(), [](const QHostAddress &l, const QHostAddress &r) {
        return l.toString() < r.toString();
    });
    return result;
}

inline QString names(const QList<QHostAddress> &addresses)
{
    QStringList list;
    for (const QHostAddress &a : addresses)
        list.append(a.toString());
    return list.join(u'/');
}

// True inside scripts/with-sctp's User-Mode Linux as root: the test kernel's network is ours
// to configure (on a host with SCTP it is the host's, which tests leave alone).
inline bool canConfigureNetwork()
{
    return qgetenv("QTSCTP_WITH_SCTP") == "uml" && ::geteuid() == 0;
}

inline bool canBind(int family, const QHostAddress &address)
{
    const int fd = ::socket(family, SOCK_DGRAM, 0);
    if (fd < 0)
        return false;
    bool ok = false;
    if (family == AF_INET6) {
        sockaddr_in6 sin6{};
        sin6.sin6_family = AF_INET6;
        const Q_IPV6ADDR a6 = address.toIPv6Address();
        std::memcpy(&sin6.sin6_addr, a6.c, 16);
        ok = ::bind(fd, reinterpret_cast<sockaddr *>(&sin6), sizeof sin6) == 0;
    } else {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(address.toIPv4Address());
        ok = ::bind(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) == 0;
    }
    ::close(fd);
    return ok;
}

// What setUpIPv6MultiHoming() and setUpBlackhole() added to the test kernel's network, so that
// tearDownTestNetwork() removes exactly that: every SCTP test binary shares one test kernel, and
// an interface left behind changes what later tests see (a client bound to every address of
// the host then also lists 10.254.254.1).
struct TestNetworkChanges
{
    bool ula = false;
    bool blackhole = false;
};

inline TestNetworkChanges &testNetworkChanges()
{
    static TestNetworkChanges changes;
    return changes;
}

// ULA addresses fd00::1 to fd00::3 on lo (IPv6 multi-homing; ::1 does not mix with them).
inline bool setUpIPv6MultiHoming()
{
    if (canBind(AF_INET6, ip("fd00::3")))
        return true;
    if (!canConfigureNetwork())
        return false;
    testNetworkChanges().ula = true;
    for (const char *a : {"fd00::1/128", "fd00::2/128", "fd00::3/128"}) {
        QProcess::execute(QStringLiteral("ip"),
                          {QStringLiteral("-6"), QStringLiteral("addr"), QStringLiteral("add"),
                           QString::fromLatin1(a), QStringLiteral("dev"), QStringLiteral("lo"),
                           QStringLiteral("nodad")});
    }
    return canBind(AF_INET6, ip("fd00::3"));
}

// A dummy interface that swallows everything sent to 10.254.254.0/24, and a default route
// through it: 10.254.254.9 then never answers, and no packet leaves the test kernel.
inline bool setUpBlackhole()
{
    // The usrsctp engine receives on its UDP port for all of 127.0.0.0/8 but answers only for
    // the host's interface addresses: an INIT to 127.0.0.9 is dropped without a word, and no
    // packet leaves the host.
    if (isUsrsctp())
        return true;
    if (QFile::exists(QStringLiteral("/sys/class/net/dummy0")))
        return canBind(AF_INET, ip("10.254.254.1"));
    if (!canConfigureNetwork())
        return false;
    testNetworkChanges().blackhole = true;
    const QList<QStringList> commands = {
            {QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("dummy0"),
             QStringLiteral("type"), QStringLiteral("dummy")},
            {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("dummy0"),
             QStringLiteral("up")},
            {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.254.254.1/24"),
             QStringLiteral("dev"), QStringLiteral("dummy0")},
            {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
             QStringLiteral("via"), QStringLiteral("10.254.254.2")},
    };
    for (const QStringList &args : commands)
        QProcess::execute(QStringLiteral("ip"), args);
    return canBind(AF_INET, ip("10.254.254.1"));
}

// Removes what this process added (deleting dummy0 takes its address and route with it).
inline void tearDownTestNetwork()
{
    TestNetworkChanges &changes = testNetworkChanges();
    if (changes.blackhole) {
        QProcess::execute(
                QStringLiteral("ip"),
                {QStringLiteral("link"), QStringLiteral("del"), QStringLiteral("dummy0")});
    }
    if (changes.ula) {
        for (const char *a : {"fd00::1/128", "fd00::2/128", "fd00::3/128"}) {
            QProcess::execute(QStringLiteral("ip"),
                              {QStringLiteral("-6"), QStringLiteral("addr"), QStringLiteral("del"),
                               QString::fromLatin1(a), QStringLiteral("dev"),
                               QStringLiteral("lo")});
        }
    }
    changes = {};
}

inline const QHostAddress &blackholeAddress()
{
    static const QHostAddress address = ip("10.254.254.9");
    static const QHostAddress usrsctpAddress = ip("127.0.0.9");
    return isUsrsctp() ? usrsctpAddress : address;
}

// A listening server and a client connected to it, with the accepted end.
struct Association
{
    std::unique_ptr<QtSctp::QSctpServer> server = std::make_unique<QtSctp::QSctpServer>();
    std::unique_ptr<QtSctp::QSctpSocket> client = std::make_unique<QtSctp::QSctpSocket>();
    QPointer<QtSctp::QSctpSocket> accepted; // owned by server
};

// Listens on listenAddress (port 0), connects the client to serverAddress() and accepts it.
// Reports failures through QtTest; callers check QTest::currentTestFailed() (ESTABLISH).
inline void establish(Association &a, const QString &listenAddress = QStringLiteral("127.0.0.1:0"),
                      QtSctp::QSctpAddress::Network network = QtSctp::QSctpAddress::Sctp)
{
    QVERIFY2(a.server->listen(listenAddress, network), qPrintable(a.server->errorString()));
    a.client->connectToHost(a.server->serverAddress(), network);
    QVERIFY2(a.client->waitForConnected(10000), qPrintable(a.client->errorString()));
    QCOMPARE(a.client->state(), QtSctp::QSctpSocket::ConnectedState);
    QVERIFY2(a.server->waitForNewConnection(10000), qPrintable(a.server->errorString()));
    a.accepted = a.server->nextPendingConnection();
    QVERIFY(a.accepted);
    QCOMPARE(a.accepted->state(), QtSctp::QSctpSocket::ConnectedState);
}

} // namespace QtSctpTest

#define ESTABLISH(...) \
    do { \
        QtSctpTest::establish(__VA_ARGS__); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

#define WAIT_UNTIL(condition, msecs) \
    QVERIFY2(QtSctpTest::waitUntil([&] { return bool(condition); }, msecs), \
             "timed out waiting for " #condition)

#endif // QTSCTP_QSCTPSOCKETTESTHELPERS_H
