/// Identity
///
/// Includes the fields of [`BaseDocument`](crate::BaseDocument), [`DisplayReference`](crate::DisplayReference), [`ReferenceV2025`](crate::ReferenceV2025).
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityDocument {
    /// The unique ID of the referenced object.
    pub id: String,
    /// The human readable name of the referenced object.
    pub name: String,
    /// Identity's display name.
    pub display_name: Option<String>,
    /// Identity's first name.
    pub first_name: Option<String>,
    /// Identity's last name.
    pub last_name: Option<String>,
    /// Identity's primary email address.
    pub email: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Identity's phone number.
    pub phone: Option<String>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    pub synced: Option<String>,
    /// Indicates whether the identity is inactive.
    pub inactive: Option<bool>,
    /// Indicates whether the identity is protected.
    pub protected: Option<bool>,
    /// Identity's status in SailPoint.
    pub status: Option<String>,
    /// Identity's employee number.
    pub employee_number: Option<String>,
    /// Identity's manager.
    pub manager: Option<Option<crate::IdentityDocumentManager>>,
    /// Indicates whether the identity is a manager of other identities.
    pub is_manager: Option<bool>,
    /// Identity's identity profile.
    pub identity_profile: Option<crate::IdentityDocumentIdentityProfile>,
    /// Identity's source.
    pub source: Option<crate::IdentityDocumentSource>,
    /// Map or dictionary of key/value pairs.
    pub attributes: Option<::serde_json::Value>,
    /// Indicates whether the identity is disabled.
    pub disabled: Option<bool>,
    /// Indicates whether the identity is locked.
    pub locked: Option<bool>,
    /// Identity's processing state.
    pub processing_state: Option<Option<String>>,
    /// Identity's processing details.
    pub processing_details: Option<Option<crate::ProcessingDetails>>,
    /// List of accounts associated with the identity.
    pub accounts: Option<Vec<crate::BaseAccount>>,
    /// Number of accounts associated with the identity.
    pub account_count: Option<i32>,
    /// List of applications the identity has access to.
    pub apps: Option<Vec<crate::App>>,
    /// Number of applications the identity has access to.
    pub app_count: Option<i32>,
    /// List of access items assigned to the identity.
    pub access: Option<Vec<crate::IdentityAccess>>,
    /// Number of access items assigned to the identity.
    pub access_count: Option<i32>,
    /// Number of entitlements assigned to the identity.
    pub entitlement_count: Option<i32>,
    /// Number of roles assigned to the identity.
    pub role_count: Option<i32>,
    /// Number of access profiles assigned to the identity.
    pub access_profile_count: Option<i32>,
    /// Access items the identity owns.
    pub owns: Option<Vec<crate::Owns>>,
    /// Number of access items the identity owns.
    pub owns_count: Option<i32>,
    /// Tags that have been applied to the object.
    pub tags: Option<Vec<String>>,
    /// Number of tags on the identity.
    pub tags_count: Option<i32>,
    /// List of segments that the identity is in.
    pub visible_segments: Option<Option<Vec<String>>>,
    /// Number of segments the identity is in.
    pub visible_segment_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityDocument {
    /// Builds a `IdentityDocument` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdentityDocument {
    display_name: optional::<String>(display_name),
    first_name: optional::<String>(first_name),
    last_name: optional::<String>(last_name),
    email: optional::<String>(email),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    phone: optional::<String>(phone),
    synced: optional::<String>(synced),
    inactive: optional::<bool>(inactive),
    protected: optional::<bool>(protected),
    status: optional::<String>(status),
    employee_number: optional::<String>(employee_number),
    manager: nullable::<crate::IdentityDocumentManager>(manager, manager_null),
    is_manager: optional::<bool>(is_manager),
    identity_profile: optional::<crate::IdentityDocumentIdentityProfile>(identity_profile),
    source: optional::<crate::IdentityDocumentSource>(source),
    attributes: optional::<::serde_json::Value>(attributes),
    disabled: optional::<bool>(disabled),
    locked: optional::<bool>(locked),
    processing_state: nullable::<String>(processing_state, processing_state_null),
    processing_details: nullable::<crate::ProcessingDetails>(processing_details, processing_details_null),
    accounts: optional::<Vec<crate::BaseAccount>>(accounts),
    account_count: optional::<i32>(account_count),
    apps: optional::<Vec<crate::App>>(apps),
    app_count: optional::<i32>(app_count),
    access: optional::<Vec<crate::IdentityAccess>>(access),
    access_count: optional::<i32>(access_count),
    entitlement_count: optional::<i32>(entitlement_count),
    role_count: optional::<i32>(role_count),
    access_profile_count: optional::<i32>(access_profile_count),
    owns: optional::<Vec<crate::Owns>>(owns),
    owns_count: optional::<i32>(owns_count),
    tags: optional::<Vec<String>>(tags),
    tags_count: optional::<i32>(tags_count),
    visible_segments: nullable::<Vec<String>>(visible_segments, visible_segments_null),
    visible_segment_count: optional::<i32>(visible_segment_count),
});
crate::serde_helpers::serde_struct!(IdentityDocument {
    id: required("id"),
    name: required("name"),
    display_name: optional("displayName"),
    first_name: optional("firstName"),
    last_name: optional("lastName"),
    email: optional("email"),
    created: nullable("created"),
    modified: nullable("modified"),
    phone: optional("phone"),
    synced: optional("synced"),
    inactive: optional("inactive"),
    protected: optional("protected"),
    status: optional("status"),
    employee_number: optional("employeeNumber"),
    manager: nullable("manager"),
    is_manager: optional("isManager"),
    identity_profile: optional("identityProfile"),
    source: optional("source"),
    attributes: nullable("attributes"),
    disabled: optional("disabled"),
    locked: optional("locked"),
    processing_state: nullable("processingState"),
    processing_details: nullable("processingDetails"),
    accounts: optional("accounts"),
    account_count: optional("accountCount"),
    apps: optional("apps"),
    app_count: optional("appCount"),
    access: optional("access"),
    access_count: optional("accessCount"),
    entitlement_count: optional("entitlementCount"),
    role_count: optional("roleCount"),
    access_profile_count: optional("accessProfileCount"),
    owns: optional("owns"),
    owns_count: optional("ownsCount"),
    tags: optional("tags"),
    tags_count: optional("tagsCount"),
    visible_segments: nullable("visibleSegments"),
    visible_segment_count: optional("visibleSegmentCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityDocument {
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
        fit.undeclared += self.additional_properties.len();
    }
}
