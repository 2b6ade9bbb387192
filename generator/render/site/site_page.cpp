#include "render/site/site_page.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "core/french_format.h"
#include "model/figure_labels.h"
#include "publish/content_digest.h"
#include "render/charts/chart_summary.h"
#include "render/site/site_links.h"
#include "render/site/site_renderer.h"

namespace prith {

using kainjow::mustache::data;

namespace {

constexpr const char* kFlagsLegend =
    "provisoire : chiffre susceptible d’être révisé ; révisé : modifié par un envoi ultérieur du partenaire ; "
    "rupture de série : la définition a changé, les évolutions ne sont pas calculées à travers la rupture ; "
    "partiel : calculé sur une partie des départements seulement ; calculé : total ou taux calculé par le PRITH.";

std::string cell_class(const TableCell& cell) {
  switch (cell.kind) {
    case ShownKind::text: return "texte";
    case ShownKind::absent: return "nombre absent";
    default: return "nombre";
  }
}

}  // namespace

// "2026-11-15" → "15 novembre 2026".
std::string date_fr(const std::string& iso_date) {
  std::string iso = iso_date.substr(0, 10);
  static const char* months[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                 "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) shaped = shaped && iso[i] >= '0' && iso[i] <= '9';
  if (!shaped) return iso_date;
  int month = std::atoi(iso.substr(5, 2).c_str()), day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso_date;
  return std::to_string(day) + (day == 1 ? "er " : " ") + months[month - 1] + " " + iso.substr(0, 4);
}

std::string file_size_fr(const OutputFolder& out, const std::string& relative) {
  std::error_code error;
  std::uintmax_t bytes = std::filesystem::file_size(out.resolve(relative), error);
  if (error) return "";
  constexpr const char* kSpace = "\u00a0";
  if (bytes < 1024) return format_number_fr(static_cast<double>(bytes), 0) + kSpace + "octets";
  if (bytes < 1024 * 1024) return format_number_fr(static_cast<double>((bytes + 512) / 1024), 0) + kSpace + "ko";
  return format_number_fr(static_cast<double>(bytes) / (1024.0 * 1024.0), 1) + kSpace + "Mo";
}

std::string SiteContext::table_file(const SiteTable& table, const std::string& name, const std::string& page_title) {
  std::string csv = table_csv(table);
  std::string path = "donnees/tableaux/" + name + ".csv";
  DataFile file = table_data_file(table, path, page_title);
  // The same bytes may be two different tables (two indicators without any
  // figure): only a table with the same caption and columns is the same.
  std::string signature = file.title;
  for (const DataColumn& column : file.columns) signature += "\x1f" + column.name + "\x1e" + column.description;
  std::string digest = digest_of(csv);
  auto [first, last] = table_paths_by_digest.equal_range(digest);
  for (auto same = first; same != last; ++same) {
    if (same->second.signature != signature) continue;
    std::ifstream file(out.resolve(same->second.path), std::ios::binary);
    std::string written((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (written == csv) return same->second.path;
  }
  out.write(path, csv);
  tables.push_back(std::move(file));
  table_paths_by_digest.emplace(digest, WrittenTable{path, std::move(signature)});
  return path;
}

void set_text(data& view, const std::string& key, const std::string& text) {
  if (!text.empty()) view[key] = text;
}

data list_of(const std::vector<data>& items) { return data(items); }

// kainjow copies a list given to it and has no way to move one in: the
// vector is moved into the list it owns (its own object, not a const one).
data list_of(std::vector<data>&& items) {
  data list(data::type::list);
  const_cast<std::vector<data>&>(list.list_value()) = std::move(items);
  return list;
}

SitePage::SitePage(SiteContext& site, std::string path, std::string slug, std::string title)
    : site_(site), path_(std::move(path)), slug_(std::move(slug)), title_(std::move(title)) {
  for (char c : path_)
    if (c == '/') root_ += "../";
}

void SitePage::note(const TableCell& cell) {
  if (cell.kind == ShownKind::secret) secret_ = true;
  if (cell.kind == ShownKind::missing) missing_ = true;
  if (!cell.flags.empty()) flagged_ = true;
}

TableCell SitePage::cell(const Figure& figure, IndicatorId indicator, const Period& period) {
  const auto& indicators = site_.inputs.dataset.indicators().all();
  TableCell cell = indicator < indicators.size() ? figure_cell(figure, value_format(indicators[indicator]))
                                                 : figure_cell(figure);
  if (figure.visible() && figure.has(kSeriesBreak)) breaks_.insert({indicator, period.to_string()});
  note(cell);
  return cell;
}

data SitePage::figure(const Figure& figure, IndicatorId indicator, const Period& period) {
  TableCell shown = cell(figure, indicator, period);
  data view;
  view["valeur"] = shown.text;
  set_text(view, "drapeaux", shown.flags);
  view["secret"] = shown.kind == ShownKind::secret;
  view["manquant"] = shown.kind == ShownKind::missing;
  return view;
}

data SitePage::table(const SiteTable& table) {
  std::string csv_path = site_.table_file(table, slug_ + "-" + std::to_string(tables_ + 1), title_);
  ++tables_;

  data view;
  view["legende"] = table.caption;
  view["entete_lignes"] = table.row_header.label;
  std::vector<data> columns;
  for (const TableColumn& column : table.columns) {
    columns.push_back(data{"libelle", column.label});
    if (column.highlighted) columns.back().set("courant", true);
  }
  view["colonnes"] = list_of(std::move(columns));
  std::vector<data> rows;
  for (const SiteTable::Row& row : table.rows) {
    data line;
    line["entete"] = row.header;
    std::vector<data> cells;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const TableCell& cell = row.cells[c];
      note(cell);
      data item;
      item["texte"] = cell.text;
      set_text(item, "drapeaux", cell.flags);
      item["classe"] = cell_class(cell) + (c < table.columns.size() && table.columns[c].highlighted ? " courant" : "");
      cells.push_back(std::move(item));
    }
    line["cellules"] = list_of(std::move(cells));
    rows.push_back(std::move(line));
  }
  view["lignes"] = list_of(std::move(rows));
  view["csv"] = root_ + csv_path;
  return view;
}

data SitePage::chart(const ChartSpec& spec, const SiteTable& numbers, bool png) {
  ++charts_;
  std::string name = slug_ + "-" + std::to_string(charts_);
  std::string png_path = "graphiques/" + name + ".png";
  ChartSpec checked = checked_spec(spec);
  for (const ChartSeries& series : checked.series)
    for (const ChartPoint& point : series.points) {
      if (point.status == PointStatus::secret) secret_ = true;
      if (point.status == PointStatus::missing) missing_ = true;
    }
  data view;
  view["id"] = "g" + std::to_string(charts_);
  view["titre"] = checked.title;
  view["resume"] = chart_summary_fr(checked);
  std::string id = "g" + std::to_string(charts_);
  view["svg"] = png ? site_.charts.add(checked, png_path, id) : site_.charts.svg(checked, id);
  if (png) view["png"] = root_ + png_path;
  view["tableau"] = table(numbers);
  return view;
}

void SitePage::write(const std::string& template_name, data view, const std::vector<Crumb>& crumbs) {
  const ProjectSettings& settings = site_.inputs.project.settings();
  view["racine"] = root_;
  view["titre"] = title_;
  view["nom_site"] = settings.name;
  view["titre_site"] = settings.title.empty() ? settings.name : settings.title;
  std::string logo = partnership_logo_page(settings);
  set_text(view, "logo", logo.empty() ? "" : root_ + logo);
  // Who publishes, hosts and answers ([site] of prith.ini): the legal notice
  // and the accessibility statement.
  set_text(view, "contact", settings.contact);
  bool email = settings.contact.find('@') != std::string::npos && settings.contact.find(' ') == std::string::npos &&
               settings.contact.find(':') == std::string::npos;
  if (email) view["contact_courriel"] = "mailto:" + settings.contact;
  set_text(view, "directeur_publication", settings.publication_director);
  set_text(view, "hebergeur", settings.host);
  set_text(view, "hebergeur_adresse", settings.host_address);
  view["date_publication"] = date_fr(settings.publication_date);
  view["theme_dsfr"] = settings.theme == "dsfr";
  std::vector<data> trail;
  trail.push_back(data{"libelle", "Accueil"});
  trail.back().set("lien", root_ + "index.html");
  for (const Crumb& crumb : crumbs) {
    data item{"libelle", crumb.label};
    item["lien"] = root_ + crumb.path;
    trail.push_back(std::move(item));
  }
  if (path_ != "index.html") {
    data current{"libelle", title_};
    current["courant"] = true;
    trail.push_back(std::move(current));
  }
  view["fil"] = list_of(std::move(trail));
  if (secret_) view["legende_secret"] = std::string(kSecretLegend);
  if (missing_) view["legende_manquant"] = std::string(kMissingLegend);
  if (flagged_) view["legende_drapeaux"] = std::string(kFlagsLegend);
  view["legendes"] = secret_ || missing_ || flagged_ || !breaks_.empty();
  // One line per declared break: the indicators it touches share its
  // reason (a reform changes several series on the same day).
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> grouped;  // (period, reason) → labels
  const Dataset& dataset = site_.inputs.dataset;
  for (const auto& [indicator, period_text] : breaks_) {
    std::optional<Period> period = parse_period(period_text);
    const SeriesBreak* found = period ? dataset.series_break(indicator, *period) : nullptr;
    if (!found) continue;
    grouped[{period->to_string(), found->reason}].push_back(dataset.indicators().at(indicator).label);
  }
  std::vector<data> breaks;
  for (const auto& [key, labels] : grouped) {
    std::string joined;
    for (const std::string& label : labels) joined += (joined.empty() ? "" : " ; ") + label;
    data item{"indicateur", joined};
    item["periode"] = parse_period(key.first)->french_label();
    item["motif"] = key.second;
    breaks.push_back(std::move(item));
  }
  view["ruptures"] = list_of(breaks);
  view["a_des_ruptures"] = !breaks.empty();
  site_.out.write(path_, site_.templates.render_page(template_name, std::move(view)));
}

}  // namespace prith
