// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_FLOWRATEMODEL_H
#define QTSCTP_MONITOR_FLOWRATEMODEL_H

#include "associationtimeline.h"

#include <QtCore/QAbstractTableModel>

// Message and byte rates of one association per stream and per PPID (with the PPID's name),
// each direction apart, as of the last sample, with totals.
class FlowRateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        GroupColumn, // stream or PPID
        IdColumn,
        DirectionColumn,
        MessageRateColumn,
        ByteRateColumn,
        MessagesColumn,
        BytesColumn,
        ColumnCount
    };

    explicit FlowRateModel(QObject *parent = nullptr);

    // Reads the timeline again (nullptr: empty).
    void setTimeline(const AssociationTimeline *timeline);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AssociationTimeline::FlowKey key;
        AssociationTimeline::FlowTotals totals;
        AssociationTimeline::RatePoint rate;
    };
    QList<Row> m_rows;
};

#endif // QTSCTP_MONITOR_FLOWRATEMODEL_H
