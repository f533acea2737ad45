// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-multistream-client: a Qt Widgets client of qsctp-multistream-server that shows each
// stream of the association in a pane of its own.
#include "multistream.h"
#include "streamwindow.h"

#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

using QtSctp::QSctpSocket;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qsctp-multistream-client"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Shows the time (stream 0), the chat (stream 1) and the images (stream 2) that\n"
            "qsctp-multistream-server sends, each in a pane of its own.\n\n"
            "Runs without a display too: QT_QPA_PLATFORM=offscreen with --print and\n"
            "--quit-after, as the tests do."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("The server: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption nickOption(QStringLiteral("nick"),
                                        QStringLiteral("Your name in the chat (default: guest)."),
                                        QStringLiteral("name"), QStringLiteral("guest"));
    const QCommandLineOption sayOption(QStringLiteral("say"),
                                       QStringLiteral("Say this in the chat once connected."),
                                       QStringLiteral("text"));
    const QCommandLineOption printOption(
            QStringLiteral("print"),
            QStringLiteral("Print each message shown, with its stream and PPID, to stdout."));
    const QCommandLineOption quitOption(
            QStringLiteral("quit-after"),
            QStringLiteral("Quit once every stream has shown this many messages; print what "
                           "the panes show then."),
            QStringLiteral("count"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            QStringLiteral("With --quit-after: fail when that takes longer (default 30000)."),
            QStringLiteral("msecs"), QStringLiteral("30000"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QStringLiteral("With --quit-after: save the window as an image file before quitting."),
            QStringLiteral("file"));
    parser.addOptions(
            {nickOption, sayOption, printOption, quitOption, timeoutOption, screenshotOption});
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        err << "qsctp-multistream-client: give the server's ADDRESS (see --help)" << Qt::endl;
        return 2;
    }
    int quitAfter = 0;
    int timeout = 0;
    if (parser.isSet(quitOption)) {
        bool quitOk = false;
        bool timeoutOk = false;
        quitAfter = parser.value(quitOption).toInt(&quitOk);
        timeout = parser.value(timeoutOption).toInt(&timeoutOk);
        if (!quitOk || quitAfter < 1 || !timeoutOk || timeout < 1) {
            err << "qsctp-multistream-client: --quit-after and --timeout want positive numbers"
                << Qt::endl;
            return 2;
        }
    }

    QSctpSocket socket;
    StreamWindow window(&socket, parser.value(nickOption));

    QObject::connect(&socket, &QSctpSocket::connected, &window, [&] {
        if (parser.isSet(printOption)) {
            out << "connected to " << socket.peerAddress().toString() << " ("
                << socket.inboundStreamCount() << " streams in)" << Qt::endl;
        }
        if (parser.isSet(sayOption))
            window.sendChat(parser.value(sayOption));
    });
    QObject::connect(&socket, &QSctpSocket::errorOccurred, &window, [&] {
        err << "qsctp-multistream-client: " << socket.errorString() << Qt::endl;
        // Interactive use keeps the window open; a scripted run ends here.
        if (quitAfter > 0)
            QApplication::exit(1);
    });
    QObject::connect(&socket, &QSctpSocket::disconnected, &window, [&] {
        if (quitAfter > 0)
            QApplication::exit(1);
    });
    if (parser.isSet(printOption)) {
        QObject::connect(&window, &StreamWindow::messageShown, &window,
                         [&](quint16 stream, quint32 ppid, const QString &description) {
                             out << "stream " << stream << " PPID " << ppid << ": " << description
                                 << Qt::endl;
                         });
    }
    if (quitAfter > 0) {
        QObject::connect(&window, &StreamWindow::messageShown, &window, [&] {
            for (quint16 stream = 0; stream < Multistream::StreamCount; ++stream) {
                if (window.messageCount(stream) < quitAfter)
                    return;
            }
            out << "shown: " << window.shownState() << Qt::endl;
            if (parser.isSet(screenshotOption)
                && !window.grab().save(parser.value(screenshotOption))) {
                err << "cannot save " << parser.value(screenshotOption) << Qt::endl;
                QApplication::exit(1);
                return;
            }
            QObject::disconnect(&socket, nullptr, &window, nullptr);
            socket.disconnectFromHost();
            QApplication::exit(0);
        });
        QTimer::singleShot(timeout, &window, [&] {
            err << "qsctp-multistream-client: not every stream showed " << quitAfter
                << " messages within " << timeout << " ms: " << window.shownState() << Qt::endl;
            QApplication::exit(1);
        });
    }

    window.show();
    QTimer::singleShot(0, &socket,
                       [&] { socket.connectToHost(parser.positionalArguments().first()); });
    return app.exec();
}
