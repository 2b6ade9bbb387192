#include "render/maps/svg_path.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

namespace prith {

namespace {

class PathReader {
 public:
  explicit PathReader(std::string_view data) : data_(data) {}

  std::vector<PathCommand> read() {
    skip_separators();
    if (at_end()) return path_;
    char first = data_[at_];
    if (first != 'M' && first != 'm') fail("le tracé ne commence pas par « M » ou « m »");
    while (!at_end()) {
      char letter = data_[at_];
      if (!std::isalpha(static_cast<unsigned char>(letter))) fail("commande attendue");
      ++at_;
      read_command(letter);
      skip_separators();
    }
    return path_;
  }

 private:
  std::string_view data_;
  std::size_t at_ = 0;
  std::vector<PathCommand> path_;
  PathPoint current_, start_;
  PathPoint last_control_;  // for S/s and T/t: the previous curve's last control point
  char previous_ = 0;       // the previous command, upper case

  bool at_end() const { return at_ >= data_.size(); }

  [[noreturn]] void fail(const std::string& why) const {
    throw std::invalid_argument("tracé SVG illisible à la position " + std::to_string(at_) + " : " + why);
  }

  void skip_separators() {
    while (!at_end() && (std::isspace(static_cast<unsigned char>(data_[at_])) || data_[at_] == ',')) ++at_;
  }

  // True when a number follows (another set of arguments of the same command).
  bool number_follows() {
    skip_separators();
    if (at_end()) return false;
    char c = data_[at_];
    return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
  }

  double number() {
    skip_separators();
    if (at_end()) fail("nombre attendu");
    std::size_t begin = at_;
    if (data_[at_] == '+') ++at_;  // from_chars reads no leading '+'
    double value = 0;
    auto [end, error] = std::from_chars(data_.data() + at_, data_.data() + data_.size(), value);
    if (error != std::errc() || !std::isfinite(value)) {
      at_ = begin;
      fail("nombre attendu");
    }
    at_ = static_cast<std::size_t>(end - data_.data());
    return value;
  }

  PathPoint point(bool relative) {
    double x = number();
    double y = number();
    return relative ? PathPoint{current_.x + x, current_.y + y} : PathPoint{x, y};
  }

  void add(PathOp op, PathPoint a, PathPoint b = {}, PathPoint c = {}) {
    PathCommand command{op, {a, b, c}};
    path_.push_back(command);
  }

  void line_to(PathPoint to) {
    add(PathOp::line, to);
    current_ = to;
  }

  void cubic_to(PathPoint c1, PathPoint c2, PathPoint to) {
    add(PathOp::cubic, c1, c2, to);
    last_control_ = c2;
    current_ = to;
  }

  PathPoint reflected_control(bool after_curve) const {
    if (!after_curve) return current_;
    return {2 * current_.x - last_control_.x, 2 * current_.y - last_control_.y};
  }

  // A quadratic curve is the cubic with controls 2/3 of the way to its control point.
  void quadratic_to(PathPoint control, PathPoint to) {
    PathPoint c1{current_.x + 2.0 / 3 * (control.x - current_.x), current_.y + 2.0 / 3 * (control.y - current_.y)};
    PathPoint c2{to.x + 2.0 / 3 * (control.x - to.x), to.y + 2.0 / 3 * (control.y - to.y)};
    cubic_to(c1, c2, to);
    last_control_ = control;
  }

  void read_command(char letter) {
    bool relative = std::islower(static_cast<unsigned char>(letter));
    char command = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
    switch (command) {
      case 'Z':
        add(PathOp::close, {});
        current_ = start_;
        break;
      case 'M': {
        current_ = start_ = point(relative);
        add(PathOp::move, current_);
        while (number_follows()) line_to(point(relative));  // implicit linetos
        break;
      }
      case 'L':
        do line_to(point(relative)); while (number_follows());
        break;
      case 'H':
        do line_to({number() + (relative ? current_.x : 0), current_.y}); while (number_follows());
        break;
      case 'V':
        do line_to({current_.x, number() + (relative ? current_.y : 0)}); while (number_follows());
        break;
      case 'C':
        do {
          PathPoint c1 = point(relative), c2 = point(relative), to = point(relative);
          cubic_to(c1, c2, to);
        } while (number_follows());
        break;
      case 'S':
        do {
          PathPoint c1 = reflected_control(previous_ == 'C' || previous_ == 'S');
          PathPoint c2 = point(relative), to = point(relative);
          cubic_to(c1, c2, to);
          previous_ = 'S';
        } while (number_follows());
        break;
      case 'Q':
        do {
          PathPoint control = point(relative), to = point(relative);
          quadratic_to(control, to);
        } while (number_follows());
        break;
      case 'T':
        do {
          PathPoint control = reflected_control(previous_ == 'Q' || previous_ == 'T');
          quadratic_to(control, point(relative));
          previous_ = 'T';
        } while (number_follows());
        break;
      case 'A': --at_; fail("les arcs (« A ») ne sont pas pris en charge");
      default: --at_; fail(std::string("commande inconnue « ") + letter + " »");
    }
    previous_ = command;
  }
};

}  // namespace

std::vector<PathCommand> parse_svg_path(std::string_view data) { return PathReader(data).read(); }

void BoundingBox::include(PathPoint point) {
  if (empty) {
    min_x = max_x = point.x;
    min_y = max_y = point.y;
    empty = false;
    return;
  }
  min_x = std::min(min_x, point.x);
  max_x = std::max(max_x, point.x);
  min_y = std::min(min_y, point.y);
  max_y = std::max(max_y, point.y);
}

void BoundingBox::include(const BoundingBox& other) {
  if (other.empty) return;
  include(PathPoint{other.min_x, other.min_y});
  include(PathPoint{other.max_x, other.max_y});
}

BoundingBox bounding_box(const std::vector<PathCommand>& path) {
  BoundingBox box;
  for (const PathCommand& command : path) {
    int count = command.op == PathOp::cubic ? 3 : command.op == PathOp::close ? 0 : 1;
    for (int i = 0; i < count; ++i) box.include(command.points[i]);
  }
  return box;
}

}  // namespace prith
