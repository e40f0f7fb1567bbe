#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePrivilegeCriteriaRequest {
    /// The Id of the source that the criteria is applied to.
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The type of criteria being created. Expects "CUSTOM".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::CreatePrivilegeCriteriaRequestType>,
    /// The logical operator to apply between groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<crate::CreatePrivilegeCriteriaRequestOperator>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<crate::CreatePrivilegeCriteriaRequestGroupsItem>>,
    /// The privilege level assigned by this criteria.
    #[serde(rename = "privilegeLevel", default, skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<crate::CreatePrivilegeCriteriaRequestPrivilegeLevel>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CreatePrivilegeCriteriaRequest {
    /// Builds a `CreatePrivilegeCriteriaRequest` with every field unset.
    pub fn new() -> Self {
        Self {
            source_id: None,
            r#type: None,
            operator: None,
            groups: None,
            privilege_level: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CreatePrivilegeCriteriaRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.groups, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.privilege_level, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
