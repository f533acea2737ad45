// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_SCTPDIAGREADER_H
#define QTSCTP_MONITOR_SCTPDIAGREADER_H

#include "sctpdiagparser.h"

#include <QtCore/QCoreApplication>

// Asks the kernel for every SCTP socket of this network namespace over NETLINK_SOCK_DIAG, as
// ss --sctp does: one dump for AF_INET sockets, one for AF_INET6. The answer comes from the
// sctp_diag module; without it the kernel says ENOENT and dump() says so in words.
class SctpDiagReader
{
    Q_DECLARE_TR_FUNCTIONS(SctpDiagReader)
public:
    // Every record, endpoints and associations. false with *errorString set when sctp_diag
    // cannot answer (*notAvailable then says it is missing rather than failing).
    static bool dump(QList<SctpDiagRecord> *records, QString *errorString,
                     bool *notAvailable = nullptr, QStringList *warnings = nullptr);

private:
    static bool dumpFamily(int fd, int family, quint32 sequence, QList<SctpDiagRecord> *records,
                           QString *errorString, int *errorCode, QStringList *warnings);
};

#endif // QTSCTP_MONITOR_SCTPDIAGREADER_H
