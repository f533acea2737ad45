// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-echo-client: connects to all of a server's addresses in one association, shows the
// paths, sends each MESSAGE (or each line of its input) and prints what comes back.
#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpPeerAddressInfo>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

#include <unistd.h>

using QtSctp::QSctpAddress;
using QtSctp::QSctpMessage;
using QtSctp::QSctpPeerAddressInfo;
using QtSctp::QSctpSocket;

namespace {

QString stateName(QSctpPeerAddressInfo::State state)
{
    return QString::fromLatin1(
            QMetaEnum::fromType<QSctpPeerAddressInfo::State>().valueToKey(int(state)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-echo-client"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Sends each MESSAGE to an SCTP echo server (without MESSAGE: each line of the\n"
            "standard input) and prints the replies; exits 0 when every reply came back.\n\n"
            "ADDRESS is the server's addresses and port, e.g. 127.0.0.1/127.0.0.2:5000: one\n"
            "association over every address given. Host names are resolved too."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("The server: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    parser.addPositionalArgument(QStringLiteral("message"),
                                 QStringLiteral("Messages to send, one SCTP message each."),
                                 QStringLiteral("[MESSAGE...]"));
    const QCommandLineOption bindOption(
            {QStringLiteral("b"), QStringLiteral("bind")},
            QStringLiteral("Local addresses to send from, e.g. 127.0.0.1/127.0.0.2:0."),
            QStringLiteral("local"));
    const QCommandLineOption streamOption(QStringLiteral("stream"),
                                          QStringLiteral("Stream id to send on (default 0)."),
                                          QStringLiteral("id"), QStringLiteral("0"));
    const QCommandLineOption ppidOption(
            QStringLiteral("ppid"),
            QStringLiteral("Payload protocol identifier to send with (default 0)."),
            QStringLiteral("ppid"), QStringLiteral("0"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            QStringLiteral("Give up when the connect or a reply takes longer (default 10000)."),
            QStringLiteral("msecs"), QStringLiteral("10000"));
    parser.addOptions({bindOption, streamOption, ppidOption, timeoutOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << "qsctp-echo-client: give the server's ADDRESS (see --help)" << Qt::endl;
        return 2;
    }
    bool streamOk = false;
    bool ppidOk = false;
    bool timeoutOk = false;
    const uint stream = parser.value(streamOption).toUInt(&streamOk);
    const quint32 ppid = parser.value(ppidOption).toUInt(&ppidOk);
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!streamOk || stream > 65535 || !ppidOk || !timeoutOk || timeout <= 0) {
        err << "qsctp-echo-client: --stream, --ppid and --timeout want numbers" << Qt::endl;
        return 2;
    }

    QSctpSocket socket;
    if (parser.isSet(bindOption)) {
        QString error;
        const QSctpAddress local = QSctpAddress::fromString(parser.value(bindOption), &error);
        if (!error.isEmpty()) {
            err << "qsctp-echo-client: --bind: " << error << Qt::endl;
            return 2;
        }
        socket.setLocalBindAddress(local);
    }

    // What is still to come back, in order.
    QStringList expected;
    bool inputDone = false;
    int failures = 0;

    QTimer watchdog;
    watchdog.setSingleShot(true);
    watchdog.setInterval(timeout);
    QObject::connect(&watchdog, &QTimer::timeout, &socket, [&] {
        err << "qsctp-echo-client: no answer within " << timeout << " ms" << Qt::endl;
        socket.abort();
        QCoreApplication::exit(1);
    });

    const auto finishIfDone = [&] {
        if (inputDone && expected.isEmpty() && socket.state() == QSctpSocket::ConnectedState) {
            watchdog.stop();
            socket.disconnectFromHost();
        }
    };
    const auto send = [&](const QString &text) {
        if (text.isEmpty())
            return; // SCTP has no empty messages
        if (!socket.sendMessage(text.toUtf8(), quint16(stream), ppid)) {
            err << "send failed: " << socket.errorString() << Qt::endl;
            ++failures;
            return;
        }
        expected.append(text);
        if (!watchdog.isActive())
            watchdog.start();
    };

    // Without MESSAGE arguments, each line of the standard input is one message.
    QByteArray pendingInput;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(false);
    QObject::connect(&input, &QSocketNotifier::activated, &socket, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            pendingInput.append(buffer, n);
        qsizetype newline;
        while ((newline = pendingInput.indexOf('\n')) >= 0) {
            send(QString::fromUtf8(pendingInput.left(newline)));
            pendingInput.remove(0, newline + 1);
        }
        if (n <= 0) {
            input.setEnabled(false);
            send(QString::fromUtf8(pendingInput));
            inputDone = true;
            finishIfDone();
        }
    });

    QObject::connect(&socket, &QSctpSocket::connected, &socket, [&] {
        watchdog.stop();
        out << "connected to " << socket.peerAddress().toString() << " from "
            << socket.localAddress().toString() << " (" << socket.engineName() << " SCTP, "
            << socket.outboundStreamCount() << " streams out, " << socket.inboundStreamCount()
            << " in)" << Qt::endl;
        // Every peer address is a path of its own; the primary carries the data.
        const QList<QSctpPeerAddressInfo> paths = socket.paths();
        for (const QSctpPeerAddressInfo &path : paths) {
            out << "path " << path.address().toString() << " port " << path.port() << " "
                << stateName(path.state()) << (path.isPrimary() ? " primary" : "") << Qt::endl;
        }
        if (positional.size() > 1) {
            for (const QString &message : positional.mid(1))
                send(message);
            inputDone = true;
            finishIfDone();
        } else {
            input.setEnabled(true);
        }
    });
    QObject::connect(&socket, &QSctpSocket::messageReceived, &socket,
                     [&](const QSctpMessage &message) {
                         const QString text = QString::fromUtf8(message.payload());
                         out << "reply on stream " << message.stream() << " PPID "
                             << message.payloadProtocolId() << ": " << text << Qt::endl;
                         if (expected.isEmpty() || expected.first() != text) {
                             err << "unexpected reply: " << text << Qt::endl;
                             ++failures;
                         } else {
                             expected.removeFirst();
                         }
                         if (expected.isEmpty())
                             watchdog.stop();
                         else
                             watchdog.start();
                         finishIfDone();
                     });
    QObject::connect(&socket, &QSctpSocket::errorOccurred, &socket, [&] {
        err << "qsctp-echo-client: " << socket.errorString() << Qt::endl;
        ++failures;
        if (socket.state() == QSctpSocket::UnconnectedState)
            QCoreApplication::exit(1);
    });
    QObject::connect(&socket, &QSctpSocket::disconnected, &socket, [&] {
        out << "disconnected" << Qt::endl;
        if (!expected.isEmpty())
            err << expected.size() << " replies missing" << Qt::endl;
        QCoreApplication::exit(failures || !expected.isEmpty() ? 1 : 0);
    });

    // Connect from inside the event loop, so that an early failure can end it.
    watchdog.start();
    QTimer::singleShot(0, &socket, [&] { socket.connectToHost(positional.first()); });
    return app.exec();
}
