// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qsctpassociationstatistics.h>

#include <QtCore/qdebug.h>

QTSCTP_BEGIN_NAMESPACE

#ifndef QT_NO_DEBUG_STREAM
QDebug operator<<(QDebug debug, const QSctpAssociationStatistics &s)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "QSctpAssociationStatistics(packets out/in=" << s.packetsSent
                              << '/' << s.packetsReceived
                              << ", data out/in=" << s.orderedChunksSent + s.unorderedChunksSent
                              << '/' << s.orderedChunksReceived + s.unorderedChunksReceived
                              << ", control out/in=" << s.controlChunksSent << '/'
                              << s.controlChunksReceived
                              << ", retransmitted=" << s.retransmittedChunks
                              << ", gapAcks=" << s.gapAcksReceived
                              << ", maxRto=" << s.maxObservedRto << "ms";
    if (!s.maxObservedRtoAddress.isNull())
        debug << " (" << s.maxObservedRtoAddress.toString() << ')';
    debug << ')';
    return debug;
}
#endif

QTSCTP_END_NAMESPACE
