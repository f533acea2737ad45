// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include <QtSctp/qtsctptranslation.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmutex.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtranslator.h>

#include <memory>

QTSCTP_BEGIN_NAMESPACE

namespace {
QBasicMutex translatorMutex;
// The translator installed by installTranslator(), owned by the application object, so that it
// goes away with it; QPointer notices when it did.
QPointer<QTranslator> installedTranslator;
} // namespace

QString translationsResourcePath()
{
    return QStringLiteral(":/qtsctp/translations");
}

bool installTranslator(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;

    QMutexLocker locker(&translatorMutex);
    if (installedTranslator) {
        QCoreApplication::removeTranslator(installedTranslator);
        delete installedTranslator.data();
    }

    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("qtsctp"), QStringLiteral("_"),
                          translationsResourcePath()))
        return false;
    translator->setParent(app);
    QCoreApplication::installTranslator(translator.get());
    installedTranslator = translator.release();
    return true;
}

QTSCTP_END_NAMESPACE
