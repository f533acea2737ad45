// SPDX-License-Identifier: BSD-3-Clause
// The code snippets of docs/*.md, compiled with the build so that they stay true. Each
// function holds the snippets of one page, in the order they appear there.
#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpAssociationOptions>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>
#include <QtSctp/QtSctpTranslation>
#include <QtCore/QCoreApplication>
#include <QtCore/QDataStream>
#include <QtCore/QTranslator>
#include <QtNetwork/QNetworkDatagram>
#include <QtNetwork/QSctpSocket>

namespace snippets {

void address(QObject *context)
{
    QString error;
    const QtSctp::QSctpAddress peer
            = QtSctp::QSctpAddress::fromString(u"10.0.0.1/10.0.0.2:3868", &error);
    if (!error.isEmpty())
        qWarning() << error;
    Q_UNUSED(peer);

    QtSctp::QSctpAddress::resolveAsync(
            u"db1.example/db2.example:3868", QtSctp::QSctpAddress::Sctp, context,
            [](const QtSctp::QSctpAddress &address, const QString &error) {
                if (error.isEmpty())
                    qDebug() << "resolved" << address;
            });
}

void message(QtSctp::QSctpSocket *socket, QObject *context, const QByteArray &payload,
             quint32 hopByHopId)
{
    QtSctp::QSctpMessage request(payload, /*stream*/ 1, /*PPID*/ 46);
    request.setContext(hopByHopId);
    socket->sendMessage(request);

    QObject::connect(socket, &QtSctp::QSctpSocket::messageReceived, context,
                     [](const QtSctp::QSctpMessage &m) {
                         qDebug() << "stream" << m.stream() << "PPID" << m.payloadProtocolId()
                                  << "SSN" << m.streamSequenceNumber() << m.size() << "bytes";
                     });
}

void initOptions(QtSctp::QSctpSocket *socket)
{
    QtSctp::QSctpInitOptions init;
    init.setOutboundStreams(32);
    init.setMaxInboundStreams(32);
    init.setMaxAttempts(4);
    socket->setInitOptions(init);
}

void socket(QObject *self, const QByteArray &payload)
{
    auto *socket = new QtSctp::QSctpSocket(self);
    socket->setLocalBindAddress(QtSctp::QSctpAddress::fromString(u"10.0.0.10/10.1.0.10:0"));
    QObject::connect(socket, &QtSctp::QSctpSocket::connected, self, [socket] {
        qDebug() << "up:" << socket->localAddress() << "->" << socket->peerAddress()
                 << socket->outboundStreamCount() << "streams out";
    });
    QObject::connect(socket, &QtSctp::QSctpSocket::errorOccurred, self,
                     [socket] { qWarning() << socket->errorString(); });
    socket->connectToHost(QStringLiteral("10.0.0.1/10.1.0.1:3868"));

    socket->sendMessage(payload, /*stream*/ 2, /*PPID*/ 3);
    socket->sendMessage(payload, 0, 0, QtSctp::QSctpSocket::UnorderedSend);
    QtSctp::QSctpMessage m(payload, 1, 46);
    m.setDestination(QHostAddress(QStringLiteral("10.1.0.1")));
    socket->sendMessage(m);
}

void server(QObject *self)
{
    auto *server = new QtSctp::QSctpServer(self);
    QObject::connect(server, &QtSctp::QSctpServer::newConnection, self, [server] {
        while (QtSctp::QSctpSocket *socket = server->nextPendingConnection()) {
            QObject::connect(socket, &QtSctp::QSctpSocket::messageReceived, socket,
                             [socket](const QtSctp::QSctpMessage &m) {
                                 socket->sendMessage(m.payload(), m.stream(),
                                                     m.payloadProtocolId());
                             });
            QObject::connect(socket, &QtSctp::QSctpSocket::disconnected, socket,
                             &QObject::deleteLater);
        }
    });
    if (!server->listen(QStringLiteral("127.0.0.1/127.0.0.2:0")))
        qFatal("%s", qPrintable(server->errorString()));
    qDebug() << "listening on" << server->serverAddress();
}

void associationOptions(QtSctp::QSctpSocket *socket)
{
    QtSctp::QSctpAssociationOptions options;
    options.setRtoMin(100);
    options.setRtoMax(2000);
    options.setRtoInitial(500);
    options.setHeartbeatInterval(1000);
    options.setPathMaxRetransmissions(4);
    if (!socket->setAssociationOptions(options))
        qWarning() << socket->errorString();
}

void statusPathsStatistics(QtSctp::QSctpSocket *socket,
                           QtSctp::QSctpAssociationStatistics &previous)
{
    const QtSctp::QSctpAssociationStatus status = socket->associationStatus();
    if (socket->error() == QtSctp::QSctpSocket::NoError)
        qDebug() << status.state() << "rwnd" << status.receiveWindow() << "unacked"
                 << status.unacknowledgedChunks();

    for (const QtSctp::QSctpPeerAddressInfo &path : socket->paths())
        qDebug() << path.address() << path.state() << "srtt" << path.smoothedRtt() << "ms"
                 << (path.isPrimary() ? "primary" : "");
    socket->setPrimaryPath(QHostAddress(QStringLiteral("10.1.0.1")));

    const QtSctp::QSctpAssociationStatistics now = socket->statistics();
    qDebug() << "retransmitted since last sample:"
             << now.retransmittedChunks - previous.retransmittedChunks;
    previous = now;
}

void notifications(QtSctp::QSctpSocket *socket, QObject *self, const QByteArray &bytes)
{
    socket->subscribe(QtSctp::QSctpNotification::SenderDryEvent);
    socket->unsubscribe(QtSctp::QSctpNotification::ShutdownEvent);
    QObject::connect(socket, &QtSctp::QSctpSocket::peerAddressChanged, self,
                     [](const QtSctp::QSctpPeerAddressChange &change) {
                         qDebug() << change.address() << change.state();
                     });
    QObject::connect(socket, &QtSctp::QSctpSocket::notificationReceived, self,
                     [](const QtSctp::QSctpNotification &n) { qDebug() << n; });

    QObject::connect(socket, &QtSctp::QSctpSocket::disconnected, self, [socket] {
        const QtSctp::QSctpAssociationChange end = socket->lastAssociationChange();
        if (end.state() == QtSctp::QSctpAssociationChange::CommunicationLost)
            qWarning() << "lost, cause" << end.abortCauseCode();
    });

    const QtSctp::QSctpNotification n = QtSctp::QSctpNotification::decode(bytes);
    if (!n.isValid())
        qWarning() << n.decodeError() << n.errorString();
    else if (n.type() == QtSctp::QSctpNotification::PeerAddressChange)
        qDebug() << n.peerAddressChange();
}

void translations(QCoreApplication &app)
{
    QtSctp::installTranslator();

    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("qtsctp"), QStringLiteral("_"),
                         QtSctp::translationsResourcePath()))
        QCoreApplication::installTranslator(translator);
}

void migrationTcp(QtSctp::QSctpSocket *socket, QObject *self)
{
    QDataStream out(socket);
    out << quint32(42) << QStringLiteral("hello");

    QObject::connect(socket, &QIODevice::readyRead, self, [socket] {
        QDataStream in(socket);
        in.startTransaction();
        quint32 n;
        QString text;
        in >> n >> text;
        if (in.commitTransaction())
            qDebug() << n << text;
    });
}

void migrationQtNetwork(QObject *self, const QByteArray &pdu)
{
#ifndef QT_NO_SCTP // a Qt built without SCTP has no ::QSctpSocket
    auto *s = new ::QSctpSocket(self);
    s->setMaximumChannelCount(4);
    s->connectToHost(QStringLiteral("10.0.0.1"), 3868);
    s->setCurrentWriteChannel(1);
    s->writeDatagram(QNetworkDatagram(pdu));
#endif

    auto *t = new QtSctp::QSctpSocket(self);
    QtSctp::QSctpInitOptions init;
    init.setOutboundStreams(4);
    init.setMaxInboundStreams(4);
    t->setInitOptions(init);
    t->connectToHost(QStringLiteral("10.0.0.1/10.0.0.2:3868"));
    t->sendMessage(pdu, /*stream*/ 1, /*PPID: Diameter*/ 46);
}

} // namespace snippets
