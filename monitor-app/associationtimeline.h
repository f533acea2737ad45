// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_ASSOCIATIONTIMELINE_H
#define QTSCTP_MONITOR_ASSOCIATIONTIMELINE_H

#include "timelineevent.h"

#include <QtSctp/qsctpassociationstatistics.h>
#include <QtSctp/qsctpassociationstatus.h>
#include <QtSctp/qsctppeeraddressinfo.h>

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

// Everything recorded about one association over time: samples of its state and of every
// path, its events, and message counts per stream and per PPID turned into rates at each
// sample. Plain data without Qt objects, so that tests can fill and inspect it directly.
class AssociationTimeline
{
public:
    // One path's figures in one sample; path indexes paths().
    struct PathValues
    {
        int path = 0;
        QtSctp::QSctpPeerAddressInfo::State state = QtSctp::QSctpPeerAddressInfo::Unknown;
        quint32 srtt = 0; // milliseconds
        quint32 rto = 0; // milliseconds
        quint32 cwnd = 0; // bytes
        quint32 mtu = 0; // bytes
        bool primary = false;
    };
    struct Sample
    {
        qint64 time = 0;
        QtSctp::QSctpAssociationStatus::State state = QtSctp::QSctpAssociationStatus::Closed;
        QList<PathValues> paths;
        bool hasStatus = false;
        QtSctp::QSctpAssociationStatus status;
        bool hasStatistics = false;
        QtSctp::QSctpAssociationStatistics statistics;
    };
    struct PathId
    {
        QString address;
        quint16 port = 0;
    };

    enum Direction { Sent, Received };
    enum FlowKind { ByStream, ByPpid };
    struct FlowKey
    {
        FlowKind kind = ByStream;
        Direction direction = Sent;
        quint32 id = 0; // the stream, or the PPID

        friend bool operator<(const FlowKey &a, const FlowKey &b)
        {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.id != b.id)
                return a.id < b.id;
            return a.direction < b.direction;
        }
        friend bool operator==(const FlowKey &a, const FlowKey &b)
        {
            return a.kind == b.kind && a.direction == b.direction && a.id == b.id;
        }
    };
    struct FlowTotals
    {
        quint64 messages = 0;
        quint64 bytes = 0;
    };
    struct RatePoint
    {
        qint64 time = 0;
        double messagesPerSecond = 0;
        double bytesPerSecond = 0;
    };

    // start: when counting began (rates of the first sample cover the time since then).
    explicit AssociationTimeline(qint64 start = 0);

    // Records one sample; paths are matched to earlier ones by address. With updateRates the
    // flow rates are computed over the time since the last such sample; samples taken out of
    // turn (on an event) pass false, as a few milliseconds make no rate.
    void addSample(qint64 time, QtSctp::QSctpAssociationStatus::State state,
                   const QList<QtSctp::QSctpPeerAddressInfo> &paths);
    void addSample(qint64 time, QtSctp::QSctpAssociationStatus::State state,
                   const QList<QtSctp::QSctpPeerAddressInfo> &paths,
                   const QtSctp::QSctpAssociationStatus *status,
                   const QtSctp::QSctpAssociationStatistics *statistics, bool updateRates = true);
    void addEvent(const TimelineEvent &event);
    void countMessage(Direction direction, quint16 stream, quint32 ppid, qint64 bytes);

    const QList<Sample> &samples() const { return m_samples; }
    const QList<PathId> &paths() const { return m_paths; }
    const QList<TimelineEvent> &events() const { return m_events; }
    QList<FlowKey> flowKeys() const { return m_totals.keys(); }
    FlowTotals flowTotals(const FlowKey &key) const { return m_totals.value(key); }
    QList<RatePoint> flowRates(const FlowKey &key) const { return m_rates.value(key); }
    // The last rate of a flow, zero when it has none.
    RatePoint lastRate(const FlowKey &key) const;

    // The oldest data goes once there are more samples or events than this.
    void setMaxSamples(int count) { m_maxSamples = qMax(16, count); }
    int maxSamples() const { return m_maxSamples; }

private:
    void trim();

    QList<Sample> m_samples;
    QList<PathId> m_paths;
    QList<TimelineEvent> m_events;
    QMap<FlowKey, FlowTotals> m_totals;
    QMap<FlowKey, FlowTotals> m_totalsAtLastSample;
    QMap<FlowKey, QList<RatePoint>> m_rates;
    qint64 m_lastSampleTime = 0;
    int m_maxSamples = 100000;
};

#endif // QTSCTP_MONITOR_ASSOCIATIONTIMELINE_H
