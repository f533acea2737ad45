// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_PATHTABLEMODEL_H
#define QTSCTP_MONITOR_PATHTABLEMODEL_H

#include <QtSctp/qsctppeeraddressinfo.h>

#include <QtCore/QAbstractTableModel>

// The paths of one association as the last sample saw them: a row per peer address.
class PathTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        StateColumn,
        PrimaryColumn,
        SrttColumn,
        RtoColumn,
        CwndColumn,
        MtuColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1 }; // QSctpPeerAddressInfo::State as int

    explicit PathTableModel(QObject *parent = nullptr);

    void setPaths(const QList<QtSctp::QSctpPeerAddressInfo> &paths);
    QList<QtSctp::QSctpPeerAddressInfo> paths() const { return m_paths; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QtSctp::QSctpPeerAddressInfo> m_paths;
};

#endif // QTSCTP_MONITOR_PATHTABLEMODEL_H
