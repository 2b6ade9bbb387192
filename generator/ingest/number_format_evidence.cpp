#include "ingest/number_format_evidence.h"

#include "core/french_format.h"

namespace prith {

namespace {

void add_seen(NumberFormatEvidence::Seen& seen, std::string_view text, const SourcePlace& place) {
  if (seen.count++ == 0) {
    seen.first = place;
    seen.text = std::string(text);
  }
}

void merge_seen(NumberFormatEvidence::Seen& into, const NumberFormatEvidence::Seen& from) {
  if (from.count == 0) return;
  if (into.count == 0) {
    into = from;
    return;
  }
  into.count += from.count;
}

std::string spaces_fr(std::uint8_t marks) {
  std::string names;
  auto add = [&](std::uint8_t bit, std::string_view name) {
    if (!(marks & bit)) return;
    if (!names.empty()) names += " ou ";
    names += name;
  };
  add(mark_space, "espace");
  add(mark_nbsp, "espace insécable");
  add(mark_nnbsp, "espace fine insécable");
  add(mark_apostrophe, "apostrophe");
  return names;
}

}  // namespace

void NumberFormatEvidence::add(std::string_view text, NumberShape shape, const SourcePlace& place) {
  marks |= thousands_marks(text);
  switch (shape) {
    case NumberShape::decimal_comma:
      add_seen(decimal_comma, text, place);
      dot_beside_comma |= text.find('.') != std::string_view::npos;
      break;
    case NumberShape::decimal_point:
      add_seen(decimal_point, text, place);
      comma_beside_point |= text.find(',') != std::string_view::npos;
      break;
    case NumberShape::ambiguous:
      ambiguous_dot |= text.find('.') != std::string_view::npos;
      ambiguous_comma |= text.find(',') != std::string_view::npos;
      break;
    case NumberShape::neutral:
    case NumberShape::invalid:
      break;
  }
}

void NumberFormatEvidence::merge(const NumberFormatEvidence& other) {
  merge_seen(decimal_comma, other.decimal_comma);
  merge_seen(decimal_point, other.decimal_point);
  marks |= other.marks;
  dot_beside_comma |= other.dot_beside_comma;
  comma_beside_point |= other.comma_beside_point;
  ambiguous_dot |= other.ambiguous_dot;
  ambiguous_comma |= other.ambiguous_comma;
}

std::optional<DecimalConvention> NumberFormatEvidence::convention() const {
  if (conflicting() || !decisive()) return std::nullopt;
  return decimal_comma.count > 0 ? DecimalConvention::comma : DecimalConvention::point;
}

std::string describe_number_format_fr(DecimalConvention convention, const NumberFormatEvidence& evidence,
                                      std::string_view decided_by) {
  const bool french = convention == DecimalConvention::comma;
  std::string thousands = spaces_fr(evidence.marks);
  const bool grouping_mark = french ? evidence.dot_beside_comma || evidence.ambiguous_dot
                                    : evidence.comma_beside_point || evidence.ambiguous_comma;
  if (grouping_mark) thousands = std::string(french ? "point" : "virgule") + (thousands.empty() ? "" : " ou " + thousands);
  std::string text = std::string("nombres au format ") + (french ? "français" : "anglais") + " : ";
  text += thousands.empty() ? std::string("sans séparateur des milliers") : thousands + " des milliers";
  text += french ? ", virgule décimale" : ", point décimal";
  text += " (";
  text += decided_by;
  text += " ; option --number-format ";
  text += number_format_option(convention);
  text += ")";
  return text;
}

std::optional<DecimalConvention> parse_number_format_option(std::string_view text) {
  if (text == "fr" || text == "français" || text == "francais") return DecimalConvention::comma;
  if (text == "en" || text == "anglais") return DecimalConvention::point;
  if (text == "auto" || text.empty()) return DecimalConvention::automatic;
  return std::nullopt;
}

std::string_view number_format_option(DecimalConvention convention) {
  switch (convention) {
    case DecimalConvention::comma: return "fr";
    case DecimalConvention::point: return "en";
    case DecimalConvention::automatic: break;
  }
  return "auto";
}

}  // namespace prith
