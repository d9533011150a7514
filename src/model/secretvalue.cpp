// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretvalue.h"

#include <QDebug>

#include <openssl/crypto.h>

#include <algorithm>

SecretValue::SecretValue(const char *data, std::size_t size)
{
    append(data, size);
}

SecretValue SecretValue::fromBytes(const QByteArray &bytes)
{
    return SecretValue(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

SecretValue SecretValue::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecretValue value = fromBytes(utf8);
    wipe(utf8);
    return value;
}

SecretValue::SecretValue(const SecretValue &other)
{
    append(other.data(), other.size());
}

SecretValue::SecretValue(SecretValue &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretValue &SecretValue::operator=(const SecretValue &other)
{
    if (this != &other) {
        clear();
        append(other.data(), other.size());
    }
    return *this;
}

SecretValue &SecretValue::operator=(SecretValue &&other) noexcept
{
    if (this != &other) {
        clear();
        // The vector's buffer moves as a whole, so no unwiped copy is left behind.
        m_bytes.swap(other.m_bytes);
    }
    return *this;
}

SecretValue::~SecretValue()
{
    clear();
}

void SecretValue::reserveWiped(std::size_t capacity)
{
    if (capacity <= m_bytes.capacity())
        return;
    std::vector<char> grown;
    grown.reserve(std::max(capacity, m_bytes.capacity() * 2));
    grown.assign(m_bytes.begin(), m_bytes.end());
    clear();
    m_bytes.swap(grown);
}

void SecretValue::append(const char *data, std::size_t size)
{
    if (size == 0)
        return;
    reserveWiped(m_bytes.size() + size);
    m_bytes.insert(m_bytes.end(), data, data + size);
}

void SecretValue::resize(std::size_t size)
{
    if (size < m_bytes.size())
        OPENSSL_cleanse(m_bytes.data() + size, m_bytes.size() - size);
    reserveWiped(size);
    m_bytes.resize(size, '\0');
}

void SecretValue::clear()
{
    if (m_bytes.capacity() > 0) {
        m_bytes.resize(m_bytes.capacity());
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
    m_bytes.clear();
}

QByteArray SecretValue::toByteArray() const
{
    return QByteArray(data(), static_cast<qsizetype>(size()));
}

bool SecretValue::operator==(const SecretValue &other) const
{
    if (size() != other.size())
        return false;
    return size() == 0 || CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

void SecretValue::wipe(QByteArray &bytes)
{
    // detach() first so we wipe our own buffer, not one shared with another QByteArray.
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

QDebug operator<<(QDebug debug, const SecretValue &)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "<redacted>";
    return debug;
}
