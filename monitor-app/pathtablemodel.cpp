// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "pathtablemodel.h"
#include "plotbuilder.h"
#include "sctpnames.h"

#include <QtGui/QBrush>

using namespace QtSctp;

PathTableModel::PathTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PathTableModel::setPaths(const QList<QSctpPeerAddressInfo> &paths)
{
    if (paths.size() == m_paths.size()) {
        m_paths = paths;
        if (!m_paths.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_paths.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_paths = paths;
    endResetModel();
}

int PathTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

int PathTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PathTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_paths.size())
        return {};
    const QSctpPeerAddressInfo &path = m_paths.at(index.row());
    if (role == StateRole)
        return int(path.state());
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return PlotBuilder::pathStateColor(path.state());
    if (role == Qt::DecorationRole && index.column() == AddressColumn)
        return PlotBuilder::pathColor(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= SrttColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        return path.address().toString();
    case StateColumn:
        return SctpNames::pathStateName(path.state());
    case PrimaryColumn:
        return path.isPrimary() ? tr("primary") : QString();
    case SrttColumn:
        return path.smoothedRtt();
    case RtoColumn:
        return path.retransmissionTimeout();
    case CwndColumn:
        return path.congestionWindow();
    case MtuColumn:
        return path.mtu();
    }
    return {};
}

QVariant PathTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Peer address");
    case StateColumn:
        return tr("State");
    case PrimaryColumn:
        return tr("Primary");
    case SrttColumn:
        return tr("SRTT (ms)");
    case RtoColumn:
        return tr("RTO (ms)");
    case CwndColumn:
        return tr("cwnd (bytes)");
    case MtuColumn:
        return tr("MTU (bytes)");
    }
    return {};
}
