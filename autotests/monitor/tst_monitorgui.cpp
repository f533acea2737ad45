// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The monitor's window without kernel SCTP (offscreen): its translations, what it says when
// the kernel has no SCTP, its settings, and the command line.

#include "associationsview.h"
#include "detailview.h"
#include "monitorsession.h"
#include "monitorwindow.h"
#include "plotbuilder.h"
#include "qsctptestsupport.h"
#include "rigview.h"
#include "timelineplot.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtGui/QWheelEvent>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTabWidget>

class tst_MonitorGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanWindowTitle();
    void frenchWindowTitle();
    void translationsAreComplete_data();
    void translationsAreComplete();
    void noKernelSctp();
    void settingsPersist();
    void help();
    void headlessWithoutKernelSctp();
    void plotZoomAndScroll();
};

void tst_MonitorGui::initTestCase()
{
    // The kernel's SCTP, not a userspace stack: these tests are about a kernel without it.
    qputenv("QTSCTP_ENGINE", "kernel");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QtSctp"));
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-monitor-test"));
    QSettings().clear();
}

void tst_MonitorGui::germanWindowTitle()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/qsctp-monitor_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        MonitorWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("SCTP-Assoziationsmonitor"));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Assoziationen"));
        QCOMPARE(PlotBuilder::metricName(PlotData::Cwnd),
                 QStringLiteral("Überlastfenster (Bytes)"));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_MonitorGui::frenchWindowTitle()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/qsctp-monitor_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        MonitorWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Moniteur d’associations SCTP"));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_MonitorGui::translationsAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void tst_MonitorGui::translationsAreComplete()
{
    // Every string of the main window and its views translated: no English left in the tabs,
    // menus and the detail view's metric names.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/qsctp-monitor_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    for (int m = 0; m < PlotData::MetricCount; ++m) {
        const auto metric = PlotData::Metric(m);
        QCoreApplication::removeTranslator(&translator);
        const QString english = PlotBuilder::metricName(metric);
        QCoreApplication::installTranslator(&translator);
        QVERIFY2(PlotBuilder::metricName(metric) != english, qPrintable(english));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_MonitorGui::noKernelSctp()
{
    if (QtSctpTest::kernelSctpUnavailableReason().isEmpty())
        QSKIP("this kernel has SCTP: the message for a kernel without it cannot show here");
    MonitorWindow window;
    window.show();
    QVERIFY(!window.startDemo());
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    bool shown = false;
    for (QLabel *label : labels)
        shown |= label->isVisible() && label->text() == MonitorSession::noSctpText();
    QVERIFY2(shown, "the window should say that the kernel has no SCTP");
}

void tst_MonitorGui::settingsPersist()
{
    {
        MonitorWindow window;
        window.session()->setRefreshInterval(750);
        window.detailView()->setMetrics({PlotData::Mtu, PlotData::RetransmissionRate});
        window.detailView()->setTimeWindow(DetailView::LastTenMinutes);
        window.rigView()->setRecentAddresses({QStringLiteral("10.0.0.1/10.0.1.1:3868")});
        window.close(); // saves
    }
    MonitorWindow window;
    QCOMPARE(window.session()->refreshInterval(), 750);
    QCOMPARE(window.detailView()->metrics(),
             (QList<PlotData::Metric>{PlotData::Mtu, PlotData::RetransmissionRate}));
    QCOMPARE(window.detailView()->timeWindow(), DetailView::LastTenMinutes);
    QCOMPARE(window.rigView()->recentAddresses(),
             QStringList{QStringLiteral("10.0.0.1/10.0.1.1:3868")});
    QSettings().clear();
}

void tst_MonitorGui::help()
{
    QProcess process;
    process.start(QStringLiteral(QSCTP_MONITOR_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput());
    for (const char *option : {"--demo", "--headless", "--json", "--duration", "--interval",
                               "--listen", "--connect", "--view"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(!help.contains(QLatin1String("--screenshot")));
}

void tst_MonitorGui::headlessWithoutKernelSctp()
{
    if (QtSctpTest::kernelSctpUnavailableReason().isEmpty())
        QSKIP("this kernel has SCTP");
    QProcess process;
    process.start(QStringLiteral(QSCTP_MONITOR_BINARY),
                  {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--demo"),
                   QStringLiteral("--duration"), QStringLiteral("2000")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    QVERIFY(!lines.isEmpty());
    const QJsonObject error = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), MonitorSession::noSctpText());
}

void tst_MonitorGui::plotZoomAndScroll()
{
    TimelinePlot plot;
    PlotData data;
    data.from = 0;
    data.to = 60000;
    PlotData::Panel panel;
    panel.title = QStringLiteral("RTO");
    panel.series.append({QStringLiteral("10.0.0.1"), Qt::blue, {{0, 100}, {60000, 200}}, 0});
    data.panels.append(panel);
    plot.setData(data);
    plot.resize(800, 400);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QSignalSpy ranges(&plot, &TimelinePlot::rangeRequested);
    QSignalSpy follow(&plot, &TimelinePlot::followRequested);

    // The time axis runs from x = 150 (the labels' margin) to 12 pixels before the right edge.
    const int left = 150;
    const int right = plot.width() - 12;
    const QPoint middle((left + right) / 2, 100);
    auto wheel = [&](const QPoint &at, QPoint angle, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(at, plot.mapToGlobal(at), QPoint(), angle, Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&plot, &event);
    };

    // A notch forward zooms in around the pointer.
    wheel(middle, {0, 120}, Qt::NoModifier);
    QCOMPARE(ranges.size(), 1);
    qint64 from = ranges.last().at(0).toLongLong();
    qint64 to = ranges.last().at(1).toLongLong();
    QCOMPARE(to - from, 48000);
    QVERIFY(qAbs((from + to) / 2 - 30000) < 200);
    // Near the left edge, the left end barely moves.
    wheel(QPoint(left + 1, 100), {0, 120}, Qt::NoModifier);
    QVERIFY(qAbs(ranges.last().at(0).toLongLong()) < 200);
    // Backwards zooms out.
    wheel(middle, {0, -120}, Qt::NoModifier);
    QCOMPARE(ranges.last().at(1).toLongLong() - ranges.last().at(0).toLongLong(), 75000);

    // Shift+wheel scrolls a tenth of the range per notch, later in time when turned back.
    wheel(middle, {0, -120}, Qt::ShiftModifier);
    QCOMPARE(ranges.last().at(0).toLongLong(), 6000);
    QCOMPARE(ranges.last().at(1).toLongLong(), 66000);

    // Dragging to the right moves the range back in time by the dragged share.
    const int count = int(ranges.size());
    QTest::mousePress(&plot, Qt::LeftButton, {}, middle);
    QTest::mouseMove(&plot, middle + QPoint((right - left) / 4, 0));
    QTest::mouseRelease(&plot, Qt::LeftButton, {}, middle + QPoint((right - left) / 4, 0));
    QVERIFY(ranges.size() > count);
    QVERIFY2(qAbs(ranges.last().at(0).toLongLong() + 15000) < 200,
             qPrintable(QString::number(ranges.last().at(0).toLongLong())));

    // A double-click asks to follow the live window again.
    QTest::mouseDClick(&plot, Qt::LeftButton, {}, middle);
    QCOMPARE(follow.size(), 1);

    // Without data the wheel asks nothing.
    plot.setData({});
    const int before = int(ranges.size());
    wheel(middle, {0, 120}, Qt::NoModifier);
    QCOMPARE(ranges.size(), before);
}

QTEST_MAIN(tst_MonitorGui)
#include "tst_monitorgui.moc"
