// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipmi/crypto/random.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <pthread.h>

#include <array>
#include <atomic>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace ipmi {

namespace {

// Session IDs, nonces and IVs must never come from a weaker source; if the CSPRNG cannot
// be seeded there is no safe way to go on.
void fill(std::uint8_t *out, std::size_t count)
{
    if (count > static_cast<std::size_t>(INT_MAX) || RAND_bytes(out, static_cast<int>(count)) != 1)
        std::abort();
}

// Counts fork()s: a child must not hand out the bytes its parent's pool holds too.
std::atomic<unsigned> forkGeneration{0};

// Bytes drawn from the CSPRNG in bulk, so that an IV per packet does not pay RAND_bytes'
// per-call cost (about a third of a packet's work on a fast link). Each thread has its
// own; a byte is handed out once and wiped from the pool as it leaves.
class RandomPool
{
public:
    static constexpr std::size_t Size = 4096;
    static constexpr std::size_t LargestServed = 64; // larger requests go straight to OpenSSL

    RandomPool()
    {
        static const bool registered = [] {
            return pthread_atfork(nullptr, nullptr, [] { forkGeneration.fetch_add(1); }) == 0;
        }();
        m_usable = registered;
    }
    ~RandomPool() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }

    void take(std::uint8_t *out, std::size_t count)
    {
        if (!m_usable || count > LargestServed) {
            fill(out, count);
            return;
        }
        const unsigned generation = forkGeneration.load();
        if (m_used + count > Size || generation != m_generation) {
            fill(m_bytes.data(), Size);
            m_used = 0;
            m_generation = generation;
        }
        std::memcpy(out, m_bytes.data() + m_used, count);
        OPENSSL_cleanse(m_bytes.data() + m_used, count);
        m_used += count;
    }

private:
    std::array<std::uint8_t, Size> m_bytes{};
    std::size_t m_used = Size; // empty until first use
    unsigned m_generation = 0;
    bool m_usable = false;
};

} // namespace

Bytes secureRandomBytes(std::size_t count)
{
    Bytes out(count);
    if (count == 0)
        return out;
    thread_local RandomPool pool;
    pool.take(out.data(), count);
    return out;
}

RandomSource secureRandomSource()
{
    return [](std::size_t count) { return secureRandomBytes(count); };
}

} // namespace ipmi
