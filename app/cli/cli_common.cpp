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

}  // namespace newsmark::cli
