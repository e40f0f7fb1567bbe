#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordSyncGroup {
    /// ID of the sync group
    pub id: Option<String>,
    /// Name of the sync group
    pub name: Option<String>,
    /// ID of the password policy
    pub password_policy_id: Option<String>,
    /// List of password managed sources IDs
    pub source_ids: Option<Vec<String>>,
    /// The date and time this sync group was created
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The date and time this sync group was last modified
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PasswordSyncGroup {
    /// Builds a `PasswordSyncGroup` with every field unset.
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
    /// Sets `password_policy_id`.
    pub fn password_policy_id(mut self, value: impl Into<String>) -> Self {
        self.password_policy_id = Some(value.into());
        self
    }
    /// Sets `source_ids`.
    pub fn source_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.source_ids = Some(value.into());
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
}
crate::serde_helpers::serde_struct!(PasswordSyncGroup {
    id: optional("id"),
    name: optional("name"),
    password_policy_id: optional("passwordPolicyId"),
    source_ids: optional("sourceIds"),
    created: nullable("created"),
    modified: nullable("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordSyncGroup {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
