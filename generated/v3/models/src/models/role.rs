/// A Role
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The id of the Role. This field must be left null when creating an Role, otherwise a 400 Bad Request error will result.
    pub id: Option<String>,
    /// The human-readable display name of the Role
    pub name: String,
    /// Date the Role was created
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Date the Role was last modified.
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// A human-readable description of the Role
    pub description: Option<Option<String>>,
    pub owner: crate::OwnerReference,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    pub additional_owners: Option<Option<Vec<crate::AdditionalOwnerRef>>>,
    pub access_profiles: Option<Option<Vec<crate::AccessProfileRef>>>,
    pub entitlements: Option<Vec<crate::EntitlementRef>>,
    pub membership: Option<Option<crate::RoleMembershipSelector>>,
    /// This field is not directly modifiable and is generally expected to be *null*. In very rare instances, some Roles may have been created using membership selection criteria that are no longer fully supported. While these Roles will still work, they should be migrated to STANDARD or IDENTITY_LIST selection criteria. This field exists for informational purposes as an aid to such migration.
    pub legacy_membership_info: Option<::serde_json::Value>,
    /// Whether the Role is enabled or not.
    pub enabled: Option<bool>,
    /// Whether the Role can be the target of access requests.
    pub requestable: Option<bool>,
    /// Access request configuration for this object
    pub access_request_config: Option<Option<crate::RequestabilityForRole>>,
    /// Revocation request configuration for this object.
    pub revocation_request_config: Option<Option<crate::RevocabilityForRole>>,
    /// List of IDs of segments, if any, to which this Role is assigned.
    pub segments: Option<Option<Vec<String>>>,
    /// Whether the Role is dimensional.
    pub dimensional: Option<Option<bool>>,
    /// List of references to dimensions to which this Role is assigned. This field is only relevant if the Role is dimensional.
    pub dimension_refs: Option<Option<Vec<crate::DimensionRef>>>,
    pub access_model_metadata: Option<crate::AttributeDtoList>,
    /// The privilege level of the role, if applicable.
    pub privilege_level: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Role {
    /// Builds a `Role` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        owner: impl Into<crate::OwnerReference>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            owner: owner.into(),
            additional_owners: None,
            access_profiles: None,
            entitlements: None,
            membership: None,
            legacy_membership_info: None,
            enabled: None,
            requestable: None,
            access_request_config: None,
            revocation_request_config: None,
            segments: None,
            dimensional: None,
            dimension_refs: None,
            access_model_metadata: None,
            privilege_level: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
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
    /// Sets `additional_owners`.
    pub fn additional_owners(
        mut self,
        value: impl Into<Vec<crate::AdditionalOwnerRef>>,
    ) -> Self {
        self.additional_owners = Some(Some(value.into()));
        self
    }
    /// Sets `additional_owners` to an explicit `null`.
    pub fn additional_owners_null(mut self) -> Self {
        self.additional_owners = Some(None);
        self
    }
    /// Sets `access_profiles`.
    pub fn access_profiles(
        mut self,
        value: impl Into<Vec<crate::AccessProfileRef>>,
    ) -> Self {
        self.access_profiles = Some(Some(value.into()));
        self
    }
    /// Sets `access_profiles` to an explicit `null`.
    pub fn access_profiles_null(mut self) -> Self {
        self.access_profiles = Some(None);
        self
    }
    /// Sets `entitlements`.
    pub fn entitlements(mut self, value: impl Into<Vec<crate::EntitlementRef>>) -> Self {
        self.entitlements = Some(value.into());
        self
    }
    /// Sets `membership`.
    pub fn membership(
        mut self,
        value: impl Into<crate::RoleMembershipSelector>,
    ) -> Self {
        self.membership = Some(Some(value.into()));
        self
    }
    /// Sets `membership` to an explicit `null`.
    pub fn membership_null(mut self) -> Self {
        self.membership = Some(None);
        self
    }
    /// Sets `legacy_membership_info`.
    pub fn legacy_membership_info(
        mut self,
        value: impl Into<::serde_json::Value>,
    ) -> Self {
        self.legacy_membership_info = Some(value.into());
        self
    }
    /// Sets `legacy_membership_info` to an explicit `null`.
    pub fn legacy_membership_info_null(mut self) -> Self {
        self.legacy_membership_info = Some(::serde_json::Value::Null);
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `requestable`.
    pub fn requestable(mut self, value: impl Into<bool>) -> Self {
        self.requestable = Some(value.into());
        self
    }
    /// Sets `access_request_config`.
    pub fn access_request_config(
        mut self,
        value: impl Into<crate::RequestabilityForRole>,
    ) -> Self {
        self.access_request_config = Some(Some(value.into()));
        self
    }
    /// Sets `access_request_config` to an explicit `null`.
    pub fn access_request_config_null(mut self) -> Self {
        self.access_request_config = Some(None);
        self
    }
    /// Sets `revocation_request_config`.
    pub fn revocation_request_config(
        mut self,
        value: impl Into<crate::RevocabilityForRole>,
    ) -> Self {
        self.revocation_request_config = Some(Some(value.into()));
        self
    }
    /// Sets `revocation_request_config` to an explicit `null`.
    pub fn revocation_request_config_null(mut self) -> Self {
        self.revocation_request_config = Some(None);
        self
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<String>>) -> Self {
        self.segments = Some(Some(value.into()));
        self
    }
    /// Sets `segments` to an explicit `null`.
    pub fn segments_null(mut self) -> Self {
        self.segments = Some(None);
        self
    }
    /// Sets `dimensional`.
    pub fn dimensional(mut self, value: impl Into<bool>) -> Self {
        self.dimensional = Some(Some(value.into()));
        self
    }
    /// Sets `dimensional` to an explicit `null`.
    pub fn dimensional_null(mut self) -> Self {
        self.dimensional = Some(None);
        self
    }
    /// Sets `dimension_refs`.
    pub fn dimension_refs(mut self, value: impl Into<Vec<crate::DimensionRef>>) -> Self {
        self.dimension_refs = Some(Some(value.into()));
        self
    }
    /// Sets `dimension_refs` to an explicit `null`.
    pub fn dimension_refs_null(mut self) -> Self {
        self.dimension_refs = Some(None);
        self
    }
    /// Sets `access_model_metadata`.
    pub fn access_model_metadata(
        mut self,
        value: impl Into<crate::AttributeDtoList>,
    ) -> Self {
        self.access_model_metadata = Some(value.into());
        self
    }
    /// Sets `privilege_level`.
    pub fn privilege_level(mut self, value: impl Into<String>) -> Self {
        self.privilege_level = Some(Some(value.into()));
        self
    }
    /// Sets `privilege_level` to an explicit `null`.
    pub fn privilege_level_null(mut self) -> Self {
        self.privilege_level = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(Role {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: nullable("description"),
    owner: required("owner"),
    additional_owners: nullable("additionalOwners"),
    access_profiles: nullable("accessProfiles"),
    entitlements: optional("entitlements"),
    membership: nullable("membership"),
    legacy_membership_info: nullable("legacyMembershipInfo"),
    enabled: optional("enabled"),
    requestable: optional("requestable"),
    access_request_config: nullable("accessRequestConfig"),
    revocation_request_config: nullable("revocationRequestConfig"),
    segments: nullable("segments"),
    dimensional: nullable("dimensional"),
    dimension_refs: nullable("dimensionRefs"),
    access_model_metadata: optional("accessModelMetadata"),
    privilege_level: nullable("privilegeLevel"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Role {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.membership, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.legacy_membership_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_request_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.revocation_request_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dimension_refs, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_model_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
