// SPDX-License-Identifier: BSD-3-Clause
// The README's example, compiled with the build so that it stays true.
#include <QtSctp/QSctpSocket>
#include <QtCore/QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QtSctp::QSctpSocket socket;
    QObject::connect(&socket, &QtSctp::QSctpSocket::connected,
                     [&] { socket.sendMessage("ping", /*stream*/ 1, /*PPID: Diameter*/ 46); });
    QObject::connect(
            &socket, &QtSctp::QSctpSocket::messageReceived, [&](const QtSctp::QSctpMessage &m) {
                qInfo() << "stream" << m.stream() << "PPID" << m.payloadProtocolId() << m.payload();
                socket.disconnectFromHost();
            });
    QObject::connect(&socket, &QtSctp::QSctpSocket::peerAddressChanged,
                     [](const QtSctp::QSctpPeerAddressChange &change) { qInfo() << change; });
    QObject::connect(&socket, &QtSctp::QSctpSocket::errorOccurred, [&] {
        qWarning() << socket.errorString();
        app.exit(1);
    });
    QObject::connect(&socket, &QtSctp::QSctpSocket::disconnected, &app, &QCoreApplication::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1/127.0.0.2:3868")); // two paths, one association
    return app.exec();
}
