// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "monitoredassociation.h"
#include "monitorsession.h"

#include <QtSctp/qsctpserver.h>
#include <QtSctp/qsctpsocket.h>

using namespace QtSctp;

MonitorSession::MonitorSession(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &MonitorSession::sampleNow);
}

MonitorSession::~MonitorSession()
{
    // Associations first: their sockets may belong to servers that go next.
    qDeleteAll(m_associations);
    m_associations.clear();
}

QList<QSctpNotification::Type> MonitorSession::monitorSubscriptions()
{
    return {QSctpNotification::AssociationChange,    QSctpNotification::PeerAddressChange,
            QSctpNotification::RemoteError,          QSctpNotification::SendFailedEvent,
            QSctpNotification::ShutdownEvent,        QSctpNotification::AdaptationIndication,
            QSctpNotification::PartialDeliveryEvent, QSctpNotification::AuthenticationEvent,
            QSctpNotification::StreamResetEvent,     QSctpNotification::AssociationResetEvent,
            QSctpNotification::StreamChangeEvent};
}

QString MonitorSession::noSctpText()
{
    return tr("This kernel has no SCTP: load the sctp module (modprobe sctp) or run the monitor "
              "under scripts/with-sctp.");
}

void MonitorSession::setRefreshInterval(int msecs)
{
    msecs = qBound(50, msecs, 60000);
    if (msecs == m_timer.interval())
        return;
    m_timer.setInterval(msecs);
    emit refreshIntervalChanged(msecs);
}

void MonitorSession::start()
{
    m_timer.start();
}

void MonitorSession::stop()
{
    m_timer.stop();
}

void MonitorSession::sampleNow()
{
    const qint64 now = m_clock.elapsed();
    // A copy: a sample may emit signals whose receivers remove associations.
    const QList<MonitoredAssociation *> associations = m_associations;
    for (MonitoredAssociation *association : associations)
        association->sample(now);
    emit sampled(now);
}

MonitoredAssociation *MonitorSession::association(int id) const
{
    for (MonitoredAssociation *association : m_associations) {
        if (association->id() == id)
            return association;
    }
    return nullptr;
}

MonitoredAssociation *MonitorSession::addSocket(QSctpSocket *socket, const QString &name)
{
    auto *association
            = new MonitoredAssociation(m_nextAssociationId++, name, socket, &m_clock, this);
    connect(association, &MonitoredAssociation::eventRecorded, this,
            [this, association](const TimelineEvent &event) {
                emit eventRecorded(association, event);
            });
    connect(socket, &QSctpSocket::errorOccurred, this, [this, socket](QSctpSocket::Error error) {
        // Only a socket that could not even open means there is no SCTP; on a working
        // association UnsupportedError names one option the engine lacks.
        if (error == QSctpSocket::UnsupportedError
            && socket->state() == QSctpSocket::UnconnectedState)
            emit sctpUnavailable(noSctpText());
    });
    connect(association, &MonitoredAssociation::messageRecorded, this,
            [this, association](int direction, const QSctpMessage &message, qint64 time) {
                emit messageRecorded(association, direction, message, time);
            });
    m_associations.append(association);
    emit associationAdded(association);
    return association;
}

void MonitorSession::removeAssociation(int id)
{
    MonitoredAssociation *association = this->association(id);
    if (!association)
        return;
    m_associations.removeOne(association);
    QSctpSocket *socket = association->socket();
    emit associationRemoved(id);
    association->deleteLater();
    // Client sockets are ours; so are the ended ones our servers accepted (a live one stays
    // with its server until that closes).
    bool ours = socket && socket->parent() == this;
    for (const Server &server : std::as_const(m_servers)) {
        if (socket && socket->parent() == server.server
            && socket->state() == QSctpSocket::UnconnectedState)
            ours = true;
    }
    if (ours)
        socket->deleteLater();
}

QSctpSocket *MonitorSession::newClientSocket(const EndpointOptions &options)
{
    auto *socket = new QSctpSocket(this);
    socket->setInitOptions(options.initOptions);
    if (!options.localAddress.isNull())
        socket->setLocalBindAddress(options.localAddress);
    if (options.associationOptions.options().toInt() != 0)
        socket->setAssociationOptions(options.associationOptions);
    // Only the signal: the monitor never reads with the pull API, so nothing should queue.
    socket->setReceiveMode(QSctpSocket::SignalReceiveMode);
    for (QSctpNotification::Type type : QSctpSocket::defaultSubscriptions()) {
        if (!options.subscriptions.contains(type))
            socket->unsubscribe(type);
    }
    for (QSctpNotification::Type type : options.subscriptions)
        socket->subscribe(type);
    return socket;
}

MonitoredAssociation *MonitorSession::createClient(const QSctpAddress &peer,
                                                   const EndpointOptions &options,
                                                   const QString &name)
{
    QSctpSocket *socket = newClientSocket(options);
    MonitoredAssociation *association
            = addSocket(socket, name.isEmpty() ? tr("client to %1").arg(peer.toString()) : name);
    socket->connectToHost(peer);
    return association;
}

MonitoredAssociation *MonitorSession::createClient(const QString &peer,
                                                   const EndpointOptions &options,
                                                   QString *errorString)
{
    const QString text = peer.trimmed();
    QString error;
    const QSctpAddress address = QSctpAddress::fromString(text, &error);
    if (error.isEmpty() && address.port() == 0) {
        if (errorString)
            *errorString = tr("The peer address needs a port, as in 127.0.0.1/127.0.0.2:3868.");
        return nullptr;
    }
    if (error.isEmpty())
        return createClient(address, options);
    // Not a literal: the socket resolves host names itself.
    QSctpSocket *socket = newClientSocket(options);
    MonitoredAssociation *association = addSocket(socket, tr("client to %1").arg(text));
    socket->connectToHost(text);
    return association;
}

QSctpServer *MonitorSession::createServer(const QString &address, const EndpointOptions &options,
                                          QString *errorString, bool *unsupported)
{
    if (unsupported)
        *unsupported = false;
    auto *server = new QSctpServer(this);
    server->setInitOptions(options.initOptions);
    if (options.associationOptions.options().toInt() != 0)
        server->setAssociationOptions(options.associationOptions);
    server->setReceiveMode(QSctpSocket::SignalReceiveMode);
    for (QSctpNotification::Type type : QSctpSocket::defaultSubscriptions()) {
        if (!options.subscriptions.contains(type))
            server->unsubscribe(type);
    }
    for (QSctpNotification::Type type : options.subscriptions)
        server->subscribe(type);
    if (!server->listen(address.trimmed())) {
        const bool noSctp = server->serverError() == QSctpSocket::UnsupportedError;
        if (unsupported)
            *unsupported = noSctp;
        if (errorString)
            *errorString = noSctp ? noSctpText() : server->errorString();
        if (noSctp)
            emit sctpUnavailable(noSctpText());
        delete server;
        return nullptr;
    }
    const int id = m_nextServerId++;
    m_servers.append({id, tr("server on %1").arg(server->serverAddress().toString()), server});
    connect(server, &QSctpServer::newConnection, this, [this, id] { acceptPending(id); });
    emit serversChanged();
    return server;
}

void MonitorSession::acceptPending(int serverId)
{
    for (const Server &entry : std::as_const(m_servers)) {
        if (entry.id != serverId)
            continue;
        while (QSctpSocket *socket = entry.server->nextPendingConnection()) {
            addSocket(socket,
                      tr("server :%1 from %2")
                              .arg(entry.server->serverPort())
                              .arg(socket->peerAddress().toString()));
        }
        return;
    }
}

void MonitorSession::closeServer(int id)
{
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).id != id)
            continue;
        QSctpServer *server = m_servers.at(i).server;
        m_servers.removeAt(i);
        // Its accepted associations go with it.
        const QList<MonitoredAssociation *> associations = m_associations;
        for (MonitoredAssociation *association : associations) {
            if (association->socket() && association->socket()->parent() == server)
                removeAssociation(association->id());
        }
        server->close();
        server->deleteLater();
        emit serversChanged();
        return;
    }
}
