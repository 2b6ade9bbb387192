// When a batch was read. Reproducible builds and tests fix it; only an
// unconfigured `prith build` reads the wall clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prith {

// "2026-01-15", "2026-01-15T09:30", "2026-01-15T09:30:00" or with a final
// "Z" -> "2026-01-15T09:30:00Z" (UTC). nullopt for anything else, including
// impossible dates such as 2026-02-30.
std::optional<std::string> normalize_instant(std::string_view text);

// The instant of this build: `option` (from --now) when not empty, else the
// environment variable PRITH_NOW, else the wall clock in UTC. An invalid
// value sets `error` (French) and returns nullopt.
std::optional<std::string> build_instant(const std::string& option, std::string& error);

}  // namespace prith
