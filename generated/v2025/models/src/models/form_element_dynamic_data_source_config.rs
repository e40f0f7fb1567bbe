#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormElementDynamicDataSourceConfig {
    /// AggregationBucketField is the aggregation bucket field name
    pub aggregation_bucket_field: Option<String>,
    /// Indices is a list of indices to use
    pub indices: Option<Vec<crate::FormElementDynamicDataSourceConfigIndicesItem>>,
    /// ObjectType is a PreDefinedSelectOption value
    /// IDENTITY PreDefinedSelectOptionIdentity
    /// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
    /// SOURCES PreDefinedSelectOptionSources
    /// ROLE PreDefinedSelectOptionRole
    /// ENTITLEMENT PreDefinedSelectOptionEntitlement
    pub object_type: Option<crate::FormElementDynamicDataSourceConfigObjectType>,
    /// Query is a text
    pub query: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormElementDynamicDataSourceConfig {
    /// Builds a `FormElementDynamicDataSourceConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormElementDynamicDataSourceConfig {
    aggregation_bucket_field: optional::<String>(aggregation_bucket_field),
    indices: optional::<Vec<crate::FormElementDynamicDataSourceConfigIndicesItem>>(indices),
    object_type: optional::<crate::FormElementDynamicDataSourceConfigObjectType>(object_type),
    query: optional::<String>(query),
});
crate::serde_helpers::serde_struct!(FormElementDynamicDataSourceConfig {
    aggregation_bucket_field: optional("aggregationBucketField"),
    indices: optional("indices"),
    object_type: optional("objectType"),
    query: optional("query"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormElementDynamicDataSourceConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.indices, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormElementDynamicDataSourceConfigIndicesItem {
    /// `accessprofiles`
    Accessprofiles,
    /// `accountactivities`
    Accountactivities,
    /// `entitlements`
    Entitlements,
    /// `identities`
    Identities,
    /// `events`
    Events,
    /// `roles`
    Roles,
    /// `*`
    Asterisk,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormElementDynamicDataSourceConfigIndicesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accessprofiles => "accessprofiles",
            Self::Accountactivities => "accountactivities",
            Self::Entitlements => "entitlements",
            Self::Identities => "identities",
            Self::Events => "events",
            Self::Roles => "roles",
            Self::Asterisk => "*",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormElementDynamicDataSourceConfigIndicesItem {
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => Self::Accessprofiles,
            "accountactivities" => Self::Accountactivities,
            "entitlements" => Self::Entitlements,
            "identities" => Self::Identities,
            "events" => Self::Events,
            "roles" => Self::Roles,
            "*" => Self::Asterisk,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormElementDynamicDataSourceConfigIndicesItem);
/// ObjectType is a PreDefinedSelectOption value
/// IDENTITY PreDefinedSelectOptionIdentity
/// ACCESS_PROFILE PreDefinedSelectOptionAccessProfile
/// SOURCES PreDefinedSelectOptionSources
/// ROLE PreDefinedSelectOptionRole
/// ENTITLEMENT PreDefinedSelectOptionEntitlement
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormElementDynamicDataSourceConfigObjectType {
    /// `IDENTITY`
    Identity,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `SOURCES`
    Sources,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormElementDynamicDataSourceConfigObjectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Sources => "SOURCES",
            Self::Role => "ROLE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormElementDynamicDataSourceConfigObjectType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "SOURCES" => Self::Sources,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormElementDynamicDataSourceConfigObjectType);
