/// Specifies when resource sizes should be calculated during a crawl operation. - 0: Unspecified - No specific option set. - 1: Never - Resource sizes are never calculated. - 2: Always - Resource sizes are always calculated. - 3: Secondcrawl - Resource sizes are calculated only on a second crawl.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CrawlResourcesSizesOptions {
    /// `0`
    V0,
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(i64),
}
impl CrawlResourcesSizesOptions {
    /// The value as on the wire.
    pub fn value(&self) -> i64 {
        match *self {
            Self::V0 => 0i64,
            Self::V1 => 1i64,
            Self::V2 => 2i64,
            Self::V3 => 3i64,
            Self::Unknown(value) => value,
        }
    }
}
impl From<i64> for CrawlResourcesSizesOptions {
    fn from(value: i64) -> Self {
        match value {
            0i64 => Self::V0,
            1i64 => Self::V1,
            2i64 => Self::V2,
            3i64 => Self::V3,
            other => Self::Unknown(other),
        }
    }
}
crate::serde_helpers::integer_enum!(CrawlResourcesSizesOptions);
