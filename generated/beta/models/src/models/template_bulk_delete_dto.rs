#[derive(Debug, Clone, PartialEq)]
pub struct TemplateBulkDeleteDto {
    /// The template key to delete
    pub key: String,
    /// The notification medium (EMAIL, SLACK, or TEAMS)
    pub medium: Option<crate::TemplateBulkDeleteDtoMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TemplateBulkDeleteDto {
    /// Builds a `TemplateBulkDeleteDto` from its required fields; the others are unset.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            medium: None,
            locale: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TemplateBulkDeleteDto {
    medium: optional::<crate::TemplateBulkDeleteDtoMedium>(medium),
    locale: optional::<String>(locale),
});
crate::serde_helpers::serde_struct!(TemplateBulkDeleteDto {
    key: required("key"),
    medium: optional("medium"),
    locale: optional("locale"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateBulkDeleteDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The notification medium (EMAIL, SLACK, or TEAMS)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TemplateBulkDeleteDtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TemplateBulkDeleteDtoMedium {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Slack => "SLACK",
            Self::Teams => "TEAMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TemplateBulkDeleteDtoMedium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TemplateBulkDeleteDtoMedium);
