// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-failover: traffic over a multi-homed association that survives losing a path.
//
//   qsctp-failover server ADDRESS           answers every message (numbered requests)
//   qsctp-failover client [options] ADDRESS sends numbered requests at a steady rate and
//                                           prints every path event as it happens
//
// Both ends use short heartbeat and retransmission timers, so that a dead path is noticed
// within a second or two: the path goes "potentially failed", then "unreachable", and the
// traffic moves to the other path without a message lost; when the path comes back it is
// "available" again. failover-demo.sh builds two such paths in network namespaces and takes
// one down.
#include <QtSctp/QSctpAssociationOptions>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpPeerAddressChange>
#include <QtSctp/QSctpPeerAddressInfo>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtCore/QSet>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>
#include <QtCore/QTime>
#include <QtCore/QTimer>
#include <QtCore/QtEndian>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using QtSctp::QSctpAssociationOptions;
using QtSctp::QSctpMessage;
using QtSctp::QSctpPeerAddressChange;
using QtSctp::QSctpPeerAddressInfo;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);
// Wall-clock time, so that the lines of the server and the client can be compared.
QString stamp()
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

// An IPv4 peer of an IPv6 socket is reported IPv4-mapped: show it plainly.
QString addressText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

QString describe(QSctpPeerAddressChange::State state)
{
    switch (state) {
    case QSctpPeerAddressChange::AddressAvailable:
        return QStringLiteral("available");
    case QSctpPeerAddressChange::AddressUnreachable:
        return QStringLiteral("unreachable");
    case QSctpPeerAddressChange::AddressPotentiallyFailed:
        return QStringLiteral("potentially failed");
    case QSctpPeerAddressChange::AddressRemoved:
        return QStringLiteral("removed");
    case QSctpPeerAddressChange::AddressAdded:
        return QStringLiteral("added");
    case QSctpPeerAddressChange::AddressMadePrimary:
        return QStringLiteral("made primary");
    case QSctpPeerAddressChange::AddressConfirmed:
        return QStringLiteral("confirmed");
    }
    return QStringLiteral("state %1").arg(int(state));
}

QString pathsText(QSctpSocket *socket)
{
    QStringList parts;
    const QList<QSctpPeerAddressInfo> paths = socket->paths();
    for (const QSctpPeerAddressInfo &path : paths) {
        parts.append(QStringLiteral("%1 %2%3").arg(
                addressText(path.address()),
                QString::fromLatin1(QMetaEnum::fromType<QSctpPeerAddressInfo::State>().valueToKey(
                        path.state())),
                path.isPrimary() ? QStringLiteral(" (primary)") : QString()));
    }
    return parts.join(QStringLiteral(", "));
}

// Heartbeats every 100 ms, retransmission timeouts of 100 to 400 ms, a path potentially failed
// after one missed reply and unreachable after three: a dead path shows within a second or so.
QSctpAssociationOptions fastFailover()
{
    QSctpAssociationOptions options;
    options.setHeartbeatInterval(100);
    options.setRtoInitial(200);
    options.setRtoMin(100);
    options.setRtoMax(400);
    options.setPathMaxRetransmissions(3);
    options.setPotentiallyFailedThreshold(1);
    return options;
}

void printPathEvents(QSctpSocket *socket, const QString &who)
{
    QObject::connect(socket, &QSctpSocket::peerAddressChanged, socket,
                     [who](const QSctpPeerAddressChange &change) {
                         out << stamp() << " " << who << ": path " << addressText(change.address())
                             << " " << describe(change.state()) << Qt::endl;
                     });
}

// SIGINT and SIGTERM end the client gracefully: through a socket pair into the event loop.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

int runServer(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        const bool help
                = args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h");
        (help ? out : err) << "usage: qsctp-failover server ADDRESS\n\n"
                              "Answers every request of qsctp-failover client and prints the path\n"
                              "events of each association. ADDRESS: e.g. 10.1.1.1/10.2.2.1:5000."
                           << Qt::endl;
        return help ? 0 : 2;
    }
    QSctpServer server;
    server.setAssociationOptions(fastFailover());
    if (!server.listen(args.first())) {
        err << "qsctp-failover: cannot listen on " << args.first() << ": " << server.errorString()
            << Qt::endl;
        return 1;
    }
    out << stamp() << " server: listening on " << server.serverAddress().toString() << Qt::endl;
    QObject::connect(&server, &QSctpServer::newConnection, &server, [&server] {
        while (QSctpSocket *socket = server.nextPendingConnection()) {
            const QString peer = socket->peerAddress().toString();
            out << stamp() << " server: client " << peer << " connected" << Qt::endl;
            printPathEvents(socket, QStringLiteral("server"));
            const auto answer = [socket](const QSctpMessage &message) {
                socket->sendMessage(message.payload().left(4), message.stream(),
                                    message.payloadProtocolId());
            };
            QObject::connect(socket, &QSctpSocket::messageReceived, socket, answer);
            while (socket->hasPendingMessages())
                answer(socket->readMessage());
            QObject::connect(socket, &QSctpSocket::disconnected, socket, [socket, peer] {
                out << stamp() << " server: client " << peer << " gone" << Qt::endl;
                socket->deleteLater();
            });
        }
    });
    return QCoreApplication::exec();
}

int runClient(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "qsctp-failover client: sends numbered requests to a qsctp-failover server at a\n"
            "steady rate and prints every path event as it comes, and a line of figures each\n"
            "second. At SIGINT or SIGTERM (or after --duration) it waits for the answers still\n"
            "due, prints a summary and exits 0 when none went unanswered."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("client"), QStringLiteral("The client mode."),
                                 QStringLiteral("client"));
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("The server: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption bindOption(
            QStringLiteral("bind"), QStringLiteral("Local addresses, e.g. 10.1.1.2/10.2.2.2:0."),
            QStringLiteral("local"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Requests per second (default 50)."),
                                        QStringLiteral("count"), QStringLiteral("50"));
    const QCommandLineOption durationOption(
            QStringLiteral("duration"),
            QStringLiteral("Stop after this many seconds (default: at SIGINT or SIGTERM)."),
            QStringLiteral("seconds"));
    parser.addOptions({bindOption, rateOption, durationOption});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments().mid(1); // after "client"
    if (positional.size() != 1) {
        err << "usage: qsctp-failover client [--bind LOCAL] [--rate N] [--duration S] ADDRESS"
            << Qt::endl;
        return 2;
    }
    bool rateOk = false;
    const int rate = parser.value(rateOption).toInt(&rateOk);
    if (!rateOk || rate < 1 || rate > 1000) {
        err << "qsctp-failover: --rate wants a number from 1 to 1000" << Qt::endl;
        return 2;
    }

    QSctpSocket socket;
    socket.setAssociationOptions(fastFailover());
    if (parser.isSet(bindOption))
        socket.setLocalBindAddress(QtSctp::QSctpAddress::fromString(parser.value(bindOption)));
    printPathEvents(&socket, QStringLiteral("client"));

    quint32 sent = 0;
    QSet<quint32> outstanding;
    quint32 answered = 0;
    bool stopping = false;

    QTimer traffic;
    traffic.setInterval(1000 / rate);
    QTimer report;
    report.setInterval(1000);
    QTimer drain;
    drain.setSingleShot(true);

    const auto finish = [&] {
        traffic.stop();
        report.stop();
        drain.stop();
        out << stamp() << " client: summary: sent " << sent << ", answered " << answered
            << ", lost " << outstanding.size() << Qt::endl;
        socket.disconnectFromHost();
        QCoreApplication::exit(outstanding.isEmpty() ? 0 : 1);
    };
    const auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        traffic.stop();
        out << stamp() << " client: stopping; waiting for " << outstanding.size() << " answers"
            << Qt::endl;
        if (outstanding.isEmpty())
            finish();
        else
            drain.start(5000);
    };
    QObject::connect(&drain, &QTimer::timeout, &socket, finish);

    QObject::connect(&traffic, &QTimer::timeout, &socket, [&] {
        QByteArray payload(64, 'x');
        qToBigEndian(sent, payload.data());
        if (!socket.sendMessage(payload, 1, 0))
            return;
        outstanding.insert(sent++);
    });
    QObject::connect(&report, &QTimer::timeout, &socket, [&] {
        out << stamp() << " client: sent " << sent << ", answered " << answered << ", waiting "
            << outstanding.size() << "; paths: " << pathsText(&socket) << Qt::endl;
    });
    QObject::connect(
            &socket, &QSctpSocket::messageReceived, &socket, [&](const QSctpMessage &message) {
                if (message.size() < 4)
                    return;
                if (outstanding.remove(qFromBigEndian<quint32>(message.payload().constData())))
                    ++answered;
                if (stopping && outstanding.isEmpty())
                    finish();
            });
    QObject::connect(&socket, &QSctpSocket::connected, &socket, [&] {
        out << stamp() << " client: connected to " << socket.peerAddress().toString() << " from "
            << socket.localAddress().toString() << "; paths: " << pathsText(&socket) << Qt::endl;
        traffic.start();
        report.start();
        if (parser.isSet(durationOption))
            QTimer::singleShot(parser.value(durationOption).toInt() * 1000, &socket, stop);
    });
    QObject::connect(&socket, &QSctpSocket::errorOccurred, &socket, [&] {
        err << stamp() << " client: " << socket.errorString() << Qt::endl;
        if (socket.state() == QSctpSocket::UnconnectedState)
            QCoreApplication::exit(1);
    });

    // SIGINT and SIGTERM: stop sending, wait for the answers still due, print the summary.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &socket, [&] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        stop();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    QTimer::singleShot(0, &socket, [&] { socket.connectToHost(positional.first()); });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-failover"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("server"))
        return runServer(args.mid(2));
    if (mode == QLatin1String("client"))
        return runClient(args);
    (mode == QLatin1String("-h") || mode == QLatin1String("--help") ? out : err)
            << "usage: qsctp-failover server ADDRESS\n"
               "       qsctp-failover client [--bind LOCAL] [--rate N] [--duration S] ADDRESS\n\n"
               "Traffic over a multi-homed SCTP association, and every path event on the way.\n"
               "The server answers each numbered request; the client sends them at a steady\n"
               "rate, prints each peer address change (potentially failed, unreachable,\n"
               "available, ...) as it comes and a line of figures each second, and at SIGINT or\n"
               "SIGTERM (or after --duration) waits for the answers still due and prints a\n"
               "summary. Exit status 0 when no request went unanswered.\n\n"
               "Both use short heartbeat and retransmission timers so that a dead path shows\n"
               "within a second or two. failover-demo.sh builds two paths in network\n"
               "namespaces and takes one down and up again (run it as root, e.g. under\n"
               "scripts/with-sctp).\n"
            << Qt::flush;
    return mode == QLatin1String("-h") || mode == QLatin1String("--help") ? 0 : 2;
}
