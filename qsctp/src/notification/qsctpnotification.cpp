// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "qsctpnotification_p.h"

#include <QtCore/qdebug.h>

QT_DEFINE_QESDP_SPECIALIZATION_DTOR(QtSctp::QSctpNotificationPrivate)

QTSCTP_BEGIN_NAMESPACE

QSctpNotification::QSctpNotification() noexcept = default;
QSctpNotification::QSctpNotification(const QSctpNotification &other) noexcept = default;
QSctpNotification &QSctpNotification::operator=(const QSctpNotification &other) noexcept = default;
QSctpNotification::~QSctpNotification() = default;

QSctpNotification QSctpNotification::decode(QByteArrayView raw)
{
    QSctpNotification notification;
    notification.d = new QSctpNotificationPrivate;
    QSctpNotificationPrivate::decode(raw, *notification.d);
    return notification;
}

bool QSctpNotification::isValid() const noexcept
{
    return d && d->decoded && d->error == NoError;
}

QSctpNotification::DecodeError QSctpNotification::decodeError() const noexcept
{
    return d ? d->error : NoError;
}

QString QSctpNotification::errorString() const
{
    return d ? d->errorString : QString();
}

QSctpNotification::Type QSctpNotification::type() const noexcept
{
    return d ? d->type : UnknownType;
}

quint16 QSctpNotification::typeCode() const noexcept
{
    return d ? d->typeCode : 0;
}

quint16 QSctpNotification::flags() const noexcept
{
    return d ? d->flags : 0;
}

quint32 QSctpNotification::declaredLength() const noexcept
{
    return d ? d->declaredLength : 0;
}

QByteArray QSctpNotification::rawData() const
{
    return d ? d->rawData : QByteArray();
}

QVariant QSctpNotification::value() const
{
    return isValid() ? d->value : QVariant();
}

template<typename T>
T QSctpNotification::typedValue(Type first, Type second) const
{
    if (!isValid() || (d->type != first && d->type != second))
        return T();
    return d->value.value<T>();
}

QSctpAssociationChange QSctpNotification::associationChange() const
{
    return typedValue<QSctpAssociationChange>(AssociationChange, AssociationChange);
}

QSctpPeerAddressChange QSctpNotification::peerAddressChange() const
{
    return typedValue<QSctpPeerAddressChange>(PeerAddressChange, PeerAddressChange);
}

QSctpRemoteError QSctpNotification::remoteError() const
{
    return typedValue<QSctpRemoteError>(RemoteError, RemoteError);
}

QSctpSendFailed QSctpNotification::sendFailed() const
{
    return typedValue<QSctpSendFailed>(SendFailed, SendFailedEvent);
}

QSctpShutdownEvent QSctpNotification::shutdownEvent() const
{
    return typedValue<QSctpShutdownEvent>(ShutdownEvent, ShutdownEvent);
}

QSctpPartialDeliveryEvent QSctpNotification::partialDeliveryEvent() const
{
    return typedValue<QSctpPartialDeliveryEvent>(PartialDeliveryEvent, PartialDeliveryEvent);
}

QSctpAdaptationIndication QSctpNotification::adaptationIndication() const
{
    return typedValue<QSctpAdaptationIndication>(AdaptationIndication, AdaptationIndication);
}

QSctpAuthenticationEvent QSctpNotification::authenticationEvent() const
{
    return typedValue<QSctpAuthenticationEvent>(AuthenticationEvent, AuthenticationEvent);
}

QSctpSenderDryEvent QSctpNotification::senderDryEvent() const
{
    return typedValue<QSctpSenderDryEvent>(SenderDryEvent, SenderDryEvent);
}

QSctpStreamResetEvent QSctpNotification::streamResetEvent() const
{
    return typedValue<QSctpStreamResetEvent>(StreamResetEvent, StreamResetEvent);
}

QSctpAssociationResetEvent QSctpNotification::associationResetEvent() const
{
    return typedValue<QSctpAssociationResetEvent>(AssociationResetEvent, AssociationResetEvent);
}

QSctpStreamChangeEvent QSctpNotification::streamChangeEvent() const
{
    return typedValue<QSctpStreamChangeEvent>(StreamChangeEvent, StreamChangeEvent);
}

bool QSctpNotification::isEqual(const QSctpNotification &other) const
{
    if (d == other.d)
        return true;
    // Decoding is a function of the bytes: equal input, equal result. A default-constructed
    // notification equals only another default-constructed one.
    const bool decoded = d && d->decoded;
    const bool otherDecoded = other.d && other.d->decoded;
    if (!decoded || !otherDecoded)
        return decoded == otherDecoded;
    return d->error == other.d->error && d->typeCode == other.d->typeCode
            && d->flags == other.d->flags && d->declaredLength == other.d->declaredLength
            && d->rawData == other.d->rawData && d->value == other.d->value;
}

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpNotification &notification)
{
    using namespace QSctpNotificationDebug;
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpNotification(";
    if (!notification.isValid() && notification.decodeError() == QSctpNotification::NoError) {
        debug << "null)";
        return debug;
    }
    if (notification.type() == QSctpNotification::UnknownType)
        debug << "type 0x" << QByteArray::number(notification.typeCode(), 16);
    else
        debug << enumKey(notification.type());
    debug << ", flags 0x" << QByteArray::number(notification.flags(), 16) << ", length "
          << notification.declaredLength();
    if (!notification.isValid()) {
        debug << ", invalid: " << enumKey(notification.decodeError()) << ": "
              << notification.errorString() << ", data " << hexPreview(notification.rawData())
              << ')';
        return debug;
    }
    if (notification.type() == QSctpNotification::UnknownType) {
        const QByteArray body = notification.rawData().mid(QSctpNotification::HeaderSize);
        debug << ", body " << hexPreview(body) << ')';
        return debug;
    }
    // The typed value prints itself.
    debug << ", ";
    debug.quote();
    switch (notification.type()) {
    case QSctpNotification::UnknownType:
        break;
    case QSctpNotification::AssociationChange:
        debug << notification.associationChange();
        break;
    case QSctpNotification::PeerAddressChange:
        debug << notification.peerAddressChange();
        break;
    case QSctpNotification::SendFailed:
    case QSctpNotification::SendFailedEvent:
        debug << notification.sendFailed();
        break;
    case QSctpNotification::RemoteError:
        debug << notification.remoteError();
        break;
    case QSctpNotification::ShutdownEvent:
        debug << notification.shutdownEvent();
        break;
    case QSctpNotification::PartialDeliveryEvent:
        debug << notification.partialDeliveryEvent();
        break;
    case QSctpNotification::AdaptationIndication:
        debug << notification.adaptationIndication();
        break;
    case QSctpNotification::AuthenticationEvent:
        debug << notification.authenticationEvent();
        break;
    case QSctpNotification::SenderDryEvent:
        debug << notification.senderDryEvent();
        break;
    case QSctpNotification::StreamResetEvent:
        debug << notification.streamResetEvent();
        break;
    case QSctpNotification::AssociationResetEvent:
        debug << notification.associationResetEvent();
        break;
    case QSctpNotification::StreamChangeEvent:
        debug << notification.streamChangeEvent();
        break;
    }
    debug.nospace() << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
