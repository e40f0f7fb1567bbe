#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormInstanceRecipient {
    /// ID is a unique identifier
    pub id: Option<String>,
    /// Type is a FormInstanceRecipientType value
    /// IDENTITY FormInstanceRecipientIdentity
    pub r#type: Option<crate::FormInstanceRecipientType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormInstanceRecipient {
    /// Builds a `FormInstanceRecipient` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormInstanceRecipient {
    id: optional::<String>(id),
    r#type: optional::<crate::FormInstanceRecipientType>(r#type),
});
crate::serde_helpers::serde_struct!(FormInstanceRecipient {
    id: optional("id"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormInstanceRecipient {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type is a FormInstanceRecipientType value
/// IDENTITY FormInstanceRecipientIdentity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormInstanceRecipientType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormInstanceRecipientType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormInstanceRecipientType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormInstanceRecipientType);
