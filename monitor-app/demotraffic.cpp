// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "demotraffic.h"
#include "eventdescriber.h"
#include "monitoredassociation.h"
#include "monitorsession.h"

#include <QtSctp/qsctpserver.h>
#include <QtSctp/qsctpsocket.h>

#include <QtCore/QRandomGenerator>

using namespace QtSctp;

namespace {
constexpr int TickMsecs = 100;
constexpr quint32 DiameterPpid = 46;
} // namespace

DemoTraffic::DemoTraffic(MonitorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_trafficTimer.setInterval(TickMsecs);
    m_primaryTimer.setInterval(20000);
    m_churnTimer.setInterval(30000);
    connect(&m_trafficTimer, &QTimer::timeout, this, &DemoTraffic::tick);
    connect(&m_primaryTimer, &QTimer::timeout, this, &DemoTraffic::switchPrimary);
    connect(&m_churnTimer, &QTimer::timeout, this, &DemoTraffic::churn);
    connect(session, &MonitorSession::associationAdded, this, &DemoTraffic::onAssociationAdded);
}

QList<DemoTraffic::Flow> DemoTraffic::flows()
{
    // Stream, PPID, messages per second, sizes: a modest signalling mix.
    return {{1, DiameterPpid, 4, 180, 640, false},
            {2, 18, 8, 60, 320, false}, // S1AP
            {3, 60, 6, 80, 420, false}, // NGAP
            {4, 3, 5, 40, 272, true}}; // M3UA, unordered
}

QString DemoTraffic::serverAddressText()
{
    return QStringLiteral("127.0.0.1/127.0.0.2:0");
}

bool DemoTraffic::start(QString *errorString)
{
    MonitorSession::EndpointOptions options;
    options.initOptions.setOutboundStreams(8);
    options.initOptions.setMaxInboundStreams(8);
    bool unsupported = false;
    QString localText = serverAddressText();
    m_server = m_session->createServer(localText, options, errorString, &unsupported);
    if (!m_server && !unsupported) {
        // The userspace engine knows only the host's interface addresses, and 127.0.0.2 is
        // none: one path then, rather than no demo.
        const QString multiHomedError = *errorString;
        localText = QStringLiteral("127.0.0.1:0");
        m_server = m_session->createServer(localText, options, errorString, &unsupported);
        if (m_server)
            m_note = tr("One path only: %1").arg(multiHomedError);
    }
    if (!m_server)
        return false;
    // The client is multi-homed too, so that the server's end has two paths as well.
    MonitorSession::EndpointOptions clientOptions = options;
    clientOptions.localAddress = QSctpAddress::fromString(localText);
    m_client = m_session->createClient(m_server->serverAddress(), clientOptions, tr("demo client"));
    m_credit = QList<double>(flows().size(), 0.0);
    m_trafficTimer.start();
    m_primaryTimer.start();
    // The first short association soon, so that a first look sees an ABORT.
    QTimer::singleShot(3000, this, &DemoTraffic::churn);
    m_churnTimer.start();
    return true;
}

void DemoTraffic::stop()
{
    m_trafficTimer.stop();
    m_primaryTimer.stop();
    m_churnTimer.stop();
}

void DemoTraffic::onAssociationAdded(MonitoredAssociation *association)
{
    if (!m_server || !association->socket() || association->socket()->parent() != m_server)
        return;
    // The server's end: answer every Diameter request, as a peer would.
    QPointer<MonitoredAssociation> guard(association);
    connect(association->socket(), &QSctpSocket::messageReceived, association,
            [guard](const QSctpMessage &message) {
                if (!guard || message.payloadProtocolId() != DiameterPpid)
                    return;
                QSctpMessage answer(message.payload().left(120), message.stream(), DiameterPpid);
                guard->send(answer);
            });
}

void DemoTraffic::tick()
{
    if (!m_client || m_client->socketState() != QSctpSocket::ConnectedState)
        return;
    const QList<Flow> all = flows();
    QRandomGenerator *random = QRandomGenerator::global();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Flow &flow = all.at(i);
        // A little jitter, so that the rate plots look like traffic.
        m_credit[i] += flow.perSecond * TickMsecs / 1000.0 * (0.5 + random->generateDouble());
        while (m_credit[i] >= 1.0) {
            m_credit[i] -= 1.0;
            const int size = flow.minSize + random->bounded(flow.maxSize - flow.minSize + 1);
            QByteArray payload(size, '\0');
            for (int b = 0; b < size; ++b)
                payload[b] = char('a' + (b % 26));
            QSctpMessage message(payload, flow.stream, flow.ppid);
            message.setUnordered(flow.unordered);
            m_client->send(message);
        }
    }
}

void DemoTraffic::switchPrimary()
{
    if (!m_client || !m_client->socket() || m_client->socketState() != QSctpSocket::ConnectedState)
        return;
    const QList<QSctpPeerAddressInfo> paths = m_client->socket()->paths();
    if (paths.size() < 2)
        return;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (paths.at(i).isPrimary()) {
            const QHostAddress next = paths.at((i + 1) % paths.size()).address();
            m_client->socket()->setPrimaryPath(next);
            return;
        }
    }
}

void DemoTraffic::churn()
{
    if (!m_server)
        return;
    // The previous short association and its server end leave the list.
    if (m_churn) {
        const quint16 port = m_churn->localPort();
        const QList<MonitoredAssociation *> all = m_session->associations();
        for (MonitoredAssociation *association : all) {
            const bool serverEnd = port != 0 && association->peerPort() == port
                    && association->socket() && association->socket()->parent() == m_server;
            if (serverEnd)
                m_session->removeAssociation(association->id());
        }
        m_session->removeAssociation(m_churn->id());
    }

    MonitorSession::EndpointOptions options;
    m_churn = m_session->createClient(m_server->serverAddress(), options,
                                      tr("demo short-lived #%1").arg(++m_churnCount));
    QPointer<MonitoredAssociation> guard(m_churn);
    connect(m_churn->socket(), &QSctpSocket::connected, m_churn, [guard] {
        if (!guard)
            return;
        guard->send(QSctpMessage(QByteArrayLiteral("hello"), 0, 0));
        // An ABORT a moment later: the server end sees COMM_LOST with a User-Initiated Abort.
        QTimer::singleShot(1500, guard, [guard] {
            if (guard && guard->socket())
                guard->socket()->abort();
        });
    });
}
