// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_ASSOCIATIONSVIEW_H
#define QTSCTP_MONITOR_ASSOCIATIONSVIEW_H

#include "systemassociations.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class AssociationListModel;
class MonitorSession;

// The table of every association: the monitor's own and the host's, sortable and filterable.
// Double-clicking one of the monitor's own opens it in the detail view.
class AssociationsView : public QWidget
{
    Q_OBJECT
public:
    explicit AssociationsView(MonitorSession *session, QWidget *parent = nullptr);

    AssociationListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // Where the system tables are read from ("/proc" unless a test says otherwise).
    void setProcRoot(const QString &root);
    void setShowSystem(bool show);
    bool showSystem() const;
    // Reads the host's associations (sctp_diag, or /proc) and the monitor's again.
    void refresh();
    // Where the last refresh read the host's associations from.
    SystemAssociations::Source systemSource() const { return m_system.source(); }
    void setUseSctpDiag(bool on)
    {
        m_system.setUseSctpDiag(on);
        refresh();
    }
    // The line under the table (counts and the source).
    QString statusText() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void openRequested(int monitorId);

private:
    MonitorSession *m_session;
    SystemAssociations m_system;
    AssociationListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QCheckBox *m_showSystem;
    QLabel *m_status;
    QTimer m_timer;
};

#endif // QTSCTP_MONITOR_ASSOCIATIONSVIEW_H
