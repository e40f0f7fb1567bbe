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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsEntitlementChanges {
    /// Builds a `RoleInsightsEntitlementChanges` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsEntitlementChanges {
    name: optional::<String>(name),
    id: optional::<String>(id),
    description: nullable::<String>(description, description_null),
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
    source: optional::<String>(source),
    insight: optional::<crate::RoleInsightsInsight>(insight),
});
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
