// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// QSctpSocket's view of the association: notifications and their signals, status, paths,
// statistics and dynamic addresses. The message path is in qsctpsocket.cpp.

#include "qsctpsocket_p.h"

#include "options/qsctpassociationoptions_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmetaobject.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/sctp.h>
#include <sys/socket.h>

QTSCTP_BEGIN_NAMESPACE

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QtSctp::QSctpSocket", text);
}

constexpr quint16 FirstNotificationType = QSctpNotification::AssociationChange;
constexpr quint16 LastNotificationType = QSctpNotification::SendFailedEvent;

// One address into the sockaddr_storage that the path options take.
bool toStorage(const QHostAddress &address, quint16 port, sockaddr_storage *storage)
{
    int count = 0;
    QString error;
    const QByteArray bytes
            = QSctpAddress(address, port).toSockaddrs(QSctpAddress::Sctp, &count, &error);
    if (!error.isEmpty() || count != 1 || bytes.size() > qsizetype(sizeof *storage))
        return false;
    std::memset(storage, 0, sizeof *storage);
    std::memcpy(storage, bytes.constData(), size_t(bytes.size()));
    return true;
}

QSctpPeerAddressInfo fromKernel(const sctp_paddrinfo &info)
{
    QSctpPeerAddressInfo result;
    sockaddr_storage storage;
    std::memcpy(&storage, &info.spinfo_address, sizeof storage);
    const QSctpAddress address = QSctpAddress::fromSockaddr(
            reinterpret_cast<const sockaddr *>(&storage), sizeof storage);
    result.setAddress(address.addresses().value(0));
    result.setPort(address.port());
    result.setState(QSctpPeerAddressInfo::State(quint16(info.spinfo_state)));
    result.setCongestionWindow(info.spinfo_cwnd);
    result.setSmoothedRtt(info.spinfo_srtt);
    result.setRetransmissionTimeout(info.spinfo_rto);
    result.setMtu(info.spinfo_mtu);
    return result;
}

} // namespace

quint32 qsctpNotificationBit(QSctpNotification::Type type)
{
    const quint16 code = type;
    if (code < FirstNotificationType || code > LastNotificationType)
        return 0;
    return 1u << (code - FirstNotificationType);
}

QList<QSctpNotification::Type> qsctpNotificationTypes(quint32 mask)
{
    QList<QSctpNotification::Type> result;
    for (quint16 code = FirstNotificationType; code <= LastNotificationType; ++code) {
        if (mask & (1u << (code - FirstNotificationType)))
            result.append(QSctpNotification::Type(code));
    }
    return result;
}

quint32 qsctpDefaultSubscriptionMask()
{
    quint32 mask = 0;
    for (QSctpNotification::Type type : QSctpSocket::defaultSubscriptions())
        mask |= qsctpNotificationBit(type);
    return mask;
}

int qsctpApplySubscriptions(QSctpEngine *engine, quint32 mask, QString *failedOption)
{
    // The socket's state follows association changes whatever the application subscribed to.
    mask |= qsctpNotificationBit(QSctpNotification::AssociationChange);
    for (quint16 code = FirstNotificationType; code <= LastNotificationType; ++code) {
        const bool on = mask & (1u << (code - FirstNotificationType));
        // Off is the kernel's default: only switch on what is wanted.
        if (!on)
            continue;
        if (const int err = engine->setEventEnabled(code, true)) {
            *failedOption
                    = QStringLiteral("SCTP_EVENT(%1)")
                              .arg(QLatin1String(
                                      QMetaEnum::fromType<QSctpNotification::Type>().valueToKey(
                                              code)));
            return err;
        }
    }
    return 0;
}

bool QSctpSocketPrivate::isSubscribedByUser(quint16 typeCode) const
{
    const quint32 bit = qsctpNotificationBit(QSctpNotification::Type(typeCode));
    return !bit || (settings.subscriptions & bit); // unknown types always come through
}

void QSctpSocketPrivate::emitTypedNotification(const QSctpNotification &notification)
{
    if (!notification.isValid())
        return;
    switch (notification.type()) {
    case QSctpNotification::AssociationChange:
        emit q->associationChanged(notification.associationChange());
        break;
    case QSctpNotification::PeerAddressChange:
        emit q->peerAddressChanged(notification.peerAddressChange());
        break;
    case QSctpNotification::RemoteError:
        emit q->remoteErrorReceived(notification.remoteError());
        break;
    case QSctpNotification::SendFailed:
    case QSctpNotification::SendFailedEvent:
        emit q->sendFailed(notification.sendFailed());
        break;
    case QSctpNotification::ShutdownEvent:
        emit q->shutdownReceived(notification.shutdownEvent());
        break;
    case QSctpNotification::AdaptationIndication:
        emit q->adaptationIndicationReceived(notification.adaptationIndication());
        break;
    case QSctpNotification::PartialDeliveryEvent:
        emit q->partialDeliveryEvent(notification.partialDeliveryEvent());
        break;
    case QSctpNotification::AuthenticationEvent:
        emit q->authenticationEvent(notification.authenticationEvent());
        break;
    case QSctpNotification::SenderDryEvent:
        emit q->senderDry(notification.senderDryEvent());
        break;
    case QSctpNotification::StreamResetEvent:
        emit q->streamReset(notification.streamResetEvent());
        break;
    case QSctpNotification::AssociationResetEvent:
        emit q->associationReset(notification.associationResetEvent());
        break;
    case QSctpNotification::StreamChangeEvent:
        emit q->streamChanged(notification.streamChangeEvent());
        break;
    case QSctpNotification::UnknownType:
        break;
    }
}

bool QSctpSocketPrivate::requireAssociation(const char *operation)
{
    if (engine && engine->isOpen()
        && (state == QSctpSocket::ConnectedState || state == QSctpSocket::ClosingState))
        return true;
    setError(QSctpSocket::OperationError,
             tr("%1: the socket has no association").arg(QLatin1String(operation)));
    return false;
}

bool QSctpSocketPrivate::optionFailed(const char *option, int err)
{
    if (err == ENOPROTOOPT) {
        setError(QSctpSocket::UnsupportedError,
                 tr("%1 is not supported by the %2 engine")
                         .arg(QLatin1String(option),
                              engine ? engine->name() : qsctpEngineName(settings.engine)));
        return false;
    }
    setError(qsctpOptionError(err),
             tr("%1 failed: %2").arg(QLatin1String(option), qsctpErrnoString(err)));
    return false;
}

QList<QSctpNotification::Type> QSctpSocket::defaultSubscriptions()
{
    return {QSctpNotification::AssociationChange, QSctpNotification::PeerAddressChange,
            QSctpNotification::RemoteError, QSctpNotification::SendFailedEvent,
            QSctpNotification::ShutdownEvent};
}

bool QSctpSocket::subscribe(QSctpNotification::Type type)
{
    const quint32 bit = qsctpNotificationBit(type);
    if (!bit) {
        d->setError(OperationError,
                    tr("Cannot subscribe to notification type %1").arg(quint16(type)));
        return false;
    }
    if (d->engine && d->engine->isOpen()) {
        if (const int err = d->engine->setEventEnabled(type, true))
            return d->optionFailed("SCTP_EVENT", err);
    }
    d->settings.subscriptions |= bit;
    return true;
}

bool QSctpSocket::unsubscribe(QSctpNotification::Type type)
{
    const quint32 bit = qsctpNotificationBit(type);
    if (!bit) {
        d->setError(OperationError,
                    tr("Cannot unsubscribe from notification type %1").arg(quint16(type)));
        return false;
    }
    // Association changes stay on in the kernel: the socket's state needs them.
    if (d->engine && d->engine->isOpen() && type != QSctpNotification::AssociationChange) {
        if (const int err = d->engine->setEventEnabled(type, false))
            return d->optionFailed("SCTP_EVENT", err);
    }
    d->settings.subscriptions &= ~bit;
    return true;
}

bool QSctpSocket::isSubscribed(QSctpNotification::Type type) const
{
    return d->settings.subscriptions & qsctpNotificationBit(type);
}

QList<QSctpNotification::Type> QSctpSocket::subscriptions() const
{
    return qsctpNotificationTypes(d->settings.subscriptions);
}

int QSctpSocket::grantedSendBufferSize() const
{
    return d->engine && d->engine->isOpen() ? d->engine->grantedSendBufferSize() : -1;
}

int QSctpSocket::grantedReceiveBufferSize() const
{
    return d->engine && d->engine->isOpen() ? d->engine->grantedReceiveBufferSize() : -1;
}

bool QSctpSocket::setAssociationOptions(const QSctpAssociationOptions &options)
{
    if (d->engine && d->engine->isOpen()) {
        QString failure;
        if (const int err
            = qsctpApplyAssociationOptions(d->engine.get(), options, QHostAddress(), 0, &failure)) {
            d->setError(qsctpOptionError(err), failure);
            return false;
        }
    }
    d->settings.associationOptions.merge(options);
    return true;
}

QSctpAssociationOptions QSctpSocket::associationOptions()
{
    if (!d->engine || !d->engine->isOpen())
        return d->settings.associationOptions;
    int err = 0;
    QString failure;
    const QSctpAssociationOptions current
            = qsctpReadAssociationOptions(d->engine.get(), QHostAddress(), 0, &err, &failure);
    if (err) {
        d->setError(qsctpOptionError(err), failure);
        return d->settings.associationOptions;
    }
    return current;
}

bool QSctpSocket::setPathOptions(const QHostAddress &peerAddress,
                                 const QSctpAssociationOptions &options)
{
    if (!d->requireAssociation("SCTP_PEER_ADDR_PARAMS"))
        return false;
    const auto notPerPath = options.options()
            & ~QSctpAssociationOptions::Options::fromInt(QSctpAssociationOptions::PathOptions);
    if (notPerPath) {
        d->setError(OperationError,
                    tr("setPathOptions(): only heartbeat and retransmission thresholds apply to "
                       "one path"));
        return false;
    }
    QString failure;
    if (const int err = qsctpApplyAssociationOptions(d->engine.get(), options, peerAddress,
                                                     d->peerAddress.port(), &failure)) {
        d->setError(err == EINVAL || err == ENOENT ? InvalidAddressError : qsctpErrorFromErrno(err),
                    err == EINVAL || err == ENOENT ? tr("%1 (is %2 an address of the peer?)")
                                                             .arg(failure, peerAddress.toString())
                                                   : failure);
        return false;
    }
    return true;
}

QSctpAssociationOptions QSctpSocket::pathOptions(const QHostAddress &peerAddress)
{
    if (!d->requireAssociation("SCTP_PEER_ADDR_PARAMS"))
        return {};
    int err = 0;
    QString failure;
    QSctpAssociationOptions all = qsctpReadAssociationOptions(
            d->engine.get(), peerAddress, d->peerAddress.port(), &err, &failure);
    if (err) {
        d->setError(err == EINVAL || err == ENOENT ? InvalidAddressError : qsctpErrorFromErrno(err),
                    failure);
        return {};
    }
    QSctpAssociationOptions result;
    result.setHeartbeatInterval(all.heartbeatInterval());
    result.setHeartbeatEnabled(all.isHeartbeatEnabled());
    result.setPathMaxRetransmissions(all.pathMaxRetransmissions());
    result.setPotentiallyFailedThreshold(all.potentiallyFailedThreshold());
    return result;
}

int QSctpSocketPrivate::applyDefaultSend(const QSctpMessage &m)
{
    sctp_sndinfo info{};
    info.snd_sid = m.stream();
    info.snd_ppid = htonl(m.payloadProtocolId());
    info.snd_context = m.context();
    info.snd_flags = m.isUnordered() ? SCTP_UNORDERED : 0;
    return engine->setOption(IPPROTO_SCTP, SCTP_DEFAULT_SNDINFO, &info, sizeof info);
}

bool QSctpSocket::setDefaultSendParameters(const QSctpMessage &parameters)
{
    if (d->state == ConnectedState && parameters.stream() >= d->outboundStreams) {
        d->setError(InvalidStreamError,
                    tr("Cannot make stream %1 the default: the association has %2 outbound "
                       "streams")
                            .arg(parameters.stream())
                            .arg(d->outboundStreams));
        return false;
    }
    // Only what travels with a message; the payload is not kept.
    QSctpMessage defaults(QByteArray(), parameters.stream(), parameters.payloadProtocolId());
    defaults.setContext(parameters.context());
    defaults.setUnordered(parameters.isUnordered());
    if (d->engine && d->engine->isOpen()) {
        if (const int err = d->applyDefaultSend(defaults))
            return d->optionFailed("SCTP_DEFAULT_SNDINFO", err);
    }
    d->settings.defaultSend = defaults;
    d->settings.defaultSendSet = true;
    return true;
}

QSctpMessage QSctpSocket::defaultSendParameters() const
{
    return d->settings.defaultSend;
}

QSctpAssociationChange QSctpSocket::lastAssociationChange() const
{
    return d->lastAssociationChange;
}

QSctpAssociationStatus QSctpSocket::associationStatus()
{
    if (!d->requireAssociation("SCTP_STATUS"))
        return {};
    sctp_status status{};
    unsigned length = sizeof status;
    if (const int err = d->engine->getOption(IPPROTO_SCTP, SCTP_STATUS, &status, &length)) {
        d->optionFailed("SCTP_STATUS", err);
        return {};
    }
    QSctpAssociationStatus result;
    result.setState(QSctpAssociationStatus::State(status.sstat_state));
    result.setReceiveWindow(status.sstat_rwnd);
    result.setUnacknowledgedChunks(status.sstat_unackdata);
    result.setPendingChunks(status.sstat_penddata);
    result.setInboundStreams(status.sstat_instrms);
    result.setOutboundStreams(status.sstat_outstrms);
    result.setFragmentationPoint(status.sstat_fragmentation_point);
    QSctpPeerAddressInfo primary = fromKernel(status.sstat_primary);
    primary.setPrimary(true);
    result.setPrimaryPath(primary);
    return result;
}

QSctpPeerAddressInfo QSctpSocket::pathInfo(const QHostAddress &peerAddress)
{
    if (!d->requireAssociation("SCTP_GET_PEER_ADDR_INFO"))
        return {};
    sctp_paddrinfo info{};
    sockaddr_storage storage;
    if (!toStorage(peerAddress, d->peerAddress.port(), &storage)) {
        d->setError(InvalidAddressError,
                    tr("SCTP_GET_PEER_ADDR_INFO: %1 is not a usable address")
                            .arg(peerAddress.toString()));
        return {};
    }
    std::memcpy(&info.spinfo_address, &storage, sizeof storage);
    unsigned length = sizeof info;
    if (const int err
        = d->engine->getOption(IPPROTO_SCTP, SCTP_GET_PEER_ADDR_INFO, &info, &length)) {
        if (err == EINVAL) {
            d->setError(InvalidAddressError,
                        tr("SCTP_GET_PEER_ADDR_INFO: %1 is not an address of the peer")
                                .arg(peerAddress.toString()));
        } else {
            d->optionFailed("SCTP_GET_PEER_ADDR_INFO", err);
        }
        return {};
    }
    QSctpPeerAddressInfo result = fromKernel(info);
    // The kernel answers with the address as it knows it; keep the caller's spelling.
    result.setAddress(peerAddress);
    return result;
}

QList<QSctpPeerAddressInfo> QSctpSocket::paths()
{
    if (!d->requireAssociation("SCTP_GET_PEER_ADDR_INFO"))
        return {};
    int err = 0;
    const QSctpAddress peers = d->engine->peerAddresses(&err);
    if (err) {
        d->optionFailed("SCTP_GET_PEER_ADDRS", err);
        return {};
    }
    d->peerAddress = peers;
    const QHostAddress primary = associationStatus().primaryPath().address();
    QList<QSctpPeerAddressInfo> result;
    result.reserve(peers.addresses().size());
    for (const QHostAddress &address : peers.addresses()) {
        QSctpPeerAddressInfo info = pathInfo(address);
        if (info.state() == QSctpPeerAddressInfo::Unknown && info.address().isNull())
            continue; // the peer dropped it between the two calls
        info.setPrimary(address.isEqual(primary, QHostAddress::TolerantConversion));
        result.append(info);
    }
    return result;
}

bool QSctpSocket::setPrimaryPath(const QHostAddress &peerAddress)
{
    if (!d->requireAssociation("SCTP_PRIMARY_ADDR"))
        return false;
    sctp_prim prim{};
    sockaddr_storage storage;
    if (!toStorage(peerAddress, d->peerAddress.port(), &storage)) {
        d->setError(
                InvalidAddressError,
                tr("SCTP_PRIMARY_ADDR: %1 is not a usable address").arg(peerAddress.toString()));
        return false;
    }
    std::memcpy(&prim.ssp_addr, &storage, sizeof storage);
    if (const int err = d->engine->setOption(IPPROTO_SCTP, SCTP_PRIMARY_ADDR, &prim, sizeof prim)) {
        if (err == EINVAL) {
            d->setError(InvalidAddressError,
                        tr("SCTP_PRIMARY_ADDR: %1 is not an address of the peer")
                                .arg(peerAddress.toString()));
            return false;
        }
        return d->optionFailed("SCTP_PRIMARY_ADDR", err);
    }
    return true;
}

bool QSctpSocket::requestPeerPrimary(const QHostAddress &localAddress)
{
    if (!d->requireAssociation("SCTP_SET_PEER_PRIMARY_ADDR"))
        return false;
    sctp_setpeerprim prim{};
    sockaddr_storage storage;
    if (!toStorage(localAddress, this->localAddress().port(), &storage)) {
        d->setError(InvalidAddressError,
                    tr("SCTP_SET_PEER_PRIMARY_ADDR: %1 is not a usable address")
                            .arg(localAddress.toString()));
        return false;
    }
    std::memcpy(&prim.sspp_addr, &storage, sizeof storage);
    if (const int err
        = d->engine->setOption(IPPROTO_SCTP, SCTP_SET_PEER_PRIMARY_ADDR, &prim, sizeof prim)) {
        if (err == EPERM) {
            d->setError(UnsupportedError,
                        tr("SCTP_SET_PEER_PRIMARY_ADDR failed: the association does not support "
                           "ASCONF (net.sctp.addip_enable is 0 here or at the peer)"));
            return false;
        }
        return d->optionFailed("SCTP_SET_PEER_PRIMARY_ADDR", err);
    }
    return true;
}

QSctpAssociationStatistics QSctpSocket::statistics()
{
    if (!d->requireAssociation("SCTP_GET_ASSOC_STATS"))
        return {};
    sctp_assoc_stats stats{};
    unsigned length = sizeof stats;
    if (const int err = d->engine->getOption(IPPROTO_SCTP, SCTP_GET_ASSOC_STATS, &stats, &length)) {
        d->optionFailed("SCTP_GET_ASSOC_STATS", err);
        return {};
    }
    QSctpAssociationStatistics result;
    sockaddr_storage storage;
    std::memcpy(&storage, &stats.sas_obs_rto_ipaddr, sizeof storage);
    if (storage.ss_family == AF_INET || storage.ss_family == AF_INET6) {
        result.maxObservedRtoAddress
                = QSctpAddress::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage),
                                             sizeof storage)
                          .addresses()
                          .value(0);
    }
    result.maxObservedRto = stats.sas_maxrto;
    result.sacksReceived = stats.sas_isacks;
    result.sacksSent = stats.sas_osacks;
    result.packetsSent = stats.sas_opackets;
    result.packetsReceived = stats.sas_ipackets;
    result.retransmittedChunks = stats.sas_rtxchunks;
    result.outOfSequenceTsns = stats.sas_outofseqtsns;
    result.duplicateChunksReceived = stats.sas_idupchunks;
    result.gapAcksReceived = stats.sas_gapcnt;
    result.unorderedChunksSent = stats.sas_ouodchunks;
    result.unorderedChunksReceived = stats.sas_iuodchunks;
    result.orderedChunksSent = stats.sas_oodchunks;
    result.orderedChunksReceived = stats.sas_iodchunks;
    result.controlChunksSent = stats.sas_octrlchunks;
    result.controlChunksReceived = stats.sas_ictrlchunks;
    return result;
}

bool QSctpSocket::bindAdd(const QSctpAddress &addresses)
{
    if (!d->requireAssociation("sctp_bindx(SCTP_BINDX_ADD_ADDR)"))
        return false;
    if (const int err = d->engine->bindAdd(addresses)) {
        d->setError(qsctpErrorFromErrno(err) == UnknownError ? InvalidAddressError
                                                             : qsctpErrorFromErrno(err),
                    tr("Cannot add %1 to the association: %2")
                            .arg(addresses.toString(), qsctpBindErrorText(err, d->engine.get())));
        return false;
    }
    return true;
}

bool QSctpSocket::bindRemove(const QSctpAddress &addresses)
{
    if (!d->requireAssociation("sctp_bindx(SCTP_BINDX_REM_ADDR)"))
        return false;
    if (const int err = d->engine->bindRemove(addresses)) {
        d->setError(qsctpErrorFromErrno(err) == UnknownError ? InvalidAddressError
                                                             : qsctpErrorFromErrno(err),
                    tr("Cannot remove %1 from the association: %2")
                            .arg(addresses.toString(), qsctpErrnoString(err)));
        return false;
    }
    return true;
}

QTSCTP_END_NAMESPACE
