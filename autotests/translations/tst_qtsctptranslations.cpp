// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qsctpaddress.h>
#include <QtSctp/qsctpnotification.h>
#include <QtSctp/qsctpserver.h>
#include <QtSctp/qsctpsocket.h>
#include <QtSctp/qtsctptranslation.h>

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qtranslator.h>
#include <QtCore/qxmlstream.h>
#include <QtTest/qtest.h>

using QtSctp::QSctpAddress;

class tst_QtSctpTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void noTranslationIsEnglish();
    void german();
    void french();
    void switchingBackToEnglish();
    void loadByHand();
    void tsFilesComplete_data();
    void tsFilesComplete();

private:
    static QString addressError(const QString &text)
    {
        QString error;
        QSctpAddress::fromString(text, &error);
        return error;
    }
};

void tst_QtSctpTranslations::cleanup()
{
    QtSctp::installTranslator(QLocale(QLocale::English));
}

void tst_QtSctpTranslations::noTranslationIsEnglish()
{
    // English is the source language: there is nothing to install.
    QVERIFY(!QtSctp::installTranslator(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(addressError(QStringLiteral("127.0.0.1")),
             QStringLiteral("missing port: no ':' in \"127.0.0.1\""));
}

void tst_QtSctpTranslations::german()
{
    QVERIFY(QtSctp::installTranslator(QLocale(QLocale::German, QLocale::Germany)));

    // Each translation context the library uses at run time.
    QCOMPARE(addressError(QStringLiteral("127.0.0.1")),
             QStringLiteral("Port fehlt: kein ':' in \"127.0.0.1\""));
    QCOMPARE(addressError(QStringLiteral("127.0.0.1:70000")),
             QStringLiteral("Port \"70000\" in \"127.0.0.1:70000\" liegt außerhalb des Bereichs "
                            "(0-65535)"));

    const auto notification = QtSctp::QSctpNotification::decode(QByteArray(3, '\0'));
    QCOMPARE(notification.errorString(),
             QStringLiteral("SCTP-Benachrichtigung abgeschnitten: Sie hat 3 Bytes, der Kopf "
                            "braucht 8"));

    QtSctp::QSctpSocket socket;
    socket.connectToHost(QSctpAddress(QHostAddress::LocalHost, 0));
    QCOMPARE(socket.error(), QtSctp::QSctpSocket::InvalidAddressError);
    QVERIFY2(socket.errorString().startsWith(QStringLiteral("Keine Verbindung zu ")),
             qPrintable(socket.errorString()));
    QVERIFY2(socket.errorString().endsWith(QStringLiteral(": Der Port ist 0")),
             qPrintable(socket.errorString()));

    QtSctp::QSctpServer server;
    QVERIFY(!server.bindAdd(QSctpAddress(QHostAddress::LocalHost, 0)));
    QCOMPARE(server.errorString(), QStringLiteral("bindAdd(): Der Server lauscht nicht"));
}

void tst_QtSctpTranslations::french()
{
    QVERIFY(QtSctp::installTranslator(QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(addressError(QStringLiteral("127.0.0.1")),
             QStringLiteral("port manquant : pas de ':' dans \"127.0.0.1\""));
    QCOMPARE(addressError(QStringLiteral("[::1")),
             QStringLiteral("'[' non fermé à la position 0 dans \"[::1\" : pas de ']' fermant"));
}

void tst_QtSctpTranslations::switchingBackToEnglish()
{
    QVERIFY(QtSctp::installTranslator(QLocale(QLocale::German)));
    QVERIFY(addressError(QStringLiteral("127.0.0.1")).startsWith(QStringLiteral("Port fehlt")));
    // A second call replaces the first translator rather than stacking another one.
    QVERIFY(QtSctp::installTranslator(QLocale(QLocale::French)));
    QVERIFY(addressError(QStringLiteral("127.0.0.1")).startsWith(QStringLiteral("port manquant")));
    QVERIFY(!QtSctp::installTranslator(QLocale(QLocale::English)));
    QVERIFY(addressError(QStringLiteral("127.0.0.1")).startsWith(QStringLiteral("missing port")));
}

void tst_QtSctpTranslations::loadByHand()
{
    // The documented alternative: an application-owned QTranslator on the resource path.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("qtsctp"), QStringLiteral("_"),
                            QtSctp::translationsResourcePath()));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QVERIFY(addressError(QStringLiteral("127.0.0.1")).startsWith(QStringLiteral("Port fehlt")));
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(addressError(QStringLiteral("127.0.0.1")).startsWith(QStringLiteral("missing port")));
}

void tst_QtSctpTranslations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Every entry translated, none left unfinished or obsolete, and every %n placeholder of the
// source kept (a lost %2 would silently drop an address from an error message).
void tst_QtSctpTranslations::tsFilesComplete()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(QTSCTP_TRANSLATIONS_DIR "/qtsctp_%1.ts").arg(language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));

    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };

    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            QCOMPARE(xml.attributes().value(QStringLiteral("language")).toString(), language);
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString translation = xml.readElementText();
            if (!type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(type, source);
            else if (translation.trimmed().isEmpty())
                problems << QStringLiteral("empty: %1").arg(source);
            else if (placeholders(translation) != placeholders(source))
                problems
                        << QStringLiteral("placeholders differ: %1 -> %2").arg(source, translation);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_QtSctpTranslations)
#include "tst_qtsctptranslations.moc"
