// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "eventdescriber.h"
#include "sctpnames.h"

#include <QtCore/QMetaEnum>
#include <QtCore/QMetaProperty>
#include <QtNetwork/QHostAddress>

using namespace QtSctp;

namespace {

QVariant jsonFriendly(const QMetaProperty &property, const QVariant &value)
{
    if (property.isEnumType()) {
        const QMetaEnum metaEnum = property.enumerator();
        const int raw = value.toInt();
        if (metaEnum.isFlag()) {
            const QByteArray keys = metaEnum.valueToKeys(raw);
            return keys.isEmpty() ? QVariant(raw) : QVariant(QString::fromLatin1(keys));
        }
        const char *key = metaEnum.valueToKey(raw);
        return key ? QVariant(QString::fromLatin1(key)) : QVariant(raw);
    }
    const QMetaType type = value.metaType();
    if (type == QMetaType::fromType<QByteArray>())
        return QString::fromLatin1(value.toByteArray().toHex());
    if (type == QMetaType::fromType<QHostAddress>())
        return value.value<QHostAddress>().toString();
    if (type == QMetaType::fromType<QList<quint16>>()) {
        QVariantList list;
        for (quint16 stream : value.value<QList<quint16>>())
            list.append(int(stream));
        return list;
    }
    return value;
}

TimelineEvent associationChange(const QSctpAssociationChange &change)
{
    TimelineEvent event;
    switch (change.state()) {
    case QSctpAssociationChange::CommunicationUp:
        event.code = QStringLiteral("COMM_UP");
        event.summary = EventDescriber::tr("Association up: %1 outbound and %2 inbound streams")
                                .arg(change.outboundStreams())
                                .arg(change.inboundStreams());
        break;
    case QSctpAssociationChange::CommunicationLost: {
        event.code = QStringLiteral("COMM_LOST");
        event.severity = TimelineEvent::Critical;
        const quint16 cause = change.abortCauseCode();
        if (cause != 0) {
            event.code = QStringLiteral("COMM_LOST (ABORT)");
            event.summary = EventDescriber::tr("Association lost: ABORT with cause %1")
                                    .arg(SctpNames::errorCauseLabel(cause));
        } else {
            event.summary = EventDescriber::tr("Association lost");
        }
        break;
    }
    case QSctpAssociationChange::Restart:
        event.code = QStringLiteral("RESTART");
        event.severity = TimelineEvent::Warning;
        event.highlight = true;
        event.summary = EventDescriber::tr("The peer restarted the association: %1 outbound and "
                                           "%2 inbound streams")
                                .arg(change.outboundStreams())
                                .arg(change.inboundStreams());
        break;
    case QSctpAssociationChange::ShutdownComplete:
        event.code = QStringLiteral("SHUTDOWN_COMP");
        event.summary = EventDescriber::tr("Shutdown complete");
        break;
    case QSctpAssociationChange::CannotStartAssociation: {
        event.code = QStringLiteral("CANT_STR_ASSOC");
        event.severity = TimelineEvent::Critical;
        const quint16 cause = change.abortCauseCode();
        event.summary = cause != 0
                ? EventDescriber::tr("Cannot start the association: ABORT with cause %1")
                          .arg(SctpNames::errorCauseLabel(cause))
                : EventDescriber::tr("Cannot start the association (error %1)").arg(change.error());
        break;
    }
    }
    const quint16 cause = change.abortCauseCode();
    if (cause != 0) {
        event.details.insert(QStringLiteral("abortCauseName"), SctpNames::errorCauseName(cause));
    }
    return event;
}

TimelineEvent peerAddressChange(const QSctpPeerAddressChange &change)
{
    TimelineEvent event;
    const QString address = change.address().toString();
    switch (change.state()) {
    case QSctpPeerAddressChange::AddressAvailable:
        event.code = QStringLiteral("ADDR_AVAILABLE");
        event.summary = EventDescriber::tr("Peer address %1 is reachable").arg(address);
        break;
    case QSctpPeerAddressChange::AddressUnreachable:
        event.code = QStringLiteral("ADDR_UNREACHABLE");
        event.severity = TimelineEvent::Critical;
        event.summary = EventDescriber::tr("Peer address %1 is unreachable").arg(address);
        break;
    case QSctpPeerAddressChange::AddressRemoved:
        event.code = QStringLiteral("ADDR_REMOVED");
        event.severity = TimelineEvent::Warning;
        event.summary = EventDescriber::tr("Peer address %1 was removed").arg(address);
        break;
    case QSctpPeerAddressChange::AddressAdded:
        event.code = QStringLiteral("ADDR_ADDED");
        event.summary = EventDescriber::tr("Peer address %1 was added").arg(address);
        break;
    case QSctpPeerAddressChange::AddressMadePrimary:
        event.code = QStringLiteral("ADDR_MADE_PRIM");
        event.summary = EventDescriber::tr("Peer address %1 is now the primary path").arg(address);
        break;
    case QSctpPeerAddressChange::AddressConfirmed:
        event.code = QStringLiteral("ADDR_CONFIRMED");
        event.summary = EventDescriber::tr("Peer address %1 is confirmed").arg(address);
        break;
    case QSctpPeerAddressChange::AddressPotentiallyFailed:
        event.code = QStringLiteral("ADDR_POTENTIALLY_FAILED");
        event.severity = TimelineEvent::Warning;
        event.summary = EventDescriber::tr("Peer address %1 is potentially failed").arg(address);
        break;
    }
    if (event.code.isEmpty()) {
        event.code = QStringLiteral("PEER_ADDR_CHANGE");
        event.summary = EventDescriber::tr("Peer address %1 changed to state %2")
                                .arg(address)
                                .arg(int(change.state()));
    }
    return event;
}

} // namespace

QVariantMap EventDescriber::gadgetProperties(const QVariant &value)
{
    QVariantMap map;
    const QMetaObject *meta = value.metaType().metaObject();
    if (!meta)
        return map;
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        map.insert(QString::fromLatin1(property.name()),
                   jsonFriendly(property, property.readOnGadget(value.constData())));
    }
    return map;
}

QString EventDescriber::socketStateKey(QSctpSocket::SocketState state)
{
    const QMetaEnum metaEnum = QMetaEnum::fromType<QSctpSocket::SocketState>();
    const char *key = metaEnum.valueToKey(state);
    return key ? QString::fromLatin1(key) : QString::number(int(state));
}

TimelineEvent EventDescriber::describe(const QSctpNotification &notification)
{
    TimelineEvent event;
    if (!notification.isValid()) {
        event.kind = QStringLiteral("Malformed");
        event.code = QStringLiteral("MALFORMED");
        event.severity = TimelineEvent::Warning;
        event.summary = tr("Malformed notification: %1").arg(notification.errorString());
        event.details.insert(QStringLiteral("rawData"),
                             QString::fromLatin1(notification.rawData().toHex()));
        return event;
    }
    const QMetaEnum types = QMetaEnum::fromType<QSctpNotification::Type>();
    const char *typeKey = types.valueToKey(notification.type());
    event.kind = typeKey ? QString::fromLatin1(typeKey) : QStringLiteral("UnknownType");
    event.details = gadgetProperties(notification.value());

    switch (notification.type()) {
    case QSctpNotification::AssociationChange: {
        const TimelineEvent described = associationChange(notification.associationChange());
        event.code = described.code;
        event.summary = described.summary;
        event.severity = described.severity;
        event.highlight = described.highlight;
        for (auto it = described.details.cbegin(); it != described.details.cend(); ++it)
            event.details.insert(it.key(), it.value());
        break;
    }
    case QSctpNotification::PeerAddressChange: {
        const TimelineEvent described = peerAddressChange(notification.peerAddressChange());
        event.code = described.code;
        event.summary = described.summary;
        event.severity = described.severity;
        break;
    }
    case QSctpNotification::RemoteError: {
        const quint16 cause = notification.remoteError().causeCode();
        event.code = QStringLiteral("REMOTE_ERROR");
        event.severity = TimelineEvent::Warning;
        event.summary = tr("The peer reported an error: %1").arg(SctpNames::errorCauseLabel(cause));
        event.details.insert(QStringLiteral("causeName"), SctpNames::errorCauseName(cause));
        break;
    }
    case QSctpNotification::SendFailed:
    case QSctpNotification::SendFailedEvent: {
        const QSctpSendFailed failed = notification.sendFailed();
        event.code = QStringLiteral("SEND_FAILED");
        event.severity = TimelineEvent::Critical;
        event.summary = tr("%n byte(s) on stream %1 (%2) not delivered", nullptr,
                           int(failed.data().size()))
                                .arg(failed.stream())
                                .arg(SctpNames::ppidLabel(failed.ppid()));
        // The undelivered payload can be large: its size is enough here.
        event.details.remove(QStringLiteral("data"));
        event.details.insert(QStringLiteral("dataSize"), int(failed.data().size()));
        break;
    }
    case QSctpNotification::ShutdownEvent:
        event.code = QStringLiteral("SHUTDOWN_EVENT");
        event.summary = tr("The peer started a graceful shutdown");
        break;
    case QSctpNotification::PartialDeliveryEvent:
        event.code = QStringLiteral("PARTIAL_DELIVERY");
        event.severity = TimelineEvent::Warning;
        event.summary = tr("Partial delivery aborted on stream %1")
                                .arg(notification.partialDeliveryEvent().stream());
        break;
    case QSctpNotification::AdaptationIndication:
        event.code = QStringLiteral("ADAPTATION_INDICATION");
        event.summary = tr("The peer's adaptation layer indication is 0x%1")
                                .arg(notification.adaptationIndication().indication(), 8, 16,
                                     QLatin1Char('0'));
        break;
    case QSctpNotification::AuthenticationEvent: {
        const QSctpAuthenticationEvent auth = notification.authenticationEvent();
        event.code = QStringLiteral("AUTHENTICATION");
        switch (auth.indication()) {
        case QSctpAuthenticationEvent::NewKey:
            event.summary = tr("Authentication key %1 is now active").arg(auth.keyNumber());
            break;
        case QSctpAuthenticationEvent::FreeKey:
            event.summary = tr("Authentication key %1 is no longer used").arg(auth.keyNumber());
            break;
        case QSctpAuthenticationEvent::NoAuthentication:
            event.summary = tr("The peer does not support authentication");
            break;
        default:
            event.summary = tr("Authentication event %1").arg(int(auth.indication()));
            break;
        }
        break;
    }
    case QSctpNotification::SenderDryEvent:
        event.code = QStringLiteral("SENDER_DRY");
        event.summary = tr("Everything sent has been acknowledged");
        break;
    case QSctpNotification::StreamResetEvent: {
        const QSctpStreamResetEvent reset = notification.streamResetEvent();
        event.code = QStringLiteral("STREAM_RESET");
        QStringList streams;
        for (quint16 stream : reset.streams())
            streams.append(QString::number(stream));
        const bool failed
                = reset.flags() & (QSctpStreamResetEvent::Denied | QSctpStreamResetEvent::Failed);
        event.severity = failed ? TimelineEvent::Warning : TimelineEvent::Info;
        event.summary = streams.isEmpty() ? tr("All streams were reset")
                                          : tr("Streams reset: %1").arg(streams.join(u", "));
        if (failed)
            event.summary = tr("Stream reset refused or failed");
        break;
    }
    case QSctpNotification::AssociationResetEvent: {
        const QSctpAssociationResetEvent reset = notification.associationResetEvent();
        event.code = QStringLiteral("ASSOC_RESET");
        event.severity = TimelineEvent::Warning;
        event.summary = tr("Association reset: local TSN %1, remote TSN %2")
                                .arg(reset.localTsn())
                                .arg(reset.remoteTsn());
        break;
    }
    case QSctpNotification::StreamChangeEvent: {
        const QSctpStreamChangeEvent change = notification.streamChangeEvent();
        event.code = QStringLiteral("STREAM_CHANGE");
        event.summary = tr("Streams changed: %1 inbound, %2 outbound")
                                .arg(change.inboundStreams())
                                .arg(change.outboundStreams());
        break;
    }
    case QSctpNotification::UnknownType:
        event.code = QStringLiteral("UNKNOWN");
        event.summary = tr("Notification of unknown type 0x%1")
                                .arg(notification.typeCode(), 4, 16, QLatin1Char('0'));
        event.details.insert(QStringLiteral("typeCode"), int(notification.typeCode()));
        event.details.insert(QStringLiteral("rawData"),
                             QString::fromLatin1(notification.rawData().toHex()));
        break;
    }
    return event;
}

TimelineEvent EventDescriber::socketStateChanged(QSctpSocket::SocketState state)
{
    TimelineEvent event;
    event.kind = QStringLiteral("Socket");
    event.code = socketStateKey(state);
    switch (state) {
    case QSctpSocket::UnconnectedState:
        event.summary = tr("Socket unconnected");
        break;
    case QSctpSocket::ConnectingState:
        event.summary = tr("Socket connecting");
        break;
    case QSctpSocket::ConnectedState:
        event.summary = tr("Socket connected");
        break;
    case QSctpSocket::ClosingState:
        event.summary = tr("Socket closing");
        break;
    }
    event.details.insert(QStringLiteral("state"), event.code);
    return event;
}

TimelineEvent EventDescriber::socketError(QSctpSocket::Error error, const QString &text)
{
    TimelineEvent event;
    event.kind = QStringLiteral("Socket");
    const char *key = QMetaEnum::fromType<QSctpSocket::Error>().valueToKey(error);
    event.code = key ? QString::fromLatin1(key) : QString::number(int(error));
    event.severity = TimelineEvent::Critical;
    event.summary = tr("Socket error: %1").arg(text);
    event.details.insert(QStringLiteral("error"), event.code);
    event.details.insert(QStringLiteral("errorString"), text);
    return event;
}

TimelineEvent EventDescriber::monitorMessage(const QString &summary,
                                             TimelineEvent::Severity severity)
{
    TimelineEvent event;
    event.kind = QStringLiteral("Monitor");
    event.code = QStringLiteral("MONITOR");
    event.summary = summary;
    event.severity = severity;
    return event;
}
