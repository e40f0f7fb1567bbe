/// This API initialize a Bulk update by Id request of Role metadata. The maximum role count in a single update request is 3000. The maximum meta data values that one single role assigned can not exceed 25. Custom metadata need suit licensed.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMetadataBulkUpdateByIdRequest {
    /// Roles' Id to be updated
    pub roles: Vec<String>,
    /// The operation to be performed
    pub operation: crate::RoleMetadataBulkUpdateByIdRequestOperation,
    /// The choice of update scope.
    pub replace_scope: Option<crate::RoleMetadataBulkUpdateByIdRequestReplaceScope>,
    /// The metadata to be updated, including attribute key and value.
    pub values: Vec<crate::RoleMetadataBulkUpdateByIdRequestValuesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByIdRequest {
    /// Builds a `RoleMetadataBulkUpdateByIdRequest` from its required fields; the others are unset.
    pub fn new(
        roles: impl Into<Vec<String>>,
        operation: impl Into<crate::RoleMetadataBulkUpdateByIdRequestOperation>,
        values: impl Into<Vec<crate::RoleMetadataBulkUpdateByIdRequestValuesItem>>,
    ) -> Self {
        Self {
            roles: roles.into(),
            operation: operation.into(),
            replace_scope: None,
            values: values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RoleMetadataBulkUpdateByIdRequest {
    replace_scope: optional::<crate::RoleMetadataBulkUpdateByIdRequestReplaceScope>(replace_scope),
});
crate::serde_helpers::serde_struct!(RoleMetadataBulkUpdateByIdRequest {
    roles: required("roles"),
    operation: required("operation"),
    replace_scope: optional("replaceScope"),
    values: required("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByIdRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.replace_scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMetadataBulkUpdateByIdRequestOperation {
    /// `ADD`
    Add,
    /// `REMOVE`
    Remove,
    /// `REPLACE`
    Replace,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMetadataBulkUpdateByIdRequestOperation {
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
impl From<&str> for RoleMetadataBulkUpdateByIdRequestOperation {
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Self::Add,
            "REMOVE" => Self::Remove,
            "REPLACE" => Self::Replace,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMetadataBulkUpdateByIdRequestOperation);
/// The choice of update scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMetadataBulkUpdateByIdRequestReplaceScope {
    /// `ALL`
    All,
    /// `ATTRIBUTE`
    Attribute,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMetadataBulkUpdateByIdRequestReplaceScope {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Attribute => "ATTRIBUTE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMetadataBulkUpdateByIdRequestReplaceScope {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "ATTRIBUTE" => Self::Attribute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMetadataBulkUpdateByIdRequestReplaceScope);
#[derive(Debug, Clone, PartialEq)]
pub struct RoleMetadataBulkUpdateByIdRequestValuesItem {
    /// the key of metadata attribute
    pub attribute: String,
    /// the values of attribute to be updated
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByIdRequestValuesItem {
    /// Builds a `RoleMetadataBulkUpdateByIdRequestValuesItem` from its required fields; the others are unset.
    pub fn new(
        attribute: impl Into<String>,
        values: impl Into<Option<Vec<String>>>,
    ) -> Self {
        Self {
            attribute: attribute.into(),
            values: values.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(RoleMetadataBulkUpdateByIdRequestValuesItem {
    attribute: required("attribute"),
    values: required("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMetadataBulkUpdateByIdRequestValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
