// Numbers and measures: CARDINAL, MONEY ($4.5 billion, US$ 40 billion, GBP 20 million, 9.9
// billion yuan), PERCENT (15%, 78 percent, 15-20%), QUANTITY (22,000 pounds, 30 km), each
// with a normalized value and unit in attrs ("value" = "4500000000", "unit" = "USD").
// Approximators belong to the span, as in MEANTIME and OntoNotes ("about $5", "up to 60").
// Years, day numbers in dates, ordinals and counts of time units are left to the time stage.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/segmentation/tokenizer.h"

namespace newsmark {

struct NumberValue {
  std::uint32_t first = 0;  // token range [first, end)
  std::uint32_t end = 0;
  double value = 0;
};

// A number at tokens[i]: digits ("22,000", "4.5"), words ("five", "twenty-one", "a dozen"),
// with an optional scale ("4.5 billion", "15bn", "3m"). nullopt when tokens[i] starts none.
std::optional<NumberValue> parse_number(std::string_view text, std::span<const Token> tokens, std::size_t i,
                                        std::size_t end);

struct MeasureMention {
  ByteSpan span;
  std::string_view label;  // kCardinal, kMoney, kPercent, kQuantity
  double value = 0;
  double value_max = 0;    // ranges: "15-20%", "between $12 million and $20 million"
  bool is_range = false;
  std::string unit;        // ISO 4217 code, "%", or a unit word
  std::string modifier;    // "about", "up to" ... as written, lower case
};

std::vector<MeasureMention> find_measures(std::string_view text, std::span<const Token> tokens);

// The value of a number word, any case: "five" -> 5, "Twenty-one" -> 21, "dozen" -> 12,
// "hundred" -> 100; nullopt for other words.
std::optional<double> number_word_value(std::string_view word);

// Formats a value for attrs: integers without a decimal point, others with up to 6 decimals.
std::string format_number(double v);

}  // namespace newsmark
