#include "core/model/result.h"

namespace newsmark {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::too_large: return "too_large";
    case ErrorCode::invalid_offset: return "invalid_offset";
    case ErrorCode::parse_error: return "parse_error";
    case ErrorCode::unsupported: return "unsupported";
    case ErrorCode::io_error: return "io_error";
  }
  return "unknown";
}

}  // namespace newsmark
