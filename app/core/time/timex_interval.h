// The stretch of time a TIMEX3 date value covers, as ISO dates [start, end): "2023-07-17" is
// one day, "2023-06" a month, "2023-W28" a week (Monday to Monday; "-WE" the weekend), "2023-Q3"
// a quarter, "2023-SU" a season (meteorological, northern hemisphere), "2023" a year, "199" a
// decade. Values without a place on the calendar (P3Y, PRESENT_REF, XXXX-06) get none.
#pragma once

#include <string>
#include <string_view>

namespace newsmark {

// Sets start and end, or leaves both empty.
void interval_of(std::string_view value, std::string& start, std::string& end);

}  // namespace newsmark
