// The import benchmark of Newsmark JSON: a generated article analysed until it carries
// 100,000 annotations, written as Newsmark JSON, then read back (parse + validate + build the
// model) with io::read_newsmark_json, best of R runs. Under node (the wasm build) the same run
// also times JavaScript's JSON.parse of the same file, which only parses, and prints the ratio.
//   newsmark-import-bench [--annotations N] [--repeat R] [--write FILE]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_set>

#include <simdjson.h>

#include "bench_figures.h"
#include "core/engine.h"
#include "io/json/newsmark_json.h"
#include "news_generator.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
// JSON.parse of the same bytes, timed in JS (decoding the UTF-8 into a JS string is not
// counted: a browser reading a file as text does that too).
EM_JS(double, js_json_parse_ms, (const char* data, int len, int repeat), {
  const text = UTF8ToString(data, len);
  let best = Infinity;
  for (let i = 0; i < repeat; ++i) {
    const t0 = performance.now();
    const v = JSON.parse(text);
    const ms = performance.now() - t0;
    if (!v.annotations) throw new Error('parse');
    best = Math.min(best, ms);
  }
  return best;
});
#endif

namespace {
namespace od = simdjson::ondemand;

// Visits every value of a document with simdjson on-demand, unescaping every string and
// converting every number: the parse alone, with no checks and no model. It is the floor under
// read_newsmark_json on this build (which kernel simdjson runs depends on the CPU, and is the
// portable "fallback" one in wasm).
std::size_t walk(od::value v) {
  od::json_type t;
  if (v.type().get(t)) return 0;
  std::size_t n = 1;
  switch (t) {
    case od::json_type::object:
      for (auto field_result : v.get_object()) {
        od::field field;
        std::string_view key;
        if (std::move(field_result).get(field) || field.unescaped_key().get(key)) return n;
        n += walk(field.value());
      }
      break;
    case od::json_type::array:
      for (auto item_result : v.get_array()) {
        od::value item;
        if (std::move(item_result).get(item)) return n;
        n += walk(item);
      }
      break;
    case od::json_type::string: {
      std::string_view s;
      if (v.get_string().get(s)) return n;
      n += s.size() > 0;
      break;
    }
    case od::json_type::number: {
      double d = 0;
      if (v.get_double().get(d)) return n;
      break;
    }
    default:
      break;
  }
  return n;
}

std::size_t walk_document(od::parser& parser, const simdjson::padded_string& json) {
  od::document doc;
  if (parser.iterate(json).get(doc)) return 0;
  od::value root;
  if (doc.get_value().get(root)) return 0;
  return walk(root);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t want = 100000;
  int repeat = 5;
  const char* write_to = nullptr;  // --write FILE keeps the generated file (to compare other parsers)
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--annotations") && i + 1 < argc) want = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--write") && i + 1 < argc) write_to = argv[++i];
  }
  using namespace newsmark;
  auto engine = Engine::create();
  if (!engine) return 1;
  // Grow the article until the engine's annotations reach the target, then cut to it.
  std::size_t bytes = 512 * 1024;
  std::optional<Document> doc;
  AnnotationSet set;
  for (;;) {
    auto loaded = load_document(bench::generate_news(bytes), {"Import benchmark", "2026-03-09", "generated", "en"});
    if (!loaded) return 1;
    doc = std::move(loaded->document);
    set = engine->analyze(*doc).annotations;
    if (set.annotations.size() >= want) break;
    bytes = static_cast<std::size_t>(static_cast<std::uint64_t>(bytes) * want / set.annotations.size() + 64 * 1024);
  }
  set.annotations.resize(want);
  // Keep the references consistent with the cut.
  std::unordered_set<std::string_view> kept;
  for (const Annotation& a : set.annotations) kept.insert(a.id);
  std::erase_if(set.relations, [&](const Relation& r) { return kept.count(r.from) == 0 || kept.count(r.to) == 0; });
  for (Entity& e : set.entities) std::erase_if(e.mentions, [&](const std::string& m) { return kept.count(m) == 0; });
  set.timeline.clear();
  const std::string json = io::write_newsmark_json(*doc, &set, false);
  if (write_to != nullptr) {
    std::FILE* f = std::fopen(write_to, "wb");
    if (f == nullptr || std::fwrite(json.data(), 1, json.size(), f) != json.size()) return 1;
    std::fclose(f);
  }

  double best = 1e300;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    auto back = io::read_newsmark_json(json);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (!back || back->annotations.annotations.size() != want) {
      std::fprintf(stderr, "import failed: %s\n", back ? "wrong count" : back.error().message.c_str());
      return 1;
    }
    best = std::min(best, ms);
  }
  // Export: the same set written as Newsmark JSON (what autosave and Download do).
  double export_ms = 1e300;
  for (int r = 0; r < repeat; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::string out = io::write_newsmark_json(*doc, &set, false);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (out.size() != json.size()) {
      std::fprintf(stderr, "export differs in size: %zu vs %zu\n", out.size(), json.size());
      return 1;
    }
    export_ms = std::min(export_ms, ms);
  }
  // The floor: simdjson's parse of the same file, every value visited, nothing checked or kept.
  double floor_ms = 1e300;
  {
    const simdjson::padded_string padded(json);
    od::parser parser;
    for (int r = 0; r < repeat; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      const std::size_t values = walk_document(parser, padded);
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      if (values < want) {
        std::fprintf(stderr, "walk failed: %zu values\n", values);
        return 1;
      }
      floor_ms = std::min(floor_ms, ms);
    }
  }
#ifdef __EMSCRIPTEN__
  const char* where = "wasm (node)";
#else
  const char* where = "native";
#endif
  std::printf("Newsmark JSON import, %s: %zu annotations, %zu relations, %zu entities, file %.1f MB\n", where,
              set.annotations.size(), set.relations.size(), set.entities.size(), static_cast<double>(json.size()) / 1048576.0);
  std::printf("  read_newsmark_json (parse + validate + model)  %8.1f ms  %6.0f MB/s\n", best,
              static_cast<double>(json.size()) / 1048576.0 / (best / 1000.0));
  std::printf("  write_newsmark_json (export)                  %8.1f ms  %6.0f MB/s\n", export_ms,
              static_cast<double>(json.size()) / 1048576.0 / (export_ms / 1000.0));
  std::printf("  simdjson walk of every value (%s kernel)  %8.1f ms  %6.0f MB/s\n",
              simdjson::get_active_implementation()->name().c_str(), floor_ms,
              static_cast<double>(json.size()) / 1048576.0 / (floor_ms / 1000.0));
  using newsmark::bench::figure;
  figure("json.%s.file_mb", static_cast<double>(json.size()) / 1048576.0, "MB");
  figure("json.%s.import_ms", best, "ms");
  figure("json.%s.export_ms", export_ms, "ms");
#ifdef __EMSCRIPTEN__
  const double js = js_json_parse_ms(json.data(), static_cast<int>(json.size()), repeat);
  figure("json.%s.json_parse_ms", js, "ms");
  std::printf("  JSON.parse (parse only), same run              %8.1f ms  %6.0f MB/s\n", js,
              static_cast<double>(json.size()) / 1048576.0 / (js / 1000.0));
  std::printf("  ratio JSON.parse / read_newsmark_json          %8.2fx\n", js / best);
#endif
  return 0;
}
