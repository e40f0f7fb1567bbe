#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportAccountsRequest {
    /// The CSV file containing the source accounts to aggregate.
    ///
    /// Format: `binary`.
    pub file: Option<Vec<u8>>,
    /// Use this flag to reprocess every account whether or not the data has changed.
    pub disable_optimization: Option<crate::ImportAccountsRequestDisableOptimization>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportAccountsRequest {
    /// Builds a `ImportAccountsRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportAccountsRequest {
    file: optional::<Vec<u8>>(file),
    disable_optimization: optional::<crate::ImportAccountsRequestDisableOptimization>(disable_optimization),
});
crate::serde_helpers::serde_struct!(ImportAccountsRequest {
    file: optional("file"),
    disable_optimization: optional("disableOptimization"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportAccountsRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.disable_optimization, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Use this flag to reprocess every account whether or not the data has changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportAccountsRequestDisableOptimization {
    /// `true`
    True,
    /// `false`
    False,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ImportAccountsRequestDisableOptimization {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ImportAccountsRequestDisableOptimization {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ImportAccountsRequestDisableOptimization);
