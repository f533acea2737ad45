// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-multistream-server: feeds every client three kinds of content over one association,
// one SCTP stream each: the time (stream 0), a chat (stream 1) and a stream of small generated
// images (stream 2). A large image never delays the next time message: each stream is ordered
// on its own.
#include "multistream.h"

#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QBuffer>
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtGui/QColor>
#include <QtGui/QImage>

#include <cmath>

using QtSctp::QSctpInitOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// A colour wheel that turns a little with every frame, with the frame number as a bar code
// along the bottom: different every time, and cheap to make without a font or a display.
QByteArray makeImage(int size, int frame)
{
    QImage image(size, size, QImage::Format_RGB32);
    const double centre = (size - 1) / 2.0;
    for (int y = 0; y < size; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size; ++x) {
            const double angle = std::atan2(y - centre, x - centre) * 180.0 / M_PI;
            const double radius = std::hypot(x - centre, y - centre) / centre;
            const int hue = (int(angle + 360.0) + frame * 12) % 360;
            const int value = radius > 1.0 ? 40 : 255;
            line[x] = QColor::fromHsv(hue, int(qMin(1.0, radius) * 255), value).rgb();
        }
    }
    const int bits = 16;
    const int barHeight = qMax(2, size / 10);
    for (int bit = 0; bit < bits; ++bit) {
        const QRgb colour = (frame >> bit) & 1 ? qRgb(255, 255, 255) : qRgb(0, 0, 0);
        for (int y = size - barHeight; y < size; ++y) {
            for (int x = bit * size / bits; x < (bit + 1) * size / bits; ++x)
                image.setPixel(x, y, colour);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-multistream-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Feeds each client the time on stream 0, a chat on stream 1 (what any client says\n"
            "there goes to all of them, and the server speaks every fifth tick) and small\n"
            "generated PNG images on stream 2.\n\n"
            "ADDRESS: local addresses and port, e.g. 127.0.0.1/127.0.0.2:5300 (0: a free port)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("Where to listen: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption intervalOption(
            QStringLiteral("interval"),
            QStringLiteral("Milliseconds between two time messages and two images (default "
                           "1000)."),
            QStringLiteral("msecs"), QStringLiteral("1000"));
    const QCommandLineOption sizeOption(
            QStringLiteral("image-size"),
            QStringLiteral("Width and height of the images in pixels (default 96)."),
            QStringLiteral("pixels"), QStringLiteral("96"));
    parser.addOptions({intervalOption, sizeOption});
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        err << "qsctp-multistream-server: give one ADDRESS (see --help)" << Qt::endl;
        return 2;
    }
    bool intervalOk = false;
    bool sizeOk = false;
    const int interval = parser.value(intervalOption).toInt(&intervalOk);
    const int imageSize = parser.value(sizeOption).toInt(&sizeOk);
    if (!intervalOk || interval < 1 || !sizeOk || imageSize < 16 || imageSize > 1024) {
        err << "qsctp-multistream-server: --interval wants a positive number, --image-size "
               "one from 16 to 1024"
            << Qt::endl;
        return 2;
    }

    QSctpServer server;
    QSctpInitOptions init;
    init.setOutboundStreams(Multistream::StreamCount);
    init.setMaxInboundStreams(Multistream::StreamCount);
    server.setInitOptions(init);
    if (!server.listen(parser.positionalArguments().first())) {
        err << "qsctp-multistream-server: cannot listen on " << parser.positionalArguments().first()
            << ": " << server.errorString() << Qt::endl;
        return 1;
    }
    out << "listening on " << server.serverAddress().toString() << " (" << server.engineName()
        << " SCTP)" << Qt::endl;

    QList<QPointer<QSctpSocket>> clients;
    const auto broadcast = [&clients](const QByteArray &payload, quint16 stream, quint32 ppid) {
        for (const QPointer<QSctpSocket> &client : std::as_const(clients)) {
            if (client && client->state() == QSctpSocket::ConnectedState)
                client->sendMessage(payload, stream, ppid);
        }
    };

    QObject::connect(&server, &QSctpServer::newConnection, &server, [&] {
        while (QSctpSocket *client = server.nextPendingConnection()) {
            const QString peer = client->peerAddress().toString();
            clients.append(client);
            out << "client " << peer << " joined (" << client->outboundStreamCount()
                << " streams out)" << Qt::endl;
            const auto onMessage = [&, peer](const QSctpMessage &message) {
                // The stream id says what a message is: chat is the only thing clients send.
                if (message.stream() != Multistream::ChatStream) {
                    err << peer << ": ignoring " << message.size() << " bytes on stream "
                        << message.stream() << Qt::endl;
                    return;
                }
                const QString line = QString::fromUtf8(message.payload()).simplified();
                out << "chat from " << peer << ": " << line << Qt::endl;
                broadcast(line.toUtf8(), Multistream::ChatStream, Multistream::TextPpid);
            };
            QObject::connect(client, &QSctpSocket::messageReceived, client, onMessage);
            while (client->hasPendingMessages())
                onMessage(client->readMessage());
            QObject::connect(client, &QSctpSocket::disconnected, client, [&, client, peer] {
                out << "client " << peer << " left" << Qt::endl;
                clients.removeAll(client);
                client->deleteLater();
            });
            client->sendMessage(QStringLiteral("server: welcome, %1 (%2 connected)")
                                        .arg(peer)
                                        .arg(clients.size())
                                        .toUtf8(),
                                Multistream::ChatStream, Multistream::TextPpid);
        }
    });

    int frame = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &server, [&] {
        if (clients.isEmpty())
            return;
        const QString now = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
        broadcast(now.toUtf8(), Multistream::TimeStream, Multistream::TextPpid);
        broadcast(makeImage(imageSize, frame), Multistream::ImageStream, Multistream::BinaryPpid);
        // The server has something to say now and then too.
        if (frame % 5 == 0) {
            broadcast(QStringLiteral("server: image %1 sent, %2 client(s) here")
                              .arg(frame)
                              .arg(clients.size())
                              .toUtf8(),
                      Multistream::ChatStream, Multistream::TextPpid);
        }
        ++frame;
    });
    tick.start(interval);

    return app.exec();
}
