// A TIMEX3 value read as words, for people: "2024-04-17TMO" is "the morning of 17 April 2024",
// "2025-SP" "spring 2025", "2024-W15" "week 15 of 2024", "P3Y" "3 years", "PRESENT_REF" "now".
// The timeline's tooltips and the HTML report show these, with the code beside them for those
// who want it. A value this does not know (or a malformed one) comes back as it is.
#pragma once

#include <string>
#include <string_view>

namespace newsmark {

std::string timex_value_words(std::string_view value);

}  // namespace newsmark
