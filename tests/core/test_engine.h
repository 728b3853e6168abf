// The engine with the built-in lexicons, created once per test program and shared by the
// tests that run whole analyses.
#pragma once

#include <gtest/gtest.h>

#include "core/engine.h"

namespace newsmark::testing_support {

inline const Engine& engine() {
  static const Engine* e = [] {
    auto r = Engine::create();
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return new Engine(std::move(r).value());
  }();
  return *e;
}

}  // namespace newsmark::testing_support
