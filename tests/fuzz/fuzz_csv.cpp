// Any bytes as a partner's CSV export: decoding, dialect sniffing, parsing,
// header detection and mapping, the way `prith check` reads a file; the
// first byte also switches `inspect --table`'s trimming on.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_catalogues.h"
#include "ingest/csv_reader.h"
#include "ingest/table_mapper.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prith;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CsvReadOptions options;
  options.table_only = size > 0 && (data[0] & 1) != 0;
  options.block_size = 4096;  // many block boundaries in small inputs
  FileReading reading;
  MappingCatalogues catalogues = fuzz::demo().mapping();
  TableMapper mapper(catalogues, "export", reading);
  std::optional<Refusal> refused = read_csv_text(bytes, mapper, reading.diagnostics, options);
  if (!refused) mapper.finish();
  return 0;
}
