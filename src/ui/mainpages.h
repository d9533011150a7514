// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"

#include <functional>
#include <vector>

class QWidget;

// The pages of the main window, in tab order. Adding a page takes its three files and
// one line in mainpages.cpp; the main window loops over this list.
struct MainPage
{
    const char *title; // translated in the "MainWindow" context
    // The page, or nullptr when a service it needs is missing (tests, no vault).
    std::function<QWidget *(const AppServices &services, QWidget *parent)> create;
};

const std::vector<MainPage> &mainPages();
