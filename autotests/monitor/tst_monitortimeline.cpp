// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The monitor's data without sockets: the timeline, the plot data built from it, the
// exports, the models over it and the rig's input parsing.

#include "associationtimeline.h"
#include "eventlogmodel.h"
#include "flowratemodel.h"
#include "pathtablemodel.h"
#include "plotbuilder.h"
#include "rigview.h"
#include "statisticsmodel.h"
#include "timelineexport.h"
#include "timelineplot.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QtNumeric>
#include <QtTest/QTest>

using namespace QtSctp;

namespace {

QSctpPeerAddressInfo path(const char *address, QSctpPeerAddressInfo::State state, quint32 srtt,
                          bool primary)
{
    QSctpPeerAddressInfo info;
    info.setAddress(QHostAddress(QString::fromLatin1(address)));
    info.setPort(3868);
    info.setState(state);
    info.setSmoothedRtt(srtt);
    info.setRetransmissionTimeout(srtt * 4 + 200);
    info.setCongestionWindow(4380 + srtt);
    info.setMtu(1500);
    info.setPrimary(primary);
    return info;
}

// Ten seconds of a two-path association: the second path fails after 5 s and the primary
// moves to it and back; 10 Diameter messages a second go out on stream 1.
AssociationTimeline twoPathTimeline()
{
    AssociationTimeline timeline(0);
    for (int i = 1; i <= 20; ++i) {
        const qint64 t = i * 500;
        for (int m = 0; m < 5; ++m)
            timeline.countMessage(AssociationTimeline::Sent, 1, 46, 200);
        timeline.countMessage(AssociationTimeline::Received, 2, 18, 100);
        const auto second = i <= 10 ? QSctpPeerAddressInfo::Active
                                    : (i <= 14 ? QSctpPeerAddressInfo::PotentiallyFailed
                                               : QSctpPeerAddressInfo::Inactive);
        QSctpAssociationStatus status;
        status.setState(QSctpAssociationStatus::Established);
        status.setReceiveWindow(65536 - i);
        QSctpAssociationStatistics statistics;
        statistics.retransmittedChunks = quint64(i > 10 ? (i - 10) * 2 : 0);
        statistics.packetsSent = quint64(i * 10);
        timeline.addSample(t, QSctpAssociationStatus::Established,
                           {path("10.0.0.2", QSctpPeerAddressInfo::Active, 10 + i, i % 8 != 0),
                            path("::ffff:10.0.1.2", second, 20, i % 8 == 0)},
                           &status, &statistics);
    }
    TimelineEvent event;
    event.time = 5200;
    event.kind = QStringLiteral("PeerAddressChange");
    event.code = QStringLiteral("ADDR_POTENTIALLY_FAILED");
    event.summary = QStringLiteral("Peer address 10.0.1.2 is potentially failed");
    event.details.insert(QStringLiteral("address"), QStringLiteral("10.0.1.2"));
    timeline.addEvent(event);
    return timeline;
}

} // namespace

class tst_MonitorTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsAndSamples();
    void rates();
    void plotHasOneLinePerPath();
    void plotWindow();
    void plotRatesAndCounters();
    void plotKeepsPeaksOfLongWindows();
    void zoomAndScrollRanges();
    void stateBands();
    void trimming();
    void exportJson();
    void exportCsv();
    void models();
    void eventLog();
    void rigInput();
};

void tst_MonitorTimeline::pathsAndSamples()
{
    const AssociationTimeline timeline = twoPathTimeline();
    QCOMPARE(timeline.samples().size(), 20);
    // An IPv4-mapped address is the same path as the plain one.
    QCOMPARE(timeline.paths().size(), 2);
    QCOMPARE(timeline.paths().at(1).address, QStringLiteral("10.0.1.2"));
    QCOMPARE(timeline.samples().last().paths.at(1).state, QSctpPeerAddressInfo::Inactive);
    QCOMPARE(timeline.events().size(), 1);
}

void tst_MonitorTimeline::rates()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const AssociationTimeline::FlowKey diameter{AssociationTimeline::ByPpid,
                                                AssociationTimeline::Sent, 46};
    QCOMPARE(timeline.flowTotals(diameter).messages, quint64(100));
    QCOMPARE(timeline.flowTotals(diameter).bytes, quint64(20000));
    QCOMPARE(timeline.flowRates(diameter).size(), 20);
    QCOMPARE(timeline.lastRate(diameter).messagesPerSecond, 10.0);
    QCOMPARE(timeline.lastRate(diameter).bytesPerSecond, 2000.0);
    const AssociationTimeline::FlowKey stream2{AssociationTimeline::ByStream,
                                               AssociationTimeline::Received, 2};
    QCOMPARE(timeline.lastRate(stream2).messagesPerSecond, 2.0);
    QCOMPARE(timeline.flowKeys().size(), 4);
}

void tst_MonitorTimeline::plotHasOneLinePerPath()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const PlotData data = PlotBuilder::build(
            timeline, {PlotData::Srtt, PlotData::Rto, PlotData::Cwnd, PlotData::Mtu}, 0, 10000);
    QCOMPARE(data.panels.size(), 4);
    for (const PlotData::Panel &panel : data.panels) {
        QCOMPARE(panel.series.size(), 2);
        QCOMPARE(panel.series.at(0).label, QStringLiteral("10.0.0.2"));
        QCOMPARE(panel.series.at(1).path, 1);
        QCOMPARE(panel.series.at(0).points.size(), 20);
        QVERIFY(panel.series.at(0).color != panel.series.at(1).color);
    }
    QCOMPARE(data.panels.at(0).series.at(0).points.last(), QPointF(10000, 30));
    QCOMPARE(data.panels.at(1).series.at(1).points.last().y(), 280.0);
    QCOMPARE(data.events.size(), 1);
}

void tst_MonitorTimeline::plotWindow()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const PlotData data = PlotBuilder::build(timeline, {PlotData::Srtt}, 6000, 10000);
    // From the sample just before the window, so that lines reach its left edge.
    QCOMPARE(data.panels.first().series.first().points.first().x(), 5500.0);
    QCOMPARE(data.panels.first().series.first().points.size(), 10);
    QVERIFY(data.events.isEmpty());

    AssociationTimeline gap(0);
    gap.addSample(500, QSctpAssociationStatus::Established,
                  {path("10.0.0.2", QSctpPeerAddressInfo::Active, 5, true)});
    gap.addSample(1000, QSctpAssociationStatus::Closed, {});
    gap.addSample(1500, QSctpAssociationStatus::Established,
                  {path("10.0.0.2", QSctpPeerAddressInfo::Active, 6, true)});
    const QList<QPointF> points = PlotBuilder::build(gap, {PlotData::Srtt}, 0, 2000)
                                          .panels.first()
                                          .series.first()
                                          .points;
    QCOMPARE(points.size(), 3);
    QVERIFY(qIsNaN(points.at(1).y())); // a missing path breaks its line
}

void tst_MonitorTimeline::plotRatesAndCounters()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const PlotData data = PlotBuilder::build(
            timeline,
            {PlotData::MessageRateByPpid, PlotData::ByteRateByStream, PlotData::RetransmissionRate,
             PlotData::PacketRate, PlotData::ReceiveWindow},
            0, 10000);
    const PlotData::Panel &ppids = data.panels.at(0);
    QCOMPARE(ppids.series.size(), 2);
    QCOMPARE(ppids.series.at(0).label, QStringLiteral("S1AP (18) received"));
    QCOMPARE(ppids.series.at(1).label, QStringLiteral("Diameter (46) sent"));
    QCOMPARE(ppids.series.at(1).points.last().y(), 10.0);
    QCOMPARE(data.panels.at(1).series.at(0).label, QStringLiteral("stream 1 sent"));
    QCOMPARE(data.panels.at(1).series.at(0).points.last().y(), 2000.0);
    // Two retransmissions per 500 ms once the second path fails.
    QCOMPARE(data.panels.at(2).series.first().points.last().y(), 4.0);
    QCOMPARE(data.panels.at(2).series.first().points.first().y(), 0.0);
    QCOMPARE(data.panels.at(3).series.size(), 2);
    QCOMPARE(data.panels.at(3).series.first().points.last().y(), 20.0);
    QCOMPARE(data.panels.at(4).series.first().points.last().y(), 65516.0);
    for (int m = 0; m < PlotData::MetricCount; ++m) {
        QVERIFY(!PlotBuilder::metricName(PlotData::Metric(m)).isEmpty());
        QVERIFY(!PlotBuilder::metricKey(PlotData::Metric(m)).isEmpty());
    }
}

void tst_MonitorTimeline::plotKeepsPeaksOfLongWindows()
{
    // A day at 500 ms: far more points than pixels.
    AssociationTimeline timeline(0);
    timeline.setMaxSamples(200000);
    for (int i = 1; i <= 172800; ++i) {
        const quint32 srtt = i == 100000 ? 900 : 10;
        timeline.addSample(i * 500LL, QSctpAssociationStatus::Established,
                           {path("10.0.0.2", QSctpPeerAddressInfo::Active, srtt, true)});
    }
    const PlotData data = PlotBuilder::build(timeline, {PlotData::Srtt}, 0, 172800 * 500LL);
    const QList<QPointF> &points = data.panels.first().series.first().points;
    QVERIFY2(points.size() <= 3100, qPrintable(QString::number(points.size())));
    double highest = 0;
    for (const QPointF &point : points)
        highest = qMax(highest, point.y());
    QCOMPARE(highest, 900.0); // the one spike survives
}

void tst_MonitorTimeline::zoomAndScrollRanges()
{
    // Zooming in keeps the anchor where it was on the axis.
    auto range = TimelinePlot::zoomedRange(0, 60000, 30000, 0.5);
    QCOMPARE(range.first, 15000);
    QCOMPARE(range.second, 45000);
    range = TimelinePlot::zoomedRange(0, 60000, 0, 0.5);
    QCOMPARE(range.first, 0);
    QCOMPARE(range.second, 30000);
    range = TimelinePlot::zoomedRange(10000, 20000, 17500, 2.0);
    QCOMPARE(range.first, 2500);
    QCOMPARE(range.second, 22500);
    // Not below a second, and an anchor outside is taken at the edge.
    range = TimelinePlot::zoomedRange(0, 2000, 1000, 0.01);
    QCOMPARE(range.second - range.first, TimelinePlot::MinimumSpan);
    range = TimelinePlot::zoomedRange(0, 10000, 99999, 0.5);
    QCOMPARE(range.second, 10000);
    // Scrolling keeps the span.
    range = TimelinePlot::scrolledRange(1000, 4000, -500);
    QCOMPARE(range.first, 500);
    QCOMPARE(range.second, 3500);
}

void tst_MonitorTimeline::stateBands()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const PlotData data = PlotBuilder::build(timeline, {}, 0, 10000);
    QCOMPARE(data.pathBands.size(), 2);
    const QList<PlotData::Segment> &second = data.pathBands.at(1).segments;
    QList<int> states;
    for (const PlotData::Segment &segment : second) {
        if (states.isEmpty() || states.last() != segment.state)
            states.append(segment.state);
    }
    QCOMPARE(states,
             (QList<int>{QSctpPeerAddressInfo::Active, QSctpPeerAddressInfo::PotentiallyFailed,
                         QSctpPeerAddressInfo::Inactive}));
    // The primary moved to the second path at 4 s and back at 4.5 s.
    bool secondWasPrimary = false;
    for (const PlotData::Segment &segment : second)
        secondWasPrimary |= segment.primary && segment.from == 4000;
    QVERIFY(secondWasPrimary);
    QCOMPARE(data.associationBand.size(), 1);
    QCOMPARE(data.associationBand.first().state, int(QSctpAssociationStatus::Established));
    QCOMPARE(data.associationBand.first().from, 500);
    QCOMPARE(data.associationBand.first().to, 10000);
}

void tst_MonitorTimeline::trimming()
{
    AssociationTimeline timeline(0);
    timeline.setMaxSamples(100);
    for (int i = 1; i <= 1000; ++i) {
        timeline.countMessage(AssociationTimeline::Sent, 0, 0, 1);
        timeline.addSample(i * 10, QSctpAssociationStatus::Established, {});
    }
    QVERIFY(timeline.samples().size() <= 100);
    QCOMPARE(timeline.samples().last().time, 10000);
    const AssociationTimeline::FlowKey key{AssociationTimeline::ByStream, AssociationTimeline::Sent,
                                           0};
    QVERIFY(timeline.flowRates(key).first().time >= timeline.samples().first().time);
    QCOMPARE(timeline.flowTotals(key).messages, quint64(1000));
}

void tst_MonitorTimeline::exportJson()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const TimelineExport::Source source{3, QStringLiteral("diameter to hss"),
                                        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)};
    QJsonParseError error;
    const QJsonDocument document
            = QJsonDocument::fromJson(TimelineExport::toJson(source, timeline), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("association")).toString(), source.name);
    QCOMPARE(root.value(QStringLiteral("paths")).toArray().size(), 2);
    const QJsonArray samples = root.value(QStringLiteral("samples")).toArray();
    QCOMPARE(samples.size(), 20);
    const QJsonObject last = samples.last().toObject();
    QCOMPARE(last.value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-01-02T03:04:15.000Z"));
    QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("ESTABLISHED"));
    const QJsonArray paths = last.value(QStringLiteral("paths")).toArray();
    QCOMPARE(paths.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("INACTIVE"));
    QCOMPARE(paths.at(0).toObject().value(QStringLiteral("srtt")).toInt(), 30);
    QCOMPARE(last.value(QStringLiteral("statistics"))
                     .toObject()
                     .value(QStringLiteral("retransmittedChunks"))
                     .toInt(),
             20);
    const QJsonObject event = root.value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(event.value(QStringLiteral("event")).toString(),
             QStringLiteral("ADDR_POTENTIALLY_FAILED"));
    QCOMPARE(event.value(QStringLiteral("details")).toObject().value(QStringLiteral("address")),
             QJsonValue(QStringLiteral("10.0.1.2")));
    const QJsonArray ppids = root.value(QStringLiteral("flows"))
                                     .toObject()
                                     .value(QStringLiteral("ppids"))
                                     .toArray();
    QCOMPARE(ppids.size(), 2);
    QCOMPARE(ppids.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Diameter"));
}

void tst_MonitorTimeline::exportCsv()
{
    const AssociationTimeline timeline = twoPathTimeline();
    const TimelineExport::Source source{3, QStringLiteral("a, \"quoted\" name"),
                                        QDateTime::currentDateTimeUtc()};
    const QString csv = QString::fromUtf8(TimelineExport::toCsv(source, timeline));
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    // Header, 2 rows per sample, 1 event.
    QCOMPARE(lines.size(), 1 + 40 + 1);
    QCOMPARE(lines.first(), TimelineExport::csvHeader().join(u','));
    const int columns = int(TimelineExport::csvHeader().size());
    for (const QString &line : lines) {
        // Quoted fields hold commas: count the separators outside quotes.
        int fields = 1;
        bool quoted = false;
        for (QChar c : line) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted)
                ++fields;
        }
        QCOMPARE(fields, columns);
    }
    QVERIFY(lines.at(1).contains(QLatin1String("\"a, \"\"quoted\"\" name\"")));
    // Time order: the event at 5.2 s comes after the samples at 5 s.
    const qsizetype eventRow
            = lines.indexOf(lines.filter(QStringLiteral("ADDR_POTENTIALLY_FAILED")).value(0));
    QCOMPARE(eventRow, 1 + 20);
    QVERIFY(lines.last().contains(QLatin1String(",INACTIVE,0,")));
}

void tst_MonitorTimeline::models()
{
    const AssociationTimeline timeline = twoPathTimeline();
    FlowRateModel flows;
    flows.setTimeline(&timeline);
    QCOMPARE(flows.rowCount(), 4);
    bool foundDiameter = false;
    for (int row = 0; row < flows.rowCount(); ++row) {
        if (flows.index(row, FlowRateModel::IdColumn).data().toString()
            == QLatin1String("Diameter (46)")) {
            foundDiameter = true;
            QCOMPARE(flows.index(row, FlowRateModel::MessageRateColumn)
                             .data(Qt::EditRole)
                             .toDouble(),
                     10.0);
            QCOMPARE(flows.index(row, FlowRateModel::MessagesColumn).data().toULongLong(), 100ull);
        }
    }
    QVERIFY(foundDiameter);

    StatisticsModel statistics;
    statistics.setTimeline(&timeline);
    QCOMPARE(statistics.value(QStringLiteral("retransmittedChunks")).toULongLong(), 20ull);
    QCOMPARE(statistics.value(QStringLiteral("receiveWindow")).toUInt(), 65516u);

    PathTableModel paths;
    paths.setPaths({path("10.0.0.2", QSctpPeerAddressInfo::Active, 12, true),
                    path("10.0.1.2", QSctpPeerAddressInfo::PotentiallyFailed, 40, false)});
    QCOMPARE(paths.rowCount(), 2);
    QCOMPARE(paths.index(1, PathTableModel::StateColumn).data(PathTableModel::StateRole).toInt(),
             int(QSctpPeerAddressInfo::PotentiallyFailed));
    QCOMPARE(paths.index(0, PathTableModel::SrttColumn).data().toUInt(), 12u);
    QVERIFY(!paths.index(0, PathTableModel::PrimaryColumn).data().toString().isEmpty());
    QVERIFY(paths.index(1, PathTableModel::PrimaryColumn).data().toString().isEmpty());
}

void tst_MonitorTimeline::eventLog()
{
    EventLogModel log;
    log.setMaxRows(100);
    TimelineEvent event;
    event.time = 1234;
    event.kind = QStringLiteral("AssociationChange");
    event.code = QStringLiteral("RESTART");
    event.summary = QStringLiteral("restarted");
    event.highlight = true;
    log.addEvent(1, QStringLiteral("a"), event);
    QCOMPARE(log.rowCount(), 0); // batched
    log.flush();
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.index(0, EventLogModel::EventColumn).data().toString(), QStringLiteral("RESTART"));
    QCOMPARE(log.index(0, 0).data(EventLogModel::AssociationIdRole).toInt(), 1);

    QSctpMessage message(QByteArrayLiteral("\x01\x02\x03"), 4, 60);
    for (int i = 0; i < 250; ++i)
        log.addMessage(2, QStringLiteral("b"), AssociationTimeline::Received, message, 2000 + i);
    log.flush();
    QCOMPARE(log.rowCount(), 100);
    QVERIFY(log.index(99, 0).data(EventLogModel::IsMessageRole).toBool());
    const QString summary = log.index(99, EventLogModel::SummaryColumn).data().toString();
    QVERIFY2(summary.contains(QLatin1String("NGAP (60)")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("01 02 03")), qPrintable(summary));
    QCOMPARE(log.rowText(99).count(u'\t'), 5);
    QCOMPARE(EventLogModel::payloadPreview("hello"), QStringLiteral("\"hello\""));
    QCOMPARE(EventLogModel::payloadPreview(QByteArray(30, 'x'), 4), QStringLiteral("\"xxxx…\""));
}

void tst_MonitorTimeline::rigInput()
{
    bool ok = false;
    QCOMPARE(RigView::parsePayload(QStringLiteral("01 02:ff"), true, &ok),
             QByteArray::fromHex("0102ff"));
    QVERIFY(ok);
    QCOMPARE(RigView::parsePayload(QStringLiteral("0xABCD"), true, &ok),
             QByteArray::fromHex("abcd"));
    QVERIFY(ok);
    RigView::parsePayload(QStringLiteral("abc"), true, &ok);
    QVERIFY(!ok);
    RigView::parsePayload(QStringLiteral("zz"), true, &ok);
    QVERIFY(!ok);
    QCOMPARE(RigView::parsePayload(QStringLiteral("héllo"), false, &ok),
             QByteArray("h\xc3\xa9llo"));
    QCOMPARE(RigView::parsePpid(QStringLiteral("46 Diameter"), &ok), 46u);
    QVERIFY(ok);
    QCOMPARE(RigView::parsePpid(QStringLiteral("0x3C"), &ok), 60u);
    QCOMPARE(RigView::parsePpid(QStringLiteral("4294967295"), &ok), 4294967295u);
    RigView::parsePpid(QStringLiteral("NGAP"), &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_MonitorTimeline)
#include "tst_monitortimeline.moc"
