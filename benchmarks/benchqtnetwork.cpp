// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Qt's own global ::QSctpSocket and ::QSctpServer (QtNetwork, QT_FEATURE_sctp) in datagram
// mode with one channel: writeDatagram()/readDatagram(). Qt cannot set SCTP_NODELAY nor the
// buffer sizes QtSctp uses, so they are set with setsockopt() on its descriptors.

#include "benchcommon.h"

#include <QtCore/qcoreapplication.h>
#include <QtNetwork/qnetworkdatagram.h>
#include <QtNetwork/qsctpserver.h>
#include <QtNetwork/qsctpsocket.h>

namespace bench {

namespace {

void tune(qintptr descriptor)
{
    if (descriptor < 0)
        fail("no socket descriptor");
    setBuffers(int(descriptor));
    setNoDelay(int(descriptor));
}

bool writeMessage(::QSctpSocket *socket, const QByteArray &data)
{
    return socket->writeDatagram(QNetworkDatagram(data));
}

} // namespace

int qtnetworkReceiver(int argc, char **argv, const RoleArgs &args)
{
    QCoreApplication app(argc, argv);
    ::QSctpServer server;
    server.setMaximumChannelCount(1);
    if (!server.listen(QHostAddress(QHostAddress::LocalHost), 0))
        fail("listen: %s", qPrintable(server.errorString()));
    // Accepted sockets take the listener's buffers (and the receive window it advertises).
    tune(server.socketDescriptor());
    emitLine("PORT %u", unsigned(server.serverPort()));

    Checker checker("Qt receiver", args.size, args.count);
    ::QSctpSocket *socket = nullptr;
    bool finished = false;
    int64_t end = 0;

    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        ::QSctpSocket *accepted = server.nextPendingDatagramConnection();
        if (!accepted || socket)
            fail("unexpected association");
        socket = accepted;
        tune(socket->socketDescriptor());
        QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [&] {
            if (!finished)
                fail("socket error: %s", qPrintable(socket->errorString()));
        });
        QObject::connect(socket, &QAbstractSocket::disconnected, &app, [&] {
            if (!finished)
                fail("disconnected after %d messages", checker.received());
            app.quit();
        });
        QObject::connect(socket, &QIODevice::readyRead, socket, [&] {
            while (socket->bytesAvailable() > 0) {
                const QByteArray data = socket->readDatagram().data();
                if (data.isEmpty())
                    fail("readDatagram() returned nothing");
                checker.check(data.constData(), data.size());
                if (args.test == Test::PingPong) {
                    if (!writeMessage(socket, data))
                        fail("echo: %s", qPrintable(socket->errorString()));
                    finished = checker.complete();
                    if (finished)
                        markEnd();
                } else if (checker.complete()) {
                    end = monotonicNs();
                    markEnd();
                    finished = true;
                    writeMessage(socket, QByteArray(1, DoneByte));
                }
            }
        });
        markStart();
        if (!writeMessage(socket, QByteArray(1, ReadyByte)))
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

int qtnetworkSender(int argc, char **argv, const RoleArgs &args)
{
    QCoreApplication app(argc, argv);
    ::QSctpSocket socket;
    socket.setMaximumChannelCount(1);

    QByteArray payload(args.size, Qt::Uninitialized);
    fillPattern(payload.data(), args.size);
    Checker echoes("Qt client", args.size, args.count);
    bool finished = false;
    int sent = 0;
    int64_t start = 0;
    int64_t sentAll = 0;
    int64_t end = 0;
    const qint64 queueBound = qint64(SendQueueBound) * args.size;

    // Qt keeps a reference to each queued datagram, so writing the next one detaches.
    auto sendNext = [&] {
        stamp(payload.data(), uint32_t(sent));
        if (!writeMessage(&socket, payload))
            fail("send: %s", qPrintable(socket.errorString()));
        ++sent;
    };
    auto pump = [&] {
        while (sent < args.count && socket.bytesToWrite() < queueBound)
            sendNext();
        if (sent == args.count && !sentAll)
            sentAll = monotonicNs();
    };

    QObject::connect(&socket, &QAbstractSocket::connected, &socket,
                     [&] { tune(socket.socketDescriptor()); });
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket, [&] {
        if (!finished)
            fail("socket error: %s", qPrintable(socket.errorString()));
    });
    QObject::connect(&socket, &QAbstractSocket::disconnected, &app, [&] {
        if (!finished)
            fail("disconnected before the end");
        app.quit();
    });
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] {
        while (socket.bytesAvailable() > 0) {
            const QByteArray data = socket.readDatagram().data();
            if (data.isEmpty())
                fail("readDatagram() returned nothing");
            if (!start) {
                if (data.size() != 1 || data.at(0) != ReadyByte)
                    fail("no ready message from the receiver");
                start = monotonicNs();
                markStart();
                if (args.test == Test::OneWay)
                    pump();
                else
                    sendNext();
                continue;
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
                continue;
            }
            end = monotonicNs();
            finished = true;
            markEnd();
            socket.disconnectFromHost();
            return;
        }
    });
    if (args.test == Test::OneWay)
        QObject::connect(&socket, &QIODevice::bytesWritten, &socket, pump);

    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), args.port);
    app.exec();
    emitUsage();
    if (args.test == Test::OneWay)
        emitLine("SEND %lld %lld", static_cast<long long>(start), static_cast<long long>(sentAll));
    else
        emitLine("RTT %lld %lld", static_cast<long long>(start), static_cast<long long>(end));
    return 0;
}

} // namespace bench
