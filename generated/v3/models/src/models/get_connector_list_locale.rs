#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetConnectorListLocale {
    /// `de`
    De,
    /// `no`
    No,
    /// `fi`
    Fi,
    /// `sv`
    Sv,
    /// `ru`
    Ru,
    /// `pt`
    Pt,
    /// `ko`
    Ko,
    /// `zh-TW`
    ZhTw,
    /// `en`
    En,
    /// `it`
    It,
    /// `fr`
    Fr,
    /// `zh-CN`
    ZhCn,
    /// `hu`
    Hu,
    /// `es`
    Es,
    /// `cs`
    Cs,
    /// `ja`
    Ja,
    /// `pl`
    Pl,
    /// `da`
    Da,
    /// `nl`
    Nl,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetConnectorListLocale {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::De => "de",
            Self::No => "no",
            Self::Fi => "fi",
            Self::Sv => "sv",
            Self::Ru => "ru",
            Self::Pt => "pt",
            Self::Ko => "ko",
            Self::ZhTw => "zh-TW",
            Self::En => "en",
            Self::It => "it",
            Self::Fr => "fr",
            Self::ZhCn => "zh-CN",
            Self::Hu => "hu",
            Self::Es => "es",
            Self::Cs => "cs",
            Self::Ja => "ja",
            Self::Pl => "pl",
            Self::Da => "da",
            Self::Nl => "nl",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetConnectorListLocale {
    fn from(value: &str) -> Self {
        match value {
            "de" => Self::De,
            "no" => Self::No,
            "fi" => Self::Fi,
            "sv" => Self::Sv,
            "ru" => Self::Ru,
            "pt" => Self::Pt,
            "ko" => Self::Ko,
            "zh-TW" => Self::ZhTw,
            "en" => Self::En,
            "it" => Self::It,
            "fr" => Self::Fr,
            "zh-CN" => Self::ZhCn,
            "hu" => Self::Hu,
            "es" => Self::Es,
            "cs" => Self::Cs,
            "ja" => Self::Ja,
            "pl" => Self::Pl,
            "da" => Self::Da,
            "nl" => Self::Nl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetConnectorListLocale);
