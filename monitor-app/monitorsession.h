// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_MONITORSESSION_H
#define QTSCTP_MONITOR_MONITORSESSION_H

#include "monitorclock.h"
#include "monitoredassociation.h"
#include "timelineevent.h"

#include <QtSctp/qsctpaddress.h>
#include <QtSctp/qsctpassociationoptions.h>
#include <QtSctp/qsctpinitoptions.h>
#include <QtSctp/qsctpmessage.h>
#include <QtSctp/qsctpnotification.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace QtSctp {
class QSctpServer;
class QSctpSocket;
} // namespace QtSctp

// The endpoints the monitor owns and the associations it watches, sampled on one timer. The
// GUI, the headless JSON output and the demo all work through it.
class MonitorSession : public QObject
{
    Q_OBJECT
public:
    // How a rig endpoint is set up.
    struct EndpointOptions
    {
        QtSctp::QSctpInitOptions initOptions;
        // Clients: the local addresses to bind before connecting (null: any).
        QtSctp::QSctpAddress localAddress;
        // Timers and thresholds; only the options set are applied.
        QtSctp::QSctpAssociationOptions associationOptions;
        QList<QtSctp::QSctpNotification::Type> subscriptions = monitorSubscriptions();
    };
    // A listening endpoint of the rig.
    struct Server
    {
        int id = 0;
        QString name;
        QtSctp::QSctpServer *server = nullptr;
    };

    explicit MonitorSession(QObject *parent = nullptr);
    ~MonitorSession() override;

    // What the monitor subscribes to: everything but SENDER_DRY, which fires after each burst.
    static QList<QtSctp::QSctpNotification::Type> monitorSubscriptions();

    const MonitorClock &clock() const { return m_clock; }

    int refreshInterval() const { return m_timer.interval(); }
    void setRefreshInterval(int msecs);
    void start(); // sampling
    void stop();
    bool isSampling() const { return m_timer.isActive(); }
    // Samples every association now (the timer calls it too).
    void sampleNow();

    QList<MonitoredAssociation *> associations() const { return m_associations; }
    MonitoredAssociation *association(int id) const;
    QList<Server> servers() const { return m_servers; }

    // Watches a socket (not taking ownership; the socket's parent keeps it).
    MonitoredAssociation *addSocket(QtSctp::QSctpSocket *socket, const QString &name);
    // Forgets an association; a finished one's socket is deleted if the session made it.
    void removeAssociation(int id);

    // A client endpoint that connects at once; the session owns the socket.
    MonitoredAssociation *createClient(const QtSctp::QSctpAddress &peer,
                                       const EndpointOptions &options, const QString &name = {});
    MonitoredAssociation *createClient(const QString &peer, const EndpointOptions &options,
                                       QString *errorString);
    // A listening endpoint; every association it accepts is watched. nullptr on failure, with
    // the reason in *errorString and *unsupported set when the kernel has no SCTP.
    QtSctp::QSctpServer *createServer(const QString &address, const EndpointOptions &options,
                                      QString *errorString, bool *unsupported = nullptr);
    void closeServer(int id);

    // Why the last endpoint could not be made, in words, when the kernel lacks SCTP.
    static QString noSctpText();

Q_SIGNALS:
    void associationAdded(MonitoredAssociation *association);
    void associationRemoved(int id);
    void serversChanged();
    void sampled(qint64 time);
    void eventRecorded(MonitoredAssociation *association, const TimelineEvent &event);
    void messageRecorded(MonitoredAssociation *association, int direction,
                         const QtSctp::QSctpMessage &message, qint64 time);
    void refreshIntervalChanged(int msecs);
    // A socket or server found no SCTP in this kernel.
    void sctpUnavailable(const QString &text);

private:
    void acceptPending(int serverId);
    QtSctp::QSctpSocket *newClientSocket(const EndpointOptions &options);

    MonitorClock m_clock;
    QTimer m_timer;
    QList<MonitoredAssociation *> m_associations;
    QList<Server> m_servers;
    int m_nextAssociationId = 1;
    int m_nextServerId = 1;
};

#endif // QTSCTP_MONITOR_MONITORSESSION_H
