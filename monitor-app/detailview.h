// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_DETAILVIEW_H
#define QTSCTP_MONITOR_DETAILVIEW_H

#include "plotdata.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class EventFilterProxy;
class EventLogModel;
class FlowRateModel;
class MonitorSession;
class MonitoredAssociation;
class PathTableModel;
class StatisticsModel;
class TimelinePlot;

// One association in detail: the timeline plot over the chosen window and metrics, and
// tables of its paths, events, rates per stream and PPID, and counters.
class DetailView : public QWidget
{
    Q_OBJECT
public:
    enum TimeWindow { LastMinute, LastTenMinutes, Everything };
    Q_ENUM(TimeWindow)

    DetailView(MonitorSession *session, EventLogModel *log, QWidget *parent = nullptr);

    int associationId() const { return m_associationId; }
    MonitoredAssociation *association() const;
    void setAssociation(int id);

    QList<PlotData::Metric> metrics() const { return m_metrics; }
    void setMetrics(const QList<PlotData::Metric> &metrics);
    static QList<PlotData::Metric> defaultMetrics();
    TimeWindow timeWindow() const { return m_window; }
    void setTimeWindow(TimeWindow window);
    // Paused, the view stays as it was; the monitor keeps recording underneath.
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    // A range chosen on the plot (wheel, drag): the view stays on it instead of following
    // the time window, until followLive(), a new window or another association.
    bool isZoomed() const { return m_zoomed; }
    void setViewRange(qint64 from, qint64 to);
    void followLive();

    // Builds the plot and the tables again from the association's timeline.
    void refresh();

    TimelinePlot *plot() const { return m_plot; }
    PathTableModel *pathModel() const { return m_pathModel; }
    FlowRateModel *flowModel() const { return m_flowModel; }
    StatisticsModel *statisticsModel() const { return m_statisticsModel; }
    EventFilterProxy *eventModel() const { return m_events; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void associationChanged(int id);

private:
    void rebuildAssociationList();
    void updateMetricButton();

    MonitorSession *m_session;
    QComboBox *m_associationBox;
    QToolButton *m_metricButton;
    QComboBox *m_windowBox;
    QLabel *m_summary;
    TimelinePlot *m_plot;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    PathTableModel *m_pathModel;
    FlowRateModel *m_flowModel;
    StatisticsModel *m_statisticsModel;
    EventFilterProxy *m_events;
    QTableView *m_eventTable;
    QList<PlotData::Metric> m_metrics;
    TimeWindow m_window = LastMinute;
    int m_associationId = -1;
    qint64 m_pausedAt = 0;
    qint64 m_zoomFrom = 0;
    qint64 m_zoomTo = 0;
    bool m_paused = false;
    bool m_zoomed = false;
};

#endif // QTSCTP_MONITOR_DETAILVIEW_H
