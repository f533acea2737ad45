// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "eventfilterproxy.h"
#include "eventlogmodel.h"

EventFilterProxy::EventFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void EventFilterProxy::setAssociationId(int id)
{
    if (id == m_associationId)
        return;
    m_associationId = id;
    invalidateFilter();
}

void EventFilterProxy::setShowMessages(bool show)
{
    if (show == m_showMessages)
        return;
    m_showMessages = show;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_associationId >= 0
        && index.data(EventLogModel::AssociationIdRole).toInt() != m_associationId)
        return false;
    if (!m_showMessages && index.data(EventLogModel::IsMessageRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
