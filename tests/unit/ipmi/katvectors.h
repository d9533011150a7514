// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Known-answer vectors from tests/data/kat/vectors.txt, one per line:
// "<kind> field=hex field=hex ...". Computed independently in Python
// (tests/data/kat/generate_vectors.py); shared by the crypto and wire tests.

#include "ipmi/core/bytes.h"

#include <QTest>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace kat {

using Vector = std::map<std::string, ipmi::Bytes>;

inline std::vector<Vector> loadVectors(const std::string &kind)
{
    std::ifstream file(std::string(BMCPILOT_TEST_DATA_DIR) + "/kat/vectors.txt");
    std::vector<Vector> vectors;
    std::string line;
    while (std::getline(file, line)) {
        std::istringstream words(line);
        std::string word;
        if (!(words >> word) || word != kind)
            continue;
        Vector vector;
        while (words >> word) {
            const auto equals = word.find('=');
            const auto value = ipmi::fromHex(word.substr(equals + 1));
            if (equals == std::string::npos || !value)
                qFatal("bad vector line: %s", line.c_str());
            vector[word.substr(0, equals)] = *value;
        }
        vectors.push_back(std::move(vector));
    }
    if (vectors.empty())
        qFatal("no '%s' vectors in vectors.txt", kind.c_str());
    return vectors;
}

// One data row per vector of the kind, carrying its index.
inline void addVectorRows(const std::string &kind)
{
    QTest::addColumn<int>("index");
    const auto vectors = loadVectors(kind);
    for (std::size_t i = 0; i < vectors.size(); ++i)
        QTest::addRow("%s %zu", kind.c_str(), i) << static_cast<int>(i);
}

inline Vector vectorAt(const std::string &kind, int index)
{
    return loadVectors(kind).at(static_cast<std::size_t>(index));
}

inline std::uint32_t le32(const ipmi::Bytes &bytes)
{
    ipmi::ByteReader reader(bytes);
    return reader.u32le();
}

} // namespace kat
