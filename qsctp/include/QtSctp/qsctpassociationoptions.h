// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPASSOCIATIONOPTIONS_H
#define QTSCTP_QSCTPASSOCIATIONOPTIONS_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qflags.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qstring.h>

QT_BEGIN_NAMESPACE
    class QDebug;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// Tunables of an SCTP association: protocol timers, retransmission limits, heartbeats,
/// acknowledgement and fragmentation behaviour. Only the options that were set are applied;
/// the others keep the kernel's values (its net.sctp.* defaults). Times are in milliseconds.
/// QSctpSocket::setAssociationOptions() applies them to one association (and
/// setPathOptions() the per-path ones to one peer address); QSctpServer::setAssociationOptions()
/// to every association it accepts.
class QTSCTP_EXPORT QSctpAssociationOptions
{
    Q_GADGET
    Q_PROPERTY(Options options READ options)

public:
    /// One tunable, named after the socket option (and field) that carries it.
    enum Option : quint32 {
        NoDelay = 0x1, ///< SCTP_NODELAY
        FragmentationDisabled = 0x2, ///< SCTP_DISABLE_FRAGMENTS
        AdaptationIndication = 0x4, ///< SCTP_ADAPTATION_LAYER, sent in INIT/INIT-ACK
        HeartbeatInterval = 0x8, ///< SCTP_PEER_ADDR_PARAMS spp_hbinterval
        HeartbeatEnabled = 0x10, ///< SCTP_PEER_ADDR_PARAMS SPP_HB_ENABLE/DISABLE
        CookieLife = 0x20, ///< SCTP_ASSOCINFO sasoc_cookie_life
        AssociationMaxRetransmissions = 0x40, ///< SCTP_ASSOCINFO sasoc_asocmaxrxt
        RtoInitial = 0x80, ///< SCTP_RTOINFO srto_initial
        RtoMin = 0x100, ///< SCTP_RTOINFO srto_min
        RtoMax = 0x200, ///< SCTP_RTOINFO srto_max
        PathMaxRetransmissions = 0x400, ///< SCTP_PEER_ADDR_THLDS spt_pathmaxrxt
        PotentiallyFailedThreshold = 0x800, ///< SCTP_PEER_ADDR_THLDS spt_pathpfthld
        MaxSegment = 0x1000, ///< SCTP_MAXSEG
        PartialDeliveryPoint = 0x2000, ///< SCTP_PARTIAL_DELIVERY_POINT
        DelayedAckTime = 0x4000, ///< SCTP_DELAYED_SACK sack_delay
        DelayedAckFrequency = 0x8000, ///< SCTP_DELAYED_SACK sack_freq
    };
    /// A combination of Option values.
    Q_DECLARE_FLAGS(Options, Option)
    Q_FLAG(Options)

    /// The options that apply per peer address (QSctpSocket::setPathOptions()): the heartbeat
    /// and retransmission thresholds.
    static constexpr quint32 PathOptions = HeartbeatInterval | HeartbeatEnabled
            | PathMaxRetransmissions | PotentiallyFailedThreshold;

    /// No option set: applying it changes nothing.
    QSctpAssociationOptions() = default;

    /// The options that were set (and will be applied).
    Options options() const { return m_set; }
    /// True when \a option was set.
    bool isSet(Option option) const { return m_set.testFlag(option); }
    /// Forgets \a option: it is not applied and the kernel's value stays.
    void unset(Option option) { m_set &= ~Options(option); }
    /// The kernel's name for an option, for messages: "SCTP_RTOINFO (srto_min)".
    static QString optionName(Option option);

    ///@{
    /// SCTP_NODELAY: send small messages at once instead of bundling (Nagle off). QtSctp sockets
    /// turn it on by default, as go-sctp does.
    bool noDelay() const { return m_noDelay; }
    void setNoDelay(bool on) { m_noDelay = on, m_set |= NoDelay; }
    ///@}
    ///@{
    /// Messages larger than the path MTU then fail instead of being fragmented.
    bool isFragmentationDisabled() const { return m_fragmentationDisabled; }
    void setFragmentationDisabled(bool on)
    {
        m_fragmentationDisabled = on, m_set |= FragmentationDisabled;
    }
    ///@}
    ///@{
    /// The 32-bit adaptation code point offered to the peer in INIT or INIT-ACK (RFC 5061); the
    /// peer sees it as a QSctpAdaptationIndication.
    quint32 adaptationIndication() const { return m_adaptation; }
    void setAdaptationIndication(quint32 bits)
    {
        m_adaptation = bits, m_set |= AdaptationIndication;
    }
    ///@}
    ///@{
    /// Milliseconds between heartbeats on an idle path (plus the path's RTO and jitter).
    quint32 heartbeatInterval() const { return m_heartbeatInterval; }
    void setHeartbeatInterval(quint32 msecs)
    {
        m_heartbeatInterval = msecs, m_set |= HeartbeatInterval;
    }
    ///@}
    ///@{
    /// Whether idle paths are probed with heartbeats (Linux's default: on).
    bool isHeartbeatEnabled() const { return m_heartbeatEnabled; }
    void setHeartbeatEnabled(bool on) { m_heartbeatEnabled = on, m_set |= HeartbeatEnabled; }
    ///@}
    ///@{
    /// How long, in milliseconds, the state cookie this endpoint hands out stays valid.
    quint32 cookieLife() const { return m_cookieLife; }
    void setCookieLife(quint32 msecs) { m_cookieLife = msecs, m_set |= CookieLife; }
    ///@}
    ///@{
    /// Retransmissions, counted over all paths, after which the association is declared lost.
    quint16 associationMaxRetransmissions() const { return m_assocMaxRxt; }
    void setAssociationMaxRetransmissions(quint16 count)
    {
        m_assocMaxRxt = count, m_set |= AssociationMaxRetransmissions;
    }
    ///@}
    ///@{
    /// The initial retransmission timeout in milliseconds (RFC 9260's RTO.Initial).
    quint32 rtoInitial() const { return m_rtoInitial; }
    void setRtoInitial(quint32 msecs) { m_rtoInitial = msecs, m_set |= RtoInitial; }
    ///@}
    ///@{
    /// The lowest retransmission timeout in milliseconds (RTO.Min).
    quint32 rtoMin() const { return m_rtoMin; }
    void setRtoMin(quint32 msecs) { m_rtoMin = msecs, m_set |= RtoMin; }
    ///@}
    ///@{
    /// The highest retransmission timeout in milliseconds (RTO.Max).
    quint32 rtoMax() const { return m_rtoMax; }
    void setRtoMax(quint32 msecs) { m_rtoMax = msecs, m_set |= RtoMax; }
    ///@}
    ///@{
    /// Retransmissions on one path after which that path is inactive (Path.Max.Retrans).
    quint16 pathMaxRetransmissions() const { return m_pathMaxRxt; }
    void setPathMaxRetransmissions(quint16 count)
    {
        m_pathMaxRxt = count, m_set |= PathMaxRetransmissions;
    }
    ///@}
    ///@{
    /// Retransmissions after which a path is potentially failed (0: the PF state is off).
    /// Linux enters the state only while threshold < errors < pathMaxRetransmissions(), so
    /// the path maximum must be at least the threshold plus 2, and it reports the state
    /// (AddressPotentiallyFailed, QSctpPeerAddressInfo::PotentiallyFailed) only with
    /// net.sctp.pf_expose=2 (Linux 5.5 and later).
    quint16 potentiallyFailedThreshold() const { return m_pfThreshold; }
    void setPotentiallyFailedThreshold(quint16 count)
    {
        m_pfThreshold = count, m_set |= PotentiallyFailedThreshold;
    }
    ///@}
    ///@{
    /// The largest DATA chunk payload in bytes; larger messages are fragmented (0: the path MTU).
    quint32 maxSegment() const { return m_maxSegment; }
    void setMaxSegment(quint32 bytes) { m_maxSegment = bytes, m_set |= MaxSegment; }
    ///@}
    ///@{
    /// Bytes of a message received before the kernel starts delivering it in parts.
    quint32 partialDeliveryPoint() const { return m_partialDeliveryPoint; }
    void setPartialDeliveryPoint(quint32 bytes)
    {
        m_partialDeliveryPoint = bytes, m_set |= PartialDeliveryPoint;
    }
    ///@}
    ///@{
    /// Milliseconds the receiver may delay a SACK (Linux allows at most 500).
    quint32 delayedAckTime() const { return m_delayedAckTime; }
    void setDelayedAckTime(quint32 msecs) { m_delayedAckTime = msecs, m_set |= DelayedAckTime; }
    ///@}
    ///@{
    /// Packets per SACK; 1 turns delayed acknowledgement off.
    quint32 delayedAckFrequency() const { return m_delayedAckFrequency; }
    void setDelayedAckFrequency(quint32 packets)
    {
        m_delayedAckFrequency = packets, m_set |= DelayedAckFrequency;
    }
    ///@}

    /// The options of other that are set, over these.
    /// Takes every option set in \a other, over the values here; the others stay as they are.
    void merge(const QSctpAssociationOptions &other);

    ///@{
    /// Equal when the same options are set with the same values.
    friend bool operator==(const QSctpAssociationOptions &lhs,
                           const QSctpAssociationOptions &rhs) noexcept
    {
        return lhs.equals(rhs);
    }
    friend bool operator!=(const QSctpAssociationOptions &lhs,
                           const QSctpAssociationOptions &rhs) noexcept
    {
        return !lhs.equals(rhs);
    }
    ///@}

private:
    bool equals(const QSctpAssociationOptions &other) const noexcept;

    Options m_set;
    quint32 m_adaptation = 0;
    quint32 m_heartbeatInterval = 0;
    quint32 m_cookieLife = 0;
    quint32 m_rtoInitial = 0;
    quint32 m_rtoMin = 0;
    quint32 m_rtoMax = 0;
    quint32 m_maxSegment = 0;
    quint32 m_partialDeliveryPoint = 0;
    quint32 m_delayedAckTime = 0;
    quint32 m_delayedAckFrequency = 0;
    quint16 m_assocMaxRxt = 0;
    quint16 m_pathMaxRxt = 0;
    quint16 m_pfThreshold = 0;
    bool m_noDelay = false;
    bool m_fragmentationDisabled = false;
    bool m_heartbeatEnabled = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSctpAssociationOptions::Options)

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAssociationOptions to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAssociationOptions &options);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_METATYPE(QtSctp::QSctpAssociationOptions)

#endif // QTSCTP_QSCTPASSOCIATIONOPTIONS_H
