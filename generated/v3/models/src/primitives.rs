//! Dates and date-times as they are on the wire.
//!
//! The API's `format: date-time` values are not uniform: most are RFC 3339 with `Z`
//! (`2020-01-01T00:00:00Z`), some carry an offset (`2020-03-24T11:11:41.139-05:00`), the number
//! of fractional digits varies (none, 3, 6, 9), and a few documented values are not RFC 3339 at
//! all. A strict date-time type would either reject such a response or write a different text
//! back (`+00:00` for `Z`, `.100` for `.1`). [`DateTime`] and [`Date`] therefore keep the exact
//! text: a value read from the API is sent back byte for byte, and any value deserializes.
//!
//! To compute with them, enable the `chrono` feature: `DateTime::to_chrono` and
//! `Date::to_chrono` parse, and `From<chrono::DateTime<Tz>>` / `From<chrono::NaiveDate>` build
//! values in the canonical form (`2020-01-01T00:00:00Z`, `2020-01-01`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// A `format: date-time` value, kept exactly as written (RFC 3339 in practice, e.g.
/// `2020-01-01T00:00:00.000Z`). See the [module docs](self) for why it is not a parsed type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(String);

/// A `format: date` value (`2020-01-01`), kept exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Date(String);

macro_rules! text_type {
    ($ty:ident) => {
        impl $ty {
            /// Wraps a text as it is (no validation).
            pub fn new(text: impl Into<String>) -> Self {
                Self(text.into())
            }

            /// The text as on the wire.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text as on the wire.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl From<String> for $ty {
            fn from(text: String) -> Self {
                Self(text)
            }
        }

        impl From<&str> for $ty {
            fn from(text: &str) -> Self {
                Self(text.to_owned())
            }
        }

        impl From<$ty> for String {
            fn from(value: $ty) -> String {
                value.0
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $ty {
            type Err = std::convert::Infallible;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Ok(Self(text.to_owned()))
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $ty {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $ty {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

text_type!(DateTime);
text_type!(Date);

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::{Date, DateTime};

    impl DateTime {
        /// Parses the text as RFC 3339.
        pub fn to_chrono(&self) -> Result<chrono::DateTime<chrono::FixedOffset>, chrono::ParseError> {
            chrono::DateTime::parse_from_rfc3339(&self.0)
        }
    }

    impl<Tz: chrono::TimeZone> From<chrono::DateTime<Tz>> for DateTime {
        /// RFC 3339 in UTC with `Z` and only the fractional digits needed.
        fn from(value: chrono::DateTime<Tz>) -> Self {
            Self(
                value
                    .with_timezone(&chrono::Utc)
                    .to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
            )
        }
    }

    impl Date {
        /// Parses the text as `YYYY-MM-DD`.
        pub fn to_chrono(&self) -> Result<chrono::NaiveDate, chrono::ParseError> {
            chrono::NaiveDate::parse_from_str(&self.0, "%Y-%m-%d")
        }
    }

    impl From<chrono::NaiveDate> for Date {
        fn from(value: chrono::NaiveDate) -> Self {
            Self(value.format("%Y-%m-%d").to_string())
        }
    }
}
