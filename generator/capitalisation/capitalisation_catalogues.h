// The small catalogues of the capitalisation content: axes (extendable by
// the pilot in axes.csv), practice kinds, statuses and publics (fixed).
// A written value matches an entry when its folded text equals the folded
// code, label or one of the entry's synonyms.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "capitalisation/capitalisation_model.h"

namespace prith {

CapitalisationCatalogues default_capitalisation_catalogues();

// The entry `text` names, or null.
const CatalogueEntry* match_entry(const std::vector<CatalogueEntry>& entries, std::string_view text);

// axes.csv (code;label, ';' or ',' separated, UTF-8): replaces the default
// axes when present. Bad rows are diagnostics (catalogue_invalid) and skipped;
// a file with no valid row keeps the defaults.
std::vector<CatalogueEntry> read_axes_csv(const std::filesystem::path& path, std::vector<Diagnostic>& diagnostics);

}  // namespace prith
