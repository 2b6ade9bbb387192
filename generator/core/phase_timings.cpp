#include "core/phase_timings.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace prith {

bool timings_enabled() {
  static const bool enabled = [] {
    const char* value = std::getenv("PRITH_TIMINGS");
    return value && *value && std::strcmp(value, "0") != 0;
  }();
  return enabled;
}

bool bench_pages_only() {
  static const bool enabled = [] {
    const char* value = std::getenv("PRITH_BENCH_PAGES_ONLY");
    return value && *value && std::strcmp(value, "0") != 0;
  }();
  return enabled;
}

PhaseTimer::PhaseTimer(std::string phase)
    : phase_(std::move(phase)), enabled_(timings_enabled()), start_(std::chrono::steady_clock::now()) {}

PhaseTimer::~PhaseTimer() { stop(); }

void PhaseTimer::stop() {
  if (!enabled_) return;
  enabled_ = false;
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  std::fprintf(stderr, "temps : %-28s %7.3f s\n", phase_.c_str(), elapsed.count());
}

}  // namespace prith
