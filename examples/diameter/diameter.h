// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Just enough of the Diameter message format (RFC 6733, section 3 and 4) for the example: the
// 20-byte header with its hop-by-hop and end-to-end identifiers, and AVPs without vendor ids.
#ifndef QSCTP_EXAMPLE_DIAMETER_H
#define QSCTP_EXAMPLE_DIAMETER_H

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QtEndian>

#include <optional>

namespace Diameter {

// The PPID registered for Diameter over SCTP (RFC 6733 section 2.1, IANA).
constexpr quint32 Ppid = 46;
constexpr quint8 Version = 1;
constexpr qsizetype HeaderSize = 20;

// Command flags.
constexpr quint8 RequestFlag = 0x80;
constexpr quint8 ProxiableFlag = 0x40;

// The command and application of the example's requests: Credit-Control (RFC 4006).
constexpr quint32 CreditControlCommand = 272;
constexpr quint32 CreditControlApplication = 4;

// AVP codes.
constexpr quint32 SessionIdAvp = 263;
constexpr quint32 OriginHostAvp = 264;
constexpr quint32 ResultCodeAvp = 268;
constexpr quint32 CcRequestNumberAvp = 415;
// Not a registered AVP: filler to make requests as large as asked (M-bit clear, so a real
// peer would skip it).
constexpr quint32 FillerAvp = 999999;

constexpr quint32 DiameterSuccess = 2001;
constexpr quint8 MandatoryAvpFlag = 0x40;

struct Avp
{
    quint32 code = 0;
    quint8 flags = 0;
    QByteArray data;
};

struct Message
{
    quint8 flags = 0;
    quint32 commandCode = 0;
    quint32 applicationId = 0;
    quint32 hopByHop = 0;
    quint32 endToEnd = 0;
    QList<Avp> avps;

    bool isRequest() const { return flags & RequestFlag; }

    void addAvp(quint32 code, const QByteArray &data, quint8 avpFlags = MandatoryAvpFlag)
    {
        avps.append(Avp{code, avpFlags, data});
    }
    void addUnsigned32(quint32 code, quint32 value)
    {
        QByteArray data(4, Qt::Uninitialized);
        qToBigEndian(value, data.data());
        addAvp(code, data);
    }
    QByteArray avp(quint32 code) const
    {
        for (const Avp &a : avps) {
            if (a.code == code)
                return a.data;
        }
        return QByteArray();
    }
    std::optional<quint32> unsigned32(quint32 code) const
    {
        const QByteArray data = avp(code);
        if (data.size() != 4)
            return std::nullopt;
        return qFromBigEndian<quint32>(data.constData());
    }

    QByteArray encode() const
    {
        QByteArray out(HeaderSize, '\0');
        for (const Avp &a : avps) {
            const qsizetype start = out.size();
            out.resize(start + 8);
            qToBigEndian(a.code, out.data() + start);
            const quint32 length = quint32(8 + a.data.size()); // without the padding
            qToBigEndian((quint32(a.flags) << 24) | length, out.data() + start + 4);
            out.append(a.data);
            out.append((4 - a.data.size() % 4) % 4, '\0');
        }
        qToBigEndian((quint32(Version) << 24) | quint32(out.size()), out.data());
        qToBigEndian((quint32(flags) << 24) | (commandCode & 0xffffff), out.data() + 4);
        qToBigEndian(applicationId, out.data() + 8);
        qToBigEndian(hopByHop, out.data() + 12);
        qToBigEndian(endToEnd, out.data() + 16);
        return out;
    }

    // Checks every length: a malformed message gives nullopt and the reason.
    static std::optional<Message> decode(const QByteArray &bytes, QString *error)
    {
        const auto fail = [error](const char *why) {
            *error = QString::fromLatin1(why);
            return std::nullopt;
        };
        if (bytes.size() < HeaderSize)
            return fail("shorter than a Diameter header");
        const char *p = bytes.constData();
        const quint32 first = qFromBigEndian<quint32>(p);
        if ((first >> 24) != Version)
            return fail("not Diameter version 1");
        if ((first & 0xffffff) != quint32(bytes.size()))
            return fail("the message length does not match the SCTP message");
        Message m;
        const quint32 second = qFromBigEndian<quint32>(p + 4);
        m.flags = quint8(second >> 24);
        m.commandCode = second & 0xffffff;
        m.applicationId = qFromBigEndian<quint32>(p + 8);
        m.hopByHop = qFromBigEndian<quint32>(p + 12);
        m.endToEnd = qFromBigEndian<quint32>(p + 16);
        qsizetype at = HeaderSize;
        while (at < bytes.size()) {
            if (bytes.size() - at < 8)
                return fail("truncated AVP header");
            Avp a;
            a.code = qFromBigEndian<quint32>(p + at);
            const quint32 flagsAndLength = qFromBigEndian<quint32>(p + at + 4);
            a.flags = quint8(flagsAndLength >> 24);
            const qsizetype length = flagsAndLength & 0xffffff;
            if (a.flags & 0x80)
                return fail("vendor-specific AVPs are not supported here");
            if (length < 8 || length > bytes.size() - at)
                return fail("AVP length out of bounds");
            a.data = bytes.mid(at + 8, length - 8);
            m.avps.append(a);
            at += (length + 3) & ~qsizetype(3);
        }
        return m;
    }
};

} // namespace Diameter

#endif // QSCTP_EXAMPLE_DIAMETER_H
