// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_EVENTLOGMODEL_H
#define QTSCTP_MONITOR_EVENTLOGMODEL_H

#include "timelineevent.h"

#include <QtSctp/qsctpmessage.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QTimer>

// The log of every event and message of the monitor's associations, newest last. Rows come in
// batches (a busy association sends hundreds of messages a second) and the oldest go beyond
// maxRows().
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AssociationColumn,
        KindColumn,
        EventColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        AssociationIdRole = Qt::UserRole + 1,
        SeverityRole,
        IsMessageRole,
        TimeRole, // milliseconds since the monitor started
    };

    struct Entry
    {
        qint64 time = 0;
        int associationId = 0;
        QString association;
        QString kind;
        QString code;
        QString summary;
        QString details;
        int severity = TimelineEvent::Info;
        bool highlight = false;
        bool message = false;
    };

    explicit EventLogModel(QObject *parent = nullptr);

    void setStartTime(const QDateTime &start) { m_start = start; }
    void setMaxRows(int rows) { m_maxRows = qMax(100, rows); }
    int maxRows() const { return m_maxRows; }

    void addEvent(int associationId, const QString &association, const TimelineEvent &event);
    void addMessage(int associationId, const QString &association, int direction,
                    const QtSctp::QSctpMessage &message, qint64 time);
    // Rows added since the last batch, now (otherwise within 100 ms).
    void flush();
    void clear();

    const Entry &entry(int row) const { return m_entries.at(row); }
    // A row as tab-separated text, for the clipboard.
    QString rowText(int row) const;
    static QString headerText();
    QString timeText(qint64 time) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A short preview of a payload: text when it is printable, hex otherwise.
    static QString payloadPreview(const QByteArray &payload, int maxBytes = 24);

private:
    void append(const Entry &entry);

    QList<Entry> m_entries;
    QList<Entry> m_pending;
    QTimer m_flushTimer;
    QDateTime m_start;
    int m_maxRows = 20000;
};

#endif // QTSCTP_MONITOR_EVENTLOGMODEL_H
