// libFuzzer target: the whole engine on any bytes (repaired as a paste would be), then the
// Newsmark JSON of the result read back: every span the engine makes must be valid.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/engine.h"
#include "io/json/newsmark_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const newsmark::Engine engine = newsmark::Engine::create().value();
  auto doc = newsmark::load_document(std::string_view(reinterpret_cast<const char*>(data), size), {"", "2026-03-09", "", "en"});
  if (!doc) return 0;
  const newsmark::Analysis a = engine.analyze(doc->document);
  auto back = newsmark::io::read_newsmark_json(newsmark::io::write_newsmark_json(doc->document, &a.annotations, false));
  if (!back) std::abort();
  return 0;
}
