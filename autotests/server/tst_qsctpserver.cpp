// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// QtSctp::QSctpServer over real kernel SCTP (run under scripts/with-sctp).
//
// Ported from georgeyanev/go-sctp: TestSCTPServer's matrix (sctp, sctp4, sctp6 and wildcard
// listeners against 127.0.0.1 and ::1 clients, three associations per server), the
// multi-homed and port-0 cases of TestSCTPListener, listen-close-listen, and a second listen
// on a busy address. The rest covers what QSctpServer adds: hooks, the pending queue and its
// bound, pausing, waitForNewConnection() and the settings accepted sockets inherit.

#include "qsctpsockettesthelpers.h"

#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>

#include <QtCore/QElapsedTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include <netinet/sctp.h>

using QtSctp::QSctpAddress;
using QtSctp::QSctpInitOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;
using QtSctpTest::Association;
using QtSctpTest::ip;
using QtSctpTest::plain;

namespace {

constexpr int TimingSlack = 2000;

bool hasWildcard(const QList<QHostAddress> &addresses)
{
    return std::any_of(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
        return a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6 || a.isNull();
    });
}

} // namespace

class tst_QSctpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void defaults();
    void listenAndAccept_data();
    void listenAndAccept();
    void listenString_data();
    void listenString();
    void serverAddressOfWildcard();
    void listenMultiHomed_data();
    void listenMultiHomed();
    void listenCloseListenAgain_data();
    void listenCloseListenAgain();
    void listenBusyAddress_data();
    void listenBusyAddress();
    void listenTwice();
    void listenInvalid_data();
    void listenInvalid();
    void sctp6ListenerIsIPv6Only();
    void preListenHook_data();
    void preListenHook();

    void maxPendingConnections();
    void pauseAndResumeAccepting();
    void waitForNewConnection_data();
    void waitForNewConnection();
    void acceptedSocket();
    void acceptedSocketsInheritSettings();
    void closeKeepsAcceptedSockets();
    void deleteWithPendingConnections();

private:
    bool m_ipv6MultiHoming = false;
};

void tst_QSctpServer::initTestCase()
{
    QtSctpTest::prepareEngine();
    if (!QtSctpTest::isUsrsctp() && !QtSctpTest::kernelSctpUnavailableReason().isEmpty())
        return; // every test skips, or fails under with-sctp
    m_ipv6MultiHoming = QtSctpTest::setUpIPv6MultiHoming();
    // As tst_qsctpsocket has it: with IPv6 addresses beyond ::1 and no default route, glibc
    // fails to resolve "localhost" (its AAAA query cannot be sent), whichever test runs first.
    QtSctpTest::setUpBlackhole();
}

void tst_QSctpServer::cleanupTestCase()
{
    QtSctpTest::tearDownTestNetwork();
}

void tst_QSctpServer::defaults()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpServer server;
    QVERIFY(!server.isListening());
    QCOMPARE(server.socketDescriptor(), qintptr(-1));
    QCOMPARE(server.serverError(), QSctpSocket::NoError);
    QVERIFY(server.errorString().isEmpty());
    QCOMPARE(server.initOptions(), QSctpInitOptions());
    QCOMPARE(server.sendBufferSize(), 512 * 1024);
    QCOMPARE(server.receiveBufferSize(), 512 * 1024);
    QCOMPARE(server.receiveMode(), QSctpSocket::AutomaticReceiveMode);
    QCOMPARE(server.maxPendingMessages(), qsizetype(1024));
    QCOMPARE(server.maxMessageSize(), qint64(16 * 1024 * 1024));
    QCOMPARE(server.maxPendingConnections(), 30);
    QVERIFY(!server.hasPendingConnections());
    QCOMPARE(server.nextPendingConnection(), nullptr);
    QVERIFY(server.serverAddress().isNull());
    QCOMPARE(server.serverPort(), quint16(0));
    server.close(); // harmless
}

void tst_QSctpServer::listenAndAccept_data()
{
    QTest::addColumn<QSctpAddress::Network>("serverNetwork");
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<QSctpAddress::Network>("clientNetwork");
    QTest::addColumn<QHostAddress>("target");

    // go-sctp's sctpServerTests, row for row.
    const QSctpAddress::Network sctp = QSctpAddress::Sctp;
    const QSctpAddress::Network sctp4 = QSctpAddress::Sctp4;
    const QSctpAddress::Network sctp6 = QSctpAddress::Sctp6;
    const struct
    {
        QSctpAddress::Network snet;
        const char *saddr;
        QSctpAddress::Network tnet;
        const char *taddr;
    } rows[] = {
            {sctp, ":0", sctp, "127.0.0.1"},
            {sctp, "0.0.0.0:0", sctp, "127.0.0.1"},
            {sctp, "[::ffff:0.0.0.0]:0", sctp, "127.0.0.1"},
            {sctp, "[::]:0", sctp, "::1"},

            {sctp, ":0", sctp, "::1"},
            {sctp, "0.0.0.0:0", sctp, "::1"},
            {sctp, "[::ffff:0.0.0.0]:0", sctp, "::1"},
            {sctp, "[::]:0", sctp, "127.0.0.1"},

            {sctp, ":0", sctp4, "127.0.0.1"},
            {sctp, "0.0.0.0:0", sctp4, "127.0.0.1"},
            {sctp, "[::ffff:0.0.0.0]:0", sctp4, "127.0.0.1"},
            {sctp, "[::]:0", sctp6, "::1"},

            {sctp, ":0", sctp6, "::1"},
            {sctp, "0.0.0.0:0", sctp6, "::1"},
            {sctp, "[::ffff:0.0.0.0]:0", sctp6, "::1"},
            {sctp, "[::]:0", sctp4, "127.0.0.1"},

            {sctp, "127.0.0.1:0", sctp, "127.0.0.1"},
            {sctp, "[::ffff:127.0.0.1]:0", sctp, "127.0.0.1"},
            {sctp, "[::1]:0", sctp, "::1"},

            {sctp4, ":0", sctp4, "127.0.0.1"},
            {sctp4, "0.0.0.0:0", sctp4, "127.0.0.1"},
            {sctp4, "[::ffff:0.0.0.0]:0", sctp4, "127.0.0.1"},

            {sctp4, "127.0.0.1:0", sctp4, "127.0.0.1"},

            {sctp6, ":0", sctp6, "::1"},
            {sctp6, "[::]:0", sctp6, "::1"},

            {sctp6, "[::1]:0", sctp6, "::1"},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s %s <- %s %s", qPrintable(QSctpAddress::networkName(row.snet)), row.saddr,
                      qPrintable(QSctpAddress::networkName(row.tnet)), row.taddr)
                << row.snet << QString::fromLatin1(row.saddr) << row.tnet << ip(row.taddr);
    }
}

void tst_QSctpServer::listenAndAccept()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAddress::Network, serverNetwork);
    QFETCH(QString, listenAddress);
    QFETCH(QSctpAddress::Network, clientNetwork);
    QFETCH(QHostAddress, target);
    constexpr int N = 3;
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(serverNetwork);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(clientNetwork);

    QSctpServer server;
    QVERIFY2(server.listen(listenAddress, serverNetwork), qPrintable(server.errorString()));
    QVERIFY(server.isListening());
    QVERIFY(server.socketDescriptor() >= 0);
    QVERIFY(server.serverPort() != 0);
    QCOMPARE(server.serverAddress().port(), server.serverPort());
    QVERIFY2(!hasWildcard(server.serverAddress().addresses()),
             qPrintable(server.serverAddress().toString()));

    // Three clients at once, all through the event loop; each echoes through its association.
    std::unique_ptr<QSctpSocket> clients[N];
    QList<QSctpSocket *> accepted;
    QSignalSpy newConnectionSpy(&server, &QSctpServer::newConnection);
    connect(&server, &QSctpServer::newConnection, this, [&] {
        while (QSctpSocket *socket = server.nextPendingConnection()) {
            accepted.append(socket);
            // The transponder: send back what arrives.
            connect(socket, &QSctpSocket::messageReceived, socket,
                    [socket](const QSctpMessage &m) { socket->sendMessage(m.payload()); });
        }
    });
    for (auto &client : clients) {
        client = std::make_unique<QSctpSocket>();
        client->connectToHost(QSctpAddress(target, server.serverPort()), clientNetwork);
    }
    WAIT_UNTIL(accepted.size() == N
                       && std::all_of(std::begin(clients), std::end(clients),
                                      [](const auto &c) {
                                          return c->state() != QSctpSocket::ConnectingState;
                                      }),
               10000);
    QVERIFY(!newConnectionSpy.isEmpty());
    for (int i = 0; i < N; ++i) {
        QSctpSocket &client = *clients[i];
        QVERIFY2(client.state() == QSctpSocket::ConnectedState, qPrintable(client.errorString()));
        QVERIFY(client.sendMessage(QByteArrayLiteral("SCTP SERVER TEST ") + QByteArray::number(i)));
    }
    for (int i = 0; i < N; ++i) {
        QSctpSocket &client = *clients[i];
        WAIT_UNTIL(client.hasPendingMessages(), 5000);
        QCOMPARE(client.readMessage().payload(),
                 QByteArrayLiteral("SCTP SERVER TEST ") + QByteArray::number(i));
        QCOMPARE(client.peerAddress().port(), server.serverPort());
        QVERIFY2(plain(client.peerAddress().addresses()).contains(plain({target}).first()),
                 qPrintable(client.peerAddress().toString()));
    }
    // Each accepted socket is the other end of one client.
    QList<quint16> clientPorts;
    QList<quint16> acceptedPeerPorts;
    for (int i = 0; i < N; ++i) {
        clientPorts.append(clients[i]->localAddress().port());
        acceptedPeerPorts.append(accepted.at(i)->peerAddress().port());
        QCOMPARE(accepted.at(i)->state(), QSctpSocket::ConnectedState);
        QCOMPARE(accepted.at(i)->parent(), &server);
    }
    std::sort(clientPorts.begin(), clientPorts.end());
    std::sort(acceptedPeerPorts.begin(), acceptedPeerPorts.end());
    QCOMPARE(acceptedPeerPorts, clientPorts);
}

void tst_QSctpServer::listenString_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QHostAddress>("expected"); // among serverAddress()

    QTest::newRow("127.0.0.1:0") << "127.0.0.1:0" << QSctpAddress::Sctp << ip("127.0.0.1");
    QTest::newRow("[::1]:0") << "[::1]:0" << QSctpAddress::Sctp << ip("::1");
    QTest::newRow("localhost:0 sctp4") << "localhost:0" << QSctpAddress::Sctp4 << ip("127.0.0.1");
    QTest::newRow("empty") << "" << QSctpAddress::Sctp << ip("127.0.0.1");
    QTest::newRow(":0 sctp6") << ":0" << QSctpAddress::Sctp6 << ip("::1");
    QTest::newRow("127.0.0.1: (empty port)")
            << "127.0.0.1:" << QSctpAddress::Sctp4 << ip("127.0.0.1");
}

void tst_QSctpServer::listenString()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, address);
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QHostAddress, expected);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    QSctpServer server;
    QVERIFY2(server.listen(address, network), qPrintable(server.errorString()));
    QVERIFY(server.serverPort() != 0);
    QVERIFY2(plain(server.serverAddress().addresses()).contains(plain({expected}).first()),
             qPrintable(server.serverAddress().toString()));
    QSctpSocket client;
    client.connectToHost(QSctpAddress(expected, server.serverPort()), network);
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QVERIFY(server.waitForNewConnection(5000));
}

void tst_QSctpServer::serverAddressOfWildcard()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // go-sctp: a wildcard listener reports every local address with the port it got.
    QSctpServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QSctpAddress address = server.serverAddress();
    QVERIFY(address.port() != 0);
    QCOMPARE(server.serverPort(), address.port());
    const QList<QHostAddress> list = plain(address.addresses());
    QVERIFY2(!hasWildcard(list), qPrintable(address.toString()));
    QVERIFY2(list.contains(ip("127.0.0.1")), qPrintable(address.toString()));
    QVERIFY2(list.contains(ip("::1")), qPrintable(address.toString()));

    // Connecting to all of them at once works.
    QSctpSocket client;
    client.connectToHost(address);
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QVERIFY(server.waitForNewConnection(5000));
}

void tst_QSctpServer::listenMultiHomed_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QList<QHostAddress>>("expected");
    QTest::addColumn<bool>("needsIPv6MultiHoming");

    const QList<QHostAddress> three = {ip("127.0.0.1"), ip("127.0.0.2"), ip("127.0.0.3")};
    QTest::newRow("sctp4 three") << "127.0.0.1/127.0.0.2/127.0.0.3:0" << QSctpAddress::Sctp4
                                 << three << false;
    QTest::newRow("sctp three") << "127.0.0.1/127.0.0.2/127.0.0.3:0" << QSctpAddress::Sctp << three
                                << false;
    QTest::newRow("sctp mixed") << "[::1]/127.0.0.1:0" << QSctpAddress::Sctp
                                << QList<QHostAddress>{ip("::1"), ip("127.0.0.1")} << false;
    QTest::newRow("sctp mapped") << "[::ffff:127.0.0.2]/127.0.0.3:0" << QSctpAddress::Sctp
                                 << QList<QHostAddress>{ip("127.0.0.2"), ip("127.0.0.3")} << false;
    QTest::newRow("sctp6 ula") << "[fd00::1]/[fd00::2]/[fd00::3]:0" << QSctpAddress::Sctp6
                               << QList<QHostAddress>{ip("fd00::1"), ip("fd00::2"), ip("fd00::3")}
                               << true;
}

void tst_QSctpServer::listenMultiHomed()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, address);
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QList<QHostAddress>, expected);
    QFETCH(bool, needsIPv6MultiHoming);
    if (needsIPv6MultiHoming && !m_ipv6MultiHoming)
        QSKIP("needs fd00::1 to fd00::3 on lo, which the test adds as root under with-sctp");
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    Association a;
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(), address, network);
    ESTABLISH(a, address, network);
    const QSctpAddress serverAddress = a.server->serverAddress();
    QCOMPARE(plain(serverAddress.addresses()), plain(expected));
    QVERIFY(serverAddress.port() != 0);
    QCOMPARE(a.server->serverPort(), serverAddress.port());

    // The association spans every address, seen from both ends.
    QCOMPARE(plain(a.client->peerAddress().addresses()), plain(expected));
    QCOMPARE(plain(a.accepted->localAddress().addresses()), plain(expected));
    QCOMPARE(a.accepted->localAddress().port(), serverAddress.port());

    // A client that knows one address only still gets them all from the INIT-ACK.
    QSctpSocket second;
    second.connectToHost(QSctpAddress(expected.first(), serverAddress.port()), network);
    QVERIFY2(second.waitForConnected(5000), qPrintable(second.errorString()));
    QCOMPARE(plain(second.peerAddress().addresses()), plain(expected));
    QVERIFY(a.server->waitForNewConnection(5000));
}

void tst_QSctpServer::listenCloseListenAgain_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("keepAssociation");
    for (bool keep : {false, true}) {
        const char *what = keep ? "association kept" : "nothing kept";
        QTest::addRow("127.0.0.1, %s", what) << "127.0.0.1" << keep;
        QTest::addRow("wildcard, %s", what) << "" << keep;
        QTest::addRow("multi-homed, %s", what) << "127.0.0.1/127.0.0.2" << keep;
    }
}

void tst_QSctpServer::listenCloseListenAgain()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, address);
    QFETCH(bool, keepAssociation);

    Association a;
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(a.server.get(), address + QStringLiteral(":0"));
    ESTABLISH(a, address + QStringLiteral(":0"));
    const quint16 port = a.server->serverPort();
    const QSctpAddress before = a.server->serverAddress();
    if (!keepAssociation) {
        a.client->abort();
        delete a.accepted;
    }
    a.server->close();
    QVERIFY(!a.server->isListening());
    QCOMPARE(a.server->socketDescriptor(), qintptr(-1));

    // The same port again, at once.
    QVERIFY2(a.server->listen(address + QStringLiteral(":%1").arg(port)),
             qPrintable(a.server->errorString()));
    QCOMPARE(a.server->serverPort(), port);
    QCOMPARE(plain(a.server->serverAddress().addresses()), plain(before.addresses()));
    QSctpSocket client;
    client.connectToHost(a.server->serverAddress());
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QVERIFY(a.server->waitForNewConnection(5000));
    QVERIFY(a.server->nextPendingConnection());
    if (keepAssociation) {
        // The old association was not disturbed.
        QCOMPARE(a.client->state(), QSctpSocket::ConnectedState);
        QVERIFY(a.client->sendMessage(QByteArrayLiteral("still here")));
        WAIT_UNTIL(a.accepted->hasPendingMessages(), 5000);
    }
}

void tst_QSctpServer::listenBusyAddress_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second"); // %1 is the first one's port
    QTest::addColumn<QSctpAddress::Network>("network");

    QTest::newRow("same address") << "127.0.0.1:0"
                                  << "127.0.0.1:%1" << QSctpAddress::Sctp;
    QTest::newRow("same ipv6 address") << "[::1]:0"
                                       << "[::1]:%1" << QSctpAddress::Sctp6;
    QTest::newRow("wildcard, then specific") << ":0"
                                             << "127.0.0.1:%1" << QSctpAddress::Sctp;
    QTest::newRow("specific, then wildcard") << "127.0.0.1:0"
                                             << ":%1" << QSctpAddress::Sctp;
    QTest::newRow("multi-homed overlap") << "127.0.0.1/127.0.0.2:0"
                                         << "127.0.0.2/127.0.0.3:%1" << QSctpAddress::Sctp4;
}

void tst_QSctpServer::listenBusyAddress()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QSctpAddress::Network, network);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    QSctpServer server1;
    QTSCTP_ALIASES_REFUSED_ON_USRSCTP(&server1, first, network);
    QVERIFY2(server1.listen(first, network), qPrintable(server1.errorString()));
    QSctpServer server2;
    QVERIFY(!server2.listen(second.arg(server1.serverPort()), network));
    QCOMPARE(server2.serverError(), QSctpSocket::AddressInUseError);
    QVERIFY2(server2.errorString().contains(QString::number(server1.serverPort())),
             qPrintable(server2.errorString()));
    QVERIFY(!server2.isListening());
    QCOMPARE(server2.socketDescriptor(), qintptr(-1));

    // The first one is unaffected.
    QSctpSocket client;
    client.connectToHost(server1.serverAddress(), network);
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QVERIFY(server1.waitForNewConnection(5000));
}

void tst_QSctpServer::listenTwice()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    const quint16 port = server.serverPort();
    QVERIFY(!server.listen(QStringLiteral("127.0.0.1:0")));
    QCOMPARE(server.serverError(), QSctpSocket::OperationError);
    QVERIFY(server.isListening());
    QCOMPARE(server.serverPort(), port);
}

void tst_QSctpServer::listenInvalid_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QSctpSocket::Error>("error");

    QTest::newRow("ipv6 on sctp4")
            << "[::1]:0" << QSctpAddress::Sctp4 << QSctpSocket::InvalidAddressError;
    QTest::newRow("ipv4 on sctp6")
            << "127.0.0.1:0" << QSctpAddress::Sctp6 << QSctpSocket::InvalidAddressError;
    QTest::newRow("mixed on sctp4")
            << "[::1]/127.0.0.1:0" << QSctpAddress::Sctp4 << QSctpSocket::InvalidAddressError;
    QTest::newRow("garbage") << "127.0.0.1:port-that-is-not" << QSctpAddress::Sctp
                             << QSctpSocket::InvalidAddressError;
    QTest::newRow("not this host's")
            << "192.0.2.1:0" << QSctpAddress::Sctp << QSctpSocket::AddressNotAvailableError;
}

void tst_QSctpServer::listenInvalid()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QString, address);
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QSctpSocket::Error, error);

    QSctpServer server;
    QVERIFY(!server.listen(address, network));
    QCOMPARE(server.serverError(), error);
    QVERIFY(!server.errorString().isEmpty());
    QVERIFY(!server.isListening());
    QCOMPARE(server.socketDescriptor(), qintptr(-1));
    QVERIFY(!server.waitForNewConnection(10));
    QCOMPARE(server.serverError(), QSctpSocket::OperationError);
}

void tst_QSctpServer::sctp6ListenerIsIPv6Only()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    // As go-sctp (IPV6_V6ONLY): an sctp6 wildcard listener takes no IPv4 associations, while
    // an sctp one is dual-stack. The usrsctp engine has no IPV6_V6ONLY and says so.
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(QSctpAddress::Sctp6);
    QSctpServer server6;
    QVERIFY2(server6.listen(QStringLiteral(":0"), QSctpAddress::Sctp6),
             qPrintable(server6.errorString()));
    for (const QHostAddress &a : plain(server6.serverAddress().addresses()))
        QVERIFY2(a.protocol() == QAbstractSocket::IPv6Protocol, qPrintable(a.toString()));
    QSctpSocket client4;
    client4.connectToHost(QSctpAddress(ip("127.0.0.1"), server6.serverPort()), QSctpAddress::Sctp4);
    QVERIFY(!client4.waitForConnected(5000));
    QCOMPARE(client4.error(), QSctpSocket::ConnectionRefusedError);
    QSctpSocket client6;
    client6.connectToHost(QSctpAddress(ip("::1"), server6.serverPort()), QSctpAddress::Sctp6);
    QVERIFY2(client6.waitForConnected(5000), qPrintable(client6.errorString()));
}

void tst_QSctpServer::preListenHook_data()
{
    QTest::addColumn<QSctpAddress::Network>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("refuse");
    for (bool refuse : {false, true}) {
        const char *what = refuse ? "refuses" : "accepts";
        QTest::addRow("sctp %s", what) << QSctpAddress::Sctp << "" << AF_INET6 << refuse;
        QTest::addRow("sctp4 %s", what)
                << QSctpAddress::Sctp4 << "127.0.0.1:0" << AF_INET << refuse;
        QTest::addRow("sctp6 %s", what) << QSctpAddress::Sctp6 << "[::1]:0" << AF_INET6 << refuse;
    }
}

void tst_QSctpServer::preListenHook()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(QSctpAddress::Network, network);
    QFETCH(QString, address);
    QFETCH(int, family);
    QFETCH(bool, refuse);
    QTSCTP_SCTP6_REFUSED_ON_USRSCTP(network);

    if (QtSctpTest::isUsrsctp()) {
        // No kernel socket to hand to the hook: refused, naming the engine.
        QSctpServer server;
        int calls = 0;
        server.setPreListenHook([&](qintptr, QString *) {
            ++calls;
            return !refuse;
        });
        QVERIFY(!server.listen(address, network));
        QCOMPARE(calls, 0);
        QCOMPARE(server.serverError(), QSctpSocket::UnsupportedError);
        QVERIFY2(server.errorString().contains(
                         QLatin1String("pre-listen hook is not supported by the usrsctp engine")),
                 qPrintable(server.errorString()));
        QVERIFY(!server.isListening());
        return;
    }

    QSctpServer server;
    int calls = 0;
    qintptr seen = -1;
    int protocol = -1, domain = -1, listening = -1;
    quint16 boundPort = 1;
    server.setPreListenHook([&](qintptr fd, QString *errorString) {
        ++calls;
        seen = fd;
        socklen_t length = sizeof protocol;
        ::getsockopt(int(fd), SOL_SOCKET, SO_PROTOCOL, &protocol, &length);
        length = sizeof domain;
        ::getsockopt(int(fd), SOL_SOCKET, SO_DOMAIN, &domain, &length);
        length = sizeof listening;
        ::getsockopt(int(fd), SOL_SOCKET, SO_ACCEPTCONN, &listening, &length);
        sockaddr_storage local{};
        length = sizeof local;
        ::getsockname(int(fd), reinterpret_cast<sockaddr *>(&local), &length);
        boundPort = ntohs(reinterpret_cast<sockaddr_in *>(&local)->sin_port); // same offset in v6
        if (refuse) {
            *errorString = QStringLiteral("no listening today");
            return false;
        }
        // Before listen(): what the hook sets is what the INIT-ACK offers.
        sctp_initmsg init{};
        init.sinit_num_ostreams = 4;
        init.sinit_max_instreams = 10;
        return ::setsockopt(int(fd), IPPROTO_SCTP, SCTP_INITMSG, &init, sizeof init) == 0;
    });
    const bool listening_ok = server.listen(address, network);
    QCOMPARE(calls, 1);
    QVERIFY(seen >= 0);
    QCOMPARE(protocol, int(IPPROTO_SCTP));
    QCOMPARE(domain, family);
    QCOMPARE(listening, 0); // not listening yet
    QCOMPARE(boundPort, quint16(0)); // nor bound
    if (refuse) {
        QVERIFY(!listening_ok);
        QCOMPARE(server.serverError(), QSctpSocket::HookError);
        QVERIFY2(server.errorString().contains(QLatin1String("no listening today")),
                 qPrintable(server.errorString()));
        QVERIFY(!server.isListening());
        return;
    }
    QVERIFY2(listening_ok, qPrintable(server.errorString()));
    QCOMPARE(server.socketDescriptor(), seen);
    QSctpSocket client;
    client.connectToHost(server.serverAddress(), network);
    QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    QCOMPARE(client.inboundStreamCount(), 4);
    QVERIFY(server.waitForNewConnection(5000));
    QCOMPARE(server.nextPendingConnection()->outboundStreamCount(), 4);
}

// --- accepting ---------------------------------------------------------------------------------

void tst_QSctpServer::maxPendingConnections()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpServer server;
    server.setMaxPendingConnections(2);
    QCOMPARE(server.maxPendingConnections(), 2);
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));

    // Three associations wait in the kernel before the event loop runs.
    QSctpSocket clients[3];
    for (QSctpSocket &client : clients) {
        client.connectToHost(server.serverAddress());
        QVERIFY2(client.waitForConnected(5000), qPrintable(client.errorString()));
    }
    QSignalSpy newConnectionSpy(&server, &QSctpServer::newConnection);
    WAIT_UNTIL(server.hasPendingConnections(), 5000);
    QVERIFY(!newConnectionSpy.wait(200)); // nothing more is taken while two wait
    QVERIFY(server.nextPendingConnection());
    QVERIFY(server.nextPendingConnection());
    QCOMPARE(server.nextPendingConnection(), nullptr); // the third is still in the kernel
    // Room again: the third comes.
    WAIT_UNTIL(server.hasPendingConnections(), 5000);
    QVERIFY(server.nextPendingConnection());
    QCOMPARE(server.nextPendingConnection(), nullptr);
}

void tst_QSctpServer::pauseAndResumeAccepting()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy newConnectionSpy(&server, &QSctpServer::newConnection);
    server.pauseAccepting();
    QSctpSocket client;
    client.connectToHost(server.serverAddress());
    QVERIFY(client.waitForConnected(5000)); // the kernel completes the handshake anyway
    QVERIFY(!newConnectionSpy.wait(300));
    QVERIFY(!server.hasPendingConnections());
    // Blocking use respects the pause too.
    QVERIFY(!server.waitForNewConnection(300));
    QCOMPARE(server.serverError(), QSctpSocket::OperationError);
    QVERIFY(!server.hasPendingConnections());
    server.resumeAccepting();
    QVERIFY(newConnectionSpy.wait(5000));
    QSctpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(accepted->peerAddress().port(), client.localAddress().port());
}

void tst_QSctpServer::waitForNewConnection_data()
{
    QTest::addColumn<int>("msecs");
    QTest::addColumn<bool>("connect");
    QTest::newRow("times out after 0 ms") << 0 << false;
    QTest::newRow("times out after 300 ms") << 300 << false;
    QTest::newRow("connection within 300 ms") << 300 << true;
    QTest::newRow("connection, no time") << 0 << true;
}

void tst_QSctpServer::waitForNewConnection()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    QFETCH(int, msecs);
    QFETCH(bool, connect);

    QSctpServer server;
    QVERIFY(server.listen(QStringLiteral("127.0.0.1:0")));
    QSignalSpy newConnectionSpy(&server, &QSctpServer::newConnection);
    QSctpSocket client;
    if (connect) {
        client.connectToHost(server.serverAddress());
        QVERIFY(client.waitForConnected(5000)); // in the accept queue now
    }
    bool timedOut = !connect;
    QElapsedTimer timer;
    timer.start();
    const bool result = server.waitForNewConnection(msecs, &timedOut);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result, connect);
    QCOMPARE(timedOut, !connect);
    if (connect) {
        QCOMPARE(newConnectionSpy.count(), 1);
        QVERIFY(server.hasPendingConnections());
        QVERIFY(server.nextPendingConnection());
        QVERIFY(elapsed < TimingSlack);
    } else {
        QCOMPARE(server.serverError(), QSctpSocket::TimeoutError);
        QVERIFY2(elapsed >= msecs && elapsed < msecs + TimingSlack,
                 qPrintable(QString::number(elapsed)));
        QVERIFY(newConnectionSpy.isEmpty());
        QVERIFY(server.isListening());
    }
}

void tst_QSctpServer::acceptedSocket()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    ESTABLISH(a);
    QSctpSocket *s = a.accepted;
    QCOMPARE(s->parent(), a.server.get());
    QCOMPARE(s->state(), QSctpSocket::ConnectedState);
    QCOMPARE(s->error(), QSctpSocket::NoError);
    QCOMPARE(s->openMode(), QIODevice::ReadWrite | QIODevice::Unbuffered);
    QVERIFY(s->socketDescriptor() >= 0);
    QVERIFY(s->socketDescriptor() != a.server->socketDescriptor());
    QVERIFY(s->socketDescriptor() != a.client->socketDescriptor());
    QCOMPARE(s->peerAddress().port(), a.client->localAddress().port());
    QCOMPARE(plain(s->peerAddress().addresses()), plain(a.client->localAddress().addresses()));
    QCOMPARE(s->localAddress().port(), a.server->serverPort());
    QCOMPARE(s->inboundStreamCount(), 10);
    QCOMPARE(s->outboundStreamCount(), 10);

    // Both ways, with stream and PPID intact.
    QVERIFY(s->sendMessage(QByteArrayLiteral("from server"), 9, 46));
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("from client"), 8, 60));
    WAIT_UNTIL(a.client->hasPendingMessages() && s->hasPendingMessages(), 5000);
    const QSctpMessage down = a.client->readMessage();
    const QSctpMessage up = s->readMessage();
    QCOMPARE(down.payload(), QByteArrayLiteral("from server"));
    QCOMPARE(down.stream(), quint16(9));
    QCOMPARE(down.payloadProtocolId(), quint32(46));
    QCOMPARE(up.payload(), QByteArrayLiteral("from client"));
    QCOMPARE(up.stream(), quint16(8));
    QCOMPARE(up.payloadProtocolId(), quint32(60));

    // The accepted socket ends like any other.
    QSignalSpy disconnectedSpy(s, &QSctpSocket::disconnected);
    a.client->disconnectFromHost();
    WAIT_UNTIL(disconnectedSpy.count() == 1, 5000);
    QCOMPARE(s->state(), QSctpSocket::UnconnectedState);
}

void tst_QSctpServer::acceptedSocketsInheritSettings()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    QSctpInitOptions options;
    options.setOutboundStreams(7);
    options.setMaxInboundStreams(6);
    a.server->setInitOptions(options);
    a.server->setReceiveMode(QSctpSocket::QueueReceiveMode);
    a.server->setMaxPendingMessages(3);
    a.server->setMaxMessageSize(100);
    a.server->setSendBufferSize(256 * 1024);
    a.server->setReceiveBufferSize(384 * 1024);
    QCOMPARE(a.server->receiveMode(), QSctpSocket::QueueReceiveMode);
    QCOMPARE(a.server->maxPendingMessages(), qsizetype(3));
    QCOMPARE(a.server->maxMessageSize(), qint64(100));
    ESTABLISH(a);
    QSctpSocket *s = a.accepted;

    QCOMPARE(s->initOptions(), options);
    QCOMPARE(s->receiveMode(), QSctpSocket::QueueReceiveMode);
    QCOMPARE(s->maxPendingMessages(), qsizetype(3));
    QCOMPARE(s->maxMessageSize(), qint64(100));
    QCOMPARE(s->sendBufferSize(), 256 * 1024);
    QCOMPARE(s->receiveBufferSize(), 384 * 1024);
    QCOMPARE(s->outboundStreamCount(), 7);
    QCOMPARE(s->inboundStreamCount(), 6);

    // And act on them: queue mode despite a receiver, the bound, the size limit.
    int signalled = 0;
    connect(s, &QSctpSocket::messageReceived, this, [&] { ++signalled; });
    QSignalSpy errorSpy(s, &QSctpSocket::errorOccurred);
    QVERIFY(a.client->sendMessage(QByteArray(101, 'x')));
    for (int i = 0; i < 5; ++i)
        QVERIFY(a.client->sendMessage(QByteArray(100, char('a' + i))));
    WAIT_UNTIL(s->pendingMessageCount() == 3 && !errorSpy.isEmpty(), 5000);
    QCOMPARE(errorSpy.first().first().value<QSctpSocket::Error>(),
             QSctpSocket::MessageTooLargeError);
    QVERIFY(!errorSpy.wait(100));
    QCOMPARE(signalled, 3);
    QCOMPARE(s->pendingMessageCount(), 3);
    QCOMPARE(s->readMessage().payload(), QByteArray(100, 'a'));
    WAIT_UNTIL(signalled == 4, 5000);
    QCOMPARE(s->pendingMessageCount(), 3);

    // The engine options the listener had are the accepted socket's too.
    int sndbuf = 0;
    QVERIFY(QtSctpTest::engineOption(s, SOL_SOCKET, SO_SNDBUF, &sndbuf));
    // Linux doubles what it was asked for; usrsctp grants it as asked.
    QCOMPARE(sndbuf, (QtSctpTest::isUsrsctp() ? 1 : 2) * 256 * 1024);
    QCOMPARE(s->grantedSendBufferSize(), sndbuf);
    int nodelay = 0;
    QVERIFY(QtSctpTest::engineOption(s, IPPROTO_SCTP, SCTP_NODELAY, &nodelay));
    QCOMPARE(nodelay, 1);
}

void tst_QSctpServer::closeKeepsAcceptedSockets()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    Association a;
    ESTABLISH(a);
    const QSctpAddress address = a.server->serverAddress();
    a.server->close();
    QVERIFY(!a.server->isListening());

    // go-sctp: "Already Accepted connections are not closed."
    QCOMPARE(a.accepted->state(), QSctpSocket::ConnectedState);
    QVERIFY(a.client->sendMessage(QByteArrayLiteral("ping")));
    WAIT_UNTIL(a.accepted->hasPendingMessages(), 5000);
    QVERIFY(a.accepted->sendMessage(a.accepted->readMessage().payload() + "-pong"));
    WAIT_UNTIL(a.client->hasPendingMessages(), 5000);
    QCOMPARE(a.client->readMessage().payload(), QByteArrayLiteral("ping-pong"));

    // No new associations, though.
    QSctpSocket late;
    late.connectToHost(address);
    QVERIFY(!late.waitForConnected(5000));
    QCOMPARE(late.error(), QSctpSocket::ConnectionRefusedError);
}

void tst_QSctpServer::deleteWithPendingConnections()
{
    QTSCTP_REQUIRE_SCTP_ENGINE();
    auto server = std::make_unique<QSctpServer>();
    QVERIFY(server->listen(QStringLiteral("127.0.0.1:0")));
    QSctpSocket clients[2];
    QSignalSpy disconnected0(&clients[0], &QSctpSocket::disconnected);
    QSignalSpy disconnected1(&clients[1], &QSctpSocket::disconnected);
    for (QSctpSocket &client : clients) {
        client.connectToHost(server->serverAddress());
        QVERIFY(client.waitForConnected(5000));
    }
    WAIT_UNTIL(server->hasPendingConnections(), 5000);
    QPointer<QSctpSocket> taken = server->nextPendingConnection();
    QVERIFY(taken);
    WAIT_UNTIL(server->hasPendingConnections(), 5000); // accepted, not taken
    // Deleting the server deletes what it accepted, taken or not (its children), which ends
    // those associations.
    server.reset();
    QVERIFY(!taken);
    WAIT_UNTIL(disconnected0.count() == 1 && disconnected1.count() == 1, 5000);
    QCOMPARE(clients[0].error(), QSctpSocket::NoError);
    QCOMPARE(clients[1].error(), QSctpSocket::NoError);
}

QTEST_MAIN(tst_QSctpServer)
#include "tst_qsctpserver.moc"
