// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_ASSOCIATIONLISTMODEL_H
#define QTSCTP_MONITOR_ASSOCIATIONLISTMODEL_H

#include "systemassociations.h"

#include <QtCore/QAbstractTableModel>

class MonitoredAssociation;

// Every association in one table: the monitor's own (full detail) and every other one on the
// host (through sctp_diag, or /proc), the two merged where they are the same socket. Rows keep
// their place across refreshes so that the selection stays put.
class AssociationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The short columns first, the paths (long text) last, where the table stretches.
    enum Column {
        SourceColumn,
        NameColumn,
        ProcessColumn,
        LocalColumn,
        PeerColumn,
        StateColumn,
        StreamsColumn,
        TxQueueColumn,
        RxQueueColumn,
        RetransmissionsColumn,
        IdColumn,
        InodeColumn,
        PathsColumn,
        ColumnCount
    };
    enum Role { MonitorIdRole = Qt::UserRole + 1, KeyRole };

    struct Row
    {
        QString key; // stable across refreshes
        int monitorId = -1; // the monitor's own association, or -1
        bool own = false;
        QString name;
        int associationId = 0;
        QString local;
        QString peer;
        QString stateKey;
        QString state;
        QString paths;
        int pathCount = 0;
        int inboundStreams = -1;
        int outboundStreams = -1;
        qint64 txQueue = -1;
        qint64 rxQueue = -1;
        qint64 retransmissions = -1;
        qint64 pid = -1;
        QString process;
        quint64 inode = 0;
        bool fromSctpDiag = false; // the system's figures came through sctp_diag
        QString details; // sctp_diag's other figures, as the row's tooltip
    };

    explicit AssociationListModel(QObject *parent = nullptr);

    // Pure: the rows for these associations, own ones first.
    static QList<Row> buildRows(const QList<MonitoredAssociation *> &own,
                                const QList<SystemAssociations::Entry> &system);
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

#endif // QTSCTP_MONITOR_ASSOCIATIONLISTMODEL_H
