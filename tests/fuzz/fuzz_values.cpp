// Any text as one cell: the number, period and territory parsers and the
// folding every match goes through, and the encoding detector.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "catalogue/number_parser.h"
#include "catalogue/period.h"
#include "catalogue/text_folding.h"
#include "fuzz_catalogues.h"
#include "ingest/text_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prith;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)parse_number(text);
  (void)parse_number(text, DecimalConvention::comma);
  (void)parse_number(text, DecimalConvention::point);
  (void)read_both_ways(text);
  (void)parse_period(text);
  (void)fold_for_matching(text);
  const fuzz::DemoCatalogues& demo = fuzz::demo();
  (void)demo.resolver.resolve(text);
  (void)demo.indicators.match(text);
  (void)demo.breakdowns.match(text);
  (void)detect_encoding(text, true);
  (void)detect_encoding(text, false);
  return 0;
}
