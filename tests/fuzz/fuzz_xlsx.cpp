// Any bytes as a partner's workbook: the ZIP central directory and inflate
// limits, the XML stream, sheets, shared strings and styles, then the
// mapper, through read_partner_file as `prith check` calls it. The reader
// takes a path, so each input is written to one file of this process.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "fuzz_catalogues.h"
#include "ingest/partner_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prith;
  static const std::string path = "/tmp/prith-fuzz-xlsx-" + std::to_string(getpid()) + ".xlsx";
  {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  FileReading reading = read_partner_file(path, "classeur.xlsx", fuzz::demo().mapping());
  (void)reading;
  return 0;
}
