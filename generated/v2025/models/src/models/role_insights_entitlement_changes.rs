#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsEntitlementChanges {
    /// Name of the entitlement
    pub name: Option<String>,
    /// Id of the entitlement
    pub id: Option<String>,
    /// Description for the entitlement
    pub description: Option<Option<String>>,
    /// Attribute for the entitlement
    pub attribute: Option<String>,
    /// Attribute value for the entitlement
    pub value: Option<String>,
    /// Source or the application for the entitlement
    pub source: Option<String>,
    /// The kind of insight this is and some stats
    pub insight: Option<crate::RoleInsightsInsight>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleInsightsEntitlementChanges {
    /// Builds a `RoleInsightsEntitlementChanges` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `insight`.
    pub fn insight(mut self, value: impl Into<crate::RoleInsightsInsight>) -> Self {
        self.insight = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleInsightsEntitlementChanges {
    name: optional("name"),
    id: optional("id"),
    description: nullable("description"),
    attribute: optional("attribute"),
    value: optional("value"),
    source: optional("source"),
    insight: optional("insight"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsEntitlementChanges {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.insight, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
