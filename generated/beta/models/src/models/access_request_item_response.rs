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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestItemResponse {
    /// Builds a `AccessRequestItemResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operation`.
    pub fn operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(value.into());
        self
    }
    /// Sets `access_item_type`.
    pub fn access_item_type(mut self, value: impl Into<String>) -> Self {
        self.access_item_type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `decision`.
    pub fn decision(
        mut self,
        value: impl Into<crate::AccessRequestItemResponseDecision>,
    ) -> Self {
        self.decision = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `approval_infos`.
    pub fn approval_infos(
        mut self,
        value: impl Into<Vec<crate::ApprovalInfoResponse>>,
    ) -> Self {
        self.approval_infos = Some(value.into());
        self
    }
}
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
