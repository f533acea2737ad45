// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// QtSctp::QSctpSocket in signal/slot mode: the receiver handles messageReceived(); the sender
// keeps sending while messagesToWrite() is below a bound and otherwise waits for
// messagesWritten().

#include "benchcommon.h"

#include <QtSctp/qsctpserver.h>
#include <QtSctp/qsctpsocket.h>

#include <QtCore/qcoreapplication.h>

namespace bench {

namespace {

using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

constexpr QtSctp::QSctpAddress::Network Sctp4 = QtSctp::QSctpAddress::Sctp4;

QByteArray controlMessage(char byte)
{
    return QByteArray(1, byte);
}

} // namespace

int qtsctpReceiver(int argc, char **argv, const RoleArgs &args)
{
    QCoreApplication app(argc, argv);
    QSctpServer server;
    server.setReceiveMode(QSctpSocket::SignalReceiveMode);
    server.setSendBufferSize(sendBufferSize());
    server.setReceiveBufferSize(receiveBufferSize());
    if (!server.listen(QtSctp::QSctpAddress(QHostAddress(QHostAddress::LocalHost), 0), Sctp4))
        fail("listen: %s", qPrintable(server.errorString()));
    emitLine("PORT %u", unsigned(server.serverPort()));

    Checker checker("QtSctp receiver", args.size, args.count);
    QSctpSocket *socket = nullptr;
    bool finished = false;
    int64_t end = 0;

    QObject::connect(&server, &QSctpServer::newConnection, &server, [&] {
        QSctpSocket *accepted = server.nextPendingConnection();
        if (!accepted || socket)
            fail("unexpected association");
        socket = accepted;
        QObject::connect(socket, &QSctpSocket::errorOccurred, socket, [&] {
            if (!finished)
                fail("socket error: %s", qPrintable(socket->errorString()));
        });
        QObject::connect(socket, &QSctpSocket::disconnected, &app, [&] {
            if (!finished)
                fail("disconnected after %d messages", checker.received());
            app.quit();
        });
        QObject::connect(socket, &QSctpSocket::messageReceived, socket,
                         [&](const QtSctp::QSctpMessage &message) {
                             const QByteArray payload = message.payload();
                             checker.check(payload.constData(), payload.size());
                             if (args.test == Test::PingPong) {
                                 if (!socket->sendMessage(payload))
                                     fail("echo: %s", qPrintable(socket->errorString()));
                                 finished = checker.complete();
                                 if (finished)
                                     markEnd();
                             } else if (checker.complete()) {
                                 end = monotonicNs();
                                 markEnd();
                                 finished = true;
                                 socket->sendMessage(controlMessage(DoneByte));
                             }
                         });
        markStart();
        if (!socket->sendMessage(controlMessage(ReadyByte)))
            fail("ready: %s", qPrintable(socket->errorString()));
    });
    app.exec();
    markEnd();
    if (!checker.complete())
        fail("%d of %d messages arrived", checker.received(), args.count);
    emitUsage();
    if (args.test == Test::OneWay)
        emitLine("RECV %d %lld %lld", checker.received(), static_cast<long long>(checker.bytes()),
                 static_cast<long long>(end));
    else
        emitLine("ECHO %d %lld", checker.received(), static_cast<long long>(checker.bytes()));
    return 0;
}

int qtsctpSender(int argc, char **argv, const RoleArgs &args)
{
    QCoreApplication app(argc, argv);
    QSctpSocket socket;
    socket.setReceiveMode(QSctpSocket::SignalReceiveMode);
    socket.setSendBufferSize(sendBufferSize());
    socket.setReceiveBufferSize(receiveBufferSize());

    QByteArray payload(args.size, Qt::Uninitialized);
    fillPattern(payload.data(), args.size);
    Checker echoes("QtSctp client", args.size, args.count);
    bool finished = false;
    int sent = 0;
    int64_t start = 0;
    int64_t sentAll = 0;
    int64_t end = 0;

    // Writing into payload detaches it only while the socket still queues the previous one.
    auto sendNext = [&] {
        stamp(payload.data(), uint32_t(sent));
        if (!socket.sendMessage(payload))
            fail("send: %s", qPrintable(socket.errorString()));
        ++sent;
    };
    auto pump = [&] {
        while (sent < args.count && socket.messagesToWrite() < SendQueueBound)
            sendNext();
        if (sent == args.count && !sentAll)
            sentAll = monotonicNs();
    };

    QObject::connect(&socket, &QSctpSocket::errorOccurred, &socket, [&] {
        if (!finished)
            fail("socket error: %s", qPrintable(socket.errorString()));
    });
    QObject::connect(&socket, &QSctpSocket::disconnected, &app, [&] {
        if (!finished)
            fail("disconnected before the end");
        app.quit();
    });
    QObject::connect(&socket, &QSctpSocket::messageReceived, &socket,
                     [&](const QtSctp::QSctpMessage &message) {
                         const QByteArray data = message.payload();
                         if (!start) {
                             if (data.size() != 1 || data.at(0) != ReadyByte)
                                 fail("no ready message from the receiver");
                             start = monotonicNs();
                             markStart();
                             if (args.test == Test::OneWay)
                                 pump();
                             else
                                 sendNext();
                             return;
                         }
                         if (args.test == Test::OneWay) {
                             if (data.size() != 1 || data.at(0) != DoneByte)
                                 fail("unexpected message from the receiver");
                             finished = true;
                             markEnd();
                             socket.disconnectFromHost();
                             return;
                         }
                         echoes.check(data.constData(), data.size());
                         if (!echoes.complete()) {
                             sendNext();
                             return;
                         }
                         end = monotonicNs();
                         finished = true;
                         markEnd();
                         socket.disconnectFromHost();
                     });
    if (args.test == Test::OneWay)
        QObject::connect(&socket, &QSctpSocket::messagesWritten, &socket, pump);

    socket.connectToHost(QtSctp::QSctpAddress(QHostAddress(QHostAddress::LocalHost), args.port),
                         Sctp4);
    if (socket.state() == QSctpSocket::UnconnectedState)
        fail("connect: %s", qPrintable(socket.errorString()));
    app.exec();
    emitUsage();
    if (args.test == Test::OneWay)
        emitLine("SEND %lld %lld", static_cast<long long>(start), static_cast<long long>(sentAll));
    else
        emitLine("RTT %lld %lld", static_cast<long long>(start), static_cast<long long>(end));
    return 0;
}

} // namespace bench
