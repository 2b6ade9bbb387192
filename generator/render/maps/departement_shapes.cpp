#include "render/maps/departement_shapes.h"

#include <stdexcept>

namespace prith {

// Defined in the build's embedded_maps.cpp (generator/cli/embed_files.cmake).
const std::map<std::string, std::string>& embedded_maps();

DepartementShapes DepartementShapes::parse(std::string_view tsv) {
  DepartementShapes shapes;
  std::size_t line_number = 0;
  while (!tsv.empty()) {
    std::size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv = end == std::string_view::npos ? std::string_view() : tsv.substr(end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 || line.empty()) continue;  // the header
    std::size_t tab = line.find('\t');
    std::string where = "fond de carte, ligne " + std::to_string(line_number) + " : ";
    if (tab == std::string_view::npos || tab == 0) throw std::invalid_argument(where + "« code<TAB>tracé » attendu");
    DepartementShape shape;
    shape.code = std::string(line.substr(0, tab));
    try {
      shape.path = parse_svg_path(line.substr(tab + 1));
    } catch (const std::invalid_argument& error) {
      throw std::invalid_argument(where + error.what());
    }
    shape.box = bounding_box(shape.path);
    if (shape.box.empty) throw std::invalid_argument(where + "tracé vide");
    if (!shapes.shapes_.emplace(shape.code, shape).second)
      throw std::invalid_argument(where + "département " + shape.code + " en double");
  }
  return shapes;
}

const DepartementShapes& DepartementShapes::bundled() {
  static const DepartementShapes shapes = parse(embedded_maps().at("departements.tsv"));
  return shapes;
}

const DepartementShape* DepartementShapes::find(const std::string& code) const {
  auto found = shapes_.find(code);
  return found == shapes_.end() ? nullptr : &found->second;
}

}  // namespace prith
