// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// libFuzzer target for QSctpNotification::decode(). Each input is decoded as it is, then once
// per known notification type with the header rewritten (sn_type forced to the type, sn_length
// to the input size) so that the fuzzer spends its time in the bodies rather than in the header
// checks. Every accessor of each result is called, its properties are read through the meta
// object, and it is printed with QDebug (the notification, and its typed value via QVariant;
// the typed accessors of the other types return default values, not worth printing each time).

#include <QtSctp/qsctpnotification.h>

#include <QtCore/qdebug.h>
#include <QtCore/qmetaobject.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace QtSctp;

namespace {

constexpr quint16 KnownTypes[] = {
        QSctpNotification::AssociationChange,
        QSctpNotification::PeerAddressChange,
        QSctpNotification::SendFailed,
        QSctpNotification::RemoteError,
        QSctpNotification::ShutdownEvent,
        QSctpNotification::PartialDeliveryEvent,
        QSctpNotification::AdaptationIndication,
        QSctpNotification::AuthenticationEvent,
        QSctpNotification::SenderDryEvent,
        QSctpNotification::StreamResetEvent,
        QSctpNotification::AssociationResetEvent,
        QSctpNotification::StreamChangeEvent,
        QSctpNotification::SendFailedEvent,
};

// Keeps the optimizer from dropping the calls whose results are otherwise unused.
volatile quint64 sink = 0;

void consume(quint64 value)
{
    sink = sink + value;
}

void consume(const QByteArray &bytes)
{
    consume(quint64(bytes.size()));
    if (!bytes.isEmpty())
        consume(quint64(quint8(bytes.front())) + quint64(quint8(bytes.back())));
}

void consume(const QString &text)
{
    consume(quint64(text.size()));
}

template<typename T>
void print(const T &value)
{
    QString text;
    QDebug(&text) << value;
    consume(text);
}

// Every property of a gadget value, read the way a generic GUI would.
void readProperties(const QVariant &value)
{
    const QMetaObject *metaObject = value.metaType().metaObject();
    if (!metaObject)
        return;
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QVariant property = metaObject->property(i).readOnGadget(value.constData());
        consume(quint64(property.isValid()));
        consume(property.toString());
    }
}

void exercise(const QSctpNotification &notification)
{
    consume(quint64(notification.isValid()));
    consume(quint64(notification.decodeError()));
    consume(notification.errorString());
    consume(quint64(notification.type()));
    consume(quint64(notification.typeCode()));
    consume(quint64(notification.flags()));
    consume(quint64(notification.declaredLength()));
    consume(notification.rawData());
    print(notification);

    // The typed value prints itself inside the notification's output and through QVariant.
    const QVariant value = notification.value();
    print(value);
    readProperties(value);
    const QSctpNotification copy = notification;
    consume(quint64(copy == notification));

    const QSctpAssociationChange change = notification.associationChange();
    consume(quint64(change.state()) + change.error() + change.outboundStreams()
            + change.inboundStreams() + quint64(change.associationId()));
    consume(change.info());
    consume(quint64(change.supportedFeatures().toInt()));
    consume(change.abortCauses());
    consume(change.abortCauseCode());

    const QSctpPeerAddressChange address = notification.peerAddressChange();
    consume(address.address().toString());
    consume(quint64(address.port()) + quint64(address.state()) + quint64(address.error())
            + quint64(address.associationId()));

    const QSctpRemoteError remote = notification.remoteError();
    consume(quint64(remote.causeCode()) + quint64(remote.associationId()));
    consume(remote.data());

    const QSctpSendFailed failed = notification.sendFailed();
    consume(quint64(failed.isLegacy()) + quint64(failed.dataState()) + failed.error()
            + failed.stream() + quint64(failed.sendFlags().toInt()) + failed.ppid()
            + failed.context() + failed.ssn() + failed.timeToLive() + failed.tsn()
            + failed.cumulativeTsn() + quint64(failed.associationId()));
    consume(failed.data());

    const QSctpShutdownEvent shutdown = notification.shutdownEvent();
    consume(quint64(shutdown.associationId()));

    const QSctpPartialDeliveryEvent partial = notification.partialDeliveryEvent();
    consume(quint64(partial.indication()) + partial.stream() + partial.sequence()
            + quint64(partial.associationId()));

    const QSctpAdaptationIndication adaptation = notification.adaptationIndication();
    consume(quint64(adaptation.indication()) + quint64(adaptation.associationId()));

    const QSctpAuthenticationEvent auth = notification.authenticationEvent();
    consume(quint64(auth.keyNumber()) + auth.alternateKeyNumber() + quint64(auth.indication())
            + quint64(auth.associationId()));

    const QSctpSenderDryEvent dry = notification.senderDryEvent();
    consume(quint64(dry.associationId()));

    const QSctpStreamResetEvent reset = notification.streamResetEvent();
    consume(quint64(reset.flags().toInt()) + quint64(reset.associationId()));
    for (quint16 stream : reset.streams())
        consume(stream);

    const QSctpAssociationResetEvent assocReset = notification.associationResetEvent();
    consume(quint64(assocReset.flags().toInt()) + assocReset.localTsn() + assocReset.remoteTsn()
            + quint64(assocReset.associationId()));

    const QSctpStreamChangeEvent streamChange = notification.streamChangeEvent();
    consume(quint64(streamChange.flags().toInt()) + streamChange.inboundStreams()
            + streamChange.outboundStreams() + quint64(streamChange.associationId()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // An exact-size heap copy: AddressSanitizer reports any read past the end.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    exercise(QSctpNotification::decode(input));

    if (size < std::size_t(QSctpNotification::HeaderSize) || size > 0xffffffffu)
        return 0;
    const auto length = quint32(size);
    for (const quint16 type : KnownTypes) {
        QByteArray forced = input;
        // sn_type at offset 0, sn_length at offset 4, in host byte order (<linux/sctp.h>).
        std::memcpy(forced.data(), &type, sizeof type);
        std::memcpy(forced.data() + 4, &length, sizeof length);
        exercise(QSctpNotification::decode(forced));
    }
    return 0;
}
