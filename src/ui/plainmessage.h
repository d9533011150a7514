// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

class QWidget;

// A message box whose text is plain text. QMessageBox guesses rich text from the text
// itself, and messages quote what a BMC or a user chose (server names, BMC errors), so
// a name that looks like HTML would be rendered as HTML.
namespace PlainMessage {

void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

} // namespace PlainMessage
