// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "flowratemodel.h"
#include "sctpnames.h"

FlowRateModel::FlowRateModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FlowRateModel::setTimeline(const AssociationTimeline *timeline)
{
    QList<Row> rows;
    if (timeline) {
        for (const AssociationTimeline::FlowKey &key : timeline->flowKeys())
            rows.append({key, timeline->flowTotals(key), timeline->lastRate(key)});
    }
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FlowRateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlowRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowRateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool byStream = row.key.kind == AssociationTimeline::ByStream;
    if (role == Qt::TextAlignmentRole && index.column() >= MessageRateColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        // Numbers for sorting.
        switch (index.column()) {
        case IdColumn:
            return row.key.id;
        case MessageRateColumn:
            return row.rate.messagesPerSecond;
        case ByteRateColumn:
            return row.rate.bytesPerSecond;
        case MessagesColumn:
            return row.totals.messages;
        case BytesColumn:
            return row.totals.bytes;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case GroupColumn:
        return byStream ? tr("stream") : tr("PPID");
    case IdColumn:
        return byStream ? QString::number(row.key.id) : SctpNames::ppidLabel(row.key.id);
    case DirectionColumn:
        return row.key.direction == AssociationTimeline::Sent ? tr("sent") : tr("received");
    case MessageRateColumn:
        return QString::number(row.rate.messagesPerSecond, 'f', 1);
    case ByteRateColumn:
        return QString::number(row.rate.bytesPerSecond, 'f', 0);
    case MessagesColumn:
        return row.totals.messages;
    case BytesColumn:
        return row.totals.bytes;
    }
    return {};
}

QVariant FlowRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("By");
    case IdColumn:
        return tr("Stream or PPID");
    case DirectionColumn:
        return tr("Direction");
    case MessageRateColumn:
        return tr("Messages/s");
    case ByteRateColumn:
        return tr("Bytes/s");
    case MessagesColumn:
        return tr("Messages");
    case BytesColumn:
        return tr("Bytes");
    }
    return {};
}
