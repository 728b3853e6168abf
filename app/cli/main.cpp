// `newsmark`: the command-line face of the engine. The same core and io the web app links.
//   newsmark load FILE [--dct YYYY-MM-DD] [--title TITLE] [-o OUT]   text -> Newsmark JSON
//   newsmark --version
// Exit codes: 0 ok, 1 bad input (message on stderr), 2 bad usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "io/newsmark_json.h"
#include "version.h"

namespace {

using namespace newsmark;

void usage(std::FILE* to) {
  std::fprintf(to,
               "usage: newsmark load FILE [--dct YYYY-MM-DD] [--title TITLE] [-o OUT]\n"
               "       newsmark --version\n"
               "\n"
               "load   reads an article (UTF-8 text; '-' for stdin), repairs invalid UTF-8\n"
               "       (reported on stderr) and writes it as Newsmark JSON.\n");
}

Result<std::string> read_all(const std::string& path) {
  std::ostringstream buf;
  if (path == "-") {
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCode::io_error, "cannot open '" + path + "'");
  buf << in.rdbuf();
  return buf.str();
}

int cmd_load(const std::vector<std::string>& args) {
  std::string file, out_path;
  DocumentInfo info;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto next = [&](const char* what) -> const std::string* {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "newsmark: %s needs a value\n", what);
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "--dct") { auto v = next("--dct"); if (!v) return 2; info.dct = *v; }
    else if (a == "--title") { auto v = next("--title"); if (!v) return 2; info.title = *v; }
    else if (a == "-o") { auto v = next("-o"); if (!v) return 2; out_path = *v; }
    else if (file.empty()) file = a;
    else { std::fprintf(stderr, "newsmark: unexpected argument '%s'\n", a.c_str()); return 2; }
  }
  if (file.empty()) { usage(stderr); return 2; }
  auto raw = read_all(file);
  if (!raw) { std::fprintf(stderr, "newsmark: %s\n", raw.error().message.c_str()); return 1; }
  if (file != "-") info.source = file;
  auto loaded = load_document(*raw, std::move(info));
  if (!loaded) {
    std::fprintf(stderr, "newsmark: %s: %s\n", file.c_str(), loaded.error().message.c_str());
    return 1;
  }
  const std::string warning = loaded->report.summary();
  if (!warning.empty()) std::fprintf(stderr, "newsmark: %s: %s\n", file.c_str(), warning.c_str());
  const std::string json = io::write_newsmark_json(loaded->document);
  if (out_path.empty()) {
    std::fwrite(json.data(), 1, json.size(), stdout);
  } else {
    std::ofstream out(out_path, std::ios::binary);
    out << json;
    if (!out) { std::fprintf(stderr, "newsmark: cannot write '%s'\n", out_path.c_str()); return 1; }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    usage(args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::printf("newsmark %s (Dear ImGui %s, SDL2 %s, simdjson %s)\n", NEWSMARK_VERSION,
                NEWSMARK_IMGUI_VERSION, NEWSMARK_SDL2_VERSION, NEWSMARK_SIMDJSON_VERSION);
    return 0;
  }
  const std::string cmd = args[0];
  args.erase(args.begin());
  if (cmd == "load") return cmd_load(args);
  std::fprintf(stderr, "newsmark: unknown command '%s'\n", cmd.c_str());
  usage(stderr);
  return 2;
}
