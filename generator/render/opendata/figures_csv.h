// donnees/chiffres.csv: every figure of the Dataset in long form, one row
// per indicator × territory of the tree × period (docs/open_data.md).
//
// For each indicator and period where at least one territory has a figure
// (reported, or computed with a value or a secret), every territory of the
// tree gets a row, so a département nobody sent is a "manquant" row rather
// than a silent gap. A secret figure (the partner's "s" or statistical
// secrecy) is written "s" with no value anywhere in its row: only visible
// figures and derived figures ok (computed from visible ones) carry numbers.
#pragma once

#include <string>
#include <string_view>

#include "model/dataset.h"
#include "render/opendata/data_file.h"

namespace prith {

DataFile figures_file();  // path, title, description and columns
std::string figures_csv(const Dataset& dataset);

// Machine-readable words shared by the open data files.
std::string_view figure_status_token(const Figure& figure);  // "publié", "secret", "manquant"
std::string figure_value_field(const Figure& figure);        // "1234.5", "s", ""
std::string figure_flag_tokens(const Figure& figure);        // "calcule|provisoire|revise|rupture|partiel"
std::string_view derived_status_token(DerivedStatus status); // "publié", "secret", "rupture", ...
std::string iso_date(std::uint32_t yyyymmdd);                // "2026-03-10", "" when not a date

}  // namespace prith
