#[derive(Debug, Clone, PartialEq)]
pub struct NonEmployeeSourceRequestBody {
    /// Name of non-employee source.
    pub name: String,
    /// Description of non-employee source.
    pub description: String,
    /// Owner of non-employee source.
    pub owner: crate::NonEmployeeIdnUserRequest,
    /// The ID for the management workgroup that contains source sub-admins
    pub management_workgroup: Option<String>,
    /// List of approvers.
    pub approvers: Option<Vec<crate::NonEmployeeIdnUserRequest>>,
    /// List of account managers.
    pub account_managers: Option<Vec<crate::NonEmployeeIdnUserRequest>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeSourceRequestBody {
    /// Builds a `NonEmployeeSourceRequestBody` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: impl Into<crate::NonEmployeeIdnUserRequest>,
    ) -> Self {
        Self {
            name: name.into(),
            description: description.into(),
            owner: owner.into(),
            management_workgroup: None,
            approvers: None,
            account_managers: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(NonEmployeeSourceRequestBody {
    management_workgroup: optional::<String>(management_workgroup),
    approvers: optional::<Vec<crate::NonEmployeeIdnUserRequest>>(approvers),
    account_managers: optional::<Vec<crate::NonEmployeeIdnUserRequest>>(account_managers),
});
crate::serde_helpers::serde_struct!(NonEmployeeSourceRequestBody {
    name: required("name"),
    description: required("description"),
    owner: required("owner"),
    management_workgroup: optional("managementWorkgroup"),
    approvers: optional("approvers"),
    account_managers: optional("accountManagers"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSourceRequestBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approvers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_managers, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
