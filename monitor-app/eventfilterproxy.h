// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_EVENTFILTERPROXY_H
#define QTSCTP_MONITOR_EVENTFILTERPROXY_H

#include <QtCore/QSortFilterProxyModel>

// Filters the event log: by association, with or without messages, and by text in any column
// (setFilterFixedString / setFilterRegularExpression of the base class).
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    // -1: every association.
    void setAssociationId(int id);
    int associationId() const { return m_associationId; }
    void setShowMessages(bool show);
    bool showMessages() const { return m_showMessages; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_associationId = -1;
    bool m_showMessages = true;
};

#endif // QTSCTP_MONITOR_EVENTFILTERPROXY_H
