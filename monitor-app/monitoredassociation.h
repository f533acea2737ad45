// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_MONITOREDASSOCIATION_H
#define QTSCTP_MONITOR_MONITOREDASSOCIATION_H

#include "associationtimeline.h"

#include <QtSctp/qsctpsocket.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>

class MonitorClock;

// One association the monitor owns (or watches in this process): it records the socket's
// events and messages as they come and samples status, paths and statistics when asked.
class MonitoredAssociation : public QObject
{
    Q_OBJECT
public:
    MonitoredAssociation(int id, const QString &name, QtSctp::QSctpSocket *socket,
                         const MonitorClock *clock, QObject *parent = nullptr);

    int id() const { return m_id; }
    QString name() const { return m_name; }
    QtSctp::QSctpSocket *socket() const { return m_socket; }
    const AssociationTimeline &timeline() const { return m_timeline; }

    // What the last sample saw.
    QtSctp::QSctpSocket::SocketState socketState() const;
    QtSctp::QSctpAssociationStatus::State associationState() const { return m_state; }
    QList<QtSctp::QSctpPeerAddressInfo> currentPaths() const { return m_paths; }
    bool hasStatus() const { return m_hasStatus; }
    QtSctp::QSctpAssociationStatus currentStatus() const { return m_status; }
    bool hasStatistics() const { return m_hasStatistics; }
    QtSctp::QSctpAssociationStatistics currentStatistics() const { return m_statistics; }
    QString localAddressText() const { return m_local; }
    QString peerAddressText() const { return m_peer; }
    quint16 localPort() const { return m_localPort; }
    quint16 peerPort() const { return m_peerPort; }
    // The kernel's inode of the socket: it names the association in /proc/net/sctp.
    quint64 socketInode() const { return m_inode; }
    // True once the association has ended and its last state is recorded.
    bool isFinished() const { return m_finished; }

    // Sends through the socket and counts the message for the per-stream and per-PPID rates
    // (the library reports no per-message completion that the monitor could count instead).
    bool send(const QtSctp::QSctpMessage &message);
    // Reads status, paths and statistics and records them at this time. The timer's samples
    // also turn message counts into rates; one taken on an event (scheduled false) does not.
    void sample(qint64 time, bool scheduled = true);

Q_SIGNALS:
    void eventRecorded(const TimelineEvent &event);
    void messageRecorded(int direction, const QtSctp::QSctpMessage &message, qint64 time);
    void sampled(qint64 time);

private:
    void record(TimelineEvent event);
    void onMessage(const QtSctp::QSctpMessage &message);
    void captureEndpoints();

    const int m_id;
    QString m_name;
    QPointer<QtSctp::QSctpSocket> m_socket;
    const MonitorClock *m_clock;
    AssociationTimeline m_timeline;
    QList<QtSctp::QSctpPeerAddressInfo> m_paths;
    QtSctp::QSctpAssociationStatus m_status;
    QtSctp::QSctpAssociationStatistics m_statistics;
    QtSctp::QSctpAssociationStatus::State m_state = QtSctp::QSctpAssociationStatus::Closed;
    QString m_local;
    QString m_peer;
    QString m_lastQueryError;
    quint64 m_inode = 0;
    quint16 m_localPort = 0;
    quint16 m_peerPort = 0;
    bool m_hasStatus = false;
    bool m_hasStatistics = false;
    bool m_sampling = false;
    bool m_wasConnected = false;
    bool m_started = false; // seen connecting, connected or failing
    bool m_finished = false;
};

#endif // QTSCTP_MONITOR_MONITOREDASSOCIATION_H
