#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectedObject {
    /// Connection Object type
    pub r#type: Option<crate::ConnectedObjectType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable name of Connected object
    pub name: Option<String>,
    /// Description of the Connected object.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectedObject {
    /// Builds a `ConnectedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectedObject {
    r#type: optional::<crate::ConnectedObjectType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ConnectedObject {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
