#include "core/engine.h"

#include "core/sources/attribution.h"
#include "core/names/clustering.h"
#include "core/model/label_set.h"
#include "core/names/names.h"
#include "core/numbers/numbers.h"
#include "core/sources/sourcing_summary.h"
#include "core/time/timeline.h"
#include "core/time/timex.h"

#include <charconv>

namespace newsmark {
namespace {

std::string relation_id(std::size_t n) {
  char id[16] = "r";
  const auto [end, ec] = std::to_chars(id + 1, id + sizeof id, n);
  return std::string(id, end);
}

// Sources point at the entity they stand for; quotes at their speaker and cue, by attribute
// and by relation (speaker-of: SOURCE -> QUOTE, cue-of: CUE -> QUOTE).
void link_attribution(const Attribution& att, std::span<const std::int32_t> entity_of,
                      std::span<const std::uint32_t> quote_at, std::span<const std::uint32_t> source_at,
                      std::span<const std::uint32_t> cue_at, AnnotationSet& set) {
  auto entity_id = [&](std::int32_t name) -> const Entity* {
    if (name < 0 || static_cast<std::size_t>(name) >= entity_of.size()) return nullptr;
    const std::int32_t e = entity_of[static_cast<std::size_t>(name)];
    return e < 0 ? nullptr : &set.entities[static_cast<std::size_t>(e)];
  };
  for (std::size_t k = 0; k < att.sources.size(); ++k) {
    Annotation& ann = set.annotations[source_at[k]];
    if (const Entity* e = entity_id(att.sources[k].name)) ann.add_attr("entity", e->id);
    if (const Entity* e = entity_id(att.sources[k].org)) ann.add_attr("org", e->id);
  }
  set.relations.reserve(set.relations.size() + 2 * att.quotes.size());
  for (std::size_t k = 0; k < att.quotes.size(); ++k) {
    const QuoteMention& q = att.quotes[k];
    Annotation& ann = set.annotations[quote_at[k]];
    if (q.source != kNoIndex) {
      const Annotation& src = set.annotations[source_at[static_cast<std::size_t>(q.source)]];
      ann.add_attr("speaker", src.id);
      if (const Entity* e = entity_id(att.sources[static_cast<std::size_t>(q.source)].name)) {
        ann.add_attr("speaker_entity", e->id);
      }
      set.relations.push_back(Relation{relation_id(set.relations.size() + 1), "speaker-of", src.id, ann.id});
    }
    if (q.cue != kNoIndex) {
      const Annotation& cue = set.annotations[cue_at[static_cast<std::size_t>(q.cue)]];
      ann.add_attr("cue", cue.id);
      set.relations.push_back(Relation{relation_id(set.relations.size() + 1), "cue-of", cue.id, ann.id});
    }
    if (q.continued) ann.add_attr("continued", "true");
  }
}

}  // namespace

Result<Engine> Engine::create() {
  auto lex = Lexicons::load_builtin();
  if (!lex) return lex.error();
  Engine engine(std::move(lex).value());
  engine.use_name_model(embedded_name_model());
  return engine;
}

void Engine::use_name_model(std::span<const unsigned char> bytes) {
  auto model = NameModel::read(bytes);
  names_ = model ? std::move(model).value() : NameModel{};
  names_problem_ = model ? std::string() : model.error().message + "; names come from the rules alone";
}

// Where each stage begins, as a share of the whole analysis, measured on 8 MB of generated
// news (tests/bench/news_generator) natively.
constexpr float kStartSentences = 0.03f;
constexpr float kStartNames = 0.034f;
constexpr float kStartNameModel = 0.11f;  // the trained tagger: over half of the time
constexpr float kStartMeasures = 0.69f;
constexpr float kStartTimes = 0.72f;
constexpr float kStartEntities = 0.77f;
constexpr float kStartQuotes = 0.78f;
constexpr float kStartAnnotations = 0.84f;
constexpr float kStartTimeline = 0.95f;

Analysis Engine::analyze(const Document& doc, const AnalyzeOptions& options) const {
  Analysis a;
  const std::string& text = doc.text();
  const auto stage = [&](float done, std::string_view name) {
    if (options.progress) options.progress(done, name);
  };
  stage(0.0f, "words");
  a.tokens = tokenize(text, lex_.abbreviation_test());
  stage(kStartSentences, "sentences");
  a.sentences = split_sentences(text, a.tokens, Lexicons::continues_sentence_of, &lex_);
  AnnotationSet& set = a.annotations;
  stage(kStartNames, "names");
  std::vector<NameMention> names;
  if (options.names) {
    names = find_names(text, a.tokens, a.sentences, lex_);
    if (options.name_strategy != NameStrategy::rules && !names_.empty()) {
      stage(kStartNameModel, "names");
      const auto within = [&](float share) { stage(kStartNameModel + share * (kStartMeasures - kStartNameModel), "names"); };
      names = tag_names(text, a.tokens, a.sentences, lex_, names_, names, options.name_strategy, within);
    }
  }
  stage(kStartMeasures, "numbers and measures");
  const std::vector<MeasureMention> measures = options.measures ? find_measures(text, a.tokens)
                                                                : std::vector<MeasureMention>{};
  // Both lists are in text order: merge them so annotations (and their ids) are too, without
  // sorting the heavier Annotation objects afterwards.
  // The DCT: given with the document, or read from its dateline.
  std::optional<IsoDate> dct;
  if (!doc.info().dct.empty()) {
    if (auto d = parse_iso_date(doc.info().dct)) dct = *d;
  }
  if (!dct && options.times) {
    dct = detect_dct(text, a.tokens);
    a.dct_detected = dct.has_value();
  }
  if (dct) a.dct = dct->to_string();
  stage(kStartTimes, "dates and times");
  const std::vector<TimexMention> times =
      options.times ? find_timexes(text, a.tokens, a.sentences, dct) : std::vector<TimexMention>{};

  // Entities first (with placeholder ids: the mention's index), so the quote stage can resolve
  // "she" and "the ministry" to them; the real annotation ids are filled in below.
  std::vector<std::int32_t> entity_of;
  stage(kStartEntities, "entities");
  if (options.names) {
    Clusters clusters = cluster_mentions(text, names);
    set.entities = std::move(clusters.entities);
    entity_of = std::move(clusters.entity_of);
  } else {
    entity_of.assign(names.size(), kNoIndex);
  }
  stage(kStartQuotes, "quotes and sources");
  const Attribution att = options.quotes ? find_attribution(text, a.tokens, a.sentences, names, entity_of, lex_)
                                         : Attribution{};

  enum class Kind : std::uint8_t { name, measure, time, quote, source, cue, hedge };
  struct Ref {
    ByteSpan span;
    Kind kind;
    std::uint32_t index;
  };
  stage(kStartAnnotations, "annotations");
  std::vector<Ref> order;
  order.reserve(names.size() + measures.size() + times.size() + att.quotes.size() + att.sources.size() +
                att.cues.size() + att.hedges.size());
  for (std::uint32_t k = 0; k < names.size(); ++k) order.push_back({names[k].span, Kind::name, k});
  for (std::uint32_t k = 0; k < measures.size(); ++k) order.push_back({measures[k].span, Kind::measure, k});
  for (std::uint32_t k = 0; k < times.size(); ++k) order.push_back({times[k].span, Kind::time, k});
  for (std::uint32_t k = 0; k < att.quotes.size(); ++k) order.push_back({att.quotes[k].span, Kind::quote, k});
  for (std::uint32_t k = 0; k < att.sources.size(); ++k) order.push_back({att.sources[k].span, Kind::source, k});
  for (std::uint32_t k = 0; k < att.cues.size(); ++k) order.push_back({att.cues[k].span, Kind::cue, k});
  for (std::uint32_t k = 0; k < att.hedges.size(); ++k) order.push_back({att.hedges[k].span, Kind::hedge, k});
  bool dct_marked = false;
  std::stable_sort(order.begin(), order.end(), [](const Ref& x, const Ref& y) {
    return x.span.begin != y.span.begin ? x.span.begin < y.span.begin : x.span.end > y.span.end;
  });
  std::vector<std::uint32_t> name_at(names.size());  // annotation index of each name mention
  std::vector<std::uint32_t> quote_at(att.quotes.size()), source_at(att.sources.size()), cue_at(att.cues.size());
  set.annotations.reserve(order.size());
  for (const Ref& r : order) {
    Annotation ann;
    {
      char id[16] = "a";
      const auto [end, ec] = std::to_chars(id + 1, id + sizeof id, set.annotations.size() + 1);
      ann.id.assign(id, end);
    }
    ann.span = r.span;
    if (r.kind == Kind::time) {
      const TimexMention& m = times[r.index];
      ann.label.assign(m.type);
      ann.confidence = m.certain ? 0.85f : 0.6f;
      ann.attrs.reserve(7);
      ann.add_attr("value", m.value);
      ann.add_attr("type", m.type);  // TIMEX3 type, kept if the label is changed
      if (!m.mod.empty()) ann.add_attr("mod", m.mod);
      if (!m.start.empty()) {
        ann.add_attr("start", m.start);
        ann.add_attr("end", m.end);
      }
      if (!m.granularity.empty()) ann.add_attr("granularity", m.granularity);
      if (!m.certain) ann.add_attr("certain", "false");
      // The first full date on the opening lines that equals the DCT is the dateline.
      const std::string_view covered = std::string_view(text).substr(m.span.begin, m.span.size());
      const bool explicit_date = covered.find_first_of("0123456789") != std::string_view::npos;
      if (!dct_marked && dct && m.value == a.dct && explicit_date && ann.span.begin < 400) {
        ann.add_attr("dct", "true");
        dct_marked = true;
      }
    } else if (r.kind == Kind::name) {
      const NameMention& m = names[r.index];
      ann.label.assign(m.label);
      ann.confidence = m.confidence;
      ann.attrs.reserve(3);
      ann.add_attr("rule", m.rule);
      if (!m.reason.empty()) ann.add_attr("features", m.reason);
      name_at[r.index] = static_cast<std::uint32_t>(set.annotations.size());
    } else if (r.kind == Kind::quote) {
      const QuoteMention& m = att.quotes[r.index];
      ann.label.assign(labels::kQuote);
      ann.confidence = m.confidence;
      ann.attrs.reserve(5);  // kind, speaker, speaker_entity, cue, continued (link_attribution)
      ann.add_attr("kind", quote_kind_name(m.kind));
      quote_at[r.index] = static_cast<std::uint32_t>(set.annotations.size());
    } else if (r.kind == Kind::source) {
      const SourceMention& m = att.sources[r.index];
      ann.label.assign(labels::kSource);
      ann.confidence = m.how == "name" ? 0.85f : 0.65f;
      ann.attrs.reserve(4);  // kind, how, entity, org
      ann.add_attr("kind", source_kind_name(m.kind));
      ann.add_attr("how", m.how);
      source_at[r.index] = static_cast<std::uint32_t>(set.annotations.size());
    } else if (r.kind == Kind::cue) {
      ann.label.assign(labels::kCue);
      ann.confidence = 0.8f;
      ann.add_attr("detail", att.cues[r.index].detail);
      cue_at[r.index] = static_cast<std::uint32_t>(set.annotations.size());
    } else if (r.kind == Kind::hedge) {
      const HedgeMention& m = att.hedges[r.index];
      ann.label.assign(labels::kHedge);
      ann.confidence = 0.4f;  // a suggestion for the reader to weigh, below names
      ann.attrs.reserve(2);
      ann.add_attr("kind", m.kind);
      ann.add_attr("reason", m.reason);
    } else {
      const MeasureMention& m = measures[r.index];
      ann.label.assign(m.label);
      ann.confidence = m.label == labels::kCardinal ? 0.7f : 0.9f;
      ann.attrs.reserve(4);
      ann.add_attr("value", format_number(m.value));
      if (m.is_range) ann.add_attr("value_max", format_number(m.value_max));
      if (!m.unit.empty()) ann.add_attr("unit", m.unit);
      if (!m.modifier.empty()) ann.add_attr("mod", m.modifier);
    }
    set.annotations.push_back(std::move(ann));
  }
  // Each name annotation points at its entity; entities list their mentions' ids in text order.
  for (std::size_t k = 0; k < names.size(); ++k) {
    const std::int32_t e = entity_of[k];
    if (e < 0) continue;
    Entity& ent = set.entities[static_cast<std::size_t>(e)];
    ent.mentions.push_back(set.annotations[name_at[k]].id);
    set.annotations[name_at[k]].add_attr("entity", ent.id);
  }
  link_attribution(att, entity_of, quote_at, source_at, cue_at, set);
  stage(kStartTimeline, "timeline and sourcing");
  if (options.times) set.timeline = build_timeline(text, a.tokens, a.sentences, set);
  if (options.quotes) set.sourcing = summarize_sourcing(text, a.tokens, a.sentences, set);
  set.labels = default_labels();
  stage(1.0f, "done");
  return a;
}

}  // namespace newsmark
