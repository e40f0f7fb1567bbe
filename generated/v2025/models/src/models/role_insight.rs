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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsight {
    /// Builds a `RoleInsight` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsight {
    id: optional::<String>(id),
    number_of_updates: optional::<i64>(number_of_updates),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    modified_date: nullable::<crate::primitives::DateTime>(modified_date, modified_date_null),
    role: optional::<crate::RoleInsightsRole>(role),
    insight: optional::<crate::RoleInsightsInsight>(insight),
});
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
