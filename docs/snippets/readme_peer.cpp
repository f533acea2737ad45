// SPDX-License-Identifier: BSD-3-Clause
// The peer of the README's example in tst_readme_example: listens on 127.0.0.1/127.0.0.2:3868,
// answers each message with "pong:" and its payload on the same stream with the same PPID, and
// exits when the association ends. Exit status 77 (a skip) where there is no SCTP at all,
// unless under scripts/with-sctp.
#include <QtSctp/QSctpServer>
#include <QtCore/QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QtSctp::QSctpServer server;
    QObject::connect(&server, &QtSctp::QSctpServer::newConnection, &app, [&] {
        QtSctp::QSctpSocket *socket = server.nextPendingConnection();
        if (!socket)
            return;
        QObject::connect(socket, &QtSctp::QSctpSocket::messageReceived, socket,
                         [socket](const QtSctp::QSctpMessage &m) {
                             socket->sendMessage("pong:" + m.payload(), m.stream(),
                                                 m.payloadProtocolId());
                         });
        QObject::connect(socket, &QtSctp::QSctpSocket::disconnected, &app, &QCoreApplication::quit);
    });
    if (!server.listen(QStringLiteral("127.0.0.1/127.0.0.2:3868"))) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        const bool skip = server.serverError() == QtSctp::QSctpSocket::UnsupportedError
                && qEnvironmentVariableIsEmpty("QTSCTP_WITH_SCTP");
        return skip ? 77 : 1;
    }
    std::printf("listening on %s\n", qPrintable(server.serverAddress().toString()));
    std::fflush(stdout);
    return app.exec();
}
