#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestDynamicApprovalResponse {
    /// Unique identifier of the approver to add to the approval process. If there is none, send an empty value "".
    pub id: String,
    /// Type of approver to add to the approval process. If there is none, send an empty value "".
    pub r#type: crate::AccessRequestDynamicApprovalResponseType,
    /// Name of the approver to add to the approval process. If there is none, send an empty value "".
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestDynamicApprovalResponse {
    /// Builds a `AccessRequestDynamicApprovalResponse` from its required fields; the others are unset.
    pub fn new(
        id: String,
        r#type: crate::AccessRequestDynamicApprovalResponseType,
        name: String,
    ) -> Self {
        Self {
            id,
            r#type,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApprovalResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of approver to add to the approval process. If there is none, send an empty value "".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestDynamicApprovalResponseType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestDynamicApprovalResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for AccessRequestDynamicApprovalResponseType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AccessRequestDynamicApprovalResponseType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AccessRequestDynamicApprovalResponseType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for AccessRequestDynamicApprovalResponseType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccessRequestDynamicApprovalResponseType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessRequestDynamicApprovalResponseType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApprovalResponseType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
