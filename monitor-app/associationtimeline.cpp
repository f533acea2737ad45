// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationtimeline.h"

#include <QtNetwork/QHostAddress>

using namespace QtSctp;

AssociationTimeline::AssociationTimeline(qint64 start)
    : m_lastSampleTime(start)
{ }

void AssociationTimeline::addSample(qint64 time, QSctpAssociationStatus::State state,
                                    const QList<QSctpPeerAddressInfo> &paths)
{
    addSample(time, state, paths, nullptr, nullptr);
}

void AssociationTimeline::addSample(qint64 time, QSctpAssociationStatus::State state,
                                    const QList<QSctpPeerAddressInfo> &paths,
                                    const QSctpAssociationStatus *status,
                                    const QSctpAssociationStatistics *statistics, bool updateRates)
{
    Sample sample;
    sample.time = time;
    sample.state = state;
    for (const QSctpPeerAddressInfo &info : paths) {
        // IPv4-mapped and plain IPv4 are one path.
        QHostAddress address = info.address();
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            address = QHostAddress(v4);
        const QString key = address.toString();
        int index = -1;
        for (int i = 0; i < m_paths.size(); ++i) {
            if (m_paths.at(i).address == key) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            index = int(m_paths.size());
            m_paths.append({key, info.port()});
        }
        PathValues values;
        values.path = index;
        values.state = info.state();
        values.srtt = info.smoothedRtt();
        values.rto = info.retransmissionTimeout();
        values.cwnd = info.congestionWindow();
        values.mtu = info.mtu();
        values.primary = info.isPrimary();
        sample.paths.append(values);
    }
    if (status) {
        sample.hasStatus = true;
        sample.status = *status;
    }
    if (statistics) {
        sample.hasStatistics = true;
        sample.statistics = *statistics;
    }
    m_samples.append(sample);

    // Rates over the interval since the previous sample.
    const qint64 interval = time - m_lastSampleTime;
    if (updateRates && interval > 0) {
        for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
            const FlowTotals before = m_totalsAtLastSample.value(it.key());
            RatePoint point;
            point.time = time;
            point.messagesPerSecond = double(it->messages - before.messages) * 1000.0 / interval;
            point.bytesPerSecond = double(it->bytes - before.bytes) * 1000.0 / interval;
            m_rates[it.key()].append(point);
        }
        m_totalsAtLastSample = m_totals;
        m_lastSampleTime = time;
    }
    trim();
}

void AssociationTimeline::addEvent(const TimelineEvent &event)
{
    m_events.append(event);
    trim();
}

void AssociationTimeline::countMessage(Direction direction, quint16 stream, quint32 ppid,
                                       qint64 bytes)
{
    for (const FlowKey &key :
         {FlowKey{ByStream, direction, stream}, FlowKey{ByPpid, direction, ppid}}) {
        FlowTotals &totals = m_totals[key];
        ++totals.messages;
        totals.bytes += quint64(qMax<qint64>(0, bytes));
    }
}

AssociationTimeline::RatePoint AssociationTimeline::lastRate(const FlowKey &key) const
{
    const auto it = m_rates.constFind(key);
    if (it == m_rates.cend() || it->isEmpty())
        return {};
    return it->last();
}

void AssociationTimeline::trim()
{
    // Drop a tenth at a time, so that a full timeline does not shift its lists every sample.
    if (m_samples.size() > m_maxSamples) {
        const qsizetype drop = m_samples.size() - m_maxSamples + m_maxSamples / 10;
        m_samples.remove(0, drop);
        const qint64 oldest = m_samples.isEmpty() ? 0 : m_samples.first().time;
        for (QList<RatePoint> &rates : m_rates) {
            qsizetype n = 0;
            while (n < rates.size() && rates.at(n).time < oldest)
                ++n;
            rates.remove(0, n);
        }
    }
    if (m_events.size() > m_maxSamples)
        m_events.remove(0, m_events.size() - m_maxSamples + m_maxSamples / 10);
}
