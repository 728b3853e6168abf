// libFuzzer target: HTML article extraction on any bytes; the text it gives must load as a
// document (valid UTF-8 after repair, within limits).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/formats/html_text.h"
#include "core/model/document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  (void)newsmark::io::looks_like_html(input);
  const newsmark::io::HtmlArticle a = newsmark::io::extract_html_article(input);
  if (a.text.size() > input.size() * 4 + 16) std::abort();  // entities never blow text up
  if (!a.date.empty() && a.date.size() != 10) std::abort();
  auto doc = newsmark::load_document(a.text, {});
  if (!doc && a.text.size() <= newsmark::kMaxTextBytes) std::abort();
  return 0;
}
