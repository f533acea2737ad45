// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPNOTIFICATION_H
#define QTSCTP_QSCTPNOTIFICATION_H

#include <QtSctp/qsctpadaptationindication.h>
#include <QtSctp/qsctpassociationchange.h>
#include <QtSctp/qsctpassociationresetevent.h>
#include <QtSctp/qsctpauthenticationevent.h>
#include <QtSctp/qsctppartialdeliveryevent.h>
#include <QtSctp/qsctppeeraddresschange.h>
#include <QtSctp/qsctpremoteerror.h>
#include <QtSctp/qsctpsenderdryevent.h>
#include <QtSctp/qsctpsendfailed.h>
#include <QtSctp/qsctpshutdownevent.h>
#include <QtSctp/qsctpstreamchangeevent.h>
#include <QtSctp/qsctpstreamresetevent.h>
#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>
#include <QtCore/qdebug.h> // complete, or QMetaType does not record the QDebug operator
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

QTSCTP_BEGIN_NAMESPACE
class QSctpNotificationPrivate;
QTSCTP_END_NAMESPACE
// Lets the inline move constructor and the meta type code destroy the d-pointer out of line.
QT_DECLARE_QESDP_SPECIALIZATION_DTOR_WITH_EXPORT(QtSctp::QSctpNotificationPrivate, QTSCTP_EXPORT)

QTSCTP_BEGIN_NAMESPACE

/// One SCTP notification, decoded from the bytes recvmsg() returns with MSG_NOTIFICATION.
///
/// decode() is pure: it reads the Linux structs (`<linux/sctp.h>`) field by field from the buffer,
/// which may be unaligned, checks every length first and never reads outside the buffer. Fields
/// are in host byte order, as the kernel delivers them, except where a class says otherwise
/// (QSctpRemoteError::causeCode(), QSctpSendFailed::ppid()).
///
/// A notification of a type this version does not know is valid: type() is UnknownType and
/// typeCode(), flags() and rawData() keep what arrived. A malformed one is invalid:
/// decodeError() and errorString() say what is wrong.
class QTSCTP_EXPORT QSctpNotification
{
    Q_GADGET
    Q_PROPERTY(bool valid READ isValid)
    Q_PROPERTY(Type type READ type)
    Q_PROPERTY(quint16 typeCode READ typeCode)
    Q_PROPERTY(quint16 flags READ flags)
    Q_PROPERTY(quint32 declaredLength READ declaredLength)
    Q_PROPERTY(DecodeError decodeError READ decodeError)
    Q_PROPERTY(QString errorString READ errorString)
    Q_PROPERTY(QByteArray rawData READ rawData)
    Q_PROPERTY(QVariant value READ value)

public:
    /// The notification type: sn_type, enum sctp_sn_type of `<linux/sctp.h>` (SCTP_SN_TYPE_BASE is
    /// 1 << 15). Each known type has a typed value class.
    enum Type : quint16 {
        /// A type this version does not know (typeCode() has the number), or no type at all.
        UnknownType = 0,
        AssociationChange = 0x8001, ///< SCTP_ASSOC_CHANGE
        PeerAddressChange = 0x8002, ///< SCTP_PEER_ADDR_CHANGE
        SendFailed = 0x8003, ///< SCTP_SEND_FAILED (deprecated form)
        RemoteError = 0x8004, ///< SCTP_REMOTE_ERROR
        ShutdownEvent = 0x8005, ///< SCTP_SHUTDOWN_EVENT
        PartialDeliveryEvent = 0x8006, ///< SCTP_PARTIAL_DELIVERY_EVENT
        AdaptationIndication = 0x8007, ///< SCTP_ADAPTATION_INDICATION
        AuthenticationEvent = 0x8008, ///< SCTP_AUTHENTICATION_EVENT
        SenderDryEvent = 0x8009, ///< SCTP_SENDER_DRY_EVENT
        StreamResetEvent = 0x800a, ///< SCTP_STREAM_RESET_EVENT
        AssociationResetEvent = 0x800b, ///< SCTP_ASSOC_RESET_EVENT
        StreamChangeEvent = 0x800c, ///< SCTP_STREAM_CHANGE_EVENT
        SendFailedEvent = 0x800d, ///< SCTP_SEND_FAILED_EVENT
    };
    Q_ENUM(Type)

    /// Why decode() rejected the bytes.
    enum DecodeError : quint8 {
        /// Decoded (or not decoded at all: a default-constructed notification).
        NoError = 0,
        TruncatedHeader, ///< fewer than the 8 bytes of the common header
        InvalidLength, ///< sn_length smaller than the common header
        LengthBeyondBuffer, ///< sn_length larger than the bytes received
        TruncatedBody, ///< sn_length smaller than the type's fixed struct
        TruncatedAddress, ///< the peer address ends before its sockaddr does
        UnsupportedAddressFamily, ///< the peer address is neither AF_INET nor AF_INET6
        TruncatedStreamList, ///< the stream list is not a whole number of 16-bit ids
    };
    Q_ENUM(DecodeError)

    /// The size of the common header (sn_type, sn_flags, sn_length).
    static constexpr qsizetype HeaderSize = 8;

    /// An invalid notification with no decode error and no data.
    QSctpNotification() noexcept;
    /// Copies \a other; the decoded data is shared, not copied.
    QSctpNotification(const QSctpNotification &other) noexcept;
    /// Moves \a other into this notification.
    QSctpNotification(QSctpNotification &&other) noexcept = default;
    /// Makes this notification share the data of \a other.
    QSctpNotification &operator=(const QSctpNotification &other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(QSctpNotification)
    /// Releases this notification's reference to the shared data.
    ~QSctpNotification();

    /// Swaps this notification with \a other; never fails.
    void swap(QSctpNotification &other) noexcept { d.swap(other.d); }

    /// Decodes one notification. The bytes past sn_length, if any, are ignored. Never fails
    /// hard: a malformed buffer gives an invalid notification with a decodeError().
    static QSctpNotification decode(QByteArrayView raw);

    /// True when decode() succeeded (for any type, known or not). A default-constructed
    /// notification is invalid and has no decode error.
    bool isValid() const noexcept;
    /// Why decode() failed; #NoError for a valid notification.
    DecodeError decodeError() const noexcept;
    /// A readable, translatable description of decodeError() naming the sizes involved; empty when
    /// there is no error.
    QString errorString() const;

    /// The decoded type; UnknownType for a type code this version does not know, and for a
    /// buffer too short to hold one.
    Type type() const noexcept;
    /// sn_type as received, known or not (0 when the header is truncated).
    quint16 typeCode() const noexcept;
    /// sn_flags as received (0 when the header is truncated).
    quint16 flags() const noexcept;
    /// sn_length as received (0 when the header is truncated).
    quint32 declaredLength() const noexcept;
    /// The notification's bytes: the first declaredLength() bytes when it is valid, else all the
    /// bytes given to decode().
    QByteArray rawData() const;

    /// The typed value of a valid notification of a known type (a QSctpAssociationChange, ...),
    /// else an invalid QVariant. Its properties describe the event, for a generic display.
    QVariant value() const;

    /// The #AssociationChange value. Like every typed accessor below, it returns a
    /// default-constructed value unless the notification is valid
    /// and of the matching type; sendFailed() serves both SendFailed and SendFailedEvent.
    QSctpAssociationChange associationChange() const;
    /// The #PeerAddressChange value, or a default one.
    QSctpPeerAddressChange peerAddressChange() const;
    /// The #RemoteError value, or a default one.
    QSctpRemoteError remoteError() const;
    /// The #SendFailed or #SendFailedEvent value, or a default one.
    QSctpSendFailed sendFailed() const;
    /// The #ShutdownEvent value, or a default one.
    QSctpShutdownEvent shutdownEvent() const;
    /// The #PartialDeliveryEvent value, or a default one.
    QSctpPartialDeliveryEvent partialDeliveryEvent() const;
    /// The #AdaptationIndication value, or a default one.
    QSctpAdaptationIndication adaptationIndication() const;
    /// The #AuthenticationEvent value, or a default one.
    QSctpAuthenticationEvent authenticationEvent() const;
    /// The #SenderDryEvent value, or a default one.
    QSctpSenderDryEvent senderDryEvent() const;
    /// The #StreamResetEvent value, or a default one.
    QSctpStreamResetEvent streamResetEvent() const;
    /// The #AssociationResetEvent value, or a default one.
    QSctpAssociationResetEvent associationResetEvent() const;
    /// The #StreamChangeEvent value, or a default one.
    QSctpStreamChangeEvent streamChangeEvent() const;

    ///@{
    /// Equal when both were decoded from the same notification bytes (or both are
    /// default-constructed).
    friend bool operator==(const QSctpNotification &lhs, const QSctpNotification &rhs)
    {
        return lhs.isEqual(rhs);
    }
    friend bool operator!=(const QSctpNotification &lhs, const QSctpNotification &rhs)
    {
        return !lhs.isEqual(rhs);
    }
    ///@}

private:
    bool isEqual(const QSctpNotification &other) const;
    template<typename T>
    T typedValue(Type first, Type second) const;

    QExplicitlySharedDataPointer<QSctpNotificationPrivate> d;
};

#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpNotification to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpNotification &notification);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_SHARED(QtSctp::QSctpNotification)
Q_DECLARE_METATYPE(QtSctp::QSctpNotification)

#endif // QTSCTP_QSCTPNOTIFICATION_H
