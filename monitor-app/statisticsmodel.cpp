// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationtimeline.h"
#include "sctpnames.h"
#include "statisticsmodel.h"

using namespace QtSctp;

StatisticsModel::StatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatisticsModel::setTimeline(const AssociationTimeline *timeline)
{
    QList<Row> rows;
    const AssociationTimeline::Sample *last = nullptr;
    const AssociationTimeline::Sample *before = nullptr;
    if (timeline) {
        const QList<AssociationTimeline::Sample> &samples = timeline->samples();
        for (qsizetype i = samples.size() - 1; i >= 0; --i) {
            if (!samples.at(i).hasStatistics)
                continue;
            if (!last) {
                last = &samples.at(i);
            } else if (last->time - samples.at(i).time >= 200) {
                // Not one taken milliseconds earlier on an event: too close for a rate.
                before = &samples.at(i);
                break;
            }
        }
    }
    if (last) {
        const QSctpAssociationStatus &status = last->status;
        rows.append({QStringLiteral("state"),
                     tr("State"),
                     SctpNames::associationStateName(status.state()),
                     {}});
        rows.append({QStringLiteral("receiveWindow"),
                     tr("Peer receive window (bytes)"),
                     status.receiveWindow(),
                     {}});
        rows.append({QStringLiteral("unacknowledgedChunks"),
                     tr("Unacknowledged chunks"),
                     status.unacknowledgedChunks(),
                     {}});
        rows.append({QStringLiteral("pendingChunks"),
                     tr("Chunks waiting to be read"),
                     status.pendingChunks(),
                     {}});
        rows.append({QStringLiteral("inboundStreams"),
                     tr("Inbound streams"),
                     status.inboundStreams(),
                     {}});
        rows.append({QStringLiteral("outboundStreams"),
                     tr("Outbound streams"),
                     status.outboundStreams(),
                     {}});
        rows.append({QStringLiteral("fragmentationPoint"),
                     tr("Fragmentation point (bytes)"),
                     status.fragmentationPoint(),
                     {}});

        const QSctpAssociationStatistics &s = last->statistics;
        const double seconds = before ? (last->time - before->time) / 1000.0 : 0;
        auto counter = [&](const char *key, const QString &name, quint64 value,
                           quint64 QSctpAssociationStatistics::*member) {
            QVariant rate;
            if (before && seconds > 0 && value >= before->statistics.*member)
                rate = QString::number(double(value - before->statistics.*member) / seconds, 'f',
                                       1);
            rows.append({QString::fromLatin1(key), name, value, rate});
        };
        using S = QSctpAssociationStatistics;
        counter("packetsSent", tr("Packets sent"), s.packetsSent, &S::packetsSent);
        counter("packetsReceived", tr("Packets received"), s.packetsReceived, &S::packetsReceived);
        counter("retransmittedChunks", tr("Retransmitted chunks"), s.retransmittedChunks,
                &S::retransmittedChunks);
        counter("sacksSent", tr("SACKs sent"), s.sacksSent, &S::sacksSent);
        counter("sacksReceived", tr("SACKs received"), s.sacksReceived, &S::sacksReceived);
        counter("gapAcksReceived", tr("Gap acknowledgements received"), s.gapAcksReceived,
                &S::gapAcksReceived);
        counter("outOfSequenceTsns", tr("Out-of-sequence TSNs received"), s.outOfSequenceTsns,
                &S::outOfSequenceTsns);
        counter("duplicateChunksReceived", tr("Duplicate chunks received"),
                s.duplicateChunksReceived, &S::duplicateChunksReceived);
        counter("orderedChunksSent", tr("Ordered chunks sent"), s.orderedChunksSent,
                &S::orderedChunksSent);
        counter("orderedChunksReceived", tr("Ordered chunks received"), s.orderedChunksReceived,
                &S::orderedChunksReceived);
        counter("unorderedChunksSent", tr("Unordered chunks sent"), s.unorderedChunksSent,
                &S::unorderedChunksSent);
        counter("unorderedChunksReceived", tr("Unordered chunks received"),
                s.unorderedChunksReceived, &S::unorderedChunksReceived);
        counter("controlChunksSent", tr("Control chunks sent"), s.controlChunksSent,
                &S::controlChunksSent);
        counter("controlChunksReceived", tr("Control chunks received"), s.controlChunksReceived,
                &S::controlChunksReceived);
        rows.append({QStringLiteral("maxObservedRto"),
                     tr("Highest RTO since last sample (ms)"),
                     s.maxObservedRto,
                     {}});
        if (!s.maxObservedRtoAddress.isNull())
            rows.append({QStringLiteral("maxObservedRtoAddress"),
                         tr("Path of the highest RTO"),
                         s.maxObservedRtoAddress.toString(),
                         {}});
    }
    if (rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QVariant StatisticsModel::value(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return row.value;
    }
    return {};
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case ValueColumn:
        return row.value;
    case RateColumn:
        return row.rate;
    }
    return {};
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Counter");
    case ValueColumn:
        return tr("Value");
    case RateColumn:
        return tr("Per second");
    }
    return {};
}
