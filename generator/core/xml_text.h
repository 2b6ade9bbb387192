// Text inside XML (SVG, OOXML): & < > " escaped, nothing else changed.
#pragma once

#include <string>
#include <string_view>

namespace prith {

void append_xml_escaped(std::string& out, std::string_view text);
std::string xml_escaped(std::string_view text);

}  // namespace prith
