// Helpers shared by the `newsmark` subcommands.
#pragma once

#include <cstdio>
#include <string>

#include "core/engine.h"
#include "core/model/result.h"

namespace newsmark::cli {

// Reads a whole file ('-' = standard input) as bytes.
Result<std::string> read_all(const std::string& path);
// The value after option argv[i] ("--dct 2026-03-14"): stores it in `target` and steps `i`
// over it; false (after a message) when the option is last.
bool option_value(int argc, char** argv, int& i, std::string& target);
// Loads a name model file into `engine` (`newsmark train names` output); a damaged file is
// reported on stderr and the rules find the names. False only when the file cannot be read.
bool load_name_model(Engine& engine, const std::string& path);
// Writes `data` to `path` ('' or '-' = standard output).
Status write_all(const std::string& path, const std::string& data);

int cmd_load(int argc, char** argv);
int cmd_analyze(int argc, char** argv);
int cmd_eval(int argc, char** argv);
int cmd_timeline(int argc, char** argv);
int cmd_convert(int argc, char** argv);
int cmd_score(int argc, char** argv);
int cmd_train(int argc, char** argv);

// Exit codes: 0 ok, 1 bad input, 2 bad usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

}  // namespace newsmark::cli
