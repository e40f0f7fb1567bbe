/// Defines matching criteria for an account to be provisioned with a specific access profile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisioningCriteriaLevel1 {
    pub operation: Option<crate::ProvisioningCriteriaOperation>,
    /// Name of the account attribute to be tested. If **operation** is one of `EQUALS`, `NOT_EQUALS`, `CONTAINS`, or `HAS`, this field is required. Otherwise, specifying it results in an error.
    pub attribute: Option<Option<String>>,
    /// String value to test the account attribute w/r/t the specified operation. If the operation is one of `EQUALS`, `NOT_EQUALS`, or `CONTAINS`, this field is required. Otherwise, specifying it results in an error. If the attribute is not string-typed, the API will convert it to the appropriate type.
    pub value: Option<Option<String>>,
    /// Array of child criteria. This field is required if the operation is `AND` or `OR`. Otherwise, it must be left null. A maximum of three levels of criteria are supported, including leaf nodes.
    pub children: Option<Option<Vec<crate::ProvisioningCriteriaLevel2>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCriteriaLevel1 {
    /// Builds a `ProvisioningCriteriaLevel1` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ProvisioningCriteriaLevel1 {
    operation: optional::<crate::ProvisioningCriteriaOperation>(operation),
    attribute: nullable::<String>(attribute, attribute_null),
    value: nullable::<String>(value, value_null),
    children: nullable::<Vec<crate::ProvisioningCriteriaLevel2>>(children, children_null),
});
crate::serde_helpers::serde_struct!(ProvisioningCriteriaLevel1 {
    operation: optional("operation"),
    attribute: nullable("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningCriteriaLevel1 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
