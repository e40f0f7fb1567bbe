/// This content type is provided for compatibility with services that don't support multipart/form-data, such as SailPoint Workflows. This content type does not support files, so it can only be used for direct connect sources.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportAccountsRequestXWwwFormUrlencoded {
    /// Use this flag to reprocess every account whether or not the data has changed.
    pub disable_optimization: Option<
        crate::ImportAccountsRequestXWwwFormUrlencodedDisableOptimization,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportAccountsRequestXWwwFormUrlencoded {
    /// Builds a `ImportAccountsRequestXWwwFormUrlencoded` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportAccountsRequestXWwwFormUrlencoded {
    disable_optimization: optional::<crate::ImportAccountsRequestXWwwFormUrlencodedDisableOptimization>(disable_optimization),
});
crate::serde_helpers::serde_struct!(ImportAccountsRequestXWwwFormUrlencoded {
    disable_optimization: optional("disableOptimization"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportAccountsRequestXWwwFormUrlencoded {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.disable_optimization, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Use this flag to reprocess every account whether or not the data has changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportAccountsRequestXWwwFormUrlencodedDisableOptimization {
    /// `true`
    True,
    /// `false`
    False,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ImportAccountsRequestXWwwFormUrlencodedDisableOptimization {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ImportAccountsRequestXWwwFormUrlencodedDisableOptimization {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    ImportAccountsRequestXWwwFormUrlencodedDisableOptimization
);
