#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineClassificationCriteriaLevel2 {
    pub operation: Option<crate::MachineClassificationCriteriaOperation>,
    /// Indicates whether case matters when evaluating the criteria
    pub case_sensitive: Option<bool>,
    /// The data type of the attribute being evaluated
    pub data_type: Option<Option<String>>,
    /// The attribute to evaluate in the classification criteria
    pub attribute: Option<Option<String>>,
    /// The value to compare against the attribute in the classification criteria
    pub value: Option<Option<String>>,
    /// An array of child classification criteria objects
    pub children: Option<Option<Vec<crate::MachineClassificationCriteriaLevel3>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineClassificationCriteriaLevel2 {
    /// Builds a `MachineClassificationCriteriaLevel2` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MachineClassificationCriteriaLevel2 {
    operation: optional::<crate::MachineClassificationCriteriaOperation>(operation),
    case_sensitive: optional::<bool>(case_sensitive),
    data_type: nullable::<String>(data_type, data_type_null),
    attribute: nullable::<String>(attribute, attribute_null),
    value: nullable::<String>(value, value_null),
    children: nullable::<Vec<crate::MachineClassificationCriteriaLevel3>>(children, children_null),
});
crate::serde_helpers::serde_struct!(MachineClassificationCriteriaLevel2 {
    operation: optional("operation"),
    case_sensitive: optional("caseSensitive"),
    data_type: nullable("dataType"),
    attribute: nullable("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineClassificationCriteriaLevel2 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
