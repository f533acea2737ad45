// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "systemassociations.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

#include <cstring>
#include <unistd.h>

SystemAssociations::SystemAssociations(const QString &procRoot)
    : m_procRoot(procRoot)
{ }

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
    QFile assocs(m_procRoot + QStringLiteral("/net/sctp/assocs"));
    if (!assocs.open(QIODevice::ReadOnly)) {
        if (errorString) {
            *errorString = assocs.exists()
                    ? tr("Cannot read %1: %2").arg(assocs.fileName(), assocs.errorString())
                    : tr("%1 does not exist: this kernel has no SCTP module loaded.")
                              .arg(assocs.fileName());
        }
        return {};
    }
    // /proc files report size 0: read until the end.
    const QByteArray assocText = assocs.readAll();
    QFile remaddr(m_procRoot + QStringLiteral("/net/sctp/remaddr"));
    QByteArray remaddrText;
    if (remaddr.open(QIODevice::ReadOnly))
        remaddrText = remaddr.readAll();
    if (errorString)
        errorString->clear();

    QList<Entry> entries = join(ProcSctpParser::parseAssociations(assocText),
                                ProcSctpParser::parseRemoteAddresses(remaddrText));
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
