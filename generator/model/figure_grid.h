// The cells of a Dataset while it is built: indicator × territory node ×
// period, periods contiguous so that a series is one span. The passes of
// build_dataset (and the statistical secrecy pass to come) write here; the
// finished Dataset only hands out const views.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "catalogue/indicator_catalogue.h"
#include "model/figure.h"
#include "model/period_axis.h"
#include "model/territory_tree.h"

namespace prith {

class FigureGrid {
 public:
  FigureGrid() = default;
  FigureGrid(std::size_t indicators, std::size_t nodes, std::size_t periods)
      : indicators_(indicators), nodes_(nodes), periods_(periods), cells_(indicators * nodes * periods) {}

  std::size_t indicators() const { return indicators_; }
  std::size_t nodes() const { return nodes_; }
  std::size_t periods() const { return periods_; }

  Cell& at(IndicatorId indicator, NodeIndex node, std::size_t period) {
    return cells_[(static_cast<std::size_t>(indicator) * nodes_ + node) * periods_ + period];
  }
  const Cell& at(IndicatorId indicator, NodeIndex node, std::size_t period) const {
    return cells_[(static_cast<std::size_t>(indicator) * nodes_ + node) * periods_ + period];
  }
  std::span<Cell> series(IndicatorId indicator, NodeIndex node) {
    if (periods_ == 0) return {};
    return {&cells_[(static_cast<std::size_t>(indicator) * nodes_ + node) * periods_], periods_};
  }
  std::span<const Cell> series(IndicatorId indicator, NodeIndex node) const {
    if (periods_ == 0) return {};
    return {&cells_[(static_cast<std::size_t>(indicator) * nodes_ + node) * periods_], periods_};
  }

 private:
  std::size_t indicators_ = 0, nodes_ = 0, periods_ = 0;
  std::vector<Cell> cells_;
};

}  // namespace prith
