#include "cli/eval_attribution.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace newsmark::cli {
namespace {

struct CpSpan {
  std::uint32_t start = 0, end = 0;
  bool overlaps(const CpSpan& o) const { return start < o.end && o.start < end; }
  std::uint32_t overlap(const CpSpan& o) const {
    const std::uint32_t b = std::max(start, o.start), e = std::min(end, o.end);
    return e > b ? e - b : 0;
  }
};

std::string pct(std::uint64_t n, std::uint64_t d) {
  char b[16];
  std::snprintf(b, sizeof b, "%5.1f%%", d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0);
  return b;
}

}  // namespace

void AttributionScore::add(const io::CorpusRecord& rec, const Document& doc, const Analysis& analysis) {
  std::vector<const io::CorpusSpan*> contents;
  for (const io::CorpusSpan& s : rec.spans) {
    if (s.layer == "attribution" && s.type == "content") contents.push_back(&s);
  }
  if (contents.empty()) return;
  const AnnotationSet& set = analysis.annotations;
  auto cp = [&](ByteSpan b) {
    return CpSpan{static_cast<std::uint32_t>(*doc.to_code_point(b.begin)), static_cast<std::uint32_t>(*doc.to_code_point(b.end))};
  };
  struct Predicted {
    CpSpan span;
    std::vector<CpSpan> speaker;  // the source and the mentions of the entity it stands for
    bool has_speaker = false;
    bool used = false;
  };
  std::vector<Predicted> predicted;
  for (const Annotation& a : set.annotations) {
    if (a.label != "QUOTE") continue;
    const std::string* kind = a.attr("kind");
    if (kind == nullptr || *kind == "scare") continue;
    Predicted p;
    p.span = cp(a.span);
    if (const std::string* sid = a.attr("speaker")) {
      if (const Annotation* src = set.find(*sid)) {
        p.has_speaker = true;
        p.speaker.push_back(cp(src->span));
        if (const std::string* ent = src->attr("entity")) {
          for (const Entity& e : set.entities) {
            if (e.id != *ent) continue;
            for (const std::string& m : e.mentions) {
              if (const Annotation* mention = set.find(m)) p.speaker.push_back(cp(mention->span));
            }
          }
        }
      }
    }
    predicted.push_back(std::move(p));
  }
  std::vector<ScoredSpan> gold_spans, pred_spans;
  for (const Predicted& p : predicted) pred_spans.push_back(ScoredSpan{p.span.start, p.span.end, "content", {}});
  for (const io::CorpusSpan* c : contents) {
    gold_spans.push_back(ScoredSpan{c->start, c->end, "content", {}});
    SpeakerTally& t = by_kind_[c->kind.empty() ? "direct" : c->kind];
    ++t.gold;
    const CpSpan gold{c->start, c->end};
    // The unused predicted quote overlapping it most.
    Predicted* best = nullptr;
    for (Predicted& p : predicted) {
      if (p.used || !p.span.overlaps(gold)) continue;
      if (best == nullptr || p.span.overlap(gold) > best->span.overlap(gold)) best = &p;
    }
    if (best == nullptr) continue;
    best->used = true;
    ++t.found;
    std::vector<CpSpan> gold_sources;
    for (const io::CorpusSpan& s : rec.spans) {
      if (s.layer == "attribution" && s.type == "source" && s.group == c->source_group) gold_sources.push_back({s.start, s.end});
    }
    bool correct = false;
    if (gold_sources.empty()) {
      correct = !best->has_speaker;
    } else {
      for (const CpSpan& g : gold_sources) {
        for (const CpSpan& s : best->speaker) correct = correct || s.overlaps(g);
      }
    }
    if (correct) ++t.correct;
  }
  spans_.add(gold_spans, pred_spans);
}

void AttributionScore::print() const {
  std::printf("\nattribution: the speaker of each gold quote\n");
  std::printf("%-22s %6s %6s %8s %8s\n", "kind", "gold", "found", "speaker", "correct");
  SpeakerTally quoted;
  for (const auto& [kind, t] : by_kind_) {
    std::printf("%-22s %6llu %6llu %8llu   %s\n", kind.c_str(), static_cast<unsigned long long>(t.gold),
                static_cast<unsigned long long>(t.found), static_cast<unsigned long long>(t.correct),
                pct(t.correct, t.gold).c_str());
    if (kind != "indirect") {
      quoted.gold += t.gold;
      quoted.found += t.found;
      quoted.correct += t.correct;
    }
  }
  std::printf("%-22s %6llu %6llu %8llu   %s\n", "direct+partial", static_cast<unsigned long long>(quoted.gold),
              static_cast<unsigned long long>(quoted.found), static_cast<unsigned long long>(quoted.correct),
              pct(quoted.correct, quoted.gold).c_str());
  const Counts c = spans_.total({"content"});
  const Prf strict = prf(c.strict_tp, c.predicted, c.gold), relaxed = prf(c.relaxed_tp, c.predicted, c.gold);
  std::printf("content spans: gold %llu, predicted %llu, strict F1 %.1f, relaxed F1 %.1f\n",
              static_cast<unsigned long long>(c.gold), static_cast<unsigned long long>(c.predicted), 100 * strict.f1,
              100 * relaxed.f1);
}

}  // namespace newsmark::cli
