// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "detailview.h"
#include "eventfilterproxy.h"
#include "eventlogmodel.h"
#include "flowratemodel.h"
#include "monitoredassociation.h"
#include "monitorsession.h"
#include "pathtablemodel.h"
#include "plotbuilder.h"
#include "sctpnames.h"
#include "statisticsmodel.h"
#include "timelineplot.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace QtSctp;

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

DetailView::DetailView(MonitorSession *session, EventLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_metrics(defaultMetrics())
{
    m_associationBox = new QComboBox(this);
    m_associationBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_associationBox->setMinimumContentsLength(24);
    m_metricButton = new QToolButton(this);
    m_metricButton->setPopupMode(QToolButton::InstantPopup);
    auto *metricMenu = new QMenu(m_metricButton);
    for (int m = 0; m < PlotData::MetricCount; ++m) {
        const auto metric = PlotData::Metric(m);
        QAction *action = metricMenu->addAction(PlotBuilder::metricName(metric));
        action->setCheckable(true);
        action->setData(m);
        connect(action, &QAction::toggled, this, [this, metric](bool on) {
            QList<PlotData::Metric> metrics = m_metrics;
            if (on && !metrics.contains(metric))
                metrics.append(metric);
            if (!on)
                metrics.removeAll(metric);
            std::sort(metrics.begin(), metrics.end());
            setMetrics(metrics);
        });
    }
    m_metricButton->setMenu(metricMenu);
    m_windowBox = new QComboBox(this);
    m_windowBox->addItem(tr("Last minute"), LastMinute);
    m_windowBox->addItem(tr("Last 10 minutes"), LastTenMinutes);
    m_windowBox->addItem(tr("Everything"), Everything);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&Association:"), this));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_associationBox);
    bar->addWidget(m_associationBox);
    bar->addSpacing(12);
    bar->addWidget(m_metricButton);
    bar->addSpacing(12);
    auto *windowLabel = new QLabel(tr("&Time window:"), this);
    windowLabel->setBuddy(m_windowBox);
    bar->addWidget(windowLabel);
    bar->addWidget(m_windowBox);
    bar->addStretch(1);

    m_plot = new TimelinePlot(this);
    m_plot->setStartTime(session->clock().startTime());
    m_plot->setPlaceholderText(tr("No association selected. Start one in the Rig tab, or run "
                                  "with --demo."));

    m_pathModel = new PathTableModel(this);
    m_flowModel = new FlowRateModel(this);
    m_statisticsModel = new StatisticsModel(this);
    m_events = new EventFilterProxy(this);
    m_events->setSourceModel(log);
    m_events->setShowMessages(false);
    m_events->setAssociationId(-2); // nothing until an association is chosen
    auto *flowSort = new QSortFilterProxyModel(this);
    flowSort->setSourceModel(m_flowModel);
    flowSort->setSortRole(Qt::EditRole);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeTable(m_pathModel, m_tabs), tr("Paths"));
    m_eventTable = makeTable(m_events, m_tabs);
    m_tabs->addTab(m_eventTable, tr("Events"));
    QTableView *flows = makeTable(flowSort, m_tabs);
    flows->setSortingEnabled(true);
    m_tabs->addTab(flows, tr("Rates by stream and PPID"));
    m_tabs->addTab(makeTable(m_statisticsModel, m_tabs), tr("Counters"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_plot);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_associationBox, &QComboBox::activated, this,
            [this](int index) { setAssociation(m_associationBox->itemData(index).toInt()); });
    connect(m_windowBox, &QComboBox::activated, this,
            [this](int index) { setTimeWindow(TimeWindow(m_windowBox->itemData(index).toInt())); });
    connect(session, &MonitorSession::associationAdded, this, [this](MonitoredAssociation *a) {
        rebuildAssociationList();
        // The first association is the one to look at.
        if (m_associationId < 0)
            setAssociation(a->id());
    });
    connect(session, &MonitorSession::associationRemoved, this, [this](int id) {
        if (id == m_associationId) {
            const QList<MonitoredAssociation *> all = m_session->associations();
            setAssociation(all.isEmpty() ? -1 : all.first()->id());
        }
        rebuildAssociationList();
    });
    connect(m_plot, &TimelinePlot::rangeRequested, this, &DetailView::setViewRange);
    connect(m_plot, &TimelinePlot::followRequested, this, &DetailView::followLive);
    connect(session, &MonitorSession::sampled, this, [this] {
        if (!m_paused)
            refresh();
    });
    updateMetricButton();
    rebuildAssociationList();
}

QList<PlotData::Metric> DetailView::defaultMetrics()
{
    return {PlotData::Srtt, PlotData::Rto, PlotData::Cwnd, PlotData::MessageRateByPpid};
}

MonitoredAssociation *DetailView::association() const
{
    return m_session->association(m_associationId);
}

void DetailView::setAssociation(int id)
{
    if (id == m_associationId)
        return;
    m_associationId = id;
    m_zoomed = false;
    m_events->setAssociationId(id < 0 ? -2 : id);
    const int index = m_associationBox->findData(id);
    if (index >= 0)
        m_associationBox->setCurrentIndex(index);
    refresh();
    emit associationChanged(id);
}

void DetailView::rebuildAssociationList()
{
    m_associationBox->clear();
    for (MonitoredAssociation *association : m_session->associations())
        m_associationBox->addItem(association->name(), association->id());
    const int index = m_associationBox->findData(m_associationId);
    if (index >= 0)
        m_associationBox->setCurrentIndex(index);
    m_associationBox->setEnabled(m_associationBox->count() > 0);
}

void DetailView::setMetrics(const QList<PlotData::Metric> &metrics)
{
    if (metrics == m_metrics)
        return;
    m_metrics = metrics;
    updateMetricButton();
    refresh();
}

void DetailView::updateMetricButton()
{
    const QList<QAction *> actions = m_metricButton->menu()->actions();
    for (QAction *action : actions) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_metrics.contains(PlotData::Metric(action->data().toInt())));
    }
    m_metricButton->setText(tr("Metrics (%1)").arg(m_metrics.size()));
}

void DetailView::setTimeWindow(TimeWindow window)
{
    m_window = window;
    m_zoomed = false;
    m_windowBox->setCurrentIndex(m_windowBox->findData(window));
    refresh();
}

void DetailView::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pausedAt = m_session->clock().elapsed();
    if (!paused)
        refresh();
}

void DetailView::setViewRange(qint64 from, qint64 to)
{
    if (to <= from)
        return;
    m_zoomFrom = from;
    m_zoomTo = to;
    m_zoomed = true;
    refresh();
}

void DetailView::followLive()
{
    m_zoomed = false;
    refresh();
}

void DetailView::refresh()
{
    MonitoredAssociation *association = this->association();
    if (!association) {
        m_plot->setData({});
        m_pathModel->setPaths({});
        m_flowModel->setTimeline(nullptr);
        m_statisticsModel->setTimeline(nullptr);
        m_summary->clear();
        return;
    }
    const AssociationTimeline &timeline = association->timeline();
    qint64 to = m_paused ? m_pausedAt : m_session->clock().elapsed();
    // A young association fills the plot rather than a corner of its window.
    qint64 first = timeline.samples().isEmpty() ? to : timeline.samples().first().time;
    if (!timeline.events().isEmpty())
        first = qMin(first, timeline.events().first().time - 200);
    qint64 from = first;
    switch (m_window) {
    case LastMinute:
        from = qMax(first, to - 60 * 1000);
        break;
    case LastTenMinutes:
        from = qMax(first, to - 10 * 60 * 1000);
        break;
    case Everything:
        break;
    }
    from = qMin(from, to - 5000);
    if (m_zoomed) {
        from = m_zoomFrom;
        to = m_zoomTo;
    }
    m_plot->setData(PlotBuilder::build(timeline, m_metrics, from, to));
    m_pathModel->setPaths(association->currentPaths());
    m_flowModel->setTimeline(&timeline);
    m_statisticsModel->setTimeline(&timeline);
    QString summary
            = tr("%1 — %2 → %3 — %4")
                      .arg(association->name(), association->localAddressText(),
                           association->peerAddressText(),
                           SctpNames::associationStateName(association->associationState()));
    if (m_paused)
        summary += tr(" — paused");
    if (m_zoomed)
        summary += tr(" — zoomed (double-click the plot to follow the window again)");
    m_summary->setText(summary);
}

QByteArray DetailView::saveState() const
{
    return m_splitter->saveState();
}

void DetailView::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}
