// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_TESTSUPPORT_H
#define QTSCTP_TESTSUPPORT_H

#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>
#include <QtSctp/QtSctpEngine>

#include <QtCore/qbytearray.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qstring.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qhostaddress.h>
#include <QtTest/qtest.h>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace QtSctp {
// In the library for its own tests, in no public header: an option of the engine behind a
// QSctpSocket or QSctpServer, in Linux's numbers and layouts whatever the engine (0 or errno).
QTSCTP_EXPORT int qsctpTestEngineGetOption(const QObject *object, int level, int name, void *value,
                                           unsigned *length);
QTSCTP_EXPORT int qsctpTestEngineSetOption(QObject *object, int level, int name, const void *value,
                                           unsigned length);
} // namespace QtSctp

namespace QtSctpTest {

// Spins the event loop until pred() holds (true) or msecs pass (false). Unlike QTRY_* it
// returns as soon as the condition holds: a timer wakes the loop to re-check it.
template<typename Predicate>
bool waitUntil(Predicate pred, int msecs = 10000)
{
    if (pred())
        return true;
    const QDeadlineTimer deadline(msecs);
    QTimer tick;
    tick.start(5);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline QHostAddress ip(const char *text)
{
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(text)))
        qFatal("bad test address %s", text);
    return a;
}

// IPv4-mapped IPv6 addresses as plain IPv4.
inline QHostAddress plainAddress(const QHostAddress &a)
{
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}

// The engine this test process runs against, as a socket reports it: "kernel" or "usrsctp"
// (ctest sets QTSCTP_ENGINE for each variant of a suite).
inline QString engineName()
{
    return QtSctp::QSctpSocket().engineName();
}

inline bool isUsrsctp()
{
    return engineName() == QLatin1String("usrsctp");
}

// For initTestCase(): a direct run of a usrsctp variant takes a free UDP encapsulation port as
// ctest gives it one (QTSCTP_USRSCTP_UDP_PORT=0), so that it never collides with another.
inline void prepareEngine()
{
    if (isUsrsctp() && qEnvironmentVariableIsEmpty("QTSCTP_USRSCTP_UDP_PORT"))
        qputenv("QTSCTP_USRSCTP_UDP_PORT", "0");
    qInfo("SCTP engine: %s", qPrintable(engineName()));
}

// An option as the engine behind a socket or server has it (getsockopt() on the kernel
// engine's descriptor; the usrsctp engine's translation of its own).
template<typename T>
bool engineOption(const QObject *object, int level, int name, T *value)
{
    unsigned length = sizeof *value;
    return QtSctp::qsctpTestEngineGetOption(object, level, name, value, &length) == 0;
}

template<typename T>
bool setEngineOption(QObject *object, int level, int name, const T &value)
{
    return QtSctp::qsctpTestEngineSetOption(object, level, name, &value, sizeof value) == 0;
}

// Empty when this kernel can open an SCTP socket, otherwise why it cannot.
inline QString kernelSctpUnavailableReason()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    const int err = errno;
    return QStringLiteral("this kernel cannot open an SCTP socket (socket(AF_INET, SOCK_STREAM, "
                          "IPPROTO_SCTP): %1); run the test under scripts/with-sctp")
            .arg(QString::fromLocal8Bit(std::strerror(err)));
}

// scripts/with-sctp sets QTSCTP_WITH_SCTP: there a missing SCTP stack is a failure.
inline bool sctpRequired()
{
    return !qEnvironmentVariableIsEmpty("QTSCTP_WITH_SCTP");
}

// Linux binds any address of 127.0.0.0/8; the usrsctp engine only the addresses of the host's
// interfaces (127.0.0.1 of lo), so multi-homing on loopback beyond 127.0.0.1 is kernel-only.
inline bool usesLoopbackAliases(const QString &addresses)
{
    for (const char *alias : {"127.0.0.2", "127.0.0.3", "127.0.0.4"}) {
        if (addresses.contains(QLatin1String(alias)))
            return true;
    }
    return false;
}

// The usrsctp engine has no IPV6_V6ONLY: sctp6 (IPv6 only) is refused, for a server and for a
// socket, with UnsupportedError naming the engine. Reports through QtTest.
inline void checkSctp6Refused()
{
    QtSctp::QSctpServer server;
    QVERIFY(!server.listen(QStringLiteral("[::1]:0"), QtSctp::QSctpAddress::Sctp6));
    QCOMPARE(server.serverError(), QtSctp::QSctpSocket::UnsupportedError);
    QVERIFY2(server.errorString().contains(QLatin1String("not supported by the usrsctp engine")),
             qPrintable(server.errorString()));
    QtSctp::QSctpSocket socket;
    socket.connectToHost(QStringLiteral("[::1]:9"), QtSctp::QSctpAddress::Sctp6);
    QVERIFY(!socket.waitForConnected(5000));
    QCOMPARE(socket.error(), QtSctp::QSctpSocket::UnsupportedError);
    QVERIFY2(socket.errorString().contains(QLatin1String("not supported by the usrsctp engine")),
             qPrintable(socket.errorString()));
}

// A listen() on 127.0.0.x aliases refused by the usrsctp engine, with the reason.
inline void checkLoopbackAliasesRefused(QtSctp::QSctpServer *server, const QString &addresses,
                                        QtSctp::QSctpAddress::Network network
                                        = QtSctp::QSctpAddress::Sctp)
{
    QVERIFY(!server->listen(addresses, network));
    QCOMPARE(server->serverError(), QtSctp::QSctpSocket::AddressNotAvailableError);
    QVERIFY2(server->errorString().contains(QLatin1String("usrsctp engine binds only")),
             qPrintable(server->errorString()));
}

} // namespace QtSctpTest

// On the usrsctp engine an sctp6 row asserts the refusal and ends there.
#define QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network) \
    do { \
        if (QtSctpTest::isUsrsctp() && (network) == QtSctp::QSctpAddress::Sctp6) { \
            QtSctpTest::checkSctp6Refused(); \
            return; \
        } \
    } while (false)

// On the usrsctp engine a row on 127.0.0.x aliases asserts that listen() refuses them and ends.
#define QTSCTP_ALIASES_REFUSED_ON_USRSCTP(server, addresses, ...) \
    do { \
        if (QtSctpTest::isUsrsctp() && QtSctpTest::usesLoopbackAliases(addresses)) { \
            QtSctpTest::checkLoopbackAliasesRefused(server, addresses, ##__VA_ARGS__); \
            return; \
        } \
    } while (false)

// Skips (on a plain host) or fails (under scripts/with-sctp) when kernel SCTP is missing.
#define QTSCTP_REQUIRE_KERNEL_SCTP() \
    do { \
        const QString reason_ = QtSctpTest::kernelSctpUnavailableReason(); \
        if (!reason_.isEmpty()) { \
            if (QtSctpTest::sctpRequired()) \
                QFAIL(qPrintable(reason_)); \
            QSKIP(qPrintable(reason_)); \
        } \
    } while (false)

// The behaviour suites run on both engines: on usrsctp nothing kernel-side is needed; on the
// kernel engine as QTSCTP_REQUIRE_KERNEL_SCTP().
#define QTSCTP_REQUIRE_SCTP_ENGINE() \
    do { \
        if (!QtSctpTest::isUsrsctp()) \
            QTSCTP_REQUIRE_KERNEL_SCTP(); \
    } while (false)

// A case that needs kernel-only facilities (network namespaces, sysctls, a kernel socket):
// skipped on the usrsctp engine with the reason.
#define QTSCTP_SKIP_ON_USRSCTP(reason) \
    do { \
        if (QtSctpTest::isUsrsctp()) \
            QSKIP("not on the usrsctp engine: " reason); \
    } while (false)

#endif // QTSCTP_TESTSUPPORT_H
