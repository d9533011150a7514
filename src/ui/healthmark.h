// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/serverstatus.h"

#include <QColor>
#include <QIcon>

// The coloured marks that go beside a status text (never instead of it), shared by the
// server tree and the sensor table so a colour means the same everywhere.
namespace HealthMark {

enum class Shape { Dot, Box };

QColor colour(ServerStatus::Health health);
QColor unreachableColour();
QColor loginRejectedColour();
QIcon icon(const QColor &colour, Shape shape = Shape::Dot);

} // namespace HealthMark
