// The engine inside a Web Worker (browser only; web/newsmark-analysis-worker.js loads it as
// newsmark-engine.js). The page hands it a long article's text and gets the Analysis back as
// io/json/analysis_transfer.h bytes, so the page's own thread never stops for the analysis; the
// stages' progress is posted to the page as the analysis goes.
#include <emscripten.h>

#include <optional>
#include <string>

#include "core/engine.h"
#include "io/json/analysis_transfer.h"

namespace {

EM_JS(void, js_post_progress, (double done, const char* stage), {
  postMessage({type : 'progress', done : done, stage : UTF8ToString(stage)});
});

std::optional<newsmark::Engine> g_engine;
std::string g_result;  // the last analysis, encoded; or the error message
bool g_failed = false;

}  // namespace

extern "C" {

// Analyses `len` bytes of article text (already loaded by the page: valid UTF-8, normalized)
// against `dct` ("" for none). Returns the encoded Analysis (nmw_result_size() bytes), valid
// until the next call, or nullptr with the message in nmw_error().
EMSCRIPTEN_KEEPALIVE const char* nmw_analyze(const char* text, int len, const char* dct, int tokens_only) {
  g_failed = false;
  if (!g_engine) {
    auto created = newsmark::Engine::create();
    if (!created) {
      g_failed = true;
      g_result = created.error().message;
      return nullptr;
    }
    g_engine.emplace(std::move(created).value());
  }
  auto loaded = newsmark::load_document(std::string(text, static_cast<std::size_t>(len)), {"", dct, "", ""});
  if (!loaded || loaded->document.text().size() != static_cast<std::size_t>(len)) {
    // The page's text is loaded already, so loading it again must leave it as it is: offsets
    // computed here must be offsets there.
    g_failed = true;
    g_result = loaded ? "the text changed on loading" : loaded.error().message;
    return nullptr;
  }
  newsmark::AnalyzeOptions options;
  if (tokens_only != 0) options = newsmark::AnalyzeOptions::tokens_only();
  options.progress = [](float done, std::string_view stage) { js_post_progress(done, std::string(stage).c_str()); };
  g_result = newsmark::io::encode_analysis(g_engine->analyze(loaded->document, options));
  return g_result.data();
}

EMSCRIPTEN_KEEPALIVE int nmw_result_size() { return g_failed ? 0 : static_cast<int>(g_result.size()); }
EMSCRIPTEN_KEEPALIVE const char* nmw_error() { return g_failed ? g_result.c_str() : ""; }

}  // extern "C"
