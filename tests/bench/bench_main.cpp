// newsmark-bench: the engine's throughput and memory on generated news text.
//   newsmark-bench [--mb N] [--repeat R] [--file FILE] [--write FILE] [--scaling]
// Prints one table: chars/s (code points per second) of the whole pipeline and of each stage,
// best of R runs, and memory: the process baseline, after loading the lexicons, and the peak
// while analyzing. Built natively and as wasm (run under node), so both figures come from the
// same code. Timings are measurements, not tests: nothing here fails on a slow machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "bench_figures.h"
#include "core/sources/attribution.h"
#include "core/names/clustering.h"
#include "core/engine.h"
#include "core/names/name_tagger.h"
#include "core/names/names.h"
#include "core/numbers/numbers.h"
#include "core/segmentation/sentences.h"
#include "core/time/timex.h"
#include "core/segmentation/tokenizer.h"
#include "core/text/utf8.h"
#include "news_generator.h"

#ifdef __EMSCRIPTEN__
#include <unistd.h>
#else
#include <sys/resource.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

// Memory in use, in bytes: the heap's high-water mark in wasm (sbrk never shrinks), the peak
// resident set natively.
std::size_t memory_bytes() {
#ifdef __EMSCRIPTEN__
  return reinterpret_cast<std::size_t>(sbrk(0));
#else
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<std::size_t>(ru.ru_maxrss) * 1024u;
#endif
}

template <typename F>
double best_seconds(int repeat, F&& f) {
  double best = 1e30;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = Clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
  }
  return best;
}

bool continues(std::string_view a, const void* lex) {
  return static_cast<const newsmark::Lexicons*>(lex)->continues_sentence(a);
}

}  // namespace

// --scaling: the whole pipeline on 1, 2, 4 and 8 MB of each kind of text, to show the time
// grows in proportion to the input (ms per MB stays flat), for news and for texts built to be
// hard (quote marks everywhere, one endless line, capitalised words that look like names).
int scaling(const newsmark::Engine& engine, int repeat) {
  struct Kind {
    const char* name;
    std::string (*make)(std::size_t bytes);
  };
  const Kind kinds[] = {
      {"news", [](std::size_t n) { return newsmark::bench::generate_news(n); }},
      {"quotes everywhere", [](std::size_t n) {
         std::string s;
         while (s.size() < n) s += "\xE2\x80\x9CYes,\xE2\x80\x9D said Ann, \"no\" \xE2\x80\x98maybe\xE2\x80\x99. ";
         return s;
       }},
      {"one line, no spaces", [](std::size_t n) { return std::string(n, 'x'); }},
      {"capitalised words", [](std::size_t n) {
         std::string s;
         while (s.size() < n) s += "Minister Of The Interior Said On Monday ";
         return s;
       }},
  };
  std::printf("%-22s %6s %10s %10s %12s\n", "text", "MB", "ms", "ms per MB", "chars/s");
  for (const Kind& k : kinds) {
    for (int mb : {1, 2, 4, 8}) {
      auto doc = newsmark::load_document(k.make(static_cast<std::size_t>(mb) << 20), {});
      if (!doc) return 1;
      double best = 1e300;
      for (int r = 0; r < repeat; ++r) {
        const auto t0 = Clock::now();
        const newsmark::Analysis a = engine.analyze(doc->document);
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (a.tokens.empty()) return 1;
      }
      const double chars = static_cast<double>(newsmark::utf8::count_code_points(doc->document.text()));
      std::printf("%-22s %6d %10.0f %10.0f %12.3g\n", k.name, mb, best, best / mb, chars / (best / 1000.0));
      if (std::string_view(k.name) == "news" && (mb == 1 || mb == 8)) {
        newsmark::bench::figure(mb == 1 ? "scaling.news.1mb" : "scaling.news.8mb", best / mb, "ms per MB");
      }
    }
  }
  return 0;
}

int main(int argc, char** argv) {
  double mb = 1.0;
  int repeat = 5;
  std::string file;
  bool scale = false;
  std::string write_to;  // --write FILE keeps the text (to run other tools on the same text)
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--scaling")) scale = true;
    else if (!std::strcmp(argv[i], "--write") && i + 1 < argc) write_to = argv[++i];
    else if (!std::strcmp(argv[i], "--mb") && i + 1 < argc) mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--file") && i + 1 < argc) file = argv[++i];
    else {
      std::fprintf(stderr, "usage: newsmark-bench [--mb N] [--repeat R] [--file FILE] [--write FILE] [--scaling]\n");
      return 2;
    }
  }
  const std::size_t baseline = memory_bytes();
  const auto t_lex = Clock::now();
  auto engine = newsmark::Engine::create();
  if (!engine) {
    std::fprintf(stderr, "newsmark-bench: %s\n", engine.error().message.c_str());
    return 1;
  }
  const double lex_ms = std::chrono::duration<double, std::milli>(Clock::now() - t_lex).count();
  const std::size_t after_lexicons = memory_bytes();
  if (scale) return scaling(*engine, std::min(repeat, 2));

  std::string text;
  if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    text = buf.str();
  } else {
    text = newsmark::bench::generate_news(static_cast<std::size_t>(mb * 1024 * 1024));
  }
  if (!write_to.empty()) {
    std::ofstream out(write_to, std::ios::binary);
    out << text;
    if (!out) {
      std::fprintf(stderr, "newsmark-bench: cannot write %s\n", write_to.c_str());
      return 1;
    }
  }
  auto doc = newsmark::load_document(text, {});
  if (!doc) {
    std::fprintf(stderr, "newsmark-bench: %s\n", doc.error().message.c_str());
    return 1;
  }
  const std::string& t = doc->document.text();
  const double chars = static_cast<double>(newsmark::utf8::count_code_points(t));
  const newsmark::Lexicons& lex = engine->lexicons();

  std::vector<newsmark::Token> toks;
  std::vector<newsmark::Sentence> sents;
  std::size_t annotations = 0, entities = 0;
  const double s_tok = best_seconds(repeat, [&] { toks = newsmark::tokenize(t, lex.abbreviation_test()); });
  const double s_sent = best_seconds(repeat, [&] { sents = newsmark::split_sentences(t, toks, continues, &lex); });
  const double s_names = best_seconds(repeat, [&] { (void)newsmark::find_names(t, toks, sents, lex); });
  const double s_meas = best_seconds(repeat, [&] { (void)newsmark::find_measures(t, toks); });
  const std::optional<newsmark::IsoDate> dct = newsmark::IsoDate{2026, 3, 14};
  const double s_time = best_seconds(repeat, [&] { (void)newsmark::find_timexes(t, toks, sents, dct); });
  // The trained tagger, over the rules' names (the names stage is both).
  const std::vector<newsmark::NameMention> rule_names = newsmark::find_names(t, toks, sents, lex);
  const double s_tagger = best_seconds(repeat, [&] {
    (void)newsmark::tag_names(t, toks, sents, lex, engine->name_model(), rule_names, newsmark::NameStrategy::model_and_rules);
  });
  // The quote stage needs the names and their entities.
  const std::vector<newsmark::NameMention> names = newsmark::find_names(t, toks, sents, lex);
  const std::vector<std::int32_t> entity_of = newsmark::cluster_mentions(t, names).entity_of;
  const double s_quotes = best_seconds(repeat, [&] { (void)newsmark::find_attribution(t, toks, sents, names, entity_of, lex); });
  const double s_all = best_seconds(repeat, [&] {
    const newsmark::Analysis a = engine->analyze(doc->document);
    annotations = a.annotations.annotations.size();
    entities = a.annotations.entities.size();
  });
  const std::size_t peak = memory_bytes();

#ifdef __EMSCRIPTEN__
  const char* platform = "wasm (node)";
#else
  const char* platform = "native";
#endif
  auto rate = [&](double s) { return chars / s / 1e6; };
  std::printf("newsmark-bench, %s: %.2f MB of text, %.0f code points, %zu tokens, %zu sentences, best of %d runs\n",
              platform, static_cast<double>(t.size()) / (1024.0 * 1024.0), chars, toks.size(), sents.size(), repeat);
  std::printf("%-24s %10s %12s\n", "stage", "ms", "M chars/s");
  std::printf("%-24s %10.1f %12.1f\n", "tokenize", s_tok * 1e3, rate(s_tok));
  std::printf("%-24s %10.1f %12.1f\n", "sentences", s_sent * 1e3, rate(s_sent));
  std::printf("%-24s %10.1f %12.1f\n", "names: rules", s_names * 1e3, rate(s_names));
  std::printf("%-24s %10.1f %12.1f\n", "names: trained tagger", s_tagger * 1e3, rate(s_tagger));
  std::printf("%-24s %10.1f %12.1f\n", "names: both", (s_names + s_tagger) * 1e3, rate(s_names + s_tagger));
  std::printf("%-24s %10.1f %12.1f\n", "numbers and measures", s_meas * 1e3, rate(s_meas));
  std::printf("%-24s %10.1f %12.1f\n", "time expressions", s_time * 1e3, rate(s_time));
  std::printf("%-24s %10.1f %12.1f\n", "quotes and hedges", s_quotes * 1e3, rate(s_quotes));
  std::printf("%-24s %10.1f %12.1f\n", "whole pipeline", s_all * 1e3, rate(s_all));
  std::printf("annotations %zu, entities %zu\n", annotations, entities);
  std::printf("lexicons loaded in %.1f ms\n", lex_ms);
  std::printf("memory: baseline %.1f MB, after lexicons %.1f MB (+%.1f), peak %.1f MB (+%.1f above baseline)\n",
              baseline / 1048576.0, after_lexicons / 1048576.0, (after_lexicons - baseline) / 1048576.0,
              peak / 1048576.0, (peak - baseline) / 1048576.0);
  using newsmark::bench::figure;
  figure("engine.%s.tokenize", rate(s_tok), "M chars/s");
  figure("engine.%s.sentences", rate(s_sent), "M chars/s");
  figure("engine.%s.names", rate(s_names + s_tagger), "M chars/s");
  figure("engine.%s.names_rules", rate(s_names), "M chars/s");
  figure("engine.%s.names_tagger", rate(s_tagger), "M chars/s");
  figure("engine.%s.numbers", rate(s_meas), "M chars/s");
  figure("engine.%s.time", rate(s_time), "M chars/s");
  figure("engine.%s.quotes", rate(s_quotes), "M chars/s");
  figure("engine.%s.pipeline", rate(s_all), "M chars/s");
  figure("engine.%s.lexicons_ms", lex_ms, "ms");
  figure("engine.%s.memory_lexicons", (after_lexicons - baseline) / 1048576.0, "MB");
  figure("engine.%s.memory_peak", (peak - baseline) / 1048576.0, "MB");
  return 0;
}
