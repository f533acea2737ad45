// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_TIMELINEEXPORT_H
#define QTSCTP_MONITOR_TIMELINEEXPORT_H

#include "associationtimeline.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>

// The machine-readable forms of a timeline: one JSON object per sample and per event (the
// headless output prints them as lines), a whole timeline as one JSON document, and as CSV.
// Field names and state names are fixed identifiers, never translated.
class TimelineExport
{
public:
    struct Source
    {
        int id = 0;
        QString name;
        QDateTime start; // wall-clock time of t = 0
    };

    static QJsonObject sampleJson(const Source &source, const AssociationTimeline &timeline,
                                  const AssociationTimeline::Sample &sample);
    static QJsonObject eventJson(const Source &source, const TimelineEvent &event);
    static QJsonObject flowsJson(const AssociationTimeline &timeline);

    // {"association": ..., "start": ..., "paths": [...], "samples": [...], "events": [...],
    //  "flows": [...]}
    static QByteArray toJson(const Source &source, const AssociationTimeline &timeline);
    // A header line, then a row per path per sample and a row per event, in time order.
    static QByteArray toCsv(const Source &source, const AssociationTimeline &timeline);
    static QStringList csvHeader();
    static QString csvField(const QString &text);
};

#endif // QTSCTP_MONITOR_TIMELINEEXPORT_H
