#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectedObject {
    pub r#type: Option<crate::ConnectedObjectType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable name of Connected object
    pub name: Option<String>,
    /// Description of the Connected object.
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectedObject {
    /// Builds a `ConnectedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::ConnectedObjectType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
}
crate::serde_helpers::serde_struct!(ConnectedObject {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
