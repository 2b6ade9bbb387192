#include "render/opendata/open_data.h"

#include "render/opendata/catalogue_csvs.h"
#include "render/opendata/figures_csv.h"
#include "render/opendata/revisions_csv.h"

namespace prith {

std::vector<DataFile> write_open_data(const Dataset& dataset, const Project& project,
                                      const std::vector<BatchHistory>& history, OutputFolder& output) {
  std::vector<DataFile> files;
  auto write = [&](DataFile file, const std::string& text) {
    output.write(file.path, text);
    files.push_back(std::move(file));
  };
  write(figures_file(), figures_csv(dataset));
  write(indicators_file(), indicators_csv(dataset));
  write(territories_file(), territories_csv(dataset));
  write(sources_file(), sources_csv(dataset, project, history));
  write(revisions_file(), revisions_csv(dataset, history));
  return files;
}

}  // namespace prith
