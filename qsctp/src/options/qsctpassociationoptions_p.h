// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPASSOCIATIONOPTIONS_P_H
#define QTSCTP_QSCTPASSOCIATIONOPTIONS_P_H

//
//  W A R N I N G
//  -------------
// Internal to QtSctp: not part of the public API, and may change without notice.
//

#include "engine/qsctpengine_p.h"

#include <QtSctp/qsctpassociationoptions.h>

QTSCTP_BEGIN_NAMESPACE

// Applies the options that are set, for the whole association (peer null) or one peer
// address. Returns 0, or the errno with *failure naming the option and the reason.
int qsctpApplyAssociationOptions(QSctpEngine *engine, const QSctpAssociationOptions &options,
                                 const QHostAddress &peer, quint16 peerPort, QString *failure);
// Every option as the kernel has it now.
QSctpAssociationOptions qsctpReadAssociationOptions(QSctpEngine *engine, const QHostAddress &peer,
                                                    quint16 peerPort, int *err, QString *failure);

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QSCTPASSOCIATIONOPTIONS_P_H
