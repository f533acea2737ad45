// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QTSCTPGLOBAL_H
#define QTSCTP_QTSCTPGLOBAL_H

#include <QtCore/qglobal.h>

#if defined(QTSCTP_BUILD_LIB)
#define QTSCTP_EXPORT Q_DECL_EXPORT
#else
#define QTSCTP_EXPORT Q_DECL_IMPORT
#endif

// Everything QtSctp declares lives in namespace QtSctp: QtNetwork already has a global
// ::QSctpSocket and ::QSctpServer, and ours must never clash with them.
#define QTSCTP_BEGIN_NAMESPACE namespace QtSctp {
#define QTSCTP_END_NAMESPACE }

/// The version of the QtSctp headers, as a string ("major.minor.patch").
#define QTSCTP_VERSION_STR "0.1.0"

/*!
    \namespace QtSctp
    \brief SCTP for Qt 6: sockets, servers, addresses, messages, notifications and their values.

    Everything QtSctp declares is in this namespace, because QtNetwork already has a global
    QSctpSocket and QSctpServer. Spell the names out (`QtSctp::QSctpSocket`) or use-declare the
    ones you need: `using namespace QtSctp;` next to `<QtNetwork>` makes the short names
    ambiguous.
*/

#endif // QTSCTP_QTSCTPGLOBAL_H
