#include "core/slug.h"

#include "catalogue/text_folding.h"

namespace prith {

std::string slug(std::string_view text) {
  // fold_for_matching already lowers, folds accents and turns separators into one space.
  std::string folded = fold_for_matching(text);
  std::string out;
  bool pending_dash = false;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    out += c;
  }
  return out.empty() ? "sans-nom" : out;
}

}  // namespace prith
