/// Reassign Reference
#[derive(Debug, Clone, PartialEq)]
pub struct ReassignmentReference {
    /// The ID of item or identity being reassigned.
    pub id: String,
    /// The type of item or identity being reassigned.
    pub r#type: crate::ReassignmentReferenceType,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReassignmentReference {
    /// Builds a `ReassignmentReference` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<crate::ReassignmentReferenceType>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ReassignmentReference {
    id: required("id"),
    r#type: required("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReassignmentReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of item or identity being reassigned.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReassignmentReferenceType {
    /// `TARGET_SUMMARY`
    TargetSummary,
    /// `ITEM`
    Item,
    /// `IDENTITY_SUMMARY`
    IdentitySummary,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReassignmentReferenceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TargetSummary => "TARGET_SUMMARY",
            Self::Item => "ITEM",
            Self::IdentitySummary => "IDENTITY_SUMMARY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReassignmentReferenceType {
    fn from(value: &str) -> Self {
        match value {
            "TARGET_SUMMARY" => Self::TargetSummary,
            "ITEM" => Self::Item,
            "IDENTITY_SUMMARY" => Self::IdentitySummary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReassignmentReferenceType);
