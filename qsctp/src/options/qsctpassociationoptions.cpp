// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "qsctpassociationoptions_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdebug.h>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/sctp.h>
#include <sys/socket.h>

QTSCTP_BEGIN_NAMESPACE

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QtSctp::QSctpAssociationOptions", text);
}

using Option = QSctpAssociationOptions::Option;

// Which sysctl switches a feature off, when the kernel refuses an option for that reason.
QString reasonFor(Option option, int err, const QString &engine)
{
    if (err == ENOPROTOOPT)
        return tr("it is not supported by the %1 engine").arg(engine);
    if (option == QSctpAssociationOptions::PotentiallyFailedThreshold && err == EINVAL)
        return tr("%1 (the threshold must not exceed the path's maximum retransmissions)")
                .arg(QString::fromLocal8Bit(std::strerror(err)));
    if ((option == QSctpAssociationOptions::RtoMin || option == QSctpAssociationOptions::RtoMax
         || option == QSctpAssociationOptions::RtoInitial)
        && err == EINVAL)
        return tr("%1 (the values must satisfy min <= initial <= max)")
                .arg(QString::fromLocal8Bit(std::strerror(err)));
    if (option == QSctpAssociationOptions::DelayedAckTime && err == EINVAL)
        return tr("%1 (at most 500 ms)").arg(QString::fromLocal8Bit(std::strerror(err)));
    return QString::fromLocal8Bit(std::strerror(err));
}

bool toStorage(const QHostAddress &address, quint16 port, sockaddr_storage *storage)
{
    std::memset(storage, 0, sizeof *storage);
    if (address.isNull())
        return true; // all zero: the whole association (or the endpoint's defaults)
    int count = 0;
    QString error;
    const QByteArray bytes
            = QSctpAddress(address, port).toSockaddrs(QSctpAddress::Sctp, &count, &error);
    if (!error.isEmpty() || count != 1 || bytes.size() > qsizetype(sizeof *storage))
        return false;
    std::memcpy(storage, bytes.constData(), size_t(bytes.size()));
    return true;
}

struct Applier
{
    QSctpEngine *engine;
    QString *failure;
    Option failed = Option(0);

    int fail(Option option, int err)
    {
        failed = option;
        *failure = tr("Cannot set %1: %2")
                           .arg(QSctpAssociationOptions::optionName(option),
                                reasonFor(option, err, engine->name()));
        return err;
    }
    template<typename T>
    int set(Option option, int name, const T &value)
    {
        if (const int err = engine->setOption(IPPROTO_SCTP, name, &value, sizeof value))
            return fail(option, err);
        return 0;
    }
    template<typename T>
    int get(Option option, int name, T *value)
    {
        unsigned length = sizeof *value;
        if (const int err = engine->getOption(IPPROTO_SCTP, name, value, &length))
            return fail(option, err);
        return 0;
    }
};

} // namespace

QString QSctpAssociationOptions::optionName(Option option)
{
    switch (option) {
    case NoDelay:
        return QStringLiteral("SCTP_NODELAY");
    case FragmentationDisabled:
        return QStringLiteral("SCTP_DISABLE_FRAGMENTS");
    case AdaptationIndication:
        return QStringLiteral("SCTP_ADAPTATION_LAYER");
    case HeartbeatInterval:
        return QStringLiteral("SCTP_PEER_ADDR_PARAMS (spp_hbinterval)");
    case HeartbeatEnabled:
        return QStringLiteral("SCTP_PEER_ADDR_PARAMS (SPP_HB_ENABLE)");
    case CookieLife:
        return QStringLiteral("SCTP_ASSOCINFO (sasoc_cookie_life)");
    case AssociationMaxRetransmissions:
        return QStringLiteral("SCTP_ASSOCINFO (sasoc_asocmaxrxt)");
    case RtoInitial:
        return QStringLiteral("SCTP_RTOINFO (srto_initial)");
    case RtoMin:
        return QStringLiteral("SCTP_RTOINFO (srto_min)");
    case RtoMax:
        return QStringLiteral("SCTP_RTOINFO (srto_max)");
    case PathMaxRetransmissions:
        return QStringLiteral("SCTP_PEER_ADDR_THLDS (spt_pathmaxrxt)");
    case PotentiallyFailedThreshold:
        return QStringLiteral("SCTP_PEER_ADDR_THLDS (spt_pathpfthld)");
    case MaxSegment:
        return QStringLiteral("SCTP_MAXSEG");
    case PartialDeliveryPoint:
        return QStringLiteral("SCTP_PARTIAL_DELIVERY_POINT");
    case DelayedAckTime:
        return QStringLiteral("SCTP_DELAYED_SACK (sack_delay)");
    case DelayedAckFrequency:
        return QStringLiteral("SCTP_DELAYED_SACK (sack_freq)");
    }
    return QString();
}

void QSctpAssociationOptions::merge(const QSctpAssociationOptions &o)
{
    if (o.isSet(NoDelay))
        setNoDelay(o.m_noDelay);
    if (o.isSet(FragmentationDisabled))
        setFragmentationDisabled(o.m_fragmentationDisabled);
    if (o.isSet(AdaptationIndication))
        setAdaptationIndication(o.m_adaptation);
    if (o.isSet(HeartbeatInterval))
        setHeartbeatInterval(o.m_heartbeatInterval);
    if (o.isSet(HeartbeatEnabled))
        setHeartbeatEnabled(o.m_heartbeatEnabled);
    if (o.isSet(CookieLife))
        setCookieLife(o.m_cookieLife);
    if (o.isSet(AssociationMaxRetransmissions))
        setAssociationMaxRetransmissions(o.m_assocMaxRxt);
    if (o.isSet(RtoInitial))
        setRtoInitial(o.m_rtoInitial);
    if (o.isSet(RtoMin))
        setRtoMin(o.m_rtoMin);
    if (o.isSet(RtoMax))
        setRtoMax(o.m_rtoMax);
    if (o.isSet(PathMaxRetransmissions))
        setPathMaxRetransmissions(o.m_pathMaxRxt);
    if (o.isSet(PotentiallyFailedThreshold))
        setPotentiallyFailedThreshold(o.m_pfThreshold);
    if (o.isSet(MaxSegment))
        setMaxSegment(o.m_maxSegment);
    if (o.isSet(PartialDeliveryPoint))
        setPartialDeliveryPoint(o.m_partialDeliveryPoint);
    if (o.isSet(DelayedAckTime))
        setDelayedAckTime(o.m_delayedAckTime);
    if (o.isSet(DelayedAckFrequency))
        setDelayedAckFrequency(o.m_delayedAckFrequency);
}

bool QSctpAssociationOptions::equals(const QSctpAssociationOptions &o) const noexcept
{
    return m_set == o.m_set && m_adaptation == o.m_adaptation
            && m_heartbeatInterval == o.m_heartbeatInterval && m_cookieLife == o.m_cookieLife
            && m_rtoInitial == o.m_rtoInitial && m_rtoMin == o.m_rtoMin && m_rtoMax == o.m_rtoMax
            && m_maxSegment == o.m_maxSegment && m_partialDeliveryPoint == o.m_partialDeliveryPoint
            && m_delayedAckTime == o.m_delayedAckTime
            && m_delayedAckFrequency == o.m_delayedAckFrequency && m_assocMaxRxt == o.m_assocMaxRxt
            && m_pathMaxRxt == o.m_pathMaxRxt && m_pfThreshold == o.m_pfThreshold
            && m_noDelay == o.m_noDelay && m_fragmentationDisabled == o.m_fragmentationDisabled
            && m_heartbeatEnabled == o.m_heartbeatEnabled;
}

int qsctpApplyAssociationOptions(QSctpEngine *engine, const QSctpAssociationOptions &options,
                                 const QHostAddress &peer, quint16 peerPort, QString *failure)
{
    using O = QSctpAssociationOptions;
    Applier a{engine, failure};
    const auto set = [&](O::Option o) {
        return options.isSet(o);
    };
    int err = 0;

    if (set(O::NoDelay) && (err = a.set(O::NoDelay, SCTP_NODELAY, int(options.noDelay()))))
        return err;
    if (set(O::FragmentationDisabled)
        && (err = a.set(O::FragmentationDisabled, SCTP_DISABLE_FRAGMENTS,
                        int(options.isFragmentationDisabled()))))
        return err;
    if (set(O::AdaptationIndication)) {
        sctp_setadaptation value{};
        value.ssb_adaptation_ind = options.adaptationIndication();
        if ((err = a.set(O::AdaptationIndication, SCTP_ADAPTATION_LAYER, value)))
            return err;
    }
    if (set(O::HeartbeatInterval) || set(O::HeartbeatEnabled)) {
        sctp_paddrparams params{};
        sockaddr_storage storage;
        if (!toStorage(peer, peerPort, &storage))
            return a.fail(O::HeartbeatInterval, EINVAL);
        std::memcpy(&params.spp_address, &storage, sizeof storage);
        quint32 flags = 0;
        if (set(O::HeartbeatInterval)) {
            params.spp_hbinterval = options.heartbeatInterval();
            // 0 is "unchanged" to the kernel unless this flag says it is meant.
            if (options.heartbeatInterval() == 0)
                flags |= SPP_HB_TIME_IS_ZERO;
        }
        if (set(O::HeartbeatEnabled))
            flags |= options.isHeartbeatEnabled() ? SPP_HB_ENABLE : SPP_HB_DISABLE;
        else if (set(O::HeartbeatInterval))
            flags |= SPP_HB_ENABLE;
        params.spp_flags = flags;
        const O::Option which
                = set(O::HeartbeatInterval) ? O::HeartbeatInterval : O::HeartbeatEnabled;
        if ((err = a.set(which, SCTP_PEER_ADDR_PARAMS, params)))
            return err;
    }
    if (set(O::CookieLife) || set(O::AssociationMaxRetransmissions)) {
        sctp_assocparams params{}; // zero fields stay as they are
        params.sasoc_cookie_life = set(O::CookieLife) ? options.cookieLife() : 0;
        params.sasoc_asocmaxrxt = set(O::AssociationMaxRetransmissions)
                ? options.associationMaxRetransmissions()
                : 0;
        const O::Option which
                = set(O::CookieLife) ? O::CookieLife : O::AssociationMaxRetransmissions;
        if ((err = a.set(which, SCTP_ASSOCINFO, params)))
            return err;
    }
    if (set(O::RtoInitial) || set(O::RtoMin) || set(O::RtoMax)) {
        sctp_rtoinfo info{}; // zero fields stay as they are
        info.srto_initial = set(O::RtoInitial) ? options.rtoInitial() : 0;
        info.srto_min = set(O::RtoMin) ? options.rtoMin() : 0;
        info.srto_max = set(O::RtoMax) ? options.rtoMax() : 0;
        const O::Option which = set(O::RtoMin) ? O::RtoMin
                : set(O::RtoMax)               ? O::RtoMax
                                               : O::RtoInitial;
        if ((err = a.set(which, SCTP_RTOINFO, info)))
            return err;
    }
    if (set(O::PathMaxRetransmissions) || set(O::PotentiallyFailedThreshold)) {
        // The kernel always takes the PF threshold: read what is there first.
        sctp_paddrthlds thresholds{};
        sockaddr_storage storage;
        if (!toStorage(peer, peerPort, &storage))
            return a.fail(O::PathMaxRetransmissions, EINVAL);
        std::memcpy(&thresholds.spt_address, &storage, sizeof storage);
        const O::Option which = set(O::PotentiallyFailedThreshold) ? O::PotentiallyFailedThreshold
                                                                   : O::PathMaxRetransmissions;
        if ((err = a.get(which, SCTP_PEER_ADDR_THLDS, &thresholds)))
            return err;
        std::memcpy(&thresholds.spt_address, &storage, sizeof storage);
        if (set(O::PathMaxRetransmissions))
            thresholds.spt_pathmaxrxt = options.pathMaxRetransmissions();
        if (set(O::PotentiallyFailedThreshold))
            thresholds.spt_pathpfthld = options.potentiallyFailedThreshold();
        if ((err = a.set(which, SCTP_PEER_ADDR_THLDS, thresholds)))
            return err;
    }
    if (set(O::MaxSegment)) {
        sctp_assoc_value value{};
        value.assoc_value = options.maxSegment();
        if ((err = a.set(O::MaxSegment, SCTP_MAXSEG, value)))
            return err;
    }
    if (set(O::PartialDeliveryPoint)
        && (err = a.set(O::PartialDeliveryPoint, SCTP_PARTIAL_DELIVERY_POINT,
                        quint32(options.partialDeliveryPoint()))))
        return err;
    if (set(O::DelayedAckTime) || set(O::DelayedAckFrequency)) {
        sctp_sack_info info{};
        const O::Option which = set(O::DelayedAckTime) ? O::DelayedAckTime : O::DelayedAckFrequency;
        if ((err = a.get(which, SCTP_DELAYED_SACK, &info)))
            return err;
        info.sack_assoc_id = 0;
        if (set(O::DelayedAckTime))
            info.sack_delay = options.delayedAckTime();
        if (set(O::DelayedAckFrequency))
            info.sack_freq = options.delayedAckFrequency();
        if ((err = a.set(which, SCTP_DELAYED_SACK, info)))
            return err;
    }
    return 0;
}

QSctpAssociationOptions qsctpReadAssociationOptions(QSctpEngine *engine, const QHostAddress &peer,
                                                    quint16 peerPort, int *err, QString *failure)
{
    using O = QSctpAssociationOptions;
    Applier a{engine, failure};
    QSctpAssociationOptions result;
    *err = 0;
    int value = 0;
    if ((*err = a.get(O::NoDelay, SCTP_NODELAY, &value)))
        return {};
    result.setNoDelay(value);
    if ((*err = a.get(O::FragmentationDisabled, SCTP_DISABLE_FRAGMENTS, &value)))
        return {};
    result.setFragmentationDisabled(value);
    sctp_setadaptation adaptation{};
    if ((*err = a.get(O::AdaptationIndication, SCTP_ADAPTATION_LAYER, &adaptation)))
        return {};
    result.setAdaptationIndication(adaptation.ssb_adaptation_ind);

    sockaddr_storage storage;
    if (!toStorage(peer, peerPort, &storage)) {
        *err = a.fail(O::HeartbeatInterval, EINVAL);
        return {};
    }
    sctp_paddrparams params{};
    std::memcpy(&params.spp_address, &storage, sizeof storage);
    if ((*err = a.get(O::HeartbeatInterval, SCTP_PEER_ADDR_PARAMS, &params)))
        return {};
    result.setHeartbeatInterval(params.spp_hbinterval);
    result.setHeartbeatEnabled(params.spp_flags & SPP_HB_ENABLE);

    sctp_assocparams assoc{};
    if ((*err = a.get(O::CookieLife, SCTP_ASSOCINFO, &assoc)))
        return {};
    result.setCookieLife(assoc.sasoc_cookie_life);
    result.setAssociationMaxRetransmissions(assoc.sasoc_asocmaxrxt);

    sctp_rtoinfo rto{};
    if ((*err = a.get(O::RtoInitial, SCTP_RTOINFO, &rto)))
        return {};
    result.setRtoInitial(rto.srto_initial);
    result.setRtoMin(rto.srto_min);
    result.setRtoMax(rto.srto_max);

    sctp_paddrthlds thresholds{};
    std::memcpy(&thresholds.spt_address, &storage, sizeof storage);
    if ((*err = a.get(O::PathMaxRetransmissions, SCTP_PEER_ADDR_THLDS, &thresholds)))
        return {};
    result.setPathMaxRetransmissions(thresholds.spt_pathmaxrxt);
    result.setPotentiallyFailedThreshold(thresholds.spt_pathpfthld);

    sctp_assoc_value segment{};
    if ((*err = a.get(O::MaxSegment, SCTP_MAXSEG, &segment)))
        return {};
    result.setMaxSegment(segment.assoc_value);
    quint32 point = 0;
    if ((*err = a.get(O::PartialDeliveryPoint, SCTP_PARTIAL_DELIVERY_POINT, &point)))
        return {};
    result.setPartialDeliveryPoint(point);
    sctp_sack_info sack{};
    if ((*err = a.get(O::DelayedAckTime, SCTP_DELAYED_SACK, &sack)))
        return {};
    result.setDelayedAckTime(sack.sack_delay);
    result.setDelayedAckFrequency(sack.sack_freq);
    return result;
}

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpAssociationOptions &options)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "QSctpAssociationOptions(";
    bool first = true;
    const auto field = [&](QSctpAssociationOptions::Option option, const char *name, auto value) {
        if (!options.isSet(option))
            return;
        debug << (first ? "" : ", ") << name << '=' << value;
        first = false;
    };
    using O = QSctpAssociationOptions;
    field(O::NoDelay, "noDelay", options.noDelay());
    field(O::FragmentationDisabled, "fragmentationDisabled", options.isFragmentationDisabled());
    field(O::AdaptationIndication, "adaptation", options.adaptationIndication());
    field(O::HeartbeatInterval, "heartbeatInterval", options.heartbeatInterval());
    field(O::HeartbeatEnabled, "heartbeat", options.isHeartbeatEnabled());
    field(O::CookieLife, "cookieLife", options.cookieLife());
    field(O::AssociationMaxRetransmissions, "assocMaxRxt", options.associationMaxRetransmissions());
    field(O::RtoInitial, "rtoInitial", options.rtoInitial());
    field(O::RtoMin, "rtoMin", options.rtoMin());
    field(O::RtoMax, "rtoMax", options.rtoMax());
    field(O::PathMaxRetransmissions, "pathMaxRxt", options.pathMaxRetransmissions());
    field(O::PotentiallyFailedThreshold, "pfThreshold", options.potentiallyFailedThreshold());
    field(O::MaxSegment, "maxSegment", options.maxSegment());
    field(O::PartialDeliveryPoint, "partialDeliveryPoint", options.partialDeliveryPoint());
    field(O::DelayedAckTime, "delayedAckTime", options.delayedAckTime());
    field(O::DelayedAckFrequency, "delayedAckFrequency", options.delayedAckFrequency());
    debug << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
