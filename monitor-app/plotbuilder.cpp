// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationtimeline.h"
#include "plotbuilder.h"
#include "sctpnames.h"

#include <QtCore/QtNumeric>

using namespace QtSctp;

namespace {

using Timeline = AssociationTimeline;

// About the width of a wide plot in pixels.
constexpr int MaxBuckets = 1500;
// The shortest interval a counter rate is computed over, in milliseconds.
constexpr qint64 MinRateInterval = 200;

// The first sample that matters for the window: the last one before it starts, so that the
// lines reach the left edge.
qsizetype firstSampleIndex(const QList<Timeline::Sample> &samples, qint64 from)
{
    qsizetype lo = 0;
    qsizetype hi = samples.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (samples.at(mid).time < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return qMax<qsizetype>(0, lo - 1);
}

double pathValue(PlotData::Metric metric, const Timeline::PathValues &values)
{
    switch (metric) {
    case PlotData::Srtt:
        return values.srtt;
    case PlotData::Rto:
        return values.rto;
    case PlotData::Cwnd:
        return values.cwnd;
    case PlotData::Mtu:
        return values.mtu;
    default:
        return qQNaN();
    }
}

QList<PlotData::Series> pathSeries(const Timeline &timeline, PlotData::Metric metric,
                                   qsizetype first, qint64 to)
{
    QList<PlotData::Series> series;
    for (int p = 0; p < timeline.paths().size(); ++p) {
        PlotData::Series line;
        line.label = timeline.paths().at(p).address;
        line.color = PlotBuilder::pathColor(p);
        line.path = p;
        series.append(line);
    }
    const QList<Timeline::Sample> &samples = timeline.samples();
    for (qsizetype i = first; i < samples.size() && samples.at(i).time <= to; ++i) {
        const Timeline::Sample &sample = samples.at(i);
        QList<bool> seen(series.size(), false);
        for (const Timeline::PathValues &values : sample.paths) {
            if (values.path < 0 || values.path >= series.size())
                continue;
            seen[values.path] = true;
            series[values.path].points.append(QPointF(sample.time, pathValue(metric, values)));
        }
        // A path missing from a sample breaks its line.
        for (qsizetype p = 0; p < series.size(); ++p) {
            if (!seen.at(p) && !series.at(p).points.isEmpty()
                && !qIsNaN(series.at(p).points.last().y()))
                series[p].points.append(QPointF(sample.time, qQNaN()));
        }
    }
    return series;
}

QList<PlotData::Series> flowSeries(const Timeline &timeline, PlotData::Metric metric, qint64 from,
                                   qint64 to)
{
    const bool byStream
            = metric == PlotData::MessageRateByStream || metric == PlotData::ByteRateByStream;
    const bool bytes = metric == PlotData::ByteRateByStream || metric == PlotData::ByteRateByPpid;
    QList<PlotData::Series> series;
    for (const Timeline::FlowKey &key : timeline.flowKeys()) {
        if ((key.kind == Timeline::ByStream) != byStream)
            continue;
        PlotData::Series line;
        const QString what = byStream ? PlotBuilder::tr("stream %1").arg(key.id)
                                      : SctpNames::ppidLabel(key.id);
        line.label = key.direction == Timeline::Sent ? PlotBuilder::tr("%1 sent").arg(what)
                                                     : PlotBuilder::tr("%1 received").arg(what);
        line.color = PlotBuilder::seriesColor(int(series.size()));
        const QList<Timeline::RatePoint> rates = timeline.flowRates(key);
        for (qsizetype i = 0; i < rates.size(); ++i) {
            const Timeline::RatePoint &rate = rates.at(i);
            const bool neededBefore = i + 1 < rates.size() && rates.at(i + 1).time >= from;
            if ((rate.time < from && !neededBefore) || rate.time > to)
                continue;
            line.points.append(
                    QPointF(rate.time, bytes ? rate.bytesPerSecond : rate.messagesPerSecond));
        }
        series.append(line);
    }
    return series;
}

QList<PlotData::Series> associationSeries(const Timeline &timeline, PlotData::Metric metric,
                                          qsizetype first, qint64 to)
{
    QList<PlotData::Series> series;
    auto addSeries = [&series](const QString &label) {
        PlotData::Series line;
        line.label = label;
        line.color = PlotBuilder::seriesColor(int(series.size()));
        series.append(line);
    };
    switch (metric) {
    case PlotData::RetransmissionRate:
        addSeries(PlotBuilder::tr("retransmitted chunks"));
        break;
    case PlotData::PacketRate:
        addSeries(PlotBuilder::tr("packets sent"));
        addSeries(PlotBuilder::tr("packets received"));
        break;
    case PlotData::ReceiveWindow:
        addSeries(PlotBuilder::tr("peer receive window"));
        break;
    case PlotData::OutstandingChunks:
        addSeries(PlotBuilder::tr("unacknowledged"));
        addSeries(PlotBuilder::tr("pending"));
        break;
    default:
        return series;
    }
    const QList<Timeline::Sample> &samples = timeline.samples();
    const Timeline::Sample *previous = nullptr;
    for (qsizetype i = first; i < samples.size() && samples.at(i).time <= to; ++i) {
        const Timeline::Sample &sample = samples.at(i);
        const double t = sample.time;
        switch (metric) {
        case PlotData::RetransmissionRate:
        case PlotData::PacketRate: {
            // Counters grow; a rate needs two samples with statistics.
            if (!sample.hasStatistics) {
                for (PlotData::Series &line : series)
                    line.points.append(QPointF(t, qQNaN()));
                previous = nullptr;
                break;
            }
            // Samples taken on an event come milliseconds after the timer's: too close
            // for a rate, so they wait for the next one.
            if (previous && sample.time - previous->time < MinRateInterval)
                break;
            if (previous) {
                const double seconds = (sample.time - previous->time) / 1000.0;
                auto rate = [seconds](quint64 now, quint64 before) {
                    return now >= before ? double(now - before) / seconds : 0.0;
                };
                if (metric == PlotData::RetransmissionRate) {
                    series[0].points.append(
                            QPointF(t,
                                    rate(sample.statistics.retransmittedChunks,
                                         previous->statistics.retransmittedChunks)));
                } else {
                    series[0].points.append(QPointF(
                            t,
                            rate(sample.statistics.packetsSent, previous->statistics.packetsSent)));
                    series[1].points.append(QPointF(t,
                                                    rate(sample.statistics.packetsReceived,
                                                         previous->statistics.packetsReceived)));
                }
            }
            previous = &sample;
            break;
        }
        case PlotData::ReceiveWindow:
            series[0].points.append(
                    QPointF(t, sample.hasStatus ? double(sample.status.receiveWindow()) : qQNaN()));
            break;
        case PlotData::OutstandingChunks:
            series[0].points.append(QPointF(
                    t, sample.hasStatus ? double(sample.status.unacknowledgedChunks()) : qQNaN()));
            series[1].points.append(
                    QPointF(t, sample.hasStatus ? double(sample.status.pendingChunks()) : qQNaN()));
            break;
        default:
            break;
        }
    }
    return series;
}

// A long window holds more points than pixels: keep the lowest and highest of each slice of
// time (and every gap), so that peaks survive and painting stays cheap.
void decimate(QList<QPointF> &points, qint64 from, qint64 to, int buckets)
{
    if (points.size() <= 2 * buckets || to <= from)
        return;
    const double width = double(to - from) / buckets;
    QList<QPointF> kept;
    kept.reserve(2 * buckets + 16);
    qsizetype i = 0;
    while (i < points.size()) {
        const QPointF &first = points.at(i);
        if (qIsNaN(first.y())) {
            kept.append(first);
            ++i;
            continue;
        }
        const qint64 bucket = qint64((first.x() - from) / width);
        QPointF low = first;
        QPointF high = first;
        qsizetype j = i;
        for (; j < points.size(); ++j) {
            const QPointF &point = points.at(j);
            if (qIsNaN(point.y()) || qint64((point.x() - from) / width) != bucket)
                break;
            if (point.y() < low.y())
                low = point;
            if (point.y() > high.y())
                high = point;
        }
        if (low.x() <= high.x()) {
            kept.append(low);
            if (high != low)
                kept.append(high);
        } else {
            kept.append(high);
            kept.append(low);
        }
        i = j;
    }
    points = kept;
}

void appendSegment(QList<PlotData::Segment> &segments, qint64 from, qint64 to, int state,
                   bool primary)
{
    if (!segments.isEmpty()) {
        PlotData::Segment &last = segments.last();
        if (last.state == state && last.primary == primary && last.to >= from) {
            last.to = qMax(last.to, to);
            return;
        }
    }
    segments.append({from, to, state, primary});
}

} // namespace

PlotData PlotBuilder::build(const AssociationTimeline &timeline,
                            const QList<PlotData::Metric> &metrics, qint64 from, qint64 to)
{
    PlotData data;
    data.from = from;
    data.to = to;
    const QList<Timeline::Sample> &samples = timeline.samples();
    const qsizetype first = firstSampleIndex(samples, from);

    for (PlotData::Metric metric : metrics) {
        PlotData::Panel panel;
        panel.metric = metric;
        panel.title = metricName(metric);
        switch (metric) {
        case PlotData::Srtt:
        case PlotData::Rto:
        case PlotData::Cwnd:
        case PlotData::Mtu:
            panel.series = pathSeries(timeline, metric, first, to);
            break;
        case PlotData::MessageRateByStream:
        case PlotData::ByteRateByStream:
        case PlotData::MessageRateByPpid:
        case PlotData::ByteRateByPpid:
            panel.series = flowSeries(timeline, metric, from, to);
            break;
        default:
            panel.series = associationSeries(timeline, metric, first, to);
            break;
        }
        for (PlotData::Series &series : panel.series)
            decimate(series.points, from, to, MaxBuckets);
        data.panels.append(panel);
    }

    // State bands: each sample's state lasts until the next sample.
    for (int p = 0; p < timeline.paths().size(); ++p) {
        PlotData::PathBand band;
        band.label = timeline.paths().at(p).address;
        band.color = pathColor(p);
        data.pathBands.append(band);
    }
    for (qsizetype i = first; i < samples.size() && samples.at(i).time <= to; ++i) {
        const Timeline::Sample &sample = samples.at(i);
        const qint64 start = qMax(sample.time, from);
        const qint64 end = i + 1 < samples.size() ? qMin(samples.at(i + 1).time, to) : to;
        if (end < start)
            continue;
        appendSegment(data.associationBand, start, end, int(sample.state), false);
        for (const Timeline::PathValues &values : sample.paths) {
            if (values.path >= 0 && values.path < data.pathBands.size())
                appendSegment(data.pathBands[values.path].segments, start, end, int(values.state),
                              values.primary);
        }
    }

    for (const TimelineEvent &event : timeline.events()) {
        if (event.time >= from && event.time <= to)
            data.events.append(event);
    }
    return data;
}

QString PlotBuilder::metricName(PlotData::Metric metric)
{
    switch (metric) {
    case PlotData::Srtt:
        return tr("Smoothed RTT (ms)");
    case PlotData::Rto:
        return tr("Retransmission timeout (ms)");
    case PlotData::Cwnd:
        return tr("Congestion window (bytes)");
    case PlotData::Mtu:
        return tr("Path MTU (bytes)");
    case PlotData::MessageRateByStream:
        return tr("Messages per second by stream");
    case PlotData::ByteRateByStream:
        return tr("Bytes per second by stream");
    case PlotData::MessageRateByPpid:
        return tr("Messages per second by PPID");
    case PlotData::ByteRateByPpid:
        return tr("Bytes per second by PPID");
    case PlotData::RetransmissionRate:
        return tr("Retransmissions per second");
    case PlotData::PacketRate:
        return tr("Packets per second");
    case PlotData::ReceiveWindow:
        return tr("Peer receive window (bytes)");
    case PlotData::OutstandingChunks:
        return tr("Outstanding chunks");
    case PlotData::MetricCount:
        break;
    }
    return {};
}

QString PlotBuilder::metricKey(PlotData::Metric metric)
{
    switch (metric) {
    case PlotData::Srtt:
        return QStringLiteral("srtt");
    case PlotData::Rto:
        return QStringLiteral("rto");
    case PlotData::Cwnd:
        return QStringLiteral("cwnd");
    case PlotData::Mtu:
        return QStringLiteral("mtu");
    case PlotData::MessageRateByStream:
        return QStringLiteral("messages-by-stream");
    case PlotData::ByteRateByStream:
        return QStringLiteral("bytes-by-stream");
    case PlotData::MessageRateByPpid:
        return QStringLiteral("messages-by-ppid");
    case PlotData::ByteRateByPpid:
        return QStringLiteral("bytes-by-ppid");
    case PlotData::RetransmissionRate:
        return QStringLiteral("retransmissions");
    case PlotData::PacketRate:
        return QStringLiteral("packets");
    case PlotData::ReceiveWindow:
        return QStringLiteral("rwnd");
    case PlotData::OutstandingChunks:
        return QStringLiteral("outstanding");
    case PlotData::MetricCount:
        break;
    }
    return {};
}

bool PlotBuilder::isPathMetric(PlotData::Metric metric)
{
    return metric == PlotData::Srtt || metric == PlotData::Rto || metric == PlotData::Cwnd
            || metric == PlotData::Mtu;
}

QColor PlotBuilder::pathColor(int path)
{
    // Kept apart from the state colours (green, amber, red, grey) of the bands.
    static const QRgb colors[] = {0x1f77b4, 0x9467bd, 0x17becf, 0x8c564b, 0xe377c2, 0x393b79};
    return QColor(colors[qAbs(path) % int(std::size(colors))]);
}

QColor PlotBuilder::seriesColor(int index)
{
    static const QRgb colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                  0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colors[qAbs(index) % int(std::size(colors))]);
}

QColor PlotBuilder::pathStateColor(QSctpPeerAddressInfo::State state)
{
    switch (state) {
    case QSctpPeerAddressInfo::Active:
        return QColor(0x43a047);
    case QSctpPeerAddressInfo::PotentiallyFailed:
        return QColor(0xffb300);
    case QSctpPeerAddressInfo::Inactive:
        return QColor(0xe53935);
    case QSctpPeerAddressInfo::Unconfirmed:
        return QColor(0x90a4ae);
    case QSctpPeerAddressInfo::Unknown:
        break;
    }
    return QColor(0xd0d0d0);
}

QColor PlotBuilder::associationStateColor(QSctpAssociationStatus::State state)
{
    switch (state) {
    case QSctpAssociationStatus::Established:
        return QColor(0x43a047);
    case QSctpAssociationStatus::CookieWait:
    case QSctpAssociationStatus::CookieEchoed:
        return QColor(0x64b5f6);
    case QSctpAssociationStatus::ShutdownPending:
    case QSctpAssociationStatus::ShutdownSent:
    case QSctpAssociationStatus::ShutdownReceived:
    case QSctpAssociationStatus::ShutdownAckSent:
        return QColor(0xffb300);
    case QSctpAssociationStatus::Closed:
        return QColor(0x9e9e9e);
    case QSctpAssociationStatus::Empty:
        break;
    }
    return QColor(0xd0d0d0);
}

QColor PlotBuilder::severityColor(int severity, bool highlight)
{
    if (highlight)
        return QColor(0xd81b60);
    switch (severity) {
    case TimelineEvent::Critical:
        return QColor(0xc62828);
    case TimelineEvent::Warning:
        return QColor(0xef6c00);
    default:
        return QColor(0x546e7a);
    }
}
