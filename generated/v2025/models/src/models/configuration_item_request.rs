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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigurationItemRequest {
    /// Builds a `ConfigurationItemRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigurationItemRequest {
    reassigned_from_id: optional::<String>(reassigned_from_id),
    reassigned_to_id: optional::<String>(reassigned_to_id),
    config_type: optional::<crate::ConfigTypeEnum>(config_type),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    end_date: nullable::<crate::primitives::DateTime>(end_date, end_date_null),
});
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
