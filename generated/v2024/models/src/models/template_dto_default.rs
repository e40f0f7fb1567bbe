#[derive(Debug, Clone, PartialEq, Default)]
pub struct TemplateDtoDefault {
    /// The key of the default template
    pub key: Option<String>,
    /// The name of the default template
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    pub medium: Option<crate::TemplateDtoDefaultMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: Option<String>,
    /// The subject of the default template
    pub subject: Option<Option<String>>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    pub header: Option<Option<String>>,
    /// The body of the default template
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    pub footer: Option<Option<String>>,
    /// The "From:" address of the default template
    pub from: Option<Option<String>>,
    /// The "Reply To" field of the default template
    pub reply_to: Option<Option<String>>,
    /// The description of the default template
    pub description: Option<Option<String>>,
    pub slack_template: Option<Option<crate::TemplateSlack>>,
    pub teams_template: Option<Option<crate::TemplateTeams>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TemplateDtoDefault {
    /// Builds a `TemplateDtoDefault` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TemplateDtoDefault {
    key: optional::<String>(key),
    name: optional::<String>(name),
    medium: optional::<crate::TemplateDtoDefaultMedium>(medium),
    locale: optional::<String>(locale),
    subject: nullable::<String>(subject, subject_null),
    #[deprecated]
    header: nullable::<String>(header, header_null),
    body: optional::<String>(body),
    #[deprecated]
    footer: nullable::<String>(footer, footer_null),
    from_: nullable::<String>(from, from_null),
    reply_to: nullable::<String>(reply_to, reply_to_null),
    description: nullable::<String>(description, description_null),
    slack_template: nullable::<crate::TemplateSlack>(slack_template, slack_template_null),
    teams_template: nullable::<crate::TemplateTeams>(teams_template, teams_template_null),
});
crate::serde_helpers::serde_struct!(TemplateDtoDefault {
    key: optional("key"),
    name: optional("name"),
    medium: optional("medium"),
    locale: optional("locale"),
    subject: nullable("subject"),
    header: nullable("header"),
    body: optional("body"),
    footer: nullable("footer"),
    from: nullable("from"),
    reply_to: nullable("replyTo"),
    description: nullable("description"),
    slack_template: nullable("slackTemplate"),
    teams_template: nullable("teamsTemplate"),
    ..additional_properties
});
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
