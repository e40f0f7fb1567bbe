#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestItemResponse {
    /// the access request item operation
    pub operation: Option<String>,
    /// the access item type
    pub access_item_type: Option<String>,
    /// the name of access request item
    pub name: Option<String>,
    /// the final decision for the access request
    pub decision: Option<crate::AccessRequestItemResponseDecision>,
    /// the description of access request item
    pub description: Option<String>,
    /// the source id
    pub source_id: Option<String>,
    /// the source Name
    pub source_name: Option<String>,
    pub approval_infos: Option<Vec<crate::ApprovalInfoResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestItemResponse {
    /// Builds a `AccessRequestItemResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestItemResponse {
    operation: optional::<String>(operation),
    access_item_type: optional::<String>(access_item_type),
    name: optional::<String>(name),
    decision: optional::<crate::AccessRequestItemResponseDecision>(decision),
    description: optional::<String>(description),
    source_id: optional::<String>(source_id),
    source_name: optional::<String>(source_name),
    approval_infos: optional::<Vec<crate::ApprovalInfoResponse>>(approval_infos),
});
crate::serde_helpers::serde_struct!(AccessRequestItemResponse {
    operation: optional("operation"),
    access_item_type: optional("accessItemType"),
    name: optional("name"),
    decision: optional("decision"),
    description: optional("description"),
    source_id: optional("sourceId"),
    source_name: optional("sourceName"),
    approval_infos: optional("approvalInfos"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestItemResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_infos, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// the final decision for the access request
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestItemResponseDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestItemResponseDecision {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestItemResponseDecision {
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestItemResponseDecision);
