// libFuzzer target: io::read_w3c_annotations on any bytes. An input starting with '{' or '['
// is W3C JSON alone (the article inside it, as Newsmark writes it); otherwise its first line is
// the article given beside the JSON, so the fuzzer also varies the text selectors point into.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/formats/w3c_annotation.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const bool json_only = !input.empty() && (input[0] == '{' || input[0] == '[');
  const std::size_t nl = json_only ? std::string_view::npos : input.find('\n');
  auto article = newsmark::load_document(input.substr(0, nl == std::string_view::npos ? 0 : nl), {});
  if (!article) return 0;
  auto r = newsmark::io::read_w3c_annotations(nl == std::string_view::npos ? input : input.substr(nl + 1),
                                              json_only ? nullptr : &article->document);
  if (!r) return 0;
  // What was read writes out and reads back the same.
  auto again = newsmark::io::read_w3c_annotations(newsmark::io::write_w3c_annotations(r->document, r->annotations));
  if (!again || !(again->annotations.annotations == r->annotations.annotations)) std::abort();
  return 0;
}
