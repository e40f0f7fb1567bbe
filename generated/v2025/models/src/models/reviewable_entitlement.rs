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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableEntitlement {
    /// Builds a `ReviewableEntitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(
        mut self,
        value: impl Into<crate::IdentityReferenceWithNameAndEmail>,
    ) -> Self {
        self.owner = Some(Some(value.into()));
        self
    }
    /// Sets `owner` to an explicit `null`.
    pub fn owner_null(mut self) -> Self {
        self.owner = Some(None);
        self
    }
    /// Sets `attribute_name`.
    pub fn attribute_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets `attribute_value`.
    pub fn attribute_value(mut self, value: impl Into<String>) -> Self {
        self.attribute_value = Some(value.into());
        self
    }
    /// Sets `source_schema_object_type`.
    pub fn source_schema_object_type(mut self, value: impl Into<String>) -> Self {
        self.source_schema_object_type = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `source_type`.
    pub fn source_type(mut self, value: impl Into<String>) -> Self {
        self.source_type = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `has_permissions`.
    pub fn has_permissions(mut self, value: impl Into<bool>) -> Self {
        self.has_permissions = Some(value.into());
        self
    }
    /// Sets `is_permission`.
    pub fn is_permission(mut self, value: impl Into<bool>) -> Self {
        self.is_permission = Some(value.into());
        self
    }
    /// Sets `revocable`.
    pub fn revocable(mut self, value: impl Into<bool>) -> Self {
        self.revocable = Some(value.into());
        self
    }
    /// Sets `cloud_governed`.
    pub fn cloud_governed(mut self, value: impl Into<bool>) -> Self {
        self.cloud_governed = Some(value.into());
        self
    }
    /// Sets `contains_data_access`.
    pub fn contains_data_access(mut self, value: impl Into<bool>) -> Self {
        self.contains_data_access = Some(value.into());
        self
    }
    /// Sets `data_access`.
    pub fn data_access(mut self, value: impl Into<crate::DataAccess>) -> Self {
        self.data_access = Some(Some(value.into()));
        self
    }
    /// Sets `data_access` to an explicit `null`.
    pub fn data_access_null(mut self) -> Self {
        self.data_access = Some(None);
        self
    }
    /// Sets `account`.
    pub fn account(
        mut self,
        value: impl Into<crate::ReviewableEntitlementAccount>,
    ) -> Self {
        self.account = Some(Some(value.into()));
        self
    }
    /// Sets `account` to an explicit `null`.
    pub fn account_null(mut self) -> Self {
        self.account = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableEntitlementAccount {
    /// Builds a `ReviewableEntitlementAccount` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(value.into());
        self
    }
    /// Sets `disabled`.
    pub fn disabled(mut self, value: impl Into<bool>) -> Self {
        self.disabled = Some(value.into());
        self
    }
    /// Sets `locked`.
    pub fn locked(mut self, value: impl Into<bool>) -> Self {
        self.locked = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }
    /// Sets `id` to an explicit `null`.
    pub fn id_null(mut self) -> Self {
        self.id = Some(None);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(Some(value.into()));
        self
    }
    /// Sets `created` to an explicit `null`.
    pub fn created_null(mut self) -> Self {
        self.created = Some(None);
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `activity_insights`.
    pub fn activity_insights(
        mut self,
        value: impl Into<crate::ActivityInsights>,
    ) -> Self {
        self.activity_insights = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `governance_group_id`.
    pub fn governance_group_id(mut self, value: impl Into<String>) -> Self {
        self.governance_group_id = Some(Some(value.into()));
        self
    }
    /// Sets `governance_group_id` to an explicit `null`.
    pub fn governance_group_id_null(mut self) -> Self {
        self.governance_group_id = Some(None);
        self
    }
    /// Sets `owner`.
    pub fn owner(
        mut self,
        value: impl Into<crate::ReviewableEntitlementAccountOwner>,
    ) -> Self {
        self.owner = Some(Some(value.into()));
        self
    }
    /// Sets `owner` to an explicit `null`.
    pub fn owner_null(mut self) -> Self {
        self.owner = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableEntitlementAccountOwner {
    /// Builds a `ReviewableEntitlementAccountOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }
    /// Sets `id` to an explicit `null`.
    pub fn id_null(mut self) -> Self {
        self.id = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::ReviewableEntitlementAccountOwnerType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(Some(value.into()));
        self
    }
    /// Sets `display_name` to an explicit `null`.
    pub fn display_name_null(mut self) -> Self {
        self.display_name = Some(None);
        self
    }
}
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
