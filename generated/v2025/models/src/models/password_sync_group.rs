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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordSyncGroup {
    /// Builds a `PasswordSyncGroup` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordSyncGroup {
    id: optional::<String>(id),
    name: optional::<String>(name),
    password_policy_id: optional::<String>(password_policy_id),
    source_ids: optional::<Vec<String>>(source_ids),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
});
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
