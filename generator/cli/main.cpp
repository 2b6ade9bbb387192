// prith: the command line. Thin: it parses arguments and calls the stages.
#include <iostream>

int main(int argc, char** argv) {
  (void)argc;
  (void)argv;
  std::cout << "prith : générateur du site et des annexes d'un PRITH\n";
  return 0;
}
