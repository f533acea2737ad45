// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-echo-server: listens on one or several local addresses at once and sends every SCTP
// message back on the stream it came on, with the PPID it came with.
#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

using QtSctp::QSctpInitOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-echo-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Echoes every SCTP message back on its stream, with its PPID.\n\n"
            "ADDRESS is one or more local IP addresses and a port, e.g. 127.0.0.1/127.0.0.2:5000\n"
            "(both addresses, one multi-homed association per client), [::1]/127.0.0.1:5000,\n"
            ":5000 (every local address) or 127.0.0.1:0 (a free port, printed at start)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("Where to listen: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption streamsOption(
            QStringLiteral("streams"),
            QStringLiteral("Streams to offer in each direction (default 10)."),
            QStringLiteral("count"), QStringLiteral("10"));
    const QCommandLineOption onceOption(QStringLiteral("once"),
                                        QStringLiteral("Exit when the first client has gone."));
    parser.addOption(streamsOption);
    parser.addOption(onceOption);
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        err << "qsctp-echo-server: give one ADDRESS (see --help)" << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int streams = parser.value(streamsOption).toInt(&ok);
    if (!ok || streams < 1 || streams > 65535) {
        err << "qsctp-echo-server: --streams wants a number from 1 to 65535" << Qt::endl;
        return 2;
    }
    const bool once = parser.isSet(onceOption);

    QSctpServer server;
    QSctpInitOptions init;
    init.setOutboundStreams(quint16(streams));
    init.setMaxInboundStreams(quint16(streams));
    server.setInitOptions(init);
    if (!server.listen(parser.positionalArguments().first())) {
        err << "qsctp-echo-server: cannot listen on " << parser.positionalArguments().first()
            << ": " << server.errorString() << Qt::endl;
        return 1;
    }
    out << "listening on " << server.serverAddress().toString() << " (" << server.engineName()
        << " SCTP)" << Qt::endl;

    QObject::connect(&server, &QSctpServer::newConnection, &server, [&] {
        while (QSctpSocket *client = server.nextPendingConnection()) {
            const QString peer = client->peerAddress().toString();
            out << "accepted " << peer << " (" << client->inboundStreamCount() << " streams in, "
                << client->outboundStreamCount() << " out)" << Qt::endl;

            const auto echo = [&out, client, peer](const QSctpMessage &message) {
                out << "echo " << message.size() << " bytes on stream " << message.stream()
                    << " PPID " << message.payloadProtocolId() << " to " << peer << Qt::endl;
                QSctpMessage reply(message.payload(), message.stream(),
                                   message.payloadProtocolId());
                reply.setUnordered(message.receiveFlags().testFlag(QSctpMessage::Unordered));
                client->sendMessage(reply); // a failure comes through errorOccurred()
            };
            // With a receiver on messageReceived() nothing is queued for readMessage() in the
            // default receive mode; what came before the connection was made is in the queue.
            QObject::connect(client, &QSctpSocket::messageReceived, client, echo);
            while (client->hasPendingMessages())
                echo(client->readMessage());
            QObject::connect(client, &QSctpSocket::errorOccurred, client, [&err, client, peer] {
                err << peer << ": " << client->errorString() << Qt::endl;
            });
            QObject::connect(client, &QSctpSocket::disconnected, client,
                             [&out, client, peer, once] {
                                 out << "closed " << peer << Qt::endl;
                                 client->deleteLater();
                                 if (once)
                                     QCoreApplication::quit();
                             });
        }
    });
    QObject::connect(&server, &QSctpServer::acceptError, &server,
                     [&] { err << "accept failed: " << server.errorString() << Qt::endl; });

    return app.exec();
}
