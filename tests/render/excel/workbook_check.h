// Runs check_workbook.py (openpyxl, the unzipped XML, LibreOffice) on a
// workbook against expectations built by a test. The script needs Debian's
// /usr/bin/python3 with python3-openpyxl, and soffice: a missing tool fails
// the test with the script's message.
#pragma once

#include <doctest/doctest.h>

#include <Poco/JSON/Object.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_support.h"

namespace prith::test {

struct CheckResult {
  int status = -1;
  std::string output;
};

inline CheckResult check_workbook(const std::filesystem::path& workbook, const Poco::JSON::Object& expected) {
  std::filesystem::path expected_path = workbook;
  expected_path += ".expected.json";
  {
    std::ofstream file(expected_path, std::ios::binary);
    expected.stringify(file);
  }
  std::string command = "/usr/bin/python3 '" + source_path("tests/render/excel/check_workbook.py") + "' '" +
                        workbook.string() + "' '" + expected_path.string() + "' 2>&1";
  CheckResult result;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE_MESSAGE(pipe != nullptr, "cannot run " << command);
  std::array<char, 4096> buffer{};
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), read);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace prith::test
