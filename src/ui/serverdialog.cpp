// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdialog.h"
#include "model/coretext.h"

#include "ui_serverdialog.h"

#include "addresslookup.h"
#include "serverchoices.h"
#include "model/appsettings.h"
#include "model/serverregistry.h"
#include "model/sessionpool.h"

#include <QHostAddress>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace {

// IPMI 2.0 keys the session with up to 20 bytes of password; IPMI 1.5 with 16.
constexpr int MaxPasswordLan20 = 20;
constexpr int MaxPasswordLan15 = 16;
constexpr int MaxKgBytes = 20;

} // namespace

ServerDialog::ServerDialog(Fleet *fleet, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerDialog>()), m_fleet(fleet), m_lookup(new AddressLookup(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add server"));

    ServerChoices::fillInterfaces(m_ui->interfaceEdit);
    ServerChoices::fillCipherSuites(m_ui->cipherEdit);
    ServerChoices::fillPrivileges(m_ui->privilegeEdit);
    const AppSettings defaults = AppSettings::load();
    m_ui->userEdit->setText(defaults.defaultUser);
    ServerChoices::selectData(m_ui->interfaceEdit, int(defaults.defaultInterface));
    ServerChoices::selectCipherSuite(m_ui->cipherEdit, defaults.defaultCipherSuite);
    ServerChoices::selectData(m_ui->privilegeEdit, int(defaults.defaultPrivilege));
    m_ui->groupEdit->addItem(tr("(top level)"), QUuid().toString());
    fillGroups({}, 0);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->addressEdit, m_ui->userEdit, m_ui->passwordEdit,
                            m_ui->kgEdit, m_ui->tagsEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_ui->portEdit, &QSpinBox::valueChanged, this, &ServerDialog::validate);
    for (QComboBox *combo : {m_ui->interfaceEdit, m_ui->cipherEdit, m_ui->privilegeEdit})
        connect(combo, &QComboBox::currentIndexChanged, this, &ServerDialog::validate);
    connect(m_ui->interfaceEdit, &QComboBox::currentIndexChanged, this, &ServerDialog::updatePasswordRule);
    connect(m_ui->addressEdit, &QLineEdit::editingFinished, this, &ServerDialog::splitTypedPort);
    connect(m_lookup, &AddressLookup::changed, this, &ServerDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ServerDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty() && m_lookup->state() != AddressLookup::State::Pending)
            accept();
    });
    updatePasswordRule();
    validate();
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::fillGroups(const QUuid &parent, int depth)
{
    for (const QUuid &child : m_fleet->registry()->children(parent)) {
        if (!m_fleet->registry()->isGroup(child))
            continue;
        m_ui->groupEdit->addItem(QString(depth * 3 + 3, QLatin1Char(' ')) + m_fleet->registry()->group(child)->name,
                                 child.toString());
        fillGroups(child, depth + 1);
    }
}

void ServerDialog::setEntry(const ServerEntry &entry, const QUuid &group)
{
    m_editing = true;
    m_id = entry.id;
    setWindowTitle(tr("Edit server %1").arg(entry.name));
    m_ui->nameEdit->setText(entry.name);
    // A local entry's address is only a label; the field stays free for a network address.
    m_ui->addressEdit->setText(entry.interface == ServerEntry::Interface::Open ? QString() : entry.address);
    m_ui->portEdit->setValue(entry.port);
    ServerChoices::selectData(m_ui->interfaceEdit, int(entry.interface));
    ServerChoices::selectCipherSuite(m_ui->cipherEdit, entry.cipherSuite);
    m_ui->userEdit->setText(entry.userName);
    ServerChoices::selectData(m_ui->privilegeEdit, int(entry.privilege));
    m_ui->tagsEdit->setText(entry.tags.join(QStringLiteral(", ")));
    m_ui->notesEdit->setPlainText(entry.notes);
    m_ui->passwordEdit->setPlaceholderText(tr("Unchanged"));
    m_ui->kgEdit->setPlaceholderText(tr("Unchanged"));
    setGroup(group);
    validate();
}

void ServerDialog::setGroup(const QUuid &group)
{
    const int index = m_ui->groupEdit->findData(group.toString());
    m_ui->groupEdit->setCurrentIndex(std::max(0, index));
}

std::optional<HostEndpoint> ServerDialog::typedEndpoint(QString *error) const
{
    const QString text = m_ui->addressEdit->text().trimmed();
    if (text.isEmpty() || isLocal())
        return std::nullopt;
    // The CLI's and discovery's parser: one address, a port after it if any.
    HostList parsed(static_cast<quint16>(m_ui->portEdit->value()), 1);
    if (!parsed.add(text)) {
        if (error)
            *error = parsed.errorString();
        return std::nullopt;
    }
    return parsed.hosts().first();
}

void ServerDialog::splitTypedPort()
{
    const std::optional<HostEndpoint> endpoint = typedEndpoint(nullptr);
    if (!endpoint || endpoint->host == m_ui->addressEdit->text())
        return;
    const QSignalBlocker blocker(m_ui->portEdit); // one validation, after both fields changed
    m_ui->portEdit->setValue(endpoint->port);
    m_ui->addressEdit->setText(endpoint->host);
}

ServerEntry ServerDialog::entry() const
{
    ServerEntry entry;
    entry.id = m_id;
    entry.name = m_ui->nameEdit->text().trimmed();
    entry.address = m_ui->addressEdit->text().trimmed();
    entry.port = static_cast<quint16>(m_ui->portEdit->value());
    if (const std::optional<HostEndpoint> endpoint = typedEndpoint(nullptr)) {
        entry.address = endpoint->host;
        entry.port = endpoint->port;
    }
    entry.interface = ServerChoices::interfaceOf(m_ui->interfaceEdit);
    if (entry.interface == ServerEntry::Interface::Open) {
        // The kernel driver reaches the BMC: no address, port or login to keep.
        entry.address = Fleet::LocalHostLabel;
        entry.port = ServerEntry::DefaultPort;
    }
    if (entry.interface == ServerEntry::Interface::LanPlus)
        entry.cipherSuite = ServerChoices::cipherSuiteOf(m_ui->cipherEdit);
    if (entry.interface != ServerEntry::Interface::Open)
        entry.userName = m_ui->userEdit->text();
    entry.privilege = ServerChoices::privilegeOf(m_ui->privilegeEdit);
    // The ideographic comma separates too: it is what a Chinese keyboard types.
    static const QRegularExpression separators(QStringLiteral("[,\uFF0C\u3001]"));
    const QStringList tags = m_ui->tagsEdit->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty())
            entry.tags << tag.trimmed();
    }
    entry.notes = m_ui->notesEdit->toPlainText();
    return entry;
}

QUuid ServerDialog::group() const
{
    return QUuid::fromString(m_ui->groupEdit->currentData().toString());
}

std::optional<QByteArray> ServerDialog::kgBytes(QString *error) const
{
    const QString text = m_ui->kgEdit->text();
    if (!text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return text.toUtf8();
    const QString hex = text.mid(2);
    static const QRegularExpression hexDigits(QStringLiteral("^([0-9A-Fa-f]{2})*$"));
    if (!hexDigits.match(hex).hasMatch()) {
        *error = tr("The K_g key after 0x must be an even number of hexadecimal digits.");
        return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

std::optional<Fleet::Credentials> ServerDialog::credentials() const
{
    const bool passwordTyped = !m_ui->passwordEdit->text().isEmpty();
    const bool kgTyped = !m_ui->kgEdit->text().isEmpty();
    if (m_editing && !passwordTyped && !kgTyped)
        return std::nullopt;
    // In edit mode a field left empty keeps the stored secret.
    Fleet::Credentials result =
        m_editing ? m_fleet->credentials(m_id).value_or(Fleet::Credentials{}) : Fleet::Credentials{};
    if (passwordTyped || !m_editing) {
        const QByteArray password = m_ui->passwordEdit->text().toUtf8();
        result.password = ipmi::SecretBytes(std::string_view(password.constData(), password.size()));
    }
    if (kgTyped || !m_editing) {
        QString ignored;
        const QByteArray kg = kgBytes(&ignored).value_or(QByteArray());
        result.kg = ipmi::SecretBytes(std::string_view(kg.constData(), kg.size()));
    }
    return result;
}

QString ServerDialog::problem() const
{
    const ServerEntry current = entry();
    if (QString text = current.validate(); !text.isEmpty())
        return text;
    if (isLocal())
        return {}; // nothing typed below is used
    if (QString error; !typedEndpoint(&error))
        return error;
    if (m_lookup->state() == AddressLookup::State::Failed && m_lookup->host() == current.address)
        return tr("The address \"%1\" does not resolve: %2.").arg(current.address, m_lookup->errorString());
    const bool lan20 = current.interface == ServerEntry::Interface::LanPlus;
    const int passwordBytes = static_cast<int>(m_ui->passwordEdit->text().toUtf8().size());
    const int limit = lan20 ? MaxPasswordLan20 : MaxPasswordLan15;
    if (passwordBytes > limit)
        return tr("The password is %1 bytes long; %2 allows at most %3.")
            .arg(passwordBytes)
            .arg(lan20 ? QStringLiteral("IPMI 2.0") : QStringLiteral("IPMI 1.5"))
            .arg(limit);
    if (current.userName.toUtf8().size() > 16)
        return tr("A BMC user name has at most 16 bytes.");
    QString kgError;
    const auto kg = kgBytes(&kgError);
    if (!kg)
        return kgError;
    if (kg->size() > MaxKgBytes)
        return tr("The K_g key has %1 bytes; at most %2 are allowed.").arg(kg->size()).arg(MaxKgBytes);
    if (!kg->isEmpty() && !lan20)
        return tr("A K_g key is only used by IPMI 2.0 (lanplus).");
    return {};
}

const ServerEntry *ServerDialog::duplicateOf() const
{
    if (isLocal())
        return nullptr;
    const ServerEntry typed = entry();
    const ServerEntry *found = nullptr;
    m_fleet->registry()->forEachServer([&](const ServerEntry &other, const QUuid &) {
        if (!found && other.id != m_id && other.port == typed.port && other.userName == typed.userName
            && other.address.compare(typed.address, Qt::CaseInsensitive) == 0)
            found = m_fleet->registry()->findServer(other.id);
    });
    return found;
}

void ServerDialog::updateAddressStatus()
{
    const QString host = isLocal() ? QString() : typedEndpoint(nullptr).value_or(HostEndpoint{}).host;
    {
        const QSignalBlocker blocker(m_lookup); // validating already
        m_lookup->setHost(host);
    }
    QString status;
    if (m_lookup->host() == host && QHostAddress(host).isNull()) {
        if (m_lookup->state() == AddressLookup::State::Pending)
            status = tr("Looking up %1…").arg(host);
        else if (m_lookup->state() == AddressLookup::State::Resolved)
            status = tr("%1 is %2.").arg(host, m_lookup->addresses().first().toString());
    }
    m_ui->addressStatusLabel->setText(status);
    m_ui->addressStatusLabel->setVisible(!status.isEmpty());
    const ServerEntry *existing = duplicateOf();
    const QString duplicate =
        existing ? tr("\"%1\" already has this address, port and user; this entry would be a second one for the "
                      "same BMC login.")
                       .arg(existing->name)
                 : QString();
    m_ui->duplicateLabel->setText(duplicate);
    m_ui->duplicateLabel->setVisible(!duplicate.isEmpty());
}

void ServerDialog::validate()
{
    updateAddressStatus();
    const QString text = problem();
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(text.isEmpty() && m_lookup->state() != AddressLookup::State::Pending);
    m_ui->testButton->setEnabled(text.isEmpty());
    m_ui->cipherEdit->setEnabled(m_ui->interfaceEdit->currentData().toInt() == int(ServerEntry::Interface::LanPlus));
    const QString weak =
        m_ui->cipherEdit->isEnabled() ? ServerChoices::cipherSuiteWarning(ServerChoices::cipherSuiteOf(m_ui->cipherEdit))
                                      : QString();
    m_ui->cipherWarningLabel->setText(weak);
    m_ui->cipherWarningLabel->setVisible(!weak.isEmpty());
    m_ui->kgEdit->setEnabled(m_ui->cipherEdit->isEnabled());
    // The local interface has no address and no login.
    const bool network = !isLocal();
    for (QWidget *field : {static_cast<QWidget *>(m_ui->addressEdit), static_cast<QWidget *>(m_ui->portEdit),
                           static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                           static_cast<QWidget *>(m_ui->privilegeEdit)})
        field->setEnabled(network);
}

bool ServerDialog::isLocal() const
{
    return ServerChoices::interfaceOf(m_ui->interfaceEdit) == ServerEntry::Interface::Open;
}

void ServerDialog::updatePasswordRule()
{
    if (isLocal()) {
        m_ui->passwordRuleLabel->setText(
            tr("The local interface talks to this machine's BMC through the kernel's IPMI driver: no address "
               "and no login. It needs the kernel modules ipmi_msghandler, ipmi_devintf and ipmi_si, and read "
               "and write access to the device (/dev/ipmi0). The bmcpilot package gives that access to the "
               "group ipmi: join it with \"sudo usermod -aG ipmi %1\", then log out and in again.")
                .arg(qEnvironmentVariable("USER", QStringLiteral("$USER"))));
        return;
    }
    const bool lan20 = m_ui->interfaceEdit->currentData().toInt() == int(ServerEntry::Interface::LanPlus);
    m_ui->passwordRuleLabel->setText(
        lan20 ? tr("IPMI 2.0 passwords have up to 20 bytes. A BMC user set with a 16-byte password "
                   "accepts at most 16 bytes.")
              : tr("IPMI 1.5 passwords have up to 16 bytes."));
}

void ServerDialog::testConnection()
{
    // A fresh context per test: answers to an earlier test are dropped with it.
    delete m_testContext;
    m_testContext = new QObject(this);
    const Fleet::Credentials credentials =
        this->credentials().value_or(m_fleet->credentials(m_id).value_or(Fleet::Credentials{}));
    BmcEndpoint endpoint = Fleet::endpointFor(entry(), credentials);
    endpoint.isolation = QUuid::createUuid().toString();
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(endpoint.local ? tr("Opening the local IPMI device…")
                                                  : tr("Connecting to %1…").arg(endpoint.host));
    m_fleet->pool()->open(endpoint, m_testContext, [this, endpoint](ipmi::Result<ipmi::SessionInfo> result) {
        m_ui->testButton->setEnabled(problem().isEmpty());
        if (!result) {
            m_ui->testResultLabel->setText(tr("Failed: %1").arg(CoreText::error(result.error())));
        } else if (endpoint.local) {
            m_ui->testResultLabel->setText(tr("The local IPMI device is open."));
        } else if (result->version == ipmi::LanVersion::Lan20) {
            m_ui->testResultLabel->setText(tr("Connected with IPMI 2.0, cipher suite %1, privilege %2.")
                                               .arg(result->cipherSuite)
                                               .arg(QString::fromStdString(ipmi::privilegeName(result->privilege))));
        } else {
            m_ui->testResultLabel->setText(tr("Connected with IPMI 1.5, privilege %1.")
                                               .arg(QString::fromStdString(ipmi::privilegeName(result->privilege))));
        }
        // The test session is not kept: the server may never be added.
        m_fleet->pool()->forget(endpoint);
    });
}
