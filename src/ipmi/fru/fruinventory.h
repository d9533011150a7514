// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/core/bytes.h"
#include "ipmi/fru/frufield.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A decoded FRU inventory (Platform Management FRU Information Storage Definition v1.0).
namespace ipmi::fru {

struct FruChassis
{
    std::uint8_t type = 0; // SMBIOS chassis type, see chassisTypeName()
    FruField partNumber;
    FruField serial;
    std::vector<FruField> custom;
};

struct FruBoard
{
    std::uint8_t language = 0;
    std::optional<std::uint32_t> mfgMinutes; // since 1996-01-01 00:00 UTC; none when 0 (unspecified)
    FruField manufacturer;
    FruField productName;
    FruField serial;
    FruField partNumber;
    FruField fruFileId;
    std::vector<FruField> custom;
};

struct FruProduct
{
    std::uint8_t language = 0;
    FruField manufacturer;
    FruField name;
    FruField partNumber; // "part/model number"
    FruField version;
    FruField serial;
    FruField assetTag;
    FruField fruFileId;
    std::vector<FruField> custom;
};

// Multi-record type 00h, the fields most tools show.
struct FruPowerSupply
{
    std::uint16_t capacityWatts = 0;
    std::uint16_t peakVa = 0;
    std::uint8_t inrushCurrentAmps = 0;
    std::uint8_t inrushIntervalMs = 0;
    std::uint16_t lowInputVoltage1 = 0; // in 10 mV
    std::uint16_t highInputVoltage1 = 0;
    std::uint16_t lowInputVoltage2 = 0;
    std::uint16_t highInputVoltage2 = 0;
    std::uint8_t lowInputFrequencyHz = 0;
    std::uint8_t highInputFrequencyHz = 0;
    std::uint8_t dropoutToleranceMs = 0;
    std::uint8_t flags = 0; // bit 0 predictive fail, 1 power factor correction, 2 autoswitch, 3 hot swap
    std::uint8_t holdUpSeconds = 0;
    std::uint16_t peakWatts = 0;
};

// Multi-record type 01h.
struct FruDcOutput
{
    std::uint8_t outputNumber = 0;
    bool standby = false;
    std::int16_t nominalVoltage = 0; // in 10 mV
    std::int16_t maxNegativeDeviation = 0;
    std::int16_t maxPositiveDeviation = 0;
    std::uint16_t rippleMillivolts = 0;
    std::uint16_t minCurrentMilliamps = 0;
    std::uint16_t maxCurrentMilliamps = 0;
};

struct FruMultiRecord
{
    std::uint8_t type = 0;
    std::uint8_t formatVersion = 0;
    bool endOfList = false;
    Bytes data;
    bool checksumOk = true; // the record's data checksum
    std::optional<FruPowerSupply> powerSupply;
    std::optional<FruDcOutput> dcOutput;
};

struct FruInventory
{
    Bytes internalUse; // after its format version byte
    std::optional<FruChassis> chassis;
    std::optional<FruBoard> board;
    std::optional<FruProduct> product;
    std::vector<FruMultiRecord> multiRecords;
    // Checksums that do not add up and other oddities; the area was decoded anyway.
    std::vector<std::string> warnings;
    // Areas that could not be decoded (offset or length past the image); others still are.
    std::vector<std::string> errors;
};

} // namespace ipmi::fru
