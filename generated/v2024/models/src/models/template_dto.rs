#[derive(Debug, Clone, PartialEq)]
pub struct TemplateDto {
    /// The key of the template
    pub key: String,
    /// The name of the Task Manager Subscription
    pub name: Option<String>,
    /// The message medium. More mediums may be added in the future.
    pub medium: crate::TemplateDtoMedium,
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: String,
    /// The subject line in the template
    pub subject: Option<String>,
    /// The header value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    pub header: Option<Option<String>>,
    /// The body in the template
    pub body: Option<String>,
    /// The footer value is now located within the body field. If included with non-null values, will result in a 400.
    #[deprecated]
    pub footer: Option<Option<String>>,
    /// The "From:" address in the template
    pub from: Option<String>,
    /// The "Reply To" line in the template
    pub reply_to: Option<String>,
    /// The description in the template
    pub description: Option<String>,
    /// This is auto-generated.
    pub id: Option<String>,
    /// The time when this template is created. This is auto-generated.
    pub created: Option<crate::primitives::DateTime>,
    /// The time when this template was last modified. This is auto-generated.
    pub modified: Option<crate::primitives::DateTime>,
    pub slack_template: Option<Option<crate::TemplateSlack>>,
    pub teams_template: Option<Option<crate::TemplateTeams>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TemplateDto {
    /// Builds a `TemplateDto` from its required fields; the others are unset.
    pub fn new(
        key: impl Into<String>,
        medium: impl Into<crate::TemplateDtoMedium>,
        locale: impl Into<String>,
    ) -> Self {
        Self {
            key: key.into(),
            name: None,
            medium: medium.into(),
            locale: locale.into(),
            subject: None,
            header: None,
            body: None,
            footer: None,
            from: None,
            reply_to: None,
            description: None,
            id: None,
            created: None,
            modified: None,
            slack_template: None,
            teams_template: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TemplateDto {
    name: optional::<String>(name),
    subject: optional::<String>(subject),
    #[deprecated]
    header: nullable::<String>(header, header_null),
    body: optional::<String>(body),
    #[deprecated]
    footer: nullable::<String>(footer, footer_null),
    from_: optional::<String>(from),
    reply_to: optional::<String>(reply_to),
    description: optional::<String>(description),
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    slack_template: nullable::<crate::TemplateSlack>(slack_template, slack_template_null),
    teams_template: nullable::<crate::TemplateTeams>(teams_template, teams_template_null),
});
crate::serde_helpers::serde_struct!(TemplateDto {
    key: required("key"),
    name: optional("name"),
    medium: required("medium"),
    locale: required("locale"),
    subject: optional("subject"),
    header: nullable("header"),
    body: optional("body"),
    footer: nullable("footer"),
    from: optional("from"),
    reply_to: optional("replyTo"),
    description: optional("description"),
    id: optional("id"),
    created: optional("created"),
    modified: optional("modified"),
    slack_template: nullable("slackTemplate"),
    teams_template: nullable("teamsTemplate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TemplateDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.slack_template, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.teams_template, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The message medium. More mediums may be added in the future.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TemplateDtoMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TemplateDtoMedium {
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
impl From<&str> for TemplateDtoMedium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TemplateDtoMedium);
