// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPNOTIFICATION_P_H
#define QTSCTP_QSCTPNOTIFICATION_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSctp API. It may change from version to version without notice.
//

#include <QtSctp/qsctpnotification.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

QTSCTP_BEGIN_NAMESPACE

class QSctpNotificationPrivate : public QSharedData
{
public:
    // Fills a fresh private from raw notification bytes (qsctpnotificationdecoder.cpp: the only
    // place that knows the kernel's struct layouts).
    static void decode(QByteArrayView raw, QSctpNotificationPrivate &out);

    QByteArray rawData;
    QVariant value; // the typed gadget when valid and of a known type
    QString errorString;
    quint32 declaredLength = 0;
    quint16 typeCode = 0;
    quint16 flags = 0;
    QSctpNotification::Type type = QSctpNotification::UnknownType;
    QSctpNotification::DecodeError error = QSctpNotification::NoError;
    bool decoded = false;
};

namespace QSctpNotificationDebug {

// The key of a Q_ENUM value without its scope, or the number when it has no key.
template<typename Enum>
QByteArray enumKey(Enum value)
{
    const char *key = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return key ? QByteArray(key) : QByteArray::number(qint64(value));
}

// The keys of a Q_FLAG value joined by '|', with the bits that have no key in hex.
template<typename Flags>
QByteArray flagKeys(Flags flags)
{
    const QMetaEnum metaEnum = QMetaEnum::fromType<Flags>();
    const uint all = uint(flags.toInt());
    QByteArray keys;
    uint known = 0;
    for (int i = 0; i < metaEnum.keyCount(); ++i) {
        const uint bit = uint(metaEnum.value(i));
        if (bit != 0 && (all & bit) == bit) {
            if (!keys.isEmpty())
                keys += '|';
            keys += metaEnum.key(i);
            known |= bit;
        }
    }
    if (const uint rest = all & ~known) {
        if (!keys.isEmpty())
            keys += '|';
        keys += "0x" + QByteArray::number(rest, 16);
    }
    return keys.isEmpty() ? QByteArrayLiteral("none") : keys;
}

// Bytes in hex, shortened past a limit so one large message does not flood the log.
QByteArray hexPreview(const QByteArray &bytes);

} // namespace QSctpNotificationDebug

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPNOTIFICATION_P_H
