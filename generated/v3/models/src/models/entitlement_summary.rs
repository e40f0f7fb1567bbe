/// EntitlementReference
///
/// Includes the fields of [`Access`](crate::Access), [`DisplayReference`](crate::DisplayReference), [`ReferenceV3`](crate::ReferenceV3).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementSummary {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    pub display_name: Option<String>,
    /// Description of access item.
    pub description: Option<Option<String>>,
    pub source: Option<crate::ReferenceV3>,
    /// Type of the access item.
    pub r#type: Option<String>,
    pub privileged: Option<bool>,
    pub attribute: Option<String>,
    pub value: Option<String>,
    pub standalone: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementSummary {
    /// Builds a `EntitlementSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementSummary {
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    description: nullable::<String>(description, description_null),
    source: optional::<crate::ReferenceV3>(source),
    r#type: optional::<String>(r#type),
    privileged: optional::<bool>(privileged),
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
    standalone: optional::<bool>(standalone),
});
crate::serde_helpers::serde_struct!(EntitlementSummary {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    description: nullable("description"),
    source: optional("source"),
    r#type: optional("type"),
    privileged: optional("privileged"),
    attribute: optional("attribute"),
    value: optional("value"),
    standalone: optional("standalone"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
