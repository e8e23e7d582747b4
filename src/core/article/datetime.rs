//! ISO 8601 date-times with a zone, as the article format requires.

use crate::core::text::cat;

/// A checked ISO 8601 date-time with zone; keeps the original text for `<time datetime>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTime {
    text: String,
    /// Year.
    pub year: u16,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl DateTime {
    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`. A zone is required: without one the
    /// moment is ambiguous and readers elsewhere would see a wrong date.
    pub fn parse(s: &str) -> Option<DateTime> {
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Option<u32> {
            let part = s.get(from..from + len)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        if b.len() < 17 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
        let (hour, minute) = (num(11, 2)?, num(14, 2)?);
        if b[13] != b':' || !(1..=12).contains(&month) || hour > 23 || minute > 59 {
            return None;
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        if day == 0 || day > days_in_month[month as usize - 1] {
            return None;
        }
        let mut i = 16;
        if b.get(i) == Some(&b':') {
            if num(i + 1, 2)? > 60 {
                return None;
            }
            i += 3;
            if b.get(i) == Some(&b'.') {
                i += 1;
                let start = i;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                if i == start {
                    return None;
                }
            }
        }
        let zone_ok = match b.get(i) {
            Some(b'Z' | b'z') => i + 1 == b.len(),
            Some(b'+' | b'-') => {
                i + 6 == b.len() && b[i + 3] == b':' && num(i + 1, 2)? <= 23 && num(i + 4, 2)? <= 59
            }
            _ => false,
        };
        zone_ok.then(|| DateTime {
            text: s.to_owned(),
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses a date-time with zone, or a date alone (`YYYY-MM-DD`: a day, whose hour nobody
    /// recorded, the same day for every reader).
    pub fn parse_day_or_time(s: &str) -> Option<DateTime> {
        if s.len() != 10 {
            return DateTime::parse(s);
        }
        let mut d = DateTime::parse(&cat(&[s, "T00:00Z"]))?;
        d.text = s.to_owned();
        Some(d)
    }

    /// The original ISO text, for `<time datetime>`.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::DateTime;

    #[test]
    fn accepts_zoned_iso_date_times() {
        for ok in [
            "2022-06-21T09:00:00+02:00",
            "2022-06-21T09:00Z",
            "2024-02-29T23:59:59.123-05:30",
        ] {
            assert!(DateTime::parse(ok).is_some(), "{ok}");
        }
        let d = DateTime::parse("2022-06-21T09:00:00+02:00").unwrap();
        assert_eq!((d.year, d.month, d.day), (2022, 6, 21));
    }

    #[test]
    fn a_day_alone_is_a_day() {
        let d = DateTime::parse_day_or_time("2024-02-29").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.as_str()),
            (2024, 2, 29, "2024-02-29")
        );
        assert!(DateTime::parse_day_or_time("2022-06-21T09:00Z").is_some());
        for bad in ["2023-02-29", "2022-6-210", "2022-06-21T", "21.06.2022"] {
            assert!(DateTime::parse_day_or_time(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn rejects_missing_zone_and_impossible_dates() {
        for bad in [
            "2022-06-21T09:00:00",
            "2022-06-21",
            "2023-02-29T00:00Z",
            "2022-13-01T00:00Z",
            "2022-06-21T24:00Z",
            "2022-06-21T09:00:00+2:00",
            "२०२२-06-21T09:00Z",
            "",
        ] {
            assert!(DateTime::parse(bad).is_none(), "{bad}");
        }
    }
}
