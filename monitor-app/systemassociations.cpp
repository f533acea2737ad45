// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "sctpdiagreader.h"
#include "sctpnames.h"
#include "systemassociations.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

#include <cstring>
#include <unistd.h>

SystemAssociations::SystemAssociations(const QString &procRoot)
    : m_procRoot(procRoot)
    , m_useSctpDiag(procRoot == QLatin1String("/proc"))
{ }

QString SystemAssociations::sourceText() const
{
    switch (m_source) {
    case Source::SctpDiag:
        return tr("sctp_diag over netlink, each path's state and RTO from /proc/net/sctp/remaddr");
    case Source::Proc:
        if (m_useSctpDiag && !m_sctpDiagError.isEmpty())
            return tr("/proc/net/sctp (sctp_diag unavailable: %1)").arg(m_sctpDiagError);
        return tr("/proc/net/sctp");
    case Source::None:
        break;
    }
    return tr("none");
}

QList<SystemAssociations::Entry> SystemAssociations::merge(
        const QList<SctpDiagRecord> &records, const QList<ProcSctpAssociation> &associations,
        const QList<ProcSctpPath> &paths)
{
    // A socket's own record (sent before its associations) has its type and sk_state.
    QHash<quint64, qsizetype> endpoints;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isAssociation && records.at(i).inode != 0)
            endpoints.insert(records.at(i).inode, i);
    }
    QList<bool> used(associations.size(), false);
    QList<Entry> entries;
    for (const SctpDiagRecord &record : records) {
        if (!record.isAssociation)
            continue;
        Entry entry;
        entry.hasDiag = true;
        entry.diag = record;
        ProcSctpAssociation &a = entry.association;
        a.state = record.state;
        a.txQueue = record.sendQueue;
        a.rxQueue = record.receiveQueue;
        a.uid = record.uid;
        a.inode = record.inode;
        a.localPort = record.localPort;
        a.peerPort = record.peerPort;
        a.localAddresses = record.localAddresses;
        a.peerAddresses = record.peerAddresses;
        a.primaryPeerAddress = record.hasInfo && !record.info.primaryAddress.isEmpty()
                ? record.info.primaryAddress
                : record.peerAddress;
        if (record.hasInfo) {
            a.inboundStreams = record.info.inboundStreams;
            a.outboundStreams = record.info.outboundStreams;
            a.retransmittedChunks = qint64(record.info.retransmittedChunks);
        }
        if (record.hasMemory) {
            a.sendBuffer = record.memory.sendBuffer;
            a.receiveBuffer = record.memory.receiveBuffer;
        }
        const auto endpoint = endpoints.constFind(record.inode);
        if (endpoint != endpoints.cend()) {
            const SctpDiagRecord &socket = records.at(*endpoint);
            a.socketState = socket.state;
            if (socket.hasInfo)
                a.socketType = socket.info.socketType;
        }

        // The same association in /proc: what only the tables have.
        for (qsizetype i = 0; i < associations.size(); ++i) {
            const ProcSctpAssociation &p = associations.at(i);
            if (used.at(i) || p.inode != a.inode || p.localPort != a.localPort
                || p.peerPort != a.peerPort)
                continue;
            bool commonPeer = false;
            for (const QString &address : std::as_const(a.peerAddresses))
                commonPeer = commonPeer || p.peerAddresses.contains(address);
            if (!commonPeer)
                continue;
            used[i] = true;
            a.associationId = p.associationId;
            a.primaryLocalAddress = p.primaryLocalAddress;
            a.heartbeatInterval = p.heartbeatInterval;
            a.maxRetransmissions = p.maxRetransmissions;
            a.initRetries = p.initRetries;
            a.shutdownRetries = p.shutdownRetries;
            if (a.socketType < 0)
                a.socketType = p.socketType;
            if (a.socketState < 0)
                a.socketState = p.socketState;
            for (const ProcSctpPath &path : paths) {
                if (path.associationId == p.associationId)
                    entry.paths.append(path);
            }
            break;
        }
        if (entry.paths.isEmpty()) {
            // Not (yet) in the tables: the peer addresses, with what sctp_info says of the
            // primary.
            for (const QString &address : std::as_const(a.peerAddresses)) {
                ProcSctpPath path;
                path.address = address;
                if (record.hasInfo && address == a.primaryPeerAddress) {
                    path.state = SctpNames::pathStateFromKernel(record.info.primaryState);
                    path.rto = record.info.primaryRto;
                }
                entry.paths.append(path);
            }
        }
        entries.append(entry);
    }
    return entries;
}

QList<SystemAssociations::Entry> SystemAssociations::join(
        const QList<ProcSctpAssociation> &associations, const QList<ProcSctpPath> &paths)
{
    QList<Entry> entries;
    entries.reserve(associations.size());
    for (const ProcSctpAssociation &association : associations) {
        Entry entry;
        entry.association = association;
        for (const ProcSctpPath &path : paths) {
            if (path.associationId == association.associationId)
                entry.paths.append(path);
        }
        entries.append(entry);
    }
    return entries;
}

QList<SystemAssociations::Entry> SystemAssociations::read(QString *errorString)
{
    m_source = Source::None;
    // /proc files report size 0: read until the end.
    QFile assocs(m_procRoot + QStringLiteral("/net/sctp/assocs"));
    const bool haveAssocs = assocs.open(QIODevice::ReadOnly);
    const QByteArray assocText = haveAssocs ? assocs.readAll() : QByteArray();
    QFile remaddr(m_procRoot + QStringLiteral("/net/sctp/remaddr"));
    QByteArray remaddrText;
    if (remaddr.open(QIODevice::ReadOnly))
        remaddrText = remaddr.readAll();

    QList<Entry> entries;
    if (m_useSctpDiag) {
        QList<SctpDiagRecord> records;
        QString diagError;
        if (SctpDiagReader::dump(&records, &diagError)) {
            m_sctpDiagError.clear();
            entries = merge(records, ProcSctpParser::parseAssociations(assocText),
                            ProcSctpParser::parseRemoteAddresses(remaddrText));
            m_source = Source::SctpDiag;
        } else {
            m_sctpDiagError = diagError;
        }
    }
    if (m_source == Source::None) {
        if (!haveAssocs) {
            if (errorString) {
                *errorString = assocs.exists()
                        ? tr("Cannot read %1: %2").arg(assocs.fileName(), assocs.errorString())
                        : tr("%1 does not exist: this kernel has no SCTP module loaded.")
                                  .arg(assocs.fileName());
            }
            return {};
        }
        entries = join(ProcSctpParser::parseAssociations(assocText),
                       ProcSctpParser::parseRemoteAddresses(remaddrText));
        m_source = Source::Proc;
    }
    if (errorString)
        errorString->clear();

    if (m_resolveOwners) {
        QSet<quint64> inodes;
        for (const Entry &entry : std::as_const(entries)) {
            if (entry.association.inode != 0)
                inodes.insert(entry.association.inode);
        }
        resolveOwners(inodes);
        for (Entry &entry : entries) {
            const auto owner = m_owners.constFind(entry.association.inode);
            if (owner != m_owners.cend()) {
                entry.pid = owner->first;
                entry.command = owner->second;
            }
        }
    }
    return entries;
}

void SystemAssociations::resolveOwners(const QSet<quint64> &inodes)
{
    // Forget sockets that are gone; look only when there is an inode not seen before, since
    // walking every process's descriptors is the expensive part.
    for (auto it = m_owners.begin(); it != m_owners.end();) {
        if (!inodes.contains(it.key()))
            it = m_owners.erase(it);
        else
            ++it;
    }
    m_unresolved.intersect(inodes);
    bool unknown = false;
    for (quint64 inode : inodes) {
        if (!m_owners.contains(inode) && !m_unresolved.contains(inode)) {
            unknown = true;
            break;
        }
    }
    if (!unknown)
        return;

    const QDir proc(m_procRoot);
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidText : pids) {
        bool isPid = false;
        const qint64 pid = pidText.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QDir fds(proc.filePath(pidText + QStringLiteral("/fd")));
        const QStringList entries
                = fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        QString command;
        for (const QString &fd : entries) {
            // The link reads "socket:[12345]".
            char target[64];
            const ssize_t length = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(),
                                              target, sizeof target - 1);
            if (length < 9 || std::strncmp(target, "socket:[", 8) != 0)
                continue;
            const quint64 inode = QByteArrayView(target + 8, length - 9).toULongLong();
            if (!inodes.contains(inode))
                continue;
            if (command.isEmpty()) {
                QFile comm(proc.filePath(pidText + QStringLiteral("/comm")));
                if (comm.open(QIODevice::ReadOnly))
                    command = QString::fromLocal8Bit(comm.readAll()).trimmed();
            }
            m_owners.insert(inode, {pid, command});
        }
    }
    for (quint64 inode : inodes) {
        if (!m_owners.contains(inode))
            m_unresolved.insert(inode);
    }
}
