// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPINITOPTIONS_H
#define QTSCTP_QSCTPINITOPTIONS_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>

QT_BEGIN_NAMESPACE
    class QDebug;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// What the endpoint offers in its INIT or INIT-ACK (SCTP_INITMSG): the number of outbound
/// streams it wants, the most inbound streams it accepts, and how hard it tries to start an
/// association. The peer's offer caps both stream counts: the negotiated numbers are on the
/// connected socket (QSctpSocket::outboundStreamCount(), inboundStreamCount()).
class QTSCTP_EXPORT QSctpInitOptions
{
    Q_GADGET
    Q_PROPERTY(quint16 outboundStreams READ outboundStreams WRITE setOutboundStreams)
    Q_PROPERTY(quint16 maxInboundStreams READ maxInboundStreams WRITE setMaxInboundStreams)
    Q_PROPERTY(quint16 maxAttempts READ maxAttempts WRITE setMaxAttempts)
    Q_PROPERTY(quint16 maxInitTimeout READ maxInitTimeout WRITE setMaxInitTimeout)

public:
    /// The defaults: 10 outbound and 10 inbound streams, the kernel's INIT attempts and timeout.
    QSctpInitOptions() = default;

    ///@{
    /// Streams this endpoint wants to send on; 10 by default, as go-sctp.
    quint16 outboundStreams() const { return m_outboundStreams; }
    void setOutboundStreams(quint16 streams) { m_outboundStreams = streams; }
    ///@}

    ///@{
    /// The most streams this endpoint lets the peer send on; 10 by default.
    quint16 maxInboundStreams() const { return m_maxInboundStreams; }
    void setMaxInboundStreams(quint16 streams) { m_maxInboundStreams = streams; }
    ///@}

    ///@{
    /// INIT retransmissions before giving up; 0 keeps net.sctp.max_init_retransmits.
    quint16 maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(quint16 attempts) { m_maxAttempts = attempts; }
    ///@}

    ///@{
    /// The largest INIT retransmission timeout in milliseconds; 0 keeps net.sctp.rto_max.
    quint16 maxInitTimeout() const { return m_maxInitTimeout; }
    void setMaxInitTimeout(quint16 msecs) { m_maxInitTimeout = msecs; }
    ///@}

    ///@{
    /// Equal when every field is equal.
    friend bool operator==(const QSctpInitOptions &lhs, const QSctpInitOptions &rhs) noexcept
    {
        return lhs.m_outboundStreams == rhs.m_outboundStreams
                && lhs.m_maxInboundStreams == rhs.m_maxInboundStreams
                && lhs.m_maxAttempts == rhs.m_maxAttempts
                && lhs.m_maxInitTimeout == rhs.m_maxInitTimeout;
    }
    friend bool operator!=(const QSctpInitOptions &lhs, const QSctpInitOptions &rhs) noexcept
    {
        return !(lhs == rhs);
    }
    ///@}

private:
    quint16 m_outboundStreams = 10;
    quint16 m_maxInboundStreams = 10;
    quint16 m_maxAttempts = 0;
    quint16 m_maxInitTimeout = 0;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpInitOptions to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpInitOptions &options);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_METATYPE(QtSctp::QSctpInitOptions)

#endif // QTSCTP_QSCTPINITOPTIONS_H
