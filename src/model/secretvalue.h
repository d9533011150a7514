// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <vector>

class QDebug;

// Bytes that hold a password or a K_g key. Every copy owns its own buffer, and each buffer
// is wiped (OPENSSL_cleanse) when it is destroyed, cleared or overwritten. Deliberately
// not built on QByteArray: implicit sharing would leave unwiped copies behind. There are no
// printing helpers; QDebug prints "<redacted>".
class SecretValue
{
public:
    SecretValue() = default;
    SecretValue(const char *data, std::size_t size);
    // The caller should wipe its own copy afterwards (see wipe(QByteArray &)).
    static SecretValue fromBytes(const QByteArray &bytes);
    // QString cannot be wiped reliably (it may share or reallocate); convert as late as
    // possible and keep the QString short-lived.
    static SecretValue fromUtf8(const QString &text);

    SecretValue(const SecretValue &other);
    SecretValue(SecretValue &&other) noexcept;
    SecretValue &operator=(const SecretValue &other);
    SecretValue &operator=(SecretValue &&other) noexcept;
    ~SecretValue();

    const char *data() const { return m_bytes.data(); }
    char *data() { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }

    // Grows the buffer, wiping the old one when it has to move (never a plain realloc).
    void append(const char *data, std::size_t size);
    void resize(std::size_t size);
    void clear();

    // A deep copy as QByteArray, for APIs that only take one (QtKeychain). The caller owns
    // the copy and should wipe() it once done.
    QByteArray toByteArray() const;

    // Constant-time comparison, so tests and callers do not leak timing.
    bool operator==(const SecretValue &other) const;

    static void wipe(QByteArray &bytes);

private:
    void reserveWiped(std::size_t capacity);

    std::vector<char> m_bytes;
};

QDebug operator<<(QDebug debug, const SecretValue &value);
