// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/propertytreemodel.h"

#include "ipmi/fru/fruinventory.h"
#include "ipmi/sdr/records.h"

#include <QUuid>

#include <QPointer>

#include <memory>
#include <vector>

class Bmc;

// The FRU inventory of one server as a tree: each FRU device, its chassis, board and
// product areas with their fields, multi-records, and any checksum warnings. load()
// reads FRU 0 and the devices the SDR's FRU locators name, one after the other, over the
// server's pooled session; a device that cannot be read shows why in its place.
//
// Threading contract: GUI thread; the reads run on the session pool.
class FruInventoryModel : public PropertyTreeModel
{
    Q_OBJECT

public:
    explicit FruInventoryModel(QObject *parent = nullptr);

    // records may be null: only FRU 0 is read then.
    void load(Bmc *bmc, std::shared_ptr<const std::vector<ipmi::sdr::Record>> records);
    void cancel();

    // The tree rows of one decoded inventory (also used by tests).
    static void describe(const ipmi::fru::FruInventory &inventory, Node &device);

Q_SIGNALS:
    void progress(int device, int devices);
    void loaded(int devices, int failures);

private:
    struct Pending
    {
        std::uint8_t id;
        QString name;
    };

    void readNext();

    QPointer<Bmc> m_bmc; // the Fleet deletes a Bmc whose entry changed; the page then reloads
    std::vector<Pending> m_pending;
    std::size_t m_next = 0;
    int m_failures = 0;
    quint64 m_ticket = 0;
    std::unique_ptr<Node> m_building;
};
