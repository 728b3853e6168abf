// `newsmark score --key KEY --student S1 [S2 ...] [--labels A,B] [--csv OUT]`: the teacher's
// class view in a terminal. KEY is an exercise file that keeps its key (or, with --labels, any
// annotated Newsmark JSON of the article); each S is a student's Newsmark JSON file. Prints
// every student's precision, recall and F1 per label, the spans most missed, and the
// students' agreement (docs/classroom.md); --csv also writes the table as CSV.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "core/engine.h"
#include "io/classroom/class_report.h"
#include "io/classroom/exercise_files.h"

namespace newsmark::cli {

int cmd_score(int argc, char** argv) {
  std::string key_path, csv_path, labels_arg;
  std::vector<std::string> students;
  bool in_students = false;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string& target) { return option_value(argc, argv, i, target); };
    if (arg == "--key") { if (!value(key_path)) return kExitUsage; in_students = false; }
    else if (arg == "--csv") { if (!value(csv_path)) return kExitUsage; in_students = false; }
    else if (arg == "--labels") { if (!value(labels_arg)) return kExitUsage; in_students = false; }
    else if (arg == "--student") in_students = true;
    else if (in_students && arg.rfind("--", 0) != 0) students.push_back(arg);
    else {
      std::fprintf(stderr, "newsmark: score: unknown argument %s\n", arg.c_str());
      return kExitUsage;
    }
  }
  if (key_path.empty() || students.empty()) {
    std::fprintf(stderr, "newsmark: score --key KEY --student S1 [S2 ...] [--labels A,B] [--csv OUT]\n");
    return kExitUsage;
  }
  std::vector<std::string> labels;
  for (std::size_t start = 0; start < labels_arg.size();) {
    const std::size_t comma = labels_arg.find(',', start);
    const std::size_t end = comma == std::string::npos ? labels_arg.size() : comma;
    if (end > start) labels.push_back(labels_arg.substr(start, end - start));
    start = end + 1;
  }
  auto key_bytes = read_all(key_path);
  if (!key_bytes) {
    std::fprintf(stderr, "newsmark: %s\n", key_bytes.error().message.c_str());
    return kExitBadInput;
  }
  auto key = io::read_exercise_key(*key_bytes, labels);
  if (!key) {
    std::fprintf(stderr, "newsmark: %s: %s\n", key_path.c_str(), key.error().message.c_str());
    return kExitBadInput;
  }
  std::vector<StudentAnswers> answers;
  for (const std::string& path : students) {
    auto bytes = read_all(path);
    if (!bytes) {
      std::fprintf(stderr, "newsmark: %s\n", bytes.error().message.c_str());
      return kExitBadInput;
    }
    auto work = io::read_student_work(*bytes, path, *key);
    if (!work) {
      std::fprintf(stderr, "newsmark: %s\n", work.error().message.c_str());
      return kExitBadInput;
    }
    answers.push_back(std::move(work).value());
  }
  // The article's words are the units of agreement.
  auto engine = Engine::create();
  if (!engine) {
    std::fprintf(stderr, "newsmark: %s\n", engine.error().message.c_str());
    return kExitBadInput;
  }
  std::vector<ByteSpan> tokens;
  for (const Token& t : engine->analyze(key->file.document, AnalyzeOptions::tokens_only()).tokens) {
    if (t.kind == TokenKind::word || t.kind == TokenKind::number) tokens.push_back({t.begin, t.end});
  }
  const ClassResults results = class_results(key->key, answers, key->task.labels, tokens);
  std::fputs(io::class_results_text(results, key->file.document, key->key, key->task.title).c_str(), stdout);
  if (!csv_path.empty()) {
    if (Status st = write_all(csv_path, io::class_results_csv(results)); !st.ok()) {
      std::fprintf(stderr, "newsmark: %s\n", st.error().message.c_str());
      return kExitBadInput;
    }
  }
  return kExitOk;
}

}  // namespace newsmark::cli
