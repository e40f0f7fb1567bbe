#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManuallyUpdatedFieldsDto {
    /// True if the entitlements name was updated manually via entitlement import csv or patch endpoint.  False means that property value has not been change after first entitlement aggregation.
    /// Field refers to [Entitlement response schema](https://developer.sailpoint.com/idn/api/beta/get-entitlement) &gt; `name` property.
    pub display_name: Option<bool>,
    /// True if the entitlement description was updated manually via entitlement import csv or patch endpoint.  False means that property value has not been change after first entitlement aggregation.
    /// Field refers to [Entitlement response schema](https://developer.sailpoint.com/idn/api/beta/get-entitlement) &gt; `description` property.
    pub description: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManuallyUpdatedFieldsDto {
    /// Builds a `ManuallyUpdatedFieldsDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManuallyUpdatedFieldsDto {
    display_name: optional::<bool>(display_name),
    description: optional::<bool>(description),
});
crate::serde_helpers::serde_struct!(ManuallyUpdatedFieldsDto {
    display_name: optional("DISPLAY_NAME"),
    description: optional("DESCRIPTION"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManuallyUpdatedFieldsDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
