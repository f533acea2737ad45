// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_TIMELINEEVENT_H
#define QTSCTP_MONITOR_TIMELINEEVENT_H

#include <QtCore/QString>
#include <QtCore/QVariantMap>

// Something that happened to an association at one moment: a notification, a socket state
// change, an error. Plain data, shared by the timeline, the log and the JSON output.
struct TimelineEvent
{
    enum Severity { Info, Warning, Critical };

    qint64 time = 0; // milliseconds since the monitor started
    // A fixed identifier of the source: the notification type ("AssociationChange",
    // "PeerAddressChange", ...), "Socket" or "Monitor".
    QString kind;
    // The protocol's name for it where there is one ("COMM_UP", "ADDR_POTENTIALLY_FAILED").
    QString code;
    QString summary; // one line for people, translated
    QVariantMap details; // the decoded fields under fixed names, for JSON and tooltips
    Severity severity = Info;
    bool highlight = false; // worth a look at once (a peer restart)
};

#endif // QTSCTP_MONITOR_TIMELINEEVENT_H
