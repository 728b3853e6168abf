// libFuzzer target: the name model reader (core/names/name_model.h). Any bytes either give a
// model, which must write back to the same bytes and tag a sentence without trouble, or an
// error with a message.
#include <cstdint>
#include <cstdlib>
#include <span>
#include <vector>

#include "core/engine.h"
#include "core/names/name_model.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto model = newsmark::NameModel::read(std::span<const unsigned char>(data, size));
  if (!model) {
    if (model.error().message.empty()) std::abort();
    return 0;
  }
  const std::vector<unsigned char> back = model->write();
  if (back.size() != size || !std::equal(back.begin(), back.end(), data)) std::abort();
  static const newsmark::Lexicons* lex = [] {
    auto l = newsmark::Lexicons::load_builtin();
    if (!l) std::abort();
    return new newsmark::Lexicons(std::move(l).value());
  }();
  const newsmark::Engine engine(newsmark::Lexicons(*lex), std::move(model).value());
  auto doc = newsmark::load_document("Senator Ana Ruiz of Ohio met Halvorsen Motors in Oslo on Monday.", {});
  if (!doc) std::abort();
  newsmark::AnalyzeOptions opt;
  opt.name_strategy = newsmark::NameStrategy::model;
  opt.measures = opt.times = opt.quotes = false;
  const auto a = engine.analyze(doc->document, opt);
  for (const auto& ann : a.annotations.annotations) {
    if (ann.span.end > doc->document.text().size() || ann.span.begin >= ann.span.end) std::abort();
  }
  return 0;
}
