// SPDX-License-Identifier: GPL-3.0-or-later
#include "coretext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <mutex>

namespace CoreText {

// coretextcatalogue.cpp
extern const char *const kCatalogue[];
extern const std::size_t kCatalogueSize;

namespace {

constexpr const char *Context = "CoreText";
constexpr qsizetype CacheLimit = 4096; // SEL details carry readings: keep the cache bounded

struct Pattern
{
    QRegularExpression regex;
    const char *source;
    QList<int> order; // which %n each capture fills
};

struct Catalogue
{
    QHash<QString, const char *> fixed;
    std::vector<Pattern> patterns;
};

const Catalogue &catalogueIndex()
{
    static const Catalogue index = [] {
        Catalogue built;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        for (std::size_t i = 0; i < kCatalogueSize; ++i) {
            const QString source = QString::fromUtf8(kCatalogue[i]);
            if (!source.contains(placeholder)) {
                built.fixed.insert(source, kCatalogue[i]);
                continue;
            }
            Pattern pattern;
            pattern.source = kCatalogue[i];
            QString expression = QStringLiteral("^");
            qsizetype at = 0;
            for (const QRegularExpressionMatch &match : placeholder.globalMatch(source)) {
                expression += QRegularExpression::escape(source.mid(at, match.capturedStart() - at));
                expression += QStringLiteral("(.+?)");
                pattern.order << match.captured(1).toInt();
                at = match.capturedEnd();
            }
            expression += QRegularExpression::escape(source.mid(at)) + QStringLiteral("$");
            pattern.regex = QRegularExpression(expression, QRegularExpression::DotMatchesEverythingOption);
            built.patterns.push_back(std::move(pattern));
        }
        return built;
    }();
    return index;
}

QString translateText(const QString &english, int depth)
{
    const Catalogue &index = catalogueIndex();
    if (const auto found = index.fixed.constFind(english); found != index.fixed.constEnd())
        return QCoreApplication::translate(Context, *found);
    if (depth > 3)
        return english;
    for (const Pattern &pattern : index.patterns) {
        const QRegularExpressionMatch match = pattern.regex.match(english);
        if (!match.hasMatch())
            continue;
        QString text = QCoreApplication::translate(Context, pattern.source);
        QStringList values(pattern.order.size());
        for (qsizetype i = 0; i < pattern.order.size(); ++i) {
            const int slot = pattern.order[i];
            if (slot >= 1 && slot <= values.size())
                values[slot - 1] = translateText(match.captured(int(i) + 1), depth + 1);
        }
        // One pass over the placeholders, so a value holding "%1" stays as it is.
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        QString out;
        qsizetype at = 0;
        for (const QRegularExpressionMatch &slot : placeholder.globalMatch(text)) {
            out += text.mid(at, slot.capturedStart() - at);
            const int n = slot.captured(1).toInt();
            out += n >= 1 && n <= values.size() ? values[n - 1] : slot.captured(0);
            at = slot.capturedEnd();
        }
        return out + text.mid(at);
    }
    return english;
}

} // namespace

QString translate(const QString &english)
{
    // The table views ask for the same words on every repaint.
    static QHash<QString, QString> cache;
    static QString cachedFor; // a known word in the language the cache holds
    static std::mutex lock;
    std::lock_guard guard(lock);
    const QString language = QCoreApplication::translate(Context, "Asserted");
    if (language != cachedFor) { // a translator came or went
        cache.clear();
        cachedFor = language;
    }
    if (const auto found = cache.constFind(english); found != cache.constEnd())
        return *found;
    if (cache.size() > CacheLimit)
        cache.clear();
    const QString translated = translateText(english, 0);
    cache.insert(english, translated);
    return translated;
}

QString translate(std::string_view english)
{
    return translate(QString::fromUtf8(english.data(), qsizetype(english.size())));
}

QString error(const ipmi::Error &failure)
{
    return translate(failure.message);
}

QString join(const std::vector<std::string> &sentences)
{
    QStringList parts;
    for (const std::string &sentence : sentences)
        parts << translate(sentence);
    return parts.join(u' ');
}

bool isKnown(std::string_view english)
{
    const QString source = QString::fromUtf8(english.data(), qsizetype(english.size()));
    const Catalogue &index = catalogueIndex();
    if (index.fixed.contains(source))
        return true;
    for (const Pattern &pattern : index.patterns)
        if (pattern.regex.match(source).hasMatch())
            return true;
    return false;
}

QStringList catalogue()
{
    QStringList all;
    for (std::size_t i = 0; i < kCatalogueSize; ++i)
        all << QString::fromUtf8(kCatalogue[i]);
    return all;
}

} // namespace CoreText
