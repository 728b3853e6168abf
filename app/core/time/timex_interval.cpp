#include "core/time/timex_interval.h"

#include <cstdlib>

#include "core/time/calendar.h"

namespace newsmark {

void interval_of(std::string_view value, std::string& start, std::string& end) {
  const std::string v(value);
  auto num = [&](std::size_t at, std::size_t n) { return std::atoi(v.substr(at, n).c_str()); };
  auto digits = [&](std::size_t at, std::size_t n) {
    if (v.size() < at + n) return false;
    for (std::size_t k = at; k < at + n; ++k) {
      if (v[k] < '0' || v[k] > '9') return false;
    }
    return true;
  };
  if (digits(0, 4) && v.size() >= 10 && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2)) {
    const IsoDate d{num(0, 4), num(5, 2), num(8, 2)};
    start = d.to_string();
    end = calendar::add_days(d, 1).to_string();
  } else if (digits(0, 4) && v.size() == 7 && v[4] == '-' && digits(5, 2)) {
    const IsoDate d{num(0, 4), num(5, 2), 1};
    start = d.to_string();
    end = calendar::add_months(d, 1).to_string();
  } else if (digits(0, 4) && v.size() == 4) {
    start = IsoDate{num(0, 4), 1, 1}.to_string();
    end = IsoDate{num(0, 4) + 1, 1, 1}.to_string();
  } else if (digits(0, 4) && v.size() >= 8 && v.substr(4, 2) == "-W" && digits(6, 2)) {
    const IsoDate monday = calendar::iso_week_monday(num(0, 4), num(6, 2));
    const bool weekend = v.ends_with("-WE");
    start = (weekend ? calendar::add_days(monday, 5) : monday).to_string();
    end = calendar::add_days(monday, 7).to_string();
  } else if (digits(0, 4) && v.size() == 7 && v.substr(4, 2) == "-Q") {
    const int q = v[6] - '0';
    start = IsoDate{num(0, 4), (q - 1) * 3 + 1, 1}.to_string();
    end = calendar::add_months(IsoDate{num(0, 4), (q - 1) * 3 + 1, 1}, 3).to_string();
  } else if (digits(0, 4) && v.size() == 7 && v[4] == '-' && (v.substr(5) == "SP" || v.substr(5) == "SU" ||
                                                             v.substr(5) == "FA" || v.substr(5) == "WI")) {
    // Meteorological seasons (northern hemisphere): Mar-May, Jun-Aug, Sep-Nov, Dec-Feb.
    const std::string q = v.substr(5);
    const int month = q == "SP" ? 3 : q == "SU" ? 6 : q == "FA" ? 9 : 12;
    const IsoDate s0{num(0, 4), month, 1};
    start = s0.to_string();
    end = calendar::add_months(s0, 3).to_string();
  } else if (digits(0, 3) && v.size() == 3) {
    start = IsoDate{num(0, 3) * 10, 1, 1}.to_string();
    end = IsoDate{num(0, 3) * 10 + 10, 1, 1}.to_string();
  }
}

}  // namespace newsmark
