#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    /// The target type for the criteria item.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<
        crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemTargetType,
    >,
    /// The operator to apply to the property and values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemOperator>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub property: Option<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItemProperty>,
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
impl PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    /// Builds a `PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            target_type: None,
            operator: None,
            property: None,
            values: None,
            ignore_case: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.property, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
