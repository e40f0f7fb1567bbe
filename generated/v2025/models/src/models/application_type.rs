/// Specifies the type of application. Possible values:
///   1  - Sharepoint
///   8  - WindowsFileServer
///   9  - ActiveDirectory
///   11 - EmcCelerraCifs
///   15 - NetappCifs
///   20 - EmcIsilon
///   21 - GoogleDrive
///   24 - Box
///   25 - Dropbox
///   27 - OneDriveForBusiness
///   28 - SharepointOnline
///   29 - ExchangeOnline
///   33 - Cifs
///   35 - AwsS3
///   37 - Snowflake
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApplicationType {
    /// `1`
    V1,
    /// `8`
    V8,
    /// `9`
    V9,
    /// `11`
    V11,
    /// `15`
    V15,
    /// `20`
    V20,
    /// `21`
    V21,
    /// `24`
    V24,
    /// `25`
    V25,
    /// `27`
    V27,
    /// `28`
    V28,
    /// `29`
    V29,
    /// `33`
    V33,
    /// `35`
    V35,
    /// `37`
    V37,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(i64),
}
impl ApplicationType {
    /// The value as on the wire.
    pub fn value(&self) -> i64 {
        match *self {
            Self::V1 => 1i64,
            Self::V8 => 8i64,
            Self::V9 => 9i64,
            Self::V11 => 11i64,
            Self::V15 => 15i64,
            Self::V20 => 20i64,
            Self::V21 => 21i64,
            Self::V24 => 24i64,
            Self::V25 => 25i64,
            Self::V27 => 27i64,
            Self::V28 => 28i64,
            Self::V29 => 29i64,
            Self::V33 => 33i64,
            Self::V35 => 35i64,
            Self::V37 => 37i64,
            Self::Unknown(value) => value,
        }
    }
}
impl From<i64> for ApplicationType {
    fn from(value: i64) -> Self {
        match value {
            1i64 => Self::V1,
            8i64 => Self::V8,
            9i64 => Self::V9,
            11i64 => Self::V11,
            15i64 => Self::V15,
            20i64 => Self::V20,
            21i64 => Self::V21,
            24i64 => Self::V24,
            25i64 => Self::V25,
            27i64 => Self::V27,
            28i64 => Self::V28,
            29i64 => Self::V29,
            33i64 => Self::V33,
            35i64 => Self::V35,
            37i64 => Self::V37,
            other => Self::Unknown(other),
        }
    }
}
crate::serde_helpers::integer_enum!(ApplicationType);
