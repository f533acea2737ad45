// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITORWINDOW_H
#define QTSCTP_MONITORWINDOW_H

#include <QtWidgets/QMainWindow>

class QLabel;

// The monitor's main window. For now it only says what it will show: the association list,
// the per-path detail view and the rig come with the socket classes.
class MonitorWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MonitorWindow(QWidget *parent = nullptr);

private:
    QLabel *m_status = nullptr;
};

#endif // QTSCTP_MONITORWINDOW_H
