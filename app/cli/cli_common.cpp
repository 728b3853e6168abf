#include "cli/cli_common.h"

#include <cstdio>

#include <fstream>
#include <iostream>
#include <sstream>

namespace newsmark::cli {

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

bool option_value(int argc, char** argv, int& i, std::string& target) {
  if (i + 1 >= argc) {
    std::fprintf(stderr, "newsmark: %s needs a value\n", argv[i]);
    return false;
  }
  target = argv[++i];
  return true;
}

Status write_all(const std::string& path, const std::string& data) {
  if (path.empty() || path == "-") {
    std::fwrite(data.data(), 1, data.size(), stdout);
    return {};
  }
  std::ofstream out(path, std::ios::binary);
  out << data;
  if (!out) return make_error(ErrorCode::io_error, "cannot write '" + path + "'");
  return {};
}

bool load_name_model(Engine& engine, const std::string& path) {
  if (path.empty()) return true;
  auto bytes = read_all(path);
  if (!bytes) {
    std::fprintf(stderr, "newsmark: %s\n", bytes.error().message.c_str());
    return false;
  }
  engine.use_name_model({reinterpret_cast<const unsigned char*>(bytes->data()), bytes->size()});
  if (!engine.name_model_problem().empty()) {
    std::fprintf(stderr, "newsmark: %s: %s\n", path.c_str(), engine.name_model_problem().c_str());
  }
  return true;
}

}  // namespace newsmark::cli
