/// AMMFilterValues
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleListFilterDto {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **owner.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    pub filters: Option<Option<String>>,
    pub amm_key_values: Option<Option<Vec<crate::RoleListFilterDtoAmmKeyValuesItem>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleListFilterDto {
    /// Builds a `RoleListFilterDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleListFilterDto {
    filters: nullable::<String>(filters, filters_null),
    amm_key_values: nullable::<Vec<crate::RoleListFilterDtoAmmKeyValuesItem>>(amm_key_values, amm_key_values_null),
});
crate::serde_helpers::serde_struct!(RoleListFilterDto {
    filters: nullable("filters"),
    amm_key_values: nullable("ammKeyValues"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleListFilterDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.amm_key_values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleListFilterDtoAmmKeyValuesItem {
    /// attribute key of a metadata.
    pub attribute: Option<String>,
    /// A list of attribute key names to filter roles. If the values is empty, will only filter by attribute key.
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleListFilterDtoAmmKeyValuesItem {
    /// Builds a `RoleListFilterDtoAmmKeyValuesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleListFilterDtoAmmKeyValuesItem {
    attribute: optional::<String>(attribute),
    values: optional::<Vec<String>>(values),
});
crate::serde_helpers::serde_struct!(RoleListFilterDtoAmmKeyValuesItem {
    attribute: optional("attribute"),
    values: optional("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleListFilterDtoAmmKeyValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
