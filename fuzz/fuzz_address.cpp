// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// libFuzzer target for QSctpAddress: arbitrary bytes, read as UTF-8 and as Latin-1, go to the
// parser. Every success must round-trip through toString() and fromString(), and through the
// sockaddr arrays of each network; every failure must give a null address and an error. The
// same bytes also go to fromSockaddrs() as a raw sockaddr buffer.

#include <QtSctp/QSctpAddress>

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using QtSctp::QSctpAddress;

namespace {

[[noreturn]] void failure(const char *what, const QString &text)
{
    std::fprintf(stderr, "fuzz_address: %s for \"%s\"\n", what, text.toUtf8().constData());
    std::abort();
}

void checkSockaddrs(const QSctpAddress &address, const QString &text)
{
    for (auto network : {QSctpAddress::Sctp, QSctpAddress::Sctp4, QSctpAddress::Sctp6}) {
        int count = -1;
        QString error;
        const QByteArray bytes = address.toSockaddrs(network, &count, &error);
        if (!error.isEmpty()) {
            if (!bytes.isEmpty() || count != 0)
                failure("toSockaddrs error with output", text);
            continue;
        }
        if (count < 1 || bytes.isEmpty())
            failure("toSockaddrs gave no entries", text);
        const QSctpAddress back
                = QSctpAddress::fromSockaddrs(bytes.constData(), bytes.size(), count, &error);
        if (!error.isEmpty())
            failure("fromSockaddrs rejected toSockaddrs output", text);
        if (back.port() != address.port())
            failure("sockaddr round trip changed the port", text);
        int count2 = -1;
        QString error2;
        const QByteArray bytes2 = back.toSockaddrs(network, &count2, &error2);
        if (!error2.isEmpty() || count2 != count || bytes2 != bytes)
            failure("sockaddr round trip changed the bytes", text);
    }
}

void checkText(const QString &text)
{
    QString error;
    const QSctpAddress address = QSctpAddress::fromString(text, &error);
    if (!error.isEmpty()) {
        if (!address.isNull())
            failure("error with a non-null address", text);
        return;
    }
    const QString printed = address.toString();
    QString error2;
    const QSctpAddress again = QSctpAddress::fromString(printed, &error2);
    if (!error2.isEmpty())
        failure("toString() output does not parse", text);
    if (again != address)
        failure("toString() round trip changed the address", text);
    if (again.toString() != printed)
        failure("toString() is not stable", text);
    if (qHash(again) != qHash(address))
        failure("equal addresses hash differently", text);
    for (auto network : {QSctpAddress::Sctp, QSctpAddress::Sctp4, QSctpAddress::Sctp6}) {
        QString normalizeError;
        const QSctpAddress normal = address.normalized(network, &normalizeError);
        if (normalizeError.isEmpty() && normal.normalized(network, &normalizeError) != normal)
            failure("normalized() is not idempotent", text);
    }
    checkSockaddrs(address, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    const qsizetype length = qsizetype(size);
    checkText(QString::fromUtf8(chars, length));
    checkText(QString::fromLatin1(chars, length));

    // The raw bytes as a sockaddr buffer, with a count taken from the first byte.
    if (size > 0) {
        QString error;
        const QSctpAddress raw
                = QSctpAddress::fromSockaddrs(data + 1, length - 1, int(data[0] % 8), &error);
        if (error.isEmpty())
            checkSockaddrs(raw, QStringLiteral("<sockaddr bytes>"));
        else if (!raw.isNull())
            failure("fromSockaddrs error with a non-null address", QStringLiteral("<bytes>"));
    }
    return 0;
}
