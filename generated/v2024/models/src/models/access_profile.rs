/// Access profile.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessProfile {
    /// Access profile ID.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Access profile name.
    pub name: String,
    /// Access profile description.
    pub description: Option<Option<String>>,
    /// Date and time when the access profile was created.
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Date and time when the access profile was last modified.
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Indicates whether the access profile is enabled. If it's enabled, you must include at least one entitlement.
    pub enabled: Option<bool>,
    /// Access profile owner.
    pub owner: Option<crate::OwnerReference>,
    pub source: crate::AccessProfileSourceRef,
    /// List of entitlements associated with the access profile. If `enabled` is false, this can be empty. Otherwise, it must contain at least one entitlement.
    pub entitlements: Option<Option<Vec<crate::EntitlementRef>>>,
    /// Indicates whether the access profile is requestable by access request. Currently, making an access profile non-requestable is only supported  for customers enabled with the new Request Center. Otherwise, attempting to create an access profile with a value  **false** in this field results in a 400 error.
    pub requestable: Option<bool>,
    /// Access request configuration for the object.
    pub access_request_config: Option<Option<crate::Requestability>>,
    /// Revocation request configuration for the object.
    pub revocation_request_config: Option<Option<crate::Revocability>>,
    /// List of segment IDs, if any, that the access profile is assigned to.
    pub segments: Option<Option<Vec<String>>>,
    /// This field must be left null or empty when creating an Role, otherwise a 400 Bad Request error will result.
    pub access_model_metadata: Option<crate::AttributeDtoList>,
    /// When an identity has multiple accounts on the source the access profile is associated with, the API evaluates this expression against those accounts to choose one to provision with the access profile.
    pub provisioning_criteria: Option<Option<crate::ProvisioningCriteriaLevel1>>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    pub additional_owners: Option<Option<Vec<crate::AdditionalOwnerRef>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfile {
    /// Builds a `AccessProfile` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        owner: impl Into<Option<crate::OwnerReference>>,
        source: impl Into<crate::AccessProfileSourceRef>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: None,
            created: None,
            modified: None,
            enabled: None,
            owner: owner.into(),
            source: source.into(),
            entitlements: None,
            requestable: None,
            access_request_config: None,
            revocation_request_config: None,
            segments: None,
            access_model_metadata: None,
            provisioning_criteria: None,
            additional_owners: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessProfile {
    id: optional::<String>(id),
    description: nullable::<String>(description, description_null),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    enabled: optional::<bool>(enabled),
    entitlements: nullable::<Vec<crate::EntitlementRef>>(entitlements, entitlements_null),
    requestable: optional::<bool>(requestable),
    access_request_config: nullable::<crate::Requestability>(access_request_config, access_request_config_null),
    revocation_request_config: nullable::<crate::Revocability>(revocation_request_config, revocation_request_config_null),
    segments: nullable::<Vec<String>>(segments, segments_null),
    access_model_metadata: optional::<crate::AttributeDtoList>(access_model_metadata),
    provisioning_criteria: nullable::<crate::ProvisioningCriteriaLevel1>(provisioning_criteria, provisioning_criteria_null),
    additional_owners: nullable::<Vec<crate::AdditionalOwnerRef>>(additional_owners, additional_owners_null),
});
crate::serde_helpers::serde_struct!(AccessProfile {
    id: optional("id"),
    name: required("name"),
    description: nullable("description"),
    created: optional("created"),
    modified: optional("modified"),
    enabled: optional("enabled"),
    owner: required("owner"),
    source: required("source"),
    entitlements: nullable("entitlements"),
    requestable: optional("requestable"),
    access_request_config: nullable("accessRequestConfig"),
    revocation_request_config: nullable("revocationRequestConfig"),
    segments: nullable("segments"),
    access_model_metadata: optional("accessModelMetadata"),
    provisioning_criteria: nullable("provisioningCriteria"),
    additional_owners: nullable("additionalOwners"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_request_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.revocation_request_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_model_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_owners, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
