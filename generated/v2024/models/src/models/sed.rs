/// Suggested Entitlement Description
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sed {
    /// name of the entitlement
    pub name: Option<String>,
    /// entitlement approved by
    pub approved_by: Option<String>,
    /// entitlement approved type
    pub approved_type: Option<String>,
    /// entitlement approved then
    pub approved_when: Option<crate::primitives::DateTime>,
    /// entitlement attribute
    pub attribute: Option<String>,
    /// description of entitlement
    pub description: Option<String>,
    /// entitlement display name
    pub display_name: Option<String>,
    /// sed id
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// entitlement source id
    pub source_id: Option<String>,
    /// entitlement source name
    pub source_name: Option<String>,
    /// entitlement status
    pub status: Option<String>,
    /// llm suggested entitlement description
    pub suggested_description: Option<String>,
    /// entitlement type
    pub r#type: Option<String>,
    /// entitlement value
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Sed {
    /// Builds a `Sed` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Sed {
    name: optional::<String>(name),
    approved_by: optional::<String>(approved_by),
    approved_type: optional::<String>(approved_type),
    approved_when: optional::<crate::primitives::DateTime>(approved_when),
    attribute: optional::<String>(attribute),
    description: optional::<String>(description),
    display_name: optional::<String>(display_name),
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    source_name: optional::<String>(source_name),
    status: optional::<String>(status),
    suggested_description: optional::<String>(suggested_description),
    r#type: optional::<String>(r#type),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(Sed {
    name: optional("Name"),
    approved_by: optional("approved_by"),
    approved_type: optional("approved_type"),
    approved_when: optional("approved_when"),
    attribute: optional("attribute"),
    description: optional("description"),
    display_name: optional("displayName"),
    id: optional("id"),
    source_id: optional("sourceId"),
    source_name: optional("sourceName"),
    status: optional("status"),
    suggested_description: optional("suggestedDescription"),
    r#type: optional("type"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Sed {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
