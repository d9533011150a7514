// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepanel.h"

#include "ui_welcomepanel.h"

#include "model/serverregistry.h"

#include <QEvent>

WelcomePanel::WelcomePanel(const ServerRegistry *registry, QWidget *covered)
    : QWidget(covered), m_ui(std::make_unique<Ui::WelcomePanel>()), m_registry(registry)
{
    m_ui->setupUi(this);
    setAutoFillBackground(true); // the empty tabs do not show through
    m_ui->explanationLabel->setMaximumWidth(460);
    connect(m_ui->addButton, &QPushButton::clicked, this, &WelcomePanel::addServerRequested);
    connect(m_ui->discoverButton, &QPushButton::clicked, this, &WelcomePanel::discoverRequested);
    for (auto signal : {&ServerRegistry::nodeInserted, &ServerRegistry::nodeRemoved})
        connect(registry, signal, this, &WelcomePanel::followRegistry);
    connect(registry, &ServerRegistry::wasReset, this, &WelcomePanel::followRegistry);
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    followRegistry();
}

WelcomePanel::~WelcomePanel() = default;

bool WelcomePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void WelcomePanel::followRegistry()
{
    setVisible(m_registry->serverCount() == 0);
    raise();
}
