// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The monitor's --demo under kernel SCTP, offscreen: the demo's associations come up with two
// paths each, the detail view plots a line per path and grabs to a PNG kept in the build tree
// (for a person to look at), the association list shows them and another process's through
// sctp_diag (and through /proc alone), and an exported timeline parses; the rig makes
// endpoints and sends.

#include "associationlistmodel.h"
#include "associationsview.h"
#include "demotraffic.h"
#include "detailview.h"
#include "eventfilterproxy.h"
#include "eventlogmodel.h"
#include "monitoredassociation.h"
#include "monitorsession.h"
#include "monitorwindow.h"
#include "pathtablemodel.h"
#include "qsctptestsupport.h"
#include "rigview.h"
#include "timelineplot.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtGui/QWheelEvent>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>

using namespace QtSctp;

namespace {

QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(QSCTP_SCREENSHOT_DIR));
    return QDir(QStringLiteral(QSCTP_SCREENSHOT_DIR)).filePath(name);
}

// Pixels of exactly this colour: plot lines are drawn antialiased, but a 2-pixel pen leaves
// a core of the pure colour.
int pixelsOfColour(const QImage &image, const QRect &area, QRgb colour)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                ++count;
        }
    }
    return count;
}

// Every address that was the primary path in some sample.
QSet<QString> primaryPaths(const MonitoredAssociation *association)
{
    QSet<QString> primaries;
    const AssociationTimeline &timeline = association->timeline();
    for (const AssociationTimeline::Sample &sample : timeline.samples()) {
        for (const AssociationTimeline::PathValues &values : sample.paths) {
            if (values.primary)
                primaries.insert(timeline.paths().at(values.path).address);
        }
    }
    return primaries;
}

} // namespace

class tst_MonitorDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demo();
    void rig();
};

void tst_MonitorDemo::initTestCase()
{
    QTSCTP_REQUIRE_KERNEL_SCTP();
    QStandardPaths::setTestModeEnabled(true);
    // Column widths and the like from an earlier run would change the screenshots.
    QSettings().clear();
}

void tst_MonitorDemo::demo()
{
    MonitorWindow window;
    window.resize(1200, 820);
    window.session()->setRefreshInterval(250);
    window.showView(QStringLiteral("detail"));
    window.show();
    QVERIFY(window.startDemo());
    DemoTraffic *demo = window.demo();
    demo->setPrimarySwitchInterval(2000);

    // The client and the server's end, each with both paths, and some samples of traffic.
    MonitoredAssociation *client = demo->client();
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(client->socketState(), QSctpSocket::ConnectedState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
            client->currentPaths().size() == 2 && client->timeline().samples().size() >= 12, 15000);
    MonitoredAssociation *serverEnd = nullptr;
    // The first association the server accepted (later ones are the short-lived demo's).
    for (MonitoredAssociation *association : window.session()->associations()) {
        if (association->socket() && association->socket()->parent() == demo->server()) {
            serverEnd = association;
            break;
        }
    }
    QVERIFY(serverEnd);
    QTRY_COMPARE_WITH_TIMEOUT(serverEnd->currentPaths().size(), 2, 5000);

    // Traffic on the four PPIDs, and the server's Diameter answers.
    QTRY_VERIFY_WITH_TIMEOUT(client->timeline().flowKeys().size() >= 8 + 2, 10000);
    const AssociationTimeline::FlowKey answers{AssociationTimeline::ByPpid,
                                               AssociationTimeline::Received, 46};
    QVERIFY(client->timeline().flowTotals(answers).messages > 0);

    // The primary path moved at least once (setPrimaryPath every 2 s here).
    QTRY_COMPARE_WITH_TIMEOUT(primaryPaths(client).size(), 2, 6000);

    // The detail view: its models and its plot, one line per path in every path metric.
    DetailView *detail = window.detailView();
    detail->setAssociation(client->id());
    detail->setMetrics({PlotData::Srtt, PlotData::Rto, PlotData::Cwnd, PlotData::Mtu,
                        PlotData::MessageRateByPpid});
    detail->refresh();
    QCOMPARE(detail->pathModel()->rowCount(), 2);
    const PlotData &data = detail->plot()->data();
    QCOMPARE(data.panels.size(), 5);
    for (int p = 0; p < 4; ++p) {
        QCOMPARE(data.panels.at(p).series.size(), 2);
        for (const PlotData::Series &series : data.panels.at(p).series)
            QVERIFY2(series.points.size() >= 8, qPrintable(series.label));
    }
    QVERIFY(data.panels.at(4).series.size() >= 4);
    QCOMPARE(data.pathBands.size(), 2);

    // The picture: not blank, and both paths' colours in the plot.
    QElapsedTimer grabTime;
    grabTime.start();
    const QImage image = detail->grab().toImage();
    qInfo("grab took %lld ms", grabTime.elapsed());
    const QString file = screenshotPath(QStringLiteral("monitor-demo-detail.png"));
    QVERIFY(image.save(file));
    qInfo("screenshot: %s", qPrintable(file));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the screenshot looks blank");
    const QRect plotArea = detail->plot()->geometry();
    for (const PlotData::Series &series : data.panels.first().series) {
        QVERIFY2(pixelsOfColour(image, plotArea, series.color.rgb()) > 50,
                 qPrintable(QStringLiteral("no line of %1 in the plot").arg(series.label)));
    }

    // Paused, the view keeps its time range while recording goes on; resumed, it catches up.
    detail->setPaused(true);
    detail->refresh();
    const qint64 frozenAt = detail->plot()->data().to;
    const qsizetype samplesWhenPaused = client->timeline().samples().size();
    QTRY_VERIFY_WITH_TIMEOUT(client->timeline().samples().size() >= samplesWhenPaused + 2, 5000);
    detail->refresh();
    QCOMPARE(detail->plot()->data().to, frozenAt);
    detail->setPaused(false);
    QVERIFY(detail->plot()->data().to > frozenAt);
    // The window: everything starts at the first sample; the last minute no earlier than a
    // minute back.
    detail->setTimeWindow(DetailView::Everything);
    QVERIFY(detail->plot()->data().from <= client->timeline().samples().first().time);
    detail->setTimeWindow(DetailView::LastMinute);
    QVERIFY(detail->plot()->data().from >= detail->plot()->data().to - 60 * 1000);
    // Zoomed with the wheel over the plot, the view stays on that range while samples come;
    // a double-click follows the window again.
    TimelinePlot *plot = detail->plot();
    const qint64 spanBefore = plot->data().to - plot->data().from;
    const QPoint middle(plot->width() / 2 + 75, plot->height() / 3);
    QWheelEvent wheel(middle, plot->mapToGlobal(middle), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(detail->isZoomed());
    const qint64 zoomFrom = plot->data().from;
    const qint64 zoomTo = plot->data().to;
    QVERIFY2(zoomTo - zoomFrom < spanBefore, qPrintable(QString::number(zoomTo - zoomFrom)));
    const qsizetype samplesWhenZoomed = client->timeline().samples().size();
    QTRY_VERIFY_WITH_TIMEOUT(client->timeline().samples().size() >= samplesWhenZoomed + 2, 5000);
    QCOMPARE(plot->data().from, zoomFrom);
    QCOMPARE(plot->data().to, zoomTo);
    QTest::mouseDClick(plot, Qt::LeftButton, {}, middle);
    QVERIFY(!detail->isZoomed());
    QVERIFY(plot->data().to > zoomTo);

    // The association list: the demo's associations, matched with the kernel's table, and
    // those of another process (a headless monitor with its own demo).
    QProcess other;
    other.start(QStringLiteral(QSCTP_MONITOR_BINARY),
                {QStringLiteral("--headless"), QStringLiteral("--demo"),
                 QStringLiteral("--duration"), QStringLiteral("8000")});
    QVERIFY(other.waitForStarted(10000));
    AssociationsView *list = window.associationsView();
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                list->refresh();
                for (const AssociationListModel::Row &row : list->model()->rows()) {
                    if (!row.own && row.pid == other.processId() && row.pathCount == 2)
                        return true;
                }
                return false;
            }(),
            10000);
    int ownInKernel = 0;
    for (const AssociationListModel::Row &row : list->model()->rows()) {
        if (row.own && row.associationId != 0 && row.pid == QCoreApplication::applicationPid())
            ++ownInKernel;
    }
    QVERIFY2(ownInKernel >= 2, "the demo's associations should be found in /proc/net/sctp");

    // The other process's association as sctp_diag reports it: its addresses, state, streams
    // and owner, and the primary path's SRTT that only sctp_diag gives.
    QCOMPARE(list->systemSource(), SystemAssociations::Source::SctpDiag);
    QVERIFY2(list->statusText().contains(QLatin1String("sctp_diag")),
             qPrintable(list->statusText()));
    AssociationListModel::Row foreign;
    for (const AssociationListModel::Row &row : list->model()->rows()) {
        if (!row.own && row.pid == other.processId() && row.pathCount == 2) {
            foreign = row;
            break;
        }
    }
    QVERIFY(foreign.fromSctpDiag);
    QVERIFY2(foreign.local.contains(QLatin1String("127.0.0.1"))
                     && foreign.local.contains(QLatin1String("127.0.0.2")),
             qPrintable(foreign.local));
    QVERIFY2(foreign.peer.contains(QLatin1String("127.0.0.1"))
                     && foreign.peer.contains(QLatin1String("127.0.0.2"))
                     && foreign.peer.contains(u'*'),
             qPrintable(foreign.peer));
    QCOMPARE(foreign.stateKey, QStringLiteral("ESTABLISHED"));
    QVERIFY(foreign.inboundStreams > 0 && foreign.outboundStreams > 0);
    QVERIFY2(foreign.process.contains(QString::number(other.processId())),
             qPrintable(foreign.process));
    QVERIFY2(foreign.paths.contains(QLatin1String("SRTT")), qPrintable(foreign.paths));
    QVERIFY(foreign.associationId != 0); // matched with /proc/net/sctp/assocs
    QVERIFY(foreign.inode != 0);

    // Without sctp_diag the /proc tables alone list the same association.
    SystemAssociations procOnly;
    procOnly.setUseSctpDiag(false);
    QString procError;
    const QList<SystemAssociations::Entry> procEntries = procOnly.read(&procError);
    QVERIFY2(procError.isEmpty(), qPrintable(procError));
    QCOMPARE(procOnly.source(), SystemAssociations::Source::Proc);
    bool listedByProc = false;
    for (const SystemAssociations::Entry &entry : procEntries) {
        if (entry.association.inode == foreign.inode
            && entry.association.associationId == foreign.associationId) {
            listedByProc
                    = !entry.hasDiag && entry.pid == other.processId() && entry.paths.size() == 2;
        }
    }
    QVERIFY2(listedByProc, "the /proc fallback should list the other process's association");
    // And the view on /proc alone says so, in the row and under the table.
    list->setUseSctpDiag(false);
    QCOMPARE(list->systemSource(), SystemAssociations::Source::Proc);
    QVERIFY2(!list->statusText().contains(QLatin1String("sctp_diag")),
             qPrintable(list->statusText()));
    bool rowFromProc = false;
    for (const AssociationListModel::Row &row : list->model()->rows())
        rowFromProc = rowFromProc || (row.inode == foreign.inode && !row.fromSctpDiag);
    QVERIFY(rowFromProc);
    list->setUseSctpDiag(true);
    QCOMPARE(list->systemSource(), SystemAssociations::Source::SctpDiag);

    // The other two views, for a person to look at.
    QTabWidget *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(list);
    // Wide enough for every column: the owner, the streams and the paths with the
    // primary's SRTT and cwnd.
    window.resize(1900, 820);
    list->refresh();
    QVERIFY(list->grab().save(screenshotPath(QStringLiteral("monitor-demo-associations.png"))));
    window.resize(1200, 820);
    other.kill();
    other.waitForFinished(5000);
    tabs->setCurrentWidget(window.rigView());
    window.log()->flush();
    QVERIFY(window.rigView()->grab().save(screenshotPath(QStringLiteral("monitor-demo-rig.png"))));

    // The log has the events; an exported timeline parses.
    window.log()->flush();
    QVERIFY(window.log()->rowCount() > 10);
    QTemporaryDir directory;
    QString error;
    const QString json = directory.filePath(QStringLiteral("client.json"));
    QVERIFY2(window.exportTimeline(json, true, &error), qPrintable(error));
    QFile file2(json);
    QVERIFY(file2.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file2.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("paths")).toArray().size(), 2);
    QVERIFY(root.value(QStringLiteral("samples")).toArray().size() >= 12);
    const QString csv = directory.filePath(QStringLiteral("client.csv"));
    QVERIFY2(window.exportTimeline(csv, false, &error), qPrintable(error));
    QVERIFY(QFileInfo(csv).size() > 1000);
    const QString png = directory.filePath(QStringLiteral("plot.png"));
    QVERIFY2(window.exportPlot(png, &error), qPrintable(error));
    QVERIFY(!QImage(png).isNull());
}

void tst_MonitorDemo::rig()
{
    MonitorWindow window;
    window.showView(QStringLiteral("rig"));
    window.show();
    RigView *rig = window.rigView();
    MonitorSession *session = window.session();

    // A multi-homed server, and a client of it, made as a user would.
    QVERIFY(rig->createEndpoint(true, QStringLiteral("127.0.0.1/127.0.0.2:0")));
    QCOMPARE(session->servers().size(), 1);
    const QString address = session->servers().first().server->serverAddress().toString();
    // The client with INIT options and timers from the form.
    auto *initAttempts = rig->findChild<QSpinBox *>(QStringLiteral("initAttempts"));
    auto *rtoInitial = rig->findChild<QSpinBox *>(QStringLiteral("rtoInitial"));
    auto *rtoMin = rig->findChild<QSpinBox *>(QStringLiteral("rtoMin"));
    auto *rtoMax = rig->findChild<QSpinBox *>(QStringLiteral("rtoMax"));
    auto *heartbeat = rig->findChild<QSpinBox *>(QStringLiteral("heartbeatInterval"));
    QVERIFY(initAttempts && rtoInitial && rtoMin && rtoMax && heartbeat);
    initAttempts->setValue(4);
    rtoInitial->setValue(700);
    rtoMin->setValue(300);
    rtoMax->setValue(4000);
    heartbeat->setValue(7000);
    QCOMPARE(rig->endpointOptions().initOptions.maxAttempts(), quint16(4));
    QVERIFY(rig->createEndpoint(false, address));
    QCOMPARE(rig->recentAddresses().first(), address);
    QCOMPARE(session->associations().size(), 1);
    MonitoredAssociation *client = session->associations().first();
    QTRY_COMPARE_WITH_TIMEOUT(client->socketState(), QSctpSocket::ConnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session->associations().size(), 2, 5000);
    MonitoredAssociation *serverEnd = session->associations().at(1);
    // The kernel has the timers the form asked for.
    const QSctpAssociationOptions applied = client->socket()->associationOptions();
    QCOMPARE(applied.rtoInitial(), 700u);
    QCOMPARE(applied.rtoMin(), 300u);
    QCOMPARE(applied.rtoMax(), 4000u);
    QCOMPARE(applied.heartbeatInterval(), 7000u);
    // A smallest RTO above the largest is refused before anything is made.
    rtoMin->setValue(5000);
    QVERIFY(!rig->createEndpoint(false, address));
    QCOMPARE(session->associations().size(), 2);
    rtoMin->setValue(0);

    // One NGAP message, unordered, with a hex payload, on stream 3.
    auto *target = rig->findChild<QComboBox *>(QStringLiteral("target"));
    auto *stream = rig->findChild<QSpinBox *>(QStringLiteral("stream"));
    auto *ppid = rig->findChild<QComboBox *>(QStringLiteral("ppid"));
    auto *unordered = rig->findChild<QCheckBox *>(QStringLiteral("unordered"));
    auto *format = rig->findChild<QComboBox *>(QStringLiteral("format"));
    auto *payload = rig->findChild<QPlainTextEdit *>(QStringLiteral("payload"));
    auto *rate = rig->findChild<QSpinBox *>(QStringLiteral("rate"));
    QVERIFY(target && stream && ppid && unordered && format && payload && rate);
    target->setCurrentIndex(target->findData(client->id()));
    stream->setValue(3);
    ppid->setEditText(QStringLiteral("60 NGAP"));
    unordered->setChecked(true);
    format->setCurrentIndex(1);
    payload->setPlainText(QStringLiteral("de ad be ef"));
    QVERIFY(rig->sendOnce());
    const AssociationTimeline::FlowKey ngap{AssociationTimeline::ByPpid,
                                            AssociationTimeline::Received, 60};
    QTRY_COMPARE_WITH_TIMEOUT(serverEnd->timeline().flowTotals(ngap).messages, 1ull, 5000);

    // Repeated at a rate until ten have arrived (no fixed wait: a loaded test kernel fires
    // the timer less often), then stopped.
    rate->setValue(50);
    rig->setRepeating(true);
    auto *sendStatus = rig->findChild<QLabel *>(QStringLiteral("sendStatus"));
    QVERIFY(sendStatus);
    QTRY_VERIFY2_WITH_TIMEOUT(serverEnd->timeline().flowTotals(ngap).messages >= 10,
                              qPrintable(sendStatus->text()), 15000);
    rig->setRepeating(false);
    QVERIFY(rig->findChild<QPushButton *>(QStringLiteral("repeat"))->isChecked() == false);

    // The log has both ends' view of it, filterable and as text.
    window.log()->flush();
    const QString text = rig->logText(false);
    QVERIFY(text.contains(QLatin1String("NGAP (60)")));
    QVERIFY(text.contains(QLatin1String("de ad be ef")));
    QVERIFY(text.contains(QLatin1String("COMM_UP")));
    auto *filter = rig->findChild<QLineEdit *>(QStringLiteral("logFilter"));
    QVERIFY(filter);
    filter->setText(QStringLiteral("COMM_UP"));
    QCOMPARE(rig->logProxy()->rowCount(), 2);
    QVERIFY(rig->grab().save(screenshotPath(QStringLiteral("monitor-rig.png"))));
}

QTEST_MAIN(tst_MonitorDemo)
#include "tst_monitordemo.moc"
