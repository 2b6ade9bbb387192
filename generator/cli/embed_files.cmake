# Writes OUTPUT, a C++ file defining prith::FUNCTION() (embedded_files() when
# FUNCTION is not given): the bytes of each file in INPUTS ("|"-separated),
# keyed by file name. Run at build time by CMakeLists.txt.
string(REPLACE "|" ";" INPUTS "${INPUTS}")
if(NOT FUNCTION)
  set(FUNCTION embedded_files)
endif()
set(body "#include <map>\n#include <string>\nnamespace prith {\nconst std::map<std::string, std::string>& ${FUNCTION}() {\n  static const std::map<std::string, std::string> files = {\n")
foreach(input ${INPUTS})
  get_filename_component(name ${input} NAME)
  file(READ ${input} hex HEX)
  string(REGEX REPLACE "(..)" "\\\\x\\1" escaped "${hex}")
  file(SIZE ${input} size)
  string(APPEND body "    {\"${name}\", std::string(\"${escaped}\", ${size})},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n}  // namespace prith\n")
file(WRITE ${OUTPUT} "${body}")
