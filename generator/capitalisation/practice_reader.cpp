#include "capitalisation/practice_reader.h"

#include "capitalisation/content_values.h"
#include "capitalisation/front_matter.h"
#include "capitalisation/markdown_html.h"
#include "catalogue/text_folding.h"
#include "core/slug.h"
#include "ingest/csv_reader.h"
#include "ingest/xlsx_reader.h"

namespace prith {

const std::vector<HeaderField>& practice_fields() {
  static const std::vector<HeaderField> fields = {
      {"id", {"identifiant", "id", "code", "reference", "ref"}, false, "Identifiant"},
      {"title", {"titre", "intitule", "nom", "nom de la pratique", "pratique", "titre de la fiche"}, true, "Titre"},
      {"departements", {"departements", "departement", "departement s", "territoires", "territoire", "territoire s",
                        "dept", "depts", "dep"}, true,
       "Départements"},
      {"axis", {"axe", "axe thematique", "thematique", "axe du prith"}, true, "Axe"},
      {"kind", {"type", "nature", "type de ressource", "categorie", "genre"}, true, "Type"},
      {"publics", {"public", "publics", "public cible", "publics cibles", "cible"}, false, "Public"},
      {"partners", {"partenaires", "partenaires impliques", "acteurs", "structures"}, false, "Partenaires"},
      {"summary", {"resume", "description", "descriptif", "presentation", "objectif"}, true, "Résumé"},
      {"results", {"resultats", "resultats observes", "effets", "bilan", "effets observes"}, false, "Résultats"},
      {"contact", {"contact", "referent", "contact referent", "pour en savoir plus"}, false, "Contact"},
      {"links", {"liens", "lien", "url", "site", "site web", "adresse web"}, false, "Liens"},
      {"documents", {"documents", "pieces jointes", "documents joints", "annexes", "document"}, false, "Documents"},
      {"indicators", {"indicateurs", "indicateurs vises", "indicateurs suivis", "indicateur"}, false, "Indicateurs"},
      {"start", {"date de debut", "debut", "date de lancement", "lancement", "depuis", "demarrage"}, false,
       "Date de début"},
      {"status", {"statut", "etat", "etat d avancement"}, false, "Statut"},
      {"last_update", {"derniere mise a jour", "mise a jour", "maj", "date de mise a jour", "actualise le",
                       "date de maj"},
       false, "Dernière mise à jour"},
  };
  return fields;
}

namespace {

std::optional<Practice> build_practice(ContentFields& fields, const ContentContext& context,
                                       const std::string& file_label) {
  bool complete = fields.require_mandatory(practice_fields());
  Practice practice;
  practice.title = fields.text("title");
  practice.departements = fields.departements("departements");
  practice.axis = fields.entry("axis", context.catalogues.axes, DiagnosticCode::axis_unknown, Severity::error, "Axe",
                               "la fiche est ignorée");
  practice.kind = fields.entry("kind", context.catalogues.kinds, DiagnosticCode::kind_unknown, Severity::error, "Type",
                               "la fiche est ignorée");
  practice.status = fields.entry("status", context.catalogues.practice_statuses, DiagnosticCode::status_unknown,
                                 Severity::warning, "Statut", "le statut est laissé vide");
  practice.publics = fields.publics("publics");
  practice.partners = fields.list("partners");
  practice.summary = fields.text("summary");
  practice.results = fields.text("results");
  practice.contact = fields.contact("contact");
  practice.links = fields.links("links");
  practice.documents = fields.list("documents");
  practice.indicators = fields.indicators("indicators");
  practice.start_date = fields.date("start", "Date de début");
  practice.last_update = fields.date("last_update", "Dernière mise à jour");
  practice.stale = fields.stale(practice.last_update, "last_update");
  practice.id = slug(fields.text("id").empty() ? practice.title : fields.text("id"));
  practice.origin = {file_label, fields.row_place()};
  // Each reason was reported where it was found (unknown département, axis or kind, missing field).
  if (!complete || practice.departements.empty() || practice.axis.empty() || practice.kind.empty()) return std::nullopt;
  return practice;
}

}  // namespace

void read_spreadsheet(const std::filesystem::path& path, HeaderTable& table, std::vector<Diagnostic>& diagnostics) {
  std::string extension = path.extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::optional<Refusal> refusal = extension == ".xlsx" ? read_xlsx_file(path.string(), table, diagnostics)
                                                        : read_csv_file(path.string(), table, diagnostics);
  if (refusal) diagnostics.push_back(file_diagnostic(Severity::error, refusal->code, "", refusal->message));
}

std::vector<Practice> read_practice_table(const std::filesystem::path& path, const std::string& file_label,
                                          const ContentContext& context, std::vector<Diagnostic>& diagnostics) {
  std::vector<Practice> practices;
  // A mandatory column missing from the header is reported once there; a
  // blank mandatory cell once on its row (HeaderTable).
  HeaderTable table(practice_fields(), file_label, diagnostics);
  table.on_record = [&](const HeaderRecord& record) {
    ContentFields values = ContentFields::from_record(context, diagnostics, record);
    if (std::optional<Practice> practice = build_practice(values, context, file_label)) {
      practices.push_back(std::move(*practice));
    }
  };
  read_spreadsheet(path, table, diagnostics);
  return practices;
}

ContentFields front_matter_fields(const MarkdownDocument& document, const std::vector<HeaderField>& fields,
                                  const ContentContext& context, std::vector<Diagnostic>& diagnostics) {
  ContentFields values(context, diagnostics, SourcePlace{1, 0, ""});
  for (const FrontMatterEntry& entry : document.entries) {
    std::string folded = fold_for_matching(entry.key);
    const HeaderField* known = nullptr;
    for (const HeaderField& field : fields) {
      if (std::find(field.synonyms.begin(), field.synonyms.end(), folded) != field.synonyms.end()) known = &field;
    }
    if (known == nullptr) {
      values.report(Severity::warning, DiagnosticCode::front_matter_key_unknown, {entry.line, 1, ""}, entry.key,
                    "Clé « " + entry.key + " » inconnue dans l'en-tête : ignorée (voir docs/capitalisation.md).");
      continue;
    }
    RawCell cell;
    cell.kind = CellKind::text;
    cell.text = entry.value;
    cell.column = 1;
    values.set(known->code, FieldValue{entry.value, entry.items, cell, {entry.line, 1, ""}, false});
  }
  return values;
}

std::optional<Practice> read_practice_markdown_text(std::string_view text, const std::string& file_label,
                                                    const ContentContext& context,
                                                    std::vector<Diagnostic>& diagnostics) {
  MarkdownDocument document = parse_markdown_document(text, file_label, diagnostics);
  if (!document.readable) return std::nullopt;
  ContentFields values = front_matter_fields(document, practice_fields(), context, diagnostics);
  std::optional<Practice> practice = build_practice(values, context, file_label);
  if (!practice) return std::nullopt;
  if (!values.has("id")) practice->id = slug(std::filesystem::path(file_label).stem().string());
  practice->body_html = markdown_to_html(document.body);
  return practice;
}

}  // namespace prith
