//! Calendar dates: the check every identifier with an encoded birth date needs.

/// Days in `month` (1–12) of `year`, Gregorian; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// True when the day exists: `is_valid(2000, 2, 29)`, not `is_valid(1900, 2, 29)`.
pub fn is_valid(year: i32, month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// The current year (UTC), for "a birth date is not in the future".
pub fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Mean Gregorian year; exact to the day is not needed here.
    1970 + (secs / 31_556_952) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_valid(2000, 2, 29));
        assert!(!is_valid(1900, 2, 29));
        assert!(is_valid(2024, 2, 29));
        assert!(!is_valid(2023, 2, 29));
        assert!(!is_valid(2023, 4, 31));
        assert!(!is_valid(2023, 13, 1));
        assert!(!is_valid(2023, 0, 1));
        assert!(!is_valid(2023, 1, 0));
        assert!(current_year() >= 2026);
    }
}
