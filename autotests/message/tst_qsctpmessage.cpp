// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// Pure tests of the value types QtSctp::QSctpMessage and QtSctp::QSctpInitOptions: defaults,
// setters, equality over every field, copies, the QDebug text, the gadget properties and the
// meta type registration. No socket is opened.

#include <QtSctp/QSctpInitOptions>
#include <QtSctp/QSctpMessage>

#include <QtCore/QDebug>
#include <QtCore/QMetaProperty>
#include <QtCore/QVariant>
#include <QtTest/QtTest>

#include <functional>

using QtSctp::QSctpInitOptions;
using QtSctp::QSctpMessage;

namespace {

QHostAddress h(const char *text)
{
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(text)))
        qFatal("bad test address %s", text);
    return a;
}

template<typename T>
QString debugText(const T &value)
{
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

using MessageChange = std::function<void(QSctpMessage &)>;
using OptionsChange = std::function<void(QSctpInitOptions &)>;

} // namespace

Q_DECLARE_METATYPE(MessageChange)
Q_DECLARE_METATYPE(OptionsChange)

class tst_QSctpMessage : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void constructor();
    void setters();
    void destination();
    void receiveInfo();
    void equality_data();
    void equality();
    void copyAndShare();
    void debug_data();
    void debug();
    void gadgetProperties();
    void metaType();

    void initOptionsDefaults();
    void initOptionsSetters();
    void initOptionsEquality_data();
    void initOptionsEquality();
    void initOptionsDebug();
    void initOptionsGadget();
    void initOptionsMetaType();
};

void tst_QSctpMessage::defaults()
{
    const QSctpMessage m;
    QVERIFY(m.payload().isNull());
    QCOMPARE(m.size(), 0);
    QCOMPARE(m.stream(), quint16(0));
    QCOMPARE(m.payloadProtocolId(), quint32(0));
    QVERIFY(!m.isUnordered());
    QCOMPARE(m.context(), quint32(0));
    QVERIFY(m.destination().isNull());
    QCOMPARE(m.streamSequenceNumber(), quint16(0));
    QCOMPARE(m.transmissionSequenceNumber(), quint32(0));
    QCOMPARE(m.cumulativeTsn(), quint32(0));
    QCOMPARE(m.receiveFlags(), QSctpMessage::ReceiveFlags(QSctpMessage::NoReceiveFlags));
    QVERIFY(!m.isEndOfRecord());
}

void tst_QSctpMessage::constructor()
{
    const QSctpMessage m(QByteArrayLiteral("hello"), 7, 0xfedcba98u);
    QCOMPARE(m.payload(), QByteArrayLiteral("hello"));
    QCOMPARE(m.size(), 5);
    QCOMPARE(m.stream(), quint16(7));
    QCOMPARE(m.payloadProtocolId(), 0xfedcba98u);
    QVERIFY(!m.isUnordered());
    QCOMPARE(m.context(), quint32(0));
    QVERIFY(m.destination().isNull());
    QCOMPARE(m.receiveFlags(), QSctpMessage::ReceiveFlags(QSctpMessage::NoReceiveFlags));

    // The defaults of the optional arguments.
    const QSctpMessage d(QByteArrayLiteral("x"));
    QCOMPARE(d.stream(), quint16(0));
    QCOMPARE(d.payloadProtocolId(), quint32(0));
}

void tst_QSctpMessage::setters()
{
    QSctpMessage m;
    m.setPayload(QByteArrayLiteral("abc"));
    m.setStream(65535);
    m.setPayloadProtocolId(46);
    m.setUnordered(true);
    m.setContext(0xdeadbeef);
    QCOMPARE(m.payload(), QByteArrayLiteral("abc"));
    QCOMPARE(m.size(), 3);
    QCOMPARE(m.stream(), quint16(65535));
    QCOMPARE(m.payloadProtocolId(), quint32(46));
    QVERIFY(m.isUnordered());
    QCOMPARE(m.context(), 0xdeadbeefu);
    m.setUnordered(false);
    QVERIFY(!m.isUnordered());
    // Setting the send fields leaves the receive info alone.
    QCOMPARE(m.receiveFlags(), QSctpMessage::ReceiveFlags(QSctpMessage::NoReceiveFlags));
}

void tst_QSctpMessage::destination()
{
    QSctpMessage m;
    m.setDestination(h("127.0.0.2"));
    QCOMPARE(m.destination(), h("127.0.0.2"));

    QHostAddress zonedAddress = h("fe80::1");
    zonedAddress.setScopeId(QStringLiteral("lo"));
    m.setDestination(zonedAddress);
    QCOMPARE(m.destination(), zonedAddress);
    QCOMPARE(m.destination().scopeId(), QStringLiteral("lo"));

    // A null address means "the primary path": it clears the destination.
    m.setDestination(QHostAddress());
    QVERIFY(m.destination().isNull());
    QCOMPARE(m, QSctpMessage());
}

void tst_QSctpMessage::receiveInfo()
{
    QSctpMessage m(QByteArrayLiteral("data"), 3, 9);
    const QSctpMessage::ReceiveFlags flags = QSctpMessage::EndOfRecord | QSctpMessage::Unordered
            | QSctpMessage::ReceiveInfoPresent;
    m.setReceiveInfo(12, 0x80000001u, 0x80000000u, flags);
    QCOMPARE(m.streamSequenceNumber(), quint16(12));
    QCOMPARE(m.transmissionSequenceNumber(), 0x80000001u);
    QCOMPARE(m.cumulativeTsn(), 0x80000000u);
    QCOMPARE(m.receiveFlags(), flags);
    QVERIFY(m.isEndOfRecord());
    // The receive flags report what arrived; the send-side unordered flag is separate.
    QVERIFY(!m.isUnordered());

    m.setReceiveInfo(12, 1, 0, QSctpMessage::ReceiveInfoPresent);
    QVERIFY(!m.isEndOfRecord());
    QVERIFY(m.receiveFlags().testFlag(QSctpMessage::ReceiveInfoPresent));
    QVERIFY(!m.receiveFlags().testFlag(QSctpMessage::Unordered));
    // The payload and send fields are untouched.
    QCOMPARE(m.payload(), QByteArrayLiteral("data"));
    QCOMPARE(m.stream(), quint16(3));
    QCOMPARE(m.payloadProtocolId(), quint32(9));
}

void tst_QSctpMessage::equality_data()
{
    QTest::addColumn<MessageChange>("change");

    QTest::newRow("payload") << MessageChange([](QSctpMessage &m) { m.setPayload("other"); });
    QTest::newRow("payload-empty-vs-null")
            << MessageChange([](QSctpMessage &m) { m.setPayload(QByteArray()); });
    QTest::newRow("stream") << MessageChange([](QSctpMessage &m) { m.setStream(2); });
    QTest::newRow("ppid") << MessageChange([](QSctpMessage &m) { m.setPayloadProtocolId(47); });
    QTest::newRow("unordered") << MessageChange([](QSctpMessage &m) { m.setUnordered(true); });
    QTest::newRow("context") << MessageChange([](QSctpMessage &m) { m.setContext(1); });
    QTest::newRow("destination") << MessageChange(
            [](QSctpMessage &m) { m.setDestination(h("127.0.0.1")); });
    QTest::newRow("ssn") << MessageChange([](QSctpMessage &m) {
        m.setReceiveInfo(1, m.transmissionSequenceNumber(), m.cumulativeTsn(), m.receiveFlags());
    });
    QTest::newRow("tsn") << MessageChange([](QSctpMessage &m) {
        m.setReceiveInfo(m.streamSequenceNumber(), 1, m.cumulativeTsn(), m.receiveFlags());
    });
    QTest::newRow("cumtsn") << MessageChange([](QSctpMessage &m) {
        m.setReceiveInfo(m.streamSequenceNumber(), m.transmissionSequenceNumber(), 1,
                         m.receiveFlags());
    });
    QTest::newRow("flags") << MessageChange([](QSctpMessage &m) {
        m.setReceiveInfo(m.streamSequenceNumber(), m.transmissionSequenceNumber(),
                         m.cumulativeTsn(), QSctpMessage::EndOfRecord);
    });
}

void tst_QSctpMessage::equality()
{
    QFETCH(MessageChange, change);

    QSctpMessage base(QByteArrayLiteral("payload"), 1, 46);
    const QSctpMessage same(QByteArrayLiteral("payload"), 1, 46);
    QVERIFY(base == same);
    QVERIFY(!(base != same));

    QSctpMessage changed = base;
    change(changed);
    QVERIFY(changed != base);
    QVERIFY(!(changed == base));
    QVERIFY(base != changed); // symmetric

    // Applying the same change to both makes them equal again.
    change(base);
    QCOMPARE(changed, base);
}

void tst_QSctpMessage::copyAndShare()
{
    QSctpMessage original(QByteArray(4096, 'a'), 4, 60);
    original.setContext(5);
    original.setDestination(h("::1"));
    original.setReceiveInfo(1, 2, 3, QSctpMessage::EndOfRecord);

    QSctpMessage copy = original;
    QCOMPARE(copy, original);
    // The payload is implicitly shared, not copied.
    QCOMPARE(copy.payload().constData(), original.payload().constData());

    copy.setPayload(QByteArrayLiteral("changed"));
    copy.setStream(9);
    QCOMPARE(original.payload(), QByteArray(4096, 'a'));
    QCOMPARE(original.stream(), quint16(4));
    QVERIFY(copy != original);

    QSctpMessage assigned;
    assigned = original;
    QCOMPARE(assigned, original);

    QSctpMessage moved = std::move(assigned);
    QCOMPARE(moved, original);
}

void tst_QSctpMessage::debug_data()
{
    QTest::addColumn<QSctpMessage>("message");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default") << QSctpMessage() << "QSctpMessage(stream=0, ppid=0, 0 bytes)";
    QTest::newRow("plain") << QSctpMessage(QByteArrayLiteral("hello"), 3, 46)
                           << "QSctpMessage(stream=3, ppid=46, 5 bytes)";
    {
        QSctpMessage m(QByteArrayLiteral("xy"), 1, 2);
        m.setUnordered(true);
        m.setContext(7);
        m.setDestination(h("127.0.0.2"));
        QTest::newRow("send-options")
                << m
                << "QSctpMessage(stream=1, ppid=2, 2 bytes, unordered, context=7, to 127.0.0.2)";
    }
    {
        QSctpMessage m(QByteArrayLiteral("abc"), 2, 0);
        m.setReceiveInfo(5, 100, 99, QSctpMessage::EndOfRecord | QSctpMessage::ReceiveInfoPresent);
        QTest::newRow("received") << m << "QSctpMessage(stream=2, ppid=0, 3 bytes, ssn=5, tsn=100)";
    }
    {
        QSctpMessage m(QByteArrayLiteral("a"), 0, 0);
        m.setReceiveInfo(5, 100, 99, QSctpMessage::ReceiveInfoPresent);
        QTest::newRow("fragment")
                << m << "QSctpMessage(stream=0, ppid=0, 1 bytes, ssn=5, tsn=100, partial)";
    }
}

void tst_QSctpMessage::debug()
{
    QFETCH(QSctpMessage, message);
    QFETCH(QString, expected);
    QCOMPARE(debugText(message), expected);
}

void tst_QSctpMessage::gadgetProperties()
{
    const QMetaObject &mo = QSctpMessage::staticMetaObject;
    const QStringList writable
            = {QStringLiteral("payload"),           QStringLiteral("stream"),
               QStringLiteral("payloadProtocolId"), QStringLiteral("unordered"),
               QStringLiteral("context"),           QStringLiteral("destination")};
    const QStringList readOnly
            = {QStringLiteral("streamSequenceNumber"), QStringLiteral("transmissionSequenceNumber"),
               QStringLiteral("cumulativeTsn"), QStringLiteral("receiveFlags"),
               QStringLiteral("endOfRecord")};
    for (const QString &name : writable) {
        const int index = mo.indexOfProperty(name.toLatin1().constData());
        QVERIFY2(index >= 0, qPrintable(name));
        QVERIFY2(mo.property(index).isWritable(), qPrintable(name));
    }
    for (const QString &name : readOnly) {
        const int index = mo.indexOfProperty(name.toLatin1().constData());
        QVERIFY2(index >= 0, qPrintable(name));
        QVERIFY2(!mo.property(index).isWritable(), qPrintable(name));
    }

    // Generic access, as the monitor uses it.
    QSctpMessage m;
    auto write = [&](const char *name, const QVariant &value) {
        return mo.property(mo.indexOfProperty(name)).writeOnGadget(&m, value);
    };
    auto read = [&](const char *name) {
        return mo.property(mo.indexOfProperty(name)).readOnGadget(&m);
    };
    QVERIFY(write("payload", QByteArrayLiteral("gadget")));
    QVERIFY(write("stream", QVariant::fromValue(quint16(4))));
    QVERIFY(write("payloadProtocolId", QVariant::fromValue(quint32(60))));
    QVERIFY(write("unordered", true));
    QVERIFY(write("context", QVariant::fromValue(quint32(11))));
    QVERIFY(write("destination", QVariant::fromValue(h("127.0.0.3"))));
    QCOMPARE(m.payload(), QByteArrayLiteral("gadget"));
    QCOMPARE(m.stream(), quint16(4));
    QCOMPARE(m.payloadProtocolId(), quint32(60));
    QVERIFY(m.isUnordered());
    QCOMPARE(m.context(), quint32(11));
    QCOMPARE(m.destination(), h("127.0.0.3"));

    m.setReceiveInfo(8, 9, 10, QSctpMessage::EndOfRecord);
    QCOMPARE(read("streamSequenceNumber").value<quint16>(), quint16(8));
    QCOMPARE(read("transmissionSequenceNumber").value<quint32>(), quint32(9));
    QCOMPARE(read("cumulativeTsn").value<quint32>(), quint32(10));
    QCOMPARE(read("endOfRecord").toBool(), true);
    QCOMPARE(read("receiveFlags").value<QSctpMessage::ReceiveFlags>(),
             QSctpMessage::ReceiveFlags(QSctpMessage::EndOfRecord));

    // The flags are introspectable by name.
    const QMetaEnum flags = QMetaEnum::fromType<QSctpMessage::ReceiveFlags>();
    QVERIFY(flags.isFlag());
    QCOMPARE(flags.keyToValue("EndOfRecord"), int(QSctpMessage::EndOfRecord));
    QCOMPARE(flags.keyToValue("ReceiveInfoPresent"), int(QSctpMessage::ReceiveInfoPresent));
}

void tst_QSctpMessage::metaType()
{
    const QMetaType type = QMetaType::fromType<QSctpMessage>();
    QVERIFY(type.isValid());
    QCOMPARE(QByteArray(type.name()), QByteArrayLiteral("QtSctp::QSctpMessage"));
    QCOMPARE(QMetaType::fromName("QtSctp::QSctpMessage"), type);
    QCOMPARE(type.metaObject(), &QSctpMessage::staticMetaObject);

    QSctpMessage m(QByteArrayLiteral("variant"), 2, 3);
    m.setUnordered(true);
    const QVariant v = QVariant::fromValue(m);
    QCOMPARE(v.metaType(), type);
    QCOMPARE(v.value<QSctpMessage>(), m);
    // QVariant compares through the type's operator==.
    QVERIFY(v == QVariant::fromValue(m));
    QVERIFY(v != QVariant::fromValue(QSctpMessage(QByteArrayLiteral("variant"), 2, 4)));
    QVERIFY(type.hasRegisteredDebugStreamOperator());
}

void tst_QSctpMessage::initOptionsDefaults()
{
    const QSctpInitOptions o;
    // go-sctp's defaults: 10 streams each way; 0 keeps the kernel's INIT defaults.
    QCOMPARE(o.outboundStreams(), quint16(10));
    QCOMPARE(o.maxInboundStreams(), quint16(10));
    QCOMPARE(o.maxAttempts(), quint16(0));
    QCOMPARE(o.maxInitTimeout(), quint16(0));
}

void tst_QSctpMessage::initOptionsSetters()
{
    QSctpInitOptions o;
    o.setOutboundStreams(11);
    o.setMaxInboundStreams(9);
    o.setMaxAttempts(3);
    o.setMaxInitTimeout(65535);
    QCOMPARE(o.outboundStreams(), quint16(11));
    QCOMPARE(o.maxInboundStreams(), quint16(9));
    QCOMPARE(o.maxAttempts(), quint16(3));
    QCOMPARE(o.maxInitTimeout(), quint16(65535));

    const QSctpInitOptions copy = o;
    QCOMPARE(copy, o);
    o.setOutboundStreams(1);
    QCOMPARE(copy.outboundStreams(), quint16(11));
}

void tst_QSctpMessage::initOptionsEquality_data()
{
    QTest::addColumn<OptionsChange>("change");
    QTest::newRow("outbound") << OptionsChange(
            [](QSctpInitOptions &o) { o.setOutboundStreams(1); });
    QTest::newRow("inbound") << OptionsChange(
            [](QSctpInitOptions &o) { o.setMaxInboundStreams(1); });
    QTest::newRow("attempts") << OptionsChange([](QSctpInitOptions &o) { o.setMaxAttempts(1); });
    QTest::newRow("timeout") << OptionsChange([](QSctpInitOptions &o) { o.setMaxInitTimeout(1); });
}

void tst_QSctpMessage::initOptionsEquality()
{
    QFETCH(OptionsChange, change);
    QSctpInitOptions a;
    const QSctpInitOptions b;
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    change(a);
    QVERIFY(a != b);
    QVERIFY(!(a == b));
}

void tst_QSctpMessage::initOptionsDebug()
{
    QCOMPARE(debugText(QSctpInitOptions()),
             QStringLiteral("QSctpInitOptions(out=10, maxIn=10, maxAttempts=0, maxInitTimeout=0)"));
    QSctpInitOptions o;
    o.setOutboundStreams(11);
    o.setMaxInboundStreams(9);
    o.setMaxAttempts(4);
    o.setMaxInitTimeout(500);
    QCOMPARE(
            debugText(o),
            QStringLiteral("QSctpInitOptions(out=11, maxIn=9, maxAttempts=4, maxInitTimeout=500)"));
}

void tst_QSctpMessage::initOptionsGadget()
{
    const QMetaObject &mo = QSctpInitOptions::staticMetaObject;
    QSctpInitOptions o;
    const char *names[] = {"outboundStreams", "maxInboundStreams", "maxAttempts", "maxInitTimeout"};
    quint16 value = 21;
    for (const char *name : names) {
        const QMetaProperty p = mo.property(mo.indexOfProperty(name));
        QVERIFY2(p.isValid(), name);
        QVERIFY2(p.writeOnGadget(&o, QVariant::fromValue(value)), name);
        QCOMPARE(p.readOnGadget(&o).value<quint16>(), value);
        ++value;
    }
    QCOMPARE(o.outboundStreams(), quint16(21));
    QCOMPARE(o.maxInboundStreams(), quint16(22));
    QCOMPARE(o.maxAttempts(), quint16(23));
    QCOMPARE(o.maxInitTimeout(), quint16(24));
}

void tst_QSctpMessage::initOptionsMetaType()
{
    const QMetaType type = QMetaType::fromType<QSctpInitOptions>();
    QVERIFY(type.isValid());
    QCOMPARE(QByteArray(type.name()), QByteArrayLiteral("QtSctp::QSctpInitOptions"));
    QSctpInitOptions o;
    o.setMaxAttempts(2);
    const QVariant v = QVariant::fromValue(o);
    QCOMPARE(v.value<QSctpInitOptions>(), o);
    QVERIFY(v == QVariant::fromValue(o));
    QVERIFY(v != QVariant::fromValue(QSctpInitOptions()));
}

QTEST_APPLESS_MAIN(tst_QSctpMessage)
#include "tst_qsctpmessage.moc"
