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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadEntitlementTask {
    /// Builds a `LoadEntitlementTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadEntitlementTask {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    unique_name: optional::<String>(unique_name),
    description: optional::<String>(description),
    launcher: optional::<String>(launcher),
    created: optional::<crate::primitives::DateTime>(created),
    returns: optional::<Vec<crate::LoadEntitlementTaskReturnsItem>>(returns),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadEntitlementTaskReturnsItem {
    /// Builds a `LoadEntitlementTaskReturnsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadEntitlementTaskReturnsItem {
    display_label: optional::<String>(display_label),
    attribute_name: optional::<String>(attribute_name),
});
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
