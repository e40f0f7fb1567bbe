/// Includes the fields of [`IdentityDocument`](crate::IdentityDocument), [`BaseDocument`](crate::BaseDocument), [`DisplayReference`](crate::DisplayReference), [`ReferenceV2024`](crate::ReferenceV2024), [`DocumentFields`](crate::DocumentFields).
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityDocuments {
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
    /// Name of the pod.
    pub pod: Option<String>,
    /// Name of the tenant.
    pub org: Option<String>,
    pub _type: Option<crate::DocumentType>,
    pub r#type: Option<crate::DocumentType>,
    /// Version number.
    pub _version: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityDocuments {
    /// Builds a `IdentityDocuments` from its required fields; the others are unset.
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
            pod: None,
            org: None,
            _type: None,
            r#type: None,
            _version: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
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
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `synced`.
    pub fn synced(mut self, value: impl Into<String>) -> Self {
        self.synced = Some(value.into());
        self
    }
    /// Sets `inactive`.
    pub fn inactive(mut self, value: impl Into<bool>) -> Self {
        self.inactive = Some(value.into());
        self
    }
    /// Sets `protected`.
    pub fn protected(mut self, value: impl Into<bool>) -> Self {
        self.protected = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `employee_number`.
    pub fn employee_number(mut self, value: impl Into<String>) -> Self {
        self.employee_number = Some(value.into());
        self
    }
    /// Sets `manager`.
    pub fn manager(mut self, value: impl Into<crate::IdentityDocumentManager>) -> Self {
        self.manager = Some(Some(value.into()));
        self
    }
    /// Sets `manager` to an explicit `null`.
    pub fn manager_null(mut self) -> Self {
        self.manager = Some(None);
        self
    }
    /// Sets `is_manager`.
    pub fn is_manager(mut self, value: impl Into<bool>) -> Self {
        self.is_manager = Some(value.into());
        self
    }
    /// Sets `identity_profile`.
    pub fn identity_profile(
        mut self,
        value: impl Into<crate::IdentityDocumentIdentityProfile>,
    ) -> Self {
        self.identity_profile = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::IdentityDocumentSource>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
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
    /// Sets `processing_state`.
    pub fn processing_state(mut self, value: impl Into<String>) -> Self {
        self.processing_state = Some(Some(value.into()));
        self
    }
    /// Sets `processing_state` to an explicit `null`.
    pub fn processing_state_null(mut self) -> Self {
        self.processing_state = Some(None);
        self
    }
    /// Sets `processing_details`.
    pub fn processing_details(
        mut self,
        value: impl Into<crate::ProcessingDetails>,
    ) -> Self {
        self.processing_details = Some(Some(value.into()));
        self
    }
    /// Sets `processing_details` to an explicit `null`.
    pub fn processing_details_null(mut self) -> Self {
        self.processing_details = Some(None);
        self
    }
    /// Sets `accounts`.
    pub fn accounts(mut self, value: impl Into<Vec<crate::BaseAccount>>) -> Self {
        self.accounts = Some(value.into());
        self
    }
    /// Sets `account_count`.
    pub fn account_count(mut self, value: impl Into<i32>) -> Self {
        self.account_count = Some(value.into());
        self
    }
    /// Sets `apps`.
    pub fn apps(mut self, value: impl Into<Vec<crate::App>>) -> Self {
        self.apps = Some(value.into());
        self
    }
    /// Sets `app_count`.
    pub fn app_count(mut self, value: impl Into<i32>) -> Self {
        self.app_count = Some(value.into());
        self
    }
    /// Sets `access`.
    pub fn access(mut self, value: impl Into<Vec<crate::IdentityAccess>>) -> Self {
        self.access = Some(value.into());
        self
    }
    /// Sets `access_count`.
    pub fn access_count(mut self, value: impl Into<i32>) -> Self {
        self.access_count = Some(value.into());
        self
    }
    /// Sets `entitlement_count`.
    pub fn entitlement_count(mut self, value: impl Into<i32>) -> Self {
        self.entitlement_count = Some(value.into());
        self
    }
    /// Sets `role_count`.
    pub fn role_count(mut self, value: impl Into<i32>) -> Self {
        self.role_count = Some(value.into());
        self
    }
    /// Sets `access_profile_count`.
    pub fn access_profile_count(mut self, value: impl Into<i32>) -> Self {
        self.access_profile_count = Some(value.into());
        self
    }
    /// Sets `owns`.
    pub fn owns(mut self, value: impl Into<Vec<crate::Owns>>) -> Self {
        self.owns = Some(value.into());
        self
    }
    /// Sets `owns_count`.
    pub fn owns_count(mut self, value: impl Into<i32>) -> Self {
        self.owns_count = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `tags_count`.
    pub fn tags_count(mut self, value: impl Into<i32>) -> Self {
        self.tags_count = Some(value.into());
        self
    }
    /// Sets `visible_segments`.
    pub fn visible_segments(mut self, value: impl Into<Vec<String>>) -> Self {
        self.visible_segments = Some(Some(value.into()));
        self
    }
    /// Sets `visible_segments` to an explicit `null`.
    pub fn visible_segments_null(mut self) -> Self {
        self.visible_segments = Some(None);
        self
    }
    /// Sets `visible_segment_count`.
    pub fn visible_segment_count(mut self, value: impl Into<i32>) -> Self {
        self.visible_segment_count = Some(value.into());
        self
    }
    /// Sets `pod`.
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Sets `org`.
    pub fn org(mut self, value: impl Into<String>) -> Self {
        self.org = Some(value.into());
        self
    }
    /// Sets `_type`.
    pub fn _type(mut self, value: impl Into<crate::DocumentType>) -> Self {
        self._type = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DocumentType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `_version`.
    pub fn _version(mut self, value: impl Into<String>) -> Self {
        self._version = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(IdentityDocuments {
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
    pod: optional("pod"),
    org: optional("org"),
    _type: optional("_type"),
    r#type: optional("type"),
    _version: optional("_version"),
    ..additional_properties
});
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
