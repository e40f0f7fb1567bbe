/// Bulk update by query request of Role metadata. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
/// For more information about the query could refer to  [V3 API Perform Search](https://developer.sailpoint.com/docs/api/v3/search-post)
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMetadataBulkUpdateByQueryRequest {
    /// query the identities to be updated
    pub query: crate::primitives::OneOrMany<crate::Search>,
    /// The operation to be performed
    pub operation: crate::RoleMetadataBulkUpdateByQueryRequestOperation,
    /// The choice of update scope.
    pub replace_scope: Option<crate::RoleMetadataBulkUpdateByQueryRequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    pub values: Vec<crate::RoleMetadataBulkUpdateByQueryRequestValuesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByQueryRequest {
    /// Builds a `RoleMetadataBulkUpdateByQueryRequest` from its required fields; the others are unset.
    pub fn new(
        query: impl Into<crate::primitives::OneOrMany<crate::Search>>,
        operation: impl Into<crate::RoleMetadataBulkUpdateByQueryRequestOperation>,
        values: impl Into<Vec<crate::RoleMetadataBulkUpdateByQueryRequestValuesItem>>,
    ) -> Self {
        Self {
            query: query.into(),
            operation: operation.into(),
            replace_scope: None,
            values: values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RoleMetadataBulkUpdateByQueryRequest {
    replace_scope: optional::<crate::RoleMetadataBulkUpdateByQueryRequestReplaceScope>(replace_scope),
});
crate::serde_helpers::serde_struct!(RoleMetadataBulkUpdateByQueryRequest {
    query: required("query"),
    operation: required("operation"),
    replace_scope: optional("replaceScope"),
    values: required("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByQueryRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.query, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.replace_scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMetadataBulkUpdateByQueryRequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMetadataBulkUpdateByQueryRequestOperation {
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
impl From<&str> for RoleMetadataBulkUpdateByQueryRequestOperation {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "REMOVE" => Self::Remove,
            "REPLACE" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMetadataBulkUpdateByQueryRequestOperation);
/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMetadataBulkUpdateByQueryRequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMetadataBulkUpdateByQueryRequestReplaceScope {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Attribute => "ATTRIBUTE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMetadataBulkUpdateByQueryRequestReplaceScope {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "ATTRIBUTE" => Self::Attribute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMetadataBulkUpdateByQueryRequestReplaceScope);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMetadataBulkUpdateByQueryRequestValuesItem {
    /// the key of metadata attribute
    pub attribute_key: Option<String>,
    /// the values of attribute to be updated
    pub attribute_value: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByQueryRequestValuesItem {
    /// Builds a `RoleMetadataBulkUpdateByQueryRequestValuesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMetadataBulkUpdateByQueryRequestValuesItem {
    attribute_key: optional::<String>(attribute_key),
    attribute_value: optional::<Vec<String>>(attribute_value),
});
crate::serde_helpers::serde_struct!(RoleMetadataBulkUpdateByQueryRequestValuesItem {
    attribute_key: optional("attributeKey"),
    attribute_value: optional("attributeValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByQueryRequestValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
