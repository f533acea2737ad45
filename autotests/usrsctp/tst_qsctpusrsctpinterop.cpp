// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Kernel SCTP and the userspace engine talking to each other over UDP encapsulation (RFC 6951),
// inside scripts/with-sctp: the kernel listens for encapsulated SCTP on net.sctp.udp_port and
// sends to net.sctp.encap_port, where usrsctp listens; usrsctp sends to the kernel's port. The
// engine is chosen per object through QTSCTP_ENGINE at creation.

#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QFile>
#include <QtTest/QtTest>

using QtSctp::QSctpAddress;
using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

constexpr int Timeout = 10000;
constexpr quint16 KernelUdpPort = 9899;
constexpr quint16 UsrsctpUdpPort = 9900;

QByteArray readSysctl(const QString &name)
{
    QFile file(QStringLiteral("/proc/sys/net/sctp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

bool writeSysctl(const QString &name, const QByteArray &value)
{
    QFile file(QStringLiteral("/proc/sys/net/sctp/") + name);
    return file.open(QIODevice::WriteOnly) && file.write(value + '\n') > 0;
}

QSctpAddress loopback(quint16 port)
{
    return QSctpAddress(QHostAddress(QHostAddress::LocalHost), port);
}

} // namespace

class tst_QSctpUsrsctpInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exchange_data();
    void exchange();

private:
    QByteArray m_udpPort;
    QByteArray m_encapPort;
};

void tst_QSctpUsrsctpInterop::initTestCase()
{
    m_udpPort = readSysctl(QStringLiteral("udp_port"));
    m_encapPort = readSysctl(QStringLiteral("encap_port"));
    if (m_udpPort.isEmpty() || m_encapPort.isEmpty())
        QFAIL("no net.sctp.udp_port/encap_port: kernel SCTP with UDP encapsulation is needed");
    QVERIFY(writeSysctl(QStringLiteral("udp_port"), QByteArray::number(KernelUdpPort)));
    QVERIFY(writeSysctl(QStringLiteral("encap_port"), QByteArray::number(UsrsctpUdpPort)));
    qputenv("QTSCTP_USRSCTP_UDP_PORT", QByteArray::number(UsrsctpUdpPort));
    qputenv("QTSCTP_USRSCTP_REMOTE_UDP_PORT", QByteArray::number(KernelUdpPort));
}

void tst_QSctpUsrsctpInterop::cleanupTestCase()
{
    if (!m_udpPort.isEmpty())
        writeSysctl(QStringLiteral("udp_port"), m_udpPort);
    if (!m_encapPort.isEmpty())
        writeSysctl(QStringLiteral("encap_port"), m_encapPort);
}

void tst_QSctpUsrsctpInterop::exchange_data()
{
    QTest::addColumn<QByteArray>("serverEngine");
    QTest::addColumn<QByteArray>("clientEngine");
    QTest::newRow("usrsctp client, kernel server") << QByteArray("kernel") << QByteArray("usrsctp");
    QTest::newRow("kernel client, usrsctp server") << QByteArray("usrsctp") << QByteArray("kernel");
}

void tst_QSctpUsrsctpInterop::exchange()
{
    QFETCH(QByteArray, serverEngine);
    QFETCH(QByteArray, clientEngine);

    qputenv("QTSCTP_ENGINE", serverEngine);
    QSctpServer server;
    QVERIFY2(server.listen(loopback(0)), qPrintable(server.errorString()));
    QCOMPARE(server.engineName().toLatin1(), serverEngine);

    qputenv("QTSCTP_ENGINE", clientEngine);
    QSctpSocket client;
    client.setReceiveMode(QSctpSocket::QueueReceiveMode);
    client.connectToHost(loopback(server.serverPort()));
    QVERIFY2(client.waitForConnected(Timeout), qPrintable(client.errorString()));
    QCOMPARE(client.engineName().toLatin1(), clientEngine);
    QVERIFY2(server.waitForNewConnection(Timeout), qPrintable(server.errorString()));
    QSctpSocket *peer = server.nextPendingConnection();
    QVERIFY(peer);
    peer->setReceiveMode(QSctpSocket::QueueReceiveMode);
    QVERIFY(client.outboundStreamCount() >= 4);

    for (quint16 stream = 0; stream < 4; ++stream) {
        const quint32 ppid = 1000 + stream;
        const QByteArray payload = "to server on " + QByteArray::number(stream);
        QVERIFY2(client.sendMessage(payload, stream, ppid), qPrintable(client.errorString()));
        QVERIFY2(peer->hasPendingMessages() || peer->waitForReadyRead(Timeout),
                 qPrintable(peer->errorString()));
        const QSctpMessage got = peer->readMessage();
        QCOMPARE(got.payload(), payload);
        QCOMPARE(got.stream(), stream);
        QCOMPARE(got.payloadProtocolId(), ppid);

        const QByteArray reply = "to client on " + QByteArray::number(stream);
        QVERIFY2(peer->sendMessage(reply, stream, ppid + 1), qPrintable(peer->errorString()));
        QVERIFY2(client.hasPendingMessages() || client.waitForReadyRead(Timeout),
                 qPrintable(client.errorString()));
        const QSctpMessage back = client.readMessage();
        QCOMPARE(back.payload(), reply);
        QCOMPARE(back.stream(), stream);
        QCOMPARE(back.payloadProtocolId(), ppid + 1);
    }

    client.disconnectFromHost();
    QVERIFY2(peer->waitForDisconnected(Timeout), qPrintable(peer->errorString()));
}

QTEST_MAIN(tst_QSctpUsrsctpInterop)

#include "tst_qsctpusrsctpinterop.moc"
