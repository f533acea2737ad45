// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qsctpassociationstatus.h>

#include <QtCore/qdebug.h>

QTSCTP_BEGIN_NAMESPACE

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpAssociationStatus &status)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "QSctpAssociationStatus(" << status.state()
                    << ", rwnd=" << status.receiveWindow()
                    << ", unacked=" << status.unacknowledgedChunks()
                    << ", pending=" << status.pendingChunks()
                    << ", streams in/out=" << status.inboundStreams() << '/'
                    << status.outboundStreams()
                    << ", fragmentationPoint=" << status.fragmentationPoint()
                    << ", primary=" << status.primaryPath() << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
