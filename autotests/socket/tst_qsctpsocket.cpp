// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// QtSctp::QSctpSocket over real kernel SCTP (run under scripts/with-sctp).
//
// Ported from georgeyanev/go-sctp where the scenario applies: TestDialerLocalAddrSCTP,
// TestDialClosedPortFailFastSCTP, TestDialListenerAddrSCTP, TestDialerControlSCTP,
// TestDialTimeout, the ReadMsg-with-a-small-buffer, zero-byte read, CloseRead, CloseWrite,
// linger and INIT stream tests. The rest covers what QSctpSocket adds: streams and PPIDs,
// message sizes, the bounded read queue, the QIODevice face, receive modes, hooks and states.
//
// Extra addresses (fd00::1 to fd00::3 on lo) and a blackhole route (10.254.254.0/24 on a
// dummy interface) are set up when the test runs as root inside scripts/with-sctp's UML.

#include "qsctpsockettesthelpers.h"

#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>

#include <QtCore/QDataStream>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QThread>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <chrono>
#include <fcntl.h>
#include <netinet/sctp.h>
#include <thread>

using QtSctp::QSctpAddress;
using QtSctp::QSctpInitOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;
using QtSctpTest::Association;
using QtSctpTest::ip;
using QtSctpTest::plain;

namespace {

// UML is slow and has one CPU: timeouts must return not before their time and within this.
constexpr int TimingSlack = 2000;
constexpr int PeerCloseDelay = 200;

QByteArray pattern(qsizetype size, int seed = 0)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + seed) % 251);
    return data;
}

QSctpAddress address(const char *text)
{
    QString error;
    const QSctpAddress a = QSctpAddress::fromString(QString::fromLatin1(text), &error);
    if (!error.isEmpty())
        qFatal("bad test address %s: %s", text, qPrintable(error));
    return a;
}

int intOption(qintptr fd, int level, int option)
{
    int value = -1;
    socklen_t length = sizeof value;
    if (::getsockopt(int(fd), level, option, &value, &length) != 0)
        return -1;
    return value;
}

} // namespace

class tst_QSctpSocket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // go-sctp's dialer tests.
    void dialerLocalAddress_data();
    void dialerLocalAddress();
    void connectClosedPortFailsFast_data();
    void connectClosedPortFailsFast();
    void connectToUnspecifiedMeansLocal_data();
    void connectToUnspecifiedMeansLocal();
    void connectToHostString_data();
    void connectToHostString();
    void preConnectHook_data();
    void preConnectHook();
    void connectTimeout_data();
    void connectTimeout();
    void abortDuringConnect_data();
    void abortDuringConnect();

    // States and calls in the wrong state.
    void statesAndSignals();
    void sendBeforeConnect();
    void connectTwice_data();
    void connectTwice();
    void callsWhileUnconnected();
    void messagesQueuedWhileConnecting();

    // Streams and messages.
    void initStreamNegotiation_data();
    void initStreamNegotiation();
    void messagesOnEveryStream_data();
    void messagesOnEveryStream();
    void messageSizes_data();
    void messageSizes();
    void messageLargerThanSendBuffer();
    void emptyMessage();
    void streamBeyondNegotiated_data();
    void streamBeyondNegotiated();
    void messageOverMaxMessageSize_data();
    void messageOverMaxMessageSize();
    void slowConsumer();
    void manyMessagesOverManyStreams();
    void sendToAddress_data();
    void sendToAddress();

    // Receiving: modes, fragments and the QIODevice face.
    void receiveModes_data();
    void receiveModes();
    void readOneByteAtATime_data();
    void readOneByteAtATime();
    void zeroByteRead();
    void receiveBatchSharedBetweenSockets();
    void ioDeviceWrite();
    void ioDeviceReadAcrossMessages();
    void dataStreamRoundTrip();

    // Ending an association.
    void closeReadThenRead();
    void closeWriteThenWrite();
    void peerCloseWakesWaitForReadyRead();
    void closeKinds_data();
    void closeKinds();
    void disconnectFlushesSendQueue();

    // Blocking calls and addresses.
    void blockingUse();
    void waitForTimeouts_data();
    void waitForTimeouts();
    void localAndPeerAddresses_data();
    void localAndPeerAddresses();

private:
    bool m_ipv6MultiHoming = false;
    bool m_blackhole = false;
};

void tst_QSctpSocket::initTestCase()
{
    QtSctpTest::prepareEngine();
    if (!QtSctpTest::isUsrsctp() && !QtSctpTest::kernelSctpUnavailableReason().isEmpty())
        return; // every test skips, or fails under with-sctp
    m_ipv6MultiHoming = QtSctpTest::setUpIPv6MultiHoming();
    m_blackhole = QtSctpTest::setUpBlackhole();
}

void tst_QSctpSocket::cleanupTestCase()
{
    QtSctpTest::tearDownTestNetwork();
}

// --- go-sctp's dialer tests --------------------------------------------------------------------

void tst_QSctpSocket::dialerLocalAddress_data()
{
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QString>("peer"); // host only: the port is the matching server's
    QTest::addColumn<bool>("bind");
    QTest::addColumn<QList<QHostAddress>>("local");
    QTest::addColumn<bool>("succeeds");

    const QHostAddress none; // go's net.IPAddr{}: an entry without an IP
    const QList<std::pair<const char *, QList<QHostAddress>>> locals = {
            {"empty", {}},
            {"nil-ip", {none}},
            {"0.0.0.0", {ip("0.0.0.0")}},
            {"::", {ip("::")}},
            {"127.0.0.1", {ip("127.0.0.1")}},
            {"::ffff:0.0.0.0", {ip("::ffff:0.0.0.0")}},
            {"::ffff:127.0.0.1", {ip("::ffff:127.0.0.1")}},
            {"::1", {ip("::1")}},
    };
    // go-sctp's table: which local address works with which network and peer.
    struct Row
    {
        QSctpAddress::Network network;
        const char *peer;
        QStringList failing;
        QStringList skipped; // rows go-sctp's table does not have
    };
    const Row rows[] = {
            {QSctpAddress::Sctp4, "127.0.0.1", {"::", "::1"}, {"::ffff:127.0.0.1"}},
            {QSctpAddress::Sctp6, "::1", {"127.0.0.1", "::ffff:127.0.0.1"}, {"::ffff:0.0.0.0"}},
            {QSctpAddress::Sctp, "127.0.0.1", {"::1"}, {"::", "::ffff:0.0.0.0"}},
            {QSctpAddress::Sctp, "::1", {"127.0.0.1", "::ffff:127.0.0.1"}, {"::ffff:0.0.0.0"}},
    };
    for (const Row &row : rows) {
        const QString net = QSctpAddress::networkName(row.network);
        QTest::addRow("%s %s <- none", qPrintable(net), row.peer)
                << row.network << QString::fromLatin1(row.peer) << false << QList<QHostAddress>()
                << true;
        for (const auto &[name, list] : locals) {
            if (row.skipped.contains(QLatin1String(name)))
                continue;
            QTest::addRow("%s %s <- %s", qPrintable(net), row.peer, name)
                    << row.network << QString::fromLatin1(row.peer) << true << list
                    << !row.failing.contains(QLatin1String(name));
        }
    }
    // With IPv4-mapped addresses (Linux has them), a wildcard IPv6 bind reaches IPv4 peers.
    // go-sctp's row names 127.0.0.199 but dials its sctp4 server's 127.0.0.1 (an association
    // to 127.0.0.199 never starts with Linux: the wildcard server does not list it).
    QTest::newRow("sctp 127.0.0.1 <- ::") << QSctpAddress::Sctp << QStringLiteral("127.0.0.1")
                                          << true << QList<QHostAddress>{ip("::")} << true;
}

void tst_QSctpSocket::dialerLocalAddress()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QString, peer);
    QFETCH(bool, bind);
    QFETCH(QList<QHostAddress>, local);
    QFETCH(bool, succeeds);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    // go-sctp's servers: sctp4 and sctp6 (here the sctp4 one takes all of 127/8). The usrsctp
    // engine has no sctp6: its IPv6 server is bound to ::1 alone, which comes to the same here.
    QSctpServer server4;
    QSctpServer server6;
    QVERIFY2(server4.listen(QStringLiteral(":0"), QSctpAddress::Sctp4),
             qPrintable(server4.errorString()));
    QVERIFY2(server6.listen(QStringLiteral("[::1]:0"),
                            QtSctpTest::isUsrsctp() ? QSctpAddress::Sctp : QSctpAddress::Sctp6),
             qPrintable(server6.errorString()));

    const QHostAddress peerIp = ip(peer.toLatin1().constData());
    QSctpServer &server = peerIp.protocol() == QAbstractSocket::IPv4Protocol ? server4 : server6;
    QSctpSocket client;
    if (bind)
        client.setLocalBindAddress(QSctpAddress(local, 0));
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    client.connectToHost(QSctpAddress(peerIp, server.serverPort()), network);
    QElapsedTimer timer;
    timer.start();
    const bool connected = client.waitForConnected(5000);
    if (!succeeds) {
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!connected, qPrintable(QSctpAddress::networkName(network)));
        QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
        QVERIFY(client.error() != QSctpSocket::NoError);
        QCOMPARE(client.error(), QSctpSocket::InvalidAddressError); // at once, not hanging
        QVERIFY(!errorSpy.isEmpty());
        QVERIFY(!client.errorString().isEmpty());
        return;
    }
    QVERIFY2(connected, qPrintable(client.errorString()));
    QCOMPARE(client.error(), QSctpSocket::NoError);
    QVERIFY(server.waitForNewConnection(5000));
    QSctpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    // Both ends agree on who is who.
    QCOMPARE(accepted->peerAddress().port(), client.localAddress().port());
    QCOMPARE(client.peerAddress().port(), server.serverPort());
    // A wildcard server offers all of its addresses, among them the one dialled.
    QVERIFY2(plain(client.peerAddress().addresses()).contains(plain({peerIp}).first()),
             qPrintable(QtSctpTest::names(client.peerAddress().addresses())));
}

void tst_QSctpSocket::connectClosedPortFailsFast_data()
{
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<bool>("blocking");
    for (bool blocking : {true, false}) {
        const char *how = blocking ? "waitForConnected" : "event loop";
        QTest::addRow("sctp %s", how) << QSctpAddress::Sctp << "127.0.0.1:0" << blocking;
        QTest::addRow("sctp4 %s", how) << QSctpAddress::Sctp4 << "127.0.0.1:0" << blocking;
        QTest::addRow("sctp6 %s", how) << QSctpAddress::Sctp6 << "[::1]:0" << blocking;
    }
}

void tst_QSctpSocket::connectClosedPortFailsFast()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QString, listenAddress);
    QFETCH(bool, blocking);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    // As go-sctp: keep an association so the port stays taken, then close the listener.
    Association a;
    ESTABLISH(a, listenAddress, network);
    const QSctpAddress target = a.server->serverAddress();
    a.server->close();
    QVERIFY(!a.server->isListening());

    QSctpSocket client;
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    QElapsedTimer timer;
    timer.start();
    client.connectToHost(target, network);
    if (blocking)
        QVERIFY(!client.waitForConnected(10000));
    else
        WAIT_UNTIL(client.state() == QSctpSocket::UnconnectedState, 10000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client.error(), QSctpSocket::ConnectionRefusedError);
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(errorSpy.first().first().value<QSctpSocket::Error>(),
             QSctpSocket::ConnectionRefusedError);
    QVERIFY(connectedSpy.isEmpty());
    QVERIFY(!client.errorString().isEmpty());
    QCOMPARE(client.socketDescriptor(), qintptr(-1));
    // The old association is unharmed.
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
}

void tst_QSctpSocket::connectToUnspecifiedMeansLocal_data()
{
    QTest::addColumn<QSctpAddress::Network>("serverNetwork");
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QString>("peer"); // %1 is the port

    // TestDialListenerAddrSCTP: "[::]:port" reaches a local sctp4 listener.
    QTest::newRow("sctp4 [::]") << QSctpAddress::Sctp4 << "127.0.0.1:0" << QSctpAddress::Sctp4
                                << "[::]:%1";
    // TestDialWithNonZeroDeadline and Dial's documentation: ":port" is the local system.
    QTest::newRow("sctp :port") << QSctpAddress::Sctp << ":0" << QSctpAddress::Sctp << ":%1";
    QTest::newRow("sctp 0.0.0.0") << QSctpAddress::Sctp4 << "127.0.0.1:0" << QSctpAddress::Sctp
                                  << "0.0.0.0:%1";
    QTest::newRow("sctp6 [::]") << QSctpAddress::Sctp6 << "[::1]:0" << QSctpAddress::Sctp6
                                << "[::]:%1";
}

void tst_QSctpSocket::connectToUnspecifiedMeansLocal()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAddress::Network, serverNetwork);
    QFETCH(QString, listenAddress);
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QString, peer);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    QSctpServer server;
    QVERIFY2(server.listen(listenAddress, serverNetwork), qPrintable(server.errorString()));
    QSctpSocket client;
    client.connectToHost(peer.arg(server.serverPort()), network);
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QVERIFY(server.waitForNewConnection(5000));
    QSctpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(accepted->peerAddress().port(), client.localAddress().port());
}

void tst_QSctpSocket::connectToHostString_data()
{
    QTest::addColumn<QString>("peer"); // %1 is the port
    QTest::addColumn<bool>("blocking");
    for (bool blocking : {true, false}) {
        const char *how = blocking ? "waitForConnected" : "event loop";
        QTest::addRow("literal %s", how) << "127.0.0.1:%1" << blocking;
        QTest::addRow("literal ipv6 %s", how) << "[::1]:%1" << blocking;
        QTest::addRow("localhost %s", how) << "localhost:%1" << blocking;
    }
}

void tst_QSctpSocket::connectToHostString()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, peer);
    QFETCH(bool, blocking);

    QSctpServer server;
    QVERIFY2(server.listen(QStringLiteral(":0")), qPrintable(server.errorString()));
    QSctpSocket client;
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    client.connectToHost(peer.arg(server.serverPort()));
    QCOMPARE(client.state(), QSctpSocket::ConnectingState);
    if (blocking)
        QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    else
        WAIT_UNTIL(client.state() != QSctpSocket::ConnectingState, 5000);
    QCOMPARE(client.state(), QSctpSocket::ConnectedState);
    QCOMPARE(connectedSpy.count(), 1);
    QCOMPARE(client.peerAddress().port(), server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
}

void tst_QSctpSocket::preConnectHook_data()
{
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("refuse");
    for (bool refuse : {false, true}) {
        const char *what = refuse ? "refuses" : "accepts";
        QTest::addRow("sctp %s", what) << QSctpAddress::Sctp << "127.0.0.1:0" << AF_INET << refuse;
        QTest::addRow("sctp4 %s", what)
                << QSctpAddress::Sctp4 << "127.0.0.1:0" << AF_INET << refuse;
        QTest::addRow("sctp6 %s", what) << QSctpAddress::Sctp6 << "[::1]:0" << AF_INET6 << refuse;
    }
}

void tst_QSctpSocket::preConnectHook()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QString, listenAddress);
    QFETCH(int, family);
    QFETCH(bool, refuse);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    QSctpServer server;
    QVERIFY2(server.listen(listenAddress, network), qPrintable(server.errorString()));

    if (QtSctpTest::isUsrsctp()) {
        // No kernel socket to hand to the hook: refused, naming the engine, before any INIT.
        QSctpSocket client;
        int calls = 0;
        client.setPreConnectHook([&](qintptr, QString *) {
            ++calls;
            return !refuse;
        });
        client.connectToHost(server.serverAddress(), network);
        QVERIFY(!client.waitForConnected(5000));
        QCOMPARE(calls, 0);
        QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
        QCOMPARE(client.error(), QSctpSocket::UnsupportedError);
        QVERIFY2(client.errorString().contains(
                         QLatin1String("pre-connect hook is not supported by the usrsctp engine")),
                 qPrintable(client.errorString()));
        QVERIFY(!server.waitForNewConnection(200));
        return;
    }

    QSctpSocket client;
    int calls = 0;
    qintptr seen = -1;
    int protocol = -1, type = -1, domain = -1;
    bool nonBlocking = false;
    bool unconnected = false;
    client.setPreConnectHook([&](qintptr fd, QString *errorString) {
        ++calls;
        seen = fd;
        protocol = intOption(fd, SOL_SOCKET, SO_PROTOCOL);
        type = intOption(fd, SOL_SOCKET, SO_TYPE);
        domain = intOption(fd, SOL_SOCKET, SO_DOMAIN);
        nonBlocking = ::fcntl(int(fd), F_GETFL) & O_NONBLOCK;
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        unconnected = ::getpeername(int(fd), reinterpret_cast<sockaddr *>(&peer), &length) != 0
                && errno == ENOTCONN;
        if (refuse) {
            *errorString = QStringLiteral("not today");
            return false;
        }
        // What the hook sets sticks: ask for 3 outbound streams (the INIT is not sent yet).
        sctp_initmsg init{};
        init.sinit_num_ostreams = 3;
        init.sinit_max_instreams = 10;
        return ::setsockopt(int(fd), IPPROTO_SCTP, SCTP_INITMSG, &init, sizeof init) == 0;
    });
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    client.connectToHost(server.serverAddress(), network);
    const bool connected = client.waitForConnected(5000);

    QCOMPARE(calls, 1);
    QVERIFY(seen >= 0);
    QCOMPARE(protocol, int(IPPROTO_SCTP));
    QCOMPARE(type, int(SOCK_STREAM));
    QCOMPARE(domain, family);
    QVERIFY(nonBlocking);
    QVERIFY(unconnected);
    if (refuse) {
        QVERIFY(!connected);
        QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
        QCOMPARE(client.error(), QSctpSocket::HookError);
        QCOMPARE(errorSpy.count(), 1);
        QVERIFY2(client.errorString().contains(QLatin1String("not today")),
                 qPrintable(client.errorString()));
        // Nothing was sent.
        QVERIFY(!server.waitForNewConnection(200));
        return;
    }
    QVERIFY2(connected, qPrintable(client.errorString()));
    QCOMPARE(client.socketDescriptor(), seen);
    QCOMPARE(client.outboundStreamCount(), 3);
    QVERIFY(server.waitForNewConnection(5000));
    QCOMPARE(server.nextPendingConnection()->inboundStreamCount(), 3);
}

void tst_QSctpSocket::connectTimeout_data()
{
    QTest::addColumn<bool>("blocking");
    QTest::newRow("waitForConnected") << true;
    QTest::newRow("event loop") << false;
}

void tst_QSctpSocket::connectTimeout()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    if (!m_blackhole)
        QSKIP("needs the blackhole route that the test sets up as root under scripts/with-sctp");
    QFETCH(bool, blocking);

    constexpr int Timeout = 400;
    QSctpSocket client;
    client.setConnectTimeout(Timeout);
    QCOMPARE(client.connectTimeout(), Timeout);
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    QElapsedTimer timer;
    timer.start();
    client.connectToHost(QSctpAddress(QtSctpTest::blackholeAddress(), 9));
    QCOMPARE(client.state(), QSctpSocket::ConnectingState);
    if (blocking)
        QVERIFY(!client.waitForConnected(30000));
    else
        WAIT_UNTIL(client.state() == QSctpSocket::UnconnectedState, 30000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(client.error(), QSctpSocket::ConnectTimeoutError);
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY(connectedSpy.isEmpty());
    QVERIFY2(elapsed >= Timeout && elapsed < Timeout + TimingSlack,
             qPrintable(QString::number(elapsed)));
    QVERIFY2(client.errorString().contains(QString::number(Timeout)),
             qPrintable(client.errorString()));
}

void tst_QSctpSocket::abortDuringConnect_data()
{
    QTest::addColumn<bool>("lookup");
    QTest::newRow("during the name lookup") << true;
    QTest::newRow("during the handshake") << false;
}

void tst_QSctpSocket::abortDuringConnect()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, lookup);
    if (!lookup && !m_blackhole)
        QSKIP("needs the blackhole route that the test sets up as root under scripts/with-sctp");

    QSctpServer server;
    QVERIFY2(server.listen(QStringLiteral(":0")), qPrintable(server.errorString()));
    QSctpSocket client;
    client.setConnectTimeout(150); // must not fire after the abort
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    QSignalSpy disconnectedSpy(&client, &QSctpSocket::disconnected);
    if (lookup)
        client.connectToHost(QStringLiteral("localhost:%1").arg(server.serverPort()));
    else
        client.connectToHost(QSctpAddress(QtSctpTest::blackholeAddress(), 9));
    QCOMPARE(client.state(), QSctpSocket::ConnectingState);
    client.abort();
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(client.socketDescriptor(), qintptr(-1));

    // Neither the lookup's answer nor the connect timer may revive it.
    QVERIFY(!connectedSpy.wait(400));
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QVERIFY(errorSpy.isEmpty());
    QVERIFY(disconnectedSpy.isEmpty()); // it never was connected
    QVERIFY(!server.hasPendingConnections());

    // The socket is reusable (on loopback: a wildcard server lists every address of the host,
    // and an INIT to one that does not answer would outlast the short timeout).
    client.setConnectTimeout(0);
    client.connectToHost(QSctpAddress(QHostAddress(QHostAddress::LocalHost), server.serverPort()));
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
}

// --- states and calls in the wrong state --------------------------------------------------------

void tst_QSctpSocket::statesAndSignals()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSctpSocket client;
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(client.error(), QSctpSocket::NoError);
    QCOMPARE(client.socketDescriptor(), qintptr(-1));
    QVERIFY(!client.isOpen());
    QVERIFY(client.isSequential());

    QSignalSpy stateSpy(&client, &QSctpSocket::stateChanged);
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    QSignalSpy disconnectedSpy(&client, &QSctpSocket::disconnected);
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    client.connectToHost(server.serverAddress());
    WAIT_UNTIL(client.state() == QSctpSocket::ConnectedState, 5000);
    QCOMPARE(connectedSpy.count(), 1);
    QCOMPARE(stateSpy.count(), 2);
    QCOMPARE(stateSpy.at(0).first().value<QSctpSocket::SocketState>(),
             QSctpSocket::ConnectingState);
    QCOMPARE(stateSpy.at(1).first().value<QSctpSocket::SocketState>(), QSctpSocket::ConnectedState);
    QCOMPARE(client.openMode(), QIODevice::ReadWrite | QIODevice::Unbuffered);
    QVERIFY(client.socketDescriptor() >= 0);
    QCOMPARE(client.inboundStreamCount(), 10);
    QCOMPARE(client.outboundStreamCount(), 10);
    WAIT_UNTIL(server.hasPendingConnections(), 5000);
    QSctpSocket *accepted = server.nextPendingConnection();
    QSignalSpy peerDisconnectedSpy(accepted, &QSctpSocket::disconnected);

    stateSpy.clear();
    client.disconnectFromHost();
    QCOMPARE(client.state(), QSctpSocket::ClosingState);
    WAIT_UNTIL(client.state() == QSctpSocket::UnconnectedState, 5000);
    QCOMPARE(stateSpy.count(), 2);
    QCOMPARE(stateSpy.at(0).first().value<QSctpSocket::SocketState>(), QSctpSocket::ClosingState);
    QCOMPARE(stateSpy.at(1).first().value<QSctpSocket::SocketState>(),
             QSctpSocket::UnconnectedState);
    QCOMPARE(disconnectedSpy.count(), 1);
    QVERIFY(errorSpy.isEmpty());
    QCOMPARE(client.error(), QSctpSocket::NoError);
    WAIT_UNTIL(peerDisconnectedSpy.count() == 1, 5000);
    QCOMPARE(accepted->error(), QSctpSocket::NoError);
}

void tst_QSctpSocket::sendBeforeConnect()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpSocket client;
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);
    QVERIFY(!client.sendMessage(QByteArrayLiteral("too early")));
    QCOMPARE(client.error(), QSctpSocket::OperationError);
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY(!client.errorString().isEmpty());
    QCOMPARE(client.messagesToWrite(), 0);
    QCOMPARE(client.bytesToWrite(), 0);

    // Not open: QIODevice refuses the write itself.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
    QCOMPARE(client.write("x"), qint64(-1));
}

void tst_QSctpSocket::connectTwice_data()
{
    QTest::addColumn<bool>("whileConnecting");
    QTest::newRow("while connected") << false;
    QTest::newRow("while connecting") << true;
}

void tst_QSctpSocket::connectTwice()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, whileConnecting);
    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSctpSocket client;
    client.connectToHost(server.serverAddress());
    if (!whileConnecting)
        QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    const QSctpSocket::SocketState before = client.state();
    const qintptr fd = client.socketDescriptor();
    QSignalSpy errorSpy(&client, &QSctpSocket::errorOccurred);

    client.connectToHost(server.serverAddress());
    QCOMPARE(client.error(), QSctpSocket::OperationError);
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(client.state(), before);
    QCOMPARE(client.socketDescriptor(), fd);
    client.connectToHost(QStringLiteral("localhost:%1").arg(server.serverPort()));
    QCOMPARE(errorSpy.count(), 2);
    QCOMPARE(client.state(), before);

    // The first connect goes on undisturbed.
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QVERIFY(server.waitForNewConnection(5000));
    QSctpSocket *accepted = server.nextPendingConnection();
    QVERIFY(client.sendMessage(QByteArrayLiteral("still fine")));
    WAIT_UNTIL(accepted->hasPendingMessages(), 5000);
    QCOMPARE(accepted->readMessage().payload(), QByteArrayLiteral("still fine"));
    QVERIFY(!server.hasPendingConnections());
}

void tst_QSctpSocket::callsWhileUnconnected()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpSocket socket;
    QVERIFY(!socket.closeRead());
    QCOMPARE(socket.error(), QSctpSocket::OperationError);
    QVERIFY(!socket.closeWrite());
    QCOMPARE(socket.error(), QSctpSocket::OperationError);
    QVERIFY(!socket.waitForConnected(10));
    QVERIFY(!socket.waitForReadyRead(10));
    QVERIFY(!socket.waitForBytesWritten(10));
    QVERIFY(!socket.waitForDisconnected(10));
    QCOMPARE(socket.error(), QSctpSocket::OperationError);
    QVERIFY(!socket.hasPendingMessages());
    QCOMPARE(socket.readMessage(), QSctpMessage());
    QCOMPARE(socket.readMessageFragment(10), QSctpMessage());
    socket.disconnectFromHost(); // harmless
    socket.abort();
    QCOMPARE(socket.state(), QSctpSocket::UnconnectedState);
    QVERIFY(socket.localAddress().isNull());
    QVERIFY(socket.peerAddress().isNull());
    QCOMPARE(socket.inboundStreamCount(), 0);
    QCOMPARE(socket.outboundStreamCount(), 0);
}

void tst_QSctpSocket::messagesQueuedWhileConnecting()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    server.setReceiveMode(QSctpSocket::QueueReceiveMode);
    QSctpSocket client;
    client.connectToHost(server.serverAddress());
    QCOMPARE(client.state(), QSctpSocket::ConnectingState);
    for (int i = 0; i < 3; ++i)
        QVERIFY(client.sendMessage(QByteArray::number(i), quint16(i), quint32(100 + i)));
    QCOMPARE(client.messagesToWrite(), 3);
    QCOMPARE(client.bytesToWrite(), 3);

    QSignalSpy writtenSpy(&client, &QSctpSocket::messagesWritten);
    WAIT_UNTIL(server.hasPendingConnections(), 5000);
    QSctpSocket *accepted = server.nextPendingConnection();
    WAIT_UNTIL(accepted->pendingMessageCount() == 3, 5000);
    for (int i = 0; i < 3; ++i) {
        const QSctpMessage m = accepted->readMessage();
        QCOMPARE(m.payload(), QByteArray::number(i));
        QCOMPARE(m.stream(), quint16(i));
        QCOMPARE(m.payloadProtocolId(), quint32(100 + i));
    }
    QCOMPARE(client.messagesToWrite(), 0);
    WAIT_UNTIL(!writtenSpy.isEmpty(), 5000);
    qint64 written = 0;
    for (const QList<QVariant> &args : writtenSpy)
        written += args.first().toLongLong();
    QCOMPARE(written, 3);
}

// --- streams and messages -----------------------------------------------------------------------

void tst_QSctpSocket::initStreamNegotiation_data()
{
    QTest::addColumn<int>("clientOut");
    QTest::addColumn<int>("clientMaxIn");
    QTest::addColumn<int>("serverOut");
    QTest::addColumn<int>("serverMaxIn");

    QTest::newRow("go-sctp 11/9 vs 10/10") << 11 << 9 << 10 << 10;
    QTest::newRow("defaults") << 10 << 10 << 10 << 10;
    QTest::newRow("one stream") << 1 << 1 << 1 << 1;
    QTest::newRow("asymmetric") << 3 << 20 << 20 << 5;
    QTest::newRow("many") << 1000 << 1000 << 2000 << 500;
}

void tst_QSctpSocket::initStreamNegotiation()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(int, clientOut);
    QFETCH(int, clientMaxIn);
    QFETCH(int, serverOut);
    QFETCH(int, serverMaxIn);

    Association a;
    QSctpInitOptions serverOptions;
    serverOptions.setOutboundStreams(quint16(serverOut));
    serverOptions.setMaxInboundStreams(quint16(serverMaxIn));
    a.server->setInitOptions(serverOptions);
    QSctpInitOptions clientOptions;
    clientOptions.setOutboundStreams(quint16(clientOut));
    clientOptions.setMaxInboundStreams(quint16(clientMaxIn));
    a.client->setInitOptions(clientOptions);
    QCOMPARE(a.client->initOptions(), clientOptions);
    ESTABLISH(a);

    const int clientToServer = qMin(clientOut, serverMaxIn);
    const int serverToClient = qMin(serverOut, clientMaxIn);
    QCOMPARE(a.client->outboundStreamCount(), clientToServer);
    QCOMPARE(a.client->inboundStreamCount(), serverToClient);
    QCOMPARE(a.accepted->inboundStreamCount(), clientToServer);
    QCOMPARE(a.accepted->outboundStreamCount(), serverToClient);

    // The last stream works each way, the next one is refused before the kernel sees it.
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("up"), quint16(clientToServer - 1)));
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("down"), quint16(serverToClient - 1)));
    QVERIFY(!a.client->sendMessage(QByteArrayLiteral("x"), quint16(clientToServer)));
    QCOMPARE(a.client->error(), QSctpSocket::InvalidStreamError);
    QVERIFY(!a.accepted->sendMessage(QByteArrayLiteral("x"), quint16(serverToClient)));
    QCOMPARE(a.accepted->error(), QSctpSocket::InvalidStreamError);
    WAIT_UNTIL(a.client->hasPendingMessages() && a.accepted->hasPendingMessages(), 5000);
    QCOMPARE(a.accepted->readMessage().stream(), quint16(clientToServer - 1));
    QCOMPARE(a.client->readMessage().stream(), quint16(serverToClient - 1));
}

void tst_QSctpSocket::messagesOnEveryStream_data()
{
    QTest::addColumn<bool>("unordered");
    QTest::newRow("ordered") << false;
    QTest::newRow("unordered") << true;
}

void tst_QSctpSocket::messagesOnEveryStream()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, unordered);
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);

    constexpr int PerStream = 3;
    const int streams = a.client->outboundStreamCount();
    QCOMPARE(streams, 10);
    // PPIDs with every byte set, so a byte order mix-up shows.
    auto ppidFor = [](int stream) {
        return 0x01020300u + quint32(stream) * 0x01010101u;
    };
    const QSctpSocket::SendFlags flags
            = unordered ? QSctpSocket::UnorderedSend : QSctpSocket::NoSendFlags;
    for (int k = 0; k < PerStream; ++k) {
        for (int s = 0; s < streams; ++s) {
            QVERIFY(a.client->sendMessage(QStringLiteral("s%1m%2").arg(s).arg(k).toLatin1(),
                                          quint16(s), ppidFor(s), flags));
        }
    }
    WAIT_UNTIL(a.accepted->pendingMessageCount() == streams * PerStream, 5000);

    QList<int> next(streams, 0);
    QSet<quint32> tsns;
    while (a.accepted->hasPendingMessages()) {
        const QSctpMessage m = a.accepted->readMessage();
        const QList<QByteArray> parts = m.payload().mid(1).split('m');
        QCOMPARE(parts.size(), 2);
        const int s = parts.at(0).toInt();
        const int k = parts.at(1).toInt();
        QCOMPARE(m.stream(), quint16(s));
        QCOMPARE(m.payloadProtocolId(), ppidFor(s));
        QCOMPARE(m.isUnordered(), unordered);
        QVERIFY(m.receiveFlags().testFlag(QSctpMessage::ReceiveInfoPresent));
        QVERIFY(m.receiveFlags().testFlag(QSctpMessage::EndOfRecord));
        QCOMPARE(m.receiveFlags().testFlag(QSctpMessage::Unordered), unordered);
        QVERIFY(m.isEndOfRecord());
        QVERIFY(!tsns.contains(m.transmissionSequenceNumber()));
        tsns.insert(m.transmissionSequenceNumber());
        if (!unordered) {
            // In order within each stream, with consecutive stream sequence numbers.
            QCOMPARE(k, next[s]);
            QCOMPARE(m.streamSequenceNumber(), quint16(k));
        }
        ++next[s];
    }
    for (int s = 0; s < streams; ++s)
        QCOMPARE(next[s], PerStream);
}

void tst_QSctpSocket::messageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("1 B") << 1;
    QTest::newRow("1 KiB") << 1024;
    QTest::newRow("64 KiB") << 64 * 1024;
    QTest::newRow("64 KiB + 1") << 64 * 1024 + 1;
    QTest::newRow("1 MiB") << 1024 * 1024;
}

void tst_QSctpSocket::messageSizes()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(int, size);
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);

    // SCTP sends a message whole: it must fit the send buffer (512 KiB asked, doubled by
    // Linux; without CAP_NET_ADMIN net.core.wmem_max caps it). usrsctp grants what is asked.
    if (QtSctpTest::isUsrsctp() && size > 512 * 1024) {
        QVERIFY(a.client->setSendBufferSize(2 * size));
        QVERIFY(a.accepted->setSendBufferSize(2 * size));
    }
    const int granted = a.client->grantedSendBufferSize();
    if (granted < size)
        QSKIP(qPrintable(QStringLiteral("the send buffer is %1 bytes here").arg(granted)));

    // Each way, with a small message behind it that must not overtake it.
    QSignalSpy writtenSpy(a.client.get(), &QSctpSocket::bytesWritten);
    const QByteArray payload = pattern(size, 1);
    QVERIFY2(a.client->sendMessage(payload, 2, 77), qPrintable(a.client->errorString()));
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("after"), 2, 78));
    QVERIFY2(a.accepted->sendMessage(pattern(size, 2), 1, 79),
             qPrintable(a.accepted->errorString()));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 2 && a.client->pendingMessageCount() == 1,
               20000);
    const QSctpMessage m = a.accepted->readMessage();
    QCOMPARE(m.size(), qsizetype(size));
    QVERIFY(m.payload() == payload);
    QCOMPARE(m.stream(), quint16(2));
    QCOMPARE(m.payloadProtocolId(), quint32(77));
    QVERIFY(m.isEndOfRecord());
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("after"));
    QVERIFY(a.client->readMessage().payload() == pattern(size, 2));
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);

    WAIT_UNTIL(a.client->messagesToWrite() == 0 && !writtenSpy.isEmpty(), 5000);
    qint64 written = 0;
    for (const QList<QVariant> &args : writtenSpy)
        written += args.first().toLongLong();
    QCOMPARE(written, qint64(size) + 5);
}

void tst_QSctpSocket::messageLargerThanSendBuffer()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    ESTABLISH(a);
    QVERIFY(a.client->setSendBufferSize(32 * 1024));
    QCOMPARE(a.client->sendBufferSize(), 32 * 1024);

    // SCTP sends a message atomically: one larger than the send buffer cannot go.
    QSignalSpy errorSpy(a.client.get(), &QSctpSocket::errorOccurred);
    QVERIFY(!a.client->sendMessage(pattern(1024 * 1024)));
    QCOMPARE(a.client->error(), QSctpSocket::MessageTooLargeError);
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY2(a.client->errorString().contains(QLatin1String("1048576"))
                     && a.client->errorString().contains(QLatin1String("setSendBufferSize")),
             qPrintable(a.client->errorString()));
    QCOMPARE(a.client->messagesToWrite(), 0);

    // The association is unharmed, and a larger buffer lets the message through.
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("small")));
    QVERIFY(a.client->setSendBufferSize(1024 * 1024));
    QVERIFY2(a.client->sendMessage(pattern(1024 * 1024)), qPrintable(a.client->errorString()));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 2, 20000);
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("small"));
    QVERIFY(a.accepted->readMessage().payload() == pattern(1024 * 1024));
}

void tst_QSctpSocket::emptyMessage()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // SCTP has no empty user messages (a DATA chunk carries at least one byte; the kernel
    // answers EINVAL). QSctpSocket refuses one before the kernel sees it and says why.
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    QSignalSpy errorSpy(a.client.get(), &QSctpSocket::errorOccurred);
    QVERIFY(!a.client->sendMessage(QByteArray()));
    QCOMPARE(a.client->error(), QSctpSocket::OperationError);
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY2(a.client->errorString().contains(QLatin1String("empty")),
             qPrintable(a.client->errorString()));
    QVERIFY(!a.client->sendMessage(QSctpMessage(QByteArray(""), 1, 5)));
    QCOMPARE(a.client->messagesToWrite(), 0);

    // A zero-byte QIODevice write writes nothing, as on any device, and is no error.
    QCOMPARE(a.client->write(QByteArray()), qint64(0));
    QCOMPARE(a.client->write("", 0), qint64(0));

    // Nothing reached the peer: the next message is the first one it gets.
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("first")));
    WAIT_UNTIL(a.accepted->hasPendingMessages(), 5000);
    QCOMPARE(a.accepted->pendingMessageCount(), 1);
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("first"));
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
}

void tst_QSctpSocket::streamBeyondNegotiated_data()
{
    QTest::addColumn<bool>("whileConnecting");
    QTest::newRow("connected") << false;
    QTest::newRow("queued while connecting") << true;
}

void tst_QSctpSocket::streamBeyondNegotiated()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, whileConnecting);
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    QSctpInitOptions options;
    options.setMaxInboundStreams(4); // the client may use streams 0 to 3
    a.server->setInitOptions(options);
    QVERIFY(a.server->listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy errorSpy(a.client.get(), &QSctpSocket::errorOccurred);
    a.client->connectToHost(a.server->serverAddress());
    if (whileConnecting) {
        // The count is not known yet: queued now, refused once it is.
        QVERIFY(a.client->sendMessage(QByteArrayLiteral("lost"), 4));
        QVERIFY(a.client->sendMessage(QByteArrayLiteral("kept"), 3));
        QVERIFY(a.client->waitForConnected(5000));
        QCOMPARE(a.client->outboundStreamCount(), 4);
    } else {
        QVERIFY(a.client->waitForConnected(5000));
        QCOMPARE(a.client->outboundStreamCount(), 4);
        QVERIFY(!a.client->sendMessage(QByteArrayLiteral("lost"), 65535));
        QVERIFY(!a.client->sendMessage(QByteArrayLiteral("lost"), 4));
        QVERIFY(a.client->sendMessage(QByteArrayLiteral("kept"), 3));
    }
    QVERIFY(!errorSpy.isEmpty());
    QCOMPARE(errorSpy.first().first().value<QSctpSocket::Error>(), QSctpSocket::InvalidStreamError);
    QCOMPARE(a.client->error(), QSctpSocket::InvalidStreamError);
    QVERIFY2(a.client->errorString().contains(QLatin1String("stream 4")),
             qPrintable(a.client->errorString()));
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);

    QVERIFY(a.server->waitForNewConnection(5000));
    a.accepted = a.server->nextPendingConnection();
    WAIT_UNTIL(a.accepted->hasPendingMessages(), 5000);
    const QSctpMessage m = a.accepted->readMessage();
    QCOMPARE(m.payload(), QByteArrayLiteral("kept"));
    QCOMPARE(m.stream(), quint16(3));
    QVERIFY(!a.accepted->hasPendingMessages());
}

void tst_QSctpSocket::messageOverMaxMessageSize_data()
{
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<int>("size");
    QTest::newRow("in one piece") << 1000 << 2000;
    QTest::newRow("one byte over") << 1000 << 1001;
    QTest::newRow("partial delivery") << 100 * 1024 << 300 * 1024;
}

void tst_QSctpSocket::messageOverMaxMessageSize()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(int, maxSize);
    QFETCH(int, size);
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    a.accepted->setMaxMessageSize(maxSize);
    QCOMPARE(a.accepted->maxMessageSize(), qint64(maxSize));
    QSignalSpy errorSpy(a.accepted.data(), &QSctpSocket::errorOccurred);

    QVERIFY(a.client->sendMessage(pattern(maxSize, 1), 1, 10)); // just fits
    QVERIFY(a.client->sendMessage(pattern(size, 2), 2, 20));
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("after"), 3, 30));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 2, 10000);
    QVERIFY(a.accepted->readMessage().payload() == pattern(maxSize, 1));
    const QSctpMessage after = a.accepted->readMessage();
    QCOMPARE(after.payload(), QByteArrayLiteral("after"));
    QCOMPARE(after.stream(), quint16(3));

    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(errorSpy.first().first().value<QSctpSocket::Error>(),
             QSctpSocket::MessageTooLargeError);
    const QString text = a.accepted->errorString();
    QVERIFY2(text.contains(QString::number(size)) && text.contains(QLatin1String("stream 2"))
                     && text.contains(QString::number(maxSize)),
             qPrintable(text));
    QCOMPARE(a.accepted->state(), QSctpSocket::ConnectedState);
    QVERIFY(!a.accepted->hasPendingMessages());
}

void tst_QSctpSocket::slowConsumer()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // Several times what the kernel buffers hold (the sender's 1 MiB, the receiver's window of
    // half its 512 KiB). Kernel buffers smaller than lo's 64 KiB path MTU stall Linux SCTP for
    // good (it never sends a window update then), so the receive buffer is small, not tiny.
    constexpr int Bound = 8;
    constexpr int Count = 200;
    constexpr int Size = 32 * 1024;
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    a.server->setMaxPendingMessages(Bound);
    a.server->setReceiveBufferSize(256 * 1024);
    ESTABLISH(a);
    QCOMPARE(a.accepted->maxPendingMessages(), qsizetype(Bound));
    QCOMPARE(a.accepted->receiveBufferSize(), 256 * 1024);

    QSignalSpy readyReadSpy(a.accepted.data(), &QSctpSocket::readyRead);
    // Each message: its index as 8 digits, then a pattern that depends on it.
    auto messageFor = [](int i) {
        return QByteArray::number(i).rightJustified(8, '0') + pattern(Size - 8, i);
    };
    for (int i = 0; i < Count; ++i)
        QVERIFY(a.client->sendMessage(messageFor(i), quint16(i % 4)));
    // The receiver stops at its bound; the sender's kernel buffer fills and the rest waits.
    WAIT_UNTIL(a.accepted->pendingMessageCount() == Bound, 10000);
    // And it stays there while nobody reads.
    readyReadSpy.clear();
    QVERIFY(!readyReadSpy.wait(300));
    QCOMPARE(a.accepted->pendingMessageCount(), qsizetype(Bound));
    QCOMPARE(a.accepted->bytesAvailable(), qint64(Bound) * Size);
    QVERIFY2(a.client->messagesToWrite() > Count / 2,
             qPrintable(QString::number(a.client->messagesToWrite())));
    QCOMPARE(a.client->bytesToWrite(), qint64(a.client->messagesToWrite()) * Size);

    // Reading resumes it, in order on each stream, until everything has arrived.
    int received = 0;
    QList<int> next = {0, 1, 2, 3}; // message i goes on stream i % 4
    QString problem;
    auto drain = [&] {
        while (a.accepted->hasPendingMessages()) {
            const QSctpMessage m = a.accepted->readMessage();
            const int s = qMin<int>(m.stream(), 3);
            if (problem.isEmpty() && m.payload() != messageFor(next[s])) {
                problem = QStringLiteral("message %1 arrived on stream %2 where %3 was due")
                                  .arg(QString::fromLatin1(m.payload().left(8)))
                                  .arg(m.stream())
                                  .arg(next[s]);
            }
            next[s] += 4;
            ++received;
        }
    };
    connect(a.accepted.data(), &QSctpSocket::readyRead, this, drain);
    drain();
    WAIT_UNTIL(received == Count, 30000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(a.client->messagesToWrite(), 0);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);
}

// Sockets of one thread share one recvmmsg() buffer. A slot of one socket that makes another
// read (here by waiting on it) must not cost the first one the rest of its batch.
void tst_QSctpSocket::receiveBatchSharedBetweenSockets()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    constexpr int Count = 50;
    Association a;
    ESTABLISH(a);
    Association b;
    ESTABLISH(b);

    QList<QByteArray> gotA;
    int gotB = 0;
    bool waitedOnB = false;
    b.accepted->setReceiveMode(QSctpSocket::QueueReceiveMode);
    connect(a.accepted.data(), &QSctpSocket::messageReceived, this, [&](const QSctpMessage &m) {
        gotA.append(m.payload());
        if (!waitedOnB) {
            waitedOnB = true;
            // A's batch still holds most of its messages here.
            QVERIFY(b.accepted->waitForReadyRead(5000));
        }
    });
    for (int i = 0; i < Count; ++i) {
        QVERIFY(b.client->sendMessage(QByteArray("b") + QByteArray::number(i)));
        QVERIFY(a.client->sendMessage(QByteArray("a") + QByteArray::number(i)));
    }
    WAIT_UNTIL(gotA.size() == Count, 10000);
    while (b.accepted->hasPendingMessages()) {
        QCOMPARE(b.accepted->readMessage().payload(), QByteArray("b") + QByteArray::number(gotB));
        ++gotB;
        if (gotB < Count && !b.accepted->hasPendingMessages())
            QVERIFY(b.accepted->waitForReadyRead(5000) || b.accepted->hasPendingMessages());
    }
    QCOMPARE(gotB, Count);
    QVERIFY(waitedOnB);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(gotA.at(i), QByteArray("a") + QByteArray::number(i));
}

void tst_QSctpSocket::manyMessagesOverManyStreams()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    constexpr int Streams = 16;
    constexpr int Count = 100000;
    Association a;
    QSctpInitOptions options;
    options.setOutboundStreams(Streams);
    options.setMaxInboundStreams(Streams);
    a.server->setInitOptions(options);
    a.client->setInitOptions(options);
    ESTABLISH(a);
    QCOMPARE(a.client->outboundStreamCount(), Streams);

    // Signal mode: each message is checked as it arrives, nothing is queued.
    QList<quint32> next(Streams, 0);
    int received = 0;
    QString problem;
    a.accepted->setReceiveMode(QSctpSocket::SignalReceiveMode);
    // Each message: stream (2 digits), sequence number in it (6), a check value (8 hex).
    auto messageFor = [](quint32 stream, quint32 seq) {
        return QByteArray::number(stream).rightJustified(2, '0')
                + QByteArray::number(seq).rightJustified(6, '0')
                + QByteArray::number(seq * 31 + stream, 16).rightJustified(8, '0');
    };
    connect(a.accepted.data(), &QSctpSocket::messageReceived, this, [&](const QSctpMessage &m) {
        ++received;
        if (!problem.isEmpty())
            return;
        const quint32 stream = m.stream();
        if (stream >= quint32(Streams) || m.payloadProtocolId() != stream + 1
            || m.payload() != messageFor(stream, next[stream])) {
            problem = QStringLiteral("stream %1 expected #%2, got %3 with PPID %4")
                              .arg(stream)
                              .arg(stream < quint32(Streams) ? next[stream] : 0)
                              .arg(QString::fromLatin1(m.payload()))
                              .arg(m.payloadProtocolId());
            return;
        }
        ++next[stream];
    });

    QElapsedTimer timer;
    timer.start();
    // All of it at once: what the kernel cannot take waits in the send queue.
    for (int i = 0; i < Count; ++i) {
        const quint32 stream = quint32(i % Streams);
        if (!a.client->sendMessage(messageFor(stream, quint32(i / Streams)), quint16(stream),
                                   stream + 1))
            QFAIL(qPrintable(a.client->errorString()));
    }
    WAIT_UNTIL(received == Count || !problem.isEmpty(), 90000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (int s = 0; s < Streams; ++s)
        QCOMPARE(next[s], quint32(Count / Streams));
    QCOMPARE(a.accepted->pendingMessageCount(), 0);
    QCOMPARE(a.client->messagesToWrite(), 0);
    qDebug("%d messages in %lld ms", Count, elapsed);
}

void tst_QSctpSocket::sendToAddress_data()
{
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<QHostAddress>("destination");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("needsIPv6MultiHoming");

    const QString three = QStringLiteral("127.0.0.1/127.0.0.2/127.0.0.3:0");
    QTest::newRow("ipv4 second") << three << ip("127.0.0.2") << true << false;
    QTest::newRow("ipv4 third") << three << ip("127.0.0.3") << true << false;
    QTest::newRow("ipv4 primary") << three << ip("127.0.0.1") << true << false;
    QTest::newRow("ipv4 not the peer's") << three << ip("127.0.0.9") << false << false;
    QTest::newRow("ipv4 other family") << three << ip("::1") << false << false;
    const QString mixed = QStringLiteral("[::1]/127.0.0.1:0");
    QTest::newRow("mixed ipv4") << mixed << ip("127.0.0.1") << true << false;
    QTest::newRow("mixed ipv6") << mixed << ip("::1") << true << false;
    QTest::newRow("mixed not the peer's") << mixed << ip("127.0.0.2") << false << false;
    const QString ula = QStringLiteral("[fd00::2]/[fd00::3]:0");
    QTest::newRow("ipv6 second") << ula << ip("fd00::3") << true << true;
    QTest::newRow("ipv6 not the peer's") << ula << ip("fd00::1") << false << true;
}

void tst_QSctpSocket::sendToAddress()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, listenAddress);
    QFETCH(QHostAddress, destination);
    QFETCH(bool, accepted);
    QFETCH(bool, needsIPv6MultiHoming);
    if (needsIPv6MultiHoming && !m_ipv6MultiHoming)
        QSKIP("needs fd00::1 to fd00::3 on lo, which the test adds as root under with-sctp");

    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(), listenAddress);
    ESTABLISH(a, listenAddress);
    QSctpMessage message(QByteArrayLiteral("to one address"), 1, 42);
    message.setDestination(destination);
    QSignalSpy errorSpy(a.client.get(), &QSctpSocket::errorOccurred);
    const bool sent = a.client->sendMessage(message);
    // usrsctp 0.9.5 hangs sending to one IPv6 address of a mixed IPv4/IPv6 association: the
    // engine refuses that, naming itself.
    const bool mixedIPv6 = listenAddress.contains(u'.') && listenAddress.contains(u'[')
            && destination.protocol() == QAbstractSocket::IPv6Protocol;
    if (QtSctpTest::isUsrsctp() && accepted && mixedIPv6) {
        QVERIFY(!sent);
        QCOMPARE(a.client->error(), QSctpSocket::UnsupportedError);
        QVERIFY2(a.client->errorString().contains(
                         QLatin1String("not supported by the usrsctp engine")),
                 qPrintable(a.client->errorString()));
        accepted = false;
    } else if (!accepted) {
        QVERIFY(!sent);
        QCOMPARE(a.client->error(), QSctpSocket::InvalidAddressError);
        QCOMPARE(errorSpy.count(), 1);
        QVERIFY2(a.client->errorString().contains(destination.toString()),
                 qPrintable(a.client->errorString()));
    } else {
        QVERIFY2(sent, qPrintable(a.client->errorString()));
        QVERIFY(errorSpy.isEmpty());
    }
    // The association goes on; a plain message follows.
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("plain"), 1, 43));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == (accepted ? 2 : 1), 5000);
    if (accepted) {
        const QSctpMessage m = a.accepted->readMessage();
        QCOMPARE(m.payload(), QByteArrayLiteral("to one address"));
        QCOMPARE(m.payloadProtocolId(), quint32(42));
    }
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("plain"));
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
}

// --- receiving ----------------------------------------------------------------------------------

void tst_QSctpSocket::receiveModes_data()
{
    QTest::addColumn<QSctpSocket::ReceiveMode>("mode");
    QTest::addColumn<bool>("connectSignal");
    QTest::addColumn<bool>("queued");

    QTest::newRow("automatic, no receiver") << QSctpSocket::AutomaticReceiveMode << false << true;
    QTest::newRow("automatic, receiver") << QSctpSocket::AutomaticReceiveMode << true << false;
    QTest::newRow("queue, no receiver") << QSctpSocket::QueueReceiveMode << false << true;
    QTest::newRow("queue, receiver") << QSctpSocket::QueueReceiveMode << true << true;
    QTest::newRow("signal, receiver") << QSctpSocket::SignalReceiveMode << true << false;
    QTest::newRow("signal, no receiver") << QSctpSocket::SignalReceiveMode << false << false;
}

void tst_QSctpSocket::receiveModes()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpSocket::ReceiveMode, mode);
    QFETCH(bool, connectSignal);
    QFETCH(bool, queued);

    Association a;
    QCOMPARE(a.client->receiveMode(), QSctpSocket::AutomaticReceiveMode);
    a.client->setReceiveMode(mode);
    QCOMPARE(a.client->receiveMode(), mode);
    QList<QSctpMessage> signalled;
    if (connectSignal) {
        connect(a.client.get(), &QSctpSocket::messageReceived, this,
                [&](const QSctpMessage &m) { signalled.append(m); });
    }
    QSignalSpy readyReadSpy(a.client.get(), &QSctpSocket::readyRead);
    QSignalSpy disconnectedSpy(a.client.get(), &QSctpSocket::disconnected);
    ESTABLISH(a);

    for (int i = 0; i < 3; ++i)
        QVERIFY(a.accepted->sendMessage(QByteArray::number(i), quint16(i), quint32(i)));
    // The peer's graceful end comes after its messages: once it is seen, all of them were.
    a.accepted->disconnectFromHost();
    WAIT_UNTIL(disconnectedSpy.count() == 1, 5000);

    QCOMPARE(a.client->pendingMessageCount(), queued ? 3 : 0);
    QCOMPARE(a.client->bytesAvailable(), queued ? 3 : 0);
    QCOMPARE(readyReadSpy.isEmpty(), !queued);
    QCOMPARE(signalled.size(), connectSignal ? 3 : 0);
    for (int i = 0; i < signalled.size(); ++i) {
        QCOMPARE(signalled.at(i).payload(), QByteArray::number(i));
        QCOMPARE(signalled.at(i).stream(), quint16(i));
    }
    if (queued) {
        QCOMPARE(a.client->readAll(), QByteArrayLiteral("012"));
    }
    QVERIFY(!a.client->hasPendingMessages());
}

void tst_QSctpSocket::readOneByteAtATime_data()
{
    QTest::addColumn<bool>("fragments");
    QTest::newRow("readMessageFragment(1)") << true;
    QTest::newRow("read(1)") << false;
}

void tst_QSctpSocket::readOneByteAtATime()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(bool, fragments);
    Association a;
    a.client->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    QSignalSpy disconnectedSpy(a.client.get(), &QSctpSocket::disconnected);

    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("abc"), 1, 7));
    WAIT_UNTIL(a.client->hasPendingMessages(), 5000);
    const QByteArray expected = QByteArrayLiteral("abc");
    for (int i = 0; i < 3; ++i) {
        const bool last = i == 2;
        if (fragments) {
            const QSctpMessage f = a.client->readMessageFragment(1);
            QCOMPARE(f.payload(), expected.mid(i, 1));
            QCOMPARE(f.stream(), quint16(1));
            QCOMPARE(f.payloadProtocolId(), quint32(7));
            QCOMPARE(f.isEndOfRecord(), last);
            QVERIFY(f.receiveFlags().testFlag(QSctpMessage::ReceiveInfoPresent));
        } else {
            char c = 0;
            QCOMPARE(a.client->read(&c, 1), qint64(1));
            QCOMPARE(c, expected.at(i));
        }
        // The message stays pending until its last byte is read.
        QCOMPARE(a.client->pendingMessageCount(), last ? 0 : 1);
        QCOMPARE(a.client->bytesAvailable(), qint64(2 - i));
    }
    // Nothing now, more may come: not the end yet.
    QCOMPARE(a.client->readMessageFragment(1), QSctpMessage());
    char c = 0;
    QCOMPARE(a.client->read(&c, 1), qint64(0));

    // Then the peer closes: the end of the stream.
    a.accepted->close();
    WAIT_UNTIL(disconnectedSpy.count() == 1, 5000);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
    QCOMPARE(a.client->readMessageFragment(1), QSctpMessage());
    QCOMPARE(a.client->read(&c, 1), qint64(-1));
    QVERIFY(a.client->atEnd());
}

void tst_QSctpSocket::zeroByteRead()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.client->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    char buffer[4] = {};
    // Nothing pending: zero bytes, no error.
    QCOMPARE(a.client->read(buffer, 0), qint64(0));
    QCOMPARE(a.client->error(), QSctpSocket::NoError);

    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("xyz")));
    WAIT_UNTIL(a.client->hasPendingMessages(), 5000);
    QCOMPARE(a.client->read(buffer, 0), qint64(0));
    QCOMPARE(a.client->read(0), QByteArray());
    QCOMPARE(a.client->readMessageFragment(0), QSctpMessage());
    QCOMPARE(a.client->readMessageFragment(-1), QSctpMessage());
    // Nothing was consumed.
    QCOMPARE(a.client->pendingMessageCount(), 1);
    QCOMPARE(a.client->bytesAvailable(), qint64(3));
    QCOMPARE(a.client->readMessage().payload(), QByteArrayLiteral("xyz"));
}

void tst_QSctpSocket::ioDeviceWrite()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    QSignalSpy bytesSpy(a.client.get(), &QSctpSocket::bytesWritten);
    QSignalSpy messagesSpy(a.client.get(), &QSctpSocket::messagesWritten);

    // Each write() is one message on stream 0 with PPID 0, whole.
    QCOMPARE(a.client->write("hello"), qint64(5));
    QCOMPARE(a.client->write(QByteArrayLiteral("world!")), qint64(6));
    QCOMPARE(a.client->write(pattern(100000)), qint64(100000));
    WAIT_UNTIL(a.accepted->pendingMessageCount() == 3, 5000);
    const QByteArray expected[]
            = {QByteArrayLiteral("hello"), QByteArrayLiteral("world!"), pattern(100000)};
    for (const QByteArray &payload : expected) {
        const QSctpMessage m = a.accepted->readMessage();
        QVERIFY(m.payload() == payload);
        QCOMPARE(m.stream(), quint16(0));
        QCOMPARE(m.payloadProtocolId(), quint32(0));
        QVERIFY(!m.isUnordered());
    }
    WAIT_UNTIL(a.client->bytesToWrite() == 0 && !bytesSpy.isEmpty(), 5000);
    qint64 bytes = 0;
    qint64 messages = 0;
    for (const QList<QVariant> &args : bytesSpy)
        bytes += args.first().toLongLong();
    for (const QList<QVariant> &args : messagesSpy)
        messages += args.first().toLongLong();
    QCOMPARE(bytes, qint64(100011));
    QCOMPARE(messages, qint64(3));
}

void tst_QSctpSocket::ioDeviceReadAcrossMessages()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.client->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    for (const char *part : {"abc", "defg", "h\nij", "k\n", "lm"})
        QVERIFY(a.accepted->sendMessage(QByteArray(part)));
    WAIT_UNTIL(a.client->pendingMessageCount() == 5, 5000);
    QCOMPARE(a.client->bytesAvailable(), qint64(15));

    QCOMPARE(a.client->read(5), QByteArrayLiteral("abcde"));
    QCOMPARE(a.client->bytesAvailable(), qint64(10));
    QVERIFY(a.client->canReadLine());
    QCOMPARE(a.client->readLine(), QByteArrayLiteral("fgh\n"));
    QCOMPARE(a.client->readLine(), QByteArrayLiteral("ijk\n"));
    QVERIFY(!a.client->canReadLine());
    QCOMPARE(a.client->peek(1), QByteArrayLiteral("l"));
    QCOMPARE(a.client->readAll(), QByteArrayLiteral("lm"));
    QVERIFY(a.client->atEnd());
    QCOMPARE(a.client->pendingMessageCount(), 0);
    QCOMPARE(a.client->read(10), QByteArray());
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
}

void tst_QSctpSocket::dataStreamRoundTrip()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);

    const QString text = QStringLiteral("h\u00e9llo SCTP");
    const QByteArray blob = pattern(70000);
    const QList<int> list = {1, -2, 3};
    QDataStream out(a.client.get());
    out.setVersion(QDataStream::Qt_6_4);
    out << text << qint32(-42) << blob << 3.25 << list;
    QCOMPARE(out.status(), QDataStream::Ok);

    QDataStream in(a.accepted.data());
    in.setVersion(QDataStream::Qt_6_4);
    QString gotText;
    qint32 gotInt = 0;
    QByteArray gotBlob;
    double gotDouble = 0;
    QList<int> gotList;
    auto complete = [&] {
        in.startTransaction();
        in >> gotText >> gotInt >> gotBlob >> gotDouble >> gotList;
        return in.commitTransaction();
    };
    WAIT_UNTIL(complete(), 10000);
    QCOMPARE(gotText, text);
    QCOMPARE(gotInt, qint32(-42));
    QVERIFY(gotBlob == blob);
    QCOMPARE(gotDouble, 3.25);
    QCOMPARE(gotList, list);
    QVERIFY(a.accepted->atEnd());
}

// --- ending -------------------------------------------------------------------------------------

void tst_QSctpSocket::closeReadThenRead()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.client->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("first")));
    WAIT_UNTIL(a.client->hasPendingMessages(), 5000);

    QVERIFY(a.client->closeRead());
    // What was queued stays readable, nothing more arrives, and reading reports the end.
    QVERIFY(a.accepted->sendMessage(QByteArrayLiteral("second")));
    QSignalSpy readyReadSpy(a.client.get(), &QSctpSocket::readyRead);
    QVERIFY(!readyReadSpy.wait(300));
    QVERIFY(!a.client->waitForReadyRead(100));
    QCOMPARE(a.client->pendingMessageCount(), 1);
    QCOMPARE(a.client->readMessage().payload(), QByteArrayLiteral("first"));
    char c;
    QCOMPARE(a.client->read(&c, 1), qint64(-1));
    // Sending still works: SHUT_RD starts no SCTP procedure.
    QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("reply")));
    WAIT_UNTIL(a.accepted->hasPendingMessages(), 5000);
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("reply"));

    // The end of the association is still noticed, and what came after closeRead() is gone.
    QSignalSpy disconnectedSpy(a.client.get(), &QSctpSocket::disconnected);
    a.accepted->disconnectFromHost();
    WAIT_UNTIL(disconnectedSpy.count() == 1, 5000);
    QCOMPARE(a.client->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(a.client->error(), QSctpSocket::NoError);
    QVERIFY(!a.client->hasPendingMessages());
}

void tst_QSctpSocket::closeWriteThenWrite()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    QSignalSpy peerDisconnected(a.accepted.data(), &QSctpSocket::disconnected);
    QSignalSpy clientDisconnected(a.client.get(), &QSctpSocket::disconnected);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("last words")));
    QVERIFY(a.client->closeWrite());
    QCOMPARE(a.client->state(), QSctpSocket::ClosingState);
    QVERIFY(!a.client->sendMessage(QByteArrayLiteral("too late")));
    QCOMPARE(a.client->error(), QSctpSocket::OperationError);
    QCOMPARE(a.client->write("too late"), qint64(-1));

    // SHUT_WR is a full SCTP SHUTDOWN: the peer gets what was sent, then the end of stream.
    WAIT_UNTIL(peerDisconnected.count() == 1, 5000);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);
    QCOMPARE(a.accepted->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("last words"));
    char c;
    QCOMPARE(a.accepted->read(&c, 1), qint64(-1));
    WAIT_UNTIL(clientDisconnected.count() == 1, 5000);
    QCOMPARE(a.client->state(), QSctpSocket::UnconnectedState);
}

void tst_QSctpSocket::peerCloseWakesWaitForReadyRead()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // The peer lives in a thread of its own and starts its SHUTDOWN there while this one is
    // blocked (closeWrite(): shutdown(SHUT_WR), on either engine).
    QThread peerThread;
    peerThread.start();
    auto *server = new QSctpServer;
    server->moveToThread(&peerThread);
    auto stopPeer = qScopeGuard([&] {
        QMetaObject::invokeMethod(
                server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        peerThread.quit();
        peerThread.wait();
    });
    bool listening = false;
    QMetaObject::invokeMethod(
            server, [&] { listening = server->listen(QStringLiteral("127.0.0.1:0")); },
            Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    QSctpSocket client;
    client.connectToHost(server->serverAddress());
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    bool accepted = false;
    QMetaObject::invokeMethod(
            server,
            [&] {
                if (!server->waitForNewConnection(5000))
                    return;
                QSctpSocket *peer = server->nextPendingConnection();
                accepted = peer != nullptr;
                if (peer)
                    QTimer::singleShot(PeerCloseDelay, peer, [peer] { peer->closeWrite(); });
            },
            Qt::BlockingQueuedConnection);
    QVERIFY(accepted);
    QSignalSpy disconnectedSpy(&client, &QSctpSocket::disconnected);

    QElapsedTimer timer;
    timer.start();
    const bool ready = client.waitForReadyRead(10000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!ready);
    QVERIFY2(elapsed >= PeerCloseDelay - 10 && elapsed < PeerCloseDelay + TimingSlack,
             qPrintable(QString::number(elapsed)));
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(disconnectedSpy.count(), 1);
    QCOMPARE(client.error(), QSctpSocket::NoError); // an end, not an error
}

void tst_QSctpSocket::closeKinds_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QSctpSocket::Error>("peerError");

    QTest::newRow("close()") << "close" << QSctpSocket::NoError;
    QTest::newRow("disconnectFromHost()") << "disconnectFromHost" << QSctpSocket::NoError;
    QTest::newRow("delete") << "delete" << QSctpSocket::NoError;
    QTest::newRow("abort()") << "abort" << QSctpSocket::AssociationAbortedError;
    QTest::newRow("setLinger(0), close()")
            << "linger0 close" << QSctpSocket::AssociationAbortedError;
    QTest::newRow("setLinger(0), disconnectFromHost()")
            << "linger0 disconnectFromHost" << QSctpSocket::AssociationAbortedError;
    QTest::newRow("setLinger(0), delete")
            << "linger0 delete" << QSctpSocket::AssociationAbortedError;
}

void tst_QSctpSocket::closeKinds()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, how);
    QFETCH(QSctpSocket::Error, peerError);
    Association a;
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    ESTABLISH(a);
    QSignalSpy peerDisconnected(a.accepted.data(), &QSctpSocket::disconnected);
    QSignalSpy peerErrors(a.accepted.data(), &QSctpSocket::errorOccurred);

    QVERIFY(a.client->sendMessage(QByteArrayLiteral("sent before")));
    QVERIFY(a.client->waitForBytesWritten(5000));
    WAIT_UNTIL(a.accepted->hasPendingMessages(), 5000);
    if (how.startsWith(QLatin1String("linger0"))) {
        QVERIFY(a.client->setLinger(0));
        QCOMPARE(a.client->linger(), 0);
    } else {
        QCOMPARE(a.client->linger(), -1);
    }
    if (how.endsWith(QLatin1String("disconnectFromHost")))
        a.client->disconnectFromHost();
    else if (how.endsWith(QLatin1String("close")))
        a.client->close();
    else if (how == QLatin1String("abort"))
        a.client->abort();
    else
        a.client.reset();
    if (a.client && how != QLatin1String("close") && how != QLatin1String("disconnectFromHost")) {
        // An ABORT ends the association at once.
        QCOMPARE(a.client->state(), QSctpSocket::UnconnectedState);
    }

    WAIT_UNTIL(peerDisconnected.count() == 1, 5000);
    QCOMPARE(a.accepted->state(), QSctpSocket::UnconnectedState);
    QCOMPARE(a.accepted->error(), peerError);
    if (peerError == QSctpSocket::NoError) {
        QVERIFY(peerErrors.isEmpty());
    } else {
        QCOMPARE(peerErrors.count(), 1);
        QVERIFY(!a.accepted->errorString().isEmpty());
    }
    // What arrived before stays readable either way.
    QCOMPARE(a.accepted->readMessage().payload(), QByteArrayLiteral("sent before"));
    if (a.client)
        WAIT_UNTIL(a.client->state() == QSctpSocket::UnconnectedState, 5000);
}

void tst_QSctpSocket::disconnectFlushesSendQueue()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    constexpr int Count = 100;
    constexpr int Size = 64 * 1024;
    Association a;
    ESTABLISH(a);
    int received = 0;
    bool inOrder = true;
    connect(a.accepted.data(), &QSctpSocket::messageReceived, this, [&](const QSctpMessage &m) {
        inOrder = inOrder && m.payload() == pattern(Size, received);
        ++received;
    });
    QSignalSpy peerDisconnected(a.accepted.data(), &QSctpSocket::disconnected);
    QSignalSpy clientDisconnected(a.client.get(), &QSctpSocket::disconnected);
    for (int i = 0; i < Count; ++i)
        QVERIFY(a.client->sendMessage(pattern(Size, i)));
    QVERIFY(a.client->messagesToWrite() > 0); // more than the kernel takes at once

    // Graceful: what is queued goes out first, then the SHUTDOWN.
    a.client->disconnectFromHost();
    QCOMPARE(a.client->state(), QSctpSocket::ClosingState);
    QVERIFY(!a.client->sendMessage(QByteArrayLiteral("no more")));
    QCOMPARE(a.client->error(), QSctpSocket::OperationError);
    WAIT_UNTIL(peerDisconnected.count() == 1, 20000);
    QCOMPARE(received, Count);
    QVERIFY(inOrder);
    QCOMPARE(a.accepted->error(), QSctpSocket::NoError);
    WAIT_UNTIL(clientDisconnected.count() == 1, 5000);
    QCOMPARE(a.client->messagesToWrite(), 0);
}

// --- blocking calls and addresses --------------------------------------------------------------

void tst_QSctpSocket::blockingUse()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // No event loop anywhere: every step by waitFor...().
    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSctpSocket client;
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    QSignalSpy disconnectedSpy(&client, &QSctpSocket::disconnected);
    QSignalSpy writtenSpy(&client, &QSctpSocket::messagesWritten);
    client.connectToHost(server.serverAddress());
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(client.waitForConnected(0)); // already
    QCOMPARE(connectedSpy.count(), 1);
    QVERIFY(server.waitForNewConnection(5000));
    QSctpSocket *peer = server.nextPendingConnection();

    QVERIFY(client.sendMessage(QByteArrayLiteral("question"), 3, 9));
    QVERIFY(client.waitForBytesWritten(5000));
    QCOMPARE(writtenSpy.count(), 1);
    QCOMPARE(writtenSpy.first().first().toLongLong(), qint64(1));
    QVERIFY(!client.waitForBytesWritten(0)); // nothing left to write

    QElapsedTimer timer;
    timer.start();
    QVERIFY(peer->waitForReadyRead(5000));
    QVERIFY(timer.elapsed() < TimingSlack);
    QCOMPARE(peer->pendingMessageCount(), 1);
    const QSctpMessage question = peer->readMessage();
    QCOMPARE(question.payload(), QByteArrayLiteral("question"));
    QCOMPARE(question.stream(), quint16(3));
    QVERIFY(peer->sendMessage(QByteArrayLiteral("answer")));
    QVERIFY(client.waitForReadyRead(5000));
    QCOMPARE(client.readAll(), QByteArrayLiteral("answer"));

    client.disconnectFromHost();
    QVERIFY(client.waitForDisconnected(5000));
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(disconnectedSpy.count(), 1);
    QVERIFY(peer->waitForDisconnected(5000));
    QCOMPARE(peer->error(), QSctpSocket::NoError);
}

void tst_QSctpSocket::waitForTimeouts_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("msecs");
    for (int msecs : {0, 300}) {
        for (const char *call :
             {"waitForReadyRead", "waitForDisconnected", "waitForConnected", "waitForBytesWritten"})
            QTest::addRow("%s(%d)", call, msecs) << QString::fromLatin1(call) << msecs;
    }
}

void tst_QSctpSocket::waitForTimeouts()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, call);
    QFETCH(int, msecs);

    Association a;
    std::function<bool()> wait;
    if (call == QLatin1String("waitForConnected")) {
        if (!m_blackhole)
            QSKIP("needs the blackhole route that the test sets up as root under with-sctp");
        a.client->connectToHost(QSctpAddress(QtSctpTest::blackholeAddress(), 9));
        wait = [&] {
            return a.client->waitForConnected(msecs);
        };
    } else if (call == QLatin1String("waitForBytesWritten")) {
        // A sender stuck behind a receiver that does not read: small buffers, a queue of one.
        a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
        a.server->setMaxPendingMessages(1);
        a.server->setReceiveBufferSize(4096);
        a.client->setSendBufferSize(4096);
        ESTABLISH(a);
        const QByteArray payload = pattern(1024);
        for (int i = 0; i < 10000 && a.client->messagesToWrite() == 0; ++i)
            QVERIFY(a.client->sendMessage(payload));
        QVERIFY(a.client->messagesToWrite() > 0);
        // Let whatever can still move move, without the event loop.
        for (int i = 0; i < 1000 && a.client->waitForBytesWritten(300); ++i) {
            for (int j = 0; j < 10; ++j)
                a.client->sendMessage(payload);
        }
        wait = [&] {
            return a.client->waitForBytesWritten(msecs);
        };
    } else {
        ESTABLISH(a);
        if (call == QLatin1String("waitForReadyRead"))
            wait = [&] {
                return a.client->waitForReadyRead(msecs);
            };
        else
            wait = [&] {
                return a.client->waitForDisconnected(msecs);
            };
    }
    const QSctpSocket::SocketState before = a.client->state();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!wait());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= msecs && elapsed < msecs + TimingSlack,
             qPrintable(QString::number(elapsed)));
    QCOMPARE(a.client->error(), QSctpSocket::TimeoutError);
    QVERIFY2(a.client->errorString().contains(call), qPrintable(a.client->errorString()));
    // A timeout changes nothing else.
    QCOMPARE(a.client->state(), before);
}

void tst_QSctpSocket::localAndPeerAddresses_data()
{
    QTest::addColumn<QString>("clientBind");
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<QList<QHostAddress>>("clientAddresses");
    QTest::addColumn<QList<QHostAddress>>("serverAddresses");
    QTest::addColumn<bool>("needsIPv6MultiHoming");

    QTest::newRow("ipv4") << "127.0.0.1/127.0.0.2:0"
                          << "127.0.0.1/127.0.0.3:0"
                          << QList<QHostAddress>{ip("127.0.0.1"), ip("127.0.0.2")}
                          << QList<QHostAddress>{ip("127.0.0.1"), ip("127.0.0.3")} << false;
    QTest::newRow("ipv4 three") << "127.0.0.2:0"
                                << "127.0.0.1/127.0.0.2/127.0.0.3:0"
                                << QList<QHostAddress>{ip("127.0.0.2")}
                                << QList<QHostAddress>{ip("127.0.0.1"), ip("127.0.0.2"),
                                                       ip("127.0.0.3")}
                                << false;
    QTest::newRow("mixed") << "[::1]/127.0.0.1:0"
                           << "[::1]/127.0.0.1:0" << QList<QHostAddress>{ip("::1"), ip("127.0.0.1")}
                           << QList<QHostAddress>{ip("::1"), ip("127.0.0.1")} << false;
    QTest::newRow("ipv6") << "[fd00::1]:0"
                          << "[fd00::2]/[fd00::3]:0" << QList<QHostAddress>{ip("fd00::1")}
                          << QList<QHostAddress>{ip("fd00::2"), ip("fd00::3")} << true;
}

void tst_QSctpSocket::localAndPeerAddresses()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, clientBind);
    QFETCH(QString, listenAddress);
    QFETCH(QList<QHostAddress>, clientAddresses);
    QFETCH(QList<QHostAddress>, serverAddresses);
    QFETCH(bool, needsIPv6MultiHoming);
    if (needsIPv6MultiHoming && !m_ipv6MultiHoming)
        QSKIP("needs fd00::1 to fd00::3 on lo, which the test adds as root under with-sctp");

    Association a;
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(), listenAddress);
    a.client->setLocalBindAddress(address(clientBind.toLatin1().constData()));
    ESTABLISH(a, listenAddress);

    const QSctpAddress clientLocal = a.client->localAddress();
    const QSctpAddress clientPeer = a.client->peerAddress();
    const QSctpAddress acceptedLocal = a.accepted->localAddress();
    const QSctpAddress acceptedPeer = a.accepted->peerAddress();
    QCOMPARE(plain(clientLocal.addresses()), plain(clientAddresses));
    QCOMPARE(plain(acceptedPeer.addresses()), plain(clientAddresses));
    QCOMPARE(plain(clientPeer.addresses()), plain(serverAddresses));
    QCOMPARE(plain(acceptedLocal.addresses()), plain(serverAddresses));
    QVERIFY(clientLocal.port() != 0);
    QCOMPARE(acceptedPeer.port(), clientLocal.port());
    QCOMPARE(clientPeer.port(), a.server->serverPort());
    QCOMPARE(acceptedLocal.port(), a.server->serverPort());

    // After the association ends, the last known addresses stay.
    a.client->abort();
    QCOMPARE(plain(a.client->peerAddress().addresses()), plain(serverAddresses));
}

QTEST_MAIN(tst_QSctpSocket)
#include "tst_qsctpsocket.moc"
