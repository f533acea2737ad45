// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qsctpinitoptions.h>

#include <QtCore/qdebug.h>

QTSCTP_BEGIN_NAMESPACE

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpInitOptions &options)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "QSctpInitOptions(out=" << options.outboundStreams()
                    << ", maxIn=" << options.maxInboundStreams()
                    << ", maxAttempts=" << options.maxAttempts()
                    << ", maxInitTimeout=" << options.maxInitTimeout() << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
