#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateDtoDefault {
    /// The key of the default template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The name of the default template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<crate::TemplateDtoDefaultMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The subject of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub subject: Option<Option<String>>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub header: Option<Option<String>>,
    /// The body of the default template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub footer: Option<Option<String>>,
    /// The "From:" address of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub from: Option<Option<String>>,
    /// The "Reply To" field of the default template
    #[serde(
        rename = "replyTo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reply_to: Option<Option<String>>,
    /// The description of the default template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    #[serde(
        rename = "slackTemplate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub slack_template: Option<Option<crate::TemplateSlack>>,
    #[serde(
        rename = "teamsTemplate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub teams_template: Option<Option<crate::TemplateTeams>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateDtoDefault {
    /// Builds a `TemplateDtoDefault` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for TemplateDtoDefault {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.slack_template, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.teams_template, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TemplateDtoDefaultMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TemplateDtoDefaultMedium {
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
impl From<&str> for TemplateDtoDefaultMedium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TemplateDtoDefaultMedium);
