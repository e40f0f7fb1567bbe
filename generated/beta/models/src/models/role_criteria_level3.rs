/// Defines STANDARD type Role membership
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleCriteriaLevel3 {
    pub operation: Option<crate::RoleCriteriaOperation>,
    pub key: Option<Option<crate::RoleCriteriaKey>>,
    /// String value to test the Identity attribute, Account attribute, or Entitlement specified in the key w/r/t the specified operation. If this criteria is a leaf node, that is, if the operation is one of EQUALS, NOT_EQUALS, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH, or ENDS_WITH, this field is required. Otherwise, specifying it is an error.
    pub string_value: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleCriteriaLevel3 {
    /// Builds a `RoleCriteriaLevel3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleCriteriaLevel3 {
    operation: optional::<crate::RoleCriteriaOperation>(operation),
    key: nullable::<crate::RoleCriteriaKey>(key, key_null),
    string_value: nullable::<String>(string_value, string_value_null),
});
crate::serde_helpers::serde_struct!(RoleCriteriaLevel3 {
    operation: optional("operation"),
    key: nullable("key"),
    string_value: nullable("stringValue"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleCriteriaLevel3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.key, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
