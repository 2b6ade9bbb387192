// Per-cell cost of the value parsers and resolvers, and the heap allocations
// they make once warm (the common paths must make none).
// Run from the repository root: ./build/bench/catalogue_bench [config/territories.csv]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "catalogue/number_parser.h"
#include "catalogue/period.h"
#include "catalogue/territory_resolver.h"

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

volatile long g_sink = 0;  // keeps the optimiser from dropping the calls

// Calls f on every cell `rounds` times per repeat; prints min/max/avg ns per
// call over the repeats, after a warm-up, and allocations per call.
template <typename F>
void run(const char* name, const std::vector<std::string>& cells, F f) {
  constexpr int kRepeats = 7;
  const std::size_t rounds = std::max<std::size_t>(1, 400000 / cells.size());
  for (const std::string& cell : cells) g_sink = g_sink + f(cell);  // warm-up: thread_local buffers grow
  std::vector<double> ns;
  long allocations = 0;
  for (int r = 0; r < kRepeats; ++r) {
    const long before = g_allocations.load();
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t k = 0; k < rounds; ++k) {
      for (const std::string& cell : cells) g_sink = g_sink + f(cell);
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    allocations += g_allocations.load() - before;
    ns.push_back(std::chrono::duration<double, std::nano>(elapsed).count() / double(rounds * cells.size()));
  }
  double sum = 0;
  for (double v : ns) sum += v;
  std::printf("%-22s min %7.1f  max %7.1f  avg %7.1f ns/call  %.3f alloc/call\n", name,
              *std::min_element(ns.begin(), ns.end()), *std::max_element(ns.begin(), ns.end()), sum / kRepeats,
              double(allocations) / double(kRepeats * rounds * cells.size()));
}

std::string read_text(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace prith;
  const char* territories_path = argc > 1 ? argv[1] : "config/territories.csv";
  std::vector<Diagnostic> diagnostics;
  const TerritoryCatalogue territories =
      TerritoryCatalogue::parse(read_text(territories_path), territories_path, diagnostics);
  if (territories.all().empty()) {
    std::fprintf(stderr, "%s : aucun territoire lu (lancer depuis la racine du dépôt)\n", territories_path);
    return 1;
  }
  const TerritoryResolver resolver(territories);
  const IndicatorCatalogue indicators = IndicatorCatalogue::parse(
      "code;label;aliases\nDEBOE;Demandeurs d'emploi bénéficiaires de l'obligation d'emploi;DEBOE cat. ABC\n"
      "DE;Demandeurs d'emploi tous publics;DEFM ABC\nPART;Part des DEBOE;Taux DEBOE\n",
      "bench", diagnostics);

  // Cell mixes as partners' exports hold them: mostly plain counts, some
  // grouped, decimal or percent values, a few status tokens.
  const std::vector<std::string> numbers = {"14178", "152", "3", "0", "14 178", "14\xE2\x80\xAF" "178", "3,5",
                                            "12,5 %", "1 234,56", "s", "n.d.", "", "<5", "1.5", "-12"};
  const std::vector<std::string> plain_numbers = {"14178", "152", "3", "0", "2746", "88"};
  const std::vector<std::string> periods = {"2025-T3", "T3 2025", "2025Q3", "30/09/2025", "2025-09-30",
                                            "3e trimestre 2025", "septembre 2025", "2025"};
  const std::vector<std::string> codes = {"44", "49", "53", "72", "85", "2A", "971", "044", "R52"};
  const std::vector<std::string> names = {"Loire-Atlantique", "LOIRE ATLANTIQUE", "Maine-et-Loire", "Vendée",
                                          "Pays de la Loire", "Côtes-d'Armor", "Seine-Saint-Denis", "France"};
  const std::vector<std::string> mixed = {"44 - Loire-Atlantique", "Loire Atlantique (44)", "Loire-Atl.",
                                          "Hte-Garonne", "Seine-St-Denis"};
  const std::vector<std::string> labels = {"DEBOE", "Demandeurs d'emploi tous publics", "Taux DEBOE (%)",
                                           "DEFM ABC", "Inconnu"};

  run("parse_number mix", numbers, [](const std::string& s) { return long(parse_number(s).status); });
  run("parse_number plain", plain_numbers, [](const std::string& s) { return long(parse_number(s).value); });
  run("parse_period", periods, [](const std::string& s) { return long(parse_period(s).has_value()); });
  run("resolve code", codes,
      [&](const std::string& s) { return long(resolver.resolve(s, LevelHint::departement).id); });
  run("resolve name", names, [&](const std::string& s) { return long(resolver.resolve(s).id); });
  run("resolve code+name/abbr", mixed, [&](const std::string& s) { return long(resolver.resolve(s).id); });
  run("indicator match", labels, [&](const std::string& s) { return long(indicators.match(s).value_or(0)); });
  run("fold_for_matching", names, [](const std::string& s) { return long(fold_for_matching(s).size()); });
  return 0;
}
