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
    pub owner: Option<crate::OwnerReference>,
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
    /// This field must be left null or empty when creating an Role, otherwise a 400 Bad Request error will result.
    pub access_model_metadata: Option<crate::AttributeDtoList>,
    /// The privilege level of the role, if applicable.
    pub privilege_level: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Role {
    /// Builds a `Role` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        owner: impl Into<Option<crate::OwnerReference>>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Role {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: nullable::<String>(description, description_null),
    additional_owners: nullable::<Vec<crate::AdditionalOwnerRef>>(additional_owners, additional_owners_null),
    access_profiles: nullable::<Vec<crate::AccessProfileRef>>(access_profiles, access_profiles_null),
    entitlements: optional::<Vec<crate::EntitlementRef>>(entitlements),
    membership: nullable::<crate::RoleMembershipSelector>(membership, membership_null),
    legacy_membership_info: nullable_json::<::serde_json::Value>(legacy_membership_info, legacy_membership_info_null),
    enabled: optional::<bool>(enabled),
    requestable: optional::<bool>(requestable),
    access_request_config: nullable::<crate::RequestabilityForRole>(access_request_config, access_request_config_null),
    revocation_request_config: nullable::<crate::RevocabilityForRole>(revocation_request_config, revocation_request_config_null),
    segments: nullable::<Vec<String>>(segments, segments_null),
    dimensional: nullable::<bool>(dimensional, dimensional_null),
    dimension_refs: nullable::<Vec<crate::DimensionRef>>(dimension_refs, dimension_refs_null),
    access_model_metadata: optional::<crate::AttributeDtoList>(access_model_metadata),
    privilege_level: nullable::<String>(privilege_level, privilege_level_null),
});
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
