// `newsmark`: the command-line face of the engine, over the same core and io the web app links.
//   newsmark analyze FILE|- [--dct YYYY-MM-DD] [--title T] [--pretty] [-o OUT]
//   newsmark analyze --jsonl IN.jsonl|- [-o OUT.jsonl]
//   newsmark timeline FILE|- [--dct YYYY-MM-DD] [-o OUT]
//   newsmark eval GOLD.jsonl [--per-doc]
//   newsmark load FILE [--dct YYYY-MM-DD] [--title T] [-o OUT]   (text -> Newsmark JSON, no analysis)
//   newsmark convert IN [IN2] --to FORMAT [-o OUT] [--dct YYYY-MM-DD] [--no-analyze]
//   newsmark score --key KEY --student S1 [S2 ...] [--labels A,B] [--csv OUT]
//   newsmark --version
// Exit codes: 0 ok, 1 bad input (message on stderr), 2 bad usage.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/cli_common.h"
#include "version.h"

namespace {

void usage(std::FILE* to) {
  std::fprintf(to,
               "usage: newsmark analyze FILE|- [--dct YYYY-MM-DD] [--title T] [--pretty] [--names S] [--name-model F] [-o OUT]\n"
               "       newsmark analyze --jsonl IN.jsonl|- [-o OUT.jsonl]\n"
               "       newsmark timeline FILE|- [--dct YYYY-MM-DD] [-o OUT]\n"
               "       newsmark eval GOLD.jsonl [--per-doc] [--names S] [--name-model F]\n"
               "       newsmark load FILE [--dct YYYY-MM-DD] [--title T] [-o OUT]\n"
               "       newsmark convert IN [IN2] --to FORMAT [-o OUT] [--dct YYYY-MM-DD] [--no-analyze]\n"
               "       newsmark score --key KEY --student S1 [S2 ...] [--labels A,B] [--csv OUT]\n"
               "       newsmark train names --data FILE.jsonl... -o OUT.bin [--epochs N] [--max-features N]\n"
               "       newsmark --version\n"
               "\n"
               "analyze  annotates an article (UTF-8 text) and prints Newsmark JSON; with --jsonl,\n"
               "         reads {\"id\",\"text\",\"dct\"} per line and writes one result per line.\n"
               "         --names S: who finds names: combined (the trained model and the rules; the\n"
               "         default), model, or rules. --name-model F: a model from `train` instead of the\n"
               "         built-in one.\n"
               "timeline prints the article's dated events in time order, with the clause each dates.\n"
               "eval     runs the engine on gold texts and scores it (strict/relaxed P/R/F1 per label).\n"
               "         (throughput and memory: tools/bench.sh)\n"
               "load     converts a text to Newsmark JSON without annotating it.\n"
               "convert  reads an article (text, HTML page), Newsmark JSON, W3C JSON, or a .txt with its\n"
               "         brat .ann or W3C annotations, and writes FORMAT: newsmark, w3c, brat, doccano,\n"
               "         spacy, conll, csv, html, timelinejs. Text without annotations is analysed.\n"
               "score    scores students' work on an exercise against its key: precision, recall and F1\n"
               "         per student and label, the spans most missed, agreement among the students.\n"
               "train    trains the name tagger on name-annotated JSON Lines and writes its model.\n");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsmark::cli;
  if (argc < 2 || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "help")) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  const std::string cmd = argv[1];
  if (cmd == "--version") {
    std::printf("newsmark %s (Dear ImGui %s, SDL2 %s, simdjson %s)\n", NEWSMARK_VERSION, NEWSMARK_IMGUI_VERSION,
                NEWSMARK_SDL2_VERSION, NEWSMARK_SIMDJSON_VERSION);
    return kExitOk;
  }
  if (cmd == "load") return cmd_load(argc - 2, argv + 2);
  if (cmd == "analyze") return cmd_analyze(argc - 2, argv + 2);
  if (cmd == "eval") return cmd_eval(argc - 2, argv + 2);
  if (cmd == "timeline") return cmd_timeline(argc - 2, argv + 2);
  if (cmd == "convert") return cmd_convert(argc - 2, argv + 2);
  if (cmd == "score") return cmd_score(argc - 2, argv + 2);
  if (cmd == "train") return cmd_train(argc - 2, argv + 2);
  std::fprintf(stderr, "newsmark: unknown command '%s'\n", cmd.c_str());
  usage(stderr);
  return kExitUsage;
}
