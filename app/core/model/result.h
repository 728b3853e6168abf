// Errors as values across the core API: every fallible function returns Result<T> (or
// Status), carrying either the value or an Error with a stable code and a message written for
// the user. No exceptions cross the API; the wasm build runs without exception catching.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace newsmark {

enum class ErrorCode {
  invalid_argument,  // a value the caller passed is malformed (e.g. a date that is not ISO)
  too_large,         // input over a documented size limit
  invalid_offset,    // an offset outside the text or inside a UTF-8 sequence
  parse_error,       // a file or string that does not parse in its format
  unsupported,       // a valid input this version does not handle (e.g. a newer file version)
  io_error,          // reading or writing a file failed
};

// Short machine-readable name of a code ("too_large"), used in JSON and test output.
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit on purpose, like optional
  Result(Error error) : data_(std::move(error)) {}  // NOLINT

  bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { assert(ok()); return std::get<0>(data_); }
  T& value() & { assert(ok()); return std::get<0>(data_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(data_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

// Result for operations that produce nothing but may fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { assert(!ok_); return error_; }

 private:
  Error error_{ErrorCode::invalid_argument, {}};
  bool ok_ = true;
};

inline Error make_error(ErrorCode code, std::string message) {
  return Error{code, std::move(message)};
}

}  // namespace newsmark
