// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Pure tests of QtSctp::QSctpAddress: parsing, printing, the go-sctp network rules and the
// sockaddr arrays for sctp_bindx()/sctp_connectx(). No SCTP socket is opened.
//
// The go-sctp rows are ported from georgeyanev/go-sctp: every case of TestResolveSCTPAddr
// (sock_test.go) and the address cases of TestSCTPListener and TestSCTPListenerNoPortAdded
// (listen_test.go). Go's net.IP does not tell 127.0.0.1 and ::ffff:127.0.0.1 apart; here
// resolve() (which applies the network rules) turns the mapped form into plain IPv4, which
// gives the same results as Go's tests expect.

#include <QtSctp/QSctpAddress>

#include <QtCore/QMetaProperty>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtNetwork/QHostInfo>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>

using QtSctp::QSctpAddress;

// Readable QCOMPARE failures.
namespace QtSctp {
char *toString(const QSctpAddress &address)
{
    return QTest::toString(address.toString());
}
} // namespace QtSctp

namespace {

QHostAddress h(const char *text)
{
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(text)))
        qFatal("bad test address %s", text);
    return a;
}

QHostAddress zoned(const char *text, const char *zone)
{
    QHostAddress a = h(text);
    a.setScopeId(QString::fromLatin1(zone));
    return a;
}

// "sctp"/"sctp4"/"sctp6" as in the Go tables; anything else is an unknown network.
std::optional<QSctpAddress::Network> net(const QString &name)
{
    return QSctpAddress::networkFromString(name);
}

QString loIndex()
{
    return QString::number(::if_nametoindex("lo"));
}

// The entries of a sockaddr array as text: "127.0.0.1" or "fe80::1%<scope id>", checking on
// the way that every entry has the family and port expected.
QStringList decodeSockaddrs(const QByteArray &bytes, int count, int family, quint16 port)
{
    QStringList entries;
    const qsizetype entrySize = family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
    if (bytes.size() != count * entrySize)
        return {QStringLiteral("size %1 for %2 entries").arg(bytes.size()).arg(count)};
    for (int i = 0; i < count; ++i) {
        const char *p = bytes.constData() + i * entrySize;
        // The port in network byte order, at the same offset in both structures.
        const auto *raw = reinterpret_cast<const unsigned char *>(p);
        if (raw[2] != (port >> 8) || raw[3] != (port & 0xff))
            entries << QStringLiteral("bad port bytes %1 %2").arg(raw[2]).arg(raw[3]);
        char buffer[INET6_ADDRSTRLEN];
        if (family == AF_INET) {
            sockaddr_in sin;
            std::memcpy(&sin, p, sizeof sin);
            if (sin.sin_family != AF_INET)
                entries << QStringLiteral("bad family %1").arg(sin.sin_family);
            ::inet_ntop(AF_INET, &sin.sin_addr, buffer, sizeof buffer);
            entries << QString::fromLatin1(buffer);
        } else {
            sockaddr_in6 sin6;
            std::memcpy(&sin6, p, sizeof sin6);
            if (sin6.sin6_family != AF_INET6)
                entries << QStringLiteral("bad family %1").arg(sin6.sin6_family);
            ::inet_ntop(AF_INET6, &sin6.sin6_addr, buffer, sizeof buffer);
            QString entry = QString::fromLatin1(buffer);
            if (sin6.sin6_scope_id)
                entry += u'%' + QString::number(sin6.sin6_scope_id);
            entries << entry;
        }
    }
    return entries;
}

sockaddr_in sin4(const char *ip, quint16 port)
{
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    ::inet_pton(AF_INET, ip, &sin.sin_addr);
    return sin;
}

sockaddr_in6 sin6(const char *ip, quint16 port, quint32 scope = 0)
{
    sockaddr_in6 sin{};
    sin.sin6_family = AF_INET6;
    sin.sin6_port = htons(port);
    sin.sin6_scope_id = scope;
    ::inet_pton(AF_INET6, ip, &sin.sin6_addr);
    return sin;
}

template<typename T>
void append(QByteArray *bytes, const T &value)
{
    bytes->append(reinterpret_cast<const char *>(&value), sizeof value);
}

} // namespace

class tst_QSctpAddress : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void constructors();
    void networkFromString_data();
    void networkFromString();

    void fromString_data();
    void fromString();
    void fromStringErrors_data();
    void fromStringErrors();
    void manyAddresses_data();
    void manyAddresses();

    void goResolveSCTPAddr_data();
    void goResolveSCTPAddr();
    void goListener_data();
    void goListener();
    void goListenerNoPortAdded_data();
    void goListenerNoPortAdded();

    void normalized_data();
    void normalized();
    void addressFamily_data();
    void addressFamily();

    void toSockaddrs_data();
    void toSockaddrs();
    void sockaddrRoundTrip_data();
    void sockaddrRoundTrip();
    void fromSockaddrs();
    void fromSockaddrsErrors_data();
    void fromSockaddrsErrors();
    void fromSockaddr();

    void equalityAndHash();
    void metaType();
    void debugStream();

    void resolveBlocking_data();
    void resolveBlocking();
    void resolveAsync_data();
    void resolveAsync();
    void resolveAsyncContextDestroyed();
};

void tst_QSctpAddress::defaults()
{
    const QSctpAddress a;
    QVERIFY(a.isNull());
    QVERIFY(a.isWildcard());
    QVERIFY(a.addresses().isEmpty());
    QCOMPARE(a.port(), quint16(0));
    QCOMPARE(a.toString(), QStringLiteral(":0"));
    QCOMPARE(a, QSctpAddress());
}

void tst_QSctpAddress::constructors()
{
    QSctpAddress a(h("127.0.0.1"), 80);
    QCOMPARE(a.addresses(), QList<QHostAddress>{h("127.0.0.1")});
    QCOMPARE(a.port(), quint16(80));
    QVERIFY(!a.isNull());
    QVERIFY(!a.isWildcard());

    // Null entries are dropped; Any becomes "::".
    QSctpAddress b({QHostAddress(), h("::1"), QHostAddress(QHostAddress::Any)}, 9);
    QCOMPARE(b.toString(), QStringLiteral("[::1]/[::]:9"));

    a.setPort(0);
    a.setAddresses({});
    QVERIFY(a.isNull());
    a.setAddresses({h("0.0.0.0"), h("::")});
    QVERIFY(a.isWildcard());
    QVERIFY(!a.isNull());

    QSctpAddress c(zoned("fe80::1", "lo"), 1);
    QSctpAddress d;
    swap(c, d);
    QVERIFY(c.isNull());
    QCOMPARE(d.toString(), QStringLiteral("[fe80::1%lo]:1"));
}

void tst_QSctpAddress::networkFromString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("network"); // -1: unknown

    QTest::newRow("sctp") << "sctp" << int(QSctpAddress::Sctp);
    QTest::newRow("sctp4") << "sctp4" << int(QSctpAddress::Sctp4);
    QTest::newRow("sctp6") << "sctp6" << int(QSctpAddress::Sctp6);
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("http") << "http" << -1;
    QTest::newRow("tcp") << "tcp" << -1;
    QTest::newRow("SCTP") << "SCTP" << -1;
    QTest::newRow("sctp46") << "sctp46" << -1;
}

void tst_QSctpAddress::networkFromString()
{
    QFETCH(QString, name);
    QFETCH(int, network);
    const auto parsed = QSctpAddress::networkFromString(name);
    QCOMPARE(parsed.has_value(), network >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), network);
        QCOMPARE(QSctpAddress::networkName(*parsed), name);
    }
}

void tst_QSctpAddress::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QHostAddress>>("addresses");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("printed");

    using L = QList<QHostAddress>;
    QTest::newRow("two IPv4") << "127.0.0.1/127.0.0.2:3868" << L{h("127.0.0.1"), h("127.0.0.2")}
                              << 3868 << "127.0.0.1/127.0.0.2:3868";
    QTest::newRow("IPv6 and IPv4")
            << "[::1]/127.0.0.1:0" << L{h("::1"), h("127.0.0.1")} << 0 << "[::1]/127.0.0.1:0";
    QTest::newRow("zone by name") << "[fe80::1%lo]/[::1]:5333"
                                  << L{zoned("fe80::1", "lo"), h("::1")} << 5333
                                  << "[fe80::1%lo]/[::1]:5333";
    QTest::newRow("zone by number")
            << "[fe80::1%1]:80" << L{zoned("fe80::1", "1")} << 80 << "[fe80::1%1]:80";
    QTest::newRow("zone with dot") << "[fe80::1%eth0.100]:1" << L{zoned("fe80::1", "eth0.100")} << 1
                                   << "[fe80::1%eth0.100]:1";
    QTest::newRow("empty host") << ":8000" << L{} << 8000 << ":8000";
    QTest::newRow("empty port") << "127.0.0.1:" << L{h("127.0.0.1")} << 0 << "127.0.0.1:0";
    QTest::newRow("empty host and port") << ":" << L{} << 0 << ":0";
    QTest::newRow("empty text") << "" << L{} << 0 << ":0";
    QTest::newRow("service") << "127.0.0.1:http" << L{h("127.0.0.1")} << 80 << "127.0.0.1:80";
    QTest::newRow("service https") << "[::1]:https" << L{h("::1")} << 443 << "[::1]:443";
    QTest::newRow("port 0") << "127.0.0.1:0" << L{h("127.0.0.1")} << 0 << "127.0.0.1:0";
    QTest::newRow("port 65535") << "255.255.255.255:65535" << L{h("255.255.255.255")} << 65535
                                << "255.255.255.255:65535";
    QTest::newRow("leading zeros in port")
            << "1.2.3.4:0080" << L{h("1.2.3.4")} << 80 << "1.2.3.4:80";
    QTest::newRow("v4-mapped kept")
            << "[::ffff:127.0.0.1]:1" << L{h("::ffff:127.0.0.1")} << 1 << "[::ffff:127.0.0.1]:1";
    QTest::newRow("v4-compatible") << "[::1.2.3.4]:1" << L{h("::1.2.3.4")} << 1 << "[::1.2.3.4]:1";
    QTest::newRow("bracketed IPv4") << "[127.0.0.1]:1" << L{h("127.0.0.1")} << 1 << "127.0.0.1:1";
    QTest::newRow("IPv4 wildcard") << "0.0.0.0:1" << L{h("0.0.0.0")} << 1 << "0.0.0.0:1";
    QTest::newRow("IPv6 wildcard") << "[::]:1" << L{h("::")} << 1 << "[::]:1";
    QTest::newRow("upper-case IPv6")
            << "[2001:DB8::1]:1" << L{h("2001:db8::1")} << 1 << "[2001:db8::1]:1";
    QTest::newRow("long IPv6") << "[2001:db8:0:0:0:0:0:1]:1" << L{h("2001:db8::1")} << 1
                               << "[2001:db8::1]:1";
    QTest::newRow("three IPv6") << "[::1]/[::2]/[::3]:7" << L{h("::1"), h("::2"), h("::3")} << 7
                                << "[::1]/[::2]/[::3]:7";
    QTest::newRow("mixed families") << "127.0.0.1/[::1%lo]/10.0.0.1:9"
                                    << L{h("127.0.0.1"), zoned("::1", "lo"), h("10.0.0.1")} << 9
                                    << "127.0.0.1/[::1%lo]/10.0.0.1:9";
    QTest::newRow("go doc example")
            << "198.51.100.1/[2001:db8::1]:8000" << L{h("198.51.100.1"), h("2001:db8::1")} << 8000
            << "198.51.100.1/[2001:db8::1]:8000";
}

void tst_QSctpAddress::fromString()
{
    QFETCH(QString, text);
    QFETCH(QList<QHostAddress>, addresses);
    QFETCH(int, port);
    QFETCH(QString, printed);

    QString error = QStringLiteral("not cleared");
    const QSctpAddress a = QSctpAddress::fromString(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.addresses(), addresses);
    for (qsizetype i = 0; i < addresses.size(); ++i)
        QCOMPARE(a.addresses().at(i).scopeId(), addresses.at(i).scopeId());
    QCOMPARE(a.port(), quint16(port));
    QCOMPARE(a.toString(), printed);
    QCOMPARE(a, QSctpAddress(addresses, quint16(port)));

    // Round trip.
    const QSctpAddress b = QSctpAddress::fromString(a.toString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(b, a);
    QCOMPARE(b.toString(), printed);

    // Without an error string too.
    QCOMPARE(QSctpAddress::fromString(text), a);
}

void tst_QSctpAddress::fromStringErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fragments"); // all must appear in the error

    QTest::newRow("missing port") << "127.0.0.1" << QStringList{"missing port", "\"127.0.0.1\""};
    QTest::newRow("missing port IPv6") << "[::1]" << QStringList{"missing port", "\"[::1]\""};
    QTest::newRow("missing port list")
            << "1.1.1.1/2.2.2.2" << QStringList{"missing port", "\"1.1.1.1/2.2.2.2\""};
    QTest::newRow("port 65536")
            << "127.0.0.1:65536"
            << QStringList{"port \"65536\" in \"127.0.0.1:65536\" is out of range (0-65535)"};
    QTest::newRow("huge port") << "127.0.0.1:99999999999999999999999"
                               << QStringList{"\"99999999999999999999999\"", "out of range"};
    QTest::newRow("negative port")
            << "127.0.0.1:-1" << QStringList{"negative port \"-1\"", "position 10"};
    QTest::newRow("negative zero") << "127.0.0.1:-0" << QStringList{"negative port \"-0\""};
    QTest::newRow("empty entry a//b")
            << "a//b:1" << QStringList{"empty address between '/' at position 2", "\"a//b:1\""};
    QTest::newRow("empty entry IPv4")
            << "1.1.1.1//2.2.2.2:1" << QStringList{"empty address between '/' at position 8"};
    QTest::newRow("empty entry before ':'")
            << "1.1.1.1/:1" << QStringList{"empty address between '/' and ':' at position 8"};
    QTest::newRow("leading '/'") << "/1.1.1.1:1"
                                 << QStringList{"empty address before '/' at position 0"};
    QTest::newRow("trailing '/'") << "1.1.1.1/" << QStringList{"trailing '/' at position 7"};
    QTest::newRow("trailing '/' after ]") << "[::1]/" << QStringList{"trailing '/' at position 5"};
    QTest::newRow("unbalanced [") << "[::1:80" << QStringList{"unbalanced '[' at position 0"};
    QTest::newRow("unbalanced [ in list")
            << "1.1.1.1/[::1:80" << QStringList{"unbalanced '[' at position 8"};
    QTest::newRow("unbalanced ]") << "1.1.1.1]:80" << QStringList{"unbalanced ']' at position 7"};
    QTest::newRow("nested [") << "[[::1]]:80"
                              << QStringList{"unexpected '[' at position 1 inside the brackets"};
    QTest::newRow("[ inside entry") << "1.1[.1.1:80" << QStringList{"unexpected '[' at position 3"};
    QTest::newRow("zone on IPv4") << "127.0.0.1%lo:80"
                                  << QStringList{"zone on IPv4 address \"127.0.0.1%lo\""};
    QTest::newRow("zone on bracketed IPv4")
            << "[127.0.0.1%lo]:80" << QStringList{"zone on IPv4 address \"127.0.0.1%lo\""};
    QTest::newRow("zone on name") << "foo%lo:80"
                                  << QStringList{"zone in \"foo%lo\"", "bracketed IPv6"};
    QTest::newRow("empty zone") << "[fe80::1%]:80" << QStringList{"empty zone after '%'"};
    QTest::newRow("two zones") << "[fe80::1%a%b]:80"
                               << QStringList{"invalid character '%' in zone \"a%b\""};
    QTest::newRow("space in zone")
            << "[fe80::1%a b]:80" << QStringList{"invalid character ' ' in zone"};
    QTest::newRow("garbage after ]")
            << "[::1]x:80" << QStringList{"unexpected 'x' at position 5", "after ']'"};
    QTest::newRow("unbracketed IPv6")
            << "::1:80" << QStringList{"second ':' at position 1", "brackets"};
    QTest::newRow("unbracketed IPv6 2") << "fe80::1:80" << QStringList{"second ':'", "brackets"};
    QTest::newRow("two ports") << "1.1.1.1:80:90" << QStringList{"second ':' at position 10"};
    QTest::newRow("slash in port")
            << "127.0.0.1:80/1.1.1.1" << QStringList{"unexpected '/' in port \"80/1.1.1.1\""};
    QTest::newRow("unknown service")
            << "127.0.0.1:nosuchservice"
            << QStringList{"unknown service \"nosuchservice\"", "\"127.0.0.1:nosuchservice\""};
    QTest::newRow("invalid port") << "127.0.0.1:a b" << QStringList{"invalid port \"a b\""};
    QTest::newRow("port with @") << "127.0.0.1:8@0" << QStringList{"invalid port \"8@0\""};
    QTest::newRow("short IPv4") << "1.2.3:80" << QStringList{"invalid IPv4 address \"1.2.3\""};
    QTest::newRow("IPv4 256") << "1.2.3.256:80"
                              << QStringList{"invalid IPv4 address \"1.2.3.256\""};
    QTest::newRow("IPv4 leading zero")
            << "01.2.3.4:80" << QStringList{"invalid IPv4 address \"01.2.3.4\""};
    QTest::newRow("IPv4 five fields")
            << "1.2.3.4.5:80" << QStringList{"invalid IPv4 address \"1.2.3.4.5\""};
    QTest::newRow("IPv4 in list") << "1.1.1.1/1.1.1:80"
                                  << QStringList{"invalid IPv4 address \"1.1.1\" at position 8"};
    QTest::newRow("empty brackets") << "[]:80" << QStringList{"empty brackets at position 0"};
    QTest::newRow("bad IPv6") << "[::g]:80" << QStringList{"invalid IPv6 address \"::g\""};
    QTest::newRow("IPv6 too many groups")
            << "[1:2:3:4:5:6:7:8:9]:80"
            << QStringList{"invalid IPv6 address \"1:2:3:4:5:6:7:8:9\""};
    QTest::newRow("name in brackets")
            << "[localhost]:80" << QStringList{"\"localhost\"", "not an IP address"};
    QTest::newRow("host name") << "localhost:80"
                               << QStringList{"host name \"localhost\"", "resolve()"};
    QTest::newRow("host name in list")
            << "127.0.0.1/example.org:80"
            << QStringList{"host name \"example.org\" at position 10", "resolve()"};
    QTest::newRow("non-ASCII") << QString::fromUtf8("h\u00e9llo:80")
                               << QStringList{"non-ASCII character U+00E9 at position 1"};
    QTest::newRow("non-ASCII digits") << QString::fromUtf8("127.0.0.1:\uff18\uff10")
                                      << QStringList{"non-ASCII character U+FF18 at position 10"};
    QTest::newRow("non-ASCII zone") << QString::fromUtf8("[fe80::1%\u00e9]:1")
                                    << QStringList{"non-ASCII character U+00E9 at position 9"};
    QTest::newRow("tab") << "127.0.0.1:\t80" << QStringList{"control character 0x09"};
    QTest::newRow("NUL") << QString(QStringLiteral("127.0.0.1") + QChar(0) + QStringLiteral(":1"))
                         << QStringList{"control character 0x00 at position 9"};
    QTest::newRow("space") << "1.1.1.1 :80" << QStringList{"invalid address \"1.1.1.1 \""};
    QTest::newRow("junk") << "@:80" << QStringList{"invalid address \"@\" at position 0"};
    QTest::newRow("bad label") << "a..b:80" << QStringList{"invalid address \"a..b\""};
    // Structural errors win over a host name that fromString() would reject.
    QTest::newRow("name and bad port") << "localhost:99999" << QStringList{"out of range"};
}

void tst_QSctpAddress::fromStringErrors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fragments);

    QString error;
    const QSctpAddress a = QSctpAddress::fromString(text, &error);
    QVERIFY(a.isNull());
    QVERIFY(!error.isEmpty());
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, error)));

    // resolve() reports the same structural errors (host names aside).
    if (!text.contains(u"localhost") && !text.contains(u"example.org") && !text.startsWith(u"a")) {
        QString resolveError;
        QVERIFY(QSctpAddress::resolve(text, QSctpAddress::Sctp, &resolveError).isNull());
        QCOMPARE(resolveError, error);
    }
}

void tst_QSctpAddress::manyAddresses_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1000") << 1000;
    QTest::newRow("50000") << 50000; // linear time: this must stay fast
}

void tst_QSctpAddress::manyAddresses()
{
    QFETCH(int, count);
    QStringList parts;
    QList<QHostAddress> expected;
    for (int i = 0; i < count; ++i) {
        if (i % 3 == 2) {
            const QString v6 = QStringLiteral("2001:db8::%1").arg(i, 0, 16);
            parts << u'[' + v6 + u']';
            expected << QHostAddress(v6);
        } else {
            const QHostAddress v4(quint32(0x0a000000u + quint32(i)));
            parts << v4.toString();
            expected << v4;
        }
    }
    const QString text = parts.join(u'/') + QStringLiteral(":3868");

    QElapsedTimer timer;
    timer.start();
    QString error;
    const QSctpAddress a = QSctpAddress::fromString(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error.left(200)));
    QCOMPARE(a.addresses().size(), count);
    QCOMPARE(a.addresses(), expected);
    QCOMPARE(a.port(), quint16(3868));
    QCOMPARE(a.toString(), text);
    QCOMPARE(QSctpAddress::fromString(a.toString()), a);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    int entries = 0;
    const QByteArray sockaddrs = a.toSockaddrs(QSctpAddress::Sctp, &entries, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(entries, count);
    QCOMPARE(sockaddrs.size(), qsizetype(count) * qsizetype(sizeof(sockaddr_in6)));
    const QSctpAddress back
            = QSctpAddress::fromSockaddrs(sockaddrs.constData(), sockaddrs.size(), entries, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back, a);

    // One empty entry among them is still found, by position.
    QStringList broken = parts;
    broken[count / 2] = QString();
    QSctpAddress::fromString(broken.join(u'/') + QStringLiteral(":1"), &error);
    QVERIFY(error.startsWith(QStringLiteral("empty address between '/' at position")));
}

// go-sctp sock_test.go, resolveSCTPAddrTests: every row. "addr" is the expected result as
// text ("" when an error is expected), "error" fragments of the expected error.
void tst_QSctpAddress::goResolveSCTPAddr_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("error");

    const QStringList none;
    QTest::newRow("sctp 127.0.0.1:0") << "sctp"
                                      << "127.0.0.1:0"
                                      << "127.0.0.1:0" << none;
    QTest::newRow("sctp4 127.0.0.1:65535") << "sctp4"
                                           << "127.0.0.1:65535"
                                           << "127.0.0.1:65535" << none;
    QTest::newRow("sctp [::1]:0") << "sctp"
                                  << "[::1]:0"
                                  << "[::1]:0" << none;
    QTest::newRow("sctp6 [::1]:65535") << "sctp6"
                                       << "[::1]:65535"
                                       << "[::1]:65535" << none;
    QTest::newRow("sctp [::1%en0]:1") << "sctp"
                                      << "[::1%en0]:1"
                                      << "[::1%en0]:1" << none;
    QTest::newRow("sctp6 [::1%911]:2") << "sctp6"
                                       << "[::1%911]:2"
                                       << "[::1%911]:2" << none;
    QTest::newRow("no network, IPv4") << ""
                                      << "127.0.0.1:0"
                                      << "" << QStringList{"unknown"};
    QTest::newRow("no network, IPv6") << ""
                                      << "[::1]:0"
                                      << "" << QStringList{"unknown"};
    QTest::newRow("sctp :12345") << "sctp"
                                 << ":12345"
                                 << ":12345" << none;
    QTest::newRow("http network") << "http"
                                  << "127.0.0.1:0"
                                  << "" << QStringList{"unknown"};
    QTest::newRow("sctp 127.0.0.1:http") << "sctp"
                                         << "127.0.0.1:http"
                                         << "127.0.0.1:80" << none;
    QTest::newRow("sctp [::ffff:127.0.0.1]:http") << "sctp"
                                                  << "[::ffff:127.0.0.1]:http"
                                                  << "127.0.0.1:80" << none;
    QTest::newRow("sctp [2001:db8::1]:http") << "sctp"
                                             << "[2001:db8::1]:http"
                                             << "[2001:db8::1]:80" << none;
    QTest::newRow("sctp4 127.0.0.1:http") << "sctp4"
                                          << "127.0.0.1:http"
                                          << "127.0.0.1:80" << none;
    QTest::newRow("sctp4 [::ffff:127.0.0.1]:http") << "sctp4"
                                                   << "[::ffff:127.0.0.1]:http"
                                                   << "127.0.0.1:80" << none;
    QTest::newRow("sctp6 [2001:db8::1]:http") << "sctp6"
                                              << "[2001:db8::1]:http"
                                              << "[2001:db8::1]:80" << none;
    QTest::newRow("sctp4 [2001:db8::1]:http")
            << "sctp4"
            << "[2001:db8::1]:http"
            << "" << QStringList{"IPv6 address \"[2001:db8::1]\"", "sctp4"};
    QTest::newRow("sctp6 127.0.0.1:http")
            << "sctp6"
            << "127.0.0.1:http"
            << "" << QStringList{"IPv4 address \"127.0.0.1\"", "sctp6"};
    QTest::newRow("sctp6 [::ffff:127.0.0.1]:http")
            << "sctp6"
            << "[::ffff:127.0.0.1]:http"
            << "" << QStringList{"IPv4-mapped address \"[::ffff:127.0.0.1]\"", "sctp6"};
}

void tst_QSctpAddress::goResolveSCTPAddr()
{
    QFETCH(QString, network);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, error);

    const auto n = net(network);
    if (!n) {
        QVERIFY(error.contains(QStringLiteral("unknown"))); // net.UnknownNetworkError
        return;
    }
    QString errorString;
    const QSctpAddress a = QSctpAddress::resolve(text, *n, &errorString);
    if (expected.isEmpty()) {
        QVERIFY(a.isNull());
        for (const QString &fragment : error)
            QVERIFY2(errorString.contains(fragment), qPrintable(errorString));
        // normalized() and toSockaddrs() apply the same rule to the literal address.
        const QSctpAddress literal = QSctpAddress::fromString(text);
        QString normalizeError, sockaddrError;
        QVERIFY(literal.normalized(*n, &normalizeError).isNull());
        QCOMPARE(normalizeError, errorString);
        int count = -1;
        QVERIFY(literal.toSockaddrs(*n, &count, &sockaddrError).isEmpty());
        QCOMPARE(count, 0);
        QCOMPARE(sockaddrError, errorString);
        return;
    }
    QVERIFY2(errorString.isEmpty(), qPrintable(errorString));
    QCOMPARE(a.toString(), expected);

    // As in Go: resolving addr.String() on addr.Network() ("sctp") gives the same address.
    const QSctpAddress again
            = QSctpAddress::resolve(a.toString(), QSctpAddress::Sctp, &errorString);
    QVERIFY2(errorString.isEmpty(), qPrintable(errorString));
    QCOMPARE(again, a);
}

// go-sctp listen_test.go, sctpListenerTests: Listen(network, address + ":0"), then
// checkFirstListener: the socket family. The sockaddr array is what bindx receives.
void tst_QSctpAddress::goListener_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<QStringList>("sockaddrs");

    const int v4 = AF_INET;
    const int v6 = AF_INET6;
    auto row = [](const char *network, const char *address) {
        return &(QTest::addRow("%s \"%s\"", network, address)
                 << QString::fromLatin1(network) << QString::fromLatin1(address));
    };
    *row("sctp4", "127.0.0.1") << v4 << false << QStringList{"127.0.0.1"};
    *row("sctp4", "[::ffff:127.0.0.1]") << v4 << false << QStringList{"127.0.0.1"};
    *row("sctp4", "") << v4 << true << QStringList{"0.0.0.0"};
    *row("sctp4", "0.0.0.0") << v4 << true << QStringList{"0.0.0.0"};
    *row("sctp4", "[::ffff:0.0.0.0]") << v4 << true << QStringList{"0.0.0.0"};
    *row("sctp4", "127.0.0.1/127.0.0.2/127.0.0.3")
            << v4 << false << QStringList{"127.0.0.1", "127.0.0.2", "127.0.0.3"};
    *row("sctp4", "[::ffff:127.0.0.1]/[::ffff:127.0.0.2]/[::ffff:127.0.0.3]")
            << v4 << false << QStringList{"127.0.0.1", "127.0.0.2", "127.0.0.3"};
    *row("sctp4", "[::ffff:127.0.0.1]/127.0.0.2/[::ffff:127.0.0.3]")
            << v4 << false << QStringList{"127.0.0.1", "127.0.0.2", "127.0.0.3"};
    *row("sctp6", "[::1]") << v6 << false << QStringList{"::1"};
    *row("sctp6", "") << v6 << true << QStringList{"::"};
    *row("sctp6", "[::1%lo]") << v6 << false << QStringList{"::1%" + loIndex()};
    *row("sctp6", "[::1%nazone]") << v6 << false << QStringList{"::1"}; // unknown zone: scope 0
    *row("sctp6", "[::]") << v6 << true << QStringList{"::"};
    QTest::addRow("sctp6 \"[::1]\" (again)") << "sctp6"
                                             << "[::1]" << v6 << false << QStringList{"::1"};
    // Go: a wildcard under "sctp" listens on a dual-stack AF_INET6 socket.
    *row("sctp", "0.0.0.0") << v6 << true << QStringList{"::"};
    *row("sctp", "") << v6 << true << QStringList{"::"};
    *row("sctp", "[::ffff:0.0.0.0]") << v6 << true << QStringList{"::"};
    *row("sctp", "[::]") << v6 << true << QStringList{"::"};
    *row("sctp", "127.0.0.1") << v4 << false << QStringList{"127.0.0.1"};
    *row("sctp", "[::ffff:127.0.0.1]") << v4 << false << QStringList{"127.0.0.1"};
    *row("sctp", "[::1]") << v6 << false << QStringList{"::1"};
    *row("sctp", "[::1]/127.0.0.1/[::ffff:127.0.0.3]")
            << v6 << false << QStringList{"::1", "::ffff:127.0.0.1", "::ffff:127.0.0.3"};
}

void tst_QSctpAddress::goListener()
{
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(int, family);
    QFETCH(bool, wildcard);
    QFETCH(QStringList, sockaddrs);

    const auto n = net(network);
    QVERIFY(n);
    QString error;
    const QSctpAddress a = QSctpAddress::resolve(address + QStringLiteral(":0"), *n, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.port(), quint16(0));
    QCOMPARE(a.isWildcard(), wildcard);
    QCOMPARE(a.addressFamily(*n), family);

    int count = 0;
    const QByteArray bytes = a.toSockaddrs(*n, &count, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(count, sockaddrs.size());
    QCOMPARE(decodeSockaddrs(bytes, count, family, 0), sockaddrs);

    // The second listen of the Go test uses the first listener's port.
    const QSctpAddress second
            = QSctpAddress::resolve(address + QStringLiteral(":5000"), *n, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(second.port(), quint16(5000));
    QCOMPARE(second.addresses(), a.addresses());
}

// go-sctp listen_test.go, sctpListenerNilAddressTests: Listen(network, address) with no port
// added. All are wildcards or one address with port 0.
void tst_QSctpAddress::goListenerNoPortAdded_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("family");
    QTest::addColumn<QStringList>("sockaddrs");

    const int v4 = AF_INET;
    const int v6 = AF_INET6;
    auto row = [](const char *network, const char *address) {
        return &(QTest::addRow("%s \"%s\"", network, address)
                 << QString::fromLatin1(network) << QString::fromLatin1(address));
    };
    *row("sctp4", "") << v4 << QStringList{"0.0.0.0"};
    *row("sctp4", ":") << v4 << QStringList{"0.0.0.0"};
    *row("sctp4", "127.0.0.1:") << v4 << QStringList{"127.0.0.1"};
    *row("sctp6", "") << v6 << QStringList{"::"};
    *row("sctp6", ":") << v6 << QStringList{"::"};
    *row("sctp6", "[::1]:") << v6 << QStringList{"::1"};
    *row("sctp", "") << v6 << QStringList{"::"};
    *row("sctp", ":") << v6 << QStringList{"::"};
    *row("sctp", "127.0.0.1:") << v4 << QStringList{"127.0.0.1"};
    *row("sctp", "[::1]:") << v6 << QStringList{"::1"};
}

void tst_QSctpAddress::goListenerNoPortAdded()
{
    QFETCH(QString, network);
    QFETCH(QString, address);
    QFETCH(int, family);
    QFETCH(QStringList, sockaddrs);

    const auto n = net(network);
    QVERIFY(n);
    QString error;
    const QSctpAddress a = QSctpAddress::resolve(address, *n, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.port(), quint16(0));
    QCOMPARE(a.isNull(),
             sockaddrs.first() == QStringLiteral("0.0.0.0")
                     || sockaddrs.first() == QStringLiteral("::"));
    QCOMPARE(a.addressFamily(*n), family);
    int count = 0;
    const QByteArray bytes = a.toSockaddrs(*n, &count, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decodeSockaddrs(bytes, count, family, 0), sockaddrs);

    // The Go test's second listen appends ":" + port: only the empty address stays valid.
    QSctpAddress::resolve(address + QStringLiteral(":5000"), *n, &error);
    QCOMPARE(error.isEmpty(), address.isEmpty());
}

void tst_QSctpAddress::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("network");
    QTest::addColumn<QString>("expected"); // "" = error
    QTest::addColumn<QString>("error");

    QTest::newRow("sctp mapped -> IPv4")
            << "[::ffff:10.1.2.3]/[::1]:1" << int(QSctpAddress::Sctp) << "10.1.2.3/[::1]:1"
            << "";
    QTest::newRow("sctp keeps IPv6 and zones")
            << "[fe80::1%lo]/1.2.3.4:1" << int(QSctpAddress::Sctp) << "[fe80::1%lo]/1.2.3.4:1"
            << "";
    QTest::newRow("sctp4 mapped") << "[::ffff:1.2.3.4%lo]:1" << int(QSctpAddress::Sctp4)
                                  << "1.2.3.4:1"
                                  << "";
    QTest::newRow("sctp4 IPv6 in list") << "1.2.3.4/[::1]:1" << int(QSctpAddress::Sctp4) << ""
                                        << "IPv6 address \"[::1]\" cannot be used on network sctp4";
    QTest::newRow("sctp4 [::]") << "[::]:1" << int(QSctpAddress::Sctp4) << ""
                                << "IPv6 address \"[::]\" cannot be used on network sctp4";
    QTest::newRow("sctp6 IPv4 in list")
            << "[::1]/1.2.3.4:1" << int(QSctpAddress::Sctp6) << ""
            << "IPv4 address \"1.2.3.4\" cannot be used on network sctp6";
    QTest::newRow("sctp6 0.0.0.0") << "0.0.0.0:1" << int(QSctpAddress::Sctp6) << ""
                                   << "IPv4 address \"0.0.0.0\" cannot be used on network sctp6";
    QTest::newRow("sctp6 IPv6 only")
            << "[::1]/[fe80::1%2]:1" << int(QSctpAddress::Sctp6) << "[::1]/[fe80::1%2]:1"
            << "";
    QTest::newRow("sctp6 empty") << ":1" << int(QSctpAddress::Sctp6) << ":1"
                                 << "";
}

void tst_QSctpAddress::normalized()
{
    QFETCH(QString, text);
    QFETCH(int, network);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    const QSctpAddress a = QSctpAddress::fromString(text);
    QString errorString = QStringLiteral("not cleared");
    const QSctpAddress n = a.normalized(QSctpAddress::Network(network), &errorString);
    QCOMPARE(errorString, error);
    if (expected.isEmpty())
        QVERIFY(n.isNull());
    else
        QCOMPARE(n.toString(), expected);
}

void tst_QSctpAddress::addressFamily_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sctp");
    QTest::addColumn<int>("sctp4");
    QTest::addColumn<int>("sctp6");

    QTest::newRow("IPv4") << "1.2.3.4:1" << AF_INET << AF_INET << AF_INET6;
    QTest::newRow("IPv4 list") << "1.2.3.4/5.6.7.8:1" << AF_INET << AF_INET << AF_INET6;
    QTest::newRow("IPv6") << "[::1]:1" << AF_INET6 << AF_INET << AF_INET6;
    QTest::newRow("IPv6 last") << "1.2.3.4/[::1]:1" << AF_INET6 << AF_INET << AF_INET6;
    QTest::newRow("mapped") << "[::ffff:1.2.3.4]:1" << AF_INET << AF_INET << AF_INET6;
    QTest::newRow("empty") << ":1" << AF_INET6 << AF_INET << AF_INET6;
    QTest::newRow("0.0.0.0") << "0.0.0.0:1" << AF_INET6 << AF_INET << AF_INET6;
    QTest::newRow("two wildcards") << "0.0.0.0/[::]:1" << AF_INET6 << AF_INET << AF_INET6;
    QTest::newRow("wildcard and IPv4") << "0.0.0.0/1.2.3.4:1" << AF_INET << AF_INET << AF_INET6;
}

void tst_QSctpAddress::addressFamily()
{
    QFETCH(QString, text);
    QFETCH(int, sctp);
    QFETCH(int, sctp4);
    QFETCH(int, sctp6);

    const QSctpAddress a = QSctpAddress::fromString(text);
    QCOMPARE(a.addressFamily(), sctp);
    QCOMPARE(a.addressFamily(QSctpAddress::Sctp), sctp);
    QCOMPARE(a.addressFamily(QSctpAddress::Sctp4), sctp4);
    QCOMPARE(a.addressFamily(QSctpAddress::Sctp6), sctp6);
}

void tst_QSctpAddress::toSockaddrs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("network");
    QTest::addColumn<int>("family");
    QTest::addColumn<QStringList>("entries"); // empty: error expected

    const int sctp = QSctpAddress::Sctp, sctp4 = QSctpAddress::Sctp4, sctp6 = QSctpAddress::Sctp6;
    QTest::newRow("IPv4 list") << "127.0.0.1/127.0.0.2:3868" << sctp << AF_INET
                               << QStringList{"127.0.0.1", "127.0.0.2"};
    QTest::newRow("IPv4 list sctp4") << "127.0.0.1/127.0.0.2:3868" << sctp4 << AF_INET
                                     << QStringList{"127.0.0.1", "127.0.0.2"};
    QTest::newRow("mixed: v4-mapped")
            << "[::1]/127.0.0.1:9" << sctp << AF_INET6 << QStringList{"::1", "::ffff:127.0.0.1"};
    QTest::newRow("0.0.0.0 -> ::")
            << "[::1]/0.0.0.0:7" << sctp << AF_INET6 << QStringList{"::1", "::"};
    QTest::newRow("mapped 0.0.0.0 -> ::")
            << "[::1]/[::ffff:0.0.0.0]:7" << sctp << AF_INET6 << QStringList{"::1", "::"};
    QTest::newRow("zone lo") << "[fe80::1%lo]/[::1]:5333" << sctp << AF_INET6
                             << QStringList{"fe80::1%" + loIndex(), "::1"};
    QTest::newRow("numeric zone") << "[fe80::1%7]:80" << sctp << AF_INET6
                                  << QStringList{"fe80::1%7"};
    QTest::newRow("numeric zone sctp6")
            << "[fe80::1%4000000000]:80" << sctp6 << AF_INET6 << QStringList{"fe80::1%4000000000"};
    QTest::newRow("unknown zone -> 0")
            << "[fe80::1%nosuchif0]:80" << sctp << AF_INET6 << QStringList{"fe80::1"};
    QTest::newRow("wildcard sctp") << ":8000" << sctp << AF_INET6 << QStringList{"::"};
    QTest::newRow("wildcard sctp4") << ":8000" << sctp4 << AF_INET << QStringList{"0.0.0.0"};
    QTest::newRow("wildcard sctp6") << ":8000" << sctp6 << AF_INET6 << QStringList{"::"};
    QTest::newRow("mapped alone") << "[::ffff:10.0.0.1]:80" << sctp << AF_INET
                                  << QStringList{"10.0.0.1"};
    QTest::newRow("mapped with IPv6") << "[::ffff:10.0.0.1]/[::1]:80" << sctp << AF_INET6
                                      << QStringList{"::ffff:10.0.0.1", "::1"};
    QTest::newRow("IPv4 under sctp6") << "127.0.0.1:80" << sctp6 << AF_INET6 << QStringList{};
    QTest::newRow("IPv6 under sctp4") << "[::1]:80" << sctp4 << AF_INET << QStringList{};
    QTest::newRow("port 65535") << "1.2.3.4:65535" << sctp << AF_INET << QStringList{"1.2.3.4"};
    QTest::newRow("port 258") << "[::2]:258" << sctp << AF_INET6 << QStringList{"::2"};
}

void tst_QSctpAddress::toSockaddrs()
{
    QFETCH(QString, text);
    QFETCH(int, network);
    QFETCH(int, family);
    QFETCH(QStringList, entries);

    QString error;
    const QSctpAddress a = QSctpAddress::fromString(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int count = -1;
    const QByteArray bytes = a.toSockaddrs(QSctpAddress::Network(network), &count, &error);
    if (entries.isEmpty()) {
        QVERIFY(bytes.isEmpty());
        QCOMPARE(count, 0);
        QVERIFY(error.contains(u"cannot be used on network"));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(count, entries.size());
    QCOMPARE(decodeSockaddrs(bytes, count, family, a.port()), entries);
    QCOMPARE(a.toSockaddrs(QSctpAddress::Network(network)), bytes); // optional outputs
}

void tst_QSctpAddress::sockaddrRoundTrip_data()
{
    fromString_data();
}

// to -> from -> to gives the same bytes for every valid row and network.
void tst_QSctpAddress::sockaddrRoundTrip()
{
    QFETCH(QString, text);
    const QSctpAddress a = QSctpAddress::fromString(text);
    for (auto network : {QSctpAddress::Sctp, QSctpAddress::Sctp4, QSctpAddress::Sctp6}) {
        int count = 0;
        QString error;
        const QByteArray bytes = a.toSockaddrs(network, &count, &error);
        if (!error.isEmpty())
            continue; // a family the network rules refuse
        const QSctpAddress back
                = QSctpAddress::fromSockaddrs(bytes.constData(), bytes.size(), count, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.port(), a.port());
        int count2 = 0;
        QCOMPARE(back.toSockaddrs(network, &count2), bytes);
        QCOMPARE(count2, count);
    }
}

void tst_QSctpAddress::fromSockaddrs()
{
    QByteArray bytes;
    append(&bytes, sin6("::ffff:192.0.2.1", 3868));
    append(&bytes, sin6("fe80::1", 3868, ::if_nametoindex("lo")));
    append(&bytes, sin6("fe80::2", 3868, 999999)); // no such interface: the number
    append(&bytes, sin6("::", 3868));
    append(&bytes, sin4("192.0.2.2", 3868));
    bytes.append("trailing bytes are ignored");

    // Unaligned on purpose.
    QByteArray unaligned = QByteArray(1, 'x') + bytes;
    QString error = QStringLiteral("not cleared");
    const QSctpAddress a
            = QSctpAddress::fromSockaddrs(unaligned.constData() + 1, bytes.size(), 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.port(), quint16(3868));
    QCOMPARE(a.addresses(),
             (QList<QHostAddress>{h("192.0.2.1"), h("fe80::1"), h("fe80::2"), h("::"),
                                  h("192.0.2.2")}));
    QCOMPARE(a.addresses().at(0).protocol(), QAbstractSocket::IPv4Protocol);
    QCOMPARE(a.addresses().at(1).scopeId(), QStringLiteral("lo"));
    QCOMPARE(a.addresses().at(2).scopeId(), QStringLiteral("999999"));
    QCOMPARE(a.addresses().at(3).scopeId(), QString());
    QCOMPARE(a.toString(),
             QStringLiteral("192.0.2.1/[fe80::1%lo]/[fe80::2%999999]/[::]/"
                            "192.0.2.2:3868"));

    // Zero entries: the null address.
    QVERIFY(QSctpAddress::fromSockaddrs(nullptr, 0, 0, &error).isNull());
    QVERIFY(error.isEmpty());
    // Fewer entries than the buffer holds.
    QCOMPARE(QSctpAddress::fromSockaddrs(bytes.constData(), bytes.size(), 1).toString(),
             QStringLiteral("192.0.2.1:3868"));
}

void tst_QSctpAddress::fromSockaddrsErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("size"); // -1: bytes.size()
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("error");

    QByteArray v4, v6, two, unknown;
    append(&v4, sin4("127.0.0.1", 1));
    append(&v6, sin6("::1", 1));
    two = v4 + v6;
    sockaddr_in bad = sin4("127.0.0.1", 1);
    bad.sin_family = AF_UNIX;
    append(&unknown, bad);

    QTest::newRow("empty buffer") << QByteArray() << -1 << 1
                                  << "sockaddr entry 0 at offset 0 is truncated";
    QTest::newRow("one byte") << v4.left(1) << -1 << 1 << "the family alone needs 2";
    QTest::newRow("truncated AF_INET")
            << v4.left(sizeof(sockaddr_in) - 1) << -1 << 1
            << "sockaddr entry 0 (AF_INET) at offset 0 is truncated: 15 bytes left, 16 needed";
    QTest::newRow("truncated AF_INET6")
            << v6.left(sizeof(sockaddr_in6) - 1) << -1 << 1
            << "sockaddr entry 0 (AF_INET6) at offset 0 is truncated: 27 bytes left, 28 needed";
    QTest::newRow("second entry truncated")
            << two.left(two.size() - 4) << -1 << 2
            << "sockaddr entry 1 (AF_INET6) at offset 16 is truncated";
    QTest::newRow("count beyond buffer") << two << -1 << 3 << "sockaddr entry 2 at offset 44";
    QTest::newRow("huge count") << v4 << -1 << INT_MAX << "sockaddr entry 1 at offset 16";
    QTest::newRow("unknown family")
            << unknown << -1 << 1 << "unknown address family 1 in sockaddr entry 0";
    QTest::newRow("unknown family second")
            << v4 + unknown << -1 << 2 << "unknown address family 1 in sockaddr entry 1";
    QTest::newRow("negative count") << v4 << -1 << -1 << "negative sockaddr count -1";
    QTest::newRow("negative size") << v4 << -5 << 1 << "negative sockaddr buffer size -5";
}

void tst_QSctpAddress::fromSockaddrsErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, size);
    QFETCH(int, count);
    QFETCH(QString, error);

    // A heap copy of exactly the given size, so that ASan sees any over-read.
    const qsizetype n = size == -1 ? bytes.size() : size;
    std::unique_ptr<char[]> exact(new char[qMax<qsizetype>(1, bytes.size())]);
    std::memcpy(exact.get(), bytes.constData(), bytes.size());
    QString errorString;
    const QSctpAddress a = QSctpAddress::fromSockaddrs(bytes.isEmpty() ? nullptr : exact.get(), n,
                                                       count, &errorString);
    QVERIFY(a.isNull());
    QVERIFY2(errorString.contains(error), qPrintable(errorString));

    QVERIFY(QSctpAddress::fromSockaddrs(nullptr, 16, 1, &errorString).isNull());
    QVERIFY(errorString.contains(u"null sockaddr buffer"));
}

void tst_QSctpAddress::fromSockaddr()
{
    const sockaddr_in6 six = sin6("::ffff:10.0.0.1", 80);
    sockaddr_storage storage{};
    std::memcpy(&storage, &six, sizeof six);
    QString error;
    QSctpAddress a = QSctpAddress::fromSockaddr(reinterpret_cast<const sockaddr *>(&storage),
                                                sizeof storage, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(a, QSctpAddress(h("10.0.0.1"), 80));

    const sockaddr_in four = sin4("10.0.0.2", 81);
    a = QSctpAddress::fromSockaddr(reinterpret_cast<const sockaddr *>(&four), sizeof four);
    QCOMPARE(a, QSctpAddress(h("10.0.0.2"), 81));

    a = QSctpAddress::fromSockaddr(reinterpret_cast<const sockaddr *>(&six), sizeof six - 1,
                                   &error);
    QVERIFY(a.isNull());
    QVERIFY(error.contains(u"truncated"));
}

void tst_QSctpAddress::equalityAndHash()
{
    const QSctpAddress a = QSctpAddress::fromString(u"[fe80::1%lo]/127.0.0.1:1");
    const QSctpAddress same = QSctpAddress::fromString(u"[fe80::1%lo]/127.0.0.1:1");
    const QSctpAddress otherZone = QSctpAddress::fromString(u"[fe80::1%eth0]/127.0.0.1:1");
    const QSctpAddress noZone = QSctpAddress::fromString(u"[fe80::1]/127.0.0.1:1");
    const QSctpAddress otherOrder = QSctpAddress::fromString(u"127.0.0.1/[fe80::1%lo]:1");
    const QSctpAddress otherPort = QSctpAddress::fromString(u"[fe80::1%lo]/127.0.0.1:2");
    const QSctpAddress mapped = QSctpAddress::fromString(u"[::ffff:127.0.0.1]:1");
    const QSctpAddress plain = QSctpAddress::fromString(u"127.0.0.1:1");

    QVERIFY(a == same);
    QVERIFY(!(a != same));
    QCOMPARE(qHash(a), qHash(same));
    QCOMPARE(qHash(a, 42), qHash(same, 42));
    QVERIFY(a != otherZone);
    QVERIFY(a != noZone);
    QVERIFY(a != otherOrder);
    QVERIFY(a != otherPort);
    QVERIFY(mapped != plain); // distinct until normalized()
    QCOMPARE(mapped.normalized(QSctpAddress::Sctp), plain);

    QSet<QSctpAddress> set{a, same, otherPort, plain};
    QCOMPARE(set.size(), 3);
    QVERIFY(set.contains(same));
}

void tst_QSctpAddress::metaType()
{
    const QSctpAddress a = QSctpAddress::fromString(u"127.0.0.1/[::1]:3868");
    const QVariant v = QVariant::fromValue(a);
    QCOMPARE(v.metaType(), QMetaType::fromType<QSctpAddress>());
    QCOMPARE(v.value<QSctpAddress>(), a);
    QVERIFY(QMetaType::fromType<QSctpAddress>().isEqualityComparable());
    QVERIFY(QMetaType::fromType<QSctpAddress>().hasRegisteredDebugStreamOperator());

    auto property = [](const char *name) {
        const QMetaObject &mo = QSctpAddress::staticMetaObject;
        return mo.property(mo.indexOfProperty(name));
    };
    QCOMPARE(property("port").readOnGadget(&a).value<quint16>(), quint16(3868));
    QCOMPARE(property("addresses").readOnGadget(&a).value<QList<QHostAddress>>(), a.addresses());
    QCOMPARE(property("text").readOnGadget(&a).toString(), a.toString());
    QCOMPARE(property("null").readOnGadget(&a).toBool(), false);
    QCOMPARE(property("wildcard").readOnGadget(&a).toBool(), false);
    QSctpAddress b;
    QVERIFY(property("port").writeOnGadget(&b, QVariant::fromValue(quint16(7))));
    QCOMPARE(b.port(), quint16(7));

    const QMetaEnum networks = QMetaEnum::fromType<QSctpAddress::Network>();
    QCOMPARE(networks.keyCount(), 3);
    QCOMPARE(networks.valueToKey(QSctpAddress::Sctp6), "Sctp6");
}

void tst_QSctpAddress::debugStream()
{
    QString out;
    QDebug(&out) << QSctpAddress::fromString(u"127.0.0.1/[::1%lo]:80");
    QCOMPARE(out, QStringLiteral("QSctpAddress(\"127.0.0.1/[::1%lo]:80\") "));
}

void tst_QSctpAddress::resolveBlocking_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("network");
    QTest::addColumn<QString>("expected");

    // localhost resolves through /etc/hosts, without network access.
    QTest::newRow("localhost:80") << "localhost:80" << int(QSctpAddress::Sctp) << "127.0.0.1:80";
    QTest::newRow("localhost sctp4")
            << "localhost:80" << int(QSctpAddress::Sctp4) << "127.0.0.1:80";
    QTest::newRow("localhost and literals")
            << "[::1]/localhost/127.0.0.2:http" << int(QSctpAddress::Sctp)
            << "[::1]/127.0.0.1/127.0.0.2:80";
    QTest::newRow("literal only") << "127.0.0.1:1" << int(QSctpAddress::Sctp) << "127.0.0.1:1";
}

void tst_QSctpAddress::resolveBlocking()
{
    QFETCH(QString, text);
    QFETCH(int, network);
    QFETCH(QString, expected);

    QString error = QStringLiteral("not cleared");
    const QSctpAddress a = QSctpAddress::resolve(text, QSctpAddress::Network(network), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(a.toString(), expected);
}

void tst_QSctpAddress::resolveAsync_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("network");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error"); // a fragment

    QTest::newRow("localhost:80") << "localhost:80" << int(QSctpAddress::Sctp) << "127.0.0.1:80"
                                  << "";
    QTest::newRow("two names") << "localhost/localhost:http" << int(QSctpAddress::Sctp)
                               << "127.0.0.1/127.0.0.1:80"
                               << "";
    QTest::newRow("literal only") << "127.0.0.1/[::1]:9" << int(QSctpAddress::Sctp)
                                  << "127.0.0.1/[::1]:9"
                                  << "";
    QTest::newRow("parse error") << "localhost:65536" << int(QSctpAddress::Sctp) << ""
                                 << "out of range";
    QTest::newRow("network rule") << "[::1]/localhost:1" << int(QSctpAddress::Sctp4) << ""
                                  << "cannot be used on network sctp4";

    // localhost under sctp6 depends on /etc/hosts listing ::1.
    bool hasIPv6 = false;
    for (const QHostAddress &a : QHostInfo::fromName(QStringLiteral("localhost")).addresses())
        hasIPv6 |= a.protocol() == QAbstractSocket::IPv6Protocol;
    if (hasIPv6) {
        QTest::newRow("localhost sctp6") << "localhost:1" << int(QSctpAddress::Sctp6) << "[::1]:1"
                                         << "";
    } else {
        QTest::newRow("localhost sctp6") << "localhost:1" << int(QSctpAddress::Sctp6) << ""
                                         << "host name \"localhost\" has no IPv6 address";
    }
}

void tst_QSctpAddress::resolveAsync()
{
    QFETCH(QString, text);
    QFETCH(int, network);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    QObject context;
    bool called = false;
    int calls = 0;
    QSctpAddress result;
    QString resultError;
    QThread *callbackThread = nullptr;
    QSctpAddress::resolveAsync(text, QSctpAddress::Network(network), &context,
                               [&](const QSctpAddress &address, const QString &errorString) {
                                   called = true;
                                   ++calls;
                                   result = address;
                                   resultError = errorString;
                                   callbackThread = QThread::currentThread();
                               });
    QVERIFY(!called); // always asynchronous
    QTRY_VERIFY(called);
    QCOMPARE(callbackThread, context.thread());
    if (expected.isEmpty()) {
        QVERIFY(result.isNull());
        QVERIFY2(resultError.contains(error), qPrintable(resultError));
    } else {
        QVERIFY2(resultError.isEmpty(), qPrintable(resultError));
        QCOMPARE(result.toString(), expected);
        // Same as the blocking call.
        QCOMPARE(QSctpAddress::resolve(text, QSctpAddress::Network(network)), result);
    }
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void tst_QSctpAddress::resolveAsyncContextDestroyed()
{
    bool called = false;
    {
        QObject context;
        QSctpAddress::resolveAsync(
                u"127.0.0.1:1", QSctpAddress::Sctp, &context,
                [&called](const QSctpAddress &, const QString &) { called = true; });
        QSctpAddress::resolveAsync(
                u"localhost:1", QSctpAddress::Sctp, &context,
                [&called](const QSctpAddress &, const QString &) { called = true; });
    }
    QTest::qWait(200);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_QSctpAddress)

#include "tst_qsctpaddress.moc"
