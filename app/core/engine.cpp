#include "core/engine.h"

#include "core/clustering.h"
#include "core/names.h"
#include "core/numbers.h"

#include <unordered_map>

namespace newsmark {
namespace {

bool continues(std::string_view abbreviation, const void* context) {
  return static_cast<const Lexicons*>(context)->continues_sentence(abbreviation);
}

}  // namespace

Result<Engine> Engine::create() {
  auto lex = Lexicons::load_builtin();
  if (!lex) return lex.error();
  return Engine(std::move(lex).value());
}

Analysis Engine::analyze(const Document& doc, const AnalyzeOptions& options) const {
  Analysis a;
  const std::string& text = doc.text();
  a.tokens = tokenize(text, lex_.abbreviation_test());
  a.sentences = split_sentences(text, a.tokens, continues, &lex_);
  AnnotationSet& set = a.annotations;
  std::size_t next_id = 1;
  auto new_id = [&] { return "a" + std::to_string(next_id++); };

  if (options.names) {
    const std::vector<NameMention> names = find_names(text, a.tokens, a.sentences, lex_);
    std::vector<std::string> ids;
    ids.reserve(names.size());
    for (const NameMention& m : names) {
      Annotation ann;
      ann.id = new_id();
      ann.span = m.span;
      ann.label = std::string(m.label);
      ann.confidence = m.confidence;
      ann.set_attr("rule", std::string(m.rule));
      ids.push_back(ann.id);
      set.annotations.push_back(std::move(ann));
    }
    set.entities = cluster_mentions(text, names, ids);
    // Each name annotation points at its entity (names were appended first, in order).
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < set.annotations.size(); ++k) index.emplace(set.annotations[k].id, k);
    for (const Entity& e : set.entities) {
      for (const std::string& id : e.mentions) set.annotations[index.at(id)].set_attr("entity", e.id);
    }
  }
  if (options.measures) {
    for (const MeasureMention& m : find_measures(text, a.tokens)) {
      Annotation ann;
      ann.id = new_id();
      ann.span = m.span;
      ann.label = std::string(m.label);
      ann.confidence = m.label == labels::kCardinal ? 0.7f : 0.9f;
      ann.set_attr("value", format_number(m.value));
      if (m.is_range) ann.set_attr("value_max", format_number(m.value_max));
      if (!m.unit.empty()) ann.set_attr("unit", m.unit);
      if (!m.modifier.empty()) ann.set_attr("mod", m.modifier);
      set.annotations.push_back(std::move(ann));
    }
  }
  set.sort_by_position();
  return a;
}

}  // namespace newsmark
