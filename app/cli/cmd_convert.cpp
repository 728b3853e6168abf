// `newsmark convert IN [IN2] --to FORMAT [-o OUT] [--dct YYYY-MM-DD] [--no-analyze]`: the app's
// File › Open and Download in every format, on the command line. IN is an article (text, HTML
// page), a Newsmark JSON or W3C file, or an article with its annotations (a .txt and its brat
// .ann; a .txt and W3C JSON). An input without annotations is analysed first (unless
// --no-analyze). brat writes OUT.txt and OUT.ann (OUT defaults to the input's name).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "core/engine.h"
#include "core/classroom/exercise.h"
#include "io/formats.h"

namespace newsmark::cli {

int cmd_convert(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string to, out, dct;
  bool analyze = true;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string& target) { return option_value(argc, argv, i, target); };
    if (arg == "--to") { if (!value(to)) return kExitUsage; }
    else if (arg == "-o") { if (!value(out)) return kExitUsage; }
    else if (arg == "--dct") { if (!value(dct)) return kExitUsage; }
    else if (arg == "--no-analyze") analyze = false;
    else inputs.push_back(arg);
  }
  auto format = io::format_by_name(to);
  if (inputs.empty() || !format) {
    std::string names;
    for (const io::FormatInfo& f : io::formats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
    std::fprintf(stderr, "newsmark: convert IN [IN2] --to FORMAT [-o OUT]; FORMAT is one of %s\n", names.c_str());
    return kExitUsage;
  }
  std::vector<io::InputFile> files;
  for (const std::string& path : inputs) {
    auto bytes = read_all(path);
    if (!bytes) {
      std::fprintf(stderr, "newsmark: %s\n", bytes.error().message.c_str());
      return kExitBadInput;
    }
    files.push_back(io::InputFile{path == "-" ? std::string() : path, std::move(bytes).value()});
  }
  auto opened = io::open_input(files);
  if (!opened) {
    std::fprintf(stderr, "newsmark: %s\n", opened.error().message.c_str());
    return kExitBadInput;
  }
  io::ImportedDocument& doc = opened.value();
  for (const std::string& w : doc.warnings) std::fprintf(stderr, "newsmark: %s\n", w.c_str());
  if (!dct.empty()) {
    if (Status st = doc.document.set_dct(dct); !st.ok()) {
      std::fprintf(stderr, "newsmark: --dct: %s\n", st.error().message.c_str());
      return kExitBadInput;
    }
  }
  auto engine = Engine::create();
  if (!engine) {
    std::fprintf(stderr, "newsmark: %s\n", engine.error().message.c_str());
    return kExitBadInput;
  }
  // The tokens (CoNLL needs them) come from the engine; its annotations only when the input
  // had none.
  const bool run_all = analyze && !doc.has_annotations;
  Analysis analysis = engine->analyze(doc.document, run_all ? AnalyzeOptions{} : AnalyzeOptions::tokens_only());
  AnnotationSet& set = run_all ? analysis.annotations : doc.annotations;
  // An exercise that starts from suggestions shows those of its labels only.
  if (run_all && doc.exercise) keep_task_labels(set, doc.exercise->task);

  std::string base = out;
  if (base.empty() || base == "-") {
    std::string name = inputs.front() == "-" ? std::string("article") : inputs.front();
    const std::size_t slash = name.find_last_of('/');
    if (slash != std::string::npos) name = name.substr(slash + 1);
    base = name.substr(0, name.find('.'));
  }
  io::Export exported = io::export_document(*format, doc.document, set, analysis.tokens, analysis.sentences, base,
                                            doc.exercise ? &*doc.exercise : nullptr);
  if (!exported.warning.empty()) std::fprintf(stderr, "newsmark: %s\n", exported.warning.c_str());
  if (exported.files.size() == 1) {
    if (Status st = write_all(out, exported.files.front().data); !st.ok()) {
      std::fprintf(stderr, "newsmark: %s\n", st.error().message.c_str());
      return kExitBadInput;
    }
    return kExitOk;
  }
  for (const io::ExportedFile& f : exported.files) {
    if (Status st = write_all(f.name, f.data); !st.ok()) {
      std::fprintf(stderr, "newsmark: %s\n", st.error().message.c_str());
      return kExitBadInput;
    }
    std::fprintf(stderr, "newsmark: wrote %s\n", f.name.c_str());
  }
  return kExitOk;
}

}  // namespace newsmark::cli
