// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationtimeline.h"
#include "eventlogmodel.h"
#include "plotbuilder.h"
#include "sctpnames.h"

#include <QtGui/QBrush>
#include <QtGui/QFont>

using namespace QtSctp;

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_start(QDateTime::currentDateTimeUtc())
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

void EventLogModel::addEvent(int associationId, const QString &association,
                             const TimelineEvent &event)
{
    Entry entry;
    entry.time = event.time;
    entry.associationId = associationId;
    entry.association = association;
    entry.kind = event.kind;
    entry.code = event.code;
    entry.summary = event.summary;
    QStringList details;
    for (auto it = event.details.cbegin(); it != event.details.cend(); ++it) {
        const QString value = it.value().typeId() == QMetaType::QVariantList
                ? it.value().toStringList().join(u", ")
                : it.value().toString();
        details << QStringLiteral("%1=%2").arg(it.key(), value);
    }
    entry.details = details.join(u"; ");
    entry.severity = event.severity;
    entry.highlight = event.highlight;
    append(entry);
}

void EventLogModel::addMessage(int associationId, const QString &association, int direction,
                               const QSctpMessage &message, qint64 time)
{
    Entry entry;
    entry.time = time;
    entry.associationId = associationId;
    entry.association = association;
    entry.message = true;
    entry.kind = tr("Message");
    entry.code = direction == AssociationTimeline::Sent ? tr("sent") : tr("received");
    entry.summary = tr("stream %1, %2, %n byte(s)%3: %4", nullptr, int(message.size()))
                            .arg(message.stream())
                            .arg(SctpNames::ppidLabel(message.payloadProtocolId()))
                            .arg(message.isUnordered() ? tr(", unordered") : QString())
                            .arg(payloadPreview(message.payload()));
    append(entry);
}

void EventLogModel::append(const Entry &entry)
{
    m_pending.append(entry);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    // Make room first, so that the view never holds more than maxRows() rows.
    const qsizetype overflow = m_entries.size() + m_pending.size() - m_maxRows;
    if (overflow > 0) {
        const int drop = int(qMin<qsizetype>(overflow, m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.remove(0, drop);
            endRemoveRows();
        }
        if (m_pending.size() > m_maxRows)
            m_pending.remove(0, m_pending.size() - m_maxRows);
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_entries.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    endResetModel();
}

QString EventLogModel::timeText(qint64 time) const
{
    return m_start.addMSecs(time).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString EventLogModel::headerText()
{
    return QStringList{tr("Time"),  tr("Association"), tr("Kind"),
                       tr("Event"), tr("Summary"),     tr("Details")}
            .join(u'\t');
}

QString EventLogModel::rowText(int row) const
{
    const Entry &e = m_entries.at(row);
    return QStringList{timeText(e.time), e.association, e.kind, e.code, e.summary, e.details}.join(
            u'\t');
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.time);
        case AssociationColumn:
            return e.association;
        case KindColumn:
            return e.kind;
        case EventColumn:
            return e.code;
        case SummaryColumn:
            return e.summary;
        }
        break;
    case Qt::ToolTipRole:
        return e.details.isEmpty() ? e.summary : e.summary + u'\n' + e.details;
    case Qt::ForegroundRole:
        if (e.severity != TimelineEvent::Info || e.highlight)
            return QBrush(PlotBuilder::severityColor(e.severity, e.highlight));
        break;
    case Qt::FontRole:
        if (e.highlight) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case AssociationIdRole:
        return e.associationId;
    case SeverityRole:
        return e.severity;
    case IsMessageRole:
        return e.message;
    case TimeRole:
        return e.time;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AssociationColumn:
        return tr("Association");
    case KindColumn:
        return tr("Kind");
    case EventColumn:
        return tr("Event");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

QString EventLogModel::payloadPreview(const QByteArray &payload, int maxBytes)
{
    const QByteArray head = payload.left(maxBytes);
    bool printable = !head.isEmpty();
    for (char c : head) {
        if (uchar(c) < 0x20 || uchar(c) > 0x7e) {
            printable = false;
            break;
        }
    }
    const QString ellipsis = payload.size() > maxBytes ? QStringLiteral("…") : QString();
    if (printable)
        return QStringLiteral("\"%1%2\"").arg(QString::fromLatin1(head), ellipsis);
    return QString::fromLatin1(head.toHex(' ')) + ellipsis;
}
