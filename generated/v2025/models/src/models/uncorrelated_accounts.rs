/// Arguments for Uncorrelated Accounts report (UNCORRELATED_ACCOUNTS)
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UncorrelatedAccounts {
    /// Output report file formats. These are formats for calling GET endpoint as query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    #[serde(
        rename = "selectedFormats",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub selected_formats: Option<Vec<crate::UncorrelatedAccountsSelectedFormatsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UncorrelatedAccounts {
    /// Builds a `UncorrelatedAccounts` with every field unset.
    pub fn new() -> Self {
        Self {
            selected_formats: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for UncorrelatedAccounts {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.selected_formats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UncorrelatedAccountsSelectedFormatsItem {
    /// `CSV`
    Csv,
    /// `PDF`
    Pdf,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UncorrelatedAccountsSelectedFormatsItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::Pdf => "PDF",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for UncorrelatedAccountsSelectedFormatsItem {
    fn from(value: &str) -> Self {
        match value {
            "CSV" => Self::Csv,
            "PDF" => Self::Pdf,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for UncorrelatedAccountsSelectedFormatsItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for UncorrelatedAccountsSelectedFormatsItem {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for UncorrelatedAccountsSelectedFormatsItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UncorrelatedAccountsSelectedFormatsItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UncorrelatedAccountsSelectedFormatsItem {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for UncorrelatedAccountsSelectedFormatsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
