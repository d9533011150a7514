// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/secretvalue.h"
#include "model/vaultkey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

// scrypt cost. N = 2^17, r = 8: 128 MiB and about half a second per derivation, the
// current advice for interactive logins. Vaults written with a lower cost are re-keyed
// with this one when they are next unlocked.
struct VaultKdfParams
{
    int log2N = 17;
    quint32 r = 8;
    quint32 p = 1;
};

// The encrypted vault file: every secret in one AES-256-GCM blob, the key derived from the
// master password with scrypt.
//
// Layout (integers big-endian); the 48-byte header is authenticated as GCM AAD, so a
// changed version or KDF parameter fails like a changed ciphertext byte:
//    0  magic "BMCPVLT\0"        8
//    8  format version (1)       2
//   10  KDF id (1 = scrypt)      1
//   11  log2(N)                  1
//   12  r                        4
//   16  p                        4
//   20  salt (per file)         16
//   36  nonce (fresh per write) 12
//   48  ciphertext               n
//  end  GCM tag                 16
// Plaintext: count (4), then per entry: server UUID (16), kind (1), length (4), bytes.
//
// Rules: writes are atomic (QSaveFile) and the file is 0600. A failed unlock never writes.
// The derived key and all decrypted entries live in SecretValue buffers and are wiped by
// lock() and the destructor. Error texts never include secrets.
class VaultFile
{
    Q_DECLARE_TR_FUNCTIONS(VaultFile)

public:
    using KdfParams = VaultKdfParams;
    enum class Error { None, WrongPasswordOrTampered, Corrupt, FutureVersion, Io, Locked, Missing };

    // params apply to files this object creates or re-keys; reading uses the file's own.
    explicit VaultFile(QString path, KdfParams params = {});
    ~VaultFile();
    VaultFile(const VaultFile &) = delete;
    VaultFile &operator=(const VaultFile &) = delete;

    QString path() const { return m_path; }
    bool exists() const;
    bool isUnlocked() const { return !m_key.isEmpty(); }

    // Creates an empty vault; refuses to replace an existing file.
    bool create(const SecretValue &masterPassword);
    // A vault whose cost is below this object's params is re-keyed with them (a new salt,
    // the same password) right after it opens; if that write fails it stays as it was.
    bool unlock(const SecretValue &masterPassword);
    void lock();
    bool changeMasterPassword(const SecretValue &current, const SecretValue &next);

    std::optional<SecretValue> value(const VaultKey &key) const;
    // Each change is written to disk before it returns.
    bool setValue(const VaultKey &key, const SecretValue &secret);
    bool remove(const VaultKey &key);
    int count() const { return int(m_entries.size()); }

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    static constexpr int HeaderSize = 48;
    static constexpr int TagSize = 16;

private:
    bool failWith(Error error, const QString &text);
    bool deriveKey(const SecretValue &password, const QByteArray &salt, const KdfParams &params,
                   SecretValue *key);
    bool write();
    QByteArray header(const QByteArray &nonce) const;

    QString m_path;
    KdfParams m_newParams;
    KdfParams m_params;
    QByteArray m_salt;
    SecretValue m_key;
    QHash<VaultKey, SecretValue> m_entries;
    Error m_error = Error::None;
    QString m_errorString;
};
