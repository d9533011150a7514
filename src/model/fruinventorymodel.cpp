// SPDX-License-Identifier: GPL-3.0-or-later
#include "fruinventorymodel.h"
#include "coretext.h"

#include "bmc.h"

#include "ipmi/fru/fruarea.h"
#include "ipmi/fru/frudevices.h"
#include "ipmi/fru/fruparser.h"
#include "ipmi/fru/frureader.h"

#include <QDateTime>

using namespace ipmi::fru;

namespace {

QString text(const FruField &field)
{
    return QString::fromStdString(field.text);
}

void addField(PropertyTreeModel::Node &area, const QString &name, const FruField &field)
{
    if (!field.text.empty())
        area.add(name, text(field));
}

void addCustom(PropertyTreeModel::Node &area, const std::vector<FruField> &custom)
{
    for (std::size_t i = 0; i < custom.size(); ++i)
        area.add(FruInventoryModel::tr("Extra %1").arg(i + 1), text(custom[i]));
}

} // namespace

FruInventoryModel::FruInventoryModel(QObject *parent) : PropertyTreeModel(parent) {}

void FruInventoryModel::describe(const FruInventory &inventory, Node &device)
{
    if (inventory.chassis) {
        Node *area = device.add(tr("Chassis"));
        area->add(tr("Type"), QString::fromStdString(std::string(chassisTypeName(inventory.chassis->type))));
        addField(*area, tr("Part number"), inventory.chassis->partNumber);
        addField(*area, tr("Serial number"), inventory.chassis->serial);
        addCustom(*area, inventory.chassis->custom);
    }
    if (inventory.board) {
        const FruBoard &board = *inventory.board;
        Node *area = device.add(tr("Board"));
        if (board.mfgMinutes) {
            // Local time with its offset spelt out; the inventory stores UTC minutes.
            const qint64 seconds = fruMinutesToUnixSeconds(*board.mfgMinutes);
            const int offset = QDateTime::fromSecsSinceEpoch(seconds).offsetFromUtc();
            const QDateTime made = QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offset);
            area->add(tr("Manufactured"), made.toString(Qt::ISODate));
        }
        addField(*area, tr("Manufacturer"), board.manufacturer);
        addField(*area, tr("Product name"), board.productName);
        addField(*area, tr("Serial number"), board.serial);
        addField(*area, tr("Part number"), board.partNumber);
        addField(*area, tr("FRU file id"), board.fruFileId);
        addCustom(*area, board.custom);
    }
    if (inventory.product) {
        const FruProduct &product = *inventory.product;
        Node *area = device.add(tr("Product"));
        addField(*area, tr("Manufacturer"), product.manufacturer);
        addField(*area, tr("Name"), product.name);
        addField(*area, tr("Part or model number"), product.partNumber);
        addField(*area, tr("Version"), product.version);
        addField(*area, tr("Serial number"), product.serial);
        addField(*area, tr("Asset tag"), product.assetTag);
        addField(*area, tr("FRU file id"), product.fruFileId);
        addCustom(*area, product.custom);
    }
    for (const FruMultiRecord &record : inventory.multiRecords) {
        Node *node = device.add(tr("Multi-record %1h").arg(record.type, 2, 16, QLatin1Char('0')).toUpper());
        if (record.powerSupply)
            node->add(tr("Capacity"), tr("%1 W").arg(record.powerSupply->capacityWatts));
        if (record.dcOutput)
            node->add(tr("Nominal voltage"), tr("%1 V").arg(record.dcOutput->nominalVoltage / 100.0));
        node->add(tr("Data"), QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(record.data.data()),
                                                             qsizetype(record.data.size()))
                                                      .toHex(' ')));
        if (!record.checksumOk)
            node->problem = true;
    }
    for (const std::string &warning : inventory.warnings)
        device.add(tr("Warning"), QString::fromStdString(warning))->problem = true;
    for (const std::string &error : inventory.errors)
        device.add(tr("Error"), QString::fromStdString(error))->problem = true;
}

void FruInventoryModel::load(Bmc *bmc, std::shared_ptr<const std::vector<ipmi::sdr::Record>> records)
{
    cancel();
    m_bmc = bmc;
    m_pending.clear();
    const std::vector<FruDevice> devices =
        records ? logicalFruDevices(*records) : std::vector<FruDevice>{{BuiltinFruDevice, "Builtin FRU Device"}};
    for (const FruDevice &device : devices)
        m_pending.push_back({device.id, QString::fromStdString(device.name)});
    m_next = 0;
    m_failures = 0;
    m_building = std::make_unique<Node>();
    readNext();
}

void FruInventoryModel::cancel()
{
    if (m_ticket && m_bmc)
        m_bmc->cancel(m_ticket);
    m_ticket = 0;
    m_building.reset();
}

void FruInventoryModel::readNext()
{
    if (m_next >= m_pending.size()) {
        m_ticket = 0;
        setTree(std::move(m_building));
        emit loaded(int(m_pending.size()), m_failures);
        return;
    }
    if (!m_bmc) { // replaced while reading: what was read belongs to the old entry
        m_ticket = 0;
        m_building.reset();
        return;
    }
    emit progress(int(m_next), int(m_pending.size()));
    const Pending device = m_pending[m_next];
    auto reader = std::make_shared<FruReader>(device.id);
    m_ticket = m_bmc->run<ipmi::Bytes>(reader, this, [this, device](ipmi::Result<ipmi::Bytes> image) {
        if (!m_building)
            return; // cancelled meanwhile
        Node *node = m_building->add(tr("%1 (ID %2)").arg(device.name).arg(device.id));
        if (!image) {
            node->value = CoreText::error(image.error());
            node->problem = true;
            ++m_failures;
            // A dead session fails every device the same way: stop here.
            if (image.error().kind == ipmi::ErrorKind::Timeout || image.error().kind == ipmi::ErrorKind::SessionLost)
                m_next = m_pending.size() - 1;
        } else if (auto inventory = decodeFruInventory(*image); !inventory) {
            node->value = CoreText::error(inventory.error());
            node->problem = true;
            ++m_failures;
        } else {
            describe(*inventory, *node);
        }
        ++m_next;
        readNext();
    });
}
