/// Arguments for Uncorrelated Accounts report (UNCORRELATED_ACCOUNTS)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UncorrelatedAccounts {
    /// Output report file formats. These are formats for calling GET endpoint as query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    pub selected_formats: Option<Vec<crate::UncorrelatedAccountsSelectedFormatsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UncorrelatedAccounts {
    /// Builds a `UncorrelatedAccounts` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UncorrelatedAccounts {
    selected_formats: optional::<Vec<crate::UncorrelatedAccountsSelectedFormatsItem>>(selected_formats),
});
crate::serde_helpers::serde_struct!(UncorrelatedAccounts {
    selected_formats: optional("selectedFormats"),
    ..additional_properties
});
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
crate::serde_helpers::string_enum!(UncorrelatedAccountsSelectedFormatsItem);
