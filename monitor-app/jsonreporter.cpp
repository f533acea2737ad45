// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "jsonreporter.h"
#include "monitoredassociation.h"
#include "monitorsession.h"
#include "timelineexport.h"

#include <QtCore/QJsonDocument>

JsonReporter::JsonReporter(MonitorSession *session, FILE *out, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
{
    // Every sample of every association, the timer's and those an event asks for.
    for (MonitoredAssociation *association : session->associations())
        watch(association);
    connect(session, &MonitorSession::associationAdded, this, &JsonReporter::watch);
    connect(session, &MonitorSession::eventRecorded, this, &JsonReporter::onEvent);
    connect(session, &MonitorSession::sctpUnavailable, this, &JsonReporter::reportError);
}

void JsonReporter::writeLine(const QByteArray &json)
{
    std::fwrite(json.constData(), 1, size_t(json.size()), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

void JsonReporter::watch(MonitoredAssociation *association)
{
    connect(association, &MonitoredAssociation::sampled, this, [this, association] {
        const QList<AssociationTimeline::Sample> &samples = association->timeline().samples();
        if (samples.isEmpty())
            return;
        const TimelineExport::Source source{association->id(), association->name(),
                                            m_session->clock().startTime()};
        const QJsonObject object
                = TimelineExport::sampleJson(source, association->timeline(), samples.last());
        writeLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
    });
}

void JsonReporter::onEvent(MonitoredAssociation *association, const TimelineEvent &event)
{
    const TimelineExport::Source source{association->id(), association->name(),
                                        m_session->clock().startTime()};
    writeLine(
            QJsonDocument(TimelineExport::eventJson(source, event)).toJson(QJsonDocument::Compact));
}

void JsonReporter::reportError(const QString &text)
{
    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("t"), m_session->clock().elapsed()},
                             {QStringLiteral("message"), text}};
    writeLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void JsonReporter::reportInfo(const QString &text)
{
    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("info")},
                             {QStringLiteral("t"), m_session->clock().elapsed()},
                             {QStringLiteral("message"), text}};
    writeLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
