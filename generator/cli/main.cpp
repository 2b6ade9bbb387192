// prith: the command line. Thin: everything lives in the library.
#include <malloc.h>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // A fixed threshold: blocks of 1 MiB and more (a file's observations)
  // are mapped and given back when freed. glibc's default raises the
  // threshold after the first such free, and then keeps every later
  // file's observations on the heap: `check` would grow file after file.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  prith::Arguments arguments(argv + 1, argv + argc);
  return prith::run_cli(arguments, std::cout, std::cerr);
}
