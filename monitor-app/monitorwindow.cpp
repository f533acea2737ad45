// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "monitorwindow.h"

#include <QtSctp/qtsctpglobal.h>

#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>

MonitorWindow::MonitorWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SCTP Association Monitor"));
    m_status = new QLabel(tr("No associations yet."), this);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setMargin(24);
    setCentralWidget(m_status);
    statusBar()->showMessage(tr("QtSctp %1").arg(QStringLiteral(QTSCTP_VERSION_STR)));
    resize(640, 400);
}
