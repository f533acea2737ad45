// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "demotraffic.h"
#include "jsonreporter.h"
#include "monitorsession.h"
#include "monitorwindow.h"

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/QByteArrayView>
#include <QtCore/QCommandLineParser>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtGui/QPixmap>
#include <QtWidgets/QApplication>

#include <memory>

int main(int argc, char **argv)
{
    // --headless, --help and --version need no display: decide the application class before
    // anything else.
    bool headless = false;
    bool noDisplay = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--headless")
            headless = true;
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            noDisplay = true;
    }
    std::unique_ptr<QCoreApplication> app(headless || noDisplay ? new QCoreApplication(argc, argv)
                                                                : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-monitor"));
    QCoreApplication::setOrganizationName(QStringLiteral("QtSctp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QTSCTP_VERSION_STR));

    // The user's language, for Qt's own strings and ours.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("qsctp-monitor"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Live monitor for SCTP associations: their state, every path's figures, "
            "events and traffic."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(
            QStringLiteral("demo"),
            QCoreApplication::translate("main",
                                        "Start a multi-homed server and client on "
                                        "127.0.0.1/127.0.0.2 with traffic, to watch."));
    QCommandLineOption headlessOption(
            QStringLiteral("headless"),
            QCoreApplication::translate("main", "No window: print JSON lines on stdout."));
    QCommandLineOption json(
            QStringLiteral("json"),
            QCoreApplication::translate("main",
                                        "Print a JSON line per sample and per event on "
                                        "stdout (also with the window)."));
    QCommandLineOption duration(
            QStringLiteral("duration"),
            QCoreApplication::translate("main", "Stop after <ms> milliseconds."),
            QStringLiteral("ms"));
    QCommandLineOption interval(
            QStringLiteral("interval"),
            QCoreApplication::translate("main", "Sample every <ms> milliseconds (default 500)."),
            QStringLiteral("ms"));
    QCommandLineOption listen(QStringLiteral("listen"),
                              QCoreApplication::translate("main",
                                                          "Listen on <address> (repeatable), e.g. "
                                                          "10.0.0.1/10.0.1.1:3868."),
                              QStringLiteral("address"));
    QCommandLineOption connectTo(
            QStringLiteral("connect"),
            QCoreApplication::translate("main", "Connect to <address> (repeatable)."),
            QStringLiteral("address"));
    QCommandLineOption view(
            QStringLiteral("view"),
            QCoreApplication::translate("main",
                                        "Open with <view> shown: associations, detail or "
                                        "rig."),
            QStringLiteral("view"));
    QCommandLineOption quitAfter(
            QStringLiteral("quit-after"),
            QCoreApplication::translate("main", "Quit after <ms> milliseconds."),
            QStringLiteral("ms"));
    // For checking the look without a display (QT_QPA_PLATFORM=offscreen).
    QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Save the window as a PNG <file> when quitting."),
            QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, headlessOption, json, duration, interval, listen, connectTo, view,
                       quitAfter, screenshot});
    parser.process(*app);

    MonitorSession session;
    std::unique_ptr<JsonReporter> reporter;
    if (headless || parser.isSet(json))
        reporter = std::make_unique<JsonReporter>(&session);
    std::unique_ptr<MonitorWindow> window;
    if (!headless) {
        window = std::make_unique<MonitorWindow>(&session);
        if (parser.isSet(view) && !window->showView(parser.value(view))) {
            qWarning("Unknown view %s: use associations, detail or rig",
                     qPrintable(parser.value(view)));
        }
    }
    if (parser.isSet(interval))
        session.setRefreshInterval(parser.value(interval).toInt());

    int status = 0;
    std::unique_ptr<DemoTraffic> headlessDemo;
    if (parser.isSet(demo)) {
        if (window) {
            if (!window->startDemo())
                status = 2;
        } else {
            headlessDemo = std::make_unique<DemoTraffic>(&session);
            QString error;
            if (!headlessDemo->start(&error)) {
                reporter->reportError(error);
                return 2;
            }
        }
    }
    const MonitorSession::EndpointOptions options;
    for (const QString &address : parser.values(listen)) {
        QString error;
        if (!session.createServer(address, options, &error)) {
            if (reporter)
                reporter->reportError(error);
            if (window)
                window->showSctpUnavailable(error);
            if (headless)
                return 2;
        }
    }
    for (const QString &address : parser.values(connectTo)) {
        QString error;
        if (!session.createClient(address, options, &error)) {
            if (reporter)
                reporter->reportError(error);
            if (headless)
                return 2;
        }
    }
    session.start();

    const QString stopOption
            = parser.isSet(duration) ? parser.value(duration) : parser.value(quitAfter);
    if (!stopOption.isEmpty()) {
        const QString screenshotFile = parser.value(screenshot);
        QTimer::singleShot(stopOption.toInt(), app.get(), [&window, screenshotFile] {
            if (window && !screenshotFile.isEmpty())
                window->grab().save(screenshotFile, "PNG");
            QCoreApplication::quit();
        });
    }
    if (window)
        window->show();
    const int result = app->exec();
    return status != 0 ? status : result;
}
