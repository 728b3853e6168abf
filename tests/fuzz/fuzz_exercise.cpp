// libFuzzer target: exercises as they reach the app — an exercise link's JSON (read_newsmark_json
// with its "exercise"), or an exercise's source text (*.exercise.txt) — and then the scoring
// and class results a teacher would get from them: the file's annotations scored against its
// key, and against itself as a class of two.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/classroom/class_results.h"
#include "io/classroom/exercise_source.h"
#include "io/json/newsmark_json.h"

namespace {

void score(const newsmark::io::ImportedDocument& doc) {
  if (!doc.exercise) return;
  const newsmark::Exercise& ex = *doc.exercise;
  const auto answers = newsmark::answers_of(doc.annotations.annotations, ex.task);
  const auto s = newsmark::score_answers(ex.key, answers, ex.task.labels);
  if (s.total.f1 < 0 || s.total.f1 > 1 || s.total.precision < 0 || s.total.recall > 1) std::abort();
  std::vector<newsmark::ByteSpan> words;
  for (std::uint32_t i = 0; i + 4 <= doc.document.text().size(); i += 4) words.push_back({i, i + 3});
  const auto r = newsmark::class_results(ex.key, {{"a", answers}, {"b", ex.key}}, ex.task.labels, words);
  for (const auto& a : r.agreement) {
    if (a.kappa && (*a.kappa < -1.0000001 || *a.kappa > 1.0000001)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto r = newsmark::io::read_newsmark_json(input)) {
    score(*r);
    // What the app writes back of an exercise reads back the same.
    const std::string again = newsmark::io::write_newsmark_json(r->document, &r->annotations, false, r->exercise ? &*r->exercise : nullptr);
    auto back = newsmark::io::read_newsmark_json(again);
    if (!back || back->exercise != r->exercise) std::abort();
  }
  if (auto s = newsmark::io::read_exercise_source(input)) score(*s);
  return 0;
}
