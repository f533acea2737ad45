// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_TESTSUPPORT_H
#define QTSCTP_TESTSUPPORT_H

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtTest/qtest.h>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace QtSctpTest {

// Empty when this kernel can open an SCTP socket, otherwise why it cannot.
inline QString kernelSctpUnavailableReason()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_SCTP);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    const int err = errno;
    return QStringLiteral("this kernel cannot open an SCTP socket (socket(AF_INET, SOCK_STREAM, "
                          "IPPROTO_SCTP): %1); run the test under scripts/with-sctp")
            .arg(QString::fromLocal8Bit(std::strerror(err)));
}

// scripts/with-sctp sets QTSCTP_WITH_SCTP: there a missing SCTP stack is a failure.
inline bool sctpRequired()
{
    return !qEnvironmentVariableIsEmpty("QTSCTP_WITH_SCTP");
}

} // namespace QtSctpTest

// Skips (on a plain host) or fails (under scripts/with-sctp) when kernel SCTP is missing.
#define QTSCTP_REQUIRE_KERNEL_SCTP() \
    do { \
        const QString reason_ = QtSctpTest::kernelSctpUnavailableReason(); \
        if (!reason_.isEmpty()) { \
            if (QtSctpTest::sctpRequired()) \
                QFAIL(qPrintable(reason_)); \
            QSKIP(qPrintable(reason_)); \
        } \
    } while (false)

#endif // QTSCTP_TESTSUPPORT_H
