#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadEntitlementTask {
    /// System-generated unique ID of the task this taskStatus represents
    pub id: Option<String>,
    /// Type of task this task represents
    pub r#type: Option<String>,
    /// The name of the task
    pub unique_name: Option<String>,
    /// The description of the task
    pub description: Option<String>,
    /// The user who initiated the task
    pub launcher: Option<String>,
    /// The creation date of the task
    pub created: Option<crate::primitives::DateTime>,
    /// Return values from the task
    pub returns: Option<Vec<crate::LoadEntitlementTaskReturnsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadEntitlementTask {
    /// Builds a `LoadEntitlementTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `unique_name`.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.unique_name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `launcher`.
    pub fn launcher(mut self, value: impl Into<String>) -> Self {
        self.launcher = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `returns`.
    pub fn returns(
        mut self,
        value: impl Into<Vec<crate::LoadEntitlementTaskReturnsItem>>,
    ) -> Self {
        self.returns = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(LoadEntitlementTask {
    id: optional("id"),
    r#type: optional("type"),
    unique_name: optional("uniqueName"),
    description: optional("description"),
    launcher: optional("launcher"),
    created: optional("created"),
    returns: optional("returns"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadEntitlementTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadEntitlementTaskReturnsItem {
    /// The display label for the return value
    pub display_label: Option<String>,
    /// The attribute name for the return value
    pub attribute_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadEntitlementTaskReturnsItem {
    /// Builds a `LoadEntitlementTaskReturnsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `display_label`.
    pub fn display_label(mut self, value: impl Into<String>) -> Self {
        self.display_label = Some(value.into());
        self
    }
    /// Sets `attribute_name`.
    pub fn attribute_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(LoadEntitlementTaskReturnsItem {
    display_label: optional("displayLabel"),
    attribute_name: optional("attributeName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadEntitlementTaskReturnsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
