// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QTSCTPTRANSLATION_H
#define QTSCTP_QTSCTPTRANSLATION_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qlocale.h>
#include <QtCore/qstring.h>

QTSCTP_BEGIN_NAMESPACE

/*!
    \file qtsctptranslation.h
    \brief Loading the translations of QtSctp's own texts (error strings and the like).
*/

/*!
    Installs the translation of QtSctp's own texts (errorString() of sockets, servers,
    addresses and notifications) for \a locale into the application, from the copy compiled
    into the library (the resource directory translationsResourcePath()).

    The translations are QCoreApplication translators, so a QCoreApplication must exist.
    A translator that an earlier call installed is removed first, so calling it again switches
    the language, and a locale without a translation (English, the source language, for one)
    brings back the English texts.

    Returns \c true when a translation for \a locale was found and installed; \c false when
    there is none for it, or when there is no QCoreApplication. Shipped: German (\c de) and
    French (\c fr). Call it from the thread of the application object.

    \code
    QCoreApplication app(argc, argv);
    QtSctp::installTranslator(); // the system locale, e.g. de_DE
    \endcode
*/
QTSCTP_EXPORT bool installTranslator(const QLocale &locale = QLocale());

/*!
    The resource directory that holds the compiled translations,
    \c ":/qtsctp/translations", with one \c qtsctp_<language>.qm file per language. An
    application that manages its own QTranslator objects loads them from there:

    \code
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("qtsctp"), QStringLiteral("_"),
                         QtSctp::translationsResourcePath()))
        QCoreApplication::installTranslator(translator);
    \endcode

    The same .qm files are also installed under \c share/qtsctp/translations of the
    installation prefix, for tools that want files on disk.
*/
QTSCTP_EXPORT QString translationsResourcePath();

QTSCTP_END_NAMESPACE

#endif // QTSCTP_QTSCTPTRANSLATION_H
