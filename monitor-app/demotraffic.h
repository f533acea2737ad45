// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_DEMOTRAFFIC_H
#define QTSCTP_MONITOR_DEMOTRAFFIC_H

#include <QtSctp/qsctpserver.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

class MonitorSession;
class MonitoredAssociation;

// --demo: a multi-homed server on 127.0.0.1/127.0.0.2 and a client of it in this process,
// with signalling-like traffic on four streams (Diameter, S1AP, NGAP, M3UA), the server
// answering Diameter requests, the client's primary path moved between the two addresses,
// and now and then a short association that ends with an ABORT, so that every part of the
// monitor has something to show.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    // One kind of demo message.
    struct Flow
    {
        quint16 stream = 0;
        quint32 ppid = 0;
        int perSecond = 0;
        int minSize = 0;
        int maxSize = 0;
        bool unordered = false;
    };

    explicit DemoTraffic(MonitorSession *session, QObject *parent = nullptr);

    static QList<Flow> flows();
    // The server's addresses (port 0: the kernel picks one).
    static QString serverAddressText();
    // Why the demo runs with less than it wanted (one path only), or empty.
    QString note() const { return m_note; }

    // Starts listening and connecting; false with the reason when it cannot (no SCTP).
    bool start(QString *errorString);
    void stop();

    MonitoredAssociation *client() const { return m_client; }
    QtSctp::QSctpServer *server() const { return m_server; }
    // How often the primary path moves and an aborted association comes and goes.
    void setPrimarySwitchInterval(int msecs) { m_primaryTimer.setInterval(msecs); }
    void setChurnInterval(int msecs) { m_churnTimer.setInterval(msecs); }

private:
    void tick();
    void switchPrimary();
    void churn();
    void onAssociationAdded(MonitoredAssociation *association);

    MonitorSession *m_session;
    QPointer<QtSctp::QSctpServer> m_server;
    QPointer<MonitoredAssociation> m_client;
    QPointer<MonitoredAssociation> m_churn; // the last short association's client end
    QTimer m_trafficTimer;
    QTimer m_primaryTimer;
    QTimer m_churnTimer;
    QList<double> m_credit; // messages owed per flow, for rates that do not divide the tick
    int m_churnCount = 0;
    QString m_note;
};

#endif // QTSCTP_MONITOR_DEMOTRAFFIC_H
