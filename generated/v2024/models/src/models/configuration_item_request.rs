/// The request body for creation or update of a Reassignment Configuration for a single identity and work type
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigurationItemRequest {
    /// The identity id to reassign an item from
    pub reassigned_from_id: Option<String>,
    /// The identity id to reassign an item to
    pub reassigned_to_id: Option<String>,
    pub config_type: Option<crate::ConfigTypeEnum>,
    /// The date from which to start reassigning work items
    pub start_date: Option<crate::primitives::DateTime>,
    /// The date from which to stop reassigning work items.  If this is an null string it indicates a permanent reassignment.
    pub end_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConfigurationItemRequest {
    /// Builds a `ConfigurationItemRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `reassigned_from_id`.
    pub fn reassigned_from_id(mut self, value: impl Into<String>) -> Self {
        self.reassigned_from_id = Some(value.into());
        self
    }
    /// Sets `reassigned_to_id`.
    pub fn reassigned_to_id(mut self, value: impl Into<String>) -> Self {
        self.reassigned_to_id = Some(value.into());
        self
    }
    /// Sets `config_type`.
    pub fn config_type(mut self, value: impl Into<crate::ConfigTypeEnum>) -> Self {
        self.config_type = Some(value.into());
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `end_date`.
    pub fn end_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.end_date = Some(Some(value.into()));
        self
    }
    /// Sets `end_date` to an explicit `null`.
    pub fn end_date_null(mut self) -> Self {
        self.end_date = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ConfigurationItemRequest {
    reassigned_from_id: optional("reassignedFromId"),
    reassigned_to_id: optional("reassignedToId"),
    config_type: optional("configType"),
    start_date: optional("startDate"),
    end_date: nullable("endDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigurationItemRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
