#include "render/excel/workbook_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <set>
#include <utility>

#include "render/excel/workbook_xml_fixes.h"

namespace prith {

namespace {

namespace fs = std::filesystem;

// A chart: libxlsxwriter's 480 × 288 pixels, scaled; 20 rows of 20 pixels, and one of margin.
constexpr std::pair<double, double> kChartScale = {1.5, 1.4};
constexpr std::pair<double, double> kChartPixels = {480 * kChartScale.first, 288 * kChartScale.second};
constexpr lxw_row_t kChartRows = 22;

constexpr std::array<CellFormat, 9> kFormats = {CellFormat::text,      CellFormat::integer,   CellFormat::decimal,
                                                CellFormat::percent,   CellFormat::evolution, CellFormat::points,
                                                CellFormat::euro,      CellFormat::date,      CellFormat::euro_whole};

// Characters a reader sees: UTF-8 continuation bytes do not count.
std::size_t display_length(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The longest word of a header: a wrapped header needs at least that.
std::size_t longest_word(const std::string& text) {
  std::size_t longest = 0, current = 0;
  for (char c : text) {
    if (c == ' ') {
      current = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      longest = std::max(longest, ++current);
    }
  }
  return longest;
}

// Headers wrap: a long one ("Évolution sur un an, en % (T3 2026)") makes
// its column no wider than this, so that the table prints at a readable size.
constexpr std::size_t kWrappedHeaderWidth = 12;

// Lines a header takes in a column `width` characters wide (words kept
// whole, the filter button on the last line).
std::size_t header_lines(const std::string& header, double width) {
  const std::size_t room = static_cast<std::size_t>(std::max(1.0, width - 1));
  std::size_t lines = 1, used = 0, word = 0;
  auto place = [&](std::size_t length) {
    if (length == 0) return;
    if (used > 0 && used + 1 + length > room) {
      ++lines;
      used = length;
    } else {
      used += (used > 0 ? 1 : 0) + length;
    }
  };
  for (char c : header) {
    if (c == ' ') {
      place(word);
      word = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++word;
    }
  }
  place(word + 3);  // the filter button
  return lines;
}

// Excel's width in characters → pixels (Calibri 11: 7 pixels a character, 5 of padding).
double column_pixels(double width) { return std::floor(width * 7 + 0.5) + 5; }

std::size_t number_length(double value, CellFormat format) {
  double magnitude = std::fabs(value);
  if (format == CellFormat::percent || format == CellFormat::evolution) magnitude *= 100;
  std::size_t digits = magnitude < 1 ? 1 : static_cast<std::size_t>(std::log10(magnitude)) + 1;
  const bool signed_format = format == CellFormat::evolution || format == CellFormat::points;
  std::size_t length = digits + (digits - 1) / 3 + (value < 0 || signed_format ? 1 : 0);  // separators, sign
  switch (format) {
    case CellFormat::decimal: return length + 2;
    case CellFormat::percent:
    case CellFormat::evolution: return length + 4;
    case CellFormat::points: return length + 5;
    case CellFormat::euro: return length + 5;
    case CellFormat::euro_whole: return length + 2;
    case CellFormat::date: return 10;
    default: return length;
  }
}

// "2026-11-15" → that day at 00:00 UTC.
time_t iso_date_to_time(const std::string& iso) {
  int year = 0, month = 0, day = 0;
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &year, &month, &day) != 3) return 0;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  return timegm(&tm);
}

// A footer's text is a code language of its own: & starts a code.
std::string footer_text(const std::string& left) {
  std::string escaped;
  for (char c : left) {
    escaped += c;
    if (c == '&') escaped += '&';
  }
  if (escaped.size() > 200) escaped.resize(200);  // Excel's limit is 255 with the codes
  while (!escaped.empty() && (static_cast<unsigned char>(escaped.back()) & 0xC0) == 0x80) escaped.pop_back();
  if (!escaped.empty() && (static_cast<unsigned char>(escaped.back()) & 0xC0) == 0xC0) escaped.pop_back();
  return (escaped.empty() ? "" : "&L" + escaped) + "&RPage &P sur &N";
}

// libxlsxwriter 1.1.4 (Debian) writes every part of a workbook to its own
// temporary file (about two hundred for an annex). On disk, that churn of
// created and deleted inodes slows down every file the build creates next;
// a memory-backed folder, when the system has one, avoids it.
std::string default_temporary_folder() {
  static const std::string folder = [] {
    std::error_code error;
    if (fs::is_directory("/dev/shm", error) && ::access("/dev/shm", W_OK | X_OK) == 0) return std::string("/dev/shm");
    return std::string();
  }();
  return folder;
}

class Writer {
 public:
  Writer(const WorkbookDescription& description, std::string& error) : description_(description), error_(error) {}

  bool write(const std::filesystem::path& path, const WorkbookWriteOptions& options) {
    std::string folder =
        options.temporary_folder.empty() ? default_temporary_folder() : options.temporary_folder.string();
    text_categories_.clear();
    lxw_workbook_options workbook_options{};
    workbook_options.constant_memory = options.constant_memory ? LXW_TRUE : LXW_FALSE;
    workbook_options.tmpdir = folder.empty() ? nullptr : folder.data();
    workbook_ = workbook_new_opt(path.string().c_str(), &workbook_options);
    if (!workbook_) return fail("impossible de créer le classeur " + path.string());
    set_properties();
    make_formats();
    bool ok = true;
    for (const SheetDescription& sheet : description_.sheets) {
      if (!write_sheet(sheet)) {
        ok = false;
        break;
      }
    }
    lxw_error closed = workbook_close(workbook_);
    if (ok && closed != LXW_NO_ERROR) return fail(std::string("écriture du classeur : ") + lxw_strerror(closed));
    return ok && fix_workbook_xml(path, description_.language, text_categories_, error_);
  }

 private:
  bool fail(const std::string& message) {
    error_ = message;
    return false;
  }

  bool check(lxw_error result, const std::string& what) {
    if (result == LXW_NO_ERROR) return true;
    return fail(what + " : " + lxw_strerror(result));
  }

  void set_properties() {
    properties_.title = const_cast<char*>(description_.title.c_str());
    properties_.subject = const_cast<char*>(description_.subject.c_str());
    properties_.author = const_cast<char*>(description_.author.c_str());
    properties_.company = const_cast<char*>(description_.company.c_str());
    properties_.keywords = const_cast<char*>(description_.keywords.c_str());
    properties_.comments = const_cast<char*>(description_.comments.c_str());
    // libxlsxwriter takes the clock when `created` is 0: never leave it so.
    properties_.created = std::max<time_t>(1, iso_date_to_time(description_.created));
    workbook_set_properties(workbook_, &properties_);
    // libxlsxwriter 1.1.4 writes no dc:language: fix_workbook_xml adds it
    // to core.xml once the file is closed.
  }

  void make_formats() {
    for (CellFormat format : kFormats) {
      lxw_format* made = workbook_add_format(workbook_);
      const char* code = excel_number_format(format);
      if (*code) format_set_num_format(made, code);
      format_set_align(made, LXW_ALIGN_VERTICAL_TOP);
      if (format == CellFormat::text) format_set_text_wrap(made);
      formats_[static_cast<std::size_t>(format)] = made;
    }
    text_number_ = workbook_add_format(workbook_);  // "s" or "n.d." in a number column
    format_set_align(text_number_, LXW_ALIGN_RIGHT);
    format_set_align(text_number_, LXW_ALIGN_VERTICAL_TOP);
    header_ = workbook_add_format(workbook_);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    link_ = workbook_add_format(workbook_);
    format_set_underline(link_, LXW_UNDERLINE_SINGLE);
    format_set_font_color(link_, LXW_COLOR_BLUE);
    format_set_align(link_, LXW_ALIGN_VERTICAL_TOP);
  }

  lxw_format* format_of(CellFormat format) { return formats_[static_cast<std::size_t>(format)]; }

  bool write_sheet(const SheetDescription& sheet) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook_, sheet.name.c_str());
    if (!worksheet) return fail("feuille « " + sheet.name + " » refusée par libxlsxwriter");
    const lxw_col_t columns = static_cast<lxw_col_t>(sheet.columns.size());
    if (columns == 0) return fail("feuille « " + sheet.name + " » sans colonne");
    const lxw_row_t rows = static_cast<lxw_row_t>(std::max<std::size_t>(sheet.rows.size(), 1));

    double table_pixels = 0;
    std::size_t lines = 1;
    for (lxw_col_t column = 0; column < columns; ++column) {
      const double width = column_width(sheet, column);
      worksheet_set_column(worksheet, column, column, width, nullptr);
      table_pixels += column_pixels(width);
      lines = std::max(lines, header_lines(sheet.columns[column].header, width));
    }
    // Long headers wrap: the header row is as high as its longest header needs.
    worksheet_set_row(worksheet, 0, 15.0 * static_cast<double>(lines), header_);
    // The table first: in constant-memory mode rows are written in order,
    // and the table writes its header row.
    std::vector<lxw_table_column> table_columns(columns);
    std::vector<lxw_table_column*> table_column_list;
    for (lxw_col_t column = 0; column < columns; ++column) {
      table_columns[column].header = const_cast<char*>(sheet.columns[column].header.c_str());
      table_columns[column].format = format_of(sheet.columns[column].format);
      table_column_list.push_back(&table_columns[column]);
    }
    table_column_list.push_back(nullptr);
    lxw_table_options table{};
    table.name = const_cast<char*>(sheet.table_name.c_str());
    table.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    table.style_type_number = 2;
    table.columns = table_column_list.data();
    if (!check(worksheet_add_table(worksheet, 0, 0, rows, columns - 1, &table), "tableau de « " + sheet.name + " »"))
      return false;
    std::string defined = "Plage_" + sheet.table_name;
    std::string range = "=";  // built in steps: GCC 12 warns wrongly on one long concatenation
    range += quoted_sheet(sheet.name);
    range += "!$A$1:$";
    range += column_letters(columns - 1);
    range += "$";
    range += std::to_string(rows + 1);
    if (!check(workbook_define_name(workbook_, defined.c_str(), range.c_str()), "nom défini " + defined)) return false;

    for (lxw_col_t column = 0; column < columns; ++column) {
      worksheet_write_string(worksheet, 0, column, sheet.columns[column].header.c_str(), header_);
    }
    if (sheet.rows.empty()) worksheet_write_string(worksheet, 1, 0, "Aucune ligne", nullptr);
    for (std::size_t row = 0; row < sheet.rows.size(); ++row) {
      for (lxw_col_t column = 0; column < columns && column < sheet.rows[row].size(); ++column) {
        if (!write_cell(worksheet, sheet, static_cast<lxw_row_t>(row + 1), column, sheet.rows[row][column]))
          return false;
      }
    }
    worksheet_freeze_panes(worksheet, 1, sheet.frozen_columns);
    worksheet_set_landscape(worksheet);
    worksheet_set_paper(worksheet, 9);  // A4
    worksheet_fit_to_pages(worksheet, 1, 0);
    worksheet_repeat_rows(worksheet, 0, 0);
    if (sheet.frozen_columns > 0) worksheet_repeat_columns(worksheet, 0, sheet.frozen_columns - 1);
    worksheet_set_footer(worksheet, footer_text(sheet.footer).c_str());

    // Charts below the table, side by side while they fit in the table's
    // width: the page printed fit to width keeps the table's size.
    lxw_row_t chart_row = rows + 2;
    double x = 0;
    for (const ChartDescription& chart : sheet.charts) {
      if (x > 0 && x + kChartPixels.first > std::max(table_pixels, kChartPixels.first)) {
        x = 0;
        chart_row += kChartRows;
      }
      if (!insert_chart(worksheet, sheet, chart, chart_row, x)) return false;
      x += kChartPixels.first + 20;
    }
    return true;
  }

  bool write_cell(lxw_worksheet* worksheet, const SheetDescription& sheet, lxw_row_t row, lxw_col_t column,
                  const SheetCell& cell) {
    const CellFormat column_format = sheet.columns[column].format;
    lxw_error result = LXW_NO_ERROR;
    switch (cell.kind) {
      case SheetCell::Kind::blank: return true;
      case SheetCell::Kind::number:
        result = worksheet_write_number(worksheet, row, column, excel_cell_number(cell.number), format_of(cell.format));
        break;
      case SheetCell::Kind::text:
        // Always a string cell: partner text that looks like a formula stays text.
        result = worksheet_write_string(worksheet, row, column, cell.text.c_str(),
                                        column_format == CellFormat::text ? format_of(CellFormat::text) : text_number_);
        break;
      case SheetCell::Kind::link: {
        std::string target = "internal:" + quoted_sheet(cell.target) + "!A1";
        result = worksheet_write_url_opt(worksheet, row, column, target.c_str(), link_, cell.text.c_str(),
                                         ("Aller à la feuille " + cell.target).c_str());
        break;
      }
    }
    if (!check(result, "cellule de « " + sheet.name + " »")) return false;
    if (!cell.comment.empty()) {
      lxw_comment_options options{};
      options.author = const_cast<char*>(description_.author.c_str());
      options.width = 320;
      options.height = 90;
      if (!check(worksheet_write_comment_opt(worksheet, row, column, cell.comment.c_str(), &options),
                 "commentaire de « " + sheet.name + " »"))
        return false;
    }
    return true;
  }

  bool insert_chart(lxw_worksheet* worksheet, const SheetDescription& sheet, const ChartDescription& description,
                    lxw_row_t row, double x) {
    lxw_chart* chart =
        workbook_add_chart(workbook_, description.type == ChartDescription::Type::line ? LXW_CHART_LINE
                                                                                      : LXW_CHART_COLUMN);
    const char* name = sheet.name.c_str();
    for (const SheetChartSeries& series : description.series) {
      lxw_chart_series* added = chart_add_series(chart, nullptr, nullptr);
      chart_series_set_categories(added, name, series.categories.first_row, series.categories.first_column,
                                  series.categories.last_row, series.categories.last_column);
      chart_series_set_values(added, name, series.values.first_row, series.values.first_column,
                              series.values.last_row, series.values.last_column);
      chart_series_set_name_range(added, name, series.name_row, series.name_column);
      if (text_range(sheet, series.categories))
        text_categories_.insert(chart_range_key(sheet.name, series.categories.first_row, series.categories.first_column,
                                                series.categories.last_row, series.categories.last_column));
      // No value cache in the chart: Excel and LibreOffice read the cells
      // (libxlsxwriter would copy them into the chart XML otherwise).
      added->categories->ignore_cache = LXW_TRUE;
      added->values->ignore_cache = LXW_TRUE;
      if (added->title.range) added->title.range->ignore_cache = LXW_TRUE;
      if (description.type == ChartDescription::Type::line)
        chart_series_set_marker_type(added, LXW_CHART_MARKER_CIRCLE);
    }
    chart_title_set_name(chart, description.title.c_str());
    chart_axis_set_name(chart->x_axis, description.x_axis_title.c_str());
    chart_axis_set_name(chart->y_axis, description.y_axis_title.c_str());
    const char* number_format = excel_number_format(description.value_format);
    if (*number_format) chart_axis_set_num_format(chart->y_axis, number_format);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    lxw_chart_options options{};
    options.x_scale = kChartScale.first;
    options.y_scale = kChartScale.second;
    options.x_offset = static_cast<int32_t>(x);
    options.description = const_cast<char*>(description.alt_text.c_str());
    return check(worksheet_insert_chart_opt(worksheet, row, 0, chart, &options),
                 "graphique de « " + sheet.name + " »");
  }

  // Whether every cell of `range` is text (the header row always is): its
  // categories are then written <c:strRef> (workbook_xml_fixes.h).
  static bool text_range(const SheetDescription& sheet, const SheetRange& range) {
    for (std::uint32_t row = std::max<std::uint32_t>(range.first_row, 1); row <= range.last_row; ++row) {
      for (std::uint32_t column = range.first_column; column <= range.last_column; ++column) {
        if (row - 1 >= sheet.rows.size() || column >= sheet.rows[row - 1].size()) continue;
        if (sheet.rows[row - 1][column].kind == SheetCell::Kind::number) return false;
      }
    }
    return true;
  }

  static std::string quoted_sheet(const std::string& name) {
    std::string quoted = "'";
    for (char c : name) {
      quoted += c;
      if (c == '\'') quoted += '\'';
    }
    return quoted + "'";
  }

  static std::string column_letters(lxw_col_t column) {
    std::string letters;
    for (unsigned value = column + 1; value > 0; value = (value - 1) / 26) {
      letters.insert(letters.begin(), static_cast<char>('A' + (value - 1) % 26));
    }
    return letters;
  }

  const WorkbookDescription& description_;
  std::string& error_;
  lxw_workbook* workbook_ = nullptr;
  lxw_doc_properties properties_{};
  std::array<lxw_format*, kFormats.size()> formats_{};
  lxw_format* text_number_ = nullptr;
  lxw_format* link_ = nullptr;
  lxw_format* header_ = nullptr;
  std::set<std::string> text_categories_;
};

}  // namespace

const char* excel_number_format(CellFormat format) {
  switch (format) {
    case CellFormat::text: return "";
    case CellFormat::integer: return "#,##0";
    case CellFormat::decimal: return "#,##0.0";
    case CellFormat::percent: return "0.0%";
    case CellFormat::evolution: return "+0.0%;-0.0%;0.0%";
    case CellFormat::points: return "+0.0\" pt\";-0.0\" pt\";0.0\" pt\"";
    case CellFormat::euro: return "#,##0.00 \"€\"";
    case CellFormat::date: return "dd/mm/yyyy";
    case CellFormat::euro_whole: return "#,##0 \"€\"";
  }
  return "";
}

double column_width(const SheetDescription& sheet, std::size_t column) {
  const std::string& header = sheet.columns[column].header;
  std::size_t longest = std::min(display_length(header) + 3,  // the autofilter button
                                 std::max(kWrappedHeaderWidth, longest_word(header) + 3));
  for (const std::vector<SheetCell>& row : sheet.rows) {
    if (column >= row.size()) continue;
    const SheetCell& cell = row[column];
    std::size_t length = cell.kind == SheetCell::Kind::number ? number_length(cell.number, cell.format)
                                                              : display_length(cell.text);
    longest = std::max(longest, length);
  }
  return std::clamp(static_cast<double>(longest) + 1, 8.0, 80.0);
}

bool write_workbook(const WorkbookDescription& workbook, const std::filesystem::path& path, std::string& error,
                    const WorkbookWriteOptions& options) {
  Writer writer(workbook, error);
  return writer.write(path, options);
}

}  // namespace prith
