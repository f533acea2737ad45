// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_SYSTEMASSOCIATIONS_H
#define QTSCTP_MONITOR_SYSTEMASSOCIATIONS_H

#include "procsctpparser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QSet>

// Every SCTP association on this host (this network namespace), from /proc/net/sctp/assocs
// and /proc/net/sctp/remaddr, with the process that owns each socket where /proc/<pid>/fd
// tells (all processes as root, one's own otherwise).
//
// sctp_diag over netlink (what ss --sctp reads) would add per-path cwnd and srtt for other
// processes' associations; the /proc tables have RTO and state per path only.
class SystemAssociations
{
    Q_DECLARE_TR_FUNCTIONS(SystemAssociations)
public:
    struct Entry
    {
        ProcSctpAssociation association;
        QList<ProcSctpPath> paths;
        qint64 pid = -1;
        QString command;
    };

    // procRoot: "/proc", or a directory laid out like it (tests).
    explicit SystemAssociations(const QString &procRoot = QStringLiteral("/proc"));

    // Reads the tables again. Empty with *errorString set when they are missing (no SCTP
    // module loaded) or unreadable.
    QList<Entry> read(QString *errorString = nullptr);
    // Pure: each association with its paths (matched by association id).
    static QList<Entry> join(const QList<ProcSctpAssociation> &associations,
                             const QList<ProcSctpPath> &paths);

    void setResolveOwners(bool on) { m_resolveOwners = on; }

private:
    void resolveOwners(const QSet<quint64> &inodes);

    QString m_procRoot;
    QHash<quint64, QPair<qint64, QString>> m_owners; // inode -> pid, command
    QSet<quint64> m_unresolved; // looked for and not found: not again until the set changes
    bool m_resolveOwners = true;
};

#endif // QTSCTP_MONITOR_SYSTEMASSOCIATIONS_H
