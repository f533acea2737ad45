// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationsview.h"
#include "demotraffic.h"
#include "detailview.h"
#include "eventlogmodel.h"
#include "monitoredassociation.h"
#include "monitorsession.h"
#include "monitorwindow.h"
#include "plotbuilder.h"
#include "rigview.h"
#include "timelineexport.h"
#include "timelineplot.h"

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

namespace {
enum ExportKind { ExportCsv, ExportJson, ExportPng };
} // namespace

MonitorWindow::MonitorWindow(MonitorSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session ? session : new MonitorSession(this))
{
    setWindowTitle(tr("SCTP Association Monitor"));
    setObjectName(QStringLiteral("MonitorWindow"));

    m_log = new EventLogModel(this);
    m_log->setStartTime(m_session->clock().startTime());
    connect(m_session, &MonitorSession::eventRecorded, m_log,
            [this](MonitoredAssociation *association, const TimelineEvent &event) {
                m_log->addEvent(association->id(), association->name(), event);
            });
    connect(m_session, &MonitorSession::messageRecorded, m_log,
            [this](MonitoredAssociation *association, int direction,
                   const QtSctp::QSctpMessage &message, qint64 time) {
                m_log->addMessage(association->id(), association->name(), direction, message, time);
            });

    m_tabs = new QTabWidget(this);
    m_associations = new AssociationsView(m_session, m_tabs);
    m_detail = new DetailView(m_session, m_log, m_tabs);
    m_rig = new RigView(m_session, m_log, m_tabs);
    m_tabs->addTab(m_associations, tr("Associations"));
    m_tabs->addTab(m_detail, tr("Detail"));
    m_tabs->addTab(m_rig, tr("Rig"));

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #e0a8a8; }"));
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_interval = new QSpinBox(this);
    m_interval->setRange(100, 10000);
    m_interval->setSingleStep(100);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("How often the associations are sampled"));
    m_interval->setValue(m_session->refreshInterval());

    createActions();

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel);
    statusBar()->addPermanentWidget(
            new QLabel(tr("QtSctp %1").arg(QStringLiteral(QTSCTP_VERSION_STR)), this));

    connect(m_interval, &QSpinBox::valueChanged, m_session, &MonitorSession::setRefreshInterval);
    connect(m_session, &MonitorSession::refreshIntervalChanged, m_interval, &QSpinBox::setValue);
    connect(m_session, &MonitorSession::sctpUnavailable, this, &MonitorWindow::showSctpUnavailable);
    connect(m_session, &MonitorSession::sampled, this, &MonitorWindow::updateActions);
    connect(m_associations, &AssociationsView::openRequested, this, [this](int id) {
        m_detail->setAssociation(id);
        m_tabs->setCurrentWidget(m_detail);
    });
    connect(m_detail, &DetailView::associationChanged, this, &MonitorWindow::updateActions);
    connect(m_rig, &RigView::recentAddressesChanged, this, [this] { saveSettings(); });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MonitorWindow::saveSettings);

    resize(1200, 820);
    loadSettings();
    m_session->start();
    updateActions();
}

MonitorWindow::~MonitorWindow() = default;

void MonitorWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportCsvAction = file->addAction(tr("Export Timeline as &CSV…"), this,
                                        [this] { exportWithDialog(ExportCsv); });
    m_exportJsonAction = file->addAction(tr("Export Timeline as &JSON…"), this,
                                         [this] { exportWithDialog(ExportJson); });
    m_exportPngAction = file->addAction(tr("Export Plot as &PNG…"), this,
                                        [this] { exportWithDialog(ExportPng); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pauseAction = view->addAction(tr("&Pause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcuts({QKeySequence(Qt::Key_Pause), QKeySequence(tr("Ctrl+P"))});
    m_pauseAction->setToolTip(tr("Freeze the plots and tables; recording goes on"));
    connect(m_pauseAction, &QAction::toggled, this, &MonitorWindow::setPaused);
    view->addSeparator();
    const QStringList names = {tr("&Associations"), tr("&Detail"), tr("&Rig")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *action
                = view->addAction(names.at(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(
                this, tr("About the SCTP Association Monitor"),
                tr("<p><b>qsctp-monitor</b> %1</p><p>Live status, paths and events of SCTP "
                   "associations, built on QtSctp.</p><p>BSD-3-Clause licence. The plots are "
                   "drawn with QPainter.</p>")
                        .arg(QStringLiteral(QTSCTP_VERSION_STR)));
    });

    QToolBar *toolBar = addToolBar(tr("Monitor"));
    toolBar->setObjectName(QStringLiteral("MonitorToolBar"));
    toolBar->addAction(m_pauseAction);
    toolBar->addSeparator();
    toolBar->addWidget(new QLabel(tr("Refresh every "), toolBar));
    toolBar->addWidget(m_interval);
    toolBar->addSeparator();
    toolBar->addAction(m_exportCsvAction);
    toolBar->addAction(m_exportJsonAction);
    toolBar->addAction(m_exportPngAction);
}

QStringList MonitorWindow::viewNames()
{
    return {QStringLiteral("associations"), QStringLiteral("detail"), QStringLiteral("rig")};
}

bool MonitorWindow::showView(const QString &name)
{
    const qsizetype index = viewNames().indexOf(name.toLower());
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

bool MonitorWindow::startDemo()
{
    if (m_demo && m_demo->server())
        return true; // running already
    if (!m_demo)
        m_demo = new DemoTraffic(m_session, this);
    QString error;
    if (!m_demo->start(&error)) {
        showSctpUnavailable(error == MonitorSession::noSctpText()
                                    ? error
                                    : tr("The demo could not start: %1").arg(error));
        return false;
    }
    QString message = tr("Demo running over %1 SCTP: a server on %2 and a client, with traffic "
                         "on four streams.")
                              .arg(m_demo->server()->engineName(),
                                   m_demo->server()->serverAddress().toString());
    if (!m_demo->note().isEmpty())
        message += QLatin1Char(' ') + m_demo->note();
    statusBar()->showMessage(message);
    return true;
}

void MonitorWindow::showSctpUnavailable(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
    statusBar()->showMessage(text);
}

bool MonitorWindow::isPaused() const
{
    return m_detail->isPaused();
}

void MonitorWindow::setPaused(bool paused)
{
    m_detail->setPaused(paused);
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    updateActions();
}

void MonitorWindow::updateActions()
{
    MonitoredAssociation *association = m_detail->association();
    m_exportCsvAction->setEnabled(association != nullptr);
    m_exportJsonAction->setEnabled(association != nullptr);
    m_exportPngAction->setEnabled(association != nullptr);
    QString text = tr("%n association(s)", nullptr, int(m_session->associations().size()));
    if (isPaused())
        text = tr("Paused — %1").arg(text);
    m_statusLabel->setText(text);
}

bool MonitorWindow::exportTimeline(const QString &fileName, bool json, QString *errorString)
{
    MonitoredAssociation *association = m_detail->association();
    if (!association) {
        if (errorString)
            *errorString = tr("No association is selected.");
        return false;
    }
    const TimelineExport::Source source{association->id(), association->name(),
                                        m_session->clock().startTime()};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    file.write(json ? TimelineExport::toJson(source, association->timeline())
                    : TimelineExport::toCsv(source, association->timeline()));
    if (!file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

bool MonitorWindow::exportPlot(const QString &fileName, QString *errorString)
{
    const QPixmap pixmap = m_detail->plot()->grab();
    if (!pixmap.save(fileName, "PNG")) {
        if (errorString)
            *errorString = tr("Cannot write %1.").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

void MonitorWindow::exportWithDialog(int kind)
{
    MonitoredAssociation *association = m_detail->association();
    if (!association)
        return;
    static const char *suffixes[] = {"csv", "json", "png"};
    QString base = association->name();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    QSettings settings;
    const QString directory
            = settings.value(QStringLiteral("export/directory"), QDir::homePath()).toString();
    const QString suggestion = QDir(directory).filePath(
            QStringLiteral("qsctp-%1.%2").arg(base, QString::fromLatin1(suffixes[kind])));
    const QString filters[]
            = {tr("CSV files (*.csv)"), tr("JSON files (*.json)"), tr("PNG images (*.png)")};
    const QString fileName
            = QFileDialog::getSaveFileName(this, tr("Export"), suggestion, filters[kind]);
    if (fileName.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(fileName).absolutePath());
    QString error;
    const bool ok = kind == ExportPng ? exportPlot(fileName, &error)
                                      : exportTimeline(fileName, kind == ExportJson, &error);
    if (ok)
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 5000);
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MonitorWindow::loadSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_session->setRefreshInterval(settings.value(QStringLiteral("refreshInterval"), 500).toInt());
    m_associations->restoreState(
            settings.value(QStringLiteral("associations/header2")).toByteArray());
    m_detail->restoreState(settings.value(QStringLiteral("detail/splitter")).toByteArray());
    const QStringList metricKeys = settings.value(QStringLiteral("detail/metrics")).toStringList();
    QList<PlotData::Metric> metrics;
    for (int m = 0; m < PlotData::MetricCount; ++m) {
        if (metricKeys.contains(PlotBuilder::metricKey(PlotData::Metric(m))))
            metrics.append(PlotData::Metric(m));
    }
    if (!metrics.isEmpty())
        m_detail->setMetrics(metrics);
    m_detail->setTimeWindow(DetailView::TimeWindow(
            settings.value(QStringLiteral("detail/window"), DetailView::LastMinute).toInt()));
    m_rig->restoreState(settings.value(QStringLiteral("rig/splitter")).toByteArray());
    m_rig->setRecentAddresses(settings.value(QStringLiteral("rig/recentAddresses")).toStringList());
}

void MonitorWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("refreshInterval"), m_session->refreshInterval());
    // header2: the columns' order changed (paths last), so widths saved before do not fit.
    settings.setValue(QStringLiteral("associations/header2"), m_associations->saveState());
    settings.setValue(QStringLiteral("detail/splitter"), m_detail->saveState());
    QStringList metricKeys;
    for (PlotData::Metric metric : m_detail->metrics())
        metricKeys << PlotBuilder::metricKey(metric);
    settings.setValue(QStringLiteral("detail/metrics"), metricKeys);
    settings.setValue(QStringLiteral("detail/window"), int(m_detail->timeWindow()));
    settings.setValue(QStringLiteral("rig/splitter"), m_rig->saveState());
    settings.setValue(QStringLiteral("rig/recentAddresses"), m_rig->recentAddresses());
}

void MonitorWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
