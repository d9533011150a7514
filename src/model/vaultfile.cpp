// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

constexpr char Magic[8] = {'B', 'M', 'C', 'P', 'V', 'L', 'T', '\0'};
constexpr quint16 FormatVersion = 1;
constexpr quint8 KdfScrypt = 1;
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int KeySize = 32;
// Accepted when reading: wide enough for tests' cheap files and future hardening, narrow
// enough that a damaged header cannot make us allocate gigabytes.
constexpr int MinLog2N = 10;
constexpr int MaxLog2N = 22;

const unsigned char *bytes(const char *data)
{
    return reinterpret_cast<const unsigned char *>(data);
}
unsigned char *bytes(char *data)
{
    return reinterpret_cast<unsigned char *>(data);
}

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Cipher = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

quint64 scryptMemory(const VaultFile::KdfParams &params)
{
    return 128ULL * params.r * params.p * (1ULL << params.log2N);
}

void appendU32(SecretValue &out, quint32 value)
{
    char raw[4];
    qToBigEndian(value, raw);
    out.append(raw, 4);
}

} // namespace

VaultFile::VaultFile(QString path, KdfParams params)
    : m_path(std::move(path)), m_newParams(params), m_params(params)
{
}

VaultFile::~VaultFile()
{
    lock();
}

bool VaultFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool VaultFile::failWith(Error error, const QString &text)
{
    m_error = error;
    m_errorString = text;
    return false;
}

void VaultFile::lock()
{
    m_key.clear();
    m_entries.clear(); // each SecretValue wipes itself
}

bool VaultFile::deriveKey(const SecretValue &password, const QByteArray &salt,
                          const KdfParams &params, SecretValue *key)
{
    key->resize(KeySize);
    const quint64 memory = scryptMemory(params);
    if (EVP_PBE_scrypt(password.data(), password.size(), bytes(salt.constData()),
                       std::size_t(salt.size()), 1ULL << params.log2N, params.r, params.p,
                       memory + 1024 * 1024, bytes(key->data()), KeySize) != 1) {
        key->clear();
        return failWith(Error::Io, tr("The key for the vault could not be derived."));
    }
    return true;
}

QByteArray VaultFile::header(const QByteArray &nonce) const
{
    QByteArray out(HeaderSize, '\0');
    char *p = out.data();
    std::copy(std::begin(Magic), std::end(Magic), p);
    qToBigEndian(FormatVersion, p + 8);
    p[10] = char(KdfScrypt);
    p[11] = char(m_params.log2N);
    qToBigEndian(m_params.r, p + 12);
    qToBigEndian(m_params.p, p + 16);
    std::copy(m_salt.cbegin(), m_salt.cend(), p + 20);
    std::copy(nonce.cbegin(), nonce.cend(), p + 36);
    return out;
}

bool VaultFile::create(const SecretValue &masterPassword)
{
    if (exists())
        return failWith(Error::Io, tr("A vault file already exists at %1.").arg(QDir::toNativeSeparators(m_path)));
    lock();
    m_params = m_newParams;
    m_salt = QByteArray(SaltSize, '\0');
    if (RAND_bytes(bytes(m_salt.data()), SaltSize) != 1)
        return failWith(Error::Io, tr("The system random generator failed."));
    if (!deriveKey(masterPassword, m_salt, m_params, &m_key))
        return false;
    if (!write()) {
        lock();
        return false;
    }
    return true;
}

bool VaultFile::unlock(const SecretValue &masterPassword)
{
    lock();
    m_error = Error::None;
    m_errorString.clear();
    QFile file(m_path);
    if (!file.exists())
        return failWith(Error::Missing, tr("There is no vault file at %1.").arg(QDir::toNativeSeparators(m_path)));
    if (!file.open(QIODevice::ReadOnly))
        return failWith(Error::Io, tr("The vault file %1 could not be read: %2")
                                       .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    const QByteArray data = file.readAll();
    const QString damaged = tr("The vault file %1 is damaged or is not a BMC Pilot vault.")
                                .arg(QDir::toNativeSeparators(m_path));
    if (data.size() < HeaderSize + TagSize || !data.startsWith(QByteArray(Magic, 8)))
        return failWith(Error::Corrupt, damaged);
    const char *h = data.constData();
    const quint16 version = qFromBigEndian<quint16>(h + 8);
    if (version > FormatVersion)
        return failWith(Error::FutureVersion, tr("The vault file %1 was written by a newer BMC Pilot "
                                                 "(format %2); it was left unchanged.")
                                                  .arg(QDir::toNativeSeparators(m_path))
                                                  .arg(version));
    KdfParams params{quint8(h[11]), qFromBigEndian<quint32>(h + 12), qFromBigEndian<quint32>(h + 16)};
    if (version != FormatVersion || quint8(h[10]) != KdfScrypt || params.log2N < MinLog2N ||
        params.log2N > MaxLog2N || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16 ||
        scryptMemory(params) > (1ULL << 30))
        return failWith(Error::Corrupt, damaged);
    const QByteArray salt = data.mid(20, SaltSize);
    const QByteArray nonce = data.mid(36, NonceSize);
    const qsizetype cipherSize = data.size() - HeaderSize - TagSize;

    SecretValue key;
    if (!deriveKey(masterPassword, salt, params, &key))
        return false;
    Cipher ctx(EVP_CIPHER_CTX_new());
    SecretValue plain;
    plain.resize(std::size_t(cipherSize) + 16);
    int length = 0, total = 0;
    QByteArray tag = data.right(TagSize);
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key.data()), bytes(nonce.constData())) == 1 &&
              EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(h), HeaderSize) == 1 &&
              EVP_DecryptUpdate(ctx.get(), bytes(plain.data()), &length, bytes(h + HeaderSize), int(cipherSize)) == 1;
    total = length;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
         EVP_DecryptFinal_ex(ctx.get(), bytes(plain.data()) + total, &length) == 1;
    if (!ok) {
        // GCM cannot tell a wrong password from a modified file; both fail the tag.
        return failWith(Error::WrongPasswordOrTampered,
                        tr("The master password is wrong, or the vault file %1 was modified. "
                           "The file was not changed.")
                            .arg(QDir::toNativeSeparators(m_path)));
    }
    plain.resize(std::size_t(total + length));

    // The tag vouches for the plaintext, but parse it defensively all the same.
    QHash<VaultKey, SecretValue> entries;
    const char *p = plain.data();
    const char *end = p + plain.size();
    if (end - p < 4)
        return failWith(Error::Corrupt, damaged);
    const quint32 count = qFromBigEndian<quint32>(p);
    p += 4;
    for (quint32 i = 0; i < count; ++i) {
        if (end - p < 21)
            return failWith(Error::Corrupt, damaged);
        const QUuid server = QUuid::fromRfc4122(QByteArrayView(p, 16));
        const quint8 kind = quint8(p[16]);
        const quint32 size = qFromBigEndian<quint32>(p + 17);
        p += 21;
        if (quint64(end - p) < size || (kind != quint8(SecretKind::Password) && kind != quint8(SecretKind::Kg)))
            return failWith(Error::Corrupt, damaged);
        entries.insert(VaultKey{server, SecretKind(kind)}, SecretValue(p, size));
        p += size;
    }
    m_params = params;
    m_salt = salt;
    m_key = std::move(key);
    m_entries = std::move(entries);
    if (m_params.log2N < m_newParams.log2N && !changeMasterPassword(masterPassword, masterPassword)) {
        // Still unlocked with the old cost; the next unlock tries again.
        m_error = Error::None;
        m_errorString.clear();
    }
    return true;
}

bool VaultFile::write()
{
    if (!isUnlocked())
        return failWith(Error::Locked, tr("The vault is locked."));
    SecretValue plain;
    appendU32(plain, quint32(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QByteArray id = it.key().server.toRfc4122();
        plain.append(id.constData(), std::size_t(id.size()));
        const char kind = char(it.key().kind);
        plain.append(&kind, 1);
        appendU32(plain, quint32(it.value().size()));
        plain.append(it.value().data(), it.value().size());
    }
    // GCM must never see the same (key, nonce) twice: a fresh random nonce per write.
    QByteArray nonce(NonceSize, '\0');
    if (RAND_bytes(bytes(nonce.data()), NonceSize) != 1)
        return failWith(Error::Io, tr("The system random generator failed."));
    const QByteArray head = header(nonce);
    QByteArray out = head;
    out.resize(HeaderSize + qsizetype(plain.size()) + TagSize);
    Cipher ctx(EVP_CIPHER_CTX_new());
    int length = 0, total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key.data()), bytes(nonce.constData())) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(head.constData()), HeaderSize) == 1 &&
              EVP_EncryptUpdate(ctx.get(), bytes(out.data()) + HeaderSize, &length, bytes(plain.data()), int(plain.size())) == 1;
    total = length;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes(out.data()) + HeaderSize + total, &length) == 1 &&
         EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, out.data() + HeaderSize + total + length) == 1;
    if (!ok)
        return failWith(Error::Io, tr("The vault could not be encrypted."));

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        // Before any byte is written: only the owner may read the vault.
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(out) != out.size() || !file.commit()) {
        return failWith(Error::Io, tr("The vault file %1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    m_error = Error::None;
    m_errorString.clear();
    return true;
}

std::optional<SecretValue> VaultFile::value(const VaultKey &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it.value();
}

bool VaultFile::setValue(const VaultKey &key, const SecretValue &secret)
{
    if (!isUnlocked())
        return failWith(Error::Locked, tr("The vault is locked."));
    const std::optional<SecretValue> previous = value(key);
    m_entries.insert(key, secret);
    if (write())
        return true;
    // Keep memory and disk in agreement when the write fails.
    if (previous)
        m_entries.insert(key, *previous);
    else
        m_entries.remove(key);
    return false;
}

bool VaultFile::remove(const VaultKey &key)
{
    if (!isUnlocked())
        return failWith(Error::Locked, tr("The vault is locked."));
    const std::optional<SecretValue> previous = value(key);
    if (!previous)
        return true;
    m_entries.remove(key);
    if (write())
        return true;
    m_entries.insert(key, *previous);
    return false;
}

bool VaultFile::changeMasterPassword(const SecretValue &current, const SecretValue &next)
{
    if (!isUnlocked())
        return failWith(Error::Locked, tr("The vault is locked."));
    SecretValue check;
    if (!deriveKey(current, m_salt, m_params, &check))
        return false;
    if (!(check == m_key))
        return failWith(Error::WrongPasswordOrTampered, tr("The current master password is wrong."));
    // A new salt (and the current default cost) with the new password: re-encrypts all.
    const QByteArray oldSalt = m_salt;
    const KdfParams oldParams = m_params;
    SecretValue oldKey = m_key;
    m_params = m_newParams;
    m_salt = QByteArray(SaltSize, '\0');
    if (RAND_bytes(bytes(m_salt.data()), SaltSize) != 1 || !deriveKey(next, m_salt, m_params, &m_key) ||
        !write()) {
        const Error error = m_error;
        const QString text = m_errorString;
        m_salt = oldSalt;
        m_params = oldParams;
        m_key = std::move(oldKey);
        return failWith(error == Error::None ? Error::Io : error, text);
    }
    return true;
}
