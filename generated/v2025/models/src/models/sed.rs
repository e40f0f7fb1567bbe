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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Sed {
    /// Builds a `Sed` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `approved_by`.
    pub fn approved_by(mut self, value: impl Into<String>) -> Self {
        self.approved_by = Some(value.into());
        self
    }
    /// Sets `approved_type`.
    pub fn approved_type(mut self, value: impl Into<String>) -> Self {
        self.approved_type = Some(value.into());
        self
    }
    /// Sets `approved_when`.
    pub fn approved_when(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.approved_when = Some(value.into());
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
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
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `suggested_description`.
    pub fn suggested_description(mut self, value: impl Into<String>) -> Self {
        self.suggested_description = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
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
