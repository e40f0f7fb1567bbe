/// The type of transform operation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TransformType {
    /// `accountAttribute`
    AccountAttribute,
    /// `base64Decode`
    Base64Decode,
    /// `base64Encode`
    Base64Encode,
    /// `concat`
    Concat,
    /// `conditional`
    Conditional,
    /// `dateCompare`
    DateCompare,
    /// `dateFormat`
    DateFormat,
    /// `dateMath`
    DateMath,
    /// `decomposeDiacriticalMarks`
    DecomposeDiacriticalMarks,
    /// `e164phone`
    E164phone,
    /// `firstValid`
    FirstValid,
    /// `rule`
    Rule,
    /// `identityAttribute`
    IdentityAttribute,
    /// `indexOf`
    IndexOf,
    /// `iso3166`
    Iso3166,
    /// `lastIndexOf`
    LastIndexOf,
    /// `leftPad`
    LeftPad,
    /// `lookup`
    Lookup,
    /// `lower`
    Lower,
    /// `normalizeNames`
    NormalizeNames,
    /// `randomAlphaNumeric`
    RandomAlphaNumeric,
    /// `randomNumeric`
    RandomNumeric,
    /// `reference`
    Reference,
    /// `replaceAll`
    ReplaceAll,
    /// `replace`
    Replace,
    /// `rightPad`
    RightPad,
    /// `split`
    Split,
    /// `static`
    Static,
    /// `substring`
    Substring,
    /// `trim`
    Trim,
    /// `upper`
    Upper,
    /// `usernameGenerator`
    UsernameGenerator,
    /// `uuid`
    Uuid,
    /// `displayName`
    DisplayName,
    /// `rfc5646`
    Rfc5646,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TransformType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountAttribute => "accountAttribute",
            Self::Base64Decode => "base64Decode",
            Self::Base64Encode => "base64Encode",
            Self::Concat => "concat",
            Self::Conditional => "conditional",
            Self::DateCompare => "dateCompare",
            Self::DateFormat => "dateFormat",
            Self::DateMath => "dateMath",
            Self::DecomposeDiacriticalMarks => "decomposeDiacriticalMarks",
            Self::E164phone => "e164phone",
            Self::FirstValid => "firstValid",
            Self::Rule => "rule",
            Self::IdentityAttribute => "identityAttribute",
            Self::IndexOf => "indexOf",
            Self::Iso3166 => "iso3166",
            Self::LastIndexOf => "lastIndexOf",
            Self::LeftPad => "leftPad",
            Self::Lookup => "lookup",
            Self::Lower => "lower",
            Self::NormalizeNames => "normalizeNames",
            Self::RandomAlphaNumeric => "randomAlphaNumeric",
            Self::RandomNumeric => "randomNumeric",
            Self::Reference => "reference",
            Self::ReplaceAll => "replaceAll",
            Self::Replace => "replace",
            Self::RightPad => "rightPad",
            Self::Split => "split",
            Self::Static => "static",
            Self::Substring => "substring",
            Self::Trim => "trim",
            Self::Upper => "upper",
            Self::UsernameGenerator => "usernameGenerator",
            Self::Uuid => "uuid",
            Self::DisplayName => "displayName",
            Self::Rfc5646 => "rfc5646",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TransformType {
    fn from(value: &str) -> Self {
        match value {
            "accountAttribute" => Self::AccountAttribute,
            "base64Decode" => Self::Base64Decode,
            "base64Encode" => Self::Base64Encode,
            "concat" => Self::Concat,
            "conditional" => Self::Conditional,
            "dateCompare" => Self::DateCompare,
            "dateFormat" => Self::DateFormat,
            "dateMath" => Self::DateMath,
            "decomposeDiacriticalMarks" => Self::DecomposeDiacriticalMarks,
            "e164phone" => Self::E164phone,
            "firstValid" => Self::FirstValid,
            "rule" => Self::Rule,
            "identityAttribute" => Self::IdentityAttribute,
            "indexOf" => Self::IndexOf,
            "iso3166" => Self::Iso3166,
            "lastIndexOf" => Self::LastIndexOf,
            "leftPad" => Self::LeftPad,
            "lookup" => Self::Lookup,
            "lower" => Self::Lower,
            "normalizeNames" => Self::NormalizeNames,
            "randomAlphaNumeric" => Self::RandomAlphaNumeric,
            "randomNumeric" => Self::RandomNumeric,
            "reference" => Self::Reference,
            "replaceAll" => Self::ReplaceAll,
            "replace" => Self::Replace,
            "rightPad" => Self::RightPad,
            "split" => Self::Split,
            "static" => Self::Static,
            "substring" => Self::Substring,
            "trim" => Self::Trim,
            "upper" => Self::Upper,
            "usernameGenerator" => Self::UsernameGenerator,
            "uuid" => Self::Uuid,
            "displayName" => Self::DisplayName,
            "rfc5646" => Self::Rfc5646,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TransformType);
