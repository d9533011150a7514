// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipmi/user/userlist.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class UserDialog;
}

// Adds a user (in a free slot) or edits one: name, privilege limit on the channel,
// enabled. User 1 is the anonymous user: the specification fixes its name as empty, so
// the name field is disabled there with the reason. The dialog sends nothing.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    // existing: the user to edit, or nothing to add one in freeIds.
    UserDialog(const std::optional<ipmi::user::UserEntry> &existing, const std::vector<std::uint8_t> &freeIds,
               QWidget *parent = nullptr);
    ~UserDialog() override;

    std::uint8_t userId() const;
    std::string name() const; // UTF-8
    std::uint8_t privilege() const;
    bool enabled() const;
    QString problem() const { return m_problem; }

private:
    void validate();

    std::unique_ptr<Ui::UserDialog> m_ui;
    std::vector<std::uint8_t> m_freeIds;
    bool m_editing = false;
    QString m_problem;
};
