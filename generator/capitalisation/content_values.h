// The values of the capitalisation files: dates as working groups write
// them, lists in one cell, links, contacts and progress.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/raw_table.h"

namespace prith {

// "2025-03-01", "01/03/2025", "1/3/2025", "mars 2025" (the 1st of the
// month), "2025-03" and an Excel date or serial number → "2025-03-01".
std::optional<std::string> parse_content_date(std::string_view text);
std::optional<std::string> parse_content_date(const RawCell& cell, bool date1904);

// "2025-03-01" → "01/03/2025", for messages.
std::string date_fr(std::string_view iso);

// Days between two ISO dates (b - a); both must be valid.
long days_between(std::string_view a, std::string_view b);

// A cell listing several items: separated by ',', ';', '|' or line breaks;
// items trimmed, empty ones dropped, order kept, exact duplicates dropped.
std::vector<std::string> split_list(std::string_view text);

bool is_http_link(std::string_view text);

// The documented rule (docs/capitalisation.md): an address looks personal
// when its domain is a personal mail provider (gmail.com, orange.fr...), or
// when its local part is two or more words of letters joined by '.', '-' or
// '_' ("marie.durand") none of which is a service word (contact, accueil,
// secretariat, maintien...). Text without '@' is a role or a service: fine.
bool looks_like_personal_email(std::string_view contact);

// "45", "45 %", "45,5", or a workbook percent cell (0.45 with a % format) → 45.
std::optional<double> parse_progress(const RawCell& cell);

}  // namespace prith
