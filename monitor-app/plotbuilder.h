// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_PLOTBUILDER_H
#define QTSCTP_MONITOR_PLOTBUILDER_H

#include "plotdata.h"

#include <QtSctp/qsctpassociationstatus.h>
#include <QtSctp/qsctppeeraddressinfo.h>

#include <QtCore/QCoreApplication>

class AssociationTimeline;

// Builds PlotData from a timeline, and owns the plot's names and colours.
class PlotBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlotBuilder)
public:
    static PlotData build(const AssociationTimeline &timeline,
                          const QList<PlotData::Metric> &metrics, qint64 from, qint64 to);

    static QString metricName(PlotData::Metric metric);
    // A fixed identifier ("srtt", "cwnd", ...) for settings and the command line.
    static QString metricKey(PlotData::Metric metric);
    static bool isPathMetric(PlotData::Metric metric);

    static QColor pathColor(int path);
    static QColor seriesColor(int index);
    static QColor pathStateColor(QtSctp::QSctpPeerAddressInfo::State state);
    static QColor associationStateColor(QtSctp::QSctpAssociationStatus::State state);
    static QColor severityColor(int severity, bool highlight);
};

#endif // QTSCTP_MONITOR_PLOTBUILDER_H
