/// Includes the fields of [`NonEmployeeSource`](crate::NonEmployeeSource), [`NonEmployeeSourceLite`](crate::NonEmployeeSourceLite).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeSourceWithNeCount {
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
    pub approvers: Option<Vec<crate::IdentityReferenceWithId>>,
    /// List of account managers
    pub account_managers: Option<Vec<crate::IdentityReferenceWithId>>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Number of non-employee records associated with this source. This value is 'null' by default. To get the non-employee count, you must set the `non-employee-count` flag in your request to 'true'.
    pub non_employee_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeSourceWithNeCount {
    /// Builds a `NonEmployeeSourceWithNeCount` with every field unset.
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
        value: impl Into<Vec<crate::IdentityReferenceWithId>>,
    ) -> Self {
        self.approvers = Some(value.into());
        self
    }
    /// Sets `account_managers`.
    pub fn account_managers(
        mut self,
        value: impl Into<Vec<crate::IdentityReferenceWithId>>,
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
    /// Sets `non_employee_count`.
    pub fn non_employee_count(mut self, value: impl Into<i32>) -> Self {
        self.non_employee_count = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(NonEmployeeSourceWithNeCount {
    id: optional("id"),
    source_id: optional("sourceId"),
    name: optional("name"),
    description: optional("description"),
    approvers: optional("approvers"),
    account_managers: optional("accountManagers"),
    modified: optional("modified"),
    created: optional("created"),
    non_employee_count: optional("nonEmployeeCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSourceWithNeCount {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approvers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_managers, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
