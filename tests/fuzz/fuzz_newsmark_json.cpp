// libFuzzer target: io::read_newsmark_json on any bytes. A success must survive a write and a
// second read unchanged (the reader accepts only what the model can hold).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/json/newsmark_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto r = newsmark::io::read_newsmark_json(input);
  if (!r) return 0;
  const std::string json = newsmark::io::write_newsmark_json(r->document, &r->annotations, false);
  auto again = newsmark::io::read_newsmark_json(json);
  if (!again || !(again->annotations == r->annotations) || again->document.text() != r->document.text()) std::abort();
  return 0;
}
