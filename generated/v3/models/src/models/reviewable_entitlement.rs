#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewableEntitlement {
    /// The id for the entitlement
    pub id: Option<String>,
    /// The name of the entitlement
    pub name: Option<String>,
    /// Information about the entitlement
    pub description: Option<Option<String>>,
    /// Indicates if the entitlement is a privileged entitlement
    pub privileged: Option<bool>,
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// The name of the attribute on the source
    pub attribute_name: Option<String>,
    /// The value of the attribute on the source
    pub attribute_value: Option<String>,
    /// The schema object type on the source used to represent the entitlement and its attributes
    pub source_schema_object_type: Option<String>,
    /// The name of the source for which this entitlement belongs
    pub source_name: Option<String>,
    /// The type of the source for which the entitlement belongs
    pub source_type: Option<String>,
    /// The ID of the source for which the entitlement belongs
    pub source_id: Option<String>,
    /// Indicates if the entitlement has permissions
    pub has_permissions: Option<bool>,
    /// Indicates if the entitlement is a representation of an account permission
    pub is_permission: Option<bool>,
    /// Indicates whether the entitlement can be revoked
    pub revocable: Option<bool>,
    /// True if the entitlement is cloud governed
    pub cloud_governed: Option<bool>,
    /// True if the entitlement has DAS data
    pub contains_data_access: Option<bool>,
    pub data_access: Option<Option<crate::DataAccess>>,
    /// Information about the status of the entitlement
    pub account: Option<Option<crate::ReviewableEntitlementAccount>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewableEntitlement {
    /// Builds a `ReviewableEntitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReviewableEntitlement {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    privileged: optional::<bool>(privileged),
    owner: nullable::<crate::IdentityReferenceWithNameAndEmail>(owner, owner_null),
    attribute_name: optional::<String>(attribute_name),
    attribute_value: optional::<String>(attribute_value),
    source_schema_object_type: optional::<String>(source_schema_object_type),
    source_name: optional::<String>(source_name),
    source_type: optional::<String>(source_type),
    source_id: optional::<String>(source_id),
    has_permissions: optional::<bool>(has_permissions),
    is_permission: optional::<bool>(is_permission),
    revocable: optional::<bool>(revocable),
    cloud_governed: optional::<bool>(cloud_governed),
    contains_data_access: optional::<bool>(contains_data_access),
    data_access: nullable::<crate::DataAccess>(data_access, data_access_null),
    account: nullable::<crate::ReviewableEntitlementAccount>(account, account_null),
});
crate::serde_helpers::serde_struct!(ReviewableEntitlement {
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    privileged: optional("privileged"),
    owner: nullable("owner"),
    attribute_name: optional("attributeName"),
    attribute_value: optional("attributeValue"),
    source_schema_object_type: optional("sourceSchemaObjectType"),
    source_name: optional("sourceName"),
    source_type: optional("sourceType"),
    source_id: optional("sourceId"),
    has_permissions: optional("hasPermissions"),
    is_permission: optional("isPermission"),
    revocable: optional("revocable"),
    cloud_governed: optional("cloudGoverned"),
    contains_data_access: optional("containsDataAccess"),
    data_access: nullable("dataAccess"),
    account: nullable("account"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewableEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data_access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Information about the status of the entitlement
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewableEntitlementAccount {
    /// The native identity for this account
    pub native_identity: Option<String>,
    /// Indicates whether this account is currently disabled
    pub disabled: Option<bool>,
    /// Indicates whether this account is currently locked
    pub locked: Option<bool>,
    pub r#type: Option<crate::DtoType>,
    /// The id associated with the account
    pub id: Option<Option<String>>,
    /// The account name
    pub name: Option<Option<String>>,
    /// When the account was created
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// When the account was last modified
    pub modified: Option<Option<crate::primitives::DateTime>>,
    pub activity_insights: Option<crate::ActivityInsights>,
    /// Information about the account
    pub description: Option<Option<String>>,
    /// The id associated with the machine Account Governance Group
    pub governance_group_id: Option<Option<String>>,
    /// Information about the machine account owner
    pub owner: Option<Option<crate::ReviewableEntitlementAccountOwner>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewableEntitlementAccount {
    /// Builds a `ReviewableEntitlementAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReviewableEntitlementAccount {
    native_identity: optional::<String>(native_identity),
    disabled: optional::<bool>(disabled),
    locked: optional::<bool>(locked),
    r#type: optional::<crate::DtoType>(r#type),
    id: nullable::<String>(id, id_null),
    name: nullable::<String>(name, name_null),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    activity_insights: optional::<crate::ActivityInsights>(activity_insights),
    description: nullable::<String>(description, description_null),
    governance_group_id: nullable::<String>(governance_group_id, governance_group_id_null),
    owner: nullable::<crate::ReviewableEntitlementAccountOwner>(owner, owner_null),
});
crate::serde_helpers::serde_struct!(ReviewableEntitlementAccount {
    native_identity: optional("nativeIdentity"),
    disabled: optional("disabled"),
    locked: optional("locked"),
    r#type: optional("type"),
    id: nullable("id"),
    name: nullable("name"),
    created: nullable("created"),
    modified: nullable("modified"),
    activity_insights: optional("activityInsights"),
    description: nullable("description"),
    governance_group_id: nullable("governanceGroupId"),
    owner: nullable("owner"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewableEntitlementAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.activity_insights, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Information about the machine account owner
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewableEntitlementAccountOwner {
    /// The id associated with the machine account owner
    pub id: Option<Option<String>>,
    /// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
    pub r#type: Option<crate::ReviewableEntitlementAccountOwnerType>,
    /// The machine account owner's display name
    pub display_name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewableEntitlementAccountOwner {
    /// Builds a `ReviewableEntitlementAccountOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReviewableEntitlementAccountOwner {
    id: nullable::<String>(id, id_null),
    r#type: optional::<crate::ReviewableEntitlementAccountOwnerType>(r#type),
    display_name: nullable::<String>(display_name, display_name_null),
});
crate::serde_helpers::serde_struct!(ReviewableEntitlementAccountOwner {
    id: nullable("id"),
    r#type: optional("type"),
    display_name: nullable("displayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewableEntitlementAccountOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReviewableEntitlementAccountOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReviewableEntitlementAccountOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReviewableEntitlementAccountOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReviewableEntitlementAccountOwnerType);
