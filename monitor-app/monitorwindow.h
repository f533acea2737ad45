// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITORWINDOW_H
#define QTSCTP_MONITORWINDOW_H

#include <QtWidgets/QMainWindow>

class QAction;
class QLabel;
class QSpinBox;
class QTabWidget;
class AssociationsView;
class DemoTraffic;
class DetailView;
class EventLogModel;
class MonitorSession;
class RigView;

// The monitor's main window: the association list, one association in detail, and the rig,
// as tabs over one monitoring session.
class MonitorWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Without a session the window makes its own.
    explicit MonitorWindow(MonitorSession *session = nullptr, QWidget *parent = nullptr);
    ~MonitorWindow() override;

    MonitorSession *session() const { return m_session; }
    EventLogModel *log() const { return m_log; }
    AssociationsView *associationsView() const { return m_associations; }
    DetailView *detailView() const { return m_detail; }
    RigView *rigView() const { return m_rig; }

    // --demo; false (and the reason shown in the window) when this kernel has no SCTP.
    bool startDemo();
    DemoTraffic *demo() const { return m_demo; }

    // "associations", "detail" or "rig".
    static QStringList viewNames();
    bool showView(const QString &name);

    bool isPaused() const;
    void setPaused(bool paused);

    // The selected association's timeline, and the plot as shown.
    bool exportTimeline(const QString &fileName, bool json, QString *errorString);
    bool exportPlot(const QString &fileName, QString *errorString);

    void showSctpUnavailable(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void loadSettings();
    void saveSettings() const;
    void exportWithDialog(int kind);
    void updateActions();

    MonitorSession *m_session;
    EventLogModel *m_log;
    QTabWidget *m_tabs;
    AssociationsView *m_associations;
    DetailView *m_detail;
    RigView *m_rig;
    DemoTraffic *m_demo = nullptr;
    QLabel *m_banner;
    QLabel *m_statusLabel;
    QSpinBox *m_interval;
    QAction *m_pauseAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportPngAction = nullptr;
};

#endif // QTSCTP_MONITORWINDOW_H
