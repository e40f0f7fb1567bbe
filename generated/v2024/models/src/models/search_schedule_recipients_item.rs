#[derive(Debug, Clone, PartialEq)]
pub struct SearchScheduleRecipientsItem {
    /// The type of object being referenced
    pub r#type: crate::SearchScheduleRecipientsItemType,
    /// The ID of the referenced object
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchScheduleRecipientsItem {
    /// Builds a `SearchScheduleRecipientsItem` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::SearchScheduleRecipientsItemType>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SearchScheduleRecipientsItem {
    r#type: required("type"),
    id: required("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchScheduleRecipientsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SearchScheduleRecipientsItemType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SearchScheduleRecipientsItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SearchScheduleRecipientsItemType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SearchScheduleRecipientsItemType);
