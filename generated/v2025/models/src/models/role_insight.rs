#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsight {
    /// Insight id
    pub id: Option<String>,
    /// Total number of updates for this role
    pub number_of_updates: Option<i64>,
    /// The date-time insights were last created for this role.
    pub created_date: Option<crate::primitives::DateTime>,
    /// The date-time insights were last modified for this role.
    pub modified_date: Option<Option<crate::primitives::DateTime>>,
    /// A role
    pub role: Option<crate::RoleInsightsRole>,
    /// The kind of insight this is and some stats
    pub insight: Option<crate::RoleInsightsInsight>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleInsight {
    /// Builds a `RoleInsight` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `number_of_updates`.
    pub fn number_of_updates(mut self, value: impl Into<i64>) -> Self {
        self.number_of_updates = Some(value.into());
        self
    }
    /// Sets `created_date`.
    pub fn created_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets `modified_date`.
    pub fn modified_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.modified_date = Some(Some(value.into()));
        self
    }
    /// Sets `modified_date` to an explicit `null`.
    pub fn modified_date_null(mut self) -> Self {
        self.modified_date = Some(None);
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<crate::RoleInsightsRole>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `insight`.
    pub fn insight(mut self, value: impl Into<crate::RoleInsightsInsight>) -> Self {
        self.insight = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleInsight {
    id: optional("id"),
    number_of_updates: optional("numberOfUpdates"),
    created_date: optional("createdDate"),
    modified_date: nullable("modifiedDate"),
    role: optional("role"),
    insight: optional("insight"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsight {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.insight, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
