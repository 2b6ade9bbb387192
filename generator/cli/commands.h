// The verbs of `prith`. Each takes its arguments (without the verb) and the
// two output streams, and returns the exit code: 0 clean, 1 data errors,
// 2 usage errors. Tests call them in-process.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace prith {

using Arguments = std::vector<std::string>;

int run_cli(const Arguments& arguments, std::ostream& out, std::ostream& err);  // with the verb first
int run_init(const Arguments& arguments, std::ostream& out, std::ostream& err);
int run_check(const Arguments& arguments, std::ostream& out, std::ostream& err);
int run_inspect(const Arguments& arguments, std::ostream& out, std::ostream& err);
int run_build(const Arguments& arguments, std::ostream& out, std::ostream& err);
int run_serve(const Arguments& arguments, std::ostream& out, std::ostream& err);
int run_history(const Arguments& arguments, std::ostream& out, std::ostream& err);

inline constexpr const char* kPrithVersion = "0.1.0";

constexpr int kExitClean = 0;
constexpr int kExitDataErrors = 1;
constexpr int kExitUsage = 2;

}  // namespace prith
