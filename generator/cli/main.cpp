// prith: the command line. Thin: everything lives in the library.
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  prith::Arguments arguments(argv + 1, argv + argc);
  return prith::run_cli(arguments, std::cout, std::cerr);
}
