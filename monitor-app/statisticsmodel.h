// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_STATISTICSMODEL_H
#define QTSCTP_MONITOR_STATISTICSMODEL_H

#include <QtCore/QAbstractTableModel>

class AssociationTimeline;

// The association's status (SCTP_STATUS) and counters (SCTP_GET_ASSOC_STATS) from the last
// sample, each counter with its rate since the sample before.
class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, RateColumn, ColumnCount };

    explicit StatisticsModel(QObject *parent = nullptr);

    void setTimeline(const AssociationTimeline *timeline);
    // The value of a row by its fixed key ("retransmittedChunks", "receiveWindow"), for tests.
    QVariant value(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString name;
        QVariant value;
        QVariant rate;
    };
    QList<Row> m_rows;
};

#endif // QTSCTP_MONITOR_STATISTICSMODEL_H
