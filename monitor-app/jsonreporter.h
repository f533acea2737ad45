// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_JSONREPORTER_H
#define QTSCTP_MONITOR_JSONREPORTER_H

#include "timelineevent.h"

#include <QtCore/QObject>

#include <cstdio>

class MonitorSession;
class MonitoredAssociation;

// --headless --json: a JSON object per line on stdout for every sample of every association
// and for every event, flushed at once so that a script reading the pipe sees them live.
class JsonReporter : public QObject
{
    Q_OBJECT
public:
    explicit JsonReporter(MonitorSession *session, FILE *out = stdout, QObject *parent = nullptr);

    // A line of its own for things outside any association ({"type": "error", ...}).
    void reportError(const QString &text);
    void reportInfo(const QString &text);

private:
    void watch(MonitoredAssociation *association);
    void onEvent(MonitoredAssociation *association, const TimelineEvent &event);
    void writeLine(const QByteArray &json);

    MonitorSession *m_session;
    FILE *m_out;
};

#endif // QTSCTP_MONITOR_JSONREPORTER_H
