// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "eventdescriber.h"
#include "monitorclock.h"
#include "monitoredassociation.h"

#include <sys/stat.h>

using namespace QtSctp;

MonitoredAssociation::MonitoredAssociation(int id, const QString &name, QSctpSocket *socket,
                                           const MonitorClock *clock, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_name(name)
    , m_socket(socket)
    , m_clock(clock)
    , m_timeline(clock->elapsed())
{
    // Every notification arrives once through the generic signal, decoded; the typed signals
    // carry the same events.
    connect(socket, &QSctpSocket::notificationReceived, this,
            [this](const QSctpNotification &notification) {
                record(EventDescriber::describe(notification));
                // A path or association change: sample now, so that the state bands change
                // where the event is rather than at the next tick.
                const QSctpNotification::Type type = notification.type();
                if (type == QSctpNotification::PeerAddressChange
                    || type == QSctpNotification::AssociationChange)
                    QMetaObject::invokeMethod(
                            this, [this] { sample(m_clock->elapsed(), false); },
                            Qt::QueuedConnection);
            });
    connect(socket, &QSctpSocket::stateChanged, this, [this](QSctpSocket::SocketState state) {
        m_started = true;
        if (state == QSctpSocket::ConnectedState) {
            m_wasConnected = true;
            captureEndpoints();
        }
        record(EventDescriber::socketStateChanged(state));
    });
    connect(socket, &QSctpSocket::errorOccurred, this, [this](QSctpSocket::Error error) {
        m_started = true;
        const QString text = m_socket ? m_socket->errorString() : QString();
        if (m_sampling) {
            // A failing status query would repeat every sample: report each new reason once.
            if (text == m_lastQueryError)
                return;
            m_lastQueryError = text;
        }
        record(EventDescriber::socketError(error, text));
    });
    connect(socket, &QSctpSocket::messageReceived, this, &MonitoredAssociation::onMessage);
    if (socket->state() == QSctpSocket::ConnectedState) {
        m_wasConnected = true;
        captureEndpoints();
    }
}

QSctpSocket::SocketState MonitoredAssociation::socketState() const
{
    return m_socket ? m_socket->state() : QSctpSocket::UnconnectedState;
}

bool MonitoredAssociation::send(const QSctpMessage &message)
{
    if (!m_socket || !m_socket->sendMessage(message))
        return false;
    m_timeline.countMessage(AssociationTimeline::Sent, message.stream(),
                            message.payloadProtocolId(), message.size());
    emit messageRecorded(AssociationTimeline::Sent, message, m_clock->elapsed());
    return true;
}

void MonitoredAssociation::onMessage(const QSctpMessage &message)
{
    m_timeline.countMessage(AssociationTimeline::Received, message.stream(),
                            message.payloadProtocolId(), message.size());
    emit messageRecorded(AssociationTimeline::Received, message, m_clock->elapsed());
}

void MonitoredAssociation::record(TimelineEvent event)
{
    event.time = m_clock->elapsed();
    m_timeline.addEvent(event);
    emit eventRecorded(event);
}

void MonitoredAssociation::captureEndpoints()
{
    if (!m_socket)
        return;
    const QSctpAddress local = m_socket->localAddress();
    const QSctpAddress peer = m_socket->peerAddress();
    m_local = local.toString();
    m_peer = peer.toString();
    m_localPort = local.port();
    m_peerPort = peer.port();
    struct stat info;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0 && ::fstat(int(fd), &info) == 0)
        m_inode = quint64(info.st_ino);
}

void MonitoredAssociation::sample(qint64 time, bool scheduled)
{
    if (m_finished)
        return;
    const QSctpSocket::SocketState socketState = this->socketState();
    m_sampling = true;
    m_hasStatus = false;
    m_hasStatistics = false;
    switch (socketState) {
    case QSctpSocket::ConnectedState:
    case QSctpSocket::ClosingState: {
        m_status = m_socket->associationStatus();
        m_hasStatus = m_status.state() != QSctpAssociationStatus::Empty;
        if (m_hasStatus) {
            m_state = m_status.state();
            m_paths = m_socket->paths();
            m_statistics = m_socket->statistics();
            m_hasStatistics = true;
        } else {
            m_state = socketState == QSctpSocket::ClosingState
                    ? QSctpAssociationStatus::ShutdownPending
                    : QSctpAssociationStatus::Established;
        }
        if (m_peer.isEmpty() || m_inode == 0)
            captureEndpoints();
        break;
    }
    case QSctpSocket::ConnectingState:
        m_state = QSctpAssociationStatus::CookieWait;
        m_paths.clear();
        break;
    case QSctpSocket::UnconnectedState:
        m_state = QSctpAssociationStatus::Closed;
        m_paths.clear();
        // One closed sample ends the record of an association that was up or tried to be.
        if (m_started || m_wasConnected || !m_socket)
            m_finished = true;
        break;
    }
    m_sampling = false;
    m_timeline.addSample(time, m_state, m_paths, m_hasStatus ? &m_status : nullptr,
                         m_hasStatistics ? &m_statistics : nullptr, scheduled);
    emit sampled(time);
}
