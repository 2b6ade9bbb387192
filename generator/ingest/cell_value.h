// What a value cell holds: a figure, a secret, a "not available", nothing,
// or something that is no figure at all. The mapper decides what to say.
#pragma once

#include "catalogue/number_parser.h"
#include "ingest/raw_table.h"

namespace prith {

struct CellValue {
  enum class Kind {
    figure,        // a number: `value`
    confidential,  // "s", "secret", "<5"
    missing,       // "n.d.", "-", or a formula error the reader already reported
    empty,         // no text at all
    not_a_number,  // "12abc"
    wrong_type,    // a date or a boolean where a figure belongs
  };
  Kind kind = Kind::empty;
  double value = 0;
  bool from_text = false;  // a number written as text (every CSV cell, text in a workbook)
};

// `convention` reads text cells; automatic takes a lone ',' or '.' as the
// decimal mark, so a caller that may meet "12,345" decides first
// (ingest/number_format_evidence.h).
CellValue read_value_cell(const RawCell* cell, DecimalConvention convention = DecimalConvention::automatic);

// No cell, an empty one, or text of spaces and tabs only.
bool is_blank(const RawCell* cell);

}  // namespace prith
