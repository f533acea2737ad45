// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_MONITORCLOCK_H
#define QTSCTP_MONITOR_MONITORCLOCK_H

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>

// The monitor's time axis: milliseconds since it started, on a monotonic clock (wall clock
// jumps must not bend the plots), with the wall-clock start for exports.
class MonitorClock
{
public:
    MonitorClock()
        : m_start(QDateTime::currentDateTimeUtc())
    {
        m_timer.start();
    }

    qint64 elapsed() const { return m_timer.elapsed(); }
    QDateTime startTime() const { return m_start; }
    QDateTime toDateTime(qint64 msecs) const { return m_start.addMSecs(msecs); }

private:
    QDateTime m_start;
    QElapsedTimer m_timer;
};

#endif // QTSCTP_MONITOR_MONITORCLOCK_H
