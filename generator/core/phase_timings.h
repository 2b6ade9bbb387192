// Phase timings for the benchmarks: with PRITH_TIMINGS=1 in the environment,
// each PhaseTimer prints "temps : <phase> <wall> s" on stderr when it ends.
// Without it nothing is measured or printed (outputs never depend on it).
#pragma once

#include <chrono>
#include <string>

namespace prith {

// True when PRITH_TIMINGS is set to a non-empty value other than "0".
bool timings_enabled();

// True when PRITH_BENCH_PAGES_ONLY is set to a non-empty value other than
// "0": the benchmark's "pages + SVG" measure (bench/site), what Hugo makes.
// The build then skips the PNG charts, the Excel annexes and Pagefind, and
// publishes a site marked as incomplete (the next normal build redoes it).
// Never for a real publication.
bool bench_pages_only();

// Measures the wall time from its construction to stop() or its destruction.
class PhaseTimer {
 public:
  explicit PhaseTimer(std::string phase);
  ~PhaseTimer();
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;

  void stop();  // prints now (once)

 private:
  std::string phase_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace prith
