// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qsctppeeraddressinfo.h>

#include <QtCore/qdebug.h>

QTSCTP_BEGIN_NAMESPACE

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpPeerAddressInfo &info)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpPeerAddressInfo(" << info.address().toString() << ':'
                              << info.port() << ", " << info.state();
    if (info.isPrimary())
        debug << ", primary";
    debug << ", cwnd=" << info.congestionWindow() << ", srtt=" << info.smoothedRtt()
          << "ms, rto=" << info.retransmissionTimeout() << "ms, mtu=" << info.mtu() << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
