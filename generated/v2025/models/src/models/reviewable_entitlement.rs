#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableEntitlement {
    /// The id for the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Indicates if the entitlement is a privileged entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// The name of the attribute on the source
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The value of the attribute on the source
    #[serde(rename = "attributeValue", default, skip_serializing_if = "Option::is_none")]
    pub attribute_value: Option<String>,
    /// The schema object type on the source used to represent the entitlement and its attributes
    #[serde(
        rename = "sourceSchemaObjectType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_schema_object_type: Option<String>,
    /// The name of the source for which this entitlement belongs
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The type of the source for which the entitlement belongs
    #[serde(rename = "sourceType", default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<String>,
    /// The ID of the source for which the entitlement belongs
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Indicates if the entitlement has permissions
    #[serde(rename = "hasPermissions", default, skip_serializing_if = "Option::is_none")]
    pub has_permissions: Option<bool>,
    /// Indicates if the entitlement is a representation of an account permission
    #[serde(rename = "isPermission", default, skip_serializing_if = "Option::is_none")]
    pub is_permission: Option<bool>,
    /// Indicates whether the entitlement can be revoked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocable: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", default, skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// True if the entitlement has DAS data
    #[serde(
        rename = "containsDataAccess",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub contains_data_access: Option<bool>,
    #[serde(
        rename = "dataAccess",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub data_access: Option<Option<crate::DataAccess>>,
    /// Information about the status of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account: Option<Option<crate::ReviewableEntitlementAccount>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for ReviewableEntitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data_access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Information about the status of the entitlement
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableEntitlementAccount {
    /// The native identity for this account
    #[serde(rename = "nativeIdentity", default, skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Indicates whether this account is currently disabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Indicates whether this account is currently locked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::DtoType>,
    /// The id associated with the account
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// The account name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// When the account was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// When the account was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    #[serde(
        rename = "activityInsights",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub activity_insights: Option<crate::ActivityInsights>,
    /// Information about the account
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The id associated with the machine Account Governance Group
    #[serde(
        rename = "governanceGroupId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub governance_group_id: Option<Option<String>>,
    /// Information about the machine account owner
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::ReviewableEntitlementAccountOwner>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for ReviewableEntitlementAccount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.activity_insights, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Information about the machine account owner
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReviewableEntitlementAccountOwner {
    /// The id associated with the machine account owner
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ReviewableEntitlementAccountOwnerType>,
    /// The machine account owner's display name
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub display_name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
