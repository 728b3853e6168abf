// `newsmark train names --data FILE.jsonl... -o assets/models/names.bin [--epochs N]
// [--max-features N]`: trains the name tagger (core/learning/name_training.h) on name-annotated
// JSON Lines (the format of ../shared/data/train) and writes the model file. One document in
// ten of each file (by a hash of its id) is held out: the command prints, per file, the strict
// F1 there of the rules alone, the model alone and the model with the rules. Deterministic.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli_common.h"
#include "core/lexicons/lexicons.h"
#include "core/learning/name_training.h"
#include "io/json/corpus_jsonl.h"

namespace newsmark::cli {
namespace {

std::string corpus_name(const std::string& path) {
  std::string base = path.substr(path.find_last_of('/') + 1);
  if (const std::size_t dot = base.rfind(".jsonl"); dot != std::string::npos) base.resize(dot);
  return base;
}

// Byte offset of each code point of `text` (and of its end).
std::vector<std::uint32_t> code_point_bytes(const std::string& text) {
  std::vector<std::uint32_t> out;
  for (std::size_t b = 0; b < text.size(); ++b) {
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) out.push_back(static_cast<std::uint32_t>(b));
  }
  out.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

Status read_corpus(const std::string& path, std::vector<TrainingDoc>& docs, std::size_t& dropped_spans) {
  auto raw = read_all(path);
  if (!raw) return raw.error();
  const std::string corpus = corpus_name(path);
  std::size_t pos = 0, line_no = 0;
  while (pos < raw->size()) {
    std::size_t nl = raw->find('\n', pos);
    if (nl == std::string::npos) nl = raw->size();
    const std::string_view line(raw->data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto rec = io::parse_corpus_line(line, line_no);
    if (!rec) return make_error(rec.error().code, path + ": " + rec.error().message);
    TrainingDoc doc;
    doc.corpus = corpus;
    doc.heldout = in_heldout_fold(corpus, rec->id);
    doc.annotated_types = std::move(rec->annotated_types);
    doc.partial_types = std::move(rec->partial_types);
    const std::vector<std::uint32_t> bytes = code_point_bytes(rec->text);
    for (const io::CorpusSpan& s : rec->spans) {
      if (s.end >= bytes.size() || s.start >= s.end) {
        ++dropped_spans;
        continue;
      }
      doc.spans.push_back(TrainingSpan{bytes[s.start], bytes[s.end], s.type});
    }
    doc.text = std::move(rec->text);
    docs.push_back(std::move(doc));
  }
  return Status{};
}

void print_scores(const char* what, const CorpusScores& scores) {
  std::printf("%s\n  %-20s %6s %6s   %5s %5s %5s   %s\n", what, "corpus", "gold", "pred", "P", "R", "F1",
              "F1 by type (PERSON ORG LOC NORP)");
  for (const auto& [corpus, board] : scores) {
    const Counts c = board.total({"PERSON", "ORG", "LOC", "NORP"});
    const Prf f = prf(c.strict_tp, c.predicted, c.gold);
    std::printf("  %-20s %6llu %6llu   %5.1f %5.1f %5.1f  ", corpus.c_str(), static_cast<unsigned long long>(c.gold),
                static_cast<unsigned long long>(c.predicted), 100 * f.precision, 100 * f.recall, 100 * f.f1);
    for (const char* type : {"PERSON", "ORG", "LOC", "NORP"}) {
      auto it = board.by_type().find(type);
      if (it == board.by_type().end() || it->second.gold == 0) {
        std::printf("     -");
        continue;
      }
      std::printf(" %5.1f", 100 * prf(it->second.strict_tp, it->second.predicted, it->second.gold).f1);
    }
    std::printf("\n");
  }
}

}  // namespace

int cmd_train(int argc, char** argv) {
  if (argc < 1 || std::string(argv[0]) != "names") {
    std::fprintf(stderr, "usage: newsmark train names --data FILE.jsonl... -o OUT.bin [--epochs N] [--max-features N]\n");
    return kExitUsage;
  }
  std::vector<std::string> data;
  std::string out, value;
  TrainingOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--data") {
      while (i + 1 < argc && argv[i + 1][0] != '-') data.emplace_back(argv[++i]);
    } else if (a == "-o") {
      if (!option_value(argc, argv, i, out)) return kExitUsage;
    } else if (a == "--epochs" || a == "--max-features") {
      if (!option_value(argc, argv, i, value)) return kExitUsage;
      const long n = std::strtol(value.c_str(), nullptr, 10);
      if (n <= 0) {
        std::fprintf(stderr, "newsmark: %s needs a positive number, not '%s'\n", a.c_str(), value.c_str());
        return kExitUsage;
      }
      if (a == "--epochs") options.epochs = static_cast<int>(n);
      else options.max_features = static_cast<std::size_t>(n);
    } else {
      std::fprintf(stderr, "newsmark: unexpected argument '%s'\n", a.c_str());
      return kExitUsage;
    }
  }
  if (data.empty() || out.empty()) {
    std::fprintf(stderr, "usage: newsmark train names --data FILE.jsonl... -o OUT.bin [--epochs N] [--max-features N]\n");
    return kExitUsage;
  }
  auto lex = Lexicons::load_builtin();
  if (!lex) {
    std::fprintf(stderr, "newsmark: %s\n", lex.error().message.c_str());
    return kExitBadInput;
  }
  std::vector<TrainingDoc> docs;
  std::size_t dropped = 0;
  for (const std::string& path : data) {
    if (Status s = read_corpus(path, docs, dropped); !s.ok()) {
      std::fprintf(stderr, "newsmark: %s\n", s.error().message.c_str());
      return kExitBadInput;
    }
  }
  std::size_t heldout = 0;
  for (const TrainingDoc& d : docs) heldout += d.heldout ? 1 : 0;
  std::printf("%zu documents from %zu files (%zu held out); %zu spans with bad offsets dropped\n", docs.size(),
              data.size(), heldout, dropped);
  options.log = [](const std::string& line) {
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
  };
  const TrainingResult result = train_name_model(docs, *lex, options);
  const std::vector<unsigned char> bytes = result.model.write();
  if (Status s = write_all(out, std::string(bytes.begin(), bytes.end())); !s.ok()) {
    std::fprintf(stderr, "newsmark: %s\n", s.error().message.c_str());
    return kExitBadInput;
  }
  std::printf("wrote %s: %zu bytes, %zu features\n", out.c_str(), bytes.size(), result.model.features());
  std::printf("held-out fold, strict span and type (GPE and LOC as LOC):\n");
  print_scores("rules alone", score_heldout(docs, *lex, result.model, NameStrategy::rules));
  print_scores("model alone", result.heldout);
  print_scores("model + rules", score_heldout(docs, *lex, result.model, NameStrategy::model_and_rules));
  return kExitOk;
}

}  // namespace newsmark::cli
