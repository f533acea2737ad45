// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_PLOTDATA_H
#define QTSCTP_MONITOR_PLOTDATA_H

#include "timelineevent.h"

#include <QtCore/QList>
#include <QtCore/QPointF>
#include <QtCore/QString>
#include <QtGui/QColor>

// What the timeline plot draws, computed from a timeline for one time window: the widget
// only paints it, and tests check it without pixels.
struct PlotData
{
    enum Metric {
        Srtt,
        Rto,
        Cwnd,
        Mtu,
        MessageRateByStream,
        ByteRateByStream,
        MessageRateByPpid,
        ByteRateByPpid,
        RetransmissionRate,
        PacketRate,
        ReceiveWindow,
        OutstandingChunks,
        MetricCount
    };

    // One line; a NaN y breaks it (no data then).
    struct Series
    {
        QString label;
        QColor color;
        QList<QPointF> points; // x: milliseconds since the monitor started
        int path = -1; // the path it belongs to, or -1
    };
    struct Panel
    {
        Metric metric = Srtt;
        QString title;
        QList<Series> series;
    };
    // A stretch of time in one state; for a path, whether it was the primary then.
    struct Segment
    {
        qint64 from = 0;
        qint64 to = 0;
        int state = 0;
        bool primary = false;
    };
    struct PathBand
    {
        QString label;
        QColor color; // the path's line colour
        QList<Segment> segments;
    };

    qint64 from = 0;
    qint64 to = 0;
    QList<Panel> panels;
    QList<PathBand> pathBands;
    QList<Segment> associationBand;
    QList<TimelineEvent> events;
};

#endif // QTSCTP_MONITOR_PLOTDATA_H
