#include "model/secrecy_audit.h"

#include <glpk.h>

#include <map>
#include <memory>

namespace prith {

namespace {

struct ProblemDeleter {
  void operator()(glp_prob* problem) const { glp_delete_prob(problem); }
};

}  // namespace

std::vector<AuditInterval> audit_secrecy(const SecrecyTable& table, const SecrecyRule& rule) {
  std::vector<AuditInterval> intervals;
  // Unknowns: the hidden and the missing cells, as LP columns (1-based).
  std::map<std::size_t, int> column_of;
  for (std::size_t i = 0; i < table.cells.size(); ++i) {
    if (!table.cells[i].published()) column_of[i] = static_cast<int>(column_of.size()) + 1;
  }
  bool any_hidden = false;
  for (const SecrecyCell& cell : table.cells) any_hidden |= cell.hidden;
  if (!any_hidden) return intervals;

  std::unique_ptr<glp_prob, ProblemDeleter> problem(glp_create_prob());
  glp_set_obj_dir(problem.get(), GLP_MIN);
  glp_add_cols(problem.get(), static_cast<int>(column_of.size()));
  for (const auto& [cell, column] : column_of) {
    glp_set_col_bnds(problem.get(), column, GLP_LO, table.cells[cell].lower_bound, 0.0);
  }

  // Each sum with an unknown: coefficients on the unknowns, the published
  // values moved to the right-hand side. glpk arrays are 1-based.
  std::vector<int> rows{0}, columns{0};
  std::vector<double> coefficients{0};
  int row = 0;
  for (const SecrecyRelation& relation : table.relations) {
    std::map<int, double> terms;
    double known = 0;  // total - sum(parts) over the published cells, moved right
    auto add = [&](std::size_t cell, double sign) {
      if (table.cells[cell].published()) {
        known += sign * table.cells[cell].value;
      } else {
        terms[column_of[cell]] += sign;
      }
    };
    add(relation.total, 1);
    for (std::size_t part : relation.parts) add(part, -1);
    if (terms.empty()) continue;
    glp_add_rows(problem.get(), 1);
    ++row;
    glp_set_row_bnds(problem.get(), row, GLP_FX, -known, -known);
    for (const auto& [column, coefficient] : terms) {
      rows.push_back(row);
      columns.push_back(column);
      coefficients.push_back(coefficient);
    }
  }
  if (row > 0) {
    glp_load_matrix(problem.get(), static_cast<int>(rows.size()) - 1, rows.data(), columns.data(),
                    coefficients.data());
  }

  glp_smcp parameters;
  glp_init_smcp(&parameters);
  parameters.msg_lev = GLP_MSG_OFF;
  parameters.presolve = GLP_OFF;
  auto optimum = [&](int column, int direction, double& value) {
    for (const auto& [cell, other] : column_of) glp_set_obj_coef(problem.get(), other, other == column ? 1.0 : 0.0);
    glp_set_obj_dir(problem.get(), direction);
    if (glp_simplex(problem.get(), &parameters) != 0) return false;
    if (glp_get_status(problem.get()) != GLP_OPT) return false;  // unbounded: no limit
    value = glp_get_obj_val(problem.get());
    return true;
  };
  for (const auto& [cell, column] : column_of) {
    if (!table.cells[cell].hidden) continue;
    AuditInterval interval;
    interval.cell = cell;
    double value = 0;
    if (optimum(column, GLP_MIN, value)) interval.low = value;
    if (optimum(column, GLP_MAX, value)) interval.high = value;
    interval.protected_enough = interval.high - interval.low >= rule.required_width() - 1e-9;
    intervals.push_back(interval);
  }
  return intervals;
}

}  // namespace prith
