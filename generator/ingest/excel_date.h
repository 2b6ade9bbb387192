// Excel date serials <-> ISO 8601 text.
//
// 1900 system: serial 1 is 1900-01-01 and serial 60 is the fictitious
// 1900-02-29 that Excel keeps for Lotus 1-2-3 compatibility, so from serial 61
// on the epoch is 1899-12-30. 1904 system (old Mac workbooks): serial 0 is
// 1904-01-01.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prith {

// "2025-09-30", or "2025-09-30T12:30:00" when the serial has a time part;
// nullopt outside what Excel can display (negative, after 9999-12-31).
std::optional<std::string> excel_serial_to_iso(double serial, bool date1904);

// "2025-09-30" or "2025-09-30T12:30:00" (strict OOXML t="d" cells) -> serial.
std::optional<double> iso_to_excel_serial(std::string_view iso, bool date1904);

}  // namespace prith
