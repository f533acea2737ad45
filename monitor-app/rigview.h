// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_RIGVIEW_H
#define QTSCTP_MONITOR_RIGVIEW_H

#include "monitorsession.h"

#include <QtSctp/qsctpmessage.h>

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;
class EventFilterProxy;
class EventLogModel;

// The test rig: make client and server endpoints, send messages by hand or at a rate, and
// read the log of every event and message.
class RigView : public QWidget
{
    Q_OBJECT
public:
    RigView(MonitorSession *session, EventLogModel *log, QWidget *parent = nullptr);

    // Recently used addresses, newest first (kept in the settings by the window).
    QStringList recentAddresses() const { return m_recent; }
    void setRecentAddresses(const QStringList &addresses);

    // The rig's actions, for the buttons and for tests.
    bool createEndpoint(bool server, const QString &address);
    // The endpoint form's options (streams, INIT, timers, subscriptions) as the session
    // takes them; only the timers the user set are in associationOptions.
    MonitorSession::EndpointOptions endpointOptions() const;
    // Parses the payload field: text as UTF-8, or hex digits (spaces allowed).
    static QByteArray parsePayload(const QString &text, bool hex, bool *ok);
    // "46", "46 Diameter", "0x2e": the number in front.
    static quint32 parsePpid(const QString &text, bool *ok);
    bool sendOnce();
    void setRepeating(bool on);

    EventFilterProxy *logProxy() const { return m_logProxy; }
    QTableView *logView() const { return m_logView; }
    // The selected log rows (or all of them when none is selected) as tab-separated text.
    QString logText(bool selectedOnly) const;
    void copyLog();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void recentAddressesChanged(const QStringList &addresses);

private:
    void rememberAddress(const QString &address);
    void rebuildTargets();
    void rebuildEndpoints();
    QtSctp::QSctpMessage composeMessage(bool *ok, QString *error) const;

    MonitorSession *m_session;
    EventLogModel *m_log;
    QStringList m_recent;
    // Endpoints
    QComboBox *m_role;
    QComboBox *m_address;
    QLineEdit *m_bind;
    QSpinBox *m_outStreams;
    QSpinBox *m_inStreams;
    // INIT and timer options; 0 keeps the kernel's value.
    QSpinBox *m_initAttempts;
    QSpinBox *m_initTimeout;
    QSpinBox *m_rtoInitial;
    QSpinBox *m_rtoMin;
    QSpinBox *m_rtoMax;
    QSpinBox *m_heartbeat;
    QToolButton *m_subscriptions;
    QListWidget *m_endpoints;
    QPushButton *m_closeEndpoint;
    // Sending
    QComboBox *m_target;
    QSpinBox *m_stream;
    QComboBox *m_ppid;
    QCheckBox *m_unordered;
    QComboBox *m_format;
    QPlainTextEdit *m_payload;
    QSpinBox *m_rate;
    QPushButton *m_repeat;
    QLabel *m_sendStatus;
    QTimer m_repeatTimer;
    quint64 m_sentCount = 0;
    // Log
    QLineEdit *m_logFilter;
    QCheckBox *m_showMessages;
    QTableView *m_logView;
    EventFilterProxy *m_logProxy;
    QSplitter *m_splitter = nullptr;
};

#endif // QTSCTP_MONITOR_RIGVIEW_H
