// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The monitor's pure parts that read what the kernel and the wire give: the /proc/net/sctp
// tables, sctp_diag's netlink replies (from byte fixtures laid out as the kernel's headers
// say), PPID and error cause names, and notifications turned into timeline events.

#include "associationlistmodel.h"
#include "eventdescriber.h"
#include "procsctpparser.h"
#include "sctpdiagparser.h"
#include "sctpdiagreader.h"
#include "sctpnames.h"
#include "systemassociations.h"

#include <QtCore/QDir>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <limits>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/sctp.h>

using namespace QtSctp;

namespace {

// As Linux 6.1 printed them for the monitor's demo plus an IPv6 pair (a tab before HBINT).
const char assocsText[]
        = " ASSOC     SOCK   STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE LPORT RPORT "
          "LADDRS <-> RADDRS HBINT INS OUTS MAXRT T1X T2X RTXC wmema wmemq sndbuf rcvbuf\n"
          "cc41e2d3 1bfdd3f2 2   1   3  0       5        0        0       0    67 37080  9000  "
          "fd00:0000:0000:0000:0000:0000:0000:0001 fd00:0000:0000:0000:0000:0000:0000:0002 <-> "
          "*fd00:0000:0000:0000:0000:0000:0000:0001 fd00:0000:0000:0000:0000:0000:0000:0002 \t"
          "    3000    10    10   10    0    0        0        1        0  1048576  1048576\n"
          "93dc0cfa  57683eb 2   1   3  0       4     1024        0       0    68 47447 40093  "
          "127.0.0.1 127.0.0.2 <-> *127.0.0.1 \t    3000     8     8   10    0    0        7     "
          "1025     1024  1048576  1048576\n"
          "f2156964  40f0931 2   1   3  0       3        0       12    1000    65 40093 47447  "
          "*127.0.0.1 <-> *127.0.0.1 127.0.0.2 \t    3000     8     8   10    0    0        0      "
          "  "
          "1        0  1048576  1048576\n";

const char remaddrText[] = "ADDR ASSOC_ID HB_ACT RTO MAX_PATH_RTX REM_ADDR_RTX START STATE\n"
                           "fd00:0000:0000:0000:0000:0000:0000:0001  5 1 300 5 0 0 2\n"
                           "fd00:0000:0000:0000:0000:0000:0000:0002  5 1 300 5 0 0 1\n"
                           "127.0.0.1  4 1 100 5 0 0 2\n"
                           "127.0.0.1  3 1 100 5 0 0 2\n"
                           "127.0.0.2  3 0 3000 5 0 0 0\n"
                           "127.0.0.2  3 0 3000 5 0 0 0\n";

template<typename T>
QByteArray bytesOf(const T &value, const QByteArray &tail = {})
{
    QByteArray bytes(reinterpret_cast<const char *>(&value), sizeof value);
    bytes += tail;
    // sn_length covers the tail too.
    const quint32 length = quint32(bytes.size());
    std::memcpy(bytes.data() + 4, &length, sizeof length);
    return bytes;
}

QByteArray associationChange(quint16 state, const QByteArray &info = {})
{
    sctp_assoc_change change{};
    change.sac_type = SCTP_ASSOC_CHANGE;
    change.sac_state = state;
    change.sac_outbound_streams = 8;
    change.sac_inbound_streams = 6;
    change.sac_assoc_id = 7;
    return bytesOf(change, info);
}

QByteArray peerAddressChange(const char *ipv4, int state)
{
    sctp_paddr_change change{};
    change.spc_type = SCTP_PEER_ADDR_CHANGE;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(3868);
    inet_pton(AF_INET, ipv4, &address.sin_addr);
    std::memcpy(&change.spc_aaddr, &address, sizeof address);
    change.spc_state = state;
    change.spc_assoc_id = 7;
    return bytesOf(change);
}

// One error cause: code and length in network byte order.
QByteArray errorCause(quint16 code, const QByteArray &body = {})
{
    QByteArray cause(4, '\0');
    const quint16 netCode = htons(code);
    const quint16 netLength = htons(quint16(4 + body.size()));
    std::memcpy(cause.data(), &netCode, 2);
    std::memcpy(cause.data() + 2, &netLength, 2);
    return cause + body;
}

// sctp_diag fixtures, as net/sctp/diag.c writes them.

QByteArray padded(QByteArray bytes)
{
    while (bytes.size() % 4 != 0)
        bytes.append('\0');
    return bytes;
}

QByteArray attribute(quint16 type, const QByteArray &data)
{
    nlattr header{};
    header.nla_len = quint16(NLA_HDRLEN + data.size());
    header.nla_type = type;
    return padded(QByteArray(reinterpret_cast<const char *>(&header), sizeof header) + data);
}

// One address in a sockaddr_storage slot.
QByteArray addressSlot(const char *text)
{
    sockaddr_storage storage{};
    if (std::strchr(text, ':')) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        inet_pton(AF_INET6, text, &in6->sin6_addr);
    } else {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        inet_pton(AF_INET, text, &in->sin_addr);
    }
    return QByteArray(reinterpret_cast<const char *>(&storage), sizeof storage);
}

QByteArray addressList(std::initializer_list<const char *> addresses)
{
    QByteArray bytes;
    for (const char *address : addresses)
        bytes += addressSlot(address);
    return bytes;
}

inet_diag_msg diagHeader(int family, int state, quint16 localPort, quint16 peerPort, quint32 inode)
{
    inet_diag_msg message{};
    message.idiag_family = quint8(family);
    message.idiag_state = quint8(state);
    message.id.idiag_sport = htons(localPort);
    message.id.idiag_dport = htons(peerPort);
    message.idiag_uid = 1000;
    message.idiag_inode = inode;
    return message;
}

QByteArray netlinkMessage(quint16 type, const QByteArray &payload, quint32 sequence = 1)
{
    nlmsghdr header{};
    header.nlmsg_len = quint32(NLMSG_HDRLEN + payload.size());
    header.nlmsg_type = type;
    header.nlmsg_flags = NLM_F_MULTI;
    header.nlmsg_seq = sequence;
    return padded(QByteArray(reinterpret_cast<const char *>(&header), sizeof header) + payload);
}

QByteArray diagMessage(const inet_diag_msg &message, const QByteArray &attributes,
                       quint32 sequence = 1)
{
    return netlinkMessage(SOCK_DIAG_BY_FAMILY,
                          QByteArray(reinterpret_cast<const char *>(&message), sizeof message)
                                  + attributes,
                          sequence);
}

QByteArray doneMessage(quint32 sequence = 1)
{
    const int status = 0;
    return netlinkMessage(NLMSG_DONE,
                          QByteArray(reinterpret_cast<const char *>(&status), sizeof status),
                          sequence);
}

QByteArray infoAttribute(const sctp_info &info, qsizetype size = sizeof(sctp_info))
{
    return attribute(INET_DIAG_INFO, QByteArray(reinterpret_cast<const char *>(&info), size));
}

// The association of inode 68 in assocsText (ASSOC-ID 4) as sctp_diag reports it, preceded
// by its socket's endpoint record.
QByteArray demoDatagram()
{
    sctp_info socketInfo{};
    socketInfo.sctpi_s_type = 2;
    const QByteArray endpoint = diagMessage(
            diagHeader(AF_INET, 1 /* TCP_ESTABLISHED */, 47447, 0, 68),
            infoAttribute(socketInfo)
                    + attribute(INET_DIAG_LOCALS, addressList({"127.0.0.1", "127.0.0.2"})));

    sctp_info info{};
    info.sctpi_state = 3;
    info.sctpi_rwnd = 106496;
    info.sctpi_peer_rwnd = 106000;
    info.sctpi_unackdata = 2;
    info.sctpi_instrms = 8;
    info.sctpi_outstrms = 10;
    info.sctpi_rtxchunks = 7;
    info.sctpi_opackets = 1234;
    info.sctpi_ipackets = 1200;
    auto *primary = reinterpret_cast<sockaddr_in *>(&info.sctpi_p_address);
    primary->sin_family = AF_INET;
    inet_pton(AF_INET, "127.0.0.1", &primary->sin_addr);
    info.sctpi_p_state = 2; // SCTP_ACTIVE
    info.sctpi_p_cwnd = 131064;
    info.sctpi_p_srtt = 3;
    info.sctpi_p_rto = 100;
    const quint32 memory[SK_MEMINFO_VARS] = {12, 1048576, 1024, 1048576, 0, 1025, 0, 0, 0};
    inet_diag_msg header = diagHeader(AF_INET, 3 /* ESTABLISHED */, 47447, 40093, 68);
    header.idiag_wqueue = 1024;
    header.idiag_rqueue = 12;
    inet_pton(AF_INET, "127.0.0.1", &header.id.idiag_src[0]);
    inet_pton(AF_INET, "127.0.0.1", &header.id.idiag_dst[0]);
    const QByteArray association = diagMessage(
            header,
            attribute(INET_DIAG_SHUTDOWN, QByteArray(1, '\0'))
                    + attribute(INET_DIAG_SKMEMINFO,
                                QByteArray(reinterpret_cast<const char *>(memory), sizeof memory))
                    + attribute(INET_DIAG_PAD, {}) + infoAttribute(info)
                    + attribute(INET_DIAG_LOCALS, addressList({"127.0.0.1", "127.0.0.2"}))
                    + attribute(99, QByteArray("from a future kernel"))
                    + attribute(INET_DIAG_PEERS, addressList({"127.0.0.1"})));
    return endpoint + association + doneMessage();
}

} // namespace

class tst_MonitorParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAssociations();
    void parseAssociationsOldLayout();
    void parseAssociationsWithoutHeader();
    void parseAssociationsSkipsMalformedLines();
    void parseRemoteAddresses();
    void normalizeAddress_data();
    void normalizeAddress();
    void joinAndRows();
    void readFromProcRoot();
    void missingProcTables();
    void sctpDiagRequest();
    void sctpDiagRecords();
    void sctpDiagIpv6();
    void sctpDiagErrors();
    void sctpDiagDamaged_data();
    void sctpDiagDamaged();
    void sctpDiagEveryTruncation();
    void sctpDiagMerge();
    void sctpDiagFallback();
    void ppidNames_data();
    void ppidNames();
    void errorCauses();
    void stateNames();
    void describeAbort();
    void describeRestartIsHighlighted();
    void describePeerAddressChange();
    void describeUnknownAndMalformed();
};

void tst_MonitorParsers::parseAssociations()
{
    QStringList warnings;
    const QList<ProcSctpAssociation> all = ProcSctpParser::parseAssociations(assocsText, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(all.size(), 3);

    const ProcSctpAssociation &v6 = all.at(0);
    QCOMPARE(v6.associationId, 5);
    QCOMPARE(v6.socketType, 2);
    QCOMPARE(v6.socketState, 1);
    QCOMPARE(v6.state, 3);
    QCOMPARE(v6.inode, quint64(67));
    QCOMPARE(v6.localPort, quint16(37080));
    QCOMPARE(v6.peerPort, quint16(9000));
    QCOMPARE(v6.localAddresses,
             (QStringList{QStringLiteral("fd00::1"), QStringLiteral("fd00::2")}));
    QCOMPARE(v6.peerAddresses, (QStringList{QStringLiteral("fd00::1"), QStringLiteral("fd00::2")}));
    QCOMPARE(v6.primaryPeerAddress, QStringLiteral("fd00::1"));
    QVERIFY(v6.primaryLocalAddress.isEmpty());
    QCOMPARE(v6.heartbeatInterval, 3000);
    QCOMPARE(v6.inboundStreams, 10);
    QCOMPARE(v6.outboundStreams, 10);
    QCOMPARE(v6.maxRetransmissions, 10);
    QCOMPARE(v6.sendBuffer, 1048576);

    const ProcSctpAssociation &server = all.at(1);
    QCOMPARE(server.associationId, 4);
    QCOMPARE(server.txQueue, 1024);
    QCOMPARE(server.retransmittedChunks, 7);
    QCOMPARE(server.peerAddresses, QStringList{QStringLiteral("127.0.0.1")});

    const ProcSctpAssociation &client = all.at(2);
    QCOMPARE(client.rxQueue, 12);
    QCOMPARE(client.uid, 1000);
    QCOMPARE(client.primaryLocalAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(client.peerAddresses.size(), 2);
}

void tst_MonitorParsers::parseAssociationsOldLayout()
{
    // Kernels before 3.x: no trailing columns after the peer addresses.
    const char text[] = " ASSOC     SOCK   STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE "
                        "LPORT RPORT LADDRS <-> RADDRS\n"
                        "c1 c2 0 10 3 12 9 0 0 0 4242 2905 2905 10.0.0.1 <-> *10.0.0.2 10.0.1.2\n";
    const QList<ProcSctpAssociation> all = ProcSctpParser::parseAssociations(text);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().associationId, 9);
    QCOMPARE(all.first().socketType, 0);
    QCOMPARE(all.first().peerAddresses.size(), 2);
    QCOMPARE(all.first().primaryPeerAddress, QStringLiteral("10.0.0.2"));
    QCOMPARE(all.first().heartbeatInterval, -1);
    QCOMPARE(all.first().inboundStreams, -1);
    QCOMPARE(ProcSctpParser::socketTypeName(0), QStringLiteral("one-to-many"));
    QCOMPARE(ProcSctpParser::socketTypeName(2), QStringLiteral("one-to-one"));
}

void tst_MonitorParsers::parseAssociationsWithoutHeader()
{
    QByteArray text(assocsText);
    text = text.mid(text.indexOf('\n') + 1);
    const QList<ProcSctpAssociation> withHeader = ProcSctpParser::parseAssociations(assocsText);
    QCOMPARE(ProcSctpParser::parseAssociations(text), withHeader);
}

void tst_MonitorParsers::parseAssociationsSkipsMalformedLines()
{
    QByteArray text(assocsText);
    text += "garbage\n";
    text += "a b 2 1 x 0 11 0 0 0 1 2 3 127.0.0.1 <-> 127.0.0.2\n";
    text += "\n";
    QStringList warnings;
    QCOMPARE(ProcSctpParser::parseAssociations(text, &warnings).size(), 3);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(1).contains(QLatin1String("ST")));
    QVERIFY(ProcSctpParser::parseAssociations(QByteArrayView()).isEmpty());
}

void tst_MonitorParsers::parseRemoteAddresses()
{
    const QList<ProcSctpPath> paths = ProcSctpParser::parseRemoteAddresses(remaddrText);
    // The repeated line of association 3 counts once.
    QCOMPARE(paths.size(), 5);
    QCOMPARE(paths.at(0).address, QStringLiteral("fd00::1"));
    QCOMPARE(paths.at(0).associationId, 5);
    QCOMPARE(paths.at(0).state, QSctpPeerAddressInfo::Active);
    QCOMPARE(paths.at(1).state, QSctpPeerAddressInfo::PotentiallyFailed);
    QCOMPARE(paths.at(4).address, QStringLiteral("127.0.0.2"));
    QCOMPARE(paths.at(4).rto, 3000);
    QCOMPARE(paths.at(4).heartbeatActive, false);
    QCOMPARE(paths.at(4).state, QSctpPeerAddressInfo::Inactive);

    QStringList warnings;
    QVERIFY(ProcSctpParser::parseRemoteAddresses("ADDR ASSOC_ID HB_ACT RTO MAX_PATH_RTX "
                                                 "REM_ADDR_RTX START STATE\nnot-an-address 1 1 1 "
                                                 "1 0 0 2\n127.0.0.1 1\n",
                                                 &warnings)
                    .isEmpty());
    QCOMPARE(warnings.size(), 2);
}

void tst_MonitorParsers::normalizeAddress_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << QByteArray("10.1.2.3") << QStringLiteral("10.1.2.3");
    QTest::newRow("primary ipv4") << QByteArray("*10.1.2.3") << QStringLiteral("10.1.2.3");
    QTest::newRow("full ipv6") << QByteArray("fe80:0000:0000:0000:0000:0000:0000:0001")
                               << QStringLiteral("fe80::1");
    QTest::newRow("number") << QByteArray("3000") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("bad") << QByteArray("1.2.3.999") << QString();
}

void tst_MonitorParsers::normalizeAddress()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    QCOMPARE(ProcSctpParser::normalizeAddress(token), expected);
}

void tst_MonitorParsers::joinAndRows()
{
    const QList<SystemAssociations::Entry> entries
            = SystemAssociations::join(ProcSctpParser::parseAssociations(assocsText),
                                       ProcSctpParser::parseRemoteAddresses(remaddrText));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).paths.size(), 2);
    QCOMPARE(entries.at(2).paths.size(), 2);

    AssociationListModel model;
    model.setRows(AssociationListModel::buildRows({}, entries));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex state = model.index(0, AssociationListModel::StateColumn);
    QCOMPARE(state.data().toString(),
             SctpNames::associationStateName(QSctpAssociationStatus::Established));
    QVERIFY(model.index(0, AssociationListModel::PathsColumn)
                    .data()
                    .toString()
                    .contains(SctpNames::pathStateName(QSctpPeerAddressInfo::PotentiallyFailed)));
    QCOMPARE(model.index(1, AssociationListModel::TxQueueColumn).data().toInt(), 1024);
    QCOMPARE(model.index(0, AssociationListModel::PeerColumn).data().toString(),
             QStringLiteral("[fd00::1]*/[fd00::2]:9000"));
    QCOMPARE(model.index(2, AssociationListModel::LocalColumn).data().toString(),
             QStringLiteral("127.0.0.1*:40093"));

    // Sorting and filtering through the proxy, as the view does.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.setFilterKeyColumn(-1);
    proxy.sort(AssociationListModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AssociationListModel::IdColumn).data().toInt(), 3);
    proxy.setFilterFixedString(QStringLiteral("fd00::2"));
    QCOMPARE(proxy.rowCount(), 1);

    // A refresh keeps rows in place and drops the gone ones.
    QList<AssociationListModel::Row> rows = model.rows();
    rows.removeAt(1);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, AssociationListModel::IdColumn).data().toInt(), 3);
}

void tst_MonitorParsers::readFromProcRoot()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("net/sctp")));
    QFile assocs(root.filePath(QStringLiteral("net/sctp/assocs")));
    QVERIFY(assocs.open(QIODevice::WriteOnly));
    assocs.write(assocsText);
    assocs.close();
    QFile remaddr(root.filePath(QStringLiteral("net/sctp/remaddr")));
    QVERIFY(remaddr.open(QIODevice::WriteOnly));
    remaddr.write(remaddrText);
    remaddr.close();

    SystemAssociations system(root.path());
    QString error = QStringLiteral("unset");
    const QList<SystemAssociations::Entry> entries = system.read(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).pid, -1); // no process owns inode 68 under this root
}

void tst_MonitorParsers::missingProcTables()
{
    QTemporaryDir root;
    SystemAssociations system(root.path());
    QString error;
    QVERIFY(system.read(&error).isEmpty());
    QVERIFY(error.contains(QLatin1String("net/sctp/assocs")));
}

void tst_MonitorParsers::sctpDiagRequest()
{
    const QByteArray request = SctpDiagParser::dumpRequest(AF_INET6, 7);
    QCOMPARE(request.size(), qsizetype(sizeof(nlmsghdr) + sizeof(inet_diag_req_v2)));
    nlmsghdr header;
    std::memcpy(&header, request.constData(), sizeof header);
    QCOMPARE(header.nlmsg_len, quint32(request.size()));
    QCOMPARE(header.nlmsg_type, quint16(SOCK_DIAG_BY_FAMILY));
    QCOMPARE(header.nlmsg_flags, quint16(NLM_F_REQUEST | NLM_F_DUMP));
    QCOMPARE(header.nlmsg_seq, 7u);
    inet_diag_req_v2 body;
    std::memcpy(&body, request.constData() + sizeof header, sizeof body);
    QCOMPARE(body.sdiag_family, quint8(AF_INET6));
    QCOMPARE(body.sdiag_protocol, quint8(IPPROTO_SCTP));
    QVERIFY(body.idiag_ext & (1 << (INET_DIAG_INFO - 1)));
    QVERIFY(body.idiag_ext & (1 << (INET_DIAG_SKMEMINFO - 1)));
    QCOMPARE(body.idiag_states, 0xffffffffu);
}

void tst_MonitorParsers::sctpDiagRecords()
{
    const SctpDiagParser::Batch batch = SctpDiagParser::parseDatagram(demoDatagram(), 1);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(batch.warnings.join(u'\n')));
    QVERIFY(batch.done);
    QCOMPARE(batch.records.size(), 2);

    const SctpDiagRecord &endpoint = batch.records.at(0);
    QVERIFY(!endpoint.isAssociation);
    QCOMPARE(endpoint.state, 1);
    QVERIFY(endpoint.hasInfo);
    QCOMPARE(endpoint.info.socketType, 2);
    QVERIFY(endpoint.info.primaryAddress.isEmpty());

    const SctpDiagRecord &association = batch.records.at(1);
    QVERIFY(association.isAssociation);
    QCOMPARE(association.family, AF_INET);
    QCOMPARE(association.state, 3);
    QCOMPARE(association.localPort, quint16(47447));
    QCOMPARE(association.peerPort, quint16(40093));
    QCOMPARE(association.localAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(association.peerAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(association.localAddresses,
             QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")}));
    QCOMPARE(association.peerAddresses, QStringList{QStringLiteral("127.0.0.1")});
    QCOMPARE(association.uid, 1000);
    QCOMPARE(association.inode, 68u);
    QCOMPARE(association.sendQueue, 1024u);
    QCOMPARE(association.receiveQueue, 12u);
    QCOMPARE(association.shutdown, 0);
    QCOMPARE(association.ignoredAttributes, 2); // INET_DIAG_PAD and type 99
    QVERIFY(association.hasInfo);
    QCOMPARE(association.info.state, 3);
    QCOMPARE(association.info.inboundStreams, 8);
    QCOMPARE(association.info.outboundStreams, 10);
    QCOMPARE(association.info.unackedChunks, 2);
    QCOMPARE(association.info.receiveWindow, 106496u);
    QCOMPARE(association.info.peerReceiveWindow, 106000u);
    QCOMPARE(association.info.retransmittedChunks, 7u);
    QCOMPARE(association.info.packetsSent, 1234u);
    QCOMPARE(association.info.primaryAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(association.info.primaryState, 2);
    QCOMPARE(association.info.primaryCwnd, 131064u);
    QCOMPARE(association.info.primarySrtt, 3u);
    QCOMPARE(association.info.primaryRto, 100u);
    QVERIFY(association.hasMemory);
    QCOMPARE(association.memory.receiveBuffer, 1048576);
    QCOMPARE(association.memory.sendQueued, 1025);
    QCOMPARE(association.memory.drops, 0);

    // A reply to another request is not this dump's.
    const SctpDiagParser::Batch other = SctpDiagParser::parseDatagram(demoDatagram(), 2);
    QVERIFY(other.records.isEmpty());
    QVERIFY(!other.done);
}

void tst_MonitorParsers::sctpDiagIpv6()
{
    // An AF_INET6 socket with an IPv6 path and an IPv4-mapped one; a short (older) meminfo.
    inet_diag_msg header = diagHeader(AF_INET6, 3, 9000, 37080, 67);
    inet_pton(AF_INET6, "fd00::1", header.id.idiag_src);
    inet_pton(AF_INET6, "::ffff:10.0.0.2", header.id.idiag_dst);
    const quint32 memory[4] = {0, 212992, 0, 212992};
    const QByteArray datagram
            = diagMessage(header,
                          attribute(INET_DIAG_LOCALS, addressList({"fd00::1", "fd00::2"}))
                                  + attribute(INET_DIAG_PEERS,
                                              addressList({"fd00::3", "::ffff:10.0.0.2"}))
                                  + attribute(INET_DIAG_SKMEMINFO,
                                              QByteArray(reinterpret_cast<const char *>(memory),
                                                         sizeof memory)))
            + doneMessage();
    const SctpDiagParser::Batch batch = SctpDiagParser::parseDatagram(datagram);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    QCOMPARE(batch.records.size(), 1);
    const SctpDiagRecord &record = batch.records.first();
    QCOMPARE(record.family, AF_INET6);
    QCOMPARE(record.localAddress, QStringLiteral("fd00::1"));
    QCOMPARE(record.peerAddress, QStringLiteral("10.0.0.2"));
    QCOMPARE(record.peerAddresses,
             QStringList({QStringLiteral("fd00::3"), QStringLiteral("10.0.0.2")}));
    QVERIFY(!record.hasInfo);
    QCOMPARE(record.memory.sendBuffer, 212992);
    QCOMPARE(record.memory.sendQueued, -1); // not in this array
}

void tst_MonitorParsers::sctpDiagErrors()
{
    // No sctp_diag: inet_diag answers ENOENT.
    struct
    {
        int error;
        nlmsghdr request;
    } failure{-ENOENT, {}};
    const SctpDiagParser::Batch missing = SctpDiagParser::parseDatagram(netlinkMessage(
            NLMSG_ERROR, QByteArray(reinterpret_cast<const char *>(&failure), sizeof failure)));
    QVERIFY(missing.done);
    QCOMPARE(missing.errorCode, ENOENT);
    QVERIFY(!missing.error.isEmpty());

    // An acknowledgement (error 0) is no error.
    const int ack = 0;
    const SctpDiagParser::Batch acknowledged = SctpDiagParser::parseDatagram(
            netlinkMessage(NLMSG_ERROR, QByteArray(reinterpret_cast<const char *>(&ack), 4))
            + doneMessage());
    QVERIFY(acknowledged.error.isEmpty());
    QVERIFY(acknowledged.done);

    // A dump that ended badly says so in NLMSG_DONE.
    const int interrupted = -EINTR;
    const SctpDiagParser::Batch done = SctpDiagParser::parseDatagram(netlinkMessage(
            NLMSG_DONE, QByteArray(reinterpret_cast<const char *>(&interrupted), 4)));
    QCOMPARE(done.errorCode, EINTR);

    // A damaged code with no positive counterpart (INT_MIN) is still an error, without
    // overflow (UBSan found this one).
    const int damaged = std::numeric_limits<int>::min();
    const SctpDiagParser::Batch overflow = SctpDiagParser::parseDatagram(
            netlinkMessage(NLMSG_ERROR, QByteArray(reinterpret_cast<const char *>(&damaged), 4)));
    QVERIFY(overflow.done);
    QVERIFY(overflow.errorCode > 0);

    // An NLMSG_ERROR too short for its code.
    const SctpDiagParser::Batch shortError
            = SctpDiagParser::parseDatagram(netlinkMessage(NLMSG_ERROR, QByteArray(2, '\0')));
    QVERIFY(shortError.done);
    QVERIFY(!shortError.error.isEmpty());

    // Nothing at all is no record and no error (more may follow).
    const SctpDiagParser::Batch empty = SctpDiagParser::parseDatagram(QByteArrayView());
    QVERIFY(empty.records.isEmpty() && empty.error.isEmpty() && !empty.done);
}

void tst_MonitorParsers::sctpDiagDamaged_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QString>("complaint"); // in the error or the warning
    QTest::addColumn<bool>("fatal"); // the datagram cannot be read on (else: record skipped)

    const inet_diag_msg header = diagHeader(AF_INET, 3, 1, 2, 3);
    const QByteArray good
            = diagMessage(header, attribute(INET_DIAG_PEERS, addressSlot("10.0.0.1")));
    sctp_info info{};

    QByteArray claimsMore = good;
    quint32 tooLong = quint32(good.size() + 8);
    std::memcpy(claimsMore.data(), &tooLong, 4);
    QTest::newRow("message longer than the datagram") << claimsMore << "claims" << true;
    QTest::newRow("header cut") << good.left(10) << "netlink header" << true;
    QTest::newRow("payload shorter than inet_diag_msg")
            << netlinkMessage(SOCK_DIAG_BY_FAMILY, QByteArray(40, '\0')) << "inet_diag_msg"
            << false;
    inet_diag_msg local = header;
    local.idiag_family = AF_UNIX;
    QTest::newRow("unknown family") << diagMessage(local, {}) << "family 1" << false;

    QByteArray attributeTooLong = attribute(INET_DIAG_PEERS, addressSlot("10.0.0.1"));
    const quint16 hugeLength = 4000;
    std::memcpy(attributeTooLong.data(), &hugeLength, 2);
    QTest::newRow("attribute longer than the message")
            << diagMessage(header, attributeTooLong) << "claims 4000" << false;
    QByteArray attributeTooShort = attribute(INET_DIAG_SHUTDOWN, QByteArray(1, '\0'));
    const quint16 tinyLength = 2;
    std::memcpy(attributeTooShort.data(), &tinyLength, 2);
    QTest::newRow("attribute length below its header")
            << diagMessage(header, attributeTooShort) << "claims 2" << false;
    QTest::newRow("attribute header cut")
            << diagMessage(header, QByteArray(2, '\x10')) << "attribute header" << false;
    QTest::newRow("info too short") << diagMessage(header, infoAttribute(info, 200))
                                    << "INET_DIAG_INFO has 200 bytes" << false;
    QTest::newRow("address list not whole slots")
            << diagMessage(header, attribute(INET_DIAG_LOCALS, addressSlot("10.0.0.1").left(100)))
            << "INET_DIAG_LOCALS has 100 bytes" << false;
    QByteArray badFamily = addressSlot("10.0.0.1");
    const sa_family_t strange = 77;
    std::memcpy(badFamily.data(), &strange, sizeof strange);
    QTest::newRow("address of unknown family")
            << diagMessage(header, attribute(INET_DIAG_PEERS, badFamily)) << "family 77" << false;
    auto *primary = reinterpret_cast<sockaddr_storage *>(&info.sctpi_p_address);
    primary->ss_family = 77;
    QTest::newRow("primary address of unknown family")
            << diagMessage(header, infoAttribute(info)) << "primary path" << false;
    QTest::newRow("unexpected message type")
            << netlinkMessage(NLMSG_MIN_TYPE + 100, QByteArray(8, '\0')) << "type" << false;
}

void tst_MonitorParsers::sctpDiagDamaged()
{
    QFETCH(QByteArray, datagram);
    QFETCH(QString, complaint);
    QFETCH(bool, fatal);
    // A good record after the damaged one is still read unless the framing is lost.
    const QByteArray next = diagMessage(diagHeader(AF_INET, 3, 5, 6, 7),
                                        attribute(INET_DIAG_PEERS, addressSlot("10.0.0.9")));
    const SctpDiagParser::Batch batch
            = SctpDiagParser::parseDatagram(fatal ? datagram : datagram + next);
    if (fatal) {
        QVERIFY2(batch.error.contains(complaint), qPrintable(batch.error));
        QVERIFY(batch.done);
    } else {
        QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
        QCOMPARE(batch.warnings.size(), 1);
        QVERIFY2(batch.warnings.first().contains(complaint), qPrintable(batch.warnings.first()));
        QCOMPARE(batch.records.size(), 1);
        QCOMPARE(batch.records.first().peerAddresses, QStringList{QStringLiteral("10.0.0.9")});
    }
}

void tst_MonitorParsers::sctpDiagEveryTruncation()
{
    // Every prefix of a good datagram: never a crash or a read past the end (run it under
    // ASan to see the latter); a cut between messages is a shorter datagram, any other an
    // error.
    const QByteArray datagram = demoDatagram();
    QList<qsizetype> boundaries{0};
    for (qsizetype offset = 0; offset < datagram.size();) {
        quint32 length;
        std::memcpy(&length, datagram.constData() + offset, 4);
        offset += NLMSG_ALIGN(length);
        boundaries << offset;
    }
    QCOMPARE(boundaries.size(), 4); // endpoint, association, done
    for (qsizetype length = 0; length < datagram.size(); ++length) {
        const SctpDiagParser::Batch batch
                = SctpDiagParser::parseDatagram(QByteArrayView(datagram.constData(), length));
        QVERIFY(batch.records.size() <= 2);
        if (boundaries.contains(length))
            QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
        else
            QVERIFY2(!batch.error.isEmpty(), qPrintable(QString::number(length)));
    }
    // And the association's payload cut anywhere: decoded, or an error that says why.
    const QByteArray payload = datagram.mid(boundaries.at(1) + NLMSG_HDRLEN,
                                            boundaries.at(2) - boundaries.at(1) - NLMSG_HDRLEN);
    int decoded = 0;
    for (qsizetype length = 0; length <= payload.size(); ++length) {
        SctpDiagRecord record;
        QString error;
        if (SctpDiagParser::parseMessage(QByteArrayView(payload.constData(), length), &record,
                                         &error))
            ++decoded;
        else
            QVERIFY(!error.isEmpty());
    }
    QVERIFY(decoded >= 2); // at least the whole and the bare inet_diag_msg
}

void tst_MonitorParsers::sctpDiagMerge()
{
    SctpDiagParser::Batch batch = SctpDiagParser::parseDatagram(demoDatagram());
    QCOMPARE(batch.records.size(), 2);
    // A second association that /proc does not list (yet): its peers with what sctp_info
    // says of the primary.
    SctpDiagRecord unlisted = batch.records.at(1);
    unlisted.inode = 99;
    unlisted.peerAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.3")};
    batch.records.append(unlisted);

    const QList<SystemAssociations::Entry> entries = SystemAssociations::merge(
            batch.records, ProcSctpParser::parseAssociations(assocsText),
            ProcSctpParser::parseRemoteAddresses(remaddrText));
    QCOMPARE(entries.size(), 2);
    const SystemAssociations::Entry &listed = entries.at(0);
    QVERIFY(listed.hasDiag);
    QCOMPARE(listed.association.associationId, 4); // from /proc
    QCOMPARE(listed.association.heartbeatInterval, 3000);
    QCOMPARE(listed.association.socketType, 2); // from the endpoint record
    QCOMPARE(listed.association.socketState, 1);
    QCOMPARE(listed.association.inboundStreams, 8); // from sctp_info
    QCOMPARE(listed.association.outboundStreams, 10);
    QCOMPARE(listed.association.primaryPeerAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(listed.association.txQueue, 1024);
    QCOMPARE(listed.paths.size(), 1);
    QCOMPARE(listed.paths.first().rto, 100);

    const SystemAssociations::Entry &fresh = entries.at(1);
    QCOMPARE(fresh.association.associationId, 0);
    QCOMPARE(fresh.paths.size(), 2);
    QCOMPARE(fresh.paths.at(0).state, QSctpPeerAddressInfo::Active);
    QCOMPARE(fresh.paths.at(0).rto, 100);
    QCOMPARE(fresh.paths.at(1).state, QSctpPeerAddressInfo::Unknown);

    // The list says where the figures came from, and the primary's SRTT and cwnd.
    AssociationListModel model;
    model.setRows(AssociationListModel::buildRows({}, entries));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AssociationListModel::SourceColumn).data().toString(),
             QStringLiteral("system (sctp_diag)"));
    const QString paths = model.index(0, AssociationListModel::PathsColumn).data().toString();
    QVERIFY2(paths.contains(QLatin1String("SRTT 3 ms")) && paths.contains(QLatin1String("131064")),
             qPrintable(paths));
    QCOMPARE(model.index(0, AssociationListModel::StreamsColumn).data().toString(),
             QStringLiteral("8 in / 10 out"));
    QCOMPARE(model.index(0, AssociationListModel::ProcessColumn).data().toString(),
             QStringLiteral("uid 1000"));
    const QString details
            = model.index(0, AssociationListModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(details.contains(QLatin1String("106000")) && details.contains(QLatin1String("1234"))
                     && details.contains(QLatin1String("sctp_diag")),
             qPrintable(details));

    // Read from /proc alone, the same association says so.
    model.setRows(AssociationListModel::buildRows(
            {},
            SystemAssociations::join(ProcSctpParser::parseAssociations(assocsText),
                                     ProcSctpParser::parseRemoteAddresses(remaddrText))));
    QCOMPARE(model.index(0, AssociationListModel::SourceColumn).data().toString(),
             QStringLiteral("system (/proc)"));
}

void tst_MonitorParsers::sctpDiagFallback()
{
    // This kernel as it is: with sctp_diag the host's list comes from it; without (a kernel
    // with no SCTP, like most CI hosts) the reader says so and the list falls back to /proc,
    // which names the reason.
    QList<SctpDiagRecord> records;
    QString error;
    bool notAvailable = false;
    const bool answered = SctpDiagReader::dump(&records, &error, &notAvailable);
    SystemAssociations system;
    QVERIFY(system.usesSctpDiag());
    QString readError;
    system.read(&readError);
    if (answered) {
        QCOMPARE(system.source(), SystemAssociations::Source::SctpDiag);
        QVERIFY(system.sourceText().contains(QLatin1String("sctp_diag")));
    } else {
        qInfo("without sctp_diag: %s", qPrintable(error));
        QVERIFY2(notAvailable, qPrintable(error)); // missing, not broken
        QVERIFY(records.isEmpty());
        QVERIFY(error.contains(QLatin1String("sctp_diag")));
        QCOMPARE(system.sctpDiagError(), error);
        if (QFile::exists(QStringLiteral("/proc/net/sctp/assocs"))) {
            QCOMPARE(system.source(), SystemAssociations::Source::Proc);
            QVERIFY(system.sourceText().contains(error));
        } else {
            QCOMPARE(system.source(), SystemAssociations::Source::None);
            QVERIFY(readError.contains(QLatin1String("/proc/net/sctp/assocs")));
        }
    }
    // A test's /proc never asks the kernel.
    QTemporaryDir root;
    QVERIFY(!SystemAssociations(root.path()).usesSctpDiag());
}

void tst_MonitorParsers::ppidNames_data()
{
    QTest::addColumn<quint32>("ppid");
    QTest::addColumn<QString>("name");
    QTest::newRow("M3UA") << 3u << QStringLiteral("M3UA");
    QTest::newRow("S1AP") << 18u << QStringLiteral("S1AP");
    QTest::newRow("X2AP") << 27u << QStringLiteral("X2AP");
    QTest::newRow("Diameter") << 46u << QStringLiteral("Diameter");
    QTest::newRow("Diameter/DTLS") << 47u << QStringLiteral("Diameter/DTLS");
    QTest::newRow("WebRTC DCEP") << 50u << QStringLiteral("WebRTC DCEP");
    QTest::newRow("WebRTC String") << 51u << QStringLiteral("WebRTC String");
    QTest::newRow("WebRTC Binary Partial") << 52u << QStringLiteral("WebRTC Binary Partial");
    QTest::newRow("WebRTC Binary") << 53u << QStringLiteral("WebRTC Binary");
    QTest::newRow("WebRTC String Partial") << 54u << QStringLiteral("WebRTC String Partial");
    // The registry gives 55 to 3GPP, between the WebRTC values.
    QTest::newRow("3GPP PUA") << 55u << QStringLiteral("3GPP PUA");
    QTest::newRow("WebRTC String Empty") << 56u << QStringLiteral("WebRTC String Empty");
    QTest::newRow("WebRTC Binary Empty") << 57u << QStringLiteral("WebRTC Binary Empty");
    QTest::newRow("NGAP") << 60u << QStringLiteral("NGAP");
    QTest::newRow("unassigned") << 26u << QString();
    QTest::newRow("large") << 0xffffffffu << QString();
}

void tst_MonitorParsers::ppidNames()
{
    QFETCH(quint32, ppid);
    QFETCH(QString, name);
    QCOMPARE(SctpNames::ppidName(ppid), name);
    const QString label = SctpNames::ppidLabel(ppid);
    QVERIFY(label.contains(QString::number(ppid)));
    if (!name.isEmpty())
        QCOMPARE(label, QStringLiteral("%1 (%2)").arg(name).arg(ppid));
}

void tst_MonitorParsers::errorCauses()
{
    QCOMPARE(SctpNames::errorCauseName(12), QStringLiteral("User-Initiated Abort"));
    QCOMPARE(SctpNames::errorCauseName(13), QStringLiteral("Protocol Violation"));
    QCOMPARE(SctpNames::errorCauseName(0xa0),
             QStringLiteral("Request to Delete Last Remaining IP Address"));
    QVERIFY(SctpNames::errorCauseName(999).isEmpty());
    QCOMPARE(SctpNames::errorCauseLabel(12), QStringLiteral("12 (User-Initiated Abort)"));
    QCOMPARE(SctpNames::errorCauseLabel(999), QStringLiteral("cause 999"));
}

void tst_MonitorParsers::stateNames()
{
    QCOMPARE(SctpNames::pathStateKey(QSctpPeerAddressInfo::PotentiallyFailed),
             QStringLiteral("POTENTIALLY_FAILED"));
    QCOMPARE(SctpNames::pathStateFromKernel(3), QSctpPeerAddressInfo::Unconfirmed);
    QCOMPARE(SctpNames::pathStateFromKernel(0xffff), QSctpPeerAddressInfo::Unknown);
    // /proc's ST counts from CLOSED = 0; SCTP_STATUS from EMPTY = 0.
    QCOMPARE(SctpNames::associationStateFromProc(3), QSctpAssociationStatus::Established);
    QCOMPARE(SctpNames::associationStateFromProc(0), QSctpAssociationStatus::Closed);
    QCOMPARE(SctpNames::associationStateFromProc(8), QSctpAssociationStatus::Empty);
    QCOMPARE(SctpNames::associationStateKey(QSctpAssociationStatus::ShutdownAckSent),
             QStringLiteral("SHUTDOWN_ACK_SENT"));
}

void tst_MonitorParsers::describeAbort()
{
    const QSctpNotification notification = QSctpNotification::decode(
            associationChange(SCTP_COMM_LOST, errorCause(12, QByteArrayLiteral("bye!"))));
    QVERIFY(notification.isValid());
    const TimelineEvent event = EventDescriber::describe(notification);
    QCOMPARE(event.kind, QStringLiteral("AssociationChange"));
    QCOMPARE(event.code, QStringLiteral("COMM_LOST (ABORT)"));
    QCOMPARE(event.severity, TimelineEvent::Critical);
    QVERIFY2(event.summary.contains(QLatin1String("User-Initiated Abort")),
             qPrintable(event.summary));
    QCOMPARE(event.details.value(QStringLiteral("state")).toString(),
             QStringLiteral("CommunicationLost"));
    QCOMPARE(event.details.value(QStringLiteral("abortCauseCode")).toInt(), 12);
    QCOMPARE(event.details.value(QStringLiteral("abortCauseName")).toString(),
             QStringLiteral("User-Initiated Abort"));
    QCOMPARE(event.details.value(QStringLiteral("associationId")).toInt(), 7);

    const TimelineEvent lost = EventDescriber::describe(
            QSctpNotification::decode(associationChange(SCTP_COMM_LOST)));
    QCOMPARE(lost.code, QStringLiteral("COMM_LOST"));
    QVERIFY(!lost.details.contains(QStringLiteral("abortCauseName")));
}

void tst_MonitorParsers::describeRestartIsHighlighted()
{
    const TimelineEvent restart
            = EventDescriber::describe(QSctpNotification::decode(associationChange(SCTP_RESTART)));
    QCOMPARE(restart.code, QStringLiteral("RESTART"));
    QVERIFY(restart.highlight);
    QCOMPARE(restart.severity, TimelineEvent::Warning);
    const TimelineEvent up
            = EventDescriber::describe(QSctpNotification::decode(associationChange(SCTP_COMM_UP)));
    QCOMPARE(up.code, QStringLiteral("COMM_UP"));
    QVERIFY(!up.highlight);
    QVERIFY(up.summary.contains(QLatin1String("8 outbound")));
}

void tst_MonitorParsers::describePeerAddressChange()
{
    const TimelineEvent pf = EventDescriber::describe(
            QSctpNotification::decode(peerAddressChange("10.0.1.2", SCTP_ADDR_PF)));
    QCOMPARE(pf.code, QStringLiteral("ADDR_POTENTIALLY_FAILED"));
    QCOMPARE(pf.severity, TimelineEvent::Warning);
    QVERIFY(pf.summary.contains(QLatin1String("10.0.1.2")));
    QCOMPARE(pf.details.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.1.2"));
    QCOMPARE(pf.details.value(QStringLiteral("port")).toInt(), 3868);

    const TimelineEvent down = EventDescriber::describe(
            QSctpNotification::decode(peerAddressChange("10.0.1.2", SCTP_ADDR_UNREACHABLE)));
    QCOMPARE(down.code, QStringLiteral("ADDR_UNREACHABLE"));
    QCOMPARE(down.severity, TimelineEvent::Critical);
    const TimelineEvent primary = EventDescriber::describe(
            QSctpNotification::decode(peerAddressChange("10.0.0.2", SCTP_ADDR_MADE_PRIM)));
    QCOMPARE(primary.code, QStringLiteral("ADDR_MADE_PRIM"));
}

void tst_MonitorParsers::describeUnknownAndMalformed()
{
    QByteArray unknown(12, '\0');
    const quint16 type = 0x80ff;
    std::memcpy(unknown.data(), &type, 2);
    const quint32 length = 12;
    std::memcpy(unknown.data() + 4, &length, 4);
    const TimelineEvent other = EventDescriber::describe(QSctpNotification::decode(unknown));
    QCOMPARE(other.code, QStringLiteral("UNKNOWN"));
    QVERIFY(other.summary.contains(QLatin1String("80ff")));

    const TimelineEvent broken
            = EventDescriber::describe(QSctpNotification::decode(QByteArray(3, '\1')));
    QCOMPARE(broken.kind, QStringLiteral("Malformed"));
    QCOMPARE(broken.severity, TimelineEvent::Warning);
}

QTEST_GUILESS_MAIN(tst_MonitorParsers)
#include "tst_monitorparsers.moc"
