#include "capitalisation/content_values.h"

#include <doctest/doctest.h>

using namespace prith;

TEST_CASE("dates as working groups write them") {
  CHECK(parse_content_date("2025-03-01") == "2025-03-01");
  CHECK(parse_content_date(" 01/03/2025 ") == "2025-03-01");
  CHECK(parse_content_date("1/3/2025") == "2025-03-01");
  CHECK(parse_content_date("mars 2025") == "2025-03-01");
  CHECK(parse_content_date("Décembre 2024") == "2024-12-01");
  CHECK(parse_content_date("2025-03") == "2025-03-01");
  CHECK_FALSE(parse_content_date("31/02/2025"));
  CHECK_FALSE(parse_content_date("2025-13-01"));
  CHECK_FALSE(parse_content_date("bientôt"));
  CHECK_FALSE(parse_content_date("T3 2025"));
  CHECK_FALSE(parse_content_date(""));
  RawCell serial;
  serial.kind = CellKind::date;
  serial.number = 45717;  // 2025-03-01 in the 1900 system
  CHECK(parse_content_date(serial, false) == "2025-03-01");
  serial.kind = CellKind::number;
  CHECK(parse_content_date(serial, false) == "2025-03-01");
  CHECK(date_fr("2025-03-01") == "01/03/2025");
  CHECK(days_between("2026-05-16", "2026-11-15") == 183);
}

TEST_CASE("lists, links") {
  CHECK(split_list("Cap emploi 44, France Travail ; Agefiph|Cap emploi 44") ==
        std::vector<std::string>{"Cap emploi 44", "France Travail", "Agefiph"});
  CHECK(split_list(" , ").empty());
  CHECK(is_http_link("https://www.agefiph.fr/aides"));
  CHECK(is_http_link("HTTP://exemple.fr"));
  CHECK_FALSE(is_http_link("javascript:alert(1)"));
  CHECK_FALSE(is_http_link("www.agefiph.fr"));
  CHECK_FALSE(is_http_link("file:///etc/passwd"));
  CHECK_FALSE(is_http_link("https://"));
  CHECK_FALSE(is_http_link("https://a.fr/\"onclick"));
}

TEST_CASE("contacts: functional mailboxes pass, a person's address does not") {
  CHECK_FALSE(looks_like_personal_email("contact@capemploi53.fr"));
  CHECK_FALSE(looks_like_personal_email("accueil@capemploi85.fr"));
  CHECK_FALSE(looks_like_personal_email("Service entreprises, Cap emploi 72"));
  CHECK_FALSE(looks_like_personal_email("maintien-emploi@capemploi44.fr"));
  CHECK_FALSE(looks_like_personal_email("pdp.44@assurance-maladie.fr"));
  CHECK(looks_like_personal_email("marie.durand@capemploi53.fr"));
  CHECK(looks_like_personal_email("Écrire à jean-pierre_martin@francetravail.fr"));
  CHECK(looks_like_personal_email("cellule@gmail.com"));
}

TEST_CASE("progress") {
  RawCell text;
  text.kind = CellKind::text;
  text.text = "45 %";
  CHECK(parse_progress(text) == 45);
  text.text = "12,5";
  CHECK(parse_progress(text) == 12.5);
  text.text = "la moitié";
  CHECK_FALSE(parse_progress(text));
  RawCell percent;
  percent.kind = CellKind::number;
  percent.number = 0.45;
  percent.percent = true;
  CHECK(parse_progress(percent) == doctest::Approx(45));
}
