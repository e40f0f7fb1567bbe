#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivilegeCriteriaDtoGroupsItem {
    /// The logical operator to apply between criteria items in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<crate::PrivilegeCriteriaDtoGroupsItemOperator>,
    #[serde(rename = "criteriaItems", default, skip_serializing_if = "Option::is_none")]
    pub criteria_items: Option<
        Vec<crate::PrivilegeCriteriaDtoGroupsItemCriteriaItemsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PrivilegeCriteriaDtoGroupsItem {
    /// Builds a `PrivilegeCriteriaDtoGroupsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            operator: None,
            criteria_items: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for PrivilegeCriteriaDtoGroupsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
