// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-diameter-server: answers Diameter-like requests (PPID 46) with the request's hop-by-hop
// and end-to-end identifiers. With --slow it takes its time over each request and reads no
// further meanwhile: its bounded read queue fills, the socket stops reading from the kernel,
// the SCTP receive window closes and the client feels the back-pressure.
#include "diameter.h"

#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

using QtSctp::QSctpMessage;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Settings
{
    int slowMs = 0;
    bool verbose = false;
    bool once = false;
    QByteArray originHost = QByteArrayLiteral("server.example.org");
};

// One client association: takes one request at a time from the socket's read queue.
class Connection : public QObject
{
public:
    Connection(QSctpSocket *socket, const Settings &settings)
        : QObject(socket)
        , m_socket(socket)
        , m_settings(settings)
        , m_peer(socket->peerAddress().toString())
    {
        QObject::connect(socket, &QSctpSocket::readyRead, this, &Connection::processNext);
        QObject::connect(socket, &QSctpSocket::errorOccurred, this,
                         [this] { err << m_peer << ": " << m_socket->errorString() << Qt::endl; });
        QObject::connect(socket, &QSctpSocket::disconnected, this, [this] {
            out << "closed " << m_peer << " after " << m_answered << " answers" << Qt::endl;
            m_socket->deleteLater();
            if (m_settings.once)
                QCoreApplication::quit();
        });
        processNext();
    }

private:
    void processNext()
    {
        while (!m_busy && m_socket->hasPendingMessages()) {
            // A full read queue means the socket has stopped reading from the kernel: the
            // client's messages now wait in the kernel, then in the client's send buffer.
            const bool full = m_socket->pendingMessageCount() >= m_socket->maxPendingMessages();
            if (full && !m_reportedFull) {
                out << "read queue full (" << m_socket->pendingMessageCount()
                    << " requests): not reading, the receive window closes" << Qt::endl;
            }
            m_reportedFull = full;
            const QSctpMessage message = m_socket->readMessage();
            if (m_settings.slowMs > 0) {
                m_busy = true;
                QTimer::singleShot(m_settings.slowMs, this, [this, message] {
                    m_busy = false;
                    answer(message);
                    processNext();
                });
            } else {
                answer(message);
            }
        }
    }

    void answer(const QSctpMessage &message)
    {
        if (message.payloadProtocolId() != Diameter::Ppid) {
            err << "ignoring a message with PPID " << message.payloadProtocolId() << Qt::endl;
            return;
        }
        QString error;
        const std::optional<Diameter::Message> request
                = Diameter::Message::decode(message.payload(), &error);
        if (!request || !request->isRequest()) {
            err << "ignoring a malformed request: " << (request ? "not a request" : error)
                << Qt::endl;
            return;
        }
        Diameter::Message reply;
        reply.flags = request->flags & Diameter::ProxiableFlag; // R cleared: an answer
        reply.commandCode = request->commandCode;
        reply.applicationId = request->applicationId;
        reply.hopByHop = request->hopByHop; // how the client matches answers to requests
        reply.endToEnd = request->endToEnd;
        reply.addAvp(Diameter::SessionIdAvp, request->avp(Diameter::SessionIdAvp));
        reply.addUnsigned32(Diameter::ResultCodeAvp, Diameter::DiameterSuccess);
        reply.addAvp(Diameter::OriginHostAvp, m_settings.originHost);
        if (const auto number = request->unsigned32(Diameter::CcRequestNumberAvp))
            reply.addUnsigned32(Diameter::CcRequestNumberAvp, *number);
        // On the stream the request came on, as Diameter peers usually do.
        if (!m_socket->sendMessage(reply.encode(), message.stream(), Diameter::Ppid))
            return;
        ++m_answered;
        if (m_settings.verbose) {
            out << "answered hop-by-hop 0x" << Qt::hex << request->hopByHop << Qt::dec
                << " on stream " << message.stream() << Qt::endl;
        }
    }

    QPointer<QSctpSocket> m_socket;
    const Settings &m_settings;
    const QString m_peer;
    qint64 m_answered = 0;
    bool m_busy = false;
    bool m_reportedFull = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-diameter-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Answers Diameter-like requests (PPID 46) on the stream they came on, keeping\n"
            "their hop-by-hop and end-to-end identifiers.\n\n"
            "ADDRESS: local addresses and port, e.g. 127.0.0.1/127.0.0.2:3868 (0: a free port)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"),
                                 QStringLiteral("Where to listen: IP/IP/...:PORT"),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption slowOption(
            QStringLiteral("slow"),
            QStringLiteral("Spend this long on each request, one at a time, reading nothing "
                           "meanwhile (default 0: answer at once)."),
            QStringLiteral("msecs"), QStringLiteral("0"));
    const QCommandLineOption pendingOption(
            QStringLiteral("max-pending"),
            QStringLiteral("Requests read ahead before the socket stops reading (default 16)."),
            QStringLiteral("count"), QStringLiteral("16"));
    const QCommandLineOption bufferOption(
            QStringLiteral("receive-buffer"),
            QStringLiteral("SO_RCVBUF in bytes (default 524288; smaller: back-pressure sooner)."),
            QStringLiteral("bytes"), QStringLiteral("524288"));
    const QCommandLineOption verboseOption({QStringLiteral("v"), QStringLiteral("verbose")},
                                           QStringLiteral("Print every answer."));
    const QCommandLineOption onceOption(QStringLiteral("once"),
                                        QStringLiteral("Exit when the first client has gone."));
    parser.addOptions({slowOption, pendingOption, bufferOption, verboseOption, onceOption});
    parser.process(app);

    if (parser.positionalArguments().size() != 1) {
        err << "qsctp-diameter-server: give one ADDRESS (see --help)" << Qt::endl;
        return 2;
    }
    Settings settings;
    bool slowOk = false;
    bool pendingOk = false;
    bool bufferOk = false;
    settings.slowMs = parser.value(slowOption).toInt(&slowOk);
    const int maxPending = parser.value(pendingOption).toInt(&pendingOk);
    const int receiveBuffer = parser.value(bufferOption).toInt(&bufferOk);
    if (!slowOk || settings.slowMs < 0 || !pendingOk || maxPending < 1 || !bufferOk
        || receiveBuffer < 1) {
        err << "qsctp-diameter-server: --slow, --max-pending and --receive-buffer want "
               "positive numbers"
            << Qt::endl;
        return 2;
    }
    settings.verbose = parser.isSet(verboseOption);
    settings.once = parser.isSet(onceOption);

    QSctpServer server;
    // Accepted sockets inherit these: the pull API, a bounded read queue, the buffer size.
    server.setReceiveMode(QSctpSocket::QueueReceiveMode);
    server.setMaxPendingMessages(maxPending);
    server.setReceiveBufferSize(receiveBuffer);
    if (!server.listen(parser.positionalArguments().first())) {
        err << "qsctp-diameter-server: cannot listen on " << parser.positionalArguments().first()
            << ": " << server.errorString() << Qt::endl;
        return 1;
    }
    out << "listening on " << server.serverAddress().toString() << " (" << server.engineName()
        << " SCTP";
    if (settings.slowMs > 0)
        out << ", slow: " << settings.slowMs << " ms per request";
    out << ")" << Qt::endl;

    QObject::connect(&server, &QSctpServer::newConnection, &server, [&] {
        while (QSctpSocket *socket = server.nextPendingConnection()) {
            out << "accepted " << socket->peerAddress().toString() << Qt::endl;
            new Connection(socket, settings);
        }
    });
    return app.exec();
}
