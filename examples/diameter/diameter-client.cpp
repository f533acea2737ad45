// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-diameter-client: sends Diameter-like requests (PPID 46), each with its own hop-by-hop
// identifier and its own timeout, matches the answers to the requests, and shows what a slow
// peer does to the sender: the kernel's send buffer fills, messages wait in QSctpSocket's send
// queue (messagesToWrite()), and the client stops producing requests while that queue is long.
#include "diameter.h"

#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpSendFailed>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

#include <cstdlib>
#include <deque>

using QtSctp::QSctpMessage;
using QtSctp::QSctpSendFailed;
using QtSctp::QSctpSocket;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

QString hex(quint32 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

struct Options
{
    int count = 100;
    int size = 200;
    int timeoutMs = 3000;
    int maxQueued = 32;
    int streams = 4;
    bool verbose = false;
};

class Client : public QObject
{
public:
    explicit Client(const Options &options)
        : m_options(options)
        , m_hopByHop(QRandomGenerator::global()->generate())
        , m_endToEndBase(quint32(QDateTime::currentSecsSinceEpoch()) << 20)
    {
        m_timeoutTimer.setSingleShot(true);
        QObject::connect(&m_timeoutTimer, &QTimer::timeout, this, &Client::expire);
        QObject::connect(&m_socket, &QSctpSocket::connected, this, &Client::onConnected);
        QObject::connect(&m_socket, &QSctpSocket::messageReceived, this, &Client::onMessage);
        QObject::connect(&m_socket, &QSctpSocket::messagesWritten, this, &Client::onWritten);
        QObject::connect(
                &m_socket, &QSctpSocket::sendFailed, this, [](const QSctpSendFailed &failure) {
                    err << "not delivered: " << failure.data().size() << " bytes" << Qt::endl;
                });
        QObject::connect(&m_socket, &QSctpSocket::errorOccurred, this, [this] {
            err << "qsctp-diameter-client: " << m_socket.errorString() << Qt::endl;
            m_failed = true;
            if (m_socket.state() == QSctpSocket::UnconnectedState)
                QCoreApplication::exit(1);
        });
        QObject::connect(&m_socket, &QSctpSocket::disconnected, this, &Client::finish);
    }

    QSctpSocket &socket() { return m_socket; }

private:
    struct Pending
    {
        int number;
        QElapsedTimer sent;
    };

    void onConnected()
    {
        out << "connected to " << m_socket.peerAddress().toString() << " (" << m_socket.engineName()
            << " SCTP, " << m_socket.outboundStreamCount() << " streams out, send buffer "
            << m_socket.grantedSendBufferSize() << " bytes)" << Qt::endl;
        m_streams = m_socket.outboundStreamCount();
        m_elapsed.start();
        produce();
    }

    // Sends requests until all are sent or the send queue is as long as allowed.
    void produce()
    {
        while (m_sent < m_options.count && m_socket.state() == QSctpSocket::ConnectedState) {
            if (m_socket.messagesToWrite() >= m_options.maxQueued) {
                if (!m_blocked) {
                    m_blocked = true;
                    ++m_blockedCount;
                    m_blockedSince.start();
                    out << "blocked: " << m_socket.messagesToWrite()
                        << " requests queued in the socket, waiting for the peer" << Qt::endl;
                }
                return;
            }
            sendRequest();
        }
        maybeFinish();
    }

    void sendRequest()
    {
        const int number = m_sent++;
        Diameter::Message request;
        request.flags = Diameter::RequestFlag | Diameter::ProxiableFlag;
        request.commandCode = Diameter::CreditControlCommand;
        request.applicationId = Diameter::CreditControlApplication;
        request.hopByHop = m_hopByHop++;
        request.endToEnd = m_endToEndBase | quint32(number & 0xfffff);
        request.addAvp(Diameter::SessionIdAvp,
                       QByteArrayLiteral("client.example.org;1;") + QByteArray::number(number));
        request.addAvp(Diameter::OriginHostAvp, QByteArrayLiteral("client.example.org"));
        request.addUnsigned32(Diameter::CcRequestNumberAvp, quint32(number));
        const qsizetype filler = m_options.size - request.encode().size() - 8;
        if (filler > 0)
            request.addAvp(Diameter::FillerAvp, QByteArray(filler, 'x'), 0);

        // Spread over the streams, away from stream 0: one slow answer holds up only its own
        // stream, never the others (no head-of-line blocking across streams).
        const quint16 stream = quint16(1 + number % qMax(1, m_streams - 1));
        const qsizetype queuedBefore = m_socket.messagesToWrite();
        if (!m_socket.sendMessage(request.encode(), stream, Diameter::Ppid)) {
            m_failed = true;
            return;
        }
        m_pending.insert(request.hopByHop, Pending{number, {}});
        m_pending[request.hopByHop].sent.start();
        m_deadlines.push_back({QDeadlineTimer(m_options.timeoutMs), request.hopByHop});
        if (!m_timeoutTimer.isActive())
            m_timeoutTimer.start(m_options.timeoutMs);

        const qsizetype queued = m_socket.messagesToWrite();
        if (queued > 0 && queuedBefore == 0) {
            out << "queued: the kernel's send buffer is full, request #" << number
                << " waits in the socket's send queue" << Qt::endl;
        }
        m_maxQueued = qMax(m_maxQueued, queued);
    }

    void onWritten()
    {
        if (m_blocked && m_socket.messagesToWrite() < m_options.maxQueued / 2 + 1) {
            m_blocked = false;
            m_blockedMs += m_blockedSince.elapsed();
            out << "unblocked after " << m_blockedSince.elapsed() << " ms ("
                << m_socket.messagesToWrite() << " still queued)" << Qt::endl;
        }
        if (!m_blocked)
            produce();
    }

    void onMessage(const QSctpMessage &message)
    {
        if (message.payloadProtocolId() != Diameter::Ppid) {
            err << "unexpected PPID " << message.payloadProtocolId() << Qt::endl;
            m_failed = true;
            return;
        }
        QString error;
        const std::optional<Diameter::Message> answer
                = Diameter::Message::decode(message.payload(), &error);
        if (!answer || answer->isRequest()) {
            err << "malformed answer: " << (answer ? "it is a request" : error) << Qt::endl;
            m_failed = true;
            return;
        }
        const auto it = m_pending.find(answer->hopByHop);
        if (it == m_pending.end()) {
            if (m_timedOut.remove(answer->hopByHop)) {
                ++m_late;
                if (m_options.verbose) {
                    out << "late answer for hop-by-hop " << hex(answer->hopByHop) << ", discarded"
                        << Qt::endl;
                }
            } else {
                err << "answer with an unknown hop-by-hop id " << hex(answer->hopByHop) << Qt::endl;
                m_failed = true;
            }
            return;
        }
        const Pending pending = it.value();
        m_pending.erase(it);
        const bool matches
                = answer->endToEnd == (m_endToEndBase | quint32(pending.number & 0xfffff))
                && answer->unsigned32(Diameter::CcRequestNumberAvp) == quint32(pending.number);
        const auto result = answer->unsigned32(Diameter::ResultCodeAvp);
        if (!matches || result != Diameter::DiameterSuccess) {
            err << "answer " << hex(answer->hopByHop) << " does not match request #"
                << pending.number << Qt::endl;
            m_failed = true;
        }
        ++m_answered;
        if (m_options.verbose) {
            out << "answer #" << pending.number << " hop-by-hop " << hex(answer->hopByHop)
                << " result " << (result ? *result : 0) << " on stream " << message.stream()
                << " after " << pending.sent.elapsed() << " ms" << Qt::endl;
        }
        maybeFinish();
    }

    // Requests expire in the order they were sent: one timer for the oldest one.
    void expire()
    {
        while (!m_deadlines.empty() && m_deadlines.front().first.hasExpired()) {
            const quint32 hopByHop = m_deadlines.front().second;
            m_deadlines.pop_front();
            const auto it = m_pending.find(hopByHop);
            if (it == m_pending.end())
                continue; // answered in time
            out << "timeout: request #" << it->number << " (hop-by-hop " << hex(hopByHop)
                << ") got no answer within " << m_options.timeoutMs << " ms" << Qt::endl;
            m_pending.erase(it);
            m_timedOut.insert(hopByHop);
        }
        if (!m_deadlines.empty())
            m_timeoutTimer.start(qMax<qint64>(0, m_deadlines.front().first.remainingTime()));
        maybeFinish();
    }

    void maybeFinish()
    {
        if (m_finishing || m_sent < m_options.count || !m_pending.isEmpty())
            return;
        m_finishing = true;
        m_timeoutTimer.stop();
        summary();
        // Requests that timed out may still sit in the send queue: drop them with the
        // association rather than wait for a peer that is this slow.
        if (m_socket.messagesToWrite() > 0 || !m_timedOut.isEmpty())
            m_socket.abort();
        else
            m_socket.disconnectFromHost();
        QTimer::singleShot(0, this, &Client::finish);
    }

    void summary()
    {
        if (m_blocked)
            m_blockedMs += m_blockedSince.elapsed();
        out << "sent " << m_sent << ", answered " << m_answered << ", timed out "
            << m_timedOut.size() + m_late << " (" << m_late << " answered late), max queued "
            << m_maxQueued << ", blocked " << m_blockedCount << " times for " << m_blockedMs
            << " ms, in " << m_elapsed.elapsed() << " ms" << Qt::endl;
    }

    void finish()
    {
        if (!m_finishing) {
            err << "qsctp-diameter-client: the association ended with " << m_pending.size()
                << " requests unanswered" << Qt::endl;
            QCoreApplication::exit(1);
            return;
        }
        if (m_socket.state() != QSctpSocket::UnconnectedState)
            return; // disconnected() ends it
        const bool timeouts = !m_timedOut.isEmpty() || m_late > 0;
        QCoreApplication::exit(m_failed ? 1 : timeouts ? 3 : 0);
    }

    const Options m_options;
    QSctpSocket m_socket;
    QHash<quint32, Pending> m_pending; // by hop-by-hop id
    QSet<quint32> m_timedOut;
    std::deque<std::pair<QDeadlineTimer, quint32>> m_deadlines;
    QTimer m_timeoutTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_blockedSince;
    quint32 m_hopByHop;
    const quint32 m_endToEndBase;
    int m_streams = 4;
    int m_sent = 0;
    int m_answered = 0;
    int m_late = 0;
    int m_blockedCount = 0;
    qint64 m_blockedMs = 0;
    qsizetype m_maxQueued = 0;
    bool m_blocked = false;
    bool m_finishing = false;
    bool m_failed = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-diameter-client"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Sends Diameter-like requests (PPID 46, Credit-Control) to ADDRESS, each with its\n"
            "own hop-by-hop id and timeout, and reports the answers, the timeouts and the\n"
            "back-pressure of a slow server (requests queued in the socket, sending blocked).\n\n"
            "Exit status: 0 when every request was answered in time, 3 when some timed out,\n"
            "1 on errors (a wrong answer, a lost association), 2 on a bad command line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("The server: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption countOption({QStringLiteral("n"), QStringLiteral("count")},
                                         QStringLiteral("Requests to send (default 100)."),
                                         QStringLiteral("count"), QStringLiteral("100"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Bytes per request (default 200)."),
                                        QStringLiteral("bytes"), QStringLiteral("200"));
    const QCommandLineOption timeoutOption(
            QStringLiteral("timeout"),
            QStringLiteral("How long each request waits for its answer (default 3000)."),
            QStringLiteral("msecs"), QStringLiteral("3000"));
    const QCommandLineOption queueOption(
            QStringLiteral("max-queued"),
            QStringLiteral("Stop sending while this many requests wait in the socket's send "
                           "queue (default 32)."),
            QStringLiteral("count"), QStringLiteral("32"));
    const QCommandLineOption bufferOption(
            QStringLiteral("send-buffer"),
            QStringLiteral("SO_SNDBUF in bytes (default 524288; smaller: queueing sooner)."),
            QStringLiteral("bytes"), QStringLiteral("524288"));
    const QCommandLineOption streamsOption(
            QStringLiteral("streams"),
            QStringLiteral("Outbound streams to ask for; requests use 1 to N-1 (default 4)."),
            QStringLiteral("count"), QStringLiteral("4"));
    const QCommandLineOption verboseOption({QStringLiteral("v"), QStringLiteral("verbose")},
                                           QStringLiteral("Print every answer."));
    parser.addOptions({countOption, sizeOption, timeoutOption, queueOption, bufferOption,
                       streamsOption, verboseOption});
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        err << "qsctp-diameter-client: give the server's ADDRESS (see --help)" << Qt::endl;
        return 2;
    }
    const auto number = [&](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min) {
            err << "qsctp-diameter-client: --" << option.names().constLast()
                << " wants a number of at least " << min << Qt::endl;
            std::exit(2);
        }
        return value;
    };
    Options options;
    options.count = number(countOption, 1);
    options.size = number(sizeOption, 1);
    options.timeoutMs = number(timeoutOption, 1);
    options.maxQueued = number(queueOption, 1);
    options.streams = number(streamsOption, 2);
    options.verbose = parser.isSet(verboseOption);
    const int sendBuffer = number(bufferOption, 1);

    Client client(options);
    QtSctp::QSctpInitOptions init;
    init.setOutboundStreams(quint16(qMin(options.streams, 65535)));
    client.socket().setInitOptions(init);
    client.socket().setSendBufferSize(sendBuffer);
    QTimer::singleShot(0, &client, [&] {
        client.socket().connectToHost(parser.positionalArguments().first());
    });
    return app.exec();
}
