// `newsmark load`, `newsmark analyze` and `newsmark timeline`.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "core/engine.h"
#include "io/json/corpus_jsonl.h"
#include "io/formats/timelinejs.h"
#include "io/json/json_writer.h"
#include "io/json/newsmark_json.h"

namespace newsmark::cli {
namespace {

struct DocArgs {
  std::string file, out;
  DocumentInfo info;
  bool pretty = false;
  bool jsonl = false;
  AnalyzeOptions options;
  std::string name_model;  // --name-model FILE
};

// Parses FILE, --dct, --title, --pretty, --jsonl, --names, --name-model, -o. Returns false (after
// a message) on bad usage.
bool parse_doc_args(int argc, char** argv, DocArgs& a) {
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string& target) { return option_value(argc, argv, i, target); };
    if (arg == "--dct") { if (!value(a.info.dct)) return false; }
    else if (arg == "--title") { if (!value(a.info.title)) return false; }
    else if (arg == "-o") { if (!value(a.out)) return false; }
    else if (arg == "--pretty") a.pretty = true;
    else if (arg == "--jsonl") a.jsonl = true;
    else if (arg == "--name-model") { if (!value(a.name_model)) return false; }
    else if (arg == "--names") {
      std::string name;
      if (!value(name)) return false;
      auto strategy = parse_name_strategy(name);
      if (!strategy) {
        std::fprintf(stderr, "newsmark: --names is rules, model or combined, not '%s'\n", name.c_str());
        return false;
      }
      a.options.name_strategy = *strategy;
    }
    else if (a.file.empty()) a.file = arg;
    else {
      std::fprintf(stderr, "newsmark: unexpected argument '%s'\n", arg.c_str());
      return false;
    }
  }
  if (a.file.empty()) {
    std::fprintf(stderr, "newsmark: which file? ('-' reads standard input)\n");
    return false;
  }
  return true;
}

Result<LoadedDocument> load_file(DocArgs& a) {
  auto raw = read_all(a.file);
  if (!raw) return raw.error();
  if (a.file != "-") a.info.source = a.file;
  auto loaded = load_document(*raw, a.info);
  if (!loaded) return loaded.error();
  const std::string warning = loaded->report.summary();
  if (!warning.empty()) std::fprintf(stderr, "newsmark: %s: %s\n", a.file.c_str(), warning.c_str());
  return loaded;
}

int analyze_jsonl(const DocArgs& a, const Engine& engine) {
  std::FILE* in = a.file == "-" ? stdin : std::fopen(a.file.c_str(), "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "newsmark: cannot open '%s'\n", a.file.c_str());
    return kExitBadInput;
  }
  std::FILE* out = a.out.empty() || a.out == "-" ? stdout : std::fopen(a.out.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "newsmark: cannot write '%s'\n", a.out.c_str());
    return kExitBadInput;
  }
  // Streaming: one line in memory at a time, so any corpus size runs in constant memory.
  std::string line;
  std::size_t line_no = 0, failed = 0, done = 0;
  int c = 0;
  while (true) {
    line.clear();
    while ((c = std::fgetc(in)) != EOF && c != '\n') line.push_back(static_cast<char>(c));
    if (line.empty() && c == EOF) break;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto rec = io::parse_corpus_line(line, line_no);
    if (!rec) {
      std::fprintf(stderr, "newsmark: %s: %s\n", a.file.c_str(), rec.error().message.c_str());
      ++failed;
      continue;
    }
    DocumentInfo info;
    info.dct = rec->dct;
    info.source = rec->id;
    auto doc = load_document(rec->text, info);
    if (!doc) {
      std::fprintf(stderr, "newsmark: %s: line %zu: %s\n", a.file.c_str(), line_no, doc.error().message.c_str());
      ++failed;
      continue;
    }
    const Analysis result = engine.analyze(doc->document, a.options);
    io::JsonWriter w;
    w.begin_object();
    w.field("id", rec->id);
    io::write_newsmark_fields(w, doc->document, &result.annotations);
    w.end_object();
    const std::string& s = w.str();
    std::fwrite(s.data(), 1, s.size(), out);
    std::fputc('\n', out);
    ++done;
  }
  if (in != stdin) std::fclose(in);
  if (out != stdout) std::fclose(out);
  if (failed > 0) {
    std::fprintf(stderr, "newsmark: %zu of %zu lines could not be analyzed\n", failed, failed + done);
    return kExitBadInput;
  }
  return kExitOk;
}

// Prints "newsmark: [file: ]message" and returns the bad-input exit code.
int fail(const std::string& file, const Error& e) {
  if (file.empty()) std::fprintf(stderr, "newsmark: %s\n", e.message.c_str());
  else std::fprintf(stderr, "newsmark: %s: %s\n", file.c_str(), e.message.c_str());
  return kExitBadInput;
}

}  // namespace

int cmd_load(int argc, char** argv) {
  DocArgs a;
  a.pretty = true;
  if (!parse_doc_args(argc, argv, a)) return kExitUsage;
  auto loaded = load_file(a);
  if (!loaded) {
    std::fprintf(stderr, "newsmark: %s: %s\n", a.file.c_str(), loaded.error().message.c_str());
    return kExitBadInput;
  }
  if (Status s = write_all(a.out, io::write_newsmark_json(loaded->document)); !s.ok()) {
    std::fprintf(stderr, "newsmark: %s\n", s.error().message.c_str());
    return kExitBadInput;
  }
  return kExitOk;
}

int cmd_analyze(int argc, char** argv) {
  DocArgs a;
  if (!parse_doc_args(argc, argv, a)) return kExitUsage;
  auto engine = Engine::create();
  if (!engine) return fail({}, engine.error());
  if (!engine->name_model_problem().empty()) std::fprintf(stderr, "newsmark: %s\n", engine->name_model_problem().c_str());
  if (!load_name_model(engine.value(), a.name_model)) return kExitBadInput;
  if (a.jsonl) return analyze_jsonl(a, *engine);
  auto loaded = load_file(a);
  if (!loaded) return fail(a.file, loaded.error());
  const Analysis result = engine->analyze(loaded->document, a.options);
  if (Status s = write_all(a.out, io::write_newsmark_json(loaded->document, &result.annotations, a.pretty)); !s.ok()) {
    return fail({}, s.error());
  }
  return kExitOk;
}

int cmd_timeline(int argc, char** argv) {
  // --timelinejs: the timeline as TimelineJS JSON instead of the readable listing.
  bool timelinejs = false;
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--timelinejs") timelinejs = true;
    else rest.push_back(argv[i]);
  }
  argc = static_cast<int>(rest.size());
  argv = rest.data();
  DocArgs a;
  if (!parse_doc_args(argc, argv, a)) return kExitUsage;
  auto engine = Engine::create();
  if (!engine) return fail({}, engine.error());
  auto loaded = load_file(a);
  if (!loaded) return fail(a.file, loaded.error());
  const Document& doc = loaded->document;
  const Analysis result = engine->analyze(doc);
  if (timelinejs) {
    if (Status st = write_all(a.out, io::write_timelinejs_json(doc, result.annotations)); !st.ok()) return fail({}, st.error());
    return kExitOk;
  }
  std::string out;
  out += "Timeline of " + (a.file == "-" ? std::string("standard input") : a.file) + "\n";
  out += "Article date (DCT): " + (result.dct.empty() ? std::string("unknown") : result.dct) +
         (result.dct_detected ? " (from the dateline)" : "") + "\n\n";
  const std::string& text = doc.text();
  for (const TimelineEvent& e : result.annotations.timeline) {
    const Annotation* t = result.annotations.find(e.time);
    const std::string when = t ? text.substr(t->span.begin, t->span.size()) : std::string();
    char head[128];
    std::snprintf(head, sizeof head, "%-12s %-8s %s", e.value.empty() ? "~" : e.value.c_str(),
                  e.granularity.c_str(), e.certain ? " " : "?");
    if (e.anchor.empty()) {
      out += std::string(head) + " \"" + when + "\"\n";
    } else {  // undated: ordered by the text against another event
      out += std::string(head) + " " + e.relation + " " + e.anchor + (e.offset.empty() ? "" : " by " + e.offset) + "\n";
    }
    out += "    " + e.id + ": " + text.substr(e.event.begin, e.event.size()) + "\n";
    if (!e.entities.empty()) {
      out += "    with:";
      for (const std::string& id : e.entities) {
        for (const Entity& ent : result.annotations.entities) {
          if (ent.id == id) out += " " + ent.name + " (" + ent.label + ");";
        }
      }
      out.back() = '\n';
    }
  }
  if (result.annotations.timeline.empty()) out += "(no dated events)\n";
  if (Status st = write_all(a.out, out); !st.ok()) return fail({}, st.error());
  return kExitOk;
}

}  // namespace newsmark::cli
