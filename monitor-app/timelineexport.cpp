// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "eventdescriber.h"
#include "sctpnames.h"
#include "timelineexport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace QtSctp;

namespace {

QString isoTime(const QDateTime &start, qint64 time)
{
    return start.addMSecs(time).toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject pathJson(const AssociationTimeline &timeline,
                     const AssociationTimeline::PathValues &values)
{
    const AssociationTimeline::PathId id = timeline.paths().value(values.path);
    return QJsonObject{{QStringLiteral("address"), id.address},
                       {QStringLiteral("port"), id.port},
                       {QStringLiteral("state"), SctpNames::pathStateKey(values.state)},
                       {QStringLiteral("primary"), values.primary},
                       {QStringLiteral("srtt"), qint64(values.srtt)},
                       {QStringLiteral("rto"), qint64(values.rto)},
                       {QStringLiteral("cwnd"), qint64(values.cwnd)},
                       {QStringLiteral("mtu"), qint64(values.mtu)}};
}

} // namespace

QJsonObject TimelineExport::sampleJson(const Source &source, const AssociationTimeline &timeline,
                                       const AssociationTimeline::Sample &sample)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("sample")},
                       {QStringLiteral("id"), source.id},
                       {QStringLiteral("association"), source.name},
                       {QStringLiteral("t"), sample.time},
                       {QStringLiteral("time"), isoTime(source.start, sample.time)},
                       {QStringLiteral("state"), SctpNames::associationStateKey(sample.state)}};
    QJsonArray paths;
    for (const AssociationTimeline::PathValues &values : sample.paths)
        paths.append(pathJson(timeline, values));
    object.insert(QStringLiteral("paths"), paths);
    if (sample.hasStatus) {
        object.insert(
                QStringLiteral("status"),
                QJsonObject{{QStringLiteral("rwnd"), qint64(sample.status.receiveWindow())},
                            {QStringLiteral("unacked"), sample.status.unacknowledgedChunks()},
                            {QStringLiteral("pending"), sample.status.pendingChunks()},
                            {QStringLiteral("inboundStreams"), sample.status.inboundStreams()},
                            {QStringLiteral("outboundStreams"), sample.status.outboundStreams()}});
    }
    if (sample.hasStatistics) {
        const QVariantMap counters
                = EventDescriber::gadgetProperties(QVariant::fromValue(sample.statistics));
        object.insert(QStringLiteral("statistics"), QJsonObject::fromVariantMap(counters));
    }
    return object;
}

QJsonObject TimelineExport::eventJson(const Source &source, const TimelineEvent &event)
{
    static const char *severities[] = {"info", "warning", "critical"};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                       {QStringLiteral("id"), source.id},
                       {QStringLiteral("association"), source.name},
                       {QStringLiteral("t"), event.time},
                       {QStringLiteral("time"), isoTime(source.start, event.time)},
                       {QStringLiteral("kind"), event.kind},
                       {QStringLiteral("event"), event.code},
                       {QStringLiteral("severity"),
                        QString::fromLatin1(severities[qBound(0, int(event.severity), 2)])},
                       {QStringLiteral("highlight"), event.highlight},
                       {QStringLiteral("summary"), event.summary},
                       {QStringLiteral("details"), QJsonObject::fromVariantMap(event.details)}};
}

QJsonObject TimelineExport::flowsJson(const AssociationTimeline &timeline)
{
    QJsonArray streams;
    QJsonArray ppids;
    for (const AssociationTimeline::FlowKey &key : timeline.flowKeys()) {
        const AssociationTimeline::FlowTotals totals = timeline.flowTotals(key);
        const AssociationTimeline::RatePoint rate = timeline.lastRate(key);
        QJsonObject flow{{QStringLiteral("direction"),
                          key.direction == AssociationTimeline::Sent ? QStringLiteral("sent")
                                                                     : QStringLiteral("received")},
                         {QStringLiteral("messages"), qint64(totals.messages)},
                         {QStringLiteral("bytes"), qint64(totals.bytes)},
                         {QStringLiteral("messagesPerSecond"), rate.messagesPerSecond},
                         {QStringLiteral("bytesPerSecond"), rate.bytesPerSecond}};
        if (key.kind == AssociationTimeline::ByStream) {
            flow.insert(QStringLiteral("stream"), qint64(key.id));
            streams.append(flow);
        } else {
            flow.insert(QStringLiteral("ppid"), qint64(key.id));
            flow.insert(QStringLiteral("name"), SctpNames::ppidName(key.id));
            ppids.append(flow);
        }
    }
    return QJsonObject{{QStringLiteral("streams"), streams}, {QStringLiteral("ppids"), ppids}};
}

QByteArray TimelineExport::toJson(const Source &source, const AssociationTimeline &timeline)
{
    QJsonArray paths;
    for (const AssociationTimeline::PathId &path : timeline.paths()) {
        paths.append(QJsonObject{{QStringLiteral("address"), path.address},
                                 {QStringLiteral("port"), path.port}});
    }
    QJsonArray samples;
    for (const AssociationTimeline::Sample &sample : timeline.samples())
        samples.append(sampleJson(source, timeline, sample));
    QJsonArray events;
    for (const TimelineEvent &event : timeline.events())
        events.append(eventJson(source, event));
    const QJsonObject root{
            {QStringLiteral("association"), source.name},
            {QStringLiteral("id"), source.id},
            {QStringLiteral("start"), source.start.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("events"), events},
            {QStringLiteral("flows"), flowsJson(timeline)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList TimelineExport::csvHeader()
{
    return {QStringLiteral("time_ms"),
            QStringLiteral("time"),
            QStringLiteral("association"),
            QStringLiteral("record"),
            QStringLiteral("association_state"),
            QStringLiteral("path"),
            QStringLiteral("path_state"),
            QStringLiteral("primary"),
            QStringLiteral("srtt_ms"),
            QStringLiteral("rto_ms"),
            QStringLiteral("cwnd_bytes"),
            QStringLiteral("mtu_bytes"),
            QStringLiteral("event"),
            QStringLiteral("summary")};
}

QString TimelineExport::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QByteArray TimelineExport::toCsv(const Source &source, const AssociationTimeline &timeline)
{
    QStringList lines;
    lines << csvHeader().join(u',');
    const QList<AssociationTimeline::Sample> &samples = timeline.samples();
    const QList<TimelineEvent> &events = timeline.events();
    qsizetype s = 0;
    qsizetype e = 0;
    auto row = [&](qint64 time, const QStringList &rest) {
        QStringList fields{QString::number(time), isoTime(source.start, time), source.name};
        fields << rest;
        for (QString &field : fields)
            field = csvField(field);
        lines << fields.join(u',');
    };
    while (s < samples.size() || e < events.size()) {
        const bool takeEvent = e < events.size()
                && (s >= samples.size() || events.at(e).time < samples.at(s).time);
        if (takeEvent) {
            const TimelineEvent &event = events.at(e++);
            row(event.time,
                {QStringLiteral("event"),
                 {},
                 {},
                 {},
                 {},
                 {},
                 {},
                 {},
                 {},
                 event.code,
                 event.summary});
            continue;
        }
        const AssociationTimeline::Sample &sample = samples.at(s++);
        const QString state = SctpNames::associationStateKey(sample.state);
        if (sample.paths.isEmpty())
            row(sample.time, {QStringLiteral("sample"), state, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        for (const AssociationTimeline::PathValues &values : sample.paths) {
            row(sample.time,
                {QStringLiteral("sample"),
                 state,
                 timeline.paths().value(values.path).address,
                 SctpNames::pathStateKey(values.state),
                 values.primary ? QStringLiteral("1") : QStringLiteral("0"),
                 QString::number(values.srtt),
                 QString::number(values.rto),
                 QString::number(values.cwnd),
                 QString::number(values.mtu),
                 {},
                 {}});
        }
    }
    return lines.join(u'\n').toUtf8() + '\n';
}
