#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementAttributeBulkUpdateFilterRequest {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    pub filters: Option<String>,
    /// Operation to perform on the attributes in the bulk update request.
    pub operation: Option<crate::EntitlementAttributeBulkUpdateFilterRequestOperation>,
    /// The choice of update scope.
    pub replace_scope: Option<
        crate::EntitlementAttributeBulkUpdateFilterRequestReplaceScope,
    >,
    /// The metadata to be updated, including attribute and values.
    pub values: Option<
        Vec<crate::EntitlementAttributeBulkUpdateFilterRequestValuesItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementAttributeBulkUpdateFilterRequest {
    /// Builds a `EntitlementAttributeBulkUpdateFilterRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementAttributeBulkUpdateFilterRequest {
    filters: optional::<String>(filters),
    operation: optional::<crate::EntitlementAttributeBulkUpdateFilterRequestOperation>(operation),
    replace_scope: optional::<crate::EntitlementAttributeBulkUpdateFilterRequestReplaceScope>(replace_scope),
    values: optional::<Vec<crate::EntitlementAttributeBulkUpdateFilterRequestValuesItem>>(values),
});
crate::serde_helpers::serde_struct!(EntitlementAttributeBulkUpdateFilterRequest {
    filters: optional("filters"),
    operation: optional("operation"),
    replace_scope: optional("replaceScope"),
    values: optional("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementAttributeBulkUpdateFilterRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.replace_scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Operation to perform on the attributes in the bulk update request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntitlementAttributeBulkUpdateFilterRequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl EntitlementAttributeBulkUpdateFilterRequestOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "ADD",
            Self::Remove => "REMOVE",
            Self::Replace => "REPLACE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EntitlementAttributeBulkUpdateFilterRequestOperation {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "REMOVE" => Self::Remove,
            "REPLACE" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(EntitlementAttributeBulkUpdateFilterRequestOperation);
/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntitlementAttributeBulkUpdateFilterRequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl EntitlementAttributeBulkUpdateFilterRequestReplaceScope {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Attribute => "ATTRIBUTE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EntitlementAttributeBulkUpdateFilterRequestReplaceScope {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "ATTRIBUTE" => Self::Attribute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    EntitlementAttributeBulkUpdateFilterRequestReplaceScope
);
