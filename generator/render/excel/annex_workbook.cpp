#include "render/excel/annex_workbook.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <cstdio>

#include "model/figure_labels.h"
#include "render/excel/indicator_sheet.h"

namespace prith {

namespace {

constexpr const char* kReadMe = "Lisez-moi";
constexpr const char* kDefinitions = "Définitions";
constexpr const char* kRevisions = "Révisions";

std::string aggregation_fr(const Indicator& indicator) {
  switch (indicator.aggregation) {
    case Aggregation::sum: return "somme des départements";
    case Aggregation::weighted_mean: return "moyenne des départements pondérée par " + indicator.weight;
    case Aggregation::ratio: return "rapport " + indicator.numerator + " / " + indicator.denominator;
    case Aggregation::none: return "non calculé : seuls les chiffres transmis sont publiés";
  }
  return "";
}

std::string nature_fr(Nature nature) {
  switch (nature) {
    case Nature::stock: return "stock (en fin de trimestre)";
    case Nature::flow: return "flux (au cours du trimestre)";
    case Nature::unspecified: return "non précisée";
  }
  return "";
}

std::vector<SheetCell> text_row(std::initializer_list<std::string> texts) {
  std::vector<SheetCell> row;
  for (const std::string& text : texts) row.push_back(SheetCell::of_text(text));
  return row;
}

// Each source's newest file date among the figures of the Dataset.
std::map<std::string, std::string> source_dates(const Dataset& dataset) {
  std::map<std::string, std::string> dates;
  for (const Provenance& provenance : dataset.provenances()) {
    std::string& date = dates[provenance.source];
    date = std::max(date, provenance.read_at.substr(0, 10));
  }
  return dates;
}

SheetDescription read_me(const Dataset& dataset, const AnnexContext& context, const AnnexScope& scope,
                         const std::vector<std::size_t>& quarters, const std::vector<std::string>& indicator_sheets) {
  SheetDescription sheet;
  sheet.name = kReadMe;
  sheet.table_name = "Tableau_Lisez_moi";
  sheet.columns = {{"Rubrique", CellFormat::text}, {"Contenu", CellFormat::text}};
  const std::vector<Period>& periods = dataset.periods().all();
  std::string covered = quarters.empty() ? "aucun trimestre"
                                         : "de " + periods[quarters.front()].french_label() + " à " +
                                               periods[quarters.back()].french_label();
  sheet.rows.push_back(text_row({"Titre", scope.title}));
  sheet.rows.push_back(text_row({"Producteur", context.partnership}));
  sheet.rows.push_back(text_row({"Date de publication", iso_date_fr(context.publication_date)}));
  sheet.rows.push_back(text_row({"Période couverte", covered}));
  for (const auto& [code, date] : source_dates(dataset)) {
    auto label = context.source_labels.find(code);
    std::string name = label == context.source_labels.end() ? code : label->second;
    sheet.rows.push_back(text_row({"Source", name + ", données reçues le " + iso_date_fr(date)}));
  }
  sheet.rows.push_back({SheetCell::of_text("Sommaire"),
                        SheetCell::of_link("Définitions : libellé, définition, unité, source et calcul de chaque "
                                           "indicateur",
                                           kDefinitions)});
  for (std::size_t i = 0; i < indicator_sheets.size(); ++i) {
    const Indicator& indicator = dataset.indicators().at(static_cast<IndicatorId>(i));
    sheet.rows.push_back({SheetCell::of_text("Sommaire"),
                          SheetCell::of_link(indicator_sheets[i] + " : " + indicator.label, indicator_sheets[i])});
  }
  sheet.rows.push_back({SheetCell::of_text("Sommaire"),
                        SheetCell::of_link("Révisions : les chiffres changés par les partenaires", kRevisions)});
  sheet.rows.push_back(text_row(
      {"Feuilles des indicateurs",
       "Un tableau par indicateur : une ligne par territoire, une colonne par trimestre, puis les évolutions du "
       "dernier trimestre et la part du territoire dans son territoire parent. Deux graphiques reprennent le "
       "tableau : l'évolution dans le temps et la comparaison des départements."}));
  sheet.rows.push_back(text_row({"Secret statistique", std::string(kSecretLegend)}));
  sheet.rows.push_back(text_row({"Données manquantes", std::string(kMissingLegend)}));
  sheet.rows.push_back(text_row(
      {"Commentaires",
       "Une cellule commentée porte un chiffre provisoire, révisé, en rupture de série ou partiel, ou explique un "
       "« s » ou un « n.d. ». Un graphique ne couvre que des chiffres publiés : la courbe part du plus "
       "ancien trimestre suivi sans interruption jusqu'au dernier, les barres comparent les départements au "
       "dernier trimestre où tous ont un chiffre."}));
  sheet.rows.push_back(text_row(
      {"Chiffres calculés",
       "Quand un partenaire ne donne pas le chiffre de la région, il est calculé à partir des départements "
       "(somme, moyenne pondérée ou rapport selon l'indicateur, voir la feuille Définitions)."}));
  sheet.rows.push_back(text_row(
      {"Révisions",
       "Un partenaire peut corriger un trimestre déjà publié : le chiffre le plus récent est publié et la feuille "
       "Révisions liste ce qui a changé. L'ancienne valeur n'y figure pas : elle n'est plus publiée."}));
  sheet.rows.push_back(text_row(
      {"Formats",
       "Les chiffres sont des nombres : effectifs entiers, taux et parts en pourcentage, évolutions en % (en "
       "points pour un taux), montants en euros."}));
  return sheet;
}

SheetDescription definitions(const Dataset& dataset, const AnnexContext& context,
                             const std::vector<std::string>& indicator_sheets) {
  SheetDescription sheet;
  sheet.name = kDefinitions;
  sheet.table_name = "Tableau_Definitions";
  sheet.frozen_columns = 1;
  sheet.columns = {{"Code", CellFormat::text},   {"Libellé", CellFormat::text},
                   {"Définition", CellFormat::text}, {"Unité", CellFormat::text},
                   {"Source", CellFormat::text}, {"Calcul pour la région", CellFormat::text},
                   {"Nature", CellFormat::text}, {"Feuille", CellFormat::text}};
  for (std::size_t i = 0; i < indicator_sheets.size(); ++i) {
    const Indicator& indicator = dataset.indicators().at(static_cast<IndicatorId>(i));
    auto source = context.source_labels.find(indicator.source);
    std::vector<SheetCell> row = text_row(
        {indicator.code, indicator.label, indicator.definition, indicator.unit,
         source == context.source_labels.end() ? indicator.source : source->second, aggregation_fr(indicator),
         nature_fr(indicator.nature)});
    row.push_back(SheetCell::of_link(indicator_sheets[i], indicator_sheets[i]));
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

// Each indicator's tab, unique (Excel compares names without case) and
// distinct from the fixed sheets: a code cut at 31 characters, or one that
// differs only by case or by characters Excel refuses, gets "_2", "_3"...
std::vector<std::string> indicator_sheet_names(const Dataset& dataset) {
  auto folded = [](std::string name) {
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
  };
  std::set<std::string> taken = {folded(kReadMe), folded(kDefinitions), folded(kRevisions)};
  std::vector<std::string> names;
  for (const Indicator& indicator : dataset.indicators().all()) {
    std::string base = indicator_sheet_name(indicator), name = base;
    for (int n = 2; taken.count(folded(name)); ++n) {
      std::string suffix = std::to_string(n);  // built in two steps: GCC 12 warns wrongly on "_" + string
      suffix.insert(suffix.begin(), '_');
      name = cut_utf8(base, 31 - suffix.size()) + suffix;
    }
    taken.insert(folded(name));
    names.push_back(name);
  }
  return names;
}

std::string change_fr(const FigureChange& change) {
  if (!change.before) return "ajouté";
  if (!change.after) return "retiré";
  return "modifié";
}

SheetDescription revisions(const Dataset& dataset, const AnnexScope& scope, const std::vector<BatchHistory>& history) {
  SheetDescription sheet;
  sheet.name = kRevisions;
  sheet.table_name = "Tableau_Revisions";
  sheet.columns = {{"Date de réception", CellFormat::text}, {"Fichier", CellFormat::text},
                   {"Source", CellFormat::text},            {"Indicateur", CellFormat::text},
                   {"Territoire", CellFormat::text},        {"Trimestre", CellFormat::text},
                   {"Changement", CellFormat::text},        {"Chiffre publié", CellFormat::text}};
  std::vector<TerritoryId> shown;
  for (NodeIndex node : scope.rows) shown.push_back(dataset.tree().node(node).territory);
  for (auto batch = history.rbegin(); batch != history.rend(); ++batch) {
    if (!batch->revision) continue;
    for (const std::vector<FigureChange>* changes : {&batch->added, &batch->changed, &batch->removed}) {
      for (const FigureChange& change : *changes) {
        const StoredKey& key = change.key;
        std::optional<IndicatorId> indicator = dataset.indicators().match(key.indicator);
        std::optional<Period> period = parse_period(key.period);
        std::optional<TerritoryId> territory;
        for (TerritoryLevel level : {TerritoryLevel::departement, TerritoryLevel::region, TerritoryLevel::country})
          if (level_name(level) == key.territory_level) territory = dataset.territories().find(level, key.territory);
        if (!indicator || !period || !territory) continue;
        if (std::find(shown.begin(), shown.end(), *territory) == shown.end()) continue;
        const Cell* cell = dataset.cell(*indicator, *territory, *period);
        const Indicator& about = dataset.indicators().at(*indicator);
        std::vector<SheetCell> row = text_row({iso_date_fr(batch->read_at.substr(0, 10)), batch->file, batch->source,
                                               about.code + " : " + about.label,
                                               dataset.territories().at(*territory).name, period->french_label(),
                                               change_fr(change)});
        // The figure as published now, through the Dataset's rules: a revised
        // value that secrecy hides stays "s".
        Figure figure = cell ? cell->figure : Figure{};
        std::string shown = published_value_fr(figure);
        std::string legend = figure.visible() ? "" : std::string(shown == "s" ? kSecretLegend : kMissingLegend);
        if (figure.visible() && about.unit == "%") shown += " %";
        row.push_back(SheetCell::of_text(shown, legend));
        sheet.rows.push_back(std::move(row));
      }
    }
  }
  if (sheet.rows.empty()) {
    // Said in the first column, where a reader starts: the other columns stay empty.
    sheet.rows.push_back(text_row({std::string(kNoRevision), "", "", "", "", "", "", ""}));
  }
  return sheet;
}

}  // namespace

std::string iso_date_fr(const std::string& iso) {
  static constexpr const char* kMonths[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                            "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  int year = 0, month = 0, day = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 || month < 1 || month > 12 || day < 1 ||
      day > 31)
    return iso;
  return (day == 1 ? std::string("1er") : std::to_string(day)) + " " + kMonths[month - 1] + " " +
         std::to_string(year);
}

std::vector<std::size_t> quarter_indexes(const Dataset& dataset) {
  std::vector<std::size_t> quarters;
  const std::vector<Period>& periods = dataset.periods().all();
  for (std::size_t i = 0; i < periods.size(); ++i)
    if (periods[i].kind == Period::Kind::quarter) quarters.push_back(i);
  return quarters;
}

WorkbookDescription annex_workbook(const Dataset& dataset, const AnnexContext& context, const AnnexScope& scope,
                                   const std::vector<BatchHistory>& history) {
  const std::vector<std::size_t> quarters = quarter_indexes(dataset);
  WorkbookDescription workbook;
  workbook.title = scope.title;
  workbook.subject = "Indicateurs de l'emploi des personnes handicapées : chiffres trimestriels, définitions, "
                     "sources et révisions";
  workbook.author = context.partnership;
  workbook.company = context.partnership;
  workbook.keywords = "PRITH, emploi, handicap, annexe statistique";
  workbook.comments = "Annexe produite par prith à partir des exports des partenaires.";
  workbook.created = context.publication_date;

  const std::vector<std::string> indicator_sheets = indicator_sheet_names(dataset);
  // The footer names the partners who give the figures, then who publishes them.
  // (The annex's title is in the file's properties and on Lisez-moi: the footer stays short.)
  const std::string published =
      " ; traitement : " + context.partnership + ", publié le " + iso_date_fr(context.publication_date);
  std::string sources;
  for (const auto& [code, date] : source_dates(dataset)) {
    auto label = context.source_labels.find(code);
    sources += (sources.empty() ? "" : ", ") + (label == context.source_labels.end() ? code : label->second);
  }
  std::string footer = "Sources : " + sources + published;
  if (sources.empty() || footer.size() > 200) footer = "Sources : voir la feuille Lisez-moi" + published;
  workbook.sheets.push_back(read_me(dataset, context, scope, quarters, indicator_sheets));
  workbook.sheets.push_back(definitions(dataset, context, indicator_sheets));
  for (SheetDescription& sheet : workbook.sheets) sheet.footer = footer;
  for (IndicatorId id = 0; id < dataset.indicators().all().size(); ++id) {
    const Indicator& indicator = dataset.indicators().at(id);
    auto source = context.source_labels.find(indicator.source);
    const std::string indicator_footer =
        indicator.source.empty()
            ? footer
            : "Source : " + (source == context.source_labels.end() ? indicator.source : source->second) + published;
    workbook.sheets.push_back(
        indicator_sheet(dataset, id, scope.rows, quarters, scope.regional, indicator_footer));
    workbook.sheets.back().name = indicator_sheets[id];
    workbook.sheets.back().table_name = table_name(indicator_sheets[id]);
  }
  workbook.sheets.push_back(revisions(dataset, scope, history));
  workbook.sheets.back().footer = footer;
  return workbook;
}

}  // namespace prith
