/// Includes the fields of [`IdentityDocument`](crate::IdentityDocument), [`BaseDocument`](crate::BaseDocument), [`DisplayReference`](crate::DisplayReference), [`ReferenceV3`](crate::ReferenceV3), [`DocumentFields`](crate::DocumentFields).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityDocuments {
    /// The unique ID of the referenced object.
    pub id: String,
    /// The human readable name of the referenced object.
    pub name: String,
    /// Identity's display name.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Identity's first name.
    #[serde(rename = "firstName", default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Identity's last name.
    #[serde(rename = "lastName", default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Identity's primary email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Identity's phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced: Option<String>,
    /// Indicates whether the identity is inactive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inactive: Option<bool>,
    /// Indicates whether the identity is protected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected: Option<bool>,
    /// Identity's status in SailPoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Identity's employee number.
    #[serde(rename = "employeeNumber", default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    /// Identity's manager.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub manager: Option<Option<crate::IdentityDocumentManager>>,
    /// Indicates whether the identity is a manager of other identities.
    #[serde(rename = "isManager", default, skip_serializing_if = "Option::is_none")]
    pub is_manager: Option<bool>,
    /// Identity's identity profile.
    #[serde(
        rename = "identityProfile",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identity_profile: Option<crate::IdentityDocumentIdentityProfile>,
    /// Identity's source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::IdentityDocumentSource>,
    /// Map or dictionary of key/value pairs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// Indicates whether the identity is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Indicates whether the identity is locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Identity's processing state.
    #[serde(
        rename = "processingState",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub processing_state: Option<Option<String>>,
    /// Identity's processing details.
    #[serde(
        rename = "processingDetails",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub processing_details: Option<Option<crate::ProcessingDetails>>,
    /// List of accounts associated with the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<crate::BaseAccount>>,
    /// Number of accounts associated with the identity.
    #[serde(rename = "accountCount", default, skip_serializing_if = "Option::is_none")]
    pub account_count: Option<i32>,
    /// List of applications the identity has access to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apps: Option<Vec<crate::App>>,
    /// Number of applications the identity has access to.
    #[serde(rename = "appCount", default, skip_serializing_if = "Option::is_none")]
    pub app_count: Option<i32>,
    /// List of access items assigned to the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Vec<crate::IdentityAccess>>,
    /// Number of access items assigned to the identity.
    #[serde(rename = "accessCount", default, skip_serializing_if = "Option::is_none")]
    pub access_count: Option<i32>,
    /// Number of entitlements assigned to the identity.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_count: Option<i32>,
    /// Number of roles assigned to the identity.
    #[serde(rename = "roleCount", default, skip_serializing_if = "Option::is_none")]
    pub role_count: Option<i32>,
    /// Number of access profiles assigned to the identity.
    #[serde(
        rename = "accessProfileCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profile_count: Option<i32>,
    /// Access items the identity owns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owns: Option<Vec<crate::Owns>>,
    /// Number of access items the identity owns.
    #[serde(rename = "ownsCount", default, skip_serializing_if = "Option::is_none")]
    pub owns_count: Option<i32>,
    /// Tags that have been applied to the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Number of tags on the identity.
    #[serde(rename = "tagsCount", default, skip_serializing_if = "Option::is_none")]
    pub tags_count: Option<i32>,
    /// List of segments that the identity is in.
    #[serde(
        rename = "visibleSegments",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub visible_segments: Option<Option<Vec<String>>>,
    /// Number of segments the identity is in.
    #[serde(
        rename = "visibleSegmentCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub visible_segment_count: Option<i32>,
    /// Name of the pod.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// Name of the tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub _type: Option<crate::DocumentType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::DocumentType>,
    /// Version number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub _version: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityDocuments {
    /// Builds a `IdentityDocuments` from its required fields; the others are unset.
    pub fn new(id: String, name: String) -> Self {
        Self {
            id,
            name,
            display_name: None,
            first_name: None,
            last_name: None,
            email: None,
            created: None,
            modified: None,
            phone: None,
            synced: None,
            inactive: None,
            protected: None,
            status: None,
            employee_number: None,
            manager: None,
            is_manager: None,
            identity_profile: None,
            source: None,
            attributes: None,
            disabled: None,
            locked: None,
            processing_state: None,
            processing_details: None,
            accounts: None,
            account_count: None,
            apps: None,
            app_count: None,
            access: None,
            access_count: None,
            entitlement_count: None,
            role_count: None,
            access_profile_count: None,
            owns: None,
            owns_count: None,
            tags: None,
            tags_count: None,
            visible_segments: None,
            visible_segment_count: None,
            pod: None,
            org: None,
            _type: None,
            r#type: None,
            _version: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityDocuments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.manager, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_profile, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.processing_details, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.accounts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.apps, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owns, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self._type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
