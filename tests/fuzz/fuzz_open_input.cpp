// libFuzzer target: io::open_input, what a dropped file goes through (format detection, then
// the reader it picks), under the file names users drop; then every export of what opened.
#include <cstdint>
#include <string>
#include <vector>

#include "io/formats.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"a.txt", "a.json", "a.jsonld", "a.html", "a.ann", ""};
  const std::string name = kNames[data[0] % 6];
  std::vector<newsmark::io::InputFile> files{{name, std::string(reinterpret_cast<const char*>(data) + 1, size - 1)}};
  auto r = newsmark::io::open_input(files);
  if (!r) return 0;
  for (const newsmark::io::FormatInfo& f : newsmark::io::formats()) {
    (void)newsmark::io::export_document(f.format, r->document, r->annotations, {}, {}, "x");
  }
  return 0;
}
