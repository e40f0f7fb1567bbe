/// This API initialize a a Bulk update by filter request of Role metadata. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMetadataBulkUpdateByFilterRequest {
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id** : *eq, in*
    ///
    /// **name** : *eq, sw*
    ///
    /// **created** : *gt, lt, ge, le*
    ///
    /// **modified** : *gt, lt, ge, le*
    ///
    /// **owner.id** : *eq, in*
    ///
    /// **requestable** : *eq*
    pub filters: String,
    /// The operation to be performed
    pub operation: crate::RoleMetadataBulkUpdateByFilterRequestOperation,
    /// The choice of update scope.
    pub replace_scope: Option<crate::RoleMetadataBulkUpdateByFilterRequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    pub values: Vec<crate::RoleMetadataBulkUpdateByFilterRequestValuesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByFilterRequest {
    /// Builds a `RoleMetadataBulkUpdateByFilterRequest` from its required fields; the others are unset.
    pub fn new(
        filters: impl Into<String>,
        operation: impl Into<crate::RoleMetadataBulkUpdateByFilterRequestOperation>,
        values: impl Into<Vec<crate::RoleMetadataBulkUpdateByFilterRequestValuesItem>>,
    ) -> Self {
        Self {
            filters: filters.into(),
            operation: operation.into(),
            replace_scope: None,
            values: values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RoleMetadataBulkUpdateByFilterRequest {
    replace_scope: optional::<crate::RoleMetadataBulkUpdateByFilterRequestReplaceScope>(replace_scope),
});
crate::serde_helpers::serde_struct!(RoleMetadataBulkUpdateByFilterRequest {
    filters: required("filters"),
    operation: required("operation"),
    replace_scope: optional("replaceScope"),
    values: required("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByFilterRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.replace_scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMetadataBulkUpdateByFilterRequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMetadataBulkUpdateByFilterRequestOperation {
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
impl From<&str> for RoleMetadataBulkUpdateByFilterRequestOperation {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "REMOVE" => Self::Remove,
            "REPLACE" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMetadataBulkUpdateByFilterRequestOperation);
/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMetadataBulkUpdateByFilterRequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMetadataBulkUpdateByFilterRequestReplaceScope {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Attribute => "ATTRIBUTE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMetadataBulkUpdateByFilterRequestReplaceScope {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "ATTRIBUTE" => Self::Attribute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMetadataBulkUpdateByFilterRequestReplaceScope);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMetadataBulkUpdateByFilterRequestValuesItem {
    /// the key of metadata attribute
    pub attribute_key: Option<String>,
    /// the values of attribute to be updated
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByFilterRequestValuesItem {
    /// Builds a `RoleMetadataBulkUpdateByFilterRequestValuesItem` from its required fields; the others are unset.
    pub fn new(values: impl Into<Option<Vec<String>>>) -> Self {
        Self {
            attribute_key: None,
            values: values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RoleMetadataBulkUpdateByFilterRequestValuesItem {
    attribute_key: optional::<String>(attribute_key),
});
crate::serde_helpers::serde_struct!(RoleMetadataBulkUpdateByFilterRequestValuesItem {
    attribute_key: optional("attributeKey"),
    values: required("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for RoleMetadataBulkUpdateByFilterRequestValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
