/// Includes the fields of [`NonEmployeeSourceLite`](crate::NonEmployeeSourceLite).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeSource {
    /// Non-Employee source id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    pub description: Option<String>,
    /// List of approvers
    pub approvers: Option<Vec<crate::NonEmployeeIdentityReferenceWithId>>,
    /// List of account managers
    pub account_managers: Option<Vec<crate::NonEmployeeIdentityReferenceWithId>>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeSource {
    /// Builds a `NonEmployeeSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `approvers`.
    pub fn approvers(
        mut self,
        value: impl Into<Vec<crate::NonEmployeeIdentityReferenceWithId>>,
    ) -> Self {
        self.approvers = Some(value.into());
        self
    }
    /// Sets `account_managers`.
    pub fn account_managers(
        mut self,
        value: impl Into<Vec<crate::NonEmployeeIdentityReferenceWithId>>,
    ) -> Self {
        self.account_managers = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(NonEmployeeSource {
    id: optional("id"),
    source_id: optional("sourceId"),
    name: optional("name"),
    description: optional("description"),
    approvers: optional("approvers"),
    account_managers: optional("accountManagers"),
    modified: optional("modified"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approvers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_managers, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
