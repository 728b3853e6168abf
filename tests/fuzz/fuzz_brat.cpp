// libFuzzer target: io::read_brat on any bytes: the text before the first NUL byte is the
// article, the rest its .ann.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/formats/brat.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = input.find('\0');
  const std::string_view txt = nul == std::string_view::npos ? std::string_view() : input.substr(0, nul);
  const std::string_view ann = nul == std::string_view::npos ? input : input.substr(nul + 1);
  auto r = newsmark::io::read_brat(txt, ann);
  if (!r) return 0;
  const newsmark::io::BratFiles files = newsmark::io::write_brat(r->document, r->annotations);
  auto again = newsmark::io::read_brat(files.txt, files.ann);
  if (!again || !(again->annotations.annotations == r->annotations.annotations)) std::abort();
  return 0;
}
