// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_MONITOR_SYSTEMASSOCIATIONS_H
#define QTSCTP_MONITOR_SYSTEMASSOCIATIONS_H

#include "procsctpparser.h"
#include "sctpdiagparser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QSet>

// Every SCTP association on this host (this network namespace), with the process that owns
// each socket where /proc/<pid>/fd tells (all processes as root, one's own otherwise).
//
// The associations come from sctp_diag over netlink (what ss --sctp reads: addresses, state,
// streams, queues, and the primary path's srtt, rto and cwnd), each path's state and RTO from
// /proc/net/sctp/remaddr. Where sctp_diag cannot answer (module not loaded, netlink refused)
// the /proc tables alone serve: the same list, without the primary path's srtt and cwnd.
class SystemAssociations
{
    Q_DECLARE_TR_FUNCTIONS(SystemAssociations)
public:
    enum class Source { None, SctpDiag, Proc };

    struct Entry
    {
        ProcSctpAssociation association;
        QList<ProcSctpPath> paths;
        qint64 pid = -1;
        QString command;
        bool hasDiag = false; // read through sctp_diag: diag holds its record
        SctpDiagRecord diag;
    };

    // procRoot: "/proc", or a directory laid out like it (tests). sctp_diag is asked only for
    // the real /proc: it describes this kernel, not a test's files.
    explicit SystemAssociations(const QString &procRoot = QStringLiteral("/proc"));

    // Reads again. Empty with *errorString set when no source answers (no SCTP module
    // loaded) or the tables are unreadable.
    QList<Entry> read(QString *errorString = nullptr);
    // Pure: each association with its paths (matched by association id).
    static QList<Entry> join(const QList<ProcSctpAssociation> &associations,
                             const QList<ProcSctpPath> &paths);
    // Pure: sctp_diag's associations, completed from /proc's tables where the same one is
    // there (same socket inode, ports and a common peer address): its association id, timers
    // and every path's state and RTO.
    static QList<Entry> merge(const QList<SctpDiagRecord> &records,
                              const QList<ProcSctpAssociation> &associations,
                              const QList<ProcSctpPath> &paths);

    void setResolveOwners(bool on) { m_resolveOwners = on; }
    // Whether to ask sctp_diag (on by default for the real /proc).
    void setUseSctpDiag(bool on) { m_useSctpDiag = on; }
    bool usesSctpDiag() const { return m_useSctpDiag; }
    // What the last read() used, and why sctp_diag did not serve when it did not.
    Source source() const { return m_source; }
    QString sctpDiagError() const { return m_sctpDiagError; }
    // In words, for the status bar: "sctp_diag (netlink) and /proc/net/sctp/remaddr" ...
    QString sourceText() const;

private:
    void resolveOwners(const QSet<quint64> &inodes);

    QString m_procRoot;
    QString m_sctpDiagError;
    Source m_source = Source::None;
    bool m_useSctpDiag = false;
    QHash<quint64, QPair<qint64, QString>> m_owners; // inode -> pid, command
    QSet<quint64> m_unresolved; // looked for and not found: not again until the set changes
    bool m_resolveOwners = true;
};

#endif // QTSCTP_MONITOR_SYSTEMASSOCIATIONS_H
