// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_EVENTDESCRIBER_H
#define QTSCTP_MONITOR_EVENTDESCRIBER_H

#include "timelineevent.h"

#include <QtSctp/qsctpnotification.h>
#include <QtSctp/qsctpsocket.h>

#include <QtCore/QCoreApplication>

// Turns what a socket reports into timeline events: a one-line summary for people, the
// protocol's name, and every decoded field. Pure: the tests feed it raw notification bytes.
class EventDescriber
{
    Q_DECLARE_TR_FUNCTIONS(EventDescriber)
public:
    // Any notification, of a known type or not, valid or malformed. The time is left at 0.
    static TimelineEvent describe(const QtSctp::QSctpNotification &notification);
    static TimelineEvent socketStateChanged(QtSctp::QSctpSocket::SocketState state);
    static TimelineEvent socketError(QtSctp::QSctpSocket::Error error, const QString &text);
    static TimelineEvent monitorMessage(const QString &summary,
                                        TimelineEvent::Severity severity = TimelineEvent::Info);

    // The properties of a Q_GADGET value (as QSctpNotification::value() returns) as
    // JSON-friendly values: enums and flags by name, bytes as hex, addresses as text.
    static QVariantMap gadgetProperties(const QVariant &value);
    // The key of a socket state ("ConnectedState"): the code of socket events.
    static QString socketStateKey(QtSctp::QSctpSocket::SocketState state);
};

#endif // QTSCTP_MONITOR_EVENTDESCRIBER_H
