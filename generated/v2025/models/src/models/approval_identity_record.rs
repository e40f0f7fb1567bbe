/// Identity Record Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalIdentityRecord {
    /// Identity ID.
    #[serde(rename = "identityID", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Type of identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ApprovalIdentityRecordType>,
    /// Name of the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of references representing actions taken by the identity.
    #[serde(rename = "actionedAs", default, skip_serializing_if = "Option::is_none")]
    pub actioned_as: Option<Vec<crate::ApprovalReference>>,
    /// List of references representing members of the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<crate::ApprovalReference>>,
    /// Date when the decision was made.
    #[serde(rename = "decisionDate", default, skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<crate::primitives::DateTime>,
    /// Email associated with the identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalIdentityRecord {
    /// Builds a `ApprovalIdentityRecord` with every field unset.
    pub fn new() -> Self {
        Self {
            identity_id: None,
            r#type: None,
            name: None,
            actioned_as: None,
            members: None,
            decision_date: None,
            email: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalIdentityRecord {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.actioned_as, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.members, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
