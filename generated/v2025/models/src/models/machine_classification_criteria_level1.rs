#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineClassificationCriteriaLevel1 {
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
    pub children: Option<Option<Vec<crate::MachineClassificationCriteriaLevel2>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MachineClassificationCriteriaLevel1 {
    /// Builds a `MachineClassificationCriteriaLevel1` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operation`.
    pub fn operation(
        mut self,
        value: impl Into<crate::MachineClassificationCriteriaOperation>,
    ) -> Self {
        self.operation = Some(value.into());
        self
    }
    /// Sets `case_sensitive`.
    pub fn case_sensitive(mut self, value: impl Into<bool>) -> Self {
        self.case_sensitive = Some(value.into());
        self
    }
    /// Sets `data_type`.
    pub fn data_type(mut self, value: impl Into<String>) -> Self {
        self.data_type = Some(Some(value.into()));
        self
    }
    /// Sets `data_type` to an explicit `null`.
    pub fn data_type_null(mut self) -> Self {
        self.data_type = Some(None);
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(Some(value.into()));
        self
    }
    /// Sets `attribute` to an explicit `null`.
    pub fn attribute_null(mut self) -> Self {
        self.attribute = Some(None);
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(Some(value.into()));
        self
    }
    /// Sets `value` to an explicit `null`.
    pub fn value_null(mut self) -> Self {
        self.value = Some(None);
        self
    }
    /// Sets `children`.
    pub fn children(
        mut self,
        value: impl Into<Vec<crate::MachineClassificationCriteriaLevel2>>,
    ) -> Self {
        self.children = Some(Some(value.into()));
        self
    }
    /// Sets `children` to an explicit `null`.
    pub fn children_null(mut self) -> Self {
        self.children = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(MachineClassificationCriteriaLevel1 {
    operation: optional("operation"),
    case_sensitive: optional("caseSensitive"),
    data_type: nullable("dataType"),
    attribute: nullable("attribute"),
    value: nullable("value"),
    children: nullable("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineClassificationCriteriaLevel1 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
