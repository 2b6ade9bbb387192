// How the home page and the source pages tell what a partner sent: which
// quarters each file brought, and in plain French ("chiffres du T3 2026
// transmis"), never the store's words (batch, observations).
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/dataset.h"
#include "store/history.h"

namespace prith {

// The quarters of the figures each file brought, by (file, read_at): the
// published figures whose provenance it is, and for a revision the
// quarters of the figures it added, changed or removed.
using BatchQuarters = std::map<std::pair<std::string, std::string>, std::set<Period>>;
BatchQuarters quarters_by_batch(const Dataset& dataset, const std::vector<BatchHistory>& history);

// "du T3 2026", "des trimestres T1 2026 et T3 2026", "du T4 2023 au T3
// 2026" (three or more quarters in a row); "" when empty.
std::string quarters_fr(const std::set<Period>& quarters);

// What the batch was, for a reader: "premier envoi", "révision : 2 chiffres
// modifiés…", "fichier refusé, aucun de ses chiffres n’est publié".
std::string batch_nature_fr(const BatchHistory& batch);

// What the home page says after "<partner> : ", worded so that it agrees
// with any partner's name, singular or plural ("Maisons départementales…"):
// "chiffres du T3 2026 transmis", "chiffres du T2 2026 révisés (1 chiffre
// modifié…)", "fichier refusé, aucun de ses chiffres n’est publié".
std::string batch_sentence_fr(const BatchHistory& batch, const std::set<Period>& quarters);

// The file's name without its folders ("deboe-2026-T3.csv").
std::string file_name_only(const std::string& path);

}  // namespace prith
