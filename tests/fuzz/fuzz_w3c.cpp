// libFuzzer target: io::read_w3c_annotations on any bytes, with an article beside it (the
// first line of the input, so the fuzzer also varies the text the selectors point into).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/w3c_annotation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nl = input.find('\n');
  auto article = newsmark::load_document(input.substr(0, nl == std::string_view::npos ? 0 : nl), {});
  if (!article) return 0;
  auto r = newsmark::io::read_w3c_annotations(nl == std::string_view::npos ? input : input.substr(nl + 1), &article->document);
  if (!r) return 0;
  // What was read writes out and reads back the same.
  auto again = newsmark::io::read_w3c_annotations(newsmark::io::write_w3c_annotations(r->document, r->annotations));
  if (!again || !(again->annotations.annotations == r->annotations.annotations)) std::abort();
  return 0;
}
