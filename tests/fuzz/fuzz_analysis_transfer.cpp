// libFuzzer target: io::decode_analysis. The bytes before the first NUL are an article; its
// analysis is encoded, must decode to the same annotations, and is then damaged by the bytes
// after the NUL (each three: a position in the encoding, two bytes, and a value to write
// there), which the decoder must refuse or read without going wrong.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/engine.h"
#include "io/json/analysis_transfer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto engine = newsmark::Engine::create();
  if (!engine) std::abort();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  auto loaded = newsmark::load_document(std::string(input.substr(0, nul)), {});
  if (!loaded) return 0;
  const newsmark::Document& doc = loaded->document;
  const newsmark::Analysis analysis = engine->analyze(doc);
  std::string bytes = newsmark::io::encode_analysis(analysis);
  auto back = newsmark::io::decode_analysis(bytes, doc.text().size());
  if (!back || !(back->annotations == analysis.annotations) || back->tokens.size() != analysis.tokens.size()) std::abort();
  if (nul == std::string_view::npos) return 0;
  const std::string_view damage = input.substr(nul + 1);
  for (std::size_t i = 0; i + 2 < damage.size(); i += 3) {
    const std::size_t at = (static_cast<unsigned char>(damage[i]) << 8 | static_cast<unsigned char>(damage[i + 1])) % bytes.size();
    bytes[at] = damage[i + 2];
  }
  auto damaged = newsmark::io::decode_analysis(bytes, doc.text().size());
  if (damaged) {
    for (const newsmark::Annotation& a : damaged->annotations.annotations) {
      if (a.span.end > doc.text().size() || a.span.begin > a.span.end) std::abort();
    }
  }
  return 0;
}
