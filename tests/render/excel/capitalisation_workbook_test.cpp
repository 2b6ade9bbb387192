// The capitalisation workbook read back with openpyxl, its XML and
// LibreOffice (check_workbook.py): its four sheets, the numbers in their
// cells with their formats, a secret result "s" with a comment that does not
// give it away.
#include "render/excel/capitalisation_workbook.h"

#include <doctest/doctest.h>

#include <Poco/JSON/Array.h>

#include "../capitalisation_sample.h"
#include "render/excel/workbook_writer.h"
#include "workbook_check.h"

using namespace prith;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

Object::Ptr cell(const std::string& sheet, const std::string& place, const Poco::Dynamic::Var& value) {
  Object::Ptr item = new Object;
  item->set("sheet", sheet);
  item->set("cell", place);
  item->set("value", value);
  return item;
}

}  // namespace

TEST_CASE("the capitalisation workbook reads back: sheets, cells, formats, secret results") {
  test::CapitalisationSample sample;
  OutputFolder out(sample.folder.path() / "site");
  std::optional<AnnexFile> file = write_capitalisation_workbook(sample.content, *sample.dataset, *sample.project, out);
  REQUIRE(file);
  CHECK(file->path == "annexes/pratiques-et-actions-2025-T3.xlsx");
  CHECK(file->territory.empty());  // no territory page takes it for its own annex

  Object expected;
  expected.set("title", "Pratiques, plans d'action et expérimentations, T3 2025");
  expected.set("author", "PRITH Test");
  expected.set("created", "2026-11-15");
  Array::Ptr sheets = new Array;
  for (const char* name : {"Lisez-moi", "Pratiques", "Plans d'action", "Résultats des expérimentations"})
    sheets->add(std::string(name));
  expected.set("sheets", sheets);
  Array::Ptr cells = new Array;
  cells->add(cell("Pratiques", "A2", std::string("p1-reperage-44")));
  cells->add(cell("Pratiques", "C2", std::string("Loire-Atlantique (44), Mayenne (53)")));
  cells->add(cell("Pratiques", "D2", std::string("Repérage")));
  Object::Ptr progress = cell("Plans d'action", "L2", 0.4);
  progress->set("number_format", "0.0%");
  cells->add(progress);
  cells->add(cell("Plans d'action", "O2", std::string("oui")));
  cells->add(cell("Résultats des expérimentations", "D2", 12.0));
  cells->add(cell("Résultats des expérimentations", "B4", std::string("2025-T2")));
  Object::Ptr share = cell("Résultats des expérimentations", "D3", 0.615);
  share->set("number_format", "0.0%");
  cells->add(share);
  expected.set("cells", cells);
  // 2025-T2: entries (row 4) secret, 3 people.
  Array::Ptr hidden = new Array;
  Object::Ptr secret = new Object;
  secret->set("sheet", "Résultats des expérimentations");
  secret->set("cell", "D4");
  secret->set("value", 3);
  hidden->add(secret);
  expected.set("hidden", hidden);
  Object::Ptr tables = new Object;
  Object::Ptr practices = new Object;
  practices->set("name", "Pratiques");
  practices->set("ref", "A1:P5");
  tables->set("Pratiques", practices);
  expected.set("tables", tables);
  Array::Ptr libreoffice = new Array;
  Object::Ptr title = new Object;
  title->set("sheet", "Plans d'action");
  title->set("row", 1);
  title->set("column", 3);
  title->set("text", "Annuaire des acteurs");
  libreoffice->add(title);
  expected.set("libreoffice", libreoffice);
  test::CheckResult result = test::check_workbook(out.root() / file->path, expected);
  INFO(result.output);
  CHECK(result.status == 0);
}

TEST_CASE("no content, no workbook") {
  test::CapitalisationSample sample;
  OutputFolder out(sample.folder.path() / "site");
  CHECK_FALSE(write_capitalisation_workbook(Capitalisation{}, *sample.dataset, *sample.project, out));
}
