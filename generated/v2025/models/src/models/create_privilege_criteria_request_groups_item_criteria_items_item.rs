#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    /// The target type of the criteria item.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<
        crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemTargetType,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<
        crate::CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItemOperator,
    >,
    /// The values to evaluate the property against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Whether to ignore case when evaluating the property against the values.
    #[serde(rename = "ignoreCase", default, skip_serializing_if = "Option::is_none")]
    pub ignore_case: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    /// Builds a `CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            target_type: None,
            operator: None,
            values: None,
            ignore_case: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for CreatePrivilegeCriteriaRequestGroupsItemCriteriaItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
