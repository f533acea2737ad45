// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// QSctpServer and QSctpSocket on the userspace engine (usrsctp, SCTP over UDP on loopback): runs
// on a plain host without kernel SCTP. Listen, connect, an echo on several streams with PPIDs
// and receive info, association change notifications, status, a message larger than one
// receive, the blocking API, and the end of the association on both sides.

#include <QtSctp/QSctpAssociationChange>
#include <QtSctp/QSctpAssociationStatus>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpPeerAddressInfo>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>
#include <QtSctp/QtSctpEngine>

#include <QtCore/QScopeGuard>
#include <QtNetwork/QUdpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using QtSctp::QSctpAddress;
using QtSctp::QSctpAssociationChange;
using QtSctp::QSctpAssociationStatus;
using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

constexpr int Timeout = 10000;

QSctpAddress loopback(quint16 port)
{
    return QSctpAddress(QHostAddress(QHostAddress::LocalHost), port);
}

// Echoes every message back on its stream with its PPID.
void echo(QSctpSocket *socket)
{
    QObject::connect(socket, &QSctpSocket::messageReceived, socket,
                     [socket](const QSctpMessage &message) {
                         QSctpMessage reply(message.payload(), message.stream(),
                                            message.payloadProtocolId());
                         reply.setUnordered(message.isUnordered());
                         socket->sendMessage(reply);
                     });
}

// Whether the port the stack had is free again (the stack finished).
bool udpPortFree(quint16 port)
{
    QUdpSocket probe;
    return probe.bind(QHostAddress(QHostAddress::AnyIPv4), port);
}

} // namespace

class tst_QSctpUsrsctp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void engineName();
    void echoOnStreamsWithPpids();
    void blockingApi();
    void largeMessage();
    void peerCloses();
    void connectRefused();
    void stackRestarts();
    void engineChoicePerObject();
    void engineChoiceOverridesEnvironment();
    void engineChoiceWhileOpen();
    void udpPortsWhileRunning();
    void busyUdpPortIsNamed();
    void multiHomedIPv4AndIPv6();
};

void tst_QSctpUsrsctp::initTestCase()
{
    // ctest sets these; a direct run gets the same.
    if (qEnvironmentVariableIsEmpty("QTSCTP_ENGINE"))
        qputenv("QTSCTP_ENGINE", "usrsctp");
    if (qEnvironmentVariableIsEmpty("QTSCTP_USRSCTP_UDP_PORT"))
        qputenv("QTSCTP_USRSCTP_UDP_PORT", "0"); // a free port of its own
}

void tst_QSctpUsrsctp::engineName()
{
    QSctpServer server;
    QCOMPARE(server.engineName(), QStringLiteral("usrsctp"));
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QCOMPARE(server.engineName(), QStringLiteral("usrsctp"));
    QVERIFY(server.serverPort() != 0);
    QSctpSocket socket;
    QCOMPARE(socket.engineName(), QStringLiteral("usrsctp"));
}

void tst_QSctpUsrsctp::echoOnStreamsWithPpids()
{
    QSctpServer server;
    QtSctp::QSctpInitOptions init;
    init.setOutboundStreams(8);
    init.setMaxInboundStreams(8);
    server.setInitOptions(init);
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QPointer<QSctpSocket> accepted;
    connect(&server, &QSctpServer::newConnection, this, [&] {
        accepted = server.nextPendingConnection();
        if (accepted)
            echo(accepted);
    });

    QSctpSocket client;
    client.setInitOptions(init);
    QSignalSpy connectedSpy(&client, &QSctpSocket::connected);
    QSignalSpy changes(&client, &QSctpSocket::associationChanged);
    QList<QSctpMessage> received;
    connect(&client, &QSctpSocket::messageReceived, this,
            [&](const QSctpMessage &message) { received.append(message); });
    client.connectToHost(loopback(server.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QSctpSocket::ConnectedState, Timeout);
    QCOMPARE(connectedSpy.size(), 1);
    QCOMPARE(client.engineName(), QStringLiteral("usrsctp"));
    QTRY_VERIFY_WITH_TIMEOUT(accepted, Timeout);
    QCOMPARE(accepted->state(), QSctpSocket::ConnectedState);
    QCOMPARE(accepted->engineName(), QStringLiteral("usrsctp"));
    QCOMPARE(client.outboundStreamCount(), 8);
    QCOMPARE(client.inboundStreamCount(), 8);
    QCOMPARE(accepted->outboundStreamCount(), 8);

    // COMM_UP came through, translated to Linux's numbering (usrsctp's is 1, Linux's 0).
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), Timeout);
    const auto up = changes.first().first().value<QSctpAssociationChange>();
    QCOMPARE(up.state(), QSctpAssociationChange::CommunicationUp);
    QCOMPARE(up.outboundStreams(), quint16(8));
    QCOMPARE(client.lastAssociationChange().state(), QSctpAssociationChange::CommunicationUp);

    // The peer's address is the server's.
    QCOMPARE(client.peerAddress().port(), server.serverPort());
    QVERIFY(client.peerAddress().addresses().contains(QHostAddress(QHostAddress::LocalHost)));

    struct Sent
    {
        quint16 stream;
        quint32 ppid;
        QByteArray payload;
    };
    const QList<Sent> messages = {
            {0, 0, "zero"},           {1, 42, "one"},
            {3, 0xdeadbeef, "three"}, {7, 0x01020304, QByteArray(3000, 'x')},
            {3, 51, "three again"},
    };
    for (const Sent &m : messages)
        QVERIFY2(client.sendMessage(m.payload, m.stream, m.ppid), qPrintable(client.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), messages.size(), Timeout);
    // Ordered per stream; across streams any order.
    for (const Sent &m : messages) {
        const auto it = std::find_if(received.begin(), received.end(), [&](const QSctpMessage &r) {
            return r.payload() == m.payload;
        });
        QVERIFY2(it != received.end(), m.payload.constData());
        QCOMPARE(it->stream(), m.stream);
        QCOMPARE(it->payloadProtocolId(), m.ppid);
        QVERIFY(it->receiveFlags().testFlag(QSctpMessage::EndOfRecord));
        QVERIFY(it->receiveFlags().testFlag(QSctpMessage::ReceiveInfoPresent));
        QVERIFY(it->transmissionSequenceNumber() != 0);
    }
    const auto second = std::find_if(received.begin(), received.end(), [](const QSctpMessage &r) {
        return r.payload() == "three again";
    });
    QCOMPARE(second->streamSequenceNumber(), quint16(1)); // the second on stream 3

    // Status, translated from usrsctp's states (its ESTABLISHED is 8, Linux's 4).
    const QSctpAssociationStatus status = client.associationStatus();
    QCOMPARE(status.state(), QSctpAssociationStatus::Established);
    QCOMPARE(status.outboundStreams(), 8);
    QVERIFY(status.primaryPath().address().isEqual(QHostAddress(QHostAddress::LocalHost),
                                                   QHostAddress::TolerantConversion));

    // A graceful end: both sides go unconnected.
    QSignalSpy clientGone(&client, &QSctpSocket::disconnected);
    QSignalSpy serverGone(accepted.data(), &QSctpSocket::disconnected);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(clientGone.size(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverGone.size(), 1, Timeout);
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    QCOMPARE(client.error(), QSctpSocket::NoError);
}

void tst_QSctpUsrsctp::blockingApi()
{
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QSctpSocket client;
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QSctpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    peer->setReceiveMode(QSctpSocket::QueueReceiveMode);
    client.setReceiveMode(QSctpSocket::QueueReceiveMode);

    QVERIFY(client.sendMessage("ping", 1, 7));
    QVERIFY2(peer->waitForReadyRead(Timeout), qPrintable(peer->errorString()));
    const QSctpMessage ping = peer->readMessage();
    QCOMPARE(ping.payload(), QByteArray("ping"));
    QCOMPARE(ping.stream(), quint16(1));
    QCOMPARE(ping.payloadProtocolId(), quint32(7));

    // QIODevice: write() is one message on stream 0 with PPID 0.
    QCOMPARE(peer->write("pong"), qint64(4));
    QVERIFY2(client.waitForReadyRead(Timeout), qPrintable(client.errorString()));
    QCOMPARE(client.readAll(), QByteArray("pong"));

    client.disconnectFromHost();
    QVERIFY2(peer->waitForDisconnected(Timeout), qPrintable(peer->errorString()));
    QVERIFY(client.state() == QSctpSocket::UnconnectedState || client.waitForDisconnected(Timeout));
}

void tst_QSctpUsrsctp::largeMessage()
{
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QSctpSocket client;
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QSctpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    QList<QSctpMessage> received;
    connect(peer, &QSctpSocket::messageReceived, this,
            [&](const QSctpMessage &message) { received.append(message); });

    // Larger than one receive (64 KiB): reassembled from pieces up to MSG_EOR.
    QByteArray big(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7);
    QVERIFY(client.sendMessage(big, 2, 99));
    for (int i = 0; i < 50; ++i)
        QVERIFY(client.sendMessage(QByteArray::number(i), 0, quint32(i)));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 51, Timeout);
    QCOMPARE(received.first().payload(), big);
    QCOMPARE(received.first().stream(), quint16(2));
    QCOMPARE(received.first().payloadProtocolId(), quint32(99));
    for (int i = 0; i < 50; ++i)
        QCOMPARE(received.at(i + 1).payloadProtocolId(), quint32(i));
    client.abort();
    QTRY_COMPARE_WITH_TIMEOUT(peer->state(), QSctpSocket::UnconnectedState, Timeout);
}

void tst_QSctpUsrsctp::peerCloses()
{
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QSctpSocket client;
    QSignalSpy changes(&client, &QSctpSocket::associationChanged);
    QSignalSpy gone(&client, &QSctpSocket::disconnected);
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QSctpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    // Linger 0: ABORT; the client sees COMM_LOST and an aborted association.
    QVERIFY(peer->setLinger(0));
    peer->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, Timeout);
    QCOMPARE(client.error(), QSctpSocket::AssociationAbortedError);
    const auto last = changes.last().first().value<QSctpAssociationChange>();
    QCOMPARE(last.state(), QSctpAssociationChange::CommunicationLost);
}

void tst_QSctpUsrsctp::connectRefused()
{
    // No listener on the port: the stack answers the INIT with an ABORT.
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    const quint16 port = server.serverPort();
    server.close();
    QSctpSocket client;
    QSignalSpy errors(&client, &QSctpSocket::errorOccurred);
    client.connectToHost(loopback(port));
    QVERIFY(!client.waitForConnected(Timeout));
    QCOMPARE(client.state(), QSctpSocket::UnconnectedState);
    qInfo() << "refused as" << client.error() << client.errorString();
    QVERIFY2(client.error() == QSctpSocket::ConnectionRefusedError
                     || client.error() == QSctpSocket::ConnectTimeoutError,
             qPrintable(client.errorString()));
}

void tst_QSctpUsrsctp::stackRestarts()
{
    // Every engine gone (and the stack finished once its associations are freed): the next
    // socket starts it again.
    for (int round = 0; round < 2; ++round) {
        QSctpServer server;
        QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
        const quint16 udpPort = QtSctp::userspaceUdpPort();
        QSctpSocket client;
        client.connectToHost(loopback(server.serverPort()));
        QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
        QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
        QSctpSocket *peer = server.nextPendingConnection();
        QVERIFY(peer);
        peer->setReceiveMode(QSctpSocket::QueueReceiveMode);
        QVERIFY(!udpPortFree(udpPort)); // the stack has it
        QVERIFY2(client.sendMessage("round", 0, quint32(round)), qPrintable(client.errorString()));
        QVERIFY2(peer->waitForReadyRead(Timeout), qPrintable(peer->errorString()));
        QCOMPARE(peer->readMessage().payloadProtocolId(), quint32(round));
        client.abort();
        peer->abort();
        server.close();
        // usrsctp_finish() ran once nothing was left: the UDP port is free again.
        QTRY_VERIFY_WITH_TIMEOUT(udpPortFree(udpPort), Timeout);
    }
}

// Waits until the process-wide stack has finished (nothing uses it any more), which is when its
// UDP ports may change.
static bool stackStopped()
{
    return QTest::qWaitFor([] { return QtSctp::setUserspaceUdpPorts(QtSctp::userspaceUdpPort()); },
                           15000);
}

void tst_QSctpUsrsctp::engineChoicePerObject()
{
    using QtSctp::Engine;
    QCOMPARE(QtSctp::engineName(Engine::Kernel), QStringLiteral("kernel"));
    QCOMPARE(QtSctp::engineName(Engine::Userspace), QStringLiteral("usrsctp"));
    QVERIFY(QtSctp::isEngineAvailable(Engine::Userspace));

    QSctpServer server;
    QCOMPARE(server.engine(), Engine::Automatic);
    QVERIFY2(server.setEngine(Engine::Userspace), qPrintable(server.errorString()));
    QCOMPARE(server.engine(), Engine::Userspace);
    QCOMPARE(server.engineName(), QStringLiteral("usrsctp"));
    QSctpSocket client;
    QCOMPARE(client.engine(), Engine::Automatic);
    QVERIFY2(client.setEngine(Engine::Userspace), qPrintable(client.errorString()));
    QCOMPARE(client.engineName(), QStringLiteral("usrsctp"));

    // The kernel engine: where this host has no kernel SCTP, refused at once, by name.
    QString reason;
    const bool kernel = QtSctp::isEngineAvailable(Engine::Kernel, &reason);
    QSctpSocket kernelSocket;
    QSctpServer kernelServer;
    if (!kernel) {
        QVERIFY2(reason.contains(QLatin1String("kernel SCTP engine")), qPrintable(reason));
        QVERIFY(!kernelSocket.setEngine(Engine::Kernel));
        QCOMPARE(kernelSocket.error(), QSctpSocket::UnsupportedError);
        QCOMPARE(kernelSocket.errorString(), reason);
        QCOMPARE(kernelSocket.engine(), Engine::Automatic); // unchanged
        QVERIFY(!kernelServer.setEngine(Engine::Kernel));
        QCOMPARE(kernelServer.serverError(), QSctpSocket::UnsupportedError);
        QCOMPARE(kernelServer.errorString(), reason);
    } else {
        QVERIFY(kernelSocket.setEngine(Engine::Kernel));
        QCOMPARE(kernelSocket.engineName(), QStringLiteral("kernel"));
    }

    // A userspace association; the accepted socket has its server's engine.
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QSctpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(accepted->engine(), Engine::Userspace);
    QCOMPARE(accepted->engineName(), QStringLiteral("usrsctp"));
    QCOMPARE(client.engineName(), QStringLiteral("usrsctp"));
}

void tst_QSctpUsrsctp::engineChoiceOverridesEnvironment()
{
    using QtSctp::Engine;
    // QTSCTP_ENGINE=kernel for the process, Engine::Userspace for these objects.
    const QByteArray saved = qgetenv("QTSCTP_ENGINE");
    qputenv("QTSCTP_ENGINE", "kernel");
    auto restore = qScopeGuard([&] { qputenv("QTSCTP_ENGINE", saved); });
    QCOMPARE(QtSctp::automaticEngine(), Engine::Kernel);
    QSctpServer server;
    QCOMPARE(server.engineName(), QStringLiteral("kernel"));
    QVERIFY(server.setEngine(Engine::Userspace));
    QCOMPARE(server.engineName(), QStringLiteral("usrsctp"));
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QSctpSocket client;
    QVERIFY(client.setEngine(Engine::Userspace));
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QCOMPARE(client.engineName(), QStringLiteral("usrsctp"));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QCOMPARE(server.nextPendingConnection()->engineName(), QStringLiteral("usrsctp"));
    restore.dismiss();
    qputenv("QTSCTP_ENGINE", saved);
    QCOMPARE(QtSctp::automaticEngine(), Engine::Userspace);
}

void tst_QSctpUsrsctp::engineChoiceWhileOpen()
{
    using QtSctp::Engine;
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QVERIFY(!server.setEngine(Engine::Userspace));
    QCOMPARE(server.serverError(), QSctpSocket::OperationError);
    QVERIFY2(server.errorString().contains(QLatin1String("usrsctp")),
             qPrintable(server.errorString()));
    QSctpSocket client;
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY(!client.setEngine(Engine::Userspace)); // connecting
    QCOMPARE(client.error(), QSctpSocket::OperationError);
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY(!client.setEngine(Engine::Automatic)); // connected
    QCOMPARE(client.error(), QSctpSocket::OperationError);
    client.abort();
    QVERIFY(client.setEngine(Engine::Userspace)); // unconnected again
}

void tst_QSctpUsrsctp::udpPortsWhileRunning()
{
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    const quint16 port = QtSctp::userspaceUdpPort();
    QVERIFY(port != 0); // the port picked for QTSCTP_USRSCTP_UDP_PORT=0, or the one given
    QCOMPARE(QtSctp::userspaceRemoteUdpPort(), port);
    QString error;
    QVERIFY(!QtSctp::setUserspaceUdpPorts(port + 1, 0, &error));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
    QCOMPARE(QtSctp::userspaceUdpPort(), port);
}

void tst_QSctpUsrsctp::busyUdpPortIsNamed()
{
    // Another process (here a plain UDP socket) has the port the stack would take.
    QUdpSocket squatter;
    QVERIFY(squatter.bind(QHostAddress(QHostAddress::AnyIPv4), 0));
    const quint16 busy = squatter.localPort();
    QVERIFY(stackStopped());
    const quint16 before = QtSctp::userspaceUdpPort();
    QVERIFY(QtSctp::setUserspaceUdpPorts(busy));
    auto restore = qScopeGuard([&] { QtSctp::setUserspaceUdpPorts(before); });
    QCOMPARE(QtSctp::userspaceUdpPort(), busy);

    QSctpServer server;
    QVERIFY(!server.listen(loopback(0)));
    QCOMPARE(server.serverError(), QSctpSocket::AddressInUseError);
    QVERIFY2(server.errorString().contains(QStringLiteral("UDP port %1").arg(busy))
                     && server.errorString().contains(QLatin1String("usrsctp")),
             qPrintable(server.errorString()));
    QSctpSocket client;
    client.connectToHost(loopback(9));
    QVERIFY(!client.waitForConnected(Timeout));
    QCOMPARE(client.error(), QSctpSocket::AddressInUseError);
    QVERIFY2(client.errorString().contains(QStringLiteral("UDP port %1").arg(busy)),
             qPrintable(client.errorString()));

    // Another port, and it works again.
    restore.dismiss();
    QVERIFY(QtSctp::setUserspaceUdpPorts(0));
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QVERIFY(QtSctp::userspaceUdpPort() != busy);
    QVERIFY(QtSctp::userspaceUdpPort() != 0);
}

void tst_QSctpUsrsctp::multiHomedIPv4AndIPv6()
{
    // Several local addresses on one UDP port: the loopback of each family (the usrsctp engine
    // binds only the host's interface addresses, so not 127.0.0.2 and the like).
    QSctpServer server;
    QVERIFY2(server.listen(QStringLiteral("[::1]/127.0.0.1:0")), qPrintable(server.errorString()));
    QCOMPARE(server.serverAddress().addresses().size(), 2);
    QSctpSocket client;
    QString parseError;
    client.setLocalBindAddress(
            QSctpAddress::fromString(QStringLiteral("[::1]/127.0.0.1:0"), &parseError));
    client.connectToHost(
            QSctpAddress(QHostAddress(QHostAddress::LocalHostIPv6), server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QSctpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    peer->setReceiveMode(QSctpSocket::QueueReceiveMode);
    // Both ends know both of the other's addresses, and both paths come up.
    QCOMPARE(client.peerAddress().addresses().size(), 2);
    QCOMPARE(peer->peerAddress().addresses().size(), 2);
    // (A path is confirmed by its first heartbeat; only then may it become the primary.)
    const auto bothActive = [&client] {
        const QList<QtSctp::QSctpPeerAddressInfo> paths = client.paths();
        return paths.size() == 2 && std::all_of(paths.cbegin(), paths.cend(), [](const auto &p) {
                   return p.state() == QtSctp::QSctpPeerAddressInfo::Active;
               });
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothActive(), Timeout);
    for (const auto &path : client.paths())
        QCOMPARE(path.port(), server.serverPort());
    // The primary moves to the other family, and messages follow it.
    const QHostAddress v4(QHostAddress::LocalHost);
    QVERIFY2(client.setPrimaryPath(v4), qPrintable(client.errorString()));
    QVERIFY(client.associationStatus().primaryPath().address().isEqual(
            v4, QHostAddress::TolerantConversion));
    QVERIFY(client.sendMessage("over IPv4", 0, 4));
    QVERIFY2(peer->waitForReadyRead(Timeout), qPrintable(peer->errorString()));
    QCOMPARE(peer->readMessage().payload(), QByteArray("over IPv4"));
    // One address of the mixed association, chosen per message: IPv4 goes; IPv6 is refused
    // by name (usrsctp 0.9.5 hangs on it).
    QtSctp::QSctpMessage toV4(QByteArray("to 127.0.0.1"), 1, 5);
    toV4.setDestination(v4);
    QVERIFY2(client.sendMessage(toV4), qPrintable(client.errorString()));
    QVERIFY2(peer->waitForReadyRead(Timeout), qPrintable(peer->errorString()));
    QCOMPARE(peer->readMessage().payload(), QByteArray("to 127.0.0.1"));
    QtSctp::QSctpMessage toV6(QByteArray("to ::1"), 1, 6);
    toV6.setDestination(QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(!client.sendMessage(toV6));
    QCOMPARE(client.error(), QSctpSocket::UnsupportedError);
    QVERIFY2(client.errorString().contains(QLatin1String("not supported by the usrsctp engine")),
             qPrintable(client.errorString()));
    QCOMPARE(client.state(), QSctpSocket::ConnectedState);
}

QTEST_MAIN(tst_QSctpUsrsctp)

#include "tst_qsctpusrsctp.moc"
