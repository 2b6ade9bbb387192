#include "capitalisation/front_matter.h"

namespace prith {

namespace {

std::string trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::string unquote(std::string text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front()) {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

}  // namespace

MarkdownDocument parse_markdown_document(std::string_view text, const std::string& file_label,
                                         std::vector<Diagnostic>& diagnostics) {
  MarkdownDocument document;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> lines = split_lines(text);
  auto problem = [&](std::uint32_t line, std::string value, std::string message) {
    diagnostics.push_back({Severity::error, DiagnosticCode::front_matter_invalid, {line, line ? 1u : 0u, ""},
                           std::move(value), std::move(message)});
  };
  if (lines.empty() || trim(lines[0]) != "---") {
    problem(lines.empty() ? 0 : 1, lines.empty() ? "" : lines[0],
            file_label + " ne commence pas par un en-tête « --- » : le fichier est ignoré.");
    return document;
  }
  std::size_t closing = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (trim(lines[i]) == "---") {
      closing = i;
      break;
    }
  }
  if (closing == 0) {
    problem(1, "---", "En-tête de " + file_label + " jamais refermé par une ligne « --- » : le fichier est ignoré.");
    return document;
  }
  document.readable = true;
  for (std::size_t i = 1; i < closing; ++i) {
    auto number = static_cast<std::uint32_t>(i + 1);
    std::string line = trim(lines[i]);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '-' && (line.size() == 1 || line[1] == ' ')) {
      if (document.entries.empty() || !document.entries.back().value.empty()) {
        problem(number, line, "Élément de liste « " + line + " » sans clé au-dessus (« clé: » seule sur sa ligne) : ignoré.");
        continue;
      }
      std::string item = unquote(trim(line.substr(1)));
      if (!item.empty()) document.entries.back().items.push_back(item);
      continue;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string::npos || colon == 0) {
      problem(number, line, "Ligne « " + line + " » de l'en-tête : ni « clé: valeur » ni « - élément », ignorée.");
      continue;
    }
    document.entries.push_back({trim(line.substr(0, colon)), unquote(trim(line.substr(colon + 1))), {}, number});
  }
  for (std::size_t i = closing + 1; i < lines.size(); ++i) {
    document.body += lines[i];
    document.body += '\n';
  }
  document.body_line = static_cast<std::uint32_t>(closing + 2);
  return document;
}

}  // namespace prith
